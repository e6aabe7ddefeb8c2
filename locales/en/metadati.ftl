# The AgID metadata beside each act (src/metadati): what `verify` says of them.
metadati-mancanti = `{ $file }`, the AgID metadata file, is missing: `ambito build` writes it again
metadati-illeggibili = `{ $file }` cannot be read as AgID metadata ({ $errore }): `ambito build --force` writes it again
metadati-firmato-dopo = the PDF was signed after `{ $file }` was written: `ambito build` records its hash and signatures there
metadati-impronta-diversa = the hash in `{ $file }` is not the PDF's: the PDF or the metadata were changed by hand
metadati-nome-diverso = `{ $file }` describes another file, not `{ $nome }`
metadati-firme-diverse = the signatures and timestamps recorded in `{ $file }` are not the PDF's: `ambito build` updates them
