# Reading the content folder and its YAML files: keys, values, dates, amounts.

## The content folder

# The folder given (or `content/`) does not exist.
carica-contenuti-assenti = content folder `{ $cartella }` not found: run ambito from the folder that holds `content/`, or pass --content DIR
# --content names a file, not a folder.
carica-non-cartella = `{ $cartella }` is not a folder: --content takes the folder that holds one folder per Ambito
# The content folder cannot be read.
carica-cartella-illeggibile = cannot read `{ $cartella }`: { $errore }
# A file embedded in the tool (regional profile, clauses) does not parse: a defect of the tool.
carica-incorporato-illeggibile = { $file } does not parse: { $errore }

## Folders and files

# A symbolic link instead of a folder in the content folder.
r047-collegamento-cartella = `{ $nome }` is a symbolic link, not a folder of the content
# A folder name that cannot be an Ambito's id.
r004-cartella-ambito-nome = `{ $nome }` cannot name an Ambito's folder: the name is the Ambito's id, and its documents' folder in out/
# How to name an Ambito's folder.
r004-cartella-ambito-nome-suggerimento = name the folder with lowercase letters, digits and hyphens, like `carate-brianza` (`lib` is reserved)
# A YAML file in an Ambito's folder that the tool does not read.
r008-file-sconosciuto = `{ $file }` is not a content file that ambito reads
# The file's name is close to a known one ($forse is "did you mean …?").
r008-file-sconosciuto-rinominare = { $forse } Rename the file.
# The file's name is close to none: the files of an Ambito.
r008-file-sconosciuto-suggerimento = an Ambito folder holds: { $elenco }; see docs/content.md
# A required file is missing.
carica-r007-file-mancante = `{ $file }` is missing
# How to fix a missing required file.
carica-r007-file-mancante-suggerimento = create it: see docs/content.md for what it holds
# Hint for a symbolic link or special file in the content.
r047-non-regolare-suggerimento = content is made of plain files and folders inside content/: put the file itself here, not a link to it (git keeps links as links)
# The file, or a folder on its path, is a symbolic link.
r047-collegamento-simbolico =
    the { $cosa ->
        [file] file
       *[cartella] folder
    } `{ $percorso }` is a symbolic link: ambito reads only files inside the content folder
# A folder, FIFO, device or socket instead of a file.
r047-file-non-regolare = this is not a regular file (a folder, a FIFO, a device or a socket)
# The file cannot be read.
r009-file-illeggibile = cannot read the file: { $errore }
# Hint for a file that cannot be read.
r009-permessi-suggerimento = check its permissions
# The file is larger than allowed.
r009-file-troppo-grande = the file is { $byte } bytes, more than the { $massimo } a content file may have
# Hint for a file too large.
r009-file-troppo-grande-suggerimento = split the content or remove what does not belong in it
# The file grew past the limit while it was read.
r009-file-cresciuto = the file grew past the { $massimo } bytes a content file may have while it was read
# The file is not UTF-8.
r009-non-utf8 = the file is not UTF-8 text: { $errore }
# Hint for a file that is not UTF-8.
r009-non-utf8-suggerimento = save it as UTF-8
# Hint for a file too deeply nested or with too many aliases.
r009-troppo-annidato-suggerimento = content files are small and plain: remove deep nesting and repeated aliases

## Text the documents cannot print

# A value tagged `!!binary`.
r036-binario = a `!!binary` value is not text: the documents print only text
# Hint for a `!!binary` value.
r036-binario-suggerimento = write the value as plain text, without the `!!binary` tag
# An empty quoted text (`titolo: ""`).
r004-testo-vuoto = an empty text: a value here has to say something
# Hint for an empty text.
r004-testo-vuoto-suggerimento = write the text, or leave the key out if it is optional
# A placeholder left by `ambito new`.
r049-segnaposto = `{ $segnaposto }`: a value still to fill in
# Hint for a placeholder left.
r049-segnaposto-suggerimento = write the real value: until then each document that prints it is a draft (BOZZA on every page), and `ambito build --definitivo` refuses it
# A character no font of the documents has.
r036-carattere = `{ $carattere }` (U+{ $codice }) cannot be printed: no font of the documents has it
# Hint for a character that cannot be printed.
r036-carattere-suggerimento = the documents print Latin, Greek, Cyrillic, Hebrew and Arabic letters, symbols and emoji; write the name in Latin letters

## Keys and values

