"""Strings of the Connect accounts page and of every connector's messages (lib/connectors)."""

_STEPS_EN = {
    "x": (
        "1. Sign in at **developer.x.com** with the account that will own the app.\n"
        "2. Create a **Project** and an **App** inside it. Reading posts needs the Basic plan or higher, or "
        "pay-per-use credits: the Free plan cannot read timelines or search.\n"
        "3. Open the app > **Keys and tokens** > **Bearer Token** > Generate, and copy it.\n"
        "4. Paste it below, or have whoever runs Conversa set `X_BEARER_TOKEN`."
    ),
    "bluesky": (
        "Nothing to set up: Bluesky's public AppView answers reads without signing in. Type the handle "
        "(`name.bsky.social`, or your own domain) or the DID (`did:plc:...`)."
    ),
    "mastodon": (
        "Public posts need no token: type the account as `user@instance`.\n\n"
        "To include your own unlisted posts:\n"
        "1. On your instance open **Preferences > Development > New application**.\n"
        "2. Name it *Conversa* and keep only the **read** scope.\n"
        "3. Submit, open the application and copy **Your access token**.\n"
        "4. Paste it below, or set `MASTODON_ACCESS_TOKEN`."
    ),
    "youtube": (
        "1. Open **console.cloud.google.com** and create a project (or choose one).\n"
        "2. **APIs & Services > Library**: search *YouTube Data API v3* and press **Enable**.\n"
        "3. **APIs & Services > Credentials > Create credentials > API key**; restrict the key to the YouTube "
        "Data API v3.\n"
        "4. Paste it below, or set `YOUTUBE_API_KEY`. Each project has 10,000 quota units a day; every list call "
        "costs 1 unit, and the page shows what a fetch will spend before it starts."
    ),
    "facebook": (
        "1. On **developers.facebook.com** > **My Apps** > **Create app** (type *Business*).\n"
        "2. Open **Tools > Graph API Explorer**, choose the app, then **Get Token > Get Page Access Token** and "
        "allow **pages_show_list**, **pages_read_engagement** and **pages_read_user_content** for your Page.\n"
        "3. In **User or Page** choose the Page and copy the token (the **Access Token Debugger > Extend** makes it "
        "last longer).\n"
        "4. Paste it below, or set `META_ACCESS_TOKEN`. The Page id is under **About > Page transparency**, or ask "
        "the Explorer for `me?fields=id` with the Page token."
    ),
    "instagram": (
        "The Instagram account must be a professional (business or creator) account linked to a Facebook Page.\n"
        "1. In the same Meta app, open **Tools > Graph API Explorer** and allow **instagram_basic**, "
        "**instagram_manage_comments**, **pages_show_list** and **pages_read_engagement**.\n"
        "2. Ask the Explorer for `me/accounts?fields=instagram_business_account`: the id shown is the Instagram "
        "user id to type below.\n"
        "3. Paste the token below, or set `META_ACCESS_TOKEN`."
    ),
    "threads": (
        "1. On **developers.facebook.com** > **Create app**, choose the use case **Access the Threads API**.\n"
        "2. **Use cases > Customize**: add **threads_basic**, **threads_read_replies** and "
        "**threads_manage_insights**. Under **App roles > Roles** add your Threads account as a *Threads Tester* and "
        "accept the invitation in Threads (**Settings > Account > Website permissions**).\n"
        "3. Generate a token for that account with the **User Token Generator** in the use case settings.\n"
        "4. Paste it below, or set `THREADS_ACCESS_TOKEN`. The account is your Threads user id, or `me`."
    ),
}

