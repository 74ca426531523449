"""Strings the pages' partial-data and onboarding paths add (see catalog_ui for the rest)."""

STRINGS = {
    "en": {
        "chart.no_data": "No data to draw for this period.",
        "common.no_earlier": "no earlier data: the previous period holds none of this",
        "ws.demo_badge": "demo",
        "upload.new_workspace": "Name of the workspace for these files",
        "upload.new_workspace_help": "Your files go into a workspace of their own, never into the demo.",
        "upload.new_workspace_needed": "Give the new workspace a name first.",
    },
    "it": {
        "chart.no_data": "Nessun dato da rappresentare per questo periodo.",
        "common.no_earlier": "nessun dato precedente: il periodo precedente non ne contiene",
        "ws.demo_badge": "demo",
        "upload.new_workspace": "Nome dello spazio di lavoro per questi file",
        "upload.new_workspace_help": "I tuoi file vanno in uno spazio di lavoro tutto loro, mai nella demo.",
        "upload.new_workspace_needed": "Prima dai un nome al nuovo spazio di lavoro.",
    },
}
