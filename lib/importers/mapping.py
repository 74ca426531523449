"""Column mapping for "anything else tabular": suggest canonical columns by name, apply a mapping, reuse it.

A mapping is a plain dict, JSON-ready so a workspace can store it under its ``header_signature``::

    {"table": "comments", "columns": {"comment_id": "ID", "created_at": "Date", "text": "Message"}}
"""

from __future__ import annotations

import hashlib

import pandas as pd

from lib import schema
from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import refusal
from lib.importers.personal import is_message_table, private_messages

# canonical column -> names it often has (en, it, es, fr, de, pt, pl, sv), compared with ``_tabular.norm``
SYNONYMS: dict[str, tuple[str, ...]] = {
    "platform": ("platform", "network", "channel", "social network", "piattaforma", "canale", "plataforma",
                 "red social", "plateforme", "réseau", "plattform", "kanal", "platforma", "sieć"),
    "account": ("account", "page", "page name", "profile", "handle", "username", "pagina", "profilo", "cuenta",
                "página", "compte", "konto", "sida", "konto name", "strona", "profil"),
    "post_id": ("post id", "post_id", "id post", "id", "post", "tweet id", "video id", "media id", "update id",
                "id del post", "id publicación", "id de la publication", "beitrags-id", "id da publicação",
                "identyfikator posta", "publicerings-id"),
    "published_at": ("published", "published at", "publish time", "date", "time", "created", "created at",
                     "posted", "timestamp", "datetime", "data", "data di pubblicazione", "orario di pubblicazione",
                     "fecha", "fecha de publicación", "date de publication", "heure de publication", "datum",
                     "veröffentlicht", "veröffentlichungszeitpunkt", "data de publicação", "data publikacji",
                     "publiceringstid", "publiceringsdatum"),
    "post_type": ("type", "post type", "media type", "format", "tipo", "tipo di post", "tipo de publicación",
                  "type de publication", "beitragstyp", "typ", "inläggstyp"),
    "text": ("text", "message", "caption", "content", "body", "description", "post text", "comment", "tweet",
             "testo", "messaggio", "didascalia", "contenuto", "texto", "mensaje", "contenido", "texte", "contenu",
             "nachricht", "inhalt", "beschreibung", "mensagem", "conteúdo", "treść", "tekst", "opis", "meddelande",
             "innehåll", "beskrivning", "commento", "comentario", "commentaire", "kommentar", "komentarz"),
    "permalink": ("permalink", "link", "url", "post link", "post url", "collegamento", "enlace", "lien",
                  "permalänk", "odnośnik"),
    "impressions": ("impressions", "views", "impressioni", "visualizzazioni", "impresiones", "visualizaciones",
                    "vues", "aufrufe", "impressionen", "visualizações", "wyświetlenia", "visningar", "exponeringar"),
    "reach": ("reach", "copertura", "alcance", "couverture", "reichweite", "zasięg", "räckvidd"),
    "reactions": ("reactions", "likes", "like", "favorites", "hearts", "reazioni", "mi piace", "reacciones",
                  "me gusta", "réactions", "j'aime", "reaktionen", "gefällt mir", "reações", "curtidas", "reakcje",
                  "polubienia", "reaktioner", "gilla-markeringar"),
    "comments": ("comments", "replies", "commenti", "risposte", "comentarios", "respuestas", "commentaires",
                 "réponses", "kommentare", "antworten", "comentários", "respostas", "komentarze", "odpowiedzi",
                 "kommentarer", "svar"),
    "shares": ("shares", "reposts", "retweets", "condivisioni", "compartidos", "veces compartido", "partages",
               "geteilt", "geteilte inhalte", "compartilhamentos", "udostępnienia", "delningar"),
    "saves": ("saves", "saved", "bookmarks", "salvataggi", "guardados", "enregistrements", "gespeichert",
              "salvamentos", "zapisania", "sparade objekt", "sparade"),
    "clicks": ("clicks", "link clicks", "total clicks", "clic", "clic sul link", "clics", "klicks", "cliques",
               "kliknięcia", "klick", "länkklick"),
    "video_views": ("video views", "plays", "visualizzazioni video", "reproducciones", "vues de vidéo",
                    "videoaufrufe", "visualizações de vídeo", "wyświetlenia filmu", "videovisningar"),
    "comment_id": ("comment id", "comment_id", "id", "reply id", "id commento", "id comentario",
                   "id du commentaire", "kommentar-id", "id do comentário", "identyfikator komentarza",
                   "kommentar-id"),
    "parent_id": ("parent id", "parent_id", "in reply to", "in_reply_to", "reply to", "in response to",
                  "in_response_to_tweet_id", "parent", "risposta a", "respuesta a", "réponse à", "antwort auf",
                  "resposta a", "odpowiedź na", "svar på"),
    "author_id": ("author id", "author_id", "user id", "user_id", "from id", "id autore", "id utente",
                  "id del autor", "id de l'auteur", "autor-id", "id do autor", "identyfikator autora",
                  "författar-id"),
    "author_name": ("author", "author name", "user", "user name", "name", "from", "commenter", "autore",
                    "utente", "nome", "autor", "usuario", "nombre", "auteur", "utilisateur", "nom", "benutzer",
                    "usuário", "użytkownik", "nazwa", "författare", "användare", "namn"),
    "is_brand": ("is brand", "is_brand", "brand", "from brand", "own", "is page", "is owner", "brand reply",
                 "del brand", "de la marca", "de la marque", "von der marke", "da marca", "od marki", "från varumärket"),
    "created_at": ("created at", "created", "date", "time", "timestamp", "datetime", "posted", "published",
                   "data", "ora", "fecha", "hora", "heure", "datum", "zeit", "czas", "tid", "skapad"),
    "date": ("date", "day", "data", "giorno", "fecha", "día", "jour", "datum", "tag", "dia", "dzień", "dag"),
    "followers": ("followers", "total followers", "follower", "fans", "subscribers", "follower totali",
                  "seguidores", "abonnés", "abonnenten", "follower gesamt", "obserwujący", "följare"),
    "gained": ("gained", "new followers", "follows", "followers gained", "nuovi follower", "nuevos seguidores",
               "nouveaux abonnés", "neue follower", "novos seguidores", "nowi obserwujący", "nya följare"),
    "lost": ("lost", "unfollows", "followers lost", "follower persi", "seguidores perdidos", "abonnés perdus",
             "verlorene follower", "seguidores perdidos", "utraceni obserwujący", "förlorade följare"),
    "sessions": ("sessions", "visits", "sessioni", "visite", "sesiones", "visitas", "visites", "sitzungen",
                 "besuche", "sessões", "sesje", "wizyty", "sessioner", "besök"),
    "engaged_sessions": ("engaged sessions", "sessioni con engagement", "sesiones con interacción",
                         "sessions avec engagement", "sitzungen mit interaktionen", "sessões engajadas",
                         "sesje z zaangażowaniem", "engagerade sessioner"),
    "conversions": ("conversions", "key events", "conversioni", "eventi chiave", "conversiones", "eventos clave",
                    "événements clés", "konversionen", "schlüsselereignisse", "conversões", "konwersje",
                    "konverteringar"),
    "revenue": ("revenue", "total revenue", "entrate", "ricavi", "ingresos", "revenus", "umsatz", "einnahmen",
                "receita", "przychody", "intäkter"),
}
_TIME_COLUMNS = {"published_at", "created_at"}


