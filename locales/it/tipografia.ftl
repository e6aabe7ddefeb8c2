# La composizione dei PDF con Typst (src/typeset/).

# Qualcosa che non dovrebbe accadere è andato storto durante la composizione.
tipografia-errore-interno = errore interno: { $errore }
# Il documento supera il numero di pagine ammesso.
tipografia-troppe-pagine = { $documento }: il documento ha { $pagine } pagine, più del limite di { $massimo } pagine per documento; non viene scritto
# Un documento prova a importare un pacchetto Typst.
tipografia-pacchetti-non-disponibili = i pacchetti non sono disponibili: i documenti possono importare solo i file di /lib/
# Gli errori di Typst non si possono mostrare con la loro posizione.
tipografia-errori-senza-posizione = typst ha segnalato errori senza indicarne la posizione
# Il PDF scritto da Typst non si può rileggere per aggiungere i campi firma.
tipografia-lettura-pdf = lettura del PDF: { $errore }
# L’aggiunta dei campi firma al PDF non riesce.
tipografia-aggiunta-campi = aggiunta dei campi firma: { $errore }
# La scrittura dei campi firma nel PDF non riesce.
tipografia-scrittura-campi = scrittura dei campi firma: { $errore }
