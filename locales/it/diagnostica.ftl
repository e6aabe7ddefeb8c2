# Le diagnostiche nei formati per la CI (src/diagnostic.rs).

# Nome dell’unico caso di prova del rapporto JUnit quando non c’è nulla da segnalare.
diagnostica-nessun-errore = nessun errore
# Testo di un avviso nel rapporto JUnit.
diagnostica-avviso = avviso: { $testo }