def header_signature(columns: list[str]) -> str:
    """A short stable key for a header (names compared with ``norm``, order kept), to store a mapping under.

    >>> header_signature(["Date ", "Text"]) == header_signature(["date", "TEXT"])
    True
    """
    joined = "\x1f".join(tab.norm(c) for c in columns)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def _match(columns: list[str], spec: schema.TableSpec) -> dict[str, str]:
    by_norm: dict[str, str] = {}
    for c in columns:
        by_norm.setdefault(tab.norm(c), c)
    used: set[str] = set()
    out: dict[str, str] = {}
    # exact canonical name first, then synonyms in their order, then a synonym contained in a column name
    for passes in ("exact", "synonym", "contains"):
        for col in spec.columns:
            if col in out:
                continue
            names = (col,) if passes == "exact" else SYNONYMS.get(col, ())
            for name in names:
                n = tab.norm(name)
                if passes != "contains":
                    hit = by_norm.get(n)
                else:
                    hit = next((src for key, src in by_norm.items() if len(n) > 3 and n in key
                                and src not in used), None)
                if hit is not None and hit not in used:
                    out[col] = hit
                    used.add(hit)
                    break
    return out


def suggest_mapping(columns: list[str]) -> dict:
    """Guess the canonical table and, for each of its columns, the source column with a matching name.

    Parameters
    ----------
    columns : list of str
        The file's header.

    Returns
    -------
    dict
        ``{"table": name, "columns": {canonical: source}}`` for the table whose required columns match
        best (ties go to the table with more matched columns). Columns without a plausible match are left
        out, for the user to choose.

    >>> suggest_mapping(["Data", "Testo", "Commenti", "ID"])["columns"]["comments"]
    'Commenti'
    """
    best, best_key = None, (-1, -1)
    for spec in schema.TABLES.values():
        matched = _match(columns, spec)
        key = (sum(c in matched for c in spec.required if c != "platform"), len(matched))
        if key > best_key:
            best, best_key = {"table": spec.name, "columns": matched}, key
    return best or {"table": "posts", "columns": {}}


