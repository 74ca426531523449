"""What ``scalars`` and ``tables`` share: one period's window over the prepared arrays, the histogram edges and
labels, the sample sizes, the scorecard thresholds and the coded reasons."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd

from lib.errors import ConversaError
from lib.kpis.prepare import Prepared
from lib.kpis.texts import reason

US_PER_HOUR = 3_600_000_000
US_PER_DAY = 24 * US_PER_HOUR
LANG_SAMPLE = 1000  # a share from 1,000 comments is within about 3 points (95%)
BRAND_LANG_SAMPLE = 300
MIN_GROUP = 5
HIST_EDGES = (0.0, 1.0, 4.0, 24.0, 72.0, math.inf)
HIST_LABELS = ("<1 h", "1-4 h", "4-24 h", "1-3 d", ">3 d")
DEPTH_EDGES = (1, 2, 3, 4, 6, 11, np.iinfo(np.int64).max)
DEPTH_LABELS = ("1", "2", "3", "4-5", "6-10", ">10")
NETWORKING_BANDS = ((0.2, "broadcaster"), (0.5, "mixed"), (math.inf, "networker"))

#: channel_scorecard: signal -> threshold (a signal is met at or above its threshold).
SCORECARD_THRESHOLDS: dict[str, float] = {
    "conversation_share": 0.05,  # at least 5 comments per 100 interactions
    "conversation_rate_per_1k_followers": 0.5,  # half a comment per post per 1,000 followers
    "brand_response_rate": 0.5,  # the brand answers at least half of the threads
    "substantive_comment_share": 0.3,  # three comments in ten say something
    "sessions_per_post": 1.0,  # each post brings at least one website session
}

R_POSTS = reason("posts")
R_NO_POSTS = reason("no_posts")
R_THREADS = reason("threads")
R_FOLLOWERS = reason("followers")
R_TRAFFIC = reason("traffic")
R_NO_AUDIENCE = reason("no_audience")
R_NO_THREADS = reason("no_threads")
R_NO_ANSWERED = reason("no_answered")
R_NO_ROOTS = reason("no_roots")
R_TEXT = reason("texts")
R_TWO_POSTS = reason("two_posts")
R_UNCOVERED = reason("uncovered")
R_NO_OUTPUT = reason("no_output")
R_SHORT = reason("short_period")
R_NO_INTERACTIONS = reason("no_first_half_interactions")
METRIC_REASON = {"impressions": reason("impressions"), "reach": reason("reach"), "reactions": reason("reactions"),
                 "comments": reason("comment_counts"), "shares": reason("shares"), "saves": reason("saves"),
                 "clicks": reason("clicks"), "interactions": reason("interactions")}


# --------------------------------------------------------------------------------------------------- windows
class _Window:
    """One period's slices of the prepared arrays, with local days and a per-platform daily grid."""

    # computed on first use and kept (by _audience_roots, _commenter_counts and the scalars' cached helpers)
    root_mask: np.ndarray
    root_local: np.ndarray
    counts: np.ndarray
    nposts: np.ndarray
    count_plat: np.ndarray
    count_order: np.ndarray
    count_all: np.ndarray
    hours: np.ndarray
    hours_plat: np.ndarray
    weeks: np.ndarray

    def __init__(self, prep: Prepared, since: dt.date, until: dt.date, tz: str):
        self.prep, self.since, self.until, self.tz = prep, since, until, tz
        self.lo, self.hi = _utc_bounds(since, until, tz)
        self.day0 = pd.Timestamp(since)
        self.days = (until - since).days + 1
        P = prep.n_platforms
        self.n_plat = P
        pt = prep.posts["t"].to_numpy()
        self.p0, self.p1 = np.searchsorted(pt, [self.lo, self.hi])
        ct = prep.comments["t"].to_numpy()
        self.c0, self.c1 = np.searchsorted(ct, [self.lo, self.hi])
        self.posts = prep.posts.iloc[self.p0:self.p1]
        self.comments = prep.comments.iloc[self.c0:self.c1]
        self.day0_us = self.day0.value // 1000  # .value is in nanoseconds
        self.post_day = np.clip((_local_us(self.posts["t"].to_numpy(), tz) - self.day0_us) // US_PER_DAY,
                                0, max(self.days - 1, 0))
        f = prep.followers
        fm = (f["date"] >= self.day0) & (f["date"] <= pd.Timestamp(until))
        self.fol = f[fm]
        tr = prep.traffic
        self.traffic = tr[(tr["date"] >= self.day0) & (tr["date"] <= pd.Timestamp(until))]
        # daily grids [platform, day]
        D = self.days
        plat = self.posts["plat"].to_numpy()
        inter = self.posts["interactions"].to_numpy()
        known = ~np.isnan(inter)
        flat = plat * D + self.post_day
        self.grid_posts = np.bincount(flat, minlength=P * D).reshape(P, D)
        self.grid_inter = np.bincount(flat[known], weights=inter[known], minlength=P * D).reshape(P, D)
        fd = ((self.fol["date"] - self.day0) // pd.Timedelta(days=1)).to_numpy().astype(np.int64)
        fflat = self.fol["plat"].to_numpy() * D + fd
        fol = np.full(P * D, np.nan)
        fol[fflat] = self.fol["followers"].to_numpy(dtype=float)
        self.grid_fol = fol.reshape(P, D)
        gain = np.full(P * D, np.nan)
        gain[fflat] = self.fol["gained"].to_numpy(dtype=float)
        self.grid_gain = gain.reshape(P, D)


def _utc_bounds(since: dt.date, until: dt.date, tz: str) -> tuple[int, int]:
    def midnight(d: dt.date) -> int:
        try:
            ts = pd.Timestamp(d).tz_localize(tz, ambiguous=True, nonexistent="shift_forward")
        except (KeyError, ValueError, TypeError) as exc:
            raise ConversaError(f"'{tz}' is not a time zone; use a name like Europe/Rome or UTC.") from exc
        return int(ts.tz_convert("UTC").value // 1000)  # .value is in nanoseconds
    return midnight(since), midnight(until + dt.timedelta(days=1))


def _local_us(t_us: np.ndarray, tz: str) -> np.ndarray:
    """UTC microseconds as local wall-clock microseconds in ``tz`` (int64, so fields are integer arithmetic)."""
    if tz == "UTC" or not len(t_us):
        return np.asarray(t_us, dtype=np.int64)
    idx = pd.DatetimeIndex(t_us.astype("datetime64[us]")).tz_localize("UTC")
    return idx.tz_convert(tz).tz_localize(None).as_unit("us").asi8


def _audience_roots(w: _Window) -> tuple[np.ndarray, np.ndarray]:
    """Mask of the window's audience thread roots and their local times in microseconds (cached)."""
    if "root_mask" not in w.__dict__:
        cs = w.comments
        w.root_mask = cs["is_root"].to_numpy() & ~cs["brand"].to_numpy()
        w.root_local = _local_us(cs["t"].to_numpy()[w.root_mask], w.tz)
    return w.root_mask, w.root_local


def _commenter_counts(w: _Window) -> tuple[np.ndarray, np.ndarray]:
    """Per author code: audience comments in the window and distinct posts commented on."""
    if "counts" in w.__dict__:
        return w.counts, w.nposts
    cs = w.comments
    n_auth = len(w.prep.authors)
    sel = (~cs["brand"].to_numpy()) & (cs["author"].to_numpy() >= 0)
    a = cs["author"].to_numpy()[sel]
    counts = np.bincount(a, minlength=n_auth)
    pair_author = w.prep.pair_author
    present = np.bincount(cs["pair"].to_numpy()[sel], minlength=len(pair_author)) > 0  # distinct (author, post)
    nposts = np.bincount(pair_author[present], minlength=n_auth)
    w.counts, w.nposts = counts, nposts
    return counts, nposts
