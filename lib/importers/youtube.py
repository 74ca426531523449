"""YouTube Studio Advanced-mode exports: ``Table data.csv`` (per video), ``Totals.csv`` and ``Chart data.csv``.

Studio writes file names and headers in the interface language (German ``Tabellendaten.csv``/``Videotitel``,
Portuguese ``Dados da tabela.csv``/``Título do vídeo``, Italian, Spanish, French likewise) and downloads the
three files in one zip named after the channel (``import_file`` opens it). Headers are matched through
``HEADERS`` (English, Italian, German, Spanish, French, Portuguese; accents, case and the invisible soft
hyphens some locales put inside words ignored), never through the file name.

- ``Table data.csv`` -> ``posts``: ``Content`` (video id; YouTube puts a space before ids starting with ``-``
  as a guard against formula injection, removed here) -> post_id, ``Video title`` -> text, ``Views`` (else
  ``Engaged views``) -> video_views, ``Likes`` -> reactions, ``Comments added`` -> comments, ``Shares`` ->
  shares, ``Impressions`` -> impressions. The first data row ``Total`` (``Gesamt``, ``Totale``) is dropped, and
  so are one-field note lines (Studio ends a long table with one saying only the top 500 results are shown;
  the note is quoted in a warning). ``Video publish time`` is a date without a time in the interface language
  (``Sep 27, 2024``, ``27.09.2024``, ``27 set 2024``): taken as noon in the workspace zone (UTC by default).
- ``Totals.csv`` (channel per day) -> ``followers``: ``Subscribers gained``/``Subscribers lost`` as they are.
  A Totals file with only ``Subscribers`` holds the daily net change (gained minus lost): a positive day is
  stored as gained, a negative one as lost (as for TikTok, whose exports also give only net changes), and a
  warning says the figures are net. With neither (views only, the default) there is nothing to store.
- ``Chart data.csv`` repeats the daily views of the top videos that ``Table data.csv`` already totals, so it
  is recognised and explained, not imported (importing it would overwrite the richer Table rows).
Revenue columns (``Estimated revenue (EUR)``, in the channel's currency) are recognised and not stored.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from lib.importers import _tabular as tab
from lib.importers._dates import local_days
from lib.importers._social import date_only_utc, header
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

PLATFORM = "youtube"

#: concept -> the header in each interface language (compared after ``fold``); English is the concept's name
HEADERS: dict[str, tuple[str, ...]] = {
    "Content": ("content", "inhalt", "videos", "video", "contenuti", "contenuto", "contenido", "contenu",
                "conteudo"),
    "Video title": ("video title", "videotitel", "titolo del video", "titulo del video", "titre de la video",
                    "titulo do video"),
    "Video publish time": ("video publish time", "veroffentlichungszeitpunkt des videos",
                           "ora di pubblicazione del video", "data di pubblicazione del video",
                           "hora de publicacion del video", "fecha de publicacion del video",
                           "heure de publication de la video", "date de publication de la video",
                           "horario de publicacao do video", "data de publicacao do video"),
    "Duration": ("duration", "dauer", "durata", "duracion", "duree", "duracao"),
    "Views": ("views", "aufrufe", "visualizzazioni", "visualizaciones", "vues", "visualizacoes"),
    "Engaged views": ("engaged views", "engagierte aufrufe", "visualizzazioni con coinvolgimento",
                      "visualizaciones con interaccion", "vues engagees", "visualizacoes engajadas"),
    "Watch time (hours)": ("watch time (hours)", "wiedergabezeit (stunden)", "tempo di visualizzazione (ore)",
                           "tiempo de visualizacion (horas)", "duree de visionnage (heures)",
                           "tempo de exibicao (horas)"),
    "Subscribers": ("subscribers", "abonnenten", "iscritti", "suscriptores", "abonnes", "inscritos"),
    "Subscribers gained": ("subscribers gained", "gewonnene abonnenten", "abonnenten gewonnen", "iscritti ottenuti",
                           "iscritti acquisiti", "suscriptores obtenidos", "suscriptores ganados", "abonnes obtenus",
                           "abonnes gagnes", "inscritos ganhos", "inscritos obtidos"),
    "Subscribers lost": ("subscribers lost", "verlorene abonnenten", "abonnenten verloren", "iscritti persi",
                         "suscriptores perdidos", "abonnes perdus", "inscritos perdidos"),
    "Impressions": ("impressions", "impressionen", "impressioni", "impresiones", "impressoes"),
    "Likes": ("likes", "mag ich", "mag ich-bewertungen", "mi piace", "me gusta", "j'aime", "gostei",
              "marcacoes gostei"),
    "Comments added": ("comments added", "hinzugefugte kommentare", "commenti aggiunti", "comentarios anadidos",
                       "comentarios agregados", "commentaires ajoutes", "comentarios adicionados"),
    "Shares": ("shares", "geteilte inhalte", "teilen", "condivisioni", "veces compartido", "contenido compartido",
               "partages", "compartilhamentos"),
    "Average view duration": ("average view duration", "durchschnittliche wiedergabedauer",
                              "durata media di visualizzazione", "duracion media de las visualizaciones",
                              "duree moyenne de visionnage", "duracao media da visualizacao"),
    "Unique viewers": ("unique viewers", "einzelne zuschauer", "spettatori unici", "usuarios unicos",
                       "spectateurs uniques", "espectadores unicos"),
    "Stayed to watch (%)": ("stayed to watch (%)",),
    "Date": ("date", "datum", "data", "fecha"),
}
TOTAL_WORDS = {"total", "gesamt", "insgesamt", "totale", "totaal"}
_REVENUE = re.compile(r"^(estimated revenue|geschatzter umsatz|entrate stimate|ingresos estimados|revenus estimes|"
                      r"receita estimada) \([a-z]{3}\)$")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_BY_NAME = {name: concept for concept, names in HEADERS.items() for name in names}
_METRICS = {"Views", "Engaged views", "Watch time (hours)", "Impressions", "Subscribers", "Likes", "Comments added",
            "Shares", "Average view duration", "Subscribers gained", "Subscribers lost", "Duration"}
_TOTALS_KNOWN = _METRICS | {"Stayed to watch (%)", "Unique viewers", "revenue"}


def fold(name: object) -> str:
    """A header as matched: invisible characters removed, accents folded, lower case, single spaces.

    >>> fold("Ver\u00adöffentlichungs\u00adzeitpunkt des Videos")
    'veroffentlichungszeitpunkt des videos'
    """
    s = _INVISIBLE.sub("", unicodedata.normalize("NFKC", str(name)))
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub("[\"\u201c\u201d\u201e\u00ab\u00bb]", "", s.replace("\u2019", "'"))
    return re.sub(r"\s+", " ", s).strip().lower()


def concept(name: object) -> str | None:
    """The English name of a YouTube Studio header in any supported language (None when unknown)."""
    folded = fold(name)
    if _REVENUE.match(folded):
        return "revenue"
    return _BY_NAME.get(folded)


def _concepts(cols: list[str]) -> list[str | None]:
    return [concept(c) for c in cols]


def _english(raw: pd.DataFrame) -> pd.DataFrame:
    """The frame with every known header renamed to its English concept (first of two same-concept columns)."""
    names, seen = [], set()
    for col in raw.columns:
        c = concept(col)
        names.append(c if c and c not in seen else col)
        seen.add(c)
    return raw.set_axis(names, axis=1)


def _days(s: pd.Series) -> pd.Series:
    """ISO dates, or the ``DD-MM-YYYY``/``MM-DD-YYYY`` an Excel resave leaves (day-first unless impossible)."""
    t = s.astype("str").str.strip()
    iso = pd.to_datetime(t, format="%Y-%m-%d", errors="coerce")
    if iso.notna().sum() >= t.notna().sum():
        return iso.astype("datetime64[us]")
    for sep in ("-", "/", "."):
        dayfirst = pd.to_datetime(t, format=f"%d{sep}%m{sep}%Y", errors="coerce")
        monthfirst = pd.to_datetime(t, format=f"%m{sep}%d{sep}%Y", errors="coerce")
        if dayfirst.notna().any() or monthfirst.notna().any():
            best = dayfirst if dayfirst.notna().sum() >= monthfirst.notna().sum() else monthfirst
            return best.fillna(iso).astype("datetime64[us]")
    return local_days(s)


def _notes(raw: pd.DataFrame, warnings: list[str]) -> pd.DataFrame:
    """Drop one-field note lines (text in the first cell only, with a space in it), quoting them in a warning."""
    first = raw.iloc[:, 0].astype("str").str.strip()
    rest_empty = raw.iloc[:, 1:].isna().all(axis=1) if raw.shape[1] > 1 else pd.Series(True, index=raw.index)
    note = rest_empty & first.str.contains(" ", regex=False).fillna(False)
    for text in first[note].tolist():
        warnings.append(Note("youtube_note", text=text))
    return raw[~note]


class TableData:
    """YouTube Studio ``Table data.csv`` with one row per video, headers in any supported language."""

    key = "youtube_table"
    label = "YouTube Studio export, Table data.csv (one row per video)"
    how_to_get = ("YouTube Studio > Analytics > Advanced mode > Content tab, choose the period > Export current "
                  "view > Comma-separated values (.csv); upload the zip or its Table data.csv (Tabellendaten.csv, "
                  "Dados da tabela.csv, ... in other languages).")
    required_columns = ["content", "video title", "video publish time"]
    optional_columns = ["views", "likes", "comments added", "shares", "impressions", "duration"]

    def detect(self, f: SourceFile) -> float:
        found = _concepts(header(f))
        if not found or found[0] != "Content" or "Date" in found:
            return 0.0
        if not {"Video title", "Video publish time"} <= set(found):
            return 0.0
        metrics = {c for c in found if c in _METRICS}
        return 0.6 + 0.4 * min(len(metrics), 4) / 4

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        warnings: list[str] = []
        raw = _notes(_english(tab.read_csv(f)), warnings)
        ids = tab.coalesce(raw, "Content").str.replace(_INVISIBLE, "", regex=True).str.strip()
        total = ids.str.lower().isin(TOTAL_WORDS).fillna(False)
        raw, ids = raw[~total], ids[~total]
        views_col = tab.column(raw, "Views", "Engaged views")
        if views_col == "Engaged views":
            warnings.append(Note("youtube_engaged"))
        when = tab.coalesce(raw, "Video publish time").str.strip()
        published = pd.to_datetime(when, format="%b %d, %Y", errors="coerce")
        if published.isna().sum() > when.isna().sum():  # another language, or re-saved (ISO, locale text)
            published = published.fillna(local_days(when))
        posts = pd.DataFrame({
            "platform": PLATFORM,
            "post_id": ids,
            "published_at": date_only_utc(published.astype("datetime64[us]"), tz),
            "post_type": "video",
            "text": tab.coalesce(raw, "Video title"),
            "permalink": "https://www.youtube.com/watch?v=" + ids,
            "impressions": tab.to_count(tab.coalesce(raw, "Impressions")),
            "reactions": tab.to_count(tab.coalesce(raw, "Likes")),
            "comments": tab.to_count(tab.coalesce(raw, "Comments added")),
            "shares": tab.to_count(tab.coalesce(raw, "Shares")),
            "video_views": tab.to_count(raw[views_col]) if views_col else None,
        })
        posts = tab.drop_missing(posts, "post_id", "a video id", warnings)
        posts = tab.drop_missing(posts, "published_at", "a publish date (unlisted, private or deleted items)",
                                 warnings)
        if not len(posts):
            raise refusal("youtube_no_videos", file=f.name)
        return tab.result(f, self.key, PLATFORM, warnings=warnings, posts=posts)


class Totals:
    """YouTube Studio ``Totals.csv``: channel metrics per day, headers in any supported language."""

    key = "youtube_totals"
    label = "YouTube Studio export, Totals.csv (channel per day)"
    how_to_get = ("YouTube Studio > Analytics > Advanced mode, add the metrics Subscribers gained and Subscribers "
                  "lost (or Subscribers) > Export current view > .csv; the zip holds Totals.csv.")
    required_columns = ["date", "subscribers gained|subscribers"]
    optional_columns = ["subscribers lost", "views"]

    def detect(self, f: SourceFile) -> float:
        found = _concepts(header(f))
        if len(found) < 2 or found[0] != "Date" or "Content" in found:
            return 0.0
        return 0.7 if all(c in _TOTALS_KNOWN for c in found[1:]) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raw = _english(tab.read_csv(f))
        gained, lost = tab.column(raw, "Subscribers gained"), tab.column(raw, "Subscribers lost")
        net = tab.column(raw, "Subscribers")
        if not (gained or lost or net):
            metrics = ", ".join(str(c) for c in raw.columns[1:])
            raise refusal("youtube_views_only", file=f.name, metrics=metrics)
        warnings: list[str] = []
        if gained or lost:
            up = tab.to_count(raw[gained]) if gained else None
            down = tab.to_count(raw[lost]) if lost else None
        else:
            change = tab.to_count(raw[net])
            up, down = change.clip(lower=0), (-change).clip(lower=0)
            warnings.append(Note("youtube_net"))
        followers = pd.DataFrame({
            "platform": PLATFORM,
            "date": _days(tab.coalesce(raw, "Date")),
            "gained": up,
            "lost": down,
        })
        followers = tab.drop_missing(followers, "date", "a readable date", warnings)
        return tab.result(f, self.key, PLATFORM, warnings=warnings, followers=followers)


class ChartData:
    """YouTube Studio ``Chart data.csv``: recognised so the message can point to the file that holds the videos."""

    key = "youtube_chart"
    label = "YouTube Studio export, Chart data.csv (daily views of the top videos)"
    how_to_get = "YouTube Studio > Analytics > Advanced mode > Export current view; import Table data.csv from it."

    def detect(self, f: SourceFile) -> float:
        return 0.9 if _concepts(header(f))[:3] == ["Date", "Content", "Video title"] else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raise refusal("youtube_chart", file=f.name)


IMPORTERS = [TableData(), Totals(), ChartData()]
