"""Sentences of the importers' refusals (``importers.error.<code>``, see ``lib.importers.messages``).

Format labels and how-to-get sentences come from the importers themselves (English, as the platforms' own menus
are named in the README); everything around them is here in every language.
"""

STRINGS = {
    "en": {
        "importers.formats_where": "The supported exports are listed on the upload page and in the README.",
        "importers.error.unknown_closest": "{file} is not an export Conversa recognises. It looks most like the "
                                           "{format}, but has no {missing} column. {how_to_get} {where}",
        "importers.error.unknown_values": "{file} has the columns of the {format}, but its rows could not be read as "
                                          "one (dates or ids written another way?). {how_to_get} {where}",
        "importers.error.unknown_columns": "{file} is not an export Conversa recognises: its columns ({columns}) "
                                           "match none of the supported exports. {where} For any other table, use "
                                           "the column-mapping form on the upload page to say which column is the "
                                           "date, the text and each count.",
        "importers.error.unknown": "{file} is not an export Conversa recognises: it holds no table and no known "
                                   "archive file. {where}",
        "importers.error.ambiguous": "{file} could be more than one kind of export: {formats}. Re-export it from the "
                                     "platform, or import it with the column-mapping form and choose the table "
                                     "yourself.",
        "importers.error.unreadable": "{file} looks like a {format} but could not be read ({detail}). It may be "
                                      "truncated or edited; download the export again.",
        "importers.error.too_deep": "{file} is too large or too deeply nested to import here.",
        "importers.error.no_rows": "{file} was recognised as {format} but holds no data rows.",
        "importers.error.blank_workbook": "{file} is a spreadsheet with no data in any sheet; export it again from "
                                          "the platform (or check that you saved the right file).",
        "importers.error.zip_none": "{file} holds no export Conversa recognises.",
        "importers.error.zip_none_one": "{file} holds no export Conversa recognises ({detail}).",
        "importers.error.zip_members": "{file} holds {n} files; at most {limit} are read from one zip (this protects "
                                       "against zip bombs). Upload the export files themselves.",
        "importers.error.zip_outside": "{file} holds a path outside the archive ({member}); it was not unpacked.",
        "importers.error.zip_too_big": "{file} would expand to {size} GB or more; at most {limit} GB is unpacked "
                                       "from one upload, nested zips included (this protects against zip bombs). "
                                       "Upload the export files themselves.",
        "importers.error.zip_member_too_big": "{file}: {member} is {size} MB; files up to {limit} MB can be "
                                              "imported.",
        "importers.error.zip_bomb": "{file}: compressed {ratio}, over the limit of {limit}:1, which looks like a zip "
                                    "bomb, so the zip was not unpacked.",
        "importers.error.zip_damaged": "{file} is a damaged zip file; download it again.",
        "importers.error.zip_member_unreadable": "{file}: {member} cannot be unpacked ({detail}).",
        "importers.error.zip_lies": "{file} unpacks to more than its directory declares; it was not imported.",
        "importers.error.missing_path": "{path} does not exist.",
        "importers.error.path_unreadable": "{path} cannot be read ({detail}).",
        "importers.error.too_large": "{file} is {size} MB; files up to {limit} MB can be imported. Export a shorter "
                                     "period from the platform, or split the file.",
        "importers.error.folder_empty": "{path} holds no files to import.",
        "importers.error.empty": "{file} is empty: there is nothing to import. Download the export again.",
        "importers.error.binary": "{file} is not a text export or spreadsheet (it looks like binary data). Upload "
                                  "the CSV, Excel or JSON file the platform gave you.",
        "importers.error.personal_archive": "{file} comes from a {platform} 'Download your information' archive "
                                            "({what}): a person's own activity, not a Page's or professional "
                                            "account's insights, so it has no reach, no per-post reactions and no "
                                            "audience comments. Export the Page's posts instead: Meta Business "
                                            "Suite > Insights > Content > Export data (for Instagram, from a "
                                            "professional account linked to the Page).",
        "importers.error.private_messages": "{file} holds private messages ({what}). Conversa never imports private "
                                            "messages, as posts or otherwise: they are conversations between "
                                            "people, not public posts or comments. Nothing from this file was "
                                            "imported.",
        "importers.what.posts": "the person's own posts",
        "importers.what.comments": "comments the person wrote",
        "importers.what.reactions": "likes and reactions the person gave",
        "importers.what.activity": "the person's account activity",
        "importers.what.inbox": "a Facebook, Instagram or Messenger inbox",
        "importers.what.x_dms": "X direct messages",
        "importers.what.tiktok_dms": "TikTok direct messages",
        "importers.what.message_table": "a table of conversations with senders and message texts",
    },
    "it": {
        "importers.formats_where": "Gli export supportati sono elencati nella pagina di caricamento e nel README.",
        "importers.error.unknown_closest": "{file} non è un export che Conversa riconosce. Somiglia soprattutto a "
                                           "questo formato: {format}, ma non ha la colonna {missing}. {how_to_get} "
                                           "{where}",
        "importers.error.unknown_values": "{file} ha le colonne di questo formato: {format}, ma le sue righe non si "
                                          "leggono come tali (date o id scritti in altro modo?). {how_to_get} {where}",
        "importers.error.unknown_columns": "{file} non è un export che Conversa riconosce: le sue colonne "
                                           "({columns}) non corrispondono a nessuno degli export supportati. "
                                           "{where} Per qualsiasi altra tabella, usa il modulo di associazione delle "
                                           "colonne nella pagina di caricamento per indicare quale colonna è la "
                                           "data, il testo e ciascun conteggio.",
        "importers.error.unknown": "{file} non è un export che Conversa riconosce: non contiene una tabella né un "
                                   "file di archivio noto. {where}",
        "importers.error.ambiguous": "{file} potrebbe essere più di un tipo di export: {formats}. Esportalo di nuovo "
                                     "dalla piattaforma, oppure importalo con il modulo di associazione delle colonne "
                                     "e scegli tu la tabella.",
        "importers.error.unreadable": "{file} sembra questo formato: {format}, ma non si riesce a leggerlo ({detail}). "
                                      "Potrebbe essere troncato o modificato; scarica di nuovo l'export.",
        "importers.error.too_deep": "{file} è troppo grande o troppo annidato per essere importato qui.",
        "importers.error.no_rows": "{file} è stato riconosciuto come {format} ma non contiene righe di dati.",
        "importers.error.blank_workbook": "{file} è un foglio di calcolo senza dati in nessun foglio; esportalo di "
                                          "nuovo dalla piattaforma (o controlla di aver salvato il file giusto).",
        "importers.error.zip_none": "{file} non contiene alcun export che Conversa riconosca.",
        "importers.error.zip_none_one": "{file} non contiene alcun export che Conversa riconosca ({detail}).",
        "importers.error.zip_members": "{file} contiene {n} file; da uno zip se ne leggono al massimo {limit} (una "
                                       "protezione contro gli zip bomb). Carica direttamente i file dell'export.",
        "importers.error.zip_outside": "{file} contiene un percorso fuori dall'archivio ({member}); non è stato "
                                       "estratto.",
        "importers.error.zip_too_big": "{file} si espanderebbe a {size} GB o più; da un caricamento si estraggono al "
                                       "massimo {limit} GB, zip annidati compresi (una protezione contro gli zip "
                                       "bomb). Carica direttamente i file dell'export.",
        "importers.error.zip_member_too_big": "{file}: {member} pesa {size} MB; si possono importare file fino a "
                                              "{limit} MB.",
        "importers.error.zip_bomb": "{file}: compresso {ratio}, oltre il limite di {limit}:1, il che fa pensare a "
                                    "uno zip bomb, quindi lo zip non è stato estratto.",
        "importers.error.zip_damaged": "{file} è un file zip danneggiato; scaricalo di nuovo.",
        "importers.error.zip_member_unreadable": "{file}: non si riesce a estrarre {member} ({detail}).",
        "importers.error.zip_lies": "{file} si espande più di quanto dichiari il suo indice; non è stato importato.",
        "importers.error.missing_path": "{path} non esiste.",
        "importers.error.path_unreadable": "Non si riesce a leggere {path} ({detail}).",
        "importers.error.too_large": "{file} pesa {size} MB; si possono importare file fino a {limit} MB. Esporta "
                                     "un periodo più breve dalla piattaforma, oppure dividi il file.",
        "importers.error.folder_empty": "{path} non contiene file da importare.",
        "importers.error.empty": "{file} è vuoto: non c'è nulla da importare. Scarica di nuovo l'export.",
        "importers.error.binary": "{file} non è un export di testo né un foglio di calcolo (sembra un file binario). "
                                  "Carica il file CSV, Excel o JSON che ti ha dato la piattaforma.",
        "importers.error.personal_archive": "{file} viene da un archivio {platform} «Scarica le tue informazioni» "
                                            "({what}): l'attività di una persona, non gli insight di una Pagina o di "
                                            "un account professionale, quindi non ha copertura, reazioni per post né "
                                            "commenti del pubblico. Esporta invece i post della Pagina: Meta "
                                            "Business Suite > Insights > Contenuti > Esporta dati (per Instagram, da "
                                            "un account professionale collegato alla Pagina).",
        "importers.error.private_messages": "{file} contiene messaggi privati ({what}). Conversa non importa mai "
                                            "messaggi privati, né come post né in altro modo: sono conversazioni "
                                            "tra persone, non post o commenti pubblici. Da questo file non è stato "
                                            "importato nulla.",
        "importers.what.posts": "i post della persona",
        "importers.what.comments": "i commenti scritti dalla persona",
        "importers.what.reactions": "i mi piace e le reazioni date dalla persona",
        "importers.what.activity": "l'attività dell'account della persona",
        "importers.what.inbox": "una casella di Facebook, Instagram o Messenger",
        "importers.what.x_dms": "messaggi diretti di X",
        "importers.what.tiktok_dms": "messaggi diretti di TikTok",
        "importers.what.message_table": "una tabella di conversazioni con mittenti e testi dei messaggi",
    },
}