_STEPS_IT = {
    "x": (
        "1. Accedi a **developer.x.com** con l'account che sarà proprietario dell'app.\n"
        "2. Crea un **Project** e un'**App** al suo interno. Leggere i post richiede il piano Basic o superiore, o "
        "crediti a consumo: il piano Free non legge timeline né ricerche.\n"
        "3. Apri l'app > **Keys and tokens** > **Bearer Token** > Generate, e copialo.\n"
        "4. Incollalo qui sotto, oppure chiedi a chi gestisce Conversa di impostare `X_BEARER_TOKEN`."
    ),
    "bluesky": (
        "Niente da configurare: l'AppView pubblica di Bluesky risponde alle letture senza accesso. Scrivi l'handle "
        "(`nome.bsky.social`, o il tuo dominio) oppure il DID (`did:plc:...`)."
    ),
    "mastodon": (
        "I post pubblici non richiedono un token: scrivi l'account come `utente@istanza`.\n\n"
        "Per includere i tuoi post non in elenco:\n"
        "1. Sulla tua istanza apri **Preferenze > Sviluppo > Nuova applicazione**.\n"
        "2. Chiamala *Conversa* e lascia solo l'ambito **read**.\n"
        "3. Invia, apri l'applicazione e copia **Il tuo token di accesso**.\n"
        "4. Incollalo qui sotto, oppure imposta `MASTODON_ACCESS_TOKEN`."
    ),
    "youtube": (
        "1. Apri **console.cloud.google.com** e crea un progetto (o scegline uno).\n"
        "2. **API e servizi > Libreria**: cerca *YouTube Data API v3* e premi **Abilita**.\n"
        "3. **API e servizi > Credenziali > Crea credenziali > Chiave API**; limita la chiave alla YouTube Data "
        "API v3.\n"
        "4. Incollala qui sotto, oppure imposta `YOUTUBE_API_KEY`. Ogni progetto ha 10.000 unità di quota al "
        "giorno; ogni chiamata di elenco costa 1 unità, e la pagina mostra quanto spenderà un download prima di "
        "iniziare."
    ),
    "facebook": (
        "1. Su **developers.facebook.com** > **Le mie app** > **Crea app** (tipo *Business*).\n"
        "2. Apri **Strumenti > Tool di esplorazione per la API Graph**, scegli l'app, poi **Ottieni token > "
        "Ottieni token d'accesso della Pagina** e concedi **pages_show_list**, **pages_read_engagement** e "
        "**pages_read_user_content** per la tua Pagina.\n"
        "3. In **Utente o Pagina** scegli la Pagina e copia il token (il **Debugger del token d'accesso > "
        "Estendi** lo fa durare di più).\n"
        "4. Incollalo qui sotto, oppure imposta `META_ACCESS_TOKEN`. L'id della Pagina è in **Informazioni > "
        "Trasparenza della Pagina**, oppure chiedi al Tool `me?fields=id` con il token della Pagina."
    ),
    "instagram": (
        "L'account Instagram deve essere un account professionale (business o creator) collegato a una Pagina "
        "Facebook.\n"
        "1. Nella stessa app Meta apri **Strumenti > Tool di esplorazione per la API Graph** e concedi "
        "**instagram_basic**, **instagram_manage_comments**, **pages_show_list** e **pages_read_engagement**.\n"
        "2. Chiedi al Tool `me/accounts?fields=instagram_business_account`: l'id mostrato è l'id utente "
        "Instagram da scrivere qui sotto.\n"
        "3. Incolla il token qui sotto, oppure imposta `META_ACCESS_TOKEN`."
    ),
    "threads": (
        "1. Su **developers.facebook.com** > **Crea app**, scegli il caso d'uso **Accedi all'API di Threads**.\n"
        "2. **Casi d'uso > Personalizza**: aggiungi **threads_basic**, **threads_read_replies** e "
        "**threads_manage_insights**. In **Ruoli dell'app > Ruoli** aggiungi il tuo account Threads come *Tester "
        "di Threads* e accetta l'invito in Threads (**Impostazioni > Account > Autorizzazioni dei siti web**).\n"
        "3. Genera un token per quell'account con il **Generatore di token utente** nelle impostazioni del caso "
        "d'uso.\n"
        "4. Incollalo qui sotto, oppure imposta `THREADS_ACCESS_TOKEN`. L'account è il tuo id utente Threads, "
        "oppure `me`."
    ),
}

