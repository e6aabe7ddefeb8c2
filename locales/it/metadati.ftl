# I metadati AgID accanto a ogni atto (src/metadati): ciò che `verify` ne dice.
metadati-mancanti = manca `{ $file }`, il file dei metadati AgID: `ambito build` lo scrive di nuovo
metadati-illeggibili = `{ $file }` non si legge come metadati AgID ({ $errore }): `ambito build --force` lo scrive di nuovo
metadati-firmato-dopo = il PDF è stato firmato dopo che `{ $file }` è stato scritto: `ambito build` vi registra l’impronta e le firme
metadati-impronta-diversa = l’impronta in `{ $file }` non è quella del PDF: il PDF o i metadati sono stati cambiati a mano
metadati-nome-diverso = `{ $file }` descrive un altro file, non `{ $nome }`
metadati-firme-diverse = le firme e le marche temporali registrate in `{ $file }` non sono quelle del PDF: `ambito build` le aggiorna
