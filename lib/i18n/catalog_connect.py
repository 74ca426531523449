"""Strings of the Connect X page (fetching an X account through the X API)."""

STRINGS = {
    "en": {
        "connect.title": "Connect X",
        "connect.intro": (
            "Fetch an X account directly: its posts with their metrics, the replies in each post's conversation (the "
            "account's own replies marked as the brand's), its recent mentions, and today's follower count. Fetch "
            "again on other days to build a follower history and keep metrics current; nothing is counted twice."
        ),
        "connect.limits": (
            "What X lets an app read: the **3,200 most recent posts** of an account's timeline, the **800 most recent"
            " mentions**, and replies from the **last 7 days** only (recent search). Replies to older posts are not "
            "fetched, so fetch regularly, or import the X archive for the full history of your posts."
        ),
        "connect.no_workspace": "Choose or create a workspace first (Workspaces page).",
        "connect.no_store": "There is no workspace store here, so a fetch could not be saved: fetching is disabled.",
        "connect.workspace": "Fetched data is saved into the workspace **{workspace}**.",
        "connect.token_configured": "Using the X token configured for this app ({source}).",
        "connect.token_label": "X Bearer Token",
        "connect.token_help": (
            "X Developer Portal > your app > Keys and tokens > Bearer Token. It is kept only in this browser session:"
            " never saved, logged or shown again."
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
        "connect.username": "X username",
        "connect.username_help": "The account's handle, as in x.com/handle.",
        "connect.since": "Only posts since (optional)",
        "connect.fetch": "Fetch from X",
        "connect.cancel": "Cancel (keep what arrived)",
        "connect.progress": "{stage}: {posts} posts, {comments} replies, {requests} requests to X",
        "connect.stage.account": "Account",
        "connect.stage.posts": "Posts",
        "connect.stage.metrics": "Private metrics",
        "connect.stage.replies": "Replies",
        "connect.stage.mentions": "Mentions",
        "connect.stage.done": "Done",
        "connect.done": (
            "Fetched @{account}: {posts} posts, {comments} replies ({brand} by the account), {followers} followers "
            "today. Saved into {workspace}."
        ),
        "connect.duplicate": "Nothing new since the last fetch: the same data is already in the workspace.",
        "connect.rate_limited": (
            "X's rate limit stopped the fetch; what arrived is saved ({posts} posts, {comments} replies). The limit "
            "resets at {time} UTC: fetch again then for the rest."
        ),
        "connect.rate_limited_unknown": (
            "X's rate limit stopped the fetch; what arrived is saved ({posts} posts, {comments} replies). Fetch again"
            " in 15 minutes for the rest."
        ),
        "connect.cancelled": "Fetch cancelled. What arrived is saved: {posts} posts, {comments} replies.",
        "connect.partial_saved": "What arrived before the error is saved: {posts} posts, {comments} replies.",
        "connect.need_username": "Enter the X username to fetch.",
        "connect.need_token": "Enter a Bearer Token or sign in with X to fetch.",
        "connect.timeline_limit": (
            "X returned about 3,200 posts, its timeline limit: older posts are not included. Import the X archive for"
            " them."
        ),
        "connect.error.auth": (
            "X did not accept the token (401 Unauthorized): it is wrong, expired or was revoked. Copy the Bearer "
            "Token again from your app's \"Keys and tokens\" page in the X Developer Portal (or sign in with X "
            "again), then retry."
        ),
        "connect.error.sign_in": (
            "X did not accept the sign-in (the code expired, was already used, or the address was not the one X "
            "redirected to). Start the sign-in again."
        ),
        "connect.error.credits": (
            "X answered 402 Payment Required: your X API credits are used up. Buy credits in the X Developer Portal "
            "(or wait for your plan's monthly reset), then fetch again."
        ),
        "connect.error.not_enrolled": (
            "X refused the request (403 Forbidden): your app is not attached to a Project. In the X Developer "
            "Portal, add the app to a Project and use that app's Bearer Token."
        ),
        "connect.error.plan": (
            "X refused the request (403 Forbidden): your X API plan does not include reading posts, timelines or "
            "search (the Free plan does not). Upgrade to Basic or higher, or use pay-per-use credits, in the X "
            "Developer Portal; or import your free X archive instead (Settings > Your account > Download an archive "
            "of your data)."
        ),
        "connect.error.rate_limit": (
            "X's rate limit for this endpoint is used up (429 Too Many Requests). It resets at {time} UTC; fetch "
            "again after that. Nothing was fetched this time."
        ),
        "connect.error.unavailable": (
            "X is not answering properly right now ({status} server error). Try again in a few minutes."
        ),
        "connect.error.network": (
            "Could not reach X (api.twitter.com): check the internet connection or proxy, then try again."
        ),
        "connect.error.not_found": (
            "X has no public account @{username} (it does not exist, is suspended or is protected). Check the "
            "username as it appears after x.com/."
        ),
        "connect.error.request": "X rejected the request ({status}){detail}.",
        "connect.history": "Earlier fetches into this workspace",
        "connect.history_when": "Fetched on",
        "connect.history_account": "Account",
        "connect.history_posts": "Posts",
        "connect.history_comments": "Replies",
    },
    "it": {
        "connect.title": "Collega X",
        "connect.intro": (
            "Scarica un account X direttamente: i post con le loro metriche, le risposte nella conversazione di ogni "
            "post (le risposte dell'account stesso segnate come del brand), le menzioni recenti e il numero di "
            "follower di oggi. Scarica di nuovo in altri giorni per costruire lo storico dei follower e aggiornare le"
            " metriche; niente viene contato due volte."
        ),
        "connect.limits": (
            "Cosa X permette di leggere a un'app: i **3.200 post più recenti** della timeline di un account, le **800"
            " menzioni più recenti**, e le risposte degli **ultimi 7 giorni** soltanto (ricerca recente). Le risposte"
            " a post più vecchi non vengono scaricate: scarica con regolarità, oppure importa l'archivio di X per lo "
            "storico completo dei tuoi post."
        ),
        "connect.no_workspace": "Scegli o crea prima un workspace (pagina Workspace).",
        "connect.no_store": (
            "Qui non c'è un archivio dei workspace, quindi il download non si potrebbe salvare: è disattivato."
        ),
        "connect.workspace": "I dati scaricati vengono salvati nel workspace **{workspace}**.",
        "connect.token_configured": "Uso il token X configurato per questa app ({source}).",
        "connect.token_label": "Bearer Token di X",
        "connect.token_help": (
            "X Developer Portal > la tua app > Keys and tokens > Bearer Token. Resta solo in questa sessione del "
            "browser: non viene mai salvato, registrato nei log o mostrato di nuovo."
        ),
        "connect.no_token_title": "Nessun accesso all'API di X? L'archivio di X è gratuito",
        "connect.no_token_body": (
            "Leggere i post tramite l'API di X richiede un piano a pagamento. Il piano Free può pubblicare ma non "
            "leggere timeline o ricerche; Basic e Pro includono la lettura (con limiti mensili); gli account a "
            "consumo comprano crediti. Senza un piano, scarica l'archivio di X (x.com > Impostazioni > Il tuo account"
            " > Scarica un archivio dei tuoi dati) e importa lo zip nella pagina Carica: contiene ogni post scritto "
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
        "connect.username": "Nome utente X",
        "connect.username_help": "L'handle dell'account, come in x.com/handle.",
        "connect.since": "Solo post dal (facoltativo)",
        "connect.fetch": "Scarica da X",
        "connect.cancel": "Annulla (tieni ciò che è arrivato)",
        "connect.progress": "{stage}: {posts} post, {comments} risposte, {requests} richieste a X",
        "connect.stage.account": "Account",
        "connect.stage.posts": "Post",
        "connect.stage.metrics": "Metriche private",
        "connect.stage.replies": "Risposte",
        "connect.stage.mentions": "Menzioni",
        "connect.stage.done": "Fatto",
        "connect.done": (
            "Scaricato @{account}: {posts} post, {comments} risposte ({brand} dell'account), {followers} follower "
            "oggi. Salvato in {workspace}."
        ),
        "connect.duplicate": "Niente di nuovo dall'ultimo download: gli stessi dati sono già nel workspace.",
        "connect.rate_limited": (
            "Il limite di richieste di X ha fermato il download; ciò che è arrivato è salvato ({posts} post, "
            "{comments} risposte). Il limite si azzera alle {time} UTC: scarica di nuovo allora per il resto."
        ),
        "connect.rate_limited_unknown": (
            "Il limite di richieste di X ha fermato il download; ciò che è arrivato è salvato ({posts} post, "
            "{comments} risposte). Scarica di nuovo tra 15 minuti per il resto."
        ),
        "connect.cancelled": "Download annullato. Ciò che è arrivato è salvato: {posts} post, {comments} risposte.",
        "connect.partial_saved": "Ciò che è arrivato prima dell'errore è salvato: {posts} post, {comments} risposte.",
        "connect.need_username": "Inserisci il nome utente X da scaricare.",
        "connect.need_token": "Inserisci un Bearer Token o accedi con X per scaricare.",
        "connect.timeline_limit": (
            "X ha restituito circa 3.200 post, il limite della timeline: i post più vecchi non sono inclusi. Importa "
            "l'archivio di X per averli."
        ),
        "connect.error.auth": (
            "X non ha accettato il token (401 Unauthorized): è sbagliato, scaduto o revocato. Copia di nuovo il "
            "Bearer Token dalla pagina \"Keys and tokens\" della tua app nell'X Developer Portal (o accedi di "
            "nuovo con X), poi riprova."
        ),
        "connect.error.sign_in": (
            "X non ha accettato l'accesso (il codice è scaduto, è già stato usato, o l'indirizzo non è quello a cui "
            "X ti ha rimandato). Avvia di nuovo l'accesso."
        ),
        "connect.error.credits": (
            "X ha risposto 402 Payment Required: i crediti dell'API di X sono esauriti. Acquista crediti nell'X "
            "Developer Portal (o attendi il rinnovo mensile del piano), poi scarica di nuovo."
        ),
        "connect.error.not_enrolled": (
            "X ha rifiutato la richiesta (403 Forbidden): la tua app non è collegata a un Project. Nell'X Developer "
            "Portal, aggiungi l'app a un Project e usa il Bearer Token di quell'app."
        ),
        "connect.error.plan": (
            "X ha rifiutato la richiesta (403 Forbidden): il tuo piano dell'API di X non include la lettura di "
            "post, timeline o ricerche (il piano Free non la include). Passa a Basic o superiore, o usa i crediti a "
            "consumo, nell'X Developer Portal; oppure importa gratuitamente l'archivio di X (Impostazioni > Il tuo "
            "account > Scarica un archivio dei tuoi dati)."
        ),
        "connect.error.rate_limit": (
            "Il limite di richieste di X per questo endpoint è esaurito (429 Too Many Requests). Si azzera alle "
            "{time} UTC; scarica di nuovo dopo. Questa volta non è arrivato nulla."
        ),
        "connect.error.unavailable": (
            "X non risponde correttamente in questo momento (errore del server {status}). Riprova tra qualche "
            "minuto."
        ),
        "connect.error.network": (
            "Impossibile raggiungere X (api.twitter.com): controlla la connessione a internet o il proxy, poi "
            "riprova."
        ),
        "connect.error.not_found": (
            "X non ha un account pubblico @{username} (non esiste, è sospeso o è protetto). Controlla il nome "
            "utente come appare dopo x.com/."
        ),
        "connect.error.request": "X ha rifiutato la richiesta ({status}){detail}.",
        "connect.history": "Download precedenti in questo workspace",
        "connect.history_when": "Scaricato il",
        "connect.history_account": "Account",
        "connect.history_posts": "Post",
        "connect.history_comments": "Risposte",
    },
}
