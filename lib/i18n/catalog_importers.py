"""Sentences of the importers' refusals (``importers.error.<code>``, see ``lib.importers.messages``).

Format labels and how-to-get sentences come from the importers themselves (English, as the platforms' own menus
are named in the README); everything around them is here in every language.
"""

STRINGS = {
    "en": {
        "importers.formats_where": "The supported exports are listed on the upload page and in the README.",
        "importers.formats_above": "The supported exports are listed under \"Which exports can I upload\" above.",
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
        "importers.error.youtube_views_only": "{file} is a YouTube Studio Totals export of {metrics} per day, which "
                                              "Conversa does not store. For subscribers, add the metrics Subscribers "
                                              "gained and Subscribers lost before exporting; for videos, import Table "
                                              "data.csv from the same export.",
        "importers.error.youtube_chart": "{file} is YouTube Studio's Chart data (daily views of the top videos), "
                                         "which repeats what Table data.csv holds per video. Import Table data.csv "
                                         "(or the whole export zip) instead.",
        "importers.error.youtube_no_videos": "{file} is a YouTube Table data export with no video rows (only the "
                                             "Total row).",
        "importers.error.tiktok_overview": "{file} is a TikTok Overview export ({days} days, {first} to {last}): "
                                           "account-level daily video views, profile views, likes, comments and "
                                           "shares, which Conversa has no table for. Import Content (videos) and "
                                           "FollowerHistory (followers per day) from TikTok Studio instead.",
        "importers.error.tiktok_companion": "{file} is a TikTok {what} export, which Conversa has no table for. "
                                            "Import Content (videos) and FollowerHistory (followers per day) from "
                                            "TikTok Studio instead.",
        "importers.error.tiktok_no_sheet": "{file}: no sheet has a TikTok header in its first row.",
        "importers.error.ga4_channels": "{file} is a GA4 traffic export by channel group (Organic Social, Paid "
                                        "Social, ...), which does not say which platform the visits came from. In "
                                        "GA4's Traffic acquisition report, switch the dimension to Session source / "
                                        "medium and download the CSV again.",
        "importers.error.ga4_no_social": "{file}: none of its {total} sessions came from a social platform, so there "
                                         "is no social traffic to import.",
        "importers.error.ga4_no_dates": "{file} has neither a Date column nor the Start date / End date lines GA4 "
                                        "writes above the header, so its totals cannot be placed in time. Export it "
                                        "again from GA4 unchanged, or add Date as a secondary dimension.",
        "importers.error.header_no_rows": "{file} has a header but no rows.",
        "importers.error.x_archive_other": "{file} is part of an X archive but holds no posts; Conversa reads the "
                                           "archive's data/tweets.js (or the whole archive zip).",
        "importers.error.x_archive_damaged": "{file} is an X archive tweet file but its JSON is cut or damaged "
                                             "({detail}); extract it from the archive zip again.",
        "importers.error.mastodon_damaged": "{file} is a Mastodon outbox whose JSON is cut or damaged ({detail}); "
                                            "extract it from the archive again.",
        "importers.error.x_archive_empty": "{file} is an X archive tweet file with no tweets in it.",
        "importers.error.mastodon_other": "{file} is part of a Mastodon archive but holds no posts; Conversa reads "
                                          "the archive's outbox.json (or the whole archive).",
        "importers.error.mastodon_no_notes": "{file} is a Mastodon outbox with no public notes the account wrote.",
        "importers.error.meta_daily_breakdown": "{file} is a Meta 'daily breakdown' export (one row per post per "
                                                "day), whose counts cannot be read as posts. Export the content again "
                                                "with 'Lifetime' values.",
        "importers.error.wordpress_damaged": "{file} is a WordPress export that cannot be parsed ({detail}); it may "
                                             "be cut off. Export it again from Tools > Export.",
        "importers.error.wordpress_no_posts": "{file} is a WordPress export with no published posts or pages.",
        "importers.error.csv_no_header": "{file} has no header row and no data.",
        "importers.error.csv_damaged": "{file} could not be read as CSV ({detail}); the file may be truncated. "
                                       "Download the export again.",
        "importers.error.xlsx_unopenable": "{file} looks like an Excel file but cannot be opened ({detail}); it may "
                                           "be truncated or password-protected. Open it in Excel and save it again, "
                                           "or download it again.",
        "importers.error.xml_damaged": "{file} is an Excel 2003 XML file that cannot be parsed ({detail}); it may be "
                                       "truncated.",
        "importers.error.recognised_no_rows": "{file} was recognised but holds no data rows.",
        "importers.error.map_json": "{file} is JSON, not a table; the column-mapping form reads CSV and Excel files.",
        "importers.error.map_no_rows": "{file} is a spreadsheet with no data rows.",
        "importers.error.map_choose_table": "Choose the kind of data in {file}: posts, comments, followers or "
                                            "traffic.",
        "importers.error.map_platform": "'{platform}' is not a platform Conversa knows ({known}).",
        "importers.error.map_choose_columns": "Choose which column of {file} holds {columns} (needed for {table}).",
        "importers.error.map_no_column": "{file} has no column named {columns}.",
        "importers.what.tiktok_viewers": "Viewers (daily viewers)",
        "importers.what.tiktok_activity": "FollowerActivity (active followers by hour)",
        "importers.what.tiktok_distribution": "follower distribution (gender, age or territories)",
        "importers.what.tiktok_other": "Studio",
        "importers.note.skipped": "Skipped: {detail}",
        "importers.note.skipped_sheets": "Skipped: {sheets} (not an export Conversa recognises).",
        "importers.note.dropped_one": "1 row without {missing} was skipped.",
        "importers.note.dropped": "{n} rows without {missing} were skipped.",
        "importers.note.repeated_one": "1 row of {table} repeated the {keyof} of a later row in this file; the later "
                                       "row was kept.",
        "importers.note.repeated": "{n} rows of {table} repeated the {keyof} of a later row in this file; the later row "
                                   "was kept.",
        "importers.note.negative_one": "1 row of {table} has a negative '{column}'; kept as exported (platforms "
                                       "report corrections this way) and counted in totals.",
        "importers.note.negative": "{n} rows of {table} have a negative '{column}'; kept as exported (platforms "
                                   "report corrections this way) and counted in totals.",
        "importers.note.youtube_note": "YouTube's note in this export: \"{text}\"",
        "importers.note.youtube_net": "This Totals export has only Subscribers, the daily net change (gained minus "
                                      "lost): a positive day is stored as subscribers gained, a negative one as lost. "
                                      "Add the metrics Subscribers gained and Subscribers lost before exporting for "
                                      "the gross figures.",
        "importers.note.youtube_engaged": "This export has Engaged views but no Views column; engaged views were used "
                                          "as video views.",
        "importers.note.tiktok_no_year": "TikTok post times have no year: each was dated the latest such day before "
                                         "the export day in the Time column.",
        "importers.note.x_retweets": "{n} retweets of other accounts were skipped (they are not the account's own "
                                     "posts).",
        "importers.note.x_repeated_one": "1 tweet appeared twice in the file (same id); the later copy was kept.",
        "importers.note.x_repeated": "{n} tweets appeared twice in the file (same id); the later copy was kept.",
        "importers.note.x_replies": "{n} replies to other people were imported as the account's own comments ({under} "
                                    "under its posts); the archive holds no one else's replies.",
        "importers.key.posts": "post id",
        "importers.key.comments": "comment id",
        "importers.key.followers": "platform, account and day",
        "importers.key.traffic": "day and platform",
        "importers.missing.a readable date": "a readable date",
        "importers.missing.a date": "a date",
        "importers.missing.an id": "an id",
        "importers.missing.a platform": "a platform",
        "importers.missing.a post id": "a post id",
        "importers.missing.a readable time": "a readable time",
        "importers.missing.a readable publish time": "a readable publish time",
        "importers.missing.a readable post time": "a readable post time",
        "importers.missing.a video id": "a video id",
        "importers.missing.a video link or id": "a video link or id",
        "importers.missing.a publish date (unlisted, private or deleted items)": "a publish date (unlisted, private "
                                                                                 "or deleted items)",
        "importers.missing.a tweet id": "a tweet id",
        "importers.missing.a tweet_id": "a tweet_id",
        "importers.missing.a readable created_at": "a readable created_at",
        "importers.missing.a created date": "a created date",
        "importers.missing.a post link": "a post link",
        "importers.missing.a readable 'Posted' time": "a readable 'Posted' time",
        "importers.note.ga4_other": "{other} of {total} sessions ({share}) came from sources that are not social "
                                    "platforms (largest: {top}) and were not imported.",
        "importers.note.ga4_near": "Not counted as social (outside the platform mapping): {sources}.",
        "importers.note.ga4_spread": "This export holds totals for {first} to {last} without a daily breakdown; they "
                                     "were spread evenly over its {days} days. Add Date as a secondary dimension for "
                                     "daily figures.",
        "importers.note.linkedin_aggregate": "{n} days of daily page totals, which Conversa does not store (it "
                                             "uses the per-post sheet and the followers export).",
        "importers.note.linkedin_visitors": "{n} days of page visitor counts, which Conversa does not store "
                                            "(it uses the per-post sheet and the followers export).",
        "importers.note.linkedin_followers": "LinkedIn's followers export holds new followers per day (gained); the "
                                             "follower total stays empty unless you enter it in the workspace "
                                             "settings.",
        "importers.note.mastodon_private": "{n} direct or followers-only statuses were not imported: private messages "
                                           "never become posts or comments.",
        "importers.note.mastodon_boosts": "{n} boosts of other people's posts were skipped (not the account's own "
                                          "posts).",
        "importers.note.mastodon_bad": "{n} notes without an id or date were skipped.",
        "importers.note.mastodon_repeated": "{n} statuses appeared twice in the outbox; the later copy was kept.",
        "importers.note.mastodon_replies": "{n} public replies to other people were imported as the account's own "
                                           "comments; the archive holds no one else's replies.",
        "importers.note.meta_by_content": "The column names of this export are in a wording Conversa does not know; "
                                          "posts were recognised by their content and counts by word stems. Check the "
                                          "numbers, or use the column-mapping form.",
        "importers.note.meta_repeated": "{n} repeated post rows kept once (the most complete copy).",
        "importers.note.meta_accounts": "This export covers {n} pages or accounts; each post keeps its own as "
                                        "account.",
        "importers.note.meta_daily_unnamed": "{file} is a Meta daily series whose metric name line (such as 'Facebook "
                                             "follows') was deleted, so Conversa cannot tell which series its {n} "
                                             "days are; nothing was imported from it. Download the chart's export "
                                             "again and upload it unedited.",
        "importers.note.meta_daily_other": "'{metric}' is a daily {platform} series Conversa does not store ({n} "
                                           "days); only Follows series are used (as followers gained).",
        "importers.note.meta_daily_summed": "{n} days appear in two follows series of the same platform; their new "
                                            "follows were added together.",
        "importers.note.meta_daily_no_page": "Meta's daily series does not name the page: these rows have no account, "
                                             "and the follower total stays empty (only new follows per day are in the "
                                             "file).",
        "importers.note.twcs_inbound": "{n} tweets with an inbound value other than True/False were skipped.",
        "importers.note.twcs_repeated": "{n} tweets appeared twice (same tweet_id); the later row was kept.",
        "importers.note.twcs_repeated_one": "1 tweet appeared twice (same tweet_id); the later row was kept.",
        "importers.note.twcs_summary": "{threads} threads; {replies} brand replies from {accounts} support accounts.",
        "importers.note.twcs_started_before": "{n} tweets belong to threads that began before the file does; their "
                                              "threads are kept under the id of the earliest missing tweet.",
        "importers.note.tiktok_negative": "{n} negative counts (TikTok corrections) were treated as unknown.",
        "importers.note.tiktok_undefined": "{n} days marked 'undefined' (no data yet) were skipped, not counted as "
                                           "zero.",
        "importers.note.wordpress_skipped": "{n} comments were skipped: {pings} pingbacks/trackbacks and {unapproved} "
                                            "not approved (pending, spam or trash).",
        "importers.note.wordpress_brand": "{brand} of {n} comments were written by the blog's own authors (brand "
                                          "replies).",
        "importers.note.x_overview_total": "X's overview export has daily follows and unfollows but no follower "
                                           "total; enter the current total in the workspace settings for per-follower "
                                           "rates.",
        "importers.note.x_daily_total": "The classic daily export has new follows per day but no unfollows and no "
                                        "follower total.",
        "importers.note.x_bad": "{n} tweets without an id or a readable date were skipped.",
        "importers.note.legacy_repeated": "Sheet '{sheet}': {n} rows repeated a post id of an earlier row; the first "
                                          "row was used.",
        "importers.note.legacy_repeated_one": "Sheet '{sheet}': 1 row repeated a post id of an earlier row; the first "
                                              "row was used.",
        "importers.note.linkedin_aggregate_sheet": "sheet '{sheet}': {n} days of daily page totals, which Conversa does "
                                                   "not store (it uses the per-post sheet and the followers export).",
        "importers.note.linkedin_visitors_sheet": "sheet '{sheet}': {n} days of page visitor counts, which Conversa "
                                                  "does not store (it uses the per-post sheet and the followers export).",
        "importers.note.mastodon_private_one": "1 direct or followers-only status was not imported: private messages "
                                               "never become posts or comments.",
        "importers.note.mastodon_boosts_one": "1 boost of other people's posts was skipped (not the account's own "
                                              "posts).",
        "importers.note.mastodon_repeated_one": "1 status appeared twice in the outbox; the later copy was kept.",
        "importers.note.meta_repeated_one": "1 repeated post row kept once (the most complete copy).",
        "importers.note.meta_daily_summed_one": "1 day appears in two follows series of the same platform; its new "
                                                "follows were added together.",
        "importers.error.canonical_columns": "{file} does not have the columns of a canonical table.",
        "importers.error.legacy_no_key": "{file} has no 'Key Metrics' sheet with a 'Post ID' column.",
        "importers.error.linkedin_no_sheet": "{file} has no LinkedIn sheet Conversa can read.",
        "importers.error.map_not_columns": "{columns}: not column(s) of {table}.",
        "importers.error.mastodon_not_outbox": "{file} has no orderedItems list, so it is not a Mastodon outbox.",
        "importers.error.meta_daily_not": "{file} is not a Meta daily series.",
        "importers.error.twcs_damaged": "{file} could not be read as a support-threads CSV ({detail}); it may be "
                                        "truncated.",
        "importers.error.twcs_columns": "{file} lacks the column(s) {columns} of the twcs layout.",
        "importers.error.wordpress_not": "{file} has no WordPress export namespace; it is not a WXR file.",
        "importers.error.wordpress_no_channel": "{file} is a WordPress export without a <channel>.",
        "importers.error.x_daily_no_sheet": "{file} has no sheet with the Date / Tweets published / impressions "
                                            "header.",
        "importers.error.x_archive_not": "{file} does not start with window.YTD.tweets.part0 = [...]; it is not an X "
                                         "archive tweet file.",
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
        "importers.formats_above": "Gli export supportati sono elencati sopra, in \"Quali export posso caricare\".",
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
        "importers.error.youtube_views_only": "{file} è un export Totals di YouTube Studio con {metrics} per giorno, "
                                              "che Conversa non conserva. Per gli iscritti, aggiungi le metriche "
                                              "Iscritti ottenuti e Iscritti persi prima di esportare; per i video, "
                                              "importa Table data.csv dallo stesso export.",
        "importers.error.youtube_chart": "{file} è il Chart data di YouTube Studio (visualizzazioni giornaliere dei "
                                         "video principali), che ripete ciò che Table data.csv contiene per video. "
                                         "Importa invece Table data.csv (o l'intero zip dell'export).",
        "importers.error.youtube_no_videos": "{file} è un export Table data di YouTube senza righe di video (solo la "
                                             "riga del totale).",
        "importers.error.tiktok_overview": "{file} è un export Overview di TikTok ({days} giorni, dal {first} al "
                                           "{last}): visualizzazioni dei video, visite al profilo, mi piace, commenti "
                                           "e condivisioni giornalieri dell'account, per cui Conversa non ha una "
                                           "tabella. Importa invece Content (video) e FollowerHistory (follower per "
                                           "giorno) da TikTok Studio.",
        "importers.error.tiktok_companion": "{file} è un export TikTok {what}, per cui Conversa non ha una tabella. "
                                            "Importa invece Content (video) e FollowerHistory (follower per giorno) "
                                            "da TikTok Studio.",
        "importers.error.tiktok_no_sheet": "{file}: nessun foglio ha un'intestazione TikTok nella prima riga.",
        "importers.error.ga4_channels": "{file} è un export del traffico GA4 per gruppo di canali (Organic Social, "
                                        "Paid Social, ...), che non dice da quale piattaforma sono arrivate le "
                                        "visite. Nel report Acquisizione traffico di GA4, imposta la dimensione "
                                        "Sorgente/mezzo della sessione e scarica di nuovo il CSV.",
        "importers.error.ga4_no_social": "{file}: nessuna delle sue {total} sessioni viene da una piattaforma social, "
                                         "quindi non c'è traffico social da importare.",
        "importers.error.ga4_no_dates": "{file} non ha né una colonna Data né le righe Start date / End date che GA4 "
                                        "scrive sopra l'intestazione, quindi i suoi totali non si possono collocare "
                                        "nel tempo. Esportalo di nuovo da GA4 senza modifiche, oppure aggiungi Data "
                                        "come dimensione secondaria.",
        "importers.error.header_no_rows": "{file} ha un'intestazione ma nessuna riga.",
        "importers.error.x_archive_other": "{file} fa parte di un archivio X ma non contiene post; Conversa legge il "
                                           "file data/tweets.js dell'archivio (o l'intero zip dell'archivio).",
        "importers.error.x_archive_damaged": "{file} è un file di tweet di un archivio X ma il suo JSON è troncato "
                                             "o danneggiato ({detail}); estrailo di nuovo dallo zip dell'archivio.",
        "importers.error.mastodon_damaged": "{file} è un outbox di Mastodon il cui JSON è troncato o danneggiato "
                                            "({detail}); estrailo di nuovo dall'archivio.",
        "importers.error.x_archive_empty": "{file} è un file di tweet di un archivio X senza alcun tweet.",
        "importers.error.mastodon_other": "{file} fa parte di un archivio Mastodon ma non contiene post; Conversa "
                                          "legge il file outbox.json dell'archivio (o l'intero archivio).",
        "importers.error.mastodon_no_notes": "{file} è un outbox di Mastodon senza note pubbliche scritte "
                                             "dall'account.",
        "importers.error.meta_daily_breakdown": "{file} è un export Meta con «suddivisione giornaliera» (una riga per "
                                                "post per giorno), i cui conteggi non si possono leggere come post. "
                                                "Esporta di nuovo i contenuti con i valori «Lifetime» (intera "
                                                "durata).",
        "importers.error.wordpress_damaged": "{file} è un export di WordPress che non si riesce a leggere ({detail}); "
                                             "potrebbe essere troncato. Esportalo di nuovo da Strumenti > Esporta.",
        "importers.error.wordpress_no_posts": "{file} è un export di WordPress senza post o pagine pubblicati.",
        "importers.error.csv_no_header": "{file} non ha né una riga di intestazione né dati.",
        "importers.error.csv_damaged": "{file} non si riesce a leggere come CSV ({detail}); il file potrebbe essere "
                                       "troncato. Scarica di nuovo l'export.",
        "importers.error.xlsx_unopenable": "{file} sembra un file Excel ma non si riesce ad aprirlo ({detail}); "
                                           "potrebbe essere troncato o protetto da password. Aprilo in Excel e "
                                           "salvalo di nuovo, oppure scaricalo di nuovo.",
        "importers.error.xml_damaged": "{file} è un file XML di Excel 2003 che non si riesce a leggere ({detail}); "
                                       "potrebbe essere troncato.",
        "importers.error.recognised_no_rows": "{file} è stato riconosciuto ma non contiene righe di dati.",
        "importers.error.map_json": "{file} è JSON, non una tabella; il modulo di associazione delle colonne legge "
                                    "file CSV ed Excel.",
        "importers.error.map_no_rows": "{file} è un foglio di calcolo senza righe di dati.",
        "importers.error.map_choose_table": "Scegli il tipo di dati in {file}: post, commenti, follower o traffico.",
        "importers.error.map_platform": "'{platform}' non è una piattaforma che Conversa conosce ({known}).",
        "importers.error.map_choose_columns": "Scegli quale colonna di {file} contiene {columns} (necessario per "
                                              "{table}).",
        "importers.error.map_no_column": "{file} non ha una colonna chiamata {columns}.",
        "importers.what.tiktok_viewers": "Viewers (spettatori giornalieri)",
        "importers.what.tiktok_activity": "FollowerActivity (follower attivi per ora)",
        "importers.what.tiktok_distribution": "di distribuzione dei follower (genere, età o territori)",
        "importers.what.tiktok_other": "Studio",
        "importers.note.skipped": "Saltato: {detail}",
        "importers.note.skipped_sheets": "Saltati: {sheets} (non sono export che Conversa riconosce).",
        "importers.note.dropped_one": "1 riga senza {missing} è stata saltata.",
        "importers.note.dropped": "{n} righe senza {missing} sono state saltate.",
        "importers.note.repeated_one": "1 riga di {table} ripeteva {keyof} di una riga successiva di questo file; è "
                                       "stata tenuta la riga successiva.",
        "importers.note.repeated": "{n} righe di {table} ripetevano {keyof} di una riga successiva di questo file; è "
                                   "stata tenuta la riga successiva.",
        "importers.note.negative_one": "1 riga di {table} ha un valore negativo in '{column}'; tenuto com'è "
                                       "nell'export (le piattaforme segnalano così le correzioni) e contato nei "
                                       "totali.",
        "importers.note.negative": "{n} righe di {table} hanno un valore negativo in '{column}'; tenuti come "
                                   "nell'export (le piattaforme segnalano così le correzioni) e contati nei totali.",
        "importers.note.youtube_note": "La nota di YouTube in questo export: \"{text}\"",
        "importers.note.youtube_net": "Questo export Totals ha solo Iscritti, la variazione netta giornaliera "
                                      "(ottenuti meno persi): un giorno positivo è registrato come iscritti ottenuti, "
                                      "uno negativo come persi. Aggiungi le metriche Iscritti ottenuti e Iscritti "
                                      "persi prima di esportare per avere i valori lordi.",
        "importers.note.youtube_engaged": "Questo export ha Visualizzazioni coinvolte ma nessuna colonna "
                                          "Visualizzazioni; come visualizzazioni dei video sono state usate quelle "
                                          "coinvolte.",
        "importers.note.tiktok_no_year": "Le date di pubblicazione di TikTok non hanno l'anno: a ciascuna è stato "
                                         "dato il giorno più recente con quella data prima del giorno dell'export "
                                         "nella colonna Time.",
        "importers.note.x_retweets": "{n} retweet di altri account sono stati saltati (non sono post dell'account).",
        "importers.note.x_repeated_one": "1 tweet compariva due volte nel file (stesso id); è stata tenuta la copia "
                                         "successiva.",
        "importers.note.x_repeated": "{n} tweet comparivano due volte nel file (stesso id); è stata tenuta la copia "
                                     "successiva.",
        "importers.note.x_replies": "{n} risposte ad altre persone sono state importate come commenti dell'account "
                                    "({under} sotto i suoi post); l'archivio non contiene le risposte di nessun "
                                    "altro.",
        "importers.key.posts": "l'id del post",
        "importers.key.comments": "l'id del commento",
        "importers.key.followers": "piattaforma, account e giorno",
        "importers.key.traffic": "giorno e piattaforma",
        "importers.missing.a readable date": "una data leggibile",
        "importers.missing.a date": "una data",
        "importers.missing.an id": "un id",
        "importers.missing.a platform": "una piattaforma",
        "importers.missing.a post id": "un id del post",
        "importers.missing.a readable time": "un'ora leggibile",
        "importers.missing.a readable publish time": "un'ora di pubblicazione leggibile",
        "importers.missing.a readable post time": "un'ora di pubblicazione leggibile",
        "importers.missing.a video id": "un id del video",
        "importers.missing.a video link or id": "un link o un id del video",
        "importers.missing.a publish date (unlisted, private or deleted items)": "una data di pubblicazione (elementi "
                                                                                 "non in elenco, privati o eliminati)",
        "importers.missing.a tweet id": "un id del tweet",
        "importers.missing.a tweet_id": "un tweet_id",
        "importers.missing.a readable created_at": "un created_at leggibile",
        "importers.missing.a created date": "una data di creazione",
        "importers.missing.a post link": "un link al post",
        "importers.missing.a readable 'Posted' time": "un'ora 'Posted' leggibile",
        "importers.note.ga4_other": "{other} sessioni su {total} ({share}) venivano da sorgenti che non sono "
                                    "piattaforme social (le principali: {top}) e non sono state importate.",
        "importers.note.ga4_near": "Non contate come social (fuori dalla mappatura delle piattaforme): {sources}.",
        "importers.note.ga4_spread": "Questo export contiene i totali dal {first} al {last} senza suddivisione "
                                     "giornaliera; sono stati distribuiti in parti uguali sui suoi {days} giorni. "
                                     "Aggiungi Data come dimensione secondaria per avere i valori giornalieri.",
        "importers.note.linkedin_aggregate": "{n} giorni di totali giornalieri della pagina, che Conversa non "
                                             "conserva (usa il foglio per post e l'export dei follower).",
        "importers.note.linkedin_visitors": "{n} giorni di conteggi dei visitatori della pagina, che Conversa "
                                            "non conserva (usa il foglio per post e l'export dei follower).",
        "importers.note.linkedin_followers": "L'export dei follower di LinkedIn contiene i nuovi follower per giorno "
                                             "(acquisiti); il totale dei follower resta vuoto finché non lo inserisci "
                                             "nelle impostazioni dello spazio di lavoro.",
        "importers.note.mastodon_private": "{n} stati diretti o solo per i follower non sono stati importati: i "
                                           "messaggi privati non diventano mai post o commenti.",
        "importers.note.mastodon_boosts": "{n} condivisioni (boost) di post di altre persone sono state saltate (non "
                                          "sono post dell'account).",
        "importers.note.mastodon_bad": "{n} note senza id o data sono state saltate.",
        "importers.note.mastodon_repeated": "{n} stati comparivano due volte nell'outbox; è stata tenuta la copia "
                                            "successiva.",
        "importers.note.mastodon_replies": "{n} risposte pubbliche ad altre persone sono state importate come "
                                           "commenti dell'account; l'archivio non contiene le risposte di nessun "
                                           "altro.",
        "importers.note.meta_by_content": "I nomi delle colonne di questo export sono scritti in un modo che Conversa "
                                          "non conosce; i post sono stati riconosciuti dal contenuto e i conteggi "
                                          "dalle radici delle parole. Controlla i numeri, oppure usa il modulo di "
                                          "associazione delle colonne.",
        "importers.note.meta_repeated": "{n} righe di post ripetute tenute una volta sola (la copia più completa).",
        "importers.note.meta_accounts": "Questo export copre {n} pagine o account; ogni post tiene il proprio come "
                                        "account.",
        "importers.note.meta_daily_unnamed": "{file} è una serie giornaliera Meta la cui riga con il nome della "
                                             "metrica (come 'Facebook follows') è stata cancellata, quindi Conversa "
                                             "non può sapere quale serie siano i suoi {n} giorni; non è stato "
                                             "importato nulla. Scarica di nuovo l'export del grafico e caricalo senza "
                                             "modifiche.",
        "importers.note.meta_daily_other": "'{metric}' è una serie giornaliera di {platform} che Conversa non "
                                           "conserva ({n} giorni); si usano solo le serie dei follower (come follower "
                                           "acquisiti).",
        "importers.note.meta_daily_summed": "{n} giorni compaiono in due serie di follower della stessa piattaforma; "
                                            "i loro nuovi follower sono stati sommati.",
        "importers.note.meta_daily_no_page": "La serie giornaliera di Meta non indica la pagina: queste righe non "
                                             "hanno un account, e il totale dei follower resta vuoto (nel file ci "
                                             "sono solo i nuovi follower per giorno).",
        "importers.note.twcs_inbound": "{n} tweet con un valore inbound diverso da True/False sono stati saltati.",
        "importers.note.twcs_repeated": "{n} tweet comparivano due volte (stesso tweet_id); è stata tenuta la riga "
                                        "successiva.",
        "importers.note.twcs_repeated_one": "1 tweet compariva due volte (stesso tweet_id); è stata tenuta la riga "
                                            "successiva.",
        "importers.note.twcs_summary": "{threads} conversazioni; {replies} risposte del brand da {accounts} account "
                                       "di assistenza.",
        "importers.note.twcs_started_before": "{n} tweet appartengono a conversazioni iniziate prima dell'inizio del "
                                              "file; le loro conversazioni sono tenute sotto l'id del tweet mancante "
                                              "più vecchio.",
        "importers.note.tiktok_negative": "{n} conteggi negativi (correzioni di TikTok) sono stati trattati come "
                                          "sconosciuti.",
        "importers.note.tiktok_undefined": "{n} giorni segnati 'undefined' (ancora senza dati) sono stati saltati, "
                                           "non contati come zero.",
        "importers.note.wordpress_skipped": "{n} commenti sono stati saltati: {pings} pingback/trackback e "
                                            "{unapproved} non approvati (in attesa, spam o cestino).",
        "importers.note.wordpress_brand": "{brand} commenti su {n} sono stati scritti dagli autori del blog (risposte "
                                          "del brand).",
        "importers.note.x_overview_total": "L'export panoramica di X ha follow e unfollow giornalieri ma nessun "
                                           "totale dei follower; inserisci il totale attuale nelle impostazioni dello "
                                           "spazio di lavoro per i tassi per follower.",
        "importers.note.x_daily_total": "L'export giornaliero classico ha i nuovi follow per giorno ma né gli "
                                        "unfollow né il totale dei follower.",
        "importers.note.x_bad": "{n} tweet senza id o senza una data leggibile sono stati saltati.",
        "importers.note.legacy_repeated": "Foglio '{sheet}': {n} righe ripetevano l'id di un post di una riga "
                                          "precedente; è stata usata la prima.",
        "importers.note.legacy_repeated_one": "Foglio '{sheet}': 1 riga ripeteva l'id di un post di una riga "
                                              "precedente; è stata usata la prima.",
        "importers.note.linkedin_aggregate_sheet": "foglio '{sheet}': {n} giorni di totali giornalieri della pagina, "
                                                   "che Conversa non conserva (usa il foglio per post e l'export dei "
                                                   "follower).",
        "importers.note.linkedin_visitors_sheet": "foglio '{sheet}': {n} giorni di conteggi dei visitatori della "
                                                  "pagina, che Conversa non conserva (usa il foglio per post e l'export "
                                                  "dei follower).",
        "importers.note.mastodon_private_one": "1 stato diretto o solo per i follower non è stato importato: i "
                                               "messaggi privati non diventano mai post o commenti.",
        "importers.note.mastodon_boosts_one": "1 condivisione (boost) di un post di altre persone è stata saltata (non "
                                              "è un post dell'account).",
        "importers.note.mastodon_repeated_one": "1 stato compariva due volte nell'outbox; è stata tenuta la copia "
                                                "successiva.",
        "importers.note.meta_repeated_one": "1 riga di post ripetuta tenuta una volta sola (la copia più completa).",
        "importers.note.meta_daily_summed_one": "1 giorno compare in due serie di follower della stessa piattaforma; i "
                                                "suoi nuovi follower sono stati sommati.",
        "importers.error.canonical_columns": "{file} non ha le colonne di una tabella canonica.",
        "importers.error.legacy_no_key": "{file} non ha un foglio 'Key Metrics' con una colonna 'Post ID'.",
        "importers.error.linkedin_no_sheet": "{file} non ha alcun foglio LinkedIn che Conversa sappia leggere.",
        "importers.error.map_not_columns": "{columns}: non sono colonne di {table}.",
        "importers.error.mastodon_not_outbox": "{file} non ha una lista orderedItems, quindi non è un outbox di "
                                               "Mastodon.",
        "importers.error.meta_daily_not": "{file} non è una serie giornaliera di Meta.",
        "importers.error.twcs_damaged": "{file} non si riesce a leggere come CSV di conversazioni di assistenza "
                                        "({detail}); potrebbe essere troncato.",
        "importers.error.twcs_columns": "A {file} mancano le colonne {columns} del formato twcs.",
        "importers.error.wordpress_not": "{file} non ha lo spazio dei nomi degli export di WordPress; non è un file "
                                         "WXR.",
        "importers.error.wordpress_no_channel": "{file} è un export di WordPress senza un <channel>.",
        "importers.error.x_daily_no_sheet": "{file} non ha un foglio con l'intestazione Date / Tweets published / "
                                            "impressions.",
        "importers.error.x_archive_not": "{file} non comincia con window.YTD.tweets.part0 = [...]; non è un file di "
                                         "tweet di un archivio X.",
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
