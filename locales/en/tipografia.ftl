# La composizione dei PDF con Typst (src/typeset/).

# Qualcosa che non dovrebbe accadere è andato storto durante la composizione.
tipografia-errore-interno = internal error: { $errore }
# Il documento supera il numero di pagine ammesso.
tipografia-troppe-pagine = { $documento }: the document has { $pagine } pages, more than the budget of { $massimo } pages per document; it is not written
# Un documento prova a importare un pacchetto Typst.
tipografia-pacchetti-non-disponibili = packages are not available: documents may import only /lib/ files
# Gli errori di Typst non si possono mostrare con la loro posizione.
tipografia-errori-senza-posizione = typst reported errors it could not locate
# Il PDF scritto da Typst non si può rileggere per aggiungere i campi firma.
tipografia-lettura-pdf = reading the PDF: { $errore }
# L’aggiunta dei campi firma al PDF non riesce.
tipografia-aggiunta-campi = adding the signature fields: { $errore }
# La scrittura dei campi firma nel PDF non riesce.
tipografia-scrittura-campi = writing the signature fields: { $errore }
