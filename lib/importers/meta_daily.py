"""Meta Business Suite page-level daily series (Follows, Views, Visits, Interactions, Link clicks).

Layout (UTF-16LE with BOM as downloaded; any encoding accepted):

```
sep=,
"Facebook follows"          <- a block's metric name line
"Date","Primary"            <- its header: the value column is "Primary", or named after the metric
"2025-09-20T00:00:00","20"
"Instagram follows"         <- a Page with a linked Instagram account: one block per series
"Date","Primary"
...
```

Every block is read into its own platform (the name, else the value column, says Facebook or Instagram; a
name that says neither is the Page's, so Facebook). Older layouts name the value column after the metric
("New likes and follows") and may hold one value column per platform. A file whose ``sep=`` and metric-name
lines were deleted is still read when its value column names the metric; with only "Primary" left nothing
says which metric it is, and the file is recognised and explained instead of guessed.

Follows series become ``followers.gained`` per day (the total stays null: the series has only new follows);
the other series have no canonical table and are explained in a warning. Two series that land on the same
platform and day (two Facebook follows blocks) are summed, with a warning naming the day count.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

import pandas as pd

from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal
from lib.schema import Followers

_SEP_LINE = re.compile(r'"?sep=.?"?', flags=re.IGNORECASE)
DATE_WORDS = {"date", "data", "datum", "fecha", "date ", "dátum", "tarih", "päivämäärä"}
FOLLOW_WORDS = ("follow", "seguit", "seguidor", "följ", "abonn", "obserw", "iscritt", "seguaci", "folgen",
                "mi piace", "likes")
PLATFORM_WORDS = {"instagram": "instagram", "facebook": "facebook"}


@dataclass
class Series:
    """One block of the file: its metric name, platform, and (day, value) text pairs."""

    metric: str | None
    platform: str
    days: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    @property
    def is_follows(self) -> bool:
        return self.metric is not None and any(w in self.metric.lower() for w in FOLLOW_WORDS)


def _platform(*names: str | None) -> str | None:
    for name in names:
        low = (name or "").lower()
        for word, platform in PLATFORM_WORDS.items():
            if word in low:
                return platform
    return None


_DATE_CELL = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{5}(?:[.,]\d+)?$")


def _rows(text: str) -> list[list[str]]:
    lines = text.splitlines()
    sep = None
    if lines and _SEP_LINE.fullmatch(lines[0].strip().lstrip("\ufeff")):
        sep = lines[0].strip().strip('"')[4:] or ","
        lines = lines[1:]
    header = next((ln for ln in lines[:3] if tab.norm(re.split(r'[,;\t]', ln)[0]) in DATE_WORDS), "")
    sep = sep or tab.sniff_sep(header)  # a re-save turns "sep=," into ';' or tabs and drops the line
    return [row for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=sep)]


def _is_header(row: list[str]) -> bool:
    return len(row) >= 2 and tab.norm(row[0]) in DATE_WORDS


def parse(text: str) -> list[Series] | None:
    """The file's series, or None when it is not this layout (no header row directly followed by dates)."""
    rows = _rows(text)
    out: list[Series] = []
    name: str | None = None
    current: list[Series] = []
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if _is_header(cells):
            columns = cells[1:]
            current = []
            for col in columns:
                # "Primary" (or a platform's name) is not the metric: the name line above is
                names_no_metric = tab.norm(col) == "primary" or _platform(col) is not None
                metric = name if names_no_metric else col
                current.append(Series(metric=metric, platform=_platform(col, name) or "facebook"))
            out.extend(current)
            name = None
            continue
        if _DATE_CELL.match(cells[0]) and current:
            for s, value in zip(current, cells[1:]):
                s.days.append(cells[0])
                s.values.append(value)
            continue
        if len(cells) == 1 or not any(cells[1:]):
            name, current = cells[0], []  # the next block's name line
            continue
        if i < 3:
            return None  # some other table
    if not out or not any(s.days for s in out):
        return None
    return out


def _sniff(f: SourceFile) -> list[Series] | None:
    head = f.head if len(f.data) > 65536 else f.text
    lines = [ln for ln in head.splitlines()[:5] if ln.strip()]
    if len(lines) < 2:
        return None
    first = 1 if _SEP_LINE.fullmatch(lines[0].strip()) else 0
    probe = lines[first:first + 3]
    sep = tab.sniff_sep(probe[1] if len(probe) > 1 else probe[0])
    header_at = next((i for i, ln in enumerate(probe) if _is_header(next(csv.reader([ln], delimiter=sep), []))),
                     None)
    if header_at is None or header_at > 1 or header_at + 1 >= len(probe):
        return None
    # without the sep= and name lines, only Meta's midnight timestamps tell it from other Date,value files
    day = _DATE_CELL if first or header_at else re.compile(r"\d{4}-\d{2}-\d{2}T00:00:00")
    if not day.match(probe[header_at + 1].lstrip('"')):
        return None
    if len(next(csv.reader([probe[header_at]], delimiter=sep), [])) > 4:
        return None
    return parse(f.text)


class MetaDailySeriesImporter:
    """Meta Business Suite page-level daily series: every block of the file, each into its platform."""

    key = "meta_daily"
    label = "Meta Business Suite page-level daily series (Follows, Views, Visits, Interactions, Link clicks)"
    how_to_get = ("Meta Business Suite > Insights > Results (or Audience) > a chart's 'Export' (download) "
                  "icon; the CSV starts with 'sep=,' and the metric name (one block per Facebook/Instagram series).")

    def detect(self, f: SourceFile) -> float:
        found = _sniff(f)
        if not found:
            return 0.0
        named = any(s.metric for s in found)
        return 0.9 if named else 0.75

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        found = _sniff(f)
        if found is None:
            raise refusal("meta_daily_not", file=f.name)
        warnings: list[str] = []
        follows = [s for s in found if s.is_follows]
        for s in found:
            if s.metric is None:
                warnings.append(Note("meta_daily_unnamed", file=f.name, n=len(s.days)))
            elif not s.is_follows:
                warnings.append(Note("meta_daily_other", metric=s.metric, platform=s.platform, n=len(s.days)))
        platforms = sorted({s.platform for s in follows})
        if not follows:
            return tab.result(f, self.key, platforms[0] if platforms else found[0].platform, warnings=warnings)
        parts = [pd.DataFrame({
            Followers.platform: s.platform,
            Followers.account: None,
            Followers.date: tab.to_day(pd.Series(s.days, dtype="str")),
            Followers.gained: tab.to_count(pd.Series(s.values, dtype="str")),
        }) for s in follows]
        daily = pd.concat(parts, ignore_index=True)
        daily = tab.drop_missing(daily, Followers.date, "a date", warnings)
        key = [Followers.platform, Followers.date]
        repeated = int(daily.duplicated(key).sum())
        if repeated:
            daily = daily.groupby(key, as_index=False, sort=False).agg({Followers.account: "first",
                                                                        Followers.gained: lambda v: v.sum(min_count=1)})
            warnings.append(Note.counted("meta_daily_summed", repeated))
        warnings.append(Note("meta_daily_no_page"))
        platform = platforms[0] if len(platforms) == 1 else "facebook"
        return tab.result(f, self.key, platform, warnings=warnings, followers=daily)


IMPORTERS = [MetaDailySeriesImporter()]
