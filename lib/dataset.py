"""``Dataset``: the four canonical tables together, merged without double counting and filtered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from lib import schema, text
from lib.schema import COMMENTS, FOLLOWERS, POSTS, TRAFFIC, Comments, Posts, TableSpec


def _empty_posts() -> pd.DataFrame:
    return schema.empty(POSTS)


def _empty_comments() -> pd.DataFrame:
    return schema.empty(COMMENTS)


def _empty_followers() -> pd.DataFrame:
    return schema.empty(FOLLOWERS)


def _empty_traffic() -> pd.DataFrame:
    return schema.empty(TRAFFIC)


def _last_per_key(frame: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """``frame`` without rows whose key a later row repeats (the frame itself when no key repeats)."""
    dup = schema.duplicated(frame, spec.key, keep="last")
    return frame[~dup].reset_index(drop=True) if dup.any() else frame


@dataclass(frozen=True)
class Dataset:
    """The canonical tables of one workspace (or one import), each in canonical dtypes.

    Build it with ``Dataset.from_frames`` (coerces, fills derived text features, validates); the plain
    constructor trusts its input.
    """

    posts: pd.DataFrame = field(default_factory=_empty_posts)
    comments: pd.DataFrame = field(default_factory=_empty_comments)
    followers: pd.DataFrame = field(default_factory=_empty_followers)
    traffic: pd.DataFrame = field(default_factory=_empty_traffic)

    TABLES = ("posts", "comments", "followers", "traffic")

    @classmethod
    def from_frames(cls, *, posts=None, comments=None, followers=None, traffic=None) -> Dataset:
        """Coerce raw frames to the canonical schema, compute missing text features and validate.

        Rows duplicated on a table's key keep their last occurrence. Raises ``SchemaError`` naming what
        is wrong.
        """
        return cls.from_frames_counted(posts=posts, comments=comments, followers=followers, traffic=traffic)[0]

    @classmethod
    def from_frames_counted(cls, *, posts=None, comments=None, followers=None,
                            traffic=None) -> tuple[Dataset, dict[str, int]]:
        """``from_frames``, and per table how many rows a later row with the same key replaced (importers
        warn about them, so no row is dropped silently)."""
        frames, replaced = {}, {}
        for name, frame in (("posts", posts), ("comments", comments), ("followers", followers), ("traffic", traffic)):
            spec = schema.TABLES[name]
            if frame is None:
                frames[name] = schema.empty(spec)
                continue
            f = schema.coerce(spec, frame)
            frames[name] = _last_per_key(f, spec)
            if len(frames[name]) < len(f):
                replaced[name] = len(f) - len(frames[name])
        p, c = frames["posts"], frames["comments"]
        if len(p) and p[Posts.is_question].isna().all():
            p[Posts.is_question] = text.is_question(p[Posts.text])
        if len(c) and c[Comments.is_substantive].isna().all():
            c[Comments.is_substantive] = text.is_substantive(c[Comments.text])
        for name, f in frames.items():
            schema.check(schema.TABLES[name], f, check_key=False)  # just de-duplicated
        return cls(**frames), replaced

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def __len__(self) -> int:
        return sum(len(self.table(t)) for t in self.TABLES)

    @property
    def is_empty(self) -> bool:
        return len(self) == 0

    def merge(self, newer: Dataset) -> Dataset:
        """Union of both datasets; where a row's key (platform + id, or platform + account + day) is in
        both, the row from ``newer`` wins, so re-importing an overlapping export never double counts."""
        out = {}
        for name in self.TABLES:
            spec: TableSpec = schema.TABLES[name]
            a, b = self.table(name), newer.table(name)
            if not len(b):
                out[name] = a
            elif not len(a):
                out[name] = b
            else:
                out[name] = _last_per_key(pd.concat([a, b], ignore_index=True), spec)
        return Dataset(**out)

    @staticmethod
    def merge_all(datasets: Iterable[Dataset]) -> Dataset:
        """Merge in order, later datasets winning (one concat per table, not pairwise)."""
        datasets = list(datasets)
        if not datasets:
            return Dataset()
        out = {}
        for name in Dataset.TABLES:
            spec = schema.TABLES[name]
            parts = [d.table(name) for d in datasets if len(d.table(name))]
            if not parts:
                out[name] = schema.empty(spec)
            elif len(parts) == 1:
                out[name] = parts[0]
            else:
                out[name] = _last_per_key(pd.concat(parts, ignore_index=True), spec)
        return Dataset(**out)

    def filter(
        self,
        since: dt.date | None = None,
        until: dt.date | None = None,
        platforms: Iterable[str] | None = None,
        tz: str = "UTC",
    ) -> Dataset:
        """Rows of the given platforms dated within [since, until] (inclusive days in time zone ``tz``).

        Posts are dated by ``published_at``, comments by ``created_at``, followers and traffic by ``date``.
        """
        plats = None if platforms is None else set(platforms)
        out = {}
        for name in self.TABLES:
            f = self.table(name)
            mask = pd.Series(True, index=f.index)
            if plats is not None:
                mask &= f["platform"].isin(plats)
            col = {"posts": Posts.published_at, "comments": Comments.created_at}.get(name, "date")
            if since is not None or until is not None:
                days = f[col].dt.tz_convert(tz).dt.tz_localize(None).dt.normalize() if name in ("posts", "comments") else f[col]
                if since is not None:
                    mask &= days >= pd.Timestamp(since)
                if until is not None:
                    mask &= days <= pd.Timestamp(until)
            out[name] = f[mask].reset_index(drop=True)
        return Dataset(**out)

    @property
    def platforms(self) -> list[str]:
        """Platforms present in any table, in the canonical order."""
        seen = set()
        for name in self.TABLES:
            seen.update(self.table(name)["platform"].dropna().unique())
        return [p for p in schema.PLATFORMS if p in seen]

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        """First and last day (UTC) with any row, or None for an empty dataset."""
        days = []
        for s in (self.posts[Posts.published_at], self.comments[Comments.created_at]):
            if len(s.dropna()):
                days += [s.min().date(), s.max().date()]
        for f in (self.followers, self.traffic):
            if len(f["date"].dropna()):
                days += [f["date"].min().date(), f["date"].max().date()]
        return (min(days), max(days)) if days else None
