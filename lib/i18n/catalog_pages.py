"""Strings the pages' partial-data and onboarding paths add (see catalog_ui for the rest)."""

STRINGS = {
    "en": {
        "chart.no_data": "No data to draw for this period.",
        "ws.format_demo": "Sample data (Conversa's tables)",
        "col.signal": "Indicator",
        "uploader.button": "Choose files",
        "uploader.limit": "Up to {mb} MB per file",
        "audience.interactions_over_time": "Interactions over time (no followers series)",
        "common.no_earlier": "no earlier data: the previous period holds none of this",
        "ws.demo_badge": "Demo workspace: sample data",
        "upload.new_workspace": "Name of the workspace for these files",
        "upload.new_workspace_help": "Your files go into a workspace of their own, never into the demo.",
        "upload.new_workspace_needed": "Give the new workspace a name first.",
        "upload.demo_intro": "You are looking at the **demo**. Drop your client's export files (or a zip of them): "
                             "nothing is saved until you press save, and they go into a new workspace named after "
                             "the client, never into the demo.",
        "sidebar.demo_note": "Sample data of an invented bakery, to try Conversa. Upload exports to start a client's "
                             "own workspace.",
    },
    "it": {
        "chart.no_data": "Nessun dato da rappresentare per questo periodo.",
        "ws.format_demo": "Dati di esempio (tabelle di Conversa)",
        "col.signal": "Indicatore",
        "uploader.button": "Scegli i file",
        "uploader.limit": "Fino a {mb} MB per file",
        "audience.interactions_over_time": "Interazioni nel tempo (senza serie di follower)",
        "common.no_earlier": "nessun dato precedente: il periodo precedente non ne contiene",
        "ws.demo_badge": "Spazio di lavoro demo: dati di esempio",
        "upload.new_workspace": "Nome dello spazio di lavoro per questi file",
        "upload.new_workspace_help": "I tuoi file vanno in uno spazio di lavoro tutto loro, mai nella demo.",
        "upload.new_workspace_needed": "Prima dai un nome al nuovo spazio di lavoro.",
        "upload.demo_intro": "Stai guardando la **demo**. Trascina qui i file di export del tuo cliente (o uno zip "
                             "che li contiene): nulla viene salvato finché non premi salva, e i dati vanno in un nuovo "
                             "spazio di lavoro con il nome del cliente, mai nella demo.",
        "sidebar.demo_note": "Dati di esempio di un panificio inventato, per provare Conversa. Carica degli export "
                             "per aprire lo spazio di lavoro di un cliente.",
    },
}
