# L’avvio di progetti, Ambiti e relazioni (src/scaffold.rs).

# `ambito new ambito` riceve un id scritto male.
scaffold-id-non-valido = `{ $id }` is not an id: use lowercase letters, digits and hyphens, e.g. alto-garda
# I profili regionali incorporati nello strumento non si leggono.
scaffold-errore-interno = internal error: { $errore }
# `ambito new ambito` riceve una regione che lo strumento non conosce.
scaffold-regione-sconosciuta = `{ $regione }` is not a region: use one of { $elenco }
# La cartella dell’Ambito da creare esiste già.
scaffold-ambito-esistente = { $cartella } exists already: choose another id
# Una cartella da creare non si può creare.
scaffold-cartella-non-creata = cannot create { $cartella }: { $errore }
# Un file da scrivere non si può scrivere.
scaffold-file-non-scritto = cannot write { $file }: { $errore }
# Il semestre di una relazione non è 1 né 2.
scaffold-semestre-non-valido = the semester is 1 or 2, not { $semestre }
# La relazione di un Ambito senza Piano di Zona.
scaffold-piano-assente = { $id } has no piano.yaml: the relazione measures the plan
# Il file della relazione da creare esiste già.
scaffold-file-esistente = { $file } exists already
# L’anno della relazione non è un anno valido.
scaffold-anno-non-valido = { $anno } is not a year
# `ambito init` in una cartella che contiene già un progetto.
scaffold-progetto-esistente = { $cartella } already holds a project (content/ is there): run `ambito new ambito <ID> --regione <REGIONE>` to add an Ambito
