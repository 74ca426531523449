"""What the data notes list as sources: a workspace's import records as plain summaries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def sources_from_imports(records: Iterable[Any]) -> list[dict]:
    """The ``sources`` of ``build_workbook`` from a workspace's import records (``Store.imports(name)``)."""
    return [{"file": r.source, "platform": r.platform, "format": r.importer, "rows": sum(dict(r.rows).values()),
             "first_date": r.first_date, "last_date": r.last_date, "warnings": list(r.warnings)} for r in records]
