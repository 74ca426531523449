"""File names of report documents (workbook, deck, PDF): client, period and platform filter in one place."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def slug(text: str, limit: int = 40) -> str:
    """``text`` as a short ASCII file-name part: accents folded, anything else a hyphen.

    >>> slug("Forno Rossi & Figli, Cantù")
    'Forno-Rossi-Figli-Cantu'
    >>> slug("../../etc/passwd")
    'etc-passwd'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("-", folded).strip("-")[:limit].strip("-")


def report_filename(*, client: str | None, since: dt.date, until: dt.date, platforms: Iterable[str] = (),
                    anonymized: bool = False, ext: str = "xlsx") -> str:
    """``conversa_<client>_<since>_<until>_<filter>[_anonymized].<ext>``; the filter is the chosen platforms' codes
    joined by ``+``, or ``all-platforms``.

    >>> report_filename(client="Forno Rossi", since=dt.date(2025, 3, 1), until=dt.date(2025, 3, 31),
    ...                 platforms=["x", "facebook"], ext="pdf")
    'conversa_Forno-Rossi_2025-03-01_2025-03-31_facebook+x.pdf'
    >>> report_filename(client=None, since=dt.date(2025, 3, 1), until=dt.date(2025, 3, 31), anonymized=True)
    'conversa_report_2025-03-01_2025-03-31_all-platforms_anonymized.xlsx'
    """
    chosen = sorted({slug(p) for p in platforms} - {""})
    parts = ["conversa", slug(client or "") or "report", since.isoformat(), until.isoformat(),
             "+".join(chosen) or "all-platforms"]
    if anonymized:
        parts.append("anonymized")
    return "_".join(parts) + "." + ext.lstrip(".")
