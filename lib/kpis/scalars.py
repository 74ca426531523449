"""The scalar KPIs of one period's window, overall and per platform (``scalars``), with their coded reasons when
unavailable. The choices where KPIS.md is silent are listed in ``lib/kpis/compute.py``."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

from lib.kpis.catalog import SCALAR_KEYS
from lib.kpis.coverage import intervals_us, longest_covered_gap
from lib.kpis.prepare import (
    F_BRAND,
    F_DIALOGUE,
    F_ROOT,
    F_SUBST,
    F_SUBST_KNOWN,
    N_FLAGS,
    NO_TIME,
    POST_METRICS,
    waiting_for_answer,
)
from lib.kpis.texts import reason
from lib.kpis.window import (
    METRIC_REASON,
    MIN_GROUP,
    NETWORKING_BANDS,
    R_FOLLOWERS,
    R_NO_ANSWERED,
    R_NO_AUDIENCE,
    R_NO_INTERACTIONS,
    R_NO_OUTPUT,
    R_NO_POSTS,
    R_NO_ROOTS,
    R_NO_THREADS,
    R_POSTS,
    R_SHORT,
    R_TEXT,
    R_THREADS,
    R_TRAFFIC,
    R_TWO_POSTS,
    R_UNCOVERED,
    US_PER_DAY,
    US_PER_HOUR,
    _commenter_counts,
    _local_us,
    _Window,
)


# --------------------------------------------------------------------------------------------------- helpers
def _bc(plat: np.ndarray, mask: np.ndarray | None, n: int, weights: np.ndarray | None = None) -> np.ndarray:
    if mask is not None:
        plat = plat[mask]
        weights = None if weights is None else weights[mask]
    return np.bincount(plat, weights=weights, minlength=n).astype(float)


def _div(a: float, b: float) -> float | None:
    return None if b == 0 or b is None or a is None or np.isnan(b) or np.isnan(a) else float(a) / float(b)


def top10_share(counts: np.ndarray) -> float | None:
    """Share of comments written by the most active 10% of commenters (k = ceil(0.1 n)).

    >>> top10_share(np.array([5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))  # n=11, k=2: (5+1)/15
    0.4
    """
    x = np.asarray(counts, dtype=float)
    return _top10_sorted(np.sort(x[x > 0]))


def _top10_sorted(x: np.ndarray) -> float | None:
    if x.size == 0:
        return None
    return float(x[x.size - math.ceil(0.1 * x.size):].sum() / x.sum())


def gini(counts: np.ndarray) -> float | None:
    """Gini of comments per commenter: sum_i sum_j |x_i - x_j| / (2 n^2 mean), over counts >= 1.

    >>> gini(np.array([1, 1, 1, 1]))
    0.0
    >>> round(gini(np.array([1, 3])), 4)  # |1-3| * 2 / (2 * 4 * 2) = 0.25
    0.25
    """
    x = np.asarray(counts, dtype=float)
    return _gini_sorted(np.sort(x[x > 0]))


def _gini_sorted(x: np.ndarray) -> float | None:
    n = x.size
    if n == 0:
        return None
    i = np.arange(1, n + 1)
    return float((2.0 * (i * x).sum()) / (n * x.sum()) - (n + 1.0) / n)


def _percentile(x: np.ndarray, q: float) -> float | None:
    return None if x.size == 0 else float(np.percentile(x, q))


def networking_band(value: float | None) -> str | None:
    """'broadcaster' below 0.2, 'mixed' from 0.2 to 0.5, 'networker' above 0.5."""
    if value is None:
        return None
    for edge, label in NETWORKING_BANDS:
        if value < edge or (label == "mixed" and value <= edge):
            return label
    return "networker"


# --------------------------------------------------------------------------------------------------- scalars
def _components(w: _Window) -> dict[str, np.ndarray]:
    """Additive per-platform counts for the window (length = number of platforms)."""
    P = w.n_plat
    ps, cs = w.posts, w.comments
    plat = ps["plat"].to_numpy()
    g: dict[str, np.ndarray] = {"n_posts": _bc(plat, None, P)}
    vals = {m: ps[m].to_numpy() for m in (*POST_METRICS, "interactions")}
    kn = {m: ~np.isnan(v) for m, v in vals.items()}
    for m, v in vals.items():
        g["sum_" + m] = _bc(plat, kn[m], P, v)
        g["n_" + m] = _bc(plat, kn[m], P)
    ck = kn["comments"]
    g["cs_den"] = _bc(plat, ck & kn["interactions"], P, vals["interactions"])
    rk = kn["reach"] & kn["interactions"]
    g["er_num"] = _bc(plat, rk, P, vals["interactions"])
    g["er_den"] = _bc(plat, rk, P, vals["reach"])
    g["silent"] = _bc(plat, ck & (np.nan_to_num(vals["comments"], nan=-1) == 0), P)
    q = ps["question"].to_numpy()
    for name, mask in (("q", ck & (q == 1)), ("s", ck & (q == 0))):
        g[name + "_n"] = _bc(plat, mask, P)
        g[name + "_sum"] = _bc(plat, mask, P, vals["comments"])
    # followers
    fol = w.fol[w.fol["followers"].notna()]
    fp = fol["plat"].to_numpy()
    fv = fol["followers"].to_numpy(dtype=float)
    cnt = np.bincount(fp, minlength=P)
    g["f_mean"] = np.where(cnt > 0, np.bincount(fp, weights=fv, minlength=P) / np.maximum(cnt, 1), np.nan)
    last = np.full(P, np.nan)
    if len(fp):  # rows are sorted by platform and date
        ends = np.r_[np.flatnonzero(np.diff(fp)), len(fp) - 1]
        last[fp[ends]] = fv[ends]
    # growth adds each account's change: the day-to-day deltas after the period's first day
    later = (fol["date"] > w.day0).to_numpy() & fol["delta"].notna().to_numpy()
    delta = np.bincount(fp[later], weights=fol["delta"].to_numpy(dtype=float)[later], minlength=P)
    g["f_growth"] = np.where(cnt > 0, delta, np.nan)
    manual = w.prep.manual_counts  # platforms without a followers series: the count from the settings
    use = ~np.isnan(manual)
    g["f_mean"], g["f_end"] = np.where(use, manual, g["f_mean"]), np.where(use, manual, last)
    # comments and threads: one bincount of (platform, flags) codes, then sums over the flag combinations
    flags = np.bincount(cs["pflags"].to_numpy(), minlength=P * N_FLAGS).reshape(P, N_FLAGS).astype(float)
    bits = np.arange(N_FLAGS)
    brand, root = (bits & F_BRAND) > 0, (bits & F_ROOT) > 0
    aud = ~brand
    g["roots_aud"] = flags[:, root & aud].sum(axis=1)
    g["answered"] = g["roots_aud"] - _bc(cs["plat"].to_numpy(), waiting_for_answer(cs["pflags"].to_numpy()), P)
    g["brand_comments"] = flags[:, brand].sum(axis=1)
    g["threads"] = flags[:, root].sum(axis=1)
    g["thread_comments"] = np.bincount(cs["plat"].to_numpy(), weights=cs["root_size"].to_numpy(), minlength=P)
    g["dialogue"] = flags[:, root & ((bits & F_DIALOGUE) > 0)].sum(axis=1)
    g["aud"] = flags[:, aud].sum(axis=1)
    g["subst_known"] = flags[:, aud & ((bits & F_SUBST_KNOWN) > 0)].sum(axis=1)
    g["subst"] = flags[:, aud & ((bits & F_SUBST) > 0)].sum(axis=1)
    # commenters
    counts, nposts = _commenter_counts(w)
    aplat = w.prep.authors["plat"].to_numpy()
    active = counts > 0
    g["commenters"] = _bc(aplat, active, P)
    g["returning"] = _bc(aplat, nposts >= 2, P)
    g["tribe"] = _bc(aplat, nposts >= 3, P)
    # traffic
    tp = w.traffic["plat"].to_numpy()
    for k in ("sessions", "conversions", "revenue"):
        v = w.traffic[k].to_numpy()
        g["t_" + k] = _bc(tp, ~np.isnan(v), P, v)
        g["tn_" + k] = _bc(tp, ~np.isnan(v), P)
    return g


def _sorted_counts(w: _Window, plat: int | None) -> np.ndarray:
    """Audience comments per active commenter of the window (all platforms, or one), ascending (cached)."""
    if "count_order" not in w.__dict__:
        counts, _ = _commenter_counts(w)
        active = np.flatnonzero(counts > 0)
        aplat = w.prep.authors["plat"].to_numpy()[active]
        order = np.lexsort((counts[active], aplat))
        w.count_plat = aplat[order]
        w.count_order = counts[active][order].astype(float)
        w.count_all = np.sort(w.count_order)
    if plat is None:
        return w.count_all
    lo, hi = np.searchsorted(w.count_plat, [plat, plat + 1])
    return w.count_order[lo:hi]


def _sum(g: dict[str, np.ndarray], idx) -> dict[str, float]:
    """Sum each component over the platforms ``idx``; follower levels stay NaN when no platform has them."""
    out = {}
    for k, v in g.items():
        part = v[idx]
        out[k] = np.nan if k.startswith("f_") and np.isnan(part).all() else float(np.nansum(part))
    return out


def _derive(s: dict[str, float], has: dict[str, bool], known: dict[str, bool]) -> tuple[dict, dict]:
    """Additive KPIs from summed components ``s`` (one platform, or all pooled)."""
    v: dict[str, float | int | None] = {}
    r: dict[str, str] = {}

    def put(key, value, reason):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            v[key] = None
            r[key] = reason
        else:
            v[key] = value

    n_posts = s["n_posts"]
    if not has["posts"]:
        for k in ("posts", *POST_METRICS[:-1], "interactions", "conversation_rate_per_post",
                  "amplification_rate_per_post", "applause_rate_per_post", "conversation_share",
                  "engagement_rate_by_reach", "silent_post_share", "question_post_lift"):
            put(k, None, R_POSTS)
    else:
        v["posts"] = int(n_posts)
        for m in (*POST_METRICS[:-1], "interactions"):
            put(m, int(round(s["sum_" + m])) if known[m] else None, METRIC_REASON[m])
        for key, m in (("conversation_rate_per_post", "comments"), ("amplification_rate_per_post", "shares"),
                       ("applause_rate_per_post", "reactions")):
            put(key, _div(s["sum_" + m], s["n_" + m]) if known[m] else None,
                METRIC_REASON[m] if not known[m] else R_NO_POSTS)
        put("conversation_share", _div(s["sum_comments"], s["cs_den"]),
            METRIC_REASON["comments"] if not known["comments"] else
            (R_NO_POSTS if n_posts == 0 else reason("no_post_interactions")))
        put("engagement_rate_by_reach", _div(s["er_num"], s["er_den"]),
            R_NO_POSTS if known["reach"] and n_posts == 0 else METRIC_REASON["reach"])
        put("silent_post_share", _div(s["silent"], s["n_comments"]),
            R_NO_POSTS if known["comments"] and n_posts == 0 else METRIC_REASON["comments"])
        if not known["comments"]:
            put("question_post_lift", None, METRIC_REASON["comments"])
        elif s["q_n"] < MIN_GROUP:
            put("question_post_lift", None, reason("few_questions", n=MIN_GROUP))
        elif s["s_n"] < MIN_GROUP:
            put("question_post_lift", None, reason("few_statements", n=MIN_GROUP))
        else:
            put("question_post_lift", _div(s["q_sum"] / s["q_n"], s["s_sum"] / s["s_n"]),
                reason("no_statement_comments"))
    # followers
    put("followers_end", int(round(s["f_end"])) if has["followers"] and not np.isnan(s["f_end"]) else None,
        R_FOLLOWERS)
    put("follower_growth", int(round(s["f_growth"])) if has["followers"] and not np.isnan(s["f_growth"]) else None,
        R_FOLLOWERS)
    # threads
    if not has["comments"]:
        for k in ("brand_response_rate", "networking_index", "thread_depth_mean", "dialogue_thread_share",
                  "unique_commenters", "returning_commenter_share", "tribe_size", "substantive_comment_share"):
            put(k, None, R_THREADS)
    else:
        put("brand_response_rate", _div(s["answered"], s["roots_aud"]), R_NO_ROOTS)
        put("networking_index", _div(s["brand_comments"], s["brand_comments"] + n_posts), R_NO_OUTPUT)
        put("thread_depth_mean", _div(s["thread_comments"], s["threads"]), R_NO_THREADS)
        put("dialogue_thread_share", _div(s["dialogue"], s["threads"]), R_NO_THREADS)
        v["unique_commenters"] = int(s["commenters"])
        v["tribe_size"] = int(s["tribe"])
        put("returning_commenter_share", _div(s["returning"], s["commenters"]), R_NO_AUDIENCE)
        put("substantive_comment_share", _div(s["subst"], s["subst_known"]),
            R_NO_AUDIENCE if s["aud"] == 0 else R_TEXT)
    # traffic
    if not has["traffic"]:
        for k in ("social_sessions", "social_conversions", "social_revenue", "economic_value", "sessions_per_post"):
            put(k, None, R_TRAFFIC)
    else:
        put("social_sessions", int(round(s["t_sessions"])) if s["tn_sessions"] else None, reason("sessions"))
        put("social_conversions", int(round(s["t_conversions"])) if s["tn_conversions"] else None, reason("conversions"))
        put("social_revenue", float(s["t_revenue"]) if s["tn_revenue"] else None, reason("revenue"))
        put("economic_value", v["social_conversions"], reason("conversions"))
        put("sessions_per_post", _div(s["t_sessions"], n_posts) if s["tn_sessions"] else None,
            reason("sessions") if not s["tn_sessions"] else (R_POSTS if not has["posts"] else R_NO_POSTS))
    return v, r


def _per_1k(v: dict, r: dict, s: dict[str, float], has_f: bool) -> None:
    for key, base in (("conversation_rate_per_1k_followers", "conversation_rate_per_post"),
                      ("amplification_rate_per_1k_followers", "amplification_rate_per_post"),
                      ("applause_rate_per_1k_followers", "applause_rate_per_post")):
        if not has_f or np.isnan(s["f_mean"]) or s["f_mean"] <= 0:
            v[key], r[key] = None, R_FOLLOWERS
        elif v.get(base) is None:
            v[key], r[key] = None, r.get(base, R_NO_POSTS)
        else:
            v[key] = v[base] / s["f_mean"] * 1000.0


def _response_hours(w: _Window) -> tuple[np.ndarray, np.ndarray]:
    """Hours to the first brand reply of each answered audience root of the window, and its platform (cached)."""
    if "hours" not in w.__dict__:
        cs = w.comments
        answered = cs["is_root"].to_numpy() & ~cs["brand"].to_numpy() & (cs["first_brand"].to_numpy() != NO_TIME)
        w.hours = (cs["first_brand"].to_numpy()[answered] - cs["t"].to_numpy()[answered]) / US_PER_HOUR
        w.hours_plat = cs["plat"].to_numpy()[answered]
    return w.hours, w.hours_plat


def _nonadditive(w: _Window, v: dict, r: dict, plat: int | None, has: dict[str, bool]) -> None:
    """Medians, concentration, continuity and hollow growth for one platform (or all when ``plat`` is None)."""
    if has["comments"]:
        hours, hplat = _response_hours(w)
        if plat is not None:
            hours = hours[hplat == plat]
        for key, q in (("brand_response_time_median_h", 50), ("brand_response_time_p90_h", 90)):
            val = _percentile(hours, q)
            v[key] = val
            if val is None:
                r[key] = R_NO_ANSWERED
        counts = _sorted_counts(w, plat)
        for key, fn in (("top10_commenter_share", _top10_sorted), ("commenter_gini", _gini_sorted)):
            val = fn(counts)
            v[key] = val
            if val is None:
                r[key] = R_NO_AUDIENCE
    else:
        for key in ("brand_response_time_median_h", "brand_response_time_p90_h", "top10_commenter_share",
                    "commenter_gini"):
            v[key], r[key] = None, R_THREADS
    # continuity
    psel = np.ones(len(w.posts), bool) if plat is None else w.posts["plat"].to_numpy() == plat
    if not has["posts"]:
        v["active_week_share"], r["active_week_share"] = None, R_POSTS
        v["longest_gap_days"], r["longest_gap_days"] = None, R_POSTS
    else:
        covered = _covered(w, plat)
        weeks = _week_of_day(w)
        days = np.ones(w.days, bool) if covered is None else _covered_days(w, covered)
        days[w.post_day[psel]] = True  # a post proves its day was covered
        seen = np.count_nonzero(np.bincount(weeks[days], minlength=weeks.max() + 1))
        posted = np.count_nonzero(np.bincount(weeks[w.post_day[psel]], minlength=weeks.max() + 1))
        if seen:
            v["active_week_share"] = float(posted / seen)
        else:
            v["active_week_share"], r["active_week_share"] = None, R_UNCOVERED
        t = w.posts["t"].to_numpy()[psel]
        if t.size >= 2:
            v["longest_gap_days"] = longest_covered_gap(t, covered)
        else:
            v["longest_gap_days"], r["longest_gap_days"] = None, R_TWO_POSTS
    # hollow growth
    pidx = slice(None) if plat is None else [plat]
    fol = w.grid_fol[pidx]
    has_f = ~np.isnan(fol).all(axis=1)
    if not has_f.any():
        v["hollow_growth"], r["hollow_growth"] = None, R_FOLLOWERS
    elif w.days < 2:
        v["hollow_growth"], r["hollow_growth"] = None, R_SHORT
    else:
        half = w.days // 2
        fol = fol[has_f]
        inter = w.grid_inter[pidx][has_f]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN halves are handled below
            m1 = np.nanmean(fol[:, :half], axis=1)
            m2 = np.nanmean(fol[:, half:], axis=1)
        ok = ~np.isnan(m1) & ~np.isnan(m2)
        f1, f2 = m1[ok].sum(), m2[ok].sum()
        # mean interactions per day of each half: halves of an odd period differ by a day
        i1, i2 = inter[ok, :half].sum() / half, inter[ok, half:].sum() / (w.days - half)
        if not ok.any() or f1 <= 0:
            v["hollow_growth"], r["hollow_growth"] = None, R_FOLLOWERS
        elif i1 <= 0:
            v["hollow_growth"], r["hollow_growth"] = None, R_NO_INTERACTIONS
        else:
            v["hollow_growth"] = float((f2 - f1) / f1 - (i2 - i1) / i1)


def _covered(w: _Window, plat: int | None) -> np.ndarray | None:
    """The window's covered microsecond intervals for one platform (or the union over all), None when every day
    counts (a platform without coverage data covers every day)."""
    prep = w.prep
    names = prep.platforms if plat is None else (prep.platforms[plat],)
    if any(p not in prep.coverage for p in names):
        return None
    return intervals_us((span for p in names for span in prep.coverage[p]), w.lo, w.hi)


def _covered_days(w: _Window, covered: np.ndarray) -> np.ndarray:
    """Mask of the window's local days that a covered interval touches."""
    days = np.zeros(w.days, bool)
    if len(covered):
        first = (_local_us(covered[:, 0], w.tz) - w.day0_us) // US_PER_DAY
        last = (_local_us(covered[:, 1] - 1, w.tz) - w.day0_us) // US_PER_DAY
        for a, b in zip(np.clip(first, 0, w.days - 1), np.clip(last, 0, w.days - 1)):
            days[a:b + 1] = True
    return days


def _week_of_day(w: _Window) -> np.ndarray:
    if "weeks" not in w.__dict__:
        days = pd.date_range(w.day0, periods=w.days, freq="D")
        iso = days.isocalendar()
        key = iso["year"].to_numpy() * 100 + iso["week"].to_numpy()
        _, w.weeks = np.unique(key, return_inverse=True)
    return w.weeks


def scalars(w: _Window) -> tuple[dict, dict, dict, dict]:
    """Every scalar KPI of the window: overall values, their reasons when unavailable, and the same per
    platform (``{platform: values}``, ``{platform: reasons}``)."""
    prep = w.prep
    g = _components(w)
    has_followers = prep.has_followers | ~np.isnan(prep.manual_counts)
    overall_has = {"posts": bool(prep.has_posts.any()), "comments": bool(prep.has_comments.any()),
                   "followers": bool(has_followers.any()), "traffic": bool(prep.has_traffic.any())}
    known_all = {m: bool(k.any()) for m, k in prep.known.items()}
    s_all = _sum(g, slice(None))
    v, r = _derive(s_all, overall_has, known_all)
    # overall per-1k: only platforms with followers in the period
    with_f = ~np.isnan(g["f_mean"])
    s_f = _sum(g, with_f)
    vf, rf = _derive(s_f, overall_has, known_all) if with_f.any() else ({}, {})
    _per_1k(vf, rf, s_f, bool(with_f.any()))
    for key in ("conversation_rate_per_1k_followers", "amplification_rate_per_1k_followers",
                "applause_rate_per_1k_followers"):
        v[key] = vf.get(key)
        if v[key] is None:
            r[key] = rf.get(key, R_FOLLOWERS)
    # overall networking index: only platforms with comment threads (the posts of an export without threads say
    # nothing about the brand's replies there)
    with_c = prep.has_comments.astype(bool)
    if with_c.any() and not with_c.all():
        vc, rc = _derive(_sum(g, with_c), overall_has, known_all)
        v["networking_index"] = vc.get("networking_index")
        if v["networking_index"] is None:
            r["networking_index"] = rc["networking_index"]
        else:
            r.pop("networking_index", None)
    _nonadditive(w, v, r, None, overall_has)
    by, rby = {}, {}
    for i, p in enumerate(prep.platforms):
        has = {"posts": bool(prep.has_posts[i]), "comments": bool(prep.has_comments[i]),
               "followers": bool(has_followers[i]), "traffic": bool(prep.has_traffic[i])}
        s = _sum(g, [i])
        vp, rp = _derive(s, has, {m: bool(k[i]) for m, k in prep.known.items()})
        _per_1k(vp, rp, s, has["followers"])
        _nonadditive(w, vp, rp, i, has)
        by[p], rby[p] = _ordered(vp), rp
    return _ordered(v), r, by, rby


def _ordered(v: dict) -> dict:
    return {k: v.get(k) for k in SCALAR_KEYS}
