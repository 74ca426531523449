"""Meta Business Suite posts exports: Facebook/Instagram posts CSV in any locale (daily series: ``meta_daily``).

Times: "Publish time" carries no zone. Meta writes it in the page's or Pacific time; this importer assumes
``ASSUMED_TZ`` (America/Los_Angeles) unless the workspace's zone is passed as ``tz``.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal
from lib.schema import Posts, duplicated

ASSUMED_TZ = "America/Los_Angeles"

# canonical field -> header names in English, Italian, Spanish, French, German, Portuguese, Polish, Swedish.
# Twins (a localized name and its English twin in one file) are coalesced in this order.
HEADERS: dict[str, tuple[str, ...]] = {
    "post_id": ("Post ID", "Publicerings-id", "ID post", "ID del post", "Identificador de la publicación",
                "ID de la publicación", "ID de la publication", "Beitrags-ID", "ID da publicação",
                "Identificação da publicação", "Identyfikator posta", "Identyfikator publikacji"),
    "page_id": ("Page ID", "Sid-id", "ID Pagina", "ID della Pagina", "Identificador de la página",
                "ID de la página", "ID de la Page", "Seiten-ID", "ID da Página", "Identyfikator strony"),
    "account_id": ("Account ID", "Konto-id", "ID account", "ID dell'account", "Identificador de la cuenta",
                   "ID de la cuenta", "ID du compte", "Konto-ID", "ID da conta", "Identyfikator konta"),
    "username": ("Account username", "Kontots användarnamn", "Nome utente dell'account",
                 "Nombre de usuario de la cuenta", "Nom d'utilisateur du compte", "Nom d’utilisateur du compte",
                 "Konto-Benutzername", "Benutzername des Kontos", "Nome de usuário da conta",
                 "Nazwa użytkownika konta"),
    "account_name": ("Page name", "Account name", "Sidnamn", "Kontonamn", "Nome della Pagina", "Nome account",
                     "Nome dell'account", "Nombre de la página", "Nombre de la cuenta", "Nom de la Page",
                     "Nom du compte", "Seitenname", "Kontoname", "Name des Kontos", "Nome da Página",
                     "Nome da conta", "Nazwa strony", "Nazwa konta"),
    "published_at": ("Publish time", "Publiceringstid", "Orario di pubblicazione", "Ora di pubblicazione",
                     "Hora de publicación", "Heure de publication", "Date de publication",
                     "Veröffentlichungszeitpunkt", "Veröffentlichungszeit", "Horário de publicação",
                     "Hora de publicação", "Godzina publikacji", "Czas publikacji"),
    "description": ("Description", "Beskrivning", "Descrizione", "Descripción", "Beschreibung", "Descrição",
                    "Opis"),
    "title": ("Title", "Titel", "Titolo", "Título", "Titre", "Tytuł"),
    "permalink": ("Permalink", "Permalänk", "Enlace permanente", "Lien permanent", "Link permanente",
                  "Link bezpośredni", "Łącze bezpośrednie"),
    "post_type": ("Post type", "Inläggstyp", "Tipo di post", "Tipo de publicación", "Type de publication",
                  "Beitragstyp", "Tipo de publicação", "Typ posta", "Typ publikacji"),
    "date": ("Date", "Datum", "Data", "Fecha", "Date "),
    "impressions": ("Views", "Visningar", "Visualizzazioni", "Visualizaciones", "Vues", "Aufrufe",
                    "Visualizações", "Wyświetlenia", "Impressions", "Impressioni", "Impresiones"),
    "reach": ("Reach", "Räckvidd", "Copertura", "Alcance", "Couverture", "Reichweite", "Zasięg"),
    "reactions": ("Reactions", "Reaktioner", "Reazioni", "Reacciones", "Réactions", "Reaktionen", "Reações",
                  "Reakcje"),
    "likes": ("Likes", "Gilla-markeringar", "Mi piace", "Me gusta", "J'aime", "J’aime",
              "„Gefällt mir“-Angaben", "Gefällt mir", "Curtidas", "Polubienia"),
    "comments": ("Comments", "Kommentarer", "Commenti", "Comentarios", "Commentaires", "Kommentare",
                 "Comentários", "Komentarze"),
    "shares": ("Shares", "Delningar", "Condivisioni", "Veces que se ha compartido", "Compartidos", "Partages",
               "Geteilte Inhalte", "Mal geteilt", "Compartilhamentos", "Udostępnienia"),
    "saves": ("Saves", "Sparade objekt", "Salvataggi", "Elementos guardados", "Veces guardado",
              "Enregistrements", "Gespeichert", "Speicherungen", "Salvamentos", "Zapisania"),
    "clicks": ("Total clicks", "Totalt antal klick", "Clic totali", "Clics totales", "Total des clics",
               "Klicks insgesamt", "Total de cliques", "Łączna liczba kliknięć"),
    "video_views": ("3-second video views", "3-sekunders videovisningar", "Visualizzazioni del video di 3 secondi",
                    "Reproducciones de video de 3 segundos", "Vues de vidéo de 3 secondes",
                    "3-Sekunden-Videoaufrufe", "Visualizações de vídeo de 3 segundos",
                    "3-sekundowe wyświetlenia filmu"),
    "interactions": ("Reactions, comments and shares", "Reaktioner, kommentarer och delningar",
                     "Reazioni, commenti e condivisioni", "Reacciones, comentarios y veces que se ha compartido",
                     "Réactions, commentaires et partages", "Reaktionen, Kommentare und geteilte Inhalte",
                     "Reações, comentários e compartilhamentos", "Reakcje, komentarze i udostępnienia"),
}
LIFETIME = {"lifetime", "livstid", "sempre", "totale", "lebensdauer", "gesamt", "durée de vie", "toda la vida",
            "vida útil", "okres istnienia", "cały okres"}
_IG_HINTS = {tab.norm(h) for h in HEADERS["username"] + HEADERS["account_id"]}
_POST_TYPES = {
    "photos": "photo", "photo": "photo", "foton": "photo", "foto": "photo", "fotos": "photo", "zdjęcia": "photo",
    "ig image": "photo", "ig-bild": "photo", "ig immagine": "photo", "ig imagen": "photo", "ig-bild ": "photo",
    "reels": "reel", "reel": "reel", "ig reel": "reel", "ig-reel": "reel",
    "videos": "video", "video": "video", "videor": "video", "vídeos": "video", "vidéos": "video", "filmy": "video",
    "links": "link", "link": "link", "länkar": "link", "enlaces": "link", "liens": "link", "linki": "link",
    "text": "text", "status": "text", "testo": "text", "texto": "text", "texte": "text", "tekst": "text",
    "live": "live", "ig carousel": "carousel", "ig-carousel": "carousel", "ig carosello": "carousel",
    "ig-karussell": "carousel", "ig carrusel": "carousel", "ig carrossel": "carousel", "ig karuzela": "carousel",
    "ig story": "story", "ig-berättelse": "story",
}


_COUNTS = [Posts.impressions, Posts.reach, Posts.reactions, Posts.comments, Posts.shares, Posts.saves,
           Posts.clicks, Posts.video_views]


_KNOWN = {tab.norm(n) for names in HEADERS.values() for n in names}
_COUNT_NAMES = {tab.norm(n) for k in ("impressions", "reach", "reactions", "likes", "comments", "shares", "saves",
                                      "clicks", "video_views") for n in HEADERS[k]}


def _all(field: str) -> str:
    return "|".join(HEADERS[field])


class MetaPostsImporter:
    """Meta Business Suite "Posts" / "Content" CSV for Facebook Pages and Instagram accounts, any locale.

    Multi-page exports (one file, many pages, ragged rows against the union header) keep each row's own
    page as ``account``. "Daily breakdown" exports (one row per post per day) are refused with a message,
    because summing them as posts would multiply every count.
    """

    key = "meta_posts"
    label = "Meta Business Suite posts export (Facebook, Instagram)"
    how_to_get = ("Meta Business Suite > Insights > Content > choose the period > Export data > "
                  "'Lifetime' values, CSV (one file per Facebook Page or Instagram account, or all at once).")
    required_columns = ["post id", "publish time"]
    optional_columns = ["permalink", "reach", "reactions", "comments", "shares", "post type", "views", "page name"]

    def detect(self, f: SourceFile) -> float:
        rows = tab.head_rows(f, 12)
        if not rows:
            return 0.0
        optional = [_all(k) for k in ("permalink", "impressions", "reach", "comments", "shares", "post_type",
                                      "description", "reactions")] + [_all("likes")]
        score = tab.header_score(rows[0], [_all("post_id"), _all("published_at")], optional)
        width = len(rows[0])
        sample = pd.DataFrame([r[:width] + [None] * (width - len(r)) for r in rows[1:]], dtype="str")
        if score == 0 and len(sample) and _layout(sample) is not None:
            return 0.6  # headers in a wording not listed above, but a Meta posts export by its content
        return min(score, 0.97)

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        header = (tab.head_rows(f, 1) or [[]])[0]
        counts = {name: "count" for name in header if tab.norm(name) in _COUNT_NAMES}
        known = tab.header_score(header, [_all("post_id"), _all("published_at")]) > 0
        # only the mapped columns (wide exports have 177), counts typed by the reader where every value fits;
        # every column when the headers are in a wording not listed (found by content and word stems below)
        frame = tab.read_csv(f, usecols=(lambda name: tab.norm(name) in _KNOWN) if known else None, types=counts)
        cols = {tab.norm(c) for c in frame.columns}
        warnings: list[str] = []
        by_content = {} if known else (_layout(frame) or {})
        if by_content:
            warnings.append(Note("meta_by_content"))
        instagram = bool(cols & _IG_HINTS) or by_content.get("instagram", False)

        def get(field: str) -> pd.Series:
            names = list(HEADERS[field])
            # duplicate columns ("Views", "Views.1") are twins too
            names += [f"{n}.{i}" for n in HEADERS[field] for i in (1, 2)]
            found = tab.coalesce(frame, *names)
            if found.isna().all() and field in by_content:
                return frame[by_content[field]]
            if found.isna().all() and by_content and field in STEMS:
                col = _stem_column(frame.columns, field)
                return frame[col] if col else found
            return found

        day = get("date")
        if day.notna().any():
            lifetime = day.str.strip().str.lower().isin(LIFETIME)
            pid = get("post_id")
            if (~lifetime & day.notna()).mean() > 0.5 and pid.duplicated().any():
                raise refusal("meta_daily_breakdown", file=f.name)
        username = get("username")
        account = username.fillna(get("account_name")) if instagram else get("account_name")
        account = account.fillna(get("account_id") if instagram else get("page_id"))
        text = get("description").fillna(get("title"))
        raw_type = get("post_type")
        post_type = tab.translate(raw_type.str.strip().str.lower(), _POST_TYPES)
        reactions = get("reactions")
        if reactions.isna().all():
            reactions = get("likes")
        posts = pd.DataFrame({
            Posts.platform: "instagram" if instagram else "facebook",
            Posts.account: account,
            Posts.post_id: get("post_id"),
            Posts.published_at: tab.to_utc(get("published_at"), tz=tz or ASSUMED_TZ),
            Posts.post_type: post_type,
            Posts.text: text,
            Posts.permalink: get("permalink"),
            Posts.impressions: tab.to_count(get("impressions")),
            Posts.reach: tab.to_count(get("reach")),
            Posts.reactions: tab.to_count(reactions),
            Posts.comments: tab.to_count(get("comments")),
            Posts.shares: tab.to_count(get("shares")),
            Posts.saves: tab.to_count(get("saves")),
            Posts.clicks: tab.to_count(get("clicks")),
            Posts.video_views: tab.to_count(get("video_views")),
        })
        posts = tab.drop_missing(posts, Posts.post_id, "a post id", warnings)
        posts = tab.drop_missing(posts, Posts.published_at, "a readable publish time", warnings)
        dup = int(duplicated(posts, [Posts.post_id], keep="first").sum())  # numeric ids compared as integers
        if dup:
            # keep the most complete copy of a repeated post (multi-page exports repeat some with empty counts)
            filled = posts[_COUNTS].notna().sum(axis=1)
            order = filled.sort_values(kind="stable").index
            posts = posts.loc[order].drop_duplicates([Posts.post_id], keep="last").sort_index()
            warnings.append(Note.counted("meta_repeated", dup))
        accounts = posts[Posts.account].dropna().unique()
        if len(accounts) > 1:
            warnings.append(Note("meta_accounts", n=len(accounts)))
        return tab.result(f, self.key, "instagram" if instagram else "facebook",
                          account=str(accounts[0]) if len(accounts) == 1 else None, warnings=warnings, posts=posts)


# word stems of count columns, for headers in a wording HEADERS does not list (only totals: no breakdowns)
STEMS: dict[str, tuple[str, ...]] = {
    "comments": ("comment", "koment", "coment", "kommentar"),
    "shares": ("share", "condivis", "compart", "partag", "geteilt", "udostęp", "delning"),
    "reactions": ("reaction", "reazion", "reaccion", "réaction", "reaktion", "reaç", "reakcj"),
    "reach": ("reach", "copertura", "alcance", "couverture", "reichweite", "zasięg", "räckvidd"),
    "impressions": ("views", "visualizz", "visualiza", "vues", "aufrufe", "wyświetl", "visning"),
    "saves": ("save", "salvat", "guardad", "enregistr", "gespeichert", "salvament", "zapis", "sparade"),
}
_NOT_A_TOTAL = re.compile(r"[,:(]|\d|video|vídeo|organi|orgáni|boost|paid|pagad|payant|bezahlt|płatn|unique|"
                          r"negative|viewer")
_US_TIME = r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}"
_META_LINK = r"https://(?:www\.|m\.)?(?:facebook|instagram)\.com/"


def _stem_column(columns, field: str) -> str | None:
    """The shortest column name holding one of ``field``'s stems (the plain total, not a breakdown)."""
    found = [c for c in columns if any(stem in tab.norm(c) for stem in STEMS[field])
             and not _NOT_A_TOTAL.search(tab.norm(c))]
    return min(found, key=len) if found else None


