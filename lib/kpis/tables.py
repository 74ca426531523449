"""The list-like KPIs of a period as DataFrames (``KpiReport.tables``), built from a computed window.

Tables and columns (current period only):

- ``brand_response_time_histogram``: bucket (<1 h, 1-4 h, 4-24 h, 1-3 d, >3 d), comments, share
- ``thread_depth_distribution``: comments_per_thread (1, 2, 3, 4-5, 6-10, >10), threads, share
- ``conversation_starts``: weekday (0 = Monday), hour (local), threads (audience thread roots)
- ``commenters``: rank, platform, author_id, author_name, author_pseudonym, comments, posts, substantive, tribe
- ``lorenz``: commenters_share, comments_share (at most 101 points)
- ``comment_examples``: platform, created_at, author_name, author_pseudonym, text, substantive (5 + 5, by hash)
- ``posts_ranked``: rank, platform, post_id, published_at, post_type, text, permalink, comments, reactions,
  shares, saves, interactions, conversation_share, threads, brand_replies, is_question (most comments first)
- ``post_types``: platform, post_type, posts, comments, interactions, conversation_rate_per_post,
  conversation_share
- ``question_vs_statement``: kind (question / statement), posts, comments, mean_comments
- ``daily``: date, platform, followers, gained, interactions, posts (every day of the period x platform)
- ``follower_spike_days``: platform, date, gained, threshold, interactions, interactions_threshold,
  round_number, reasons
- ``engagement_per_1k_followers_trend``: month, platform, posts, interactions, mean_followers,
  engagement_per_1k_followers
- ``scale_curve``: month, platform, mean_followers, brand_response_rate, conversation_rate_per_1k_followers
- ``traffic_by_platform``: platform, sessions, engaged_sessions, conversions, revenue, posts, sessions_per_post
- ``channel_scorecard``: platform, posts, followers_end, conversation_rate_per_1k_followers, conversation_share,
  brand_response_rate, substantive_comment_share, sessions, conversions, sessions_per_post, signals_met,
  signals_available, verdict (keep / rethink / None), verdict_reason
- ``audience_languages``: language (ISO 639-1 or "unknown"), language_name, comments, share;
  ``brand_languages``: language, language_name, posts, share (most first);
  ``language_comparison``: language, language_name, audience_share, brand_share (see ``LanguageComparison``)

The classes below (``Daily.followers``, ``ChannelScorecard.verdict``, ...) name these columns; ``COLUMNS`` maps each
table name to its class. ``channel_scorecard.verdict_reason`` is a coded reason: ``lib.kpis.texts.reason_text``
gives it in English or Italian.

Monthly tables carry one row per platform and month plus rows with ``platform == "all"`` for the pooled figure;
sum only one of them.
"""

from __future__ import annotations

import math
import warnings
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd

from lib.kpis import languages
from lib.kpis.prepare import NO_TIME
from lib.kpis.texts import note, reason
from lib.kpis.window import (
    BRAND_LANG_SAMPLE,
    DEPTH_EDGES,
    DEPTH_LABELS,
    HIST_EDGES,
    HIST_LABELS,
    LANG_SAMPLE,
    R_FOLLOWERS,
    R_NO_ANSWERED,
    R_NO_AUDIENCE,
    R_POSTS,
    R_THREADS,
    R_TRAFFIC,
    SCORECARD_THRESHOLDS,
    US_PER_DAY,
    US_PER_HOUR,
    _audience_roots,
    _commenter_counts,
    _Window,
)

ALL = "all"
EXAMPLES = 5
TOP_LANGUAGES = 8
#: extras key: lowercase @handle (without "@") of an audience author mentioned in a table's text -> pseudonym
MENTIONS = "mention_pseudonyms"
#: an @mention: "@" and a handle of letters, digits, "_" and inner dots (not after a letter: no e-mail addresses)
MENTION = r"(?<![\w.])@(\w+(?:\.\w+)*)"


# ------------------------------------------------------------------------------------- column names of the tables
class _Columns:
    """Column names of one table, in order (``columns()``), as class attributes like ``lib.schema.Posts``."""

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(v for k, v in vars(cls).items() if not k.startswith("_") and isinstance(v, str))


class ResponseTimeHistogram(_Columns):
    """``brand_response_time_histogram``."""

    bucket = "bucket"
    comments = "comments"
    share = "share"


class ThreadDepth(_Columns):
    """``thread_depth_distribution``."""

    comments_per_thread = "comments_per_thread"
    threads = "threads"
    share = "share"