def columns_of(f: SourceFile) -> list[str]:
    """The header of a CSV or of a workbook's first sheet with data (for the mapping form)."""
    return list(_frame(f).columns)


def _frame(f: SourceFile) -> pd.DataFrame:
    """The file's table (never a table of private messages: those are refused, see ``lib.importers.personal``)."""
    kind = private_messages(f)
    frame = _table(f) if kind is None else None
    if frame is None or is_message_table(frame.columns):
        raise refusal("private_messages", file=f.name, what=kind or "message_table")
    return frame


def _table(f: SourceFile) -> pd.DataFrame:
    tab.check_readable(f)
    book = tab.sheets(f)
    if book:
        for rows in book.values():
            if len(rows) >= 2:
                names = [n for names in SYNONYMS.values() for n in names]
                header = tab.find_header_row(rows, names)
                return tab.frame_from_rows(rows, header if header is not None else 0)
        raise refusal("map_no_rows", file=f.name)
    if f.head.lstrip()[:1] in ("{", "["):
        raise refusal("map_json", file=f.name)
    return tab.read_csv(f)


def apply_mapping(f: SourceFile, mapping: dict, platform: str, account: str | None = None,
                  tz: str = "UTC") -> ImportResult:
    """Read ``f`` as the mapped table.

    Parameters
    ----------
    f : SourceFile
        A CSV (any separator, ``sep=``/``#`` preamble) or spreadsheet (description rows above the header are
        skipped).
    mapping : dict
        ``{"table": ..., "columns": {canonical: source}}`` as from ``suggest_mapping`` (edited by the user).
    platform : str
        Platform id for every row (unless ``platform`` itself is mapped to a column).
    account : str, optional
        Account for every row (unless mapped).
    tz : str
        Zone of times written without one (default UTC).

    Raises
    ------
    FileImportError
        When a required column is not mapped, a mapped column is missing from the file, or values cannot be
        read as their canonical type (the message names the column).
    """
    table = mapping.get("table")
    if table not in schema.TABLES:
        raise refusal("map_choose_table", file=f.name)
    if platform not in schema.PLATFORMS:
        raise refusal("map_platform", platform=platform, known=", ".join(schema.PLATFORMS))
    spec = schema.TABLES[table]
    cols: dict[str, str] = {k: v for k, v in (mapping.get("columns") or {}).items() if v}
    unknown = [k for k in cols if k not in spec.columns]
    if unknown:
        raise refusal("map_not_columns", columns=", ".join(unknown), table=table)
    missing = [c for c in spec.required if c not in cols and c != "platform"]
    if missing:
        raise refusal("map_choose_columns", file=f.name, columns=", ".join(missing), table=table)
    frame = _frame(f)
    absent = [src for src in cols.values() if src not in frame.columns]
    if absent:
        raise refusal("map_no_column", file=f.name, columns=", ".join(repr(a) for a in absent))
    out = {}
    for col, src in cols.items():
        s, dtype = frame[src], spec.columns[col]
        if dtype == schema.COUNT:
            out[col] = tab.to_count(s)
        elif dtype == schema.MONEY:
            out[col] = tab.to_number(s)
        elif dtype == schema.TIME:
            out[col] = tab.to_utc(s, tz=tz)
        elif dtype == schema.DAY:
            out[col] = tab.to_day(s)
        else:
            out[col] = s
    result = pd.DataFrame(out, index=frame.index)
    if "platform" not in cols:
        result["platform"] = platform
    else:
        result["platform"] = result["platform"].str.strip().str.lower().fillna(platform)
    if "account" in spec.columns and "account" not in cols:
        result["account"] = account
    warnings: list[str] = []
    for col in spec.required:
        what = {"post_id": "an id", "comment_id": "an id", "platform": "a platform"}.get(col, "a readable date")
        result = tab.drop_missing(result, col, what, warnings)
    return tab.result(f, f"mapping:{table}", platform, account=account, warnings=warnings, **{table: result})