def _layout(frame: pd.DataFrame) -> dict | None:
    """Key columns of a Meta posts export found by content: post id (first column, digits), publish time
    (US ``MM/DD/YYYY HH:MM``), permalink (facebook.com / instagram.com), account (third column)."""
    if frame.shape[1] < 4 or not len(frame):
        return None
    ids = frame.iloc[:, 0].dropna()
    if not len(ids) or not ids.str.fullmatch(r"\d{8,20}(?:_\d+)?").all():
        return None
    found: dict = {"post_id": frame.columns[0]}
    for col in frame.columns[1:]:
        values = frame[col].dropna()
        if not len(values):
            continue
        if "published_at" not in found and values.str.fullmatch(_US_TIME).mean() > 0.9:
            found["published_at"] = col
        elif "permalink" not in found and values.str.match(_META_LINK).mean() > 0.9:
            found["permalink"] = col
            found["instagram"] = bool(values.str.contains("instagram.com", regex=False).mean() > 0.5)
    if "published_at" not in found or "permalink" not in found:
        return None
    third = frame.iloc[:, 2].dropna()
    if len(third) and not third.str.fullmatch(r"\d+").all():
        found["account_name"] = found["username"] = frame.columns[2]
    return found


IMPORTERS = [MetaPostsImporter()]