class ConversationStarts(_Columns):
    """``conversation_starts``."""

    weekday = "weekday"
    hour = "hour"
    threads = "threads"


class Commenters(_Columns):
    """``commenters``."""

    rank = "rank"
    platform = "platform"
    author_id = "author_id"
    author_name = "author_name"
    author_pseudonym = "author_pseudonym"
    comments = "comments"
    posts = "posts"
    substantive = "substantive"
    tribe = "tribe"


class Lorenz(_Columns):
    """``lorenz``."""

    commenters_share = "commenters_share"
    comments_share = "comments_share"


class CommentExamples(_Columns):
    """``comment_examples``."""

    platform = "platform"
    created_at = "created_at"
    author_name = "author_name"
    author_pseudonym = "author_pseudonym"
    text = "text"
    substantive = "substantive"


class PostsRanked(_Columns):
    """``posts_ranked``."""

    rank = "rank"
    platform = "platform"
    post_id = "post_id"
    published_at = "published_at"
    post_type = "post_type"
    text = "text"
    permalink = "permalink"
    comments = "comments"
    reactions = "reactions"
    shares = "shares"
    saves = "saves"
    interactions = "interactions"
    conversation_share = "conversation_share"
    threads = "threads"
    brand_replies = "brand_replies"
    is_question = "is_question"


class PostTypes(_Columns):
    """``post_types``."""

    platform = "platform"
    post_type = "post_type"
    posts = "posts"
    comments = "comments"
    interactions = "interactions"
    conversation_rate_per_post = "conversation_rate_per_post"
    conversation_share = "conversation_share"


class QuestionVsStatement(_Columns):
    """``question_vs_statement``; ``kind`` is "question" or "statement"."""

    kind = "kind"
    posts = "posts"
    comments = "comments"
    mean_comments = "mean_comments"


class Daily(_Columns):
    """``daily``."""

    date = "date"
    platform = "platform"
    followers = "followers"
    gained = "gained"
    interactions = "interactions"
    posts = "posts"


class SpikeDays(_Columns):
    """``follower_spike_days``."""

    platform = "platform"
    date = "date"
    gained = "gained"
    threshold = "threshold"
    interactions = "interactions"
    interactions_threshold = "interactions_threshold"
    round_number = "round_number"
    reasons = "reasons"


class EngagementTrend(_Columns):
    """``engagement_per_1k_followers_trend`` (rows with ``platform == ALL`` pool the platforms)."""

    month = "month"
    platform = "platform"
    posts = "posts"
    interactions = "interactions"
    mean_followers = "mean_followers"
    engagement_per_1k_followers = "engagement_per_1k_followers"


class ScaleCurve(_Columns):
    """``scale_curve`` (rows with ``platform == ALL`` pool the platforms)."""

    month = "month"
    platform = "platform"
    mean_followers = "mean_followers"
    brand_response_rate = "brand_response_rate"
    conversation_rate_per_1k_followers = "conversation_rate_per_1k_followers"


class TrafficByPlatform(_Columns):
    """``traffic_by_platform``."""

    platform = "platform"
    sessions = "sessions"
    engaged_sessions = "engaged_sessions"
    conversions = "conversions"
    revenue = "revenue"
    posts = "posts"
    sessions_per_post = "sessions_per_post"


class ChannelScorecard(_Columns):
    """``channel_scorecard``; ``verdict_reason`` is a coded reason (``lib.kpis.texts.reason_text`` translates it)."""

    platform = "platform"
    posts = "posts"
    followers_end = "followers_end"
    conversation_rate_per_1k_followers = "conversation_rate_per_1k_followers"
    conversation_share = "conversation_share"
    brand_response_rate = "brand_response_rate"
    substantive_comment_share = "substantive_comment_share"
    sessions = "sessions"
    conversions = "conversions"
    sessions_per_post = "sessions_per_post"
    signals_met = "signals_met"
    signals_available = "signals_available"
    verdict = "verdict"
    verdict_reason = "verdict_reason"


class AudienceLanguages(_Columns):
    """``audience_languages`` (most comments first)."""

    language = "language"
    language_name = "language_name"
    comments = "comments"
    share = "share"


class BrandLanguages(_Columns):
    """``brand_languages`` (most posts first)."""

    language = "language"
    language_name = "language_name"
    posts = "posts"
    share = "share"


