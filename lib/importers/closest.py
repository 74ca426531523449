"""The refusal for a file no importer reads: the supported format it is closest to, and what it lacks.

Importers of tables declare ``required_columns`` and ``optional_columns`` (header names compared with
``tab.norm``; ``|`` separates alternatives). A file's header (the fullest of its first rows, in a CSV or in a
workbook's first sheet with data) is compared with each: the closest format is the one with the largest mean of
the share of its required columns present and the share of all its named columns present, sharing at least two. The refusal then names that format, the required columns
the file lacks and how to get the real export; a file close to nothing lists its first columns instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lib.errors import FileImportError
from lib.importers import _tabular as tab
from lib.importers.base import Importer, SourceFile
from lib.importers.messages import refusal

MIN_SHARED = 2  # columns a file must share with a format to be called close to it
_SHOWN = 6  # columns listed when the file is close to nothing
MAX_NAME, MAX_WORDS = 80, 8  # a longer "column name" (or one with a full stop inside) is a sentence: not a table


def file_columns(f: SourceFile) -> list[str]:
    """The header of a text table or of a workbook's first sheet with data (empty for anything else).

    The header is the fullest of the first rows, so description rows above it are passed over; text whose
    "columns" are sentences (prose with commas) or a single name is not a table and gives no header.
    """
    if f.is_binary_spreadsheet or tab.is_xml_spreadsheet(f):
        rows: Sequence[Sequence[object]] = next((r for r in tab.sheets(f).values() if r), [])
    else:
        rows = tab.head_rows(f, 10)
    cells = [[tab.cell_text(c) or "" for c in row] for row in rows[:10]]
    best = max(cells, key=lambda r: sum(bool(c.strip()) for c in r), default=[])
    names = [c.strip() for c in best if c.strip()]
    # prose split at its commas is not a header: a table has at least two short names
    return names if len(names) >= 2 and not any(_sentence(n) for n in names) else []


def _sentence(name: str) -> bool:
    return len(name) > MAX_NAME or len(name.split()) > MAX_WORDS or ". " in name


def _has(columns: set[str], name: str) -> bool:
    return any(tab.norm(alt) in columns for alt in name.split("|"))


def closest(columns: Iterable[str], candidates: Iterable[Importer]) -> tuple[Importer, list[str]] | None:
    """The format whose named columns ``columns`` share most (at least ``MIN_SHARED``), and its missing required
    columns (each by its first name), or None when no format is that close."""
    have = {tab.norm(c) for c in columns}
    best: tuple[float, int, Importer, list[str]] | None = None
    for imp in candidates:
        required = list(getattr(imp, "required_columns", ()))
        named = required + list(getattr(imp, "optional_columns", ()))
        shared = sum(_has(have, n) for n in named)
        if not named or shared < MIN_SHARED:
            continue
        missing = [n.split("|")[0] for n in required if not _has(have, n)]
        score = ((1 - len(missing) / max(len(required), 1) + shared / len(named)) / 2, shared)
        if best is None or score > best[:2]:
            best = (score[0], score[1], imp, missing)
    return (best[2], best[3]) if best else None


def _quoted(names: list[str]) -> str:
    quoted = [f'"{n}"' for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def unknown_format(f: SourceFile, candidates: Iterable[Importer]) -> FileImportError:
    """The refusal for ``f``: the closest format and what it lacks, else the file's first columns."""
    columns = file_columns(f)
    if not columns:
        return refusal("unknown", file=f.name)
    near = closest(columns, candidates)
    if near is None:
        shown = ", ".join(columns[:_SHOWN]) + (", ..." if len(columns) > _SHOWN else "")
        return refusal("unknown_columns", file=f.name, columns=shown)
    imp, missing = near
    if not missing:
        return refusal("unknown_values", file=f.name, format=imp.label, how_to_get=imp.how_to_get)
    return refusal("unknown_closest", file=f.name, format=imp.label, missing=_quoted(missing),
                   how_to_get=imp.how_to_get)
