"""Google Analytics 4 "Traffic acquisition" exports (``#`` comment preamble, ``YYYYMMDD`` dates) -> ``traffic``.

Source/medium is mapped to platforms as KPIS.md lists (the source's host, with ``www.`` removed):
facebook.com, m.facebook.com, l.facebook.com, lm.facebook.com, fb -> facebook; instagram.com, l.instagram.com,
ig -> instagram; t.co, x.com, twitter.com -> x; linkedin.com, lnkd.in -> linkedin; youtube.com, m.youtube.com ->
youtube; tiktok.com -> tiktok. The same sites named without their domain, as UTM tags write them
(``facebook / cpc``, ``tiktok / paid``, ``twitter / paidsocial``), map too. Anything else (search, direct,
email, ``web.facebook.com``, ``Instagram_Stories`` placements) is not social.

Storage decisions
-----------------
- The traffic table holds social platforms only. Non-social rows are not stored; the warnings say how many
  sessions they were (and which unmapped sources look social, so a user can see what was left out).
- Rows mapping to the same (date, platform) are summed. ``Key events`` (formerly ``Conversions``) ->
  conversions, ``Total revenue`` (or ``Purchase revenue``) -> revenue.
- An export without the ``Date`` dimension holds totals for the range in its preamble (``Start date`` /
  ``End date``). Those totals are spread evenly over the range's days (counts as whole numbers, the remainder
  on the first days), so sums stay exact, period filters get a proportional share, and a later daily export of
  the same days replaces them on the (date, platform) key instead of double counting. A warning says so.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

_SOCIAL_HOSTS = {
    "facebook.com": "facebook", "m.facebook.com": "facebook", "l.facebook.com": "facebook",
    "lm.facebook.com": "facebook", "fb": "facebook", "facebook": "facebook",
    "instagram.com": "instagram", "l.instagram.com": "instagram", "ig": "instagram", "instagram": "instagram",
    "t.co": "x", "x.com": "x", "twitter.com": "x", "twitter": "x",
    "linkedin.com": "linkedin", "lnkd.in": "linkedin", "linkedin": "linkedin",
    "youtube.com": "youtube", "m.youtube.com": "youtube", "youtube": "youtube",
    "tiktok.com": "tiktok", "tiktok": "tiktok",
}
_LOOKS_SOCIAL = re.compile(r"facebook|instagram|twitter|linkedin|youtube|tiktok|\bfb\b|\big\b", re.IGNORECASE)


def social_platform(source_medium: pd.Series) -> pd.Series:
    """Platform id for each GA4 ``source / medium`` (or bare source) value, <NA> when it is not social.

    >>> social_platform(pd.Series(["l.facebook.com / referral", "fb / paid", "t.co / referral",
    ...                            "google / organic", "www.LinkedIn.com / referral"])).fillna("-").tolist()
    ['facebook', 'facebook', 'x', '-', 'linkedin']
    """
    source = source_medium.astype("str").str.split(" / ", n=1, regex=False).str[0]
    host = source.str.strip().str.lower().str.replace(r"^www\.", "", regex=True)
    return host.map(_SOCIAL_HOSTS).astype("str")


def _dimension(columns: list[str]) -> str | None:
    """The source/medium (or source) dimension column, wherever GA4 put it."""
    return next((c for c in columns if tab.norm(c).endswith(("source / medium", "source"))), None)


def _header_and_notes(f: SourceFile) -> tuple[list[str], list[str]]:
    rows = tab.head_rows(f, 40)
    header = next((r for r in rows if r and r[0].strip() and not r[0].lstrip().startswith("#")), [])
    pre = tab.preamble(f.head.splitlines()[:40])
    return header, pre.notes


def _range(notes: list[str]) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    found = {}
    for note in notes:
        m = re.match(r"(start|end) date:\s*(\d{8})", note.strip(), re.IGNORECASE)
        if m:
            found[m.group(1).lower()] = pd.to_datetime(m.group(2), format="%Y%m%d")
    return (found["start"], found["end"]) if len(found) == 2 and found["start"] <= found["end"] else None


def _spread(totals: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """Range totals per platform spread evenly over the days (whole counts, remainder on the first days)."""
    days = pd.date_range(start, end, freq="D")
    n = len(days)
    grid = totals.loc[totals.index.repeat(n)].reset_index(drop=True)
    i = np.tile(np.arange(n), len(totals))
    grid["date"] = np.tile(days.to_numpy(), len(totals))
    for col in ("sessions", "engaged_sessions", "conversions"):
        total = grid[col]
        base, rest = total // n, total % n
        grid[col] = (base + (pd.Series(i, index=grid.index) < rest).astype("Int64")).astype("Int64")
    grid["revenue"] = grid["revenue"] / n
    return grid


class TrafficAcquisition:
    """GA4 Reports > Acquisition > Traffic acquisition, exported as CSV with a source/medium dimension."""

    key = "ga4_traffic"
    label = "Google Analytics 4 traffic acquisition export (session source / medium)"
    how_to_get = ("GA4 > Reports > Acquisition > Traffic acquisition, set the dimension to Session source / medium "
                  "(add Date as a secondary dimension for daily figures) > Share this report > Download File > CSV.")
    required_columns = ["session source / medium", "sessions"]
    optional_columns = ["engaged sessions", "key events", "date", "total revenue"]

    def detect(self, f: SourceFile) -> float:
        header, notes = _header_and_notes(f)
        if not header or not _dimension(header):
            return 0.0
        score = tab.header_score(header, ["sessions"], ["engaged sessions", "key events|conversions", "date",
                                                         "total revenue"])
        return min(1.0, score + (0.1 if notes else 0.0)) if score else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        header, notes = _header_and_notes(f)
        raw = tab.read_csv(f)
        if raw.empty:
            raise refusal("header_no_rows", file=f.name)
        dim = _dimension(list(raw.columns))
        frame = pd.DataFrame({
            "source": raw[dim],
            "platform": social_platform(raw[dim].fillna("")),
            "sessions": tab.to_count(tab.coalesce(raw, "Sessions")),
            "engaged_sessions": tab.to_count(tab.coalesce(raw, "Engaged sessions")),
            "conversions": tab.to_count(tab.coalesce(raw, "Key events", "Conversions")),
            "revenue": tab.to_number(tab.coalesce(raw, "Total revenue", "Purchase revenue")),
        })
        warnings: list[str] = []
        total = int(frame["sessions"].sum())
        social = frame["platform"].notna()
        other = int(frame.loc[~social, "sessions"].sum())
        if other:
            top = (frame[~social].groupby("source")["sessions"].sum().sort_values(ascending=False).head(3))
            warnings.append(Note("ga4_other", other=f"{other:,}", total=f"{total:,}", share=f"{other / max(total, 1):.0%}",
                                 top=", ".join(top.index)))
        near = frame[~social & frame["source"].str.contains(_LOOKS_SOCIAL, na=False)]
        if len(near):
            top = near.groupby("source")["sessions"].sum().sort_values(ascending=False).head(5)
            warnings.append(Note("ga4_near", sources="; ".join(f"{s[:50]} ({int(n):,})" for s, n in top.items())))
        frame = frame[social]
        if not len(frame):
            raise refusal("ga4_no_social", file=f.name, total=total)
        metrics = ["sessions", "engaged_sessions", "conversions", "revenue"]
        date_col = tab.column(raw, "Date")
        if date_col:
            frame = frame.assign(date=pd.to_datetime(raw.loc[frame.index, date_col].str.strip(), format="%Y%m%d",
                                                     errors="coerce"))
            frame = tab.drop_missing(frame, "date", "a readable date", warnings)
            traffic = frame.groupby(["date", "platform"], as_index=False)[metrics].sum(min_count=1)
        else:
            span = _range(notes)
            if span is None:
                raise refusal("ga4_no_dates", file=f.name)
            totals = frame.groupby("platform", as_index=False)[metrics].sum(min_count=1)
            traffic = _spread(totals, *span)
            days = (span[1] - span[0]).days + 1
            warnings.append(Note("ga4_spread", first=f"{span[0]:%Y-%m-%d}", last=f"{span[1]:%Y-%m-%d}", days=days))
        return tab.result(f, self.key, "other", warnings=warnings, traffic=traffic)


class ChannelGroups:
    """GA4 traffic acquisition by default channel group: recognised, but it cannot name platforms."""

    key = "ga4_channels"
    label = "Google Analytics 4 traffic acquisition export by channel group"
    how_to_get = TrafficAcquisition.how_to_get

    def detect(self, f: SourceFile) -> float:
        header, _ = _header_and_notes(f)
        first = tab.norm(header[0]) if header else ""
        return 0.9 if "channel group" in first and "sessions" in {tab.norm(c) for c in header} else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raise refusal("ga4_channels", file=f.name)


IMPORTERS = [TrafficAcquisition(), ChannelGroups()]
