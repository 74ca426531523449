"""Which days each platform's post exports cover. Continuity (``active_week_share``, ``longest_gap_days``) counts
silences only inside those days: a stretch between two exports' spans is data nobody gave, not a silence.

Coverage is given per platform as merged, inclusive spans of UTC days (the first and last day of each import's
rows, as the store records them). A platform without coverage is taken as covered on every day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

Spans = tuple[tuple[dt.date, dt.date], ...]
Coverage = Mapping[str, Spans]
US_PER_DAY = 86_400_000_000


def coverage(spans: Iterable[tuple[str, dt.date | None, dt.date | None]]) -> dict[str, Spans]:
    """Per platform, the merged day spans of ``spans``: ``(platforms, first day, last day)`` of each export
    holding posts (``platforms`` may list several, comma-separated, as a Meta export's record does). Spans that
    touch or overlap merge; spans without dates are skipped.

    >>> d = dt.date
    >>> coverage([("facebook", d(2025, 3, 1), d(2025, 3, 31)), ("facebook,x", d(2025, 4, 1), d(2025, 4, 10))])
    {'facebook': ((datetime.date(2025, 3, 1), datetime.date(2025, 4, 10)),), 'x': ((datetime.date(2025, 4, 1), datetime.date(2025, 4, 10)),)}
    """
    per: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for platforms, first, last in spans:
        if first is None or last is None:
            continue
        for p in str(platforms).split(","):
            if p.strip():
                per.setdefault(p.strip(), []).append((min(first, last), max(first, last)))
    out: dict[str, Spans] = {}
    for p, items in per.items():
        merged: list[tuple[dt.date, dt.date]] = []
        for first, last in sorted(items):
            if merged and first <= merged[-1][1] + dt.timedelta(days=1):
                merged[-1] = (merged[-1][0], max(merged[-1][1], last))
            else:
                merged.append((first, last))
        out[p] = tuple(merged)
    return out


def intervals_us(spans: Iterable[tuple[dt.date, dt.date]], lo: int, hi: int) -> np.ndarray:
    """Spans as half-open UTC microsecond intervals ``[start, end)`` clipped to ``[lo, hi)``, merged, sorted; shape
    (k, 2)."""
    rows = []
    for first, last in spans:
        start = pd.Timestamp(first).value // 1000
        end = pd.Timestamp(last + dt.timedelta(days=1)).value // 1000
        start, end = max(start, lo), min(end, hi)
        if end > start:
            rows.append((start, end))
    rows.sort()
    merged: list[list[int]] = []
    for start, end in rows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return np.array(merged, dtype=np.int64).reshape(-1, 2)


def longest_covered_gap(t: np.ndarray, covered: np.ndarray | None) -> float:
    """The longest silence between consecutive times ``t`` (sorted microseconds), in days, counting only the
    covered part of each gap: a gap that crosses uncovered days is split there and its longest covered piece
    counts. ``covered`` None: every day is covered.

    >>> day = US_PER_DAY
    >>> longest_covered_gap(np.array([0, 2 * day, 9 * day]), None)
    7.0
    >>> longest_covered_gap(np.array([0, 2 * day, 9 * day]), np.array([[0, 3 * day], [8 * day, 10 * day]]))
    2.0
    """
    a, b = t[:-1], t[1:]
    if covered is None:
        return float((b - a).max() / US_PER_DAY)
    best = np.zeros(len(a), dtype=np.int64)
    for start, end in covered:
        np.maximum(best, np.clip(np.minimum(b, end) - np.maximum(a, start), 0, None), out=best)
    return float(best.max() / US_PER_DAY)