_EN = {
    "connect.title": "Connect accounts",
    "connect.intro": (
        "Fetch an account straight from its platform: the posts with their metrics, every comment thread "
        "(replies to replies included, the account's own replies marked as the brand's) and today's follower "
        "count. The first fetch goes back 12 months (or from the date you choose); later fetches bring only newer "
        "posts plus those of the last days, whose counts and threads still move. Nothing is counted twice, and "
        "each fetch can be undone on the Upload page."
    ),
    "connect.no_workspace": "Choose or create a workspace first (Workspaces page).",
    "connect.demo_blocked": (
        "The demo workspace holds sample data only, so nothing is fetched into it. Create the client's workspace, "
        "open it in the sidebar, and connect the client's accounts there."
    ),
    "connect.demo_create": "Create the client's workspace",
    "connect.no_store": "There is no workspace store here, so a fetch could not be saved: fetching is disabled.",
    "connect.workspace": "Fetched data is saved into the workspace **{workspace}**.",
    "connect.state.connected": "Connected",
    "connect.state.public": "Public data: no credential needed",
    "connect.state.not_connected": "Not connected",
    "connect.state.last": "Last fetch {when}: {account}, {posts} posts, {comments} comments, {followers} followers.",
    "connect.state.never": "Never fetched into this workspace.",
    "connect.credential_from": "Using the credential configured for this app ({source}).",
    "connect.credential_session": "Using the credential typed in this session.",
    "connect.credential_stored": "Using the remembered credential (stored encrypted).",
    "connect.credential_help": (
        "Kept only in this browser session unless you tick \"Remember\": never logged, cached or shown again."
    ),
    "connect.remember": "Remember it on this server (encrypted)",
    "connect.remember_unavailable": (
        "Remembering credentials needs an encryption key: whoever runs Conversa sets CONVERSA_SECRET_KEY (a Fernet "
        "key) in the environment or in secrets. The credential is used for this session only."
    ),
    "connect.forget": "Forget the remembered credential",
    "connect.how": "How to get it",
    "connect.since": "First fetch from (default: 12 months ago)",
    "connect.refresh_days": "On a refresh, also re-read the posts of the last (days)",
    "connect.refresh_note": (
        "Refresh: posts newer than {newest} and those of the last {days} days are fetched again."
    ),
    "connect.fetch": "Fetch from {platform}",
    "connect.cancel": "Cancel (keep what arrived)",
    "connect.progress": "{stage}: {posts} posts, {comments} comments, {requests} requests to {platform}",
    "connect.stage.account": "Account",
    "connect.stage.posts": "Posts",
    "connect.stage.metrics": "Metrics",
    "connect.stage.replies": "Comments",
    "connect.stage.mentions": "Mentions",
    "connect.stage.done": "Done",
    "connect.done": (
        "Fetched {account} from {platform}: {posts} posts, {comments} comments ({brand} by the account), "
        "{followers} followers today. Saved into {workspace}."
    ),
    "connect.duplicate": "Nothing new since the last fetch: the same data is already in the workspace.",
    "connect.rate_limited": (
        "{platform}'s rate limit or quota stopped the fetch; what arrived is saved ({posts} posts, {comments} "
        "comments). Fetch again after {time} for the rest."
    ),
    "connect.rate_limited_unknown": (
        "{platform}'s rate limit or quota stopped the fetch; what arrived is saved ({posts} posts, {comments} "
        "comments). Fetch again in an hour for the rest."
    ),
    "connect.cancelled": "Fetch cancelled. What arrived is saved: {posts} posts, {comments} comments.",
    "connect.partial_saved": "What arrived before the error is saved: {posts} posts, {comments} comments.",
    "connect.need_account": "Enter the account to fetch.",
    "connect.need_token": "Enter the {credential} to fetch.",
    "connect.quota": (
        "This fetch will spend up to {units} of the {daily} quota units YouTube gives a project each day (1 per "
        "list call: the channel, {pages} pages of videos and their statistics, one page of comments per video), "
        "plus 1 for each further page of a long comment thread."
    ),
    "connect.quota_spent": "It spent {units} of the {daily} quota units of the day.",
    "connect.resume": (
        "\"First fetch from\" is now {date}, where this fetch stopped: fetch again then and it goes on from there, "
        "counting nothing twice."
    ),
    "connect.history": "Earlier fetches into this workspace",
    "connect.history_when": "Fetched on",
    "connect.history_platform": "Platform",
    "connect.history_account": "Account",
    "connect.history_posts": "Posts",
    "connect.history_comments": "Comments",
    # ---- accounts and credentials, per platform
    "connect.x.account": "X username",
    "connect.x.account_help": "The account's handle, as in x.com/handle.",
    "connect.x.credential": "X Bearer Token",
    "connect.bluesky.account": "Bluesky handle or DID",
    "connect.bluesky.account_help": "name.bsky.social, your own domain, or did:plc:...",
    "connect.mastodon.account": "Mastodon account (user@instance)",
    "connect.mastodon.account_help": "As in @user@mastodon.social; the instance is where the account lives.",
    "connect.mastodon.credential": "Mastodon access token (optional)",
    "connect.youtube.account": "YouTube channel id or @handle",
    "connect.youtube.account_help": "UC... from the channel's address, or its @handle.",
    "connect.youtube.credential": "YouTube Data API key",
    "connect.facebook.account": "Facebook Page id",
    "connect.facebook.account_help": "The Page's number, under About > Page transparency.",
    "connect.facebook.credential": "Page access token",
    "connect.instagram.account": "Instagram user id",
    "connect.instagram.account_help": "The professional account's id from me/accounts?fields=instagram_business_account.",
    "connect.instagram.credential": "Meta access token",
    "connect.threads.account": "Threads user id",
    "connect.threads.account_help": "Your Threads user id, or me for the token's own account.",
    "connect.threads.credential": "Threads access token",
    # ---- X's particulars
    "connect.x.limits": (
        "What X lets an app read: the **3,200 most recent posts** of an account's timeline, the **800 most recent "
        "mentions**, and replies from the **last 7 days** only (recent search). Replies to older posts are not "
        "fetched, so fetch regularly, or import the X archive for the full history of your posts."
    ),
    "connect.no_token_title": "No X API access? The X archive is free",
    "connect.no_token_body": (
        "Reading posts through the X API needs a paid plan. The Free plan can post but cannot read timelines or "
        "search; Basic and Pro include reading (with monthly caps); pay-per-use accounts buy credits. Without a "
        "plan, download your X archive (x.com > Settings > Your account > Download an archive of your data) and "
        "import the zip on the Upload page: it holds every post the account wrote, with no date limit (but no "
        "replies from other people)."
    ),
    "connect.upload_link": "Import the X archive",
    "connect.oauth_title": "Sign in with X instead (adds link clicks for the last 30 days)",
    "connect.oauth_start": "Start the sign-in",
    "connect.oauth_open": "Open X to approve read access",
    "connect.oauth_paste": "After approving, paste the address X sent you back to",
    "connect.oauth_paste_help": "The address starts with the app's address and contains code= and state=.",
    "connect.oauth_done": "Signed in with X for this session.",
    "connect.oauth_forget": "Forget the sign-in",
    "connect.timeline_limit": (
        "X returned about 3,200 posts, its timeline limit: older posts are not included. Import the X archive for"
        " them."
    ),
    "connect.instagram_depth": (
        "Instagram keeps replies one level deep: an answer to a reply is filed under the first comment."
    ),
    "connect.mastodon_context_limit": (
        "Without a token Mastodon shows at most 60 replies per post (20 levels deep): longer threads are cut. Add "
        "an access token of any account on the instance to fetch them whole."
    ),
    # ---- errors (the cause; connect.fix.<platform>.<code> adds the platform's own remedy)
    "connect.error.auth": "{platform} did not accept the credential ({detail}): it is wrong, expired or was revoked.",
    "connect.error.permission": (
        "{platform} refused the request because the token lacks the permission {permission} ({detail})."
    ),
    "connect.error.not_found": "{platform} has no public account {account} ({detail}).",
    "connect.error.private": (
        "The {platform} account {account} is not public ({detail}): only a token of the account's owner can read it."
    ),
    "connect.error.rate_limit": (
        "{platform}'s rate limit or quota is used up ({detail}). Fetch again after {time}. Nothing was fetched this "
        "time."
    ),
    "connect.error.unavailable": (
        "{platform} is not answering properly right now ({status} server error). Try again in a few minutes."
    ),
    "connect.error.network": (
        "Could not reach {platform} ({host}): check the internet connection or proxy, then try again."
    ),
    "connect.error.request": "{platform} rejected the request ({status}){detail}.",
    "connect.error.x.sign_in": (
        "X did not accept the sign-in (the code expired, was already used, or the address was not the one X "
        "redirected to). Start the sign-in again."
    ),
    "connect.error.x.credits": (
        "X answered 402 Payment Required: your X API credits are used up. Buy credits in the X Developer Portal "
        "(or wait for your plan's monthly reset), then fetch again."
    ),
    "connect.error.x.not_enrolled": (
        "X refused the request (403 Forbidden): your app is not attached to a Project. In the X Developer "
        "Portal, add the app to a Project and use that app's Bearer Token."
    ),
    "connect.error.x.plan": (
        "X refused the request (403 Forbidden): your X API plan does not include reading posts, timelines or "
        "search (the Free plan does not). Upgrade to Basic or higher, or use pay-per-use credits, in the X "
        "Developer Portal; or import your free X archive instead (Settings > Your account > Download an archive "
        "of your data)."
    ),
    "connect.error.missing_token": "{platform} needs a credential: set {env}.",
    "connect.fix.x.auth": (
        "Copy the Bearer Token again from your app's \"Keys and tokens\" page in the X Developer Portal (or sign "
        "in with X again), then retry."
    ),
    "connect.fix.x.not_found": (
        "It does not exist, is suspended or is protected. Check the username as it appears after x.com/."
    ),
    "connect.fix.x.missing_token": (
        "It is your app's Bearer Token (X Developer Portal > your app > Keys and tokens). Without API access, "
        "import your free X archive instead: python -m lib.cli import archive.zip --workspace NAME."
    ),
    "connect.fix.bluesky.not_found": "Check the handle as it appears after bsky.app/profile/.",
    "connect.fix.mastodon.auth": (
        "Create a new access token under Preferences > Development on your instance, or leave the token empty "
        "to read public posts only."
    ),
    "connect.fix.mastodon.not_found": "Write the account as user@instance, as on its profile page.",
    "connect.fix.youtube.auth": (
        "Check the key under APIs & Services > Credentials in the Google Cloud console, and that the YouTube "
        "Data API v3 is enabled for its project."
    ),
    "connect.fix.youtube.rate_limit": (
        "YouTube gives a project 10,000 quota units a day, renewed at midnight Pacific time."
    ),
    "connect.fix.youtube.not_found": "Copy the channel id (UC...) or the @handle from the channel's address.",
    "connect.fix.youtube.missing_token": "Create an API key in the Google Cloud console (see the Connect accounts page).",
    "connect.fix.facebook.auth": (
        "Get a new Page access token in the Graph API Explorer (or extend it in the Access Token Debugger)."
    ),
    "connect.fix.facebook.permission": (
        "In the Graph API Explorer, add it to the token (Get Page Access Token), approve it for the Page, then "
        "copy the new token."
    ),
    "connect.fix.facebook.not_found": "Check the Page id (About > Page transparency) and that the token is for that Page.",
    "connect.fix.facebook.missing_token": "It is a Page access token from the Graph API Explorer.",
    "connect.fix.instagram.auth": "Get a new token in the Graph API Explorer for the app linked to the account.",
    "connect.fix.instagram.permission": (
        "In the Graph API Explorer, add it to the token, approve it for the Page linked to the account, then copy "
        "the new token."
    ),
    "connect.fix.instagram.not_found": (
        "Use the Instagram user id from me/accounts?fields=instagram_business_account, not the @username."
    ),
    "connect.fix.instagram.missing_token": "It is a Meta access token with instagram_basic and instagram_manage_comments.",
    "connect.fix.threads.auth": "Generate a new token with the User Token Generator of your Threads app.",
    "connect.fix.threads.permission": (
        "Add it under Use cases > Customize in your Threads app, then generate a new token."
    ),
    "connect.fix.threads.not_found": "Use your Threads user id, or me for the token's own account.",
    "connect.fix.threads.missing_token": "Generate it with the User Token Generator of your Threads app.",
    "connect.fix.mastodon.private": "Connect with the account's own access token to read it.",
    **{f"connect.{p}.steps": s for p, s in _STEPS_EN.items()},
}

