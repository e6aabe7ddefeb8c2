# Parole comuni a più parti dello strumento.

# Davanti al suggerimento di una diagnostica.
suggerimento = suggerimento: { $testo }
# Il nome più vicino a quello scritto.
forse-intendevi = forse si intendeva `{ $nome }`?
# Il livello di una segnalazione, davanti al suo codice: errore[R006].
livello-errore = errore
livello-avviso = avviso