class LanguageComparison(_Columns):
    """``language_comparison``: the audience's languages beside the brand's, at most ``TOP_LANGUAGES`` rows, ranked
    by audience share, then brand share."""

    language = "language"
    language_name = "language_name"
    audience_share = "audience_share"
    brand_share = "brand_share"


#: table name -> its columns class
COLUMNS: dict[str, type[_Columns]] = {
    "brand_response_time_histogram": ResponseTimeHistogram, "thread_depth_distribution": ThreadDepth,
    "conversation_starts": ConversationStarts, "commenters": Commenters, "lorenz": Lorenz,
    "comment_examples": CommentExamples, "posts_ranked": PostsRanked, "post_types": PostTypes,
    "question_vs_statement": QuestionVsStatement, "daily": Daily, "follower_spike_days": SpikeDays,
    "engagement_per_1k_followers_trend": EngagementTrend, "scale_curve": ScaleCurve,
    "traffic_by_platform": TrafficByPlatform, "channel_scorecard": ChannelScorecard,
    "audience_languages": AudienceLanguages, "brand_languages": BrandLanguages,
    "language_comparison": LanguageComparison,
}


def build(w: _Window, overall: dict, by_platform: dict, finish_languages=None
          ) -> tuple[dict[str, pd.DataFrame], dict, list[str], dict]:
    """Every table of the period, extras for the findings, notes (sampling), and reasons for empty KPI tables.

    ``finish_languages`` is what ``start_languages(w)`` returned (started early so detection overlaps the rest).
    """
    prep = w.prep
    names = np.array(prep.platforms, dtype=object)
    tables: dict[str, pd.DataFrame] = {}
    extras: dict = {}
    notes: list[str] = []
    reasons: dict[str, str] = {}
    cs = w.comments
    has_comments = bool(prep.has_comments.any())

    if finish_languages is None:
        finish_languages = start_languages(w)

    # ---- response time histogram
    aud = ~cs["brand"].to_numpy()
    answered = cs["is_root"].to_numpy() & aud & (cs["first_brand"].to_numpy() != NO_TIME)
    hours = (cs["first_brand"].to_numpy()[answered] - cs["t"].to_numpy()[answered]) / US_PER_HOUR
    hist = np.histogram(hours, bins=np.array(HIST_EDGES))[0] if hours.size else np.zeros(len(HIST_LABELS), int)
    tables["brand_response_time_histogram"] = pd.DataFrame({
        "bucket": list(HIST_LABELS), "comments": hist.astype(int),
        "share": hist / hist.sum() if hist.sum() else np.full(len(HIST_LABELS), np.nan)})
    if not hours.size:
        reasons["brand_response_time_histogram"] = R_THREADS if not has_comments else R_NO_ANSWERED

    # ---- thread depth distribution
    roots = cs["is_root"].to_numpy()
    sizes = cs["size"].to_numpy()[roots]
    depth = np.histogram(sizes, bins=np.array(DEPTH_EDGES))[0] if sizes.size else np.zeros(len(DEPTH_LABELS), int)
    tables["thread_depth_distribution"] = pd.DataFrame({
        "comments_per_thread": list(DEPTH_LABELS), "threads": depth.astype(int),
        "share": depth / depth.sum() if depth.sum() else np.full(len(DEPTH_LABELS), np.nan)})

    # ---- conversation starts (weekday x hour of audience thread roots, local time)
    _, local = _audience_roots(w)
    weekday = (local // US_PER_DAY + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday
    grid = np.bincount(weekday * 24 + (local % US_PER_DAY) // US_PER_HOUR, minlength=7 * 24)
    tables["conversation_starts"] = pd.DataFrame({
        "weekday": np.repeat(np.arange(7), 24), "hour": np.tile(np.arange(24), 7), "threads": grid.astype(int)})

    # ---- commenters, lorenz, concentration extras
    counts, nposts = _commenter_counts(w)
    authors = prep.authors
    active = np.flatnonzero(counts > 0)
    sel = (~cs["brand"].to_numpy()) & (cs["author"].to_numpy() >= 0)
    subst_by = np.bincount(cs["author"].to_numpy()[sel], weights=(cs["subst"].to_numpy()[sel] == 1),
                           minlength=len(authors))
    first_seen = authors["first_seen"].to_numpy()[active]
    active = active[np.lexsort((first_seen, -nposts[active], -counts[active]))]  # most comments first
    com = pd.DataFrame({
        "platform": authors["platform"].array.take(active), "author_id": authors["author_id"].array.take(active),
        "author_name": authors["author_name"].array.take(active),
        "author_pseudonym": authors["author_pseudonym"].array.take(active),
        "comments": counts[active].astype(int), "posts": nposts[active].astype(int),
        "substantive": subst_by[active].astype(int), "tribe": nposts[active] >= 3})
    com.insert(0, "rank", np.arange(1, len(com) + 1))
    tables["commenters"] = com
    x = np.sort(counts[active].astype(float))
    if x.size:
        cum = np.r_[0.0, np.cumsum(x) / x.sum()]
        q = np.linspace(0, 1, min(101, x.size + 1))
        tables["lorenz"] = pd.DataFrame({"commenters_share": q, "comments_share": np.interp(q, np.linspace(0, 1, x.size + 1), cum)})
        desc = np.cumsum(x[::-1])
        extras["half_comments_commenters"] = int(np.searchsorted(desc, desc[-1] / 2.0) + 1)
        extras["audience_comments"] = int(desc[-1])
    else:
        tables["lorenz"] = pd.DataFrame({"commenters_share": pd.Series(dtype=float),
                                         "comments_share": pd.Series(dtype=float)})
        if has_comments:
            reasons.setdefault("commenters", R_NO_AUDIENCE)

    # ---- comment examples (audience; chosen by a hash of the comment, so stable)
    subst_all, hashes = cs["subst"].to_numpy(), cs["hash"].to_numpy()
    picks = []
    for flag in (1.0, 0.0):
        pos = np.flatnonzero(aud & (subst_all == flag))
        if pos.size > EXAMPLES:
            pos = pos[np.argpartition(hashes[pos], EXAMPLES)[:EXAMPLES]]
        picks.append(pos[np.argsort(hashes[pos], kind="stable")])
    ex = cs.iloc[np.concatenate(picks)]
    a_idx = ex["author"].to_numpy()  # -1 (no author) takes a missing value
    tables["comment_examples"] = pd.DataFrame({
        "platform": names[ex["plat"].to_numpy()] if len(ex) else np.array([], dtype=object),
        "created_at": _raw(prep, "comments", ex.index, "created_at"),
        "author_name": pd.Series(authors["author_name"].array.take(a_idx, allow_fill=True), dtype="str"),
        "author_pseudonym": pd.Series(authors["author_pseudonym"].array.take(a_idx, allow_fill=True), dtype="str"),
        "text": _raw(prep, "comments", ex.index, "text"), "substantive": ex["subst"].to_numpy() == 1})

    # ---- posts ranked, post types, question vs statement
    ps = w.posts
    conv_share = np.where(ps["interactions"].to_numpy() > 0,
                          ps["comments"].to_numpy() / np.where(ps["interactions"].to_numpy() > 0, ps["interactions"].to_numpy(), 1),
                          np.nan)
    cm_ = ps["comments"].to_numpy()
    order = np.lexsort((ps["hash"].to_numpy(), ps["t"].to_numpy(), -np.nan_to_num(conv_share, nan=-1.0),
                        -np.nan_to_num(cm_, nan=-1.0)))  # most comments first, then conversation share, then time
    ps = ps.iloc[order]
    conv_share = conv_share[order]
    ranked = pd.DataFrame({
        "platform": names[ps["plat"].to_numpy()] if len(ps) else np.array([], dtype=object),
        "post_id": _raw(prep, "posts", ps.index, "post_id"), "published_at": _raw(prep, "posts", ps.index, "published_at"),
        "post_type": _raw(prep, "posts", ps.index, "post_type"), "text": _raw(prep, "posts", ps.index, "text"),
        "permalink": _raw(prep, "posts", ps.index, "permalink"),
        "comments": ps["comments"].to_numpy(), "reactions": ps["reactions"].to_numpy(),
        "shares": ps["shares"].to_numpy(), "saves": ps["saves"].to_numpy(),
        "interactions": ps["interactions"].to_numpy(), "conversation_share": conv_share,
        "threads": ps["threads"].to_numpy(), "brand_replies": ps["brand_replies"].to_numpy(),
        "is_question": ps["question"].to_numpy() == 1})
    ranked.insert(0, "rank", np.arange(1, len(ranked) + 1))
    tables["posts_ranked"] = ranked
    pt = ranked.assign(post_type=ranked["post_type"].fillna("unknown"),
                       _ck=ranked["comments"].notna(), _ik=ranked["interactions"].notna(),
                       _cs_den=ranked["interactions"].where(ranked["comments"].notna()))
    grp = pt.groupby(["platform", "post_type"], sort=True, observed=True).agg(
        posts=("rank", "size"), comments=("comments", "sum"), posts_with_comments=("_ck", "sum"),
        interactions=("interactions", "sum"), cs_den=("_cs_den", "sum")).reset_index()
    grp["conversation_rate_per_post"] = grp["comments"] / grp["posts_with_comments"].where(grp["posts_with_comments"] > 0)
    grp["conversation_share"] = grp["comments"] / grp["cs_den"].where(grp["cs_den"] > 0)
    tables["post_types"] = grp.drop(columns=["cs_den", "posts_with_comments"])
    q = ps["question"].to_numpy()
    cm = ps["comments"].to_numpy()
    rows = []
    for label, mask in (("question", q == 1), ("statement", q == 0)):
        known = mask & ~np.isnan(cm)
        rows.append({"kind": label, "posts": int(mask.sum()), "comments": float(np.nansum(cm[known])),
                     "mean_comments": float(cm[known].mean()) if known.any() else np.nan})
    tables["question_vs_statement"] = pd.DataFrame(rows)

    # ---- daily per platform
    D, P = w.days, w.n_plat
    days = pd.date_range(w.day0, periods=D, freq="D")
    daily = pd.DataFrame({
        "date": np.tile(days.to_numpy(), P), "platform": np.repeat(names, D) if P else np.array([], dtype=object),
        "followers": w.grid_fol.ravel(), "gained": w.grid_gain.ravel(),
        "interactions": w.grid_inter.ravel(), "posts": w.grid_posts.ravel().astype(int)})
    tables["daily"] = daily

    # ---- follower spike days
    tables["follower_spike_days"] = _spikes(w, names)
    if not prep.has_followers.any() and prep.followers["gained"].isna().all():
        reasons["follower_spike_days"] = R_FOLLOWERS

    # ---- monthly: engagement per 1k followers trend and the scale curve
    trend, scale = _monthly(w, names)
    tables["engagement_per_1k_followers_trend"] = trend
    tables["scale_curve"] = scale
    if not prep.has_followers.any():
        reasons["engagement_per_1k_followers_trend"] = R_FOLLOWERS
        reasons["scale_curve"] = R_FOLLOWERS

    # ---- traffic and the channel scorecard
    tr = w.traffic
    tg = tr.groupby("plat").agg(sessions=("sessions", "sum"), engaged_sessions=("engaged_sessions", "sum"),
                                conversions=("conversions", "sum"), revenue=("revenue", "sum")).reset_index()
    tg["platform"] = names[tg["plat"].to_numpy()] if len(tg) else np.array([], dtype=object)
    tg["posts"] = w.grid_posts.sum(axis=1)[tg["plat"].to_numpy()] if len(tg) else np.array([], dtype=int)
    tg["sessions_per_post"] = tg["sessions"] / tg["posts"].where(tg["posts"] > 0)
    tables["traffic_by_platform"] = tg[["platform", "sessions", "engaged_sessions", "conversions", "revenue", "posts",
                                        "sessions_per_post"]]
    tables["channel_scorecard"] = _scorecard(by_platform)
    if not prep.has_traffic.any():
        reasons.setdefault("traffic_by_platform", R_TRAFFIC)
    if not prep.has_posts.any() and not prep.has_comments.any():
        reasons["channel_scorecard"] = R_POSTS

    # ---- languages
    aud_langs, brand_langs, sample_note = finish_languages()
    tables["audience_languages"] = aud_langs
    tables["brand_languages"] = brand_langs
    tables["language_comparison"] = _language_comparison(aud_langs, brand_langs)
    if sample_note:
        notes.append(sample_note)
    if not has_comments:
        reasons["audience_languages"] = R_THREADS
    elif aud_langs.empty:
        reasons["audience_languages"] = reason("no_substantive")

    extras[MENTIONS] = _mention_pseudonyms(prep, tables)
    if overall.get("comments") is not None and overall.get("reactions"):
        extras["comments_per_100_reactions"] = 100.0 * overall["comments"] / overall["reactions"]
    return tables, extras, notes, reasons


def _spikes(w: _Window, names: np.ndarray) -> pd.DataFrame:
    cols = ["platform", "date", "gained", "threshold", "interactions", "interactions_threshold", "round_number",
            "reasons"]
    gain, inter = w.grid_gain, w.grid_inter
    if not gain.size or np.isnan(gain).all():
        return pd.DataFrame({c: [] for c in cols})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # platforms without gains
        med = np.nanmedian(gain, axis=1)
        mad = np.nanmedian(np.abs(gain - med[:, None]), axis=1)
    thr = np.maximum.reduce([np.full_like(med, 50.0), 3 * med, med + 5 * mad])
    imed = np.median(inter, axis=1)
    imad = np.median(np.abs(inter - imed[:, None]), axis=1)
    ithr = imed + 3 * imad
    # the day and the next two (inside the period) all stay under the interaction threshold
    D = w.days
    padded = np.concatenate([inter, np.full((inter.shape[0], 2), -np.inf)], axis=1)
    win = np.maximum.reduce([padded[:, k:k + D] for k in range(3)])
    has_inter = w.prep.known["interactions"][:, None] if w.prep.known["interactions"].size else False
    flat = (win <= ithr[:, None]) | ~has_inter  # never above the usual level, that day and the next two
    flag = (gain > thr[:, None]) & flat
    pi, di = np.nonzero(flag)
    g = gain[pi, di]
    nearest = np.round(g / 500.0) * 500.0
    rnd = (nearest >= 500) & (np.abs(g - nearest) <= 0.02 * g)
    reasons = np.where(rnd, "spike, flat interactions, round number", "spike, flat interactions")
    return pd.DataFrame({
        "platform": names[pi], "date": (w.day0 + pd.to_timedelta(di, unit="D")).to_numpy(),
        "gained": g.astype(int), "threshold": thr[pi], "interactions": inter[pi, di],
        "interactions_threshold": ithr[pi], "round_number": rnd, "reasons": reasons})


def _monthly(w: _Window, names: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
    P, D = w.n_plat, w.days
    days = pd.date_range(w.day0, periods=D, freq="D")
    mkey = days.year * 12 + days.month - 1
    m0 = int(mkey.min())
    month_of_day = (mkey - m0).to_numpy()
    M = int(month_of_day.max()) + 1
    months = pd.to_datetime({"year": (np.arange(M) + m0) // 12, "month": (np.arange(M) + m0) % 12 + 1, "day": 1})

    def by_month(grid: np.ndarray, reduce_nan: bool = False) -> tuple[np.ndarray, np.ndarray]:
        vals = np.nan_to_num(grid) if reduce_nan else grid
        known = ~np.isnan(grid) if reduce_nan else np.ones_like(grid, bool)
        flat = (np.arange(P)[:, None] * M + month_of_day[None, :]).ravel()
        s = np.bincount(flat, weights=np.where(known, vals, 0).ravel(), minlength=P * M).reshape(P, M)
        n = np.bincount(flat, weights=known.ravel().astype(float), minlength=P * M).reshape(P, M)
        return s, n

    fsum, fn = by_month(w.grid_fol, reduce_nan=True)
    fmean = np.where(fn > 0, fsum / np.maximum(fn, 1), np.nan)
    posts = w.posts
    pm = w.post_day
    pflat = posts["plat"].to_numpy() * M + month_of_day[pm] if len(posts) else np.zeros(0, np.int64)

    def pb(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = ~np.isnan(values)
        return (np.bincount(pflat[k], weights=values[k], minlength=P * M).reshape(P, M),
                np.bincount(pflat[k], minlength=P * M).reshape(P, M).astype(float))

    isum, in_ = pb(posts["interactions"].to_numpy())
    csum, cn = pb(posts["comments"].to_numpy())
    npost = np.bincount(pflat, minlength=P * M).reshape(P, M)
    cs = w.comments
    roots, local = _audience_roots(w)
    rmonth = month_of_day[np.clip((local - w.day0_us) // US_PER_DAY, 0, D - 1)]
    rflat = cs["plat"].to_numpy()[roots] * M + rmonth
    nroots = np.bincount(rflat, minlength=P * M).reshape(P, M).astype(float)
    nans = np.bincount(rflat[cs["first_brand"].to_numpy()[roots] != NO_TIME], minlength=P * M).reshape(P, M).astype(float)

    def ratio(a, b):
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(b > 0, a / np.where(b > 0, b, 1), np.nan)

    has_f = ~np.isnan(fmean)
    # pooled ("all"): platforms with followers in that month
    f_all = np.where(has_f, fmean, 0).sum(axis=0)
    f_all = np.where(has_f.any(axis=0), f_all, np.nan)
    eng_p = ratio(ratio(isum, in_), fmean) * 1000
    eng_all = ratio(ratio(np.where(has_f, isum, 0).sum(0), np.where(has_f, in_, 0).sum(0)), f_all) * 1000
    conv_p = ratio(ratio(csum, cn), fmean) * 1000
    conv_all = ratio(ratio(np.where(has_f, csum, 0).sum(0), np.where(has_f, cn, 0).sum(0)), f_all) * 1000
    brr_p = ratio(nans, nroots)
    brr_all = ratio(nans.sum(0), nroots.sum(0))
    plat_col = np.r_[np.repeat(np.array([ALL], dtype=object), M), np.repeat(names, M)]
    month_col = np.tile(months.to_numpy(), P + 1)
    trend = pd.DataFrame({
        "month": month_col, "platform": plat_col,
        "posts": np.r_[npost.sum(0), npost.ravel()].astype(int),
        "interactions": np.r_[isum.sum(0), isum.ravel()],
        "mean_followers": np.r_[f_all, fmean.ravel()],
        "engagement_per_1k_followers": np.r_[eng_all, eng_p.ravel()]})
    scale = pd.DataFrame({
        "month": month_col, "platform": plat_col, "mean_followers": np.r_[f_all, fmean.ravel()],
        "brand_response_rate": np.r_[brr_all, brr_p.ravel()],
        "conversation_rate_per_1k_followers": np.r_[conv_all, conv_p.ravel()]})
    return trend, scale


def _scorecard(by_platform: dict) -> pd.DataFrame:
    rows = []
    for p, v in by_platform.items():
        signals = {k: v.get(k) for k in SCORECARD_THRESHOLDS}
        avail = {k: x for k, x in signals.items() if x is not None}
        met = [k for k, x in avail.items() if x >= SCORECARD_THRESHOLDS[k]]
        missed = [k for k in avail if k not in met]
        if len(avail) < 2:
            verdict, why = None, reason("verdict_no_data")
        elif len(met) >= math.ceil(len(avail) / 2):
            verdict, why = "keep", reason("verdict_keep", kpis=met)
        else:
            verdict, why = "rethink", reason("verdict_rethink", kpis=missed)
        rows.append({"platform": p, "posts": v.get("posts"), "followers_end": v.get("followers_end"),
                     "conversation_rate_per_1k_followers": v.get("conversation_rate_per_1k_followers"),
                     "conversation_share": v.get("conversation_share"),
                     "brand_response_rate": v.get("brand_response_rate"),
                     "substantive_comment_share": v.get("substantive_comment_share"),
                     "sessions": v.get("social_sessions"), "conversions": v.get("social_conversions"),
                     "sessions_per_post": v.get("sessions_per_post"),
                     "signals_met": len(met), "signals_available": len(avail), "verdict": verdict,
                     "verdict_reason": why})
    out = pd.DataFrame(rows, columns=list(ChannelScorecard.columns()))
    # object dtype keeps the coded reasons (a string column would keep only their English sentences)
    out[ChannelScorecard.verdict_reason] = pd.Series([row["verdict_reason"] for row in rows], dtype=object)
    return out


def start_languages(w: _Window):
    """Start detecting the languages of substantive audience comments and of brand posts (capped samples chosen
    by a content hash) in a background thread; returns ``finish() -> (audience, brand, note)``."""
    cache = w.prep.lang_cache
    cs = w.comments
    pos = np.flatnonzero((~cs["brand"].to_numpy()) & (cs["subst"].to_numpy() == 1))
    sample_note = None
    if pos.size > LANG_SAMPLE:
        sample_note = note("language_sample", sample=LANG_SAMPLE, total=int(pos.size))
        pos = np.sort(pos[np.argpartition(cs["hash"].to_numpy()[pos], LANG_SAMPLE)[:LANG_SAMPLE]])
    c_keys = [("c", int(h)) for h in cs["hash"].to_numpy()[pos].tolist()]
    c_labels = cs.index.to_numpy()[pos]
    ps = w.posts
    ppos = np.arange(len(ps))
    if ppos.size > BRAND_LANG_SAMPLE:
        ppos = np.sort(np.argpartition(ps["hash"].to_numpy(), BRAND_LANG_SAMPLE)[:BRAND_LANG_SAMPLE])
    p_keys = [("p", int(h)) for h in ps["hash"].to_numpy()[ppos].tolist()]
    p_labels = ps.index.to_numpy()[ppos]
    todo_keys, todo_texts = [], []
    for keys, labels, table in ((c_keys, c_labels, "comments"), (p_keys, p_labels, "posts")):
        missing = [i for i, k in enumerate(keys) if k not in cache]
        if missing:
            values = np.asarray(_raw(w.prep, table, labels[missing], "text"), dtype=object)
            for i, value in zip(missing, values):
                if isinstance(value, str) and value.strip():
                    todo_keys.append(keys[i])
                    todo_texts.append(value)
                else:
                    cache[keys[i]] = None
    pool = ThreadPoolExecutor(max_workers=1) if todo_texts else None
    future = pool.submit(languages.detect, todo_texts) if pool else None

    def finish() -> tuple[pd.DataFrame, pd.DataFrame, str | None]:
        if pool is not None and future is not None:
            cache.update(zip(todo_keys, future.result()))
            pool.shutdown()
        aud = [cache[k] for k in c_keys]
        brand = [cache[k] for k in p_keys if cache[k] is not None]
        return _lang_table(aud, "comments"), _lang_table(brand, "posts"), sample_note

    return finish


def _raw(prep, table: str, labels: np.ndarray, col: str):
    """Values of canonical column ``col`` for prepared rows ``labels`` (positions in the sorted order)."""
    rows = (prep.comment_rows if table == "comments" else prep.post_rows)[np.asarray(labels, dtype=np.int64)]
    return prep.dataset.table(table)[col].take(rows).array


def _mention_pseudonyms(prep, tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Pseudonyms of the audience authors whose name or id (lowercase, without "@") is @mentioned in the ``text``
    of a table; handles that are also a brand author's stay out (brand and page names are kept). A handle of
    several audience authors takes the pseudonym of the first seen."""
    texts = [t["text"].dropna().astype(str) for t in tables.values() if "text" in t.columns and len(t)]
    if not texts:
        return {}
    handles = pd.concat(texts).str.findall(MENTION).explode().dropna().str.lower().unique()
    if not len(handles):
        return {}
    authors = prep.authors
    keys = pd.concat([authors["author_name"], authors["author_id"]], ignore_index=True)
    keys = keys.astype("str").str.strip().str.lower().str.lstrip("@")
    who = pd.DataFrame({"handle": keys, "pseudonym": pd.concat([authors["author_pseudonym"]] * 2, ignore_index=True),
                        "brand": np.tile(authors["is_brand"].to_numpy(), 2),
                        "first_seen": np.tile(authors["first_seen"].to_numpy(), 2)})
    who = who[who["handle"].isin(set(handles))]
    brand = set(who.loc[who["brand"], "handle"])
    who = who[~who["brand"] & ~who["handle"].isin(brand)].sort_values("first_seen", kind="stable")
    who = who.drop_duplicates("handle")
    return dict(zip(who["handle"].tolist(), who["pseudonym"].astype(str).tolist()))


def _language_comparison(aud: pd.DataFrame, brand: pd.DataFrame) -> pd.DataFrame:
    """The audience's and the brand's shares per language (0 where one side has texts but not that language, NaN
    where it has none), the ``TOP_LANGUAGES`` first by audience share, then brand share, then code."""
    L = LanguageComparison
    keys = [L.language, L.language_name]
    out = pd.merge(aud[keys + ["share"]].rename(columns={"share": L.audience_share}),
                   brand[keys + ["share"]].rename(columns={"share": L.brand_share}), on=keys, how="outer")
    for col, side in ((L.audience_share, aud), (L.brand_share, brand)):
        out[col] = out[col].astype(float).fillna(0.0) if len(side) else np.nan
    out = out.sort_values([L.audience_share, L.brand_share, L.language], ascending=[False, False, True],
                          ignore_index=True, na_position="last")
    return out.head(TOP_LANGUAGES)[list(L.columns())]


def _lang_table(langs: list[str | None], what: str) -> pd.DataFrame:
    s = pd.Series([x if x else "unknown" for x in langs], dtype="str")
    counts = s.value_counts(sort=False)
    out = pd.DataFrame({"language": counts.index.astype("str"), what: counts.to_numpy().astype(int)})
    out = out.sort_values([what, "language"], ascending=[False, True], ignore_index=True)
    out.insert(1, "language_name", out["language"].map(lambda c: languages.NAMES.get(c, "Unknown")))
    out["share"] = out[what] / out[what].sum() if len(out) else pd.Series(dtype=float)
    return out