_IT = {
    "connect.title": "Collega gli account",
    "connect.intro": (
        "Scarica un account direttamente dalla sua piattaforma: i post con le loro metriche, ogni conversazione "
        "nei commenti (risposte alle risposte comprese, le risposte dell'account segnate come del brand) e il "
        "numero di follower di oggi. Il primo download risale a 12 mesi fa (o alla data che scegli); i successivi "
        "portano solo i post più nuovi più quelli degli ultimi giorni, i cui conteggi e commenti cambiano ancora. "
        "Niente viene contato due volte, e ogni download si può annullare nella pagina Carica."
    ),
    "connect.no_workspace": "Scegli o crea prima un workspace (pagina Workspace).",
    "connect.demo_blocked": (
        "Il workspace demo contiene solo dati di esempio, quindi non vi si scarica nulla. Crea il workspace del "
        "cliente, aprilo nella barra laterale e collega lì gli account del cliente."
    ),
    "connect.demo_create": "Crea il workspace del cliente",
    "connect.no_store": (
        "Qui non c'è un archivio dei workspace, quindi un download non potrebbe essere salvato: il download è "
        "disattivato."
    ),
    "connect.workspace": "I dati scaricati vengono salvati nel workspace **{workspace}**.",
    "connect.state.connected": "Collegato",
    "connect.state.public": "Dati pubblici: nessuna credenziale necessaria",
    "connect.state.not_connected": "Non collegato",
    "connect.state.last": (
        "Ultimo download {when}: {account}, {posts} post, {comments} commenti, {followers} follower."
    ),
    "connect.state.never": "Mai scaricato in questo workspace.",
    "connect.credential_from": "Uso la credenziale configurata per questa app ({source}).",
    "connect.credential_session": "Uso la credenziale inserita in questa sessione.",
    "connect.credential_stored": "Uso la credenziale ricordata (salvata cifrata).",
    "connect.credential_help": (
        "Resta solo in questa sessione del browser, a meno che tu non spunti \"Ricorda\": mai registrata nei log, "
        "in cache o mostrata di nuovo."
    ),
    "connect.remember": "Ricordala su questo server (cifrata)",
    "connect.remember_unavailable": (
        "Per ricordare le credenziali serve una chiave di cifratura: chi gestisce Conversa imposta "
        "CONVERSA_SECRET_KEY (una chiave Fernet) nell'ambiente o nei secrets. La credenziale vale solo per questa "
        "sessione."
    ),
    "connect.forget": "Dimentica la credenziale ricordata",
    "connect.how": "Come ottenerla",
    "connect.since": "Primo download dal (predefinito: 12 mesi fa)",
    "connect.refresh_days": "In un aggiornamento, rileggi anche i post degli ultimi (giorni)",
    "connect.refresh_note": (
        "Aggiornamento: vengono scaricati di nuovo i post successivi al {newest} e quelli degli ultimi {days} giorni."
    ),
    "connect.fetch": "Scarica da {platform}",
    "connect.cancel": "Annulla (tieni ciò che è arrivato)",
    "connect.progress": "{stage}: {posts} post, {comments} commenti, {requests} richieste a {platform}",
    "connect.stage.account": "Account",
    "connect.stage.posts": "Post",
    "connect.stage.metrics": "Metriche",
    "connect.stage.replies": "Commenti",
    "connect.stage.mentions": "Menzioni",
    "connect.stage.done": "Fatto",
    "connect.done": (
        "Scaricato {account} da {platform}: {posts} post, {comments} commenti ({brand} dell'account), {followers} "
        "follower oggi. Salvato in {workspace}."
    ),
    "connect.duplicate": "Niente di nuovo dall'ultimo download: gli stessi dati sono già nel workspace.",
    "connect.rate_limited": (
        "Il limite di richieste o la quota di {platform} ha fermato il download; ciò che è arrivato è salvato "
        "({posts} post, {comments} commenti). Scarica di nuovo dopo le {time} per il resto."
    ),
    "connect.rate_limited_unknown": (
        "Il limite di richieste o la quota di {platform} ha fermato il download; ciò che è arrivato è salvato "
        "({posts} post, {comments} commenti). Scarica di nuovo tra un'ora per il resto."
    ),
    "connect.cancelled": "Download annullato. Ciò che è arrivato è salvato: {posts} post, {comments} commenti.",
    "connect.partial_saved": "Ciò che è arrivato prima dell'errore è salvato: {posts} post, {comments} commenti.",
    "connect.need_account": "Inserisci l'account da scaricare.",
    "connect.need_token": "Inserisci {credential} per scaricare.",
    "connect.quota": (
        "Questo download spenderà fino a {units} delle {daily} unità di quota che YouTube concede a un progetto "
        "ogni giorno (1 per chiamata di elenco: il canale, {pages} pagine di video e delle loro statistiche, una "
        "pagina di commenti per video), più 1 per ogni ulteriore pagina di una conversazione lunga."
    ),
    "connect.quota_spent": "Ha speso {units} delle {daily} unità di quota del giorno.",
    "connect.resume": (
        "\"Primo download dal\" ora è il {date}, dove questo download si è fermato: scarica di nuovo a quel punto "
        "e si riprende da lì, senza contare nulla due volte."
    ),
    "connect.history": "Download precedenti in questo workspace",
    "connect.history_when": "Scaricato il",
    "connect.history_platform": "Piattaforma",
    "connect.history_account": "Account",
    "connect.history_posts": "Post",
    "connect.history_comments": "Commenti",
    "connect.x.account": "Nome utente X",
    "connect.x.account_help": "L'handle dell'account, come in x.com/handle.",
    "connect.x.credential": "Bearer Token di X",
    "connect.bluesky.account": "Handle o DID di Bluesky",
    "connect.bluesky.account_help": "nome.bsky.social, il tuo dominio, oppure did:plc:...",
    "connect.mastodon.account": "Account Mastodon (utente@istanza)",
    "connect.mastodon.account_help": "Come in @utente@mastodon.social; l'istanza è dove vive l'account.",
    "connect.mastodon.credential": "Token di accesso Mastodon (facoltativo)",
    "connect.youtube.account": "Id del canale YouTube o @handle",
    "connect.youtube.account_help": "UC... dall'indirizzo del canale, oppure il suo @handle.",
    "connect.youtube.credential": "Chiave API di YouTube Data",
    "connect.facebook.account": "Id della Pagina Facebook",
    "connect.facebook.account_help": "Il numero della Pagina, in Informazioni > Trasparenza della Pagina.",
    "connect.facebook.credential": "Token d'accesso della Pagina",
    "connect.instagram.account": "Id utente Instagram",
    "connect.instagram.account_help": (
        "L'id dell'account professionale da me/accounts?fields=instagram_business_account."
    ),
    "connect.instagram.credential": "Token d'accesso Meta",
    "connect.threads.account": "Id utente Threads",
    "connect.threads.account_help": "Il tuo id utente Threads, oppure me per l'account del token.",
    "connect.threads.credential": "Token d'accesso Threads",
    "connect.x.limits": (
        "Cosa X permette di leggere a un'app: i **3.200 post più recenti** della timeline di un account, le **800 "
        "menzioni più recenti**, e le risposte degli **ultimi 7 giorni** soltanto (ricerca recente). Le risposte a "
        "post più vecchi non vengono scaricate: scarica con regolarità, oppure importa l'archivio di X per lo "
        "storico completo dei tuoi post."
    ),
    "connect.no_token_title": "Nessun accesso all'API di X? L'archivio di X è gratuito",
    "connect.no_token_body": (
        "Leggere i post tramite l'API di X richiede un piano a pagamento. Il piano Free può pubblicare ma non "
        "leggere timeline o ricerche; Basic e Pro includono la lettura (con limiti mensili); gli account a consumo "
        "comprano crediti. Senza un piano, scarica l'archivio di X (x.com > Impostazioni > Il tuo account > "
        "Scarica un archivio dei tuoi dati) e importa lo zip nella pagina Carica: contiene ogni post scritto "
        "dall'account, senza limiti di data (ma non le risposte degli altri)."
    ),
    "connect.upload_link": "Importa l'archivio di X",
    "connect.oauth_title": "Oppure accedi con X (aggiunge i clic sui link degli ultimi 30 giorni)",
    "connect.oauth_start": "Avvia l'accesso",
    "connect.oauth_open": "Apri X per autorizzare la lettura",
    "connect.oauth_paste": "Dopo l'autorizzazione, incolla l'indirizzo a cui X ti ha rimandato",
    "connect.oauth_paste_help": "L'indirizzo inizia con quello dell'app e contiene code= e state=.",
    "connect.oauth_done": "Accesso con X effettuato per questa sessione.",
    "connect.oauth_forget": "Dimentica l'accesso",
    "connect.timeline_limit": (
        "X ha restituito circa 3.200 post, il limite della timeline: i post più vecchi non sono inclusi. Importa "
        "l'archivio di X per averli."
    ),
    "connect.instagram_depth": (
        "Instagram tiene le risposte a un solo livello: la risposta a una risposta è archiviata sotto il primo "
        "commento."
    ),
    "connect.mastodon_context_limit": (
        "Senza un token Mastodon mostra al massimo 60 risposte per post (fino a 20 livelli): le conversazioni più "
        "lunghe sono tagliate. Aggiungi un token di accesso di un qualsiasi account dell'istanza per scaricarle "
        "intere."
    ),
    "connect.error.auth": (
        "{platform} non ha accettato la credenziale ({detail}): è sbagliata, scaduta o revocata."
    ),
    "connect.error.permission": (
        "{platform} ha rifiutato la richiesta perché al token manca l'autorizzazione {permission} ({detail})."
    ),
    "connect.error.not_found": "{platform} non ha un account pubblico {account} ({detail}).",
    "connect.error.private": (
        "L'account {platform} {account} non è pubblico ({detail}): solo un token del proprietario dell'account può "
        "leggerlo."
    ),
    "connect.error.rate_limit": (
        "Il limite di richieste o la quota di {platform} è esaurito ({detail}). Scarica di nuovo dopo le {time}. "
        "Questa volta non è arrivato nulla."
    ),
    "connect.error.unavailable": (
        "{platform} non risponde correttamente in questo momento (errore del server {status}). Riprova tra "
        "qualche minuto."
    ),
    "connect.error.network": (
        "Impossibile raggiungere {platform} ({host}): controlla la connessione a internet o il proxy, poi riprova."
    ),
    "connect.error.request": "{platform} ha rifiutato la richiesta ({status}){detail}.",
    "connect.error.x.sign_in": (
        "X non ha accettato l'accesso (il codice è scaduto, è già stato usato, o l'indirizzo non è quello a cui X "
        "ti ha rimandato). Avvia di nuovo l'accesso."
    ),
    "connect.error.x.credits": (
        "X ha risposto 402 Payment Required: i crediti dell'API di X sono esauriti. Acquista crediti nell'X "
        "Developer Portal (o attendi il rinnovo mensile del piano), poi scarica di nuovo."
    ),
    "connect.error.x.not_enrolled": (
        "X ha rifiutato la richiesta (403 Forbidden): la tua app non è collegata a un Project. Nell'X Developer "
        "Portal, aggiungi l'app a un Project e usa il Bearer Token di quell'app."
    ),
    "connect.error.x.plan": (
        "X ha rifiutato la richiesta (403 Forbidden): il tuo piano dell'API di X non include la lettura di post, "
        "timeline o ricerche (il piano Free non la include). Passa a Basic o superiore, o usa i crediti a consumo, "
        "nell'X Developer Portal; oppure importa gratuitamente l'archivio di X (Impostazioni > Il tuo account > "
        "Scarica un archivio dei tuoi dati)."
    ),
    "connect.error.missing_token": "{platform} richiede una credenziale: imposta {env}.",
    "connect.fix.x.auth": (
        "Copia di nuovo il Bearer Token dalla pagina \"Keys and tokens\" della tua app nell'X Developer Portal (o "
        "accedi di nuovo con X), poi riprova."
    ),
    "connect.fix.x.not_found": (
        "Non esiste, è sospeso o è protetto. Controlla il nome utente come appare dopo x.com/."
    ),
    "connect.fix.x.missing_token": (
        "È il Bearer Token della tua app (X Developer Portal > la tua app > Keys and tokens). Senza accesso "
        "all'API, importa invece l'archivio gratuito di X: python -m lib.cli import archive.zip --workspace NOME."
    ),
    "connect.fix.bluesky.not_found": "Controlla l'handle come appare dopo bsky.app/profile/.",
    "connect.fix.mastodon.auth": (
        "Crea un nuovo token di accesso in Preferenze > Sviluppo sulla tua istanza, oppure lascia vuoto il token "
        "per leggere solo i post pubblici."
    ),
    "connect.fix.mastodon.not_found": "Scrivi l'account come utente@istanza, come nella sua pagina del profilo.",
    "connect.fix.youtube.auth": (
        "Controlla la chiave in API e servizi > Credenziali nella console Google Cloud, e che la YouTube Data API "
        "v3 sia abilitata per il suo progetto."
    ),
    "connect.fix.youtube.rate_limit": (
        "YouTube concede a un progetto 10.000 unità di quota al giorno, rinnovate a mezzanotte ora del Pacifico."
    ),
    "connect.fix.youtube.not_found": "Copia l'id del canale (UC...) o l'@handle dall'indirizzo del canale.",
    "connect.fix.youtube.missing_token": (
        "Crea una chiave API nella console Google Cloud (vedi la pagina Collega gli account)."
    ),
    "connect.fix.facebook.auth": (
        "Ottieni un nuovo token d'accesso della Pagina nel Tool di esplorazione per la API Graph (o estendilo nel "
        "Debugger del token d'accesso)."
    ),
    "connect.fix.facebook.permission": (
        "Nel Tool di esplorazione per la API Graph aggiungila al token (Ottieni token d'accesso della Pagina), "
        "approvala per la Pagina, poi copia il nuovo token."
    ),
    "connect.fix.facebook.not_found": (
        "Controlla l'id della Pagina (Informazioni > Trasparenza della Pagina) e che il token sia di quella Pagina."
    ),
    "connect.fix.facebook.missing_token": "È un token d'accesso della Pagina dal Tool di esplorazione per la API Graph.",
    "connect.fix.instagram.auth": (
        "Ottieni un nuovo token nel Tool di esplorazione per la API Graph per l'app collegata all'account."
    ),
    "connect.fix.instagram.permission": (
        "Nel Tool di esplorazione per la API Graph aggiungila al token, approvala per la Pagina collegata "
        "all'account, poi copia il nuovo token."
    ),
    "connect.fix.instagram.not_found": (
        "Usa l'id utente Instagram da me/accounts?fields=instagram_business_account, non l'@nomeutente."
    ),
    "connect.fix.instagram.missing_token": (
        "È un token d'accesso Meta con instagram_basic e instagram_manage_comments."
    ),
    "connect.fix.threads.auth": "Genera un nuovo token con il Generatore di token utente della tua app Threads.",
    "connect.fix.threads.permission": (
        "Aggiungila in Casi d'uso > Personalizza nella tua app Threads, poi genera un nuovo token."
    ),
    "connect.fix.threads.not_found": "Usa il tuo id utente Threads, oppure me per l'account del token.",
    "connect.fix.threads.missing_token": "Generalo con il Generatore di token utente della tua app Threads.",
    "connect.fix.mastodon.private": "Collegati con il token di accesso dell'account stesso per leggerlo.",
    **{f"connect.{p}.steps": s for p, s in _STEPS_IT.items()},
}

STRINGS = {"en": _EN, "it": _IT}