# A key not expected at that place of the file.
r002-chiave-sconosciuta = unknown key `{ $chiave }`
# No key is allowed at that place.
r002-chiave-sconosciuta-rimuovere = remove it
# The keys allowed at that place.
r002-chiave-sconosciuta-ammesse = the keys allowed here are: { $elenco }
# A required key is missing.
r003-chiave-mancante = required key `{ $chiave }` is missing
# How to add the missing required key.
r003-chiave-mancante-suggerimento = add `{ $chiave }:` with its value; see docs/content.md
# A value that is not one of those allowed ($elenco: the allowed values).
r004-valore-non-ammesso = { $valore } is not one of { $elenco }
# The value is to be written as listed (e.g. `F`, not `f`).
carica-valore-maiuscole = write `{ $valore }`: the values are written exactly as listed
# The allowed values, when none is close to the one written.
carica-valore-elenco = write one of { $elenco }
# Hint for a key repeated at the same place.
r010-chiave-ripetuta-suggerimento = a key may appear once in a mapping: remove or rename one
# YAML syntax error ($errore: the YAML parser's message).
r001-sintassi = YAML syntax error: { $errore }
# Hint for a YAML syntax error.
r001-sintassi-suggerimento = check indentation, colons and quotes on this line and the one before
# A key written without a value.
r004-valore-vuoto = `{ $chiave }` has no value
# Where to write the missing value and of what kind ($tipo: e.g. "a whole number").
r004-valore-vuoto-suggerimento = write it after `{ $chiave }:` ({ $tipo })
# A value of the wrong kind ($atteso: e.g. "a list").
r004-tipo-errato = { $valore }: expected { $atteso }
# A text that is not an amount.
r004-non-importo = { $valore }: not an amount in euro
# A text that is not a date.
r004-non-data = { $valore }: not a date
# How to write a date.
r004-data-suggerimento = write the date as aaaa-mm-gg, e.g. 2025-07-29
# An empty value, where another is expected.
carica-valore-vuoto = an empty value
# Kinds of value expected.
carica-tipo-data = a date, as aaaa-mm-gg
# Kind of value: text.
carica-tipo-testo = text
# Kind of value: whole number.
carica-tipo-intero = a whole number
# Kind of value: number.
carica-tipo-numero = a number
# Kind of value: yes or no.
carica-tipo-booleano = true or false
# Kind of value: list.
carica-tipo-elenco = a list
# Kind of value: keys with their values.
carica-tipo-oggetto = keys with their values
# Two kinds allowed, one or the other.
carica-tipo-alternativa = { $primo } or { $secondo }

## Italian habits: numbers, amounts, dates

# A number written with "n." before it (`n. 12`).
carica-numero-senza-n = write only the number: { $numero }
# A number written in Roman numerals (`XII`).
carica-numero-romano = write the number in Arabic numerals: { $numero }
# An amount written the Italian way (`352.400,00`); $corretto is how to write it.
carica-importo-all-italiana = `{ $testo }`: write amounts without thousands separators and with a decimal point: { $corretto }
# A text that is not an amount in euro.
carica-importo-non-valido = `{ $testo }` is not an amount in euro: write digits with a decimal point, e.g. 20000.00
# An amount with more than two decimals.
carica-importo-decimali = `{ $testo }` has more than two decimals: amounts are in euro and cents
# An amount too large.
carica-importo-troppo-grande = `{ $testo }` is too large an amount
# How to write a date, at the end of the messages on dates.
-carica-esempio-data = write it as aaaa-mm-gg, e.g. 2025-07-29
# A date of the right form that does not exist (31 February).
carica-data-inesistente = `{ $testo }` is not a day of the calendar: { -carica-esempio-data }
# The year of a date does not have four digits.
carica-data-anno = the year of `{ $testo }` does not have four digits: { -carica-esempio-data }
# A date written the Italian way (`29/07/2010`); $corretta is how to write it.
carica-data-all-italiana = `{ $testo }`: dates are written year first, as aaaa-mm-gg: here { $corretta }
# Month or day written with one digit (`2010-7-29`).
carica-data-due-cifre = `{ $testo }`: month and day take two digits each: { $corretta }
# A text that is not a date.
carica-data-non-valida = `{ $testo }` is not a date: { -carica-esempio-data }
# A signing capacity (Sindaco, Presidente…) the acts do not know.
carica-qualita-sconosciuta = `{ $testo }` is not a capacity the acts know: write one of { $elenco }
