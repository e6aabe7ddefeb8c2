# Parole comuni a più parti dello strumento.

# Davanti al suggerimento di una diagnostica.
suggerimento = suggerimento: { $testo }
# Il nome più vicino a quello scritto.
forse-intendevi = forse si intendeva `{ $nome }`?
