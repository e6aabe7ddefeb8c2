# Words shared by several parts of the tool.

# Before a diagnostic's hint.
suggerimento = hint: { $testo }
# The closest name to the one written.
forse-intendevi = did you mean `{ $nome }`?
# A diagnostic's level, before its code: error[R006].
livello-errore = error
livello-avviso = warning
