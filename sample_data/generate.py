"""Generate the demo workspace: Forno Rossi, a family bakery, 12 months on five platforms (seeded, reproducible).

``python sample_data/generate.py`` (or ``make demo``) rewrites the demo workspace in ``sample_data/`` byte for byte.
The data tells a story every KPI of KPIS.md can show: followers bought on one day with no rise in engagement,
brand replies that thin out as the audience grows, a tribe of regulars beside a crowd of one-off "great!"
commenters, question posts that draw more comments, Instagram with many likes and little talk beside a smaller
Facebook page with real conversations, dialogue threads, comments in several languages, and website traffic
from every channel.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lib.dataset import Dataset  # noqa: E402
from lib.importers.canonical import write_canonical  # noqa: E402
from sample_data import demo_text as T  # noqa: E402

SEED = 20261031
FIRST_DAY = dt.date(2025, 11, 1)
LAST_DAY = dt.date(2026, 10, 31)
TZ = "Europe/Rome"
CLIENT = "Forno Rossi"
SPIKE_DAY = dt.date(2026, 3, 12)  # Instagram followers bought: +5,000 in one day, nobody engages more
SPIKE = 5_000
CLOSED = (dt.date(2026, 8, 9), dt.date(2026, 8, 23))  # summer holidays: the bakery posts nothing
OUT = Path(__file__).resolve().parent
OUT_FORMATS = Path(__file__).resolve().parent / "platform_formats"


@dataclass(frozen=True)
class Channel:
    """How Forno Rossi behaves, and is answered, on one platform."""

    platform: str
    handle: str  # account id in the data and the brand's author id in comments
    posts: int
    followers: tuple[int, int]  # organic followers at the first and the last day
    post_langs: dict[str, float]
    post_types: dict[str, float]
    reactions_per_1k: float  # reactions per post per 1,000 organic followers
    comments_per_post: float  # mean top-level comments by occasional and one-off commenters
    occasional: float  # share of those written by the platform's occasional commenters
    generic: tuple[float, float]  # share of generic ("great!", emoji) comments: one-off, occasional authors
    audience_langs: dict[str, float]
    reply_rate: tuple[float, float]  # brand reply probability at the start and the end of the year
    reply_hours: tuple[float, float]  # median brand reply delay at the start and the end of the year
    dialogue: float  # probability that the audience answers a brand reply
    crosstalk: float  # probability that another commenter answers a top-level comment
    has_reach: bool
    sessions: float  # website sessions per day from this channel
    conversion: float  # conversions per engaged session
    order_value: float  # euros per conversion
    dull: float  # share of posts that hardly anybody answers


CHANNELS = (
    Channel("facebook", "fornorossi", 150, (2_150, 2_720), {"it": 0.85, "en": 0.15},
            {"photo": 0.5, "video": 0.15, "link": 0.2, "text": 0.15}, 19.0, 7.0, 0.45, (0.45, 0.22),
            {"it": 0.8, "en": 0.12, "es": 0.02, "fr": 0.02, "de": 0.02, "pl": 0.01, "pt": 0.01},
            (0.88, 0.42), (0.8, 14.0), 0.45, 0.12, True, 34.0, 0.05, 26.0, 0.03),
    Channel("instagram", "fornorossi", 250, (7_800, 10_600), {"it": 0.7, "en": 0.3},
            {"photo": 0.45, "carousel": 0.25, "reel": 0.3}, 46.0, 3.6, 0.2, (0.88, 0.6),
            {"it": 0.55, "en": 0.3, "es": 0.05, "fr": 0.04, "de": 0.03, "pl": 0.02, "pt": 0.01},
            (0.5, 0.1), (2.0, 30.0), 0.12, 0.04, True, 48.0, 0.012, 22.0, 0.06),
    Channel("linkedin", "forno-rossi", 62, (620, 1_050), {"en": 0.8, "it": 0.2},
            {"photo": 0.4, "text": 0.3, "link": 0.2, "video": 0.1}, 30.0, 2.6, 0.4, (0.35, 0.2),
            {"en": 0.6, "it": 0.35, "de": 0.03, "fr": 0.02},
            (0.8, 0.35), (1.5, 20.0), 0.35, 0.08, False, 6.0, 0.03, 180.0, 0.3),
    Channel("x", "FornoRossi", 150, (1_900, 2_160), {"it": 0.5, "en": 0.5},
            {"text": 0.5, "photo": 0.4, "video": 0.1}, 8.0, 2.7, 0.4, (0.5, 0.3),
            {"it": 0.45, "en": 0.45, "es": 0.04, "fr": 0.03, "de": 0.03},
            (0.65, 0.2), (0.5, 10.0), 0.3, 0.12, False, 4.0, 0.01, 24.0, 0.4),
    Channel("youtube", "@FornoRossi", 32, (880, 1_350), {"it": 1.0},
            {"video": 0.7, "short": 0.3}, 36.0, 9.0, 0.35, (0.4, 0.25),
            {"it": 0.6, "en": 0.25, "es": 0.05, "fr": 0.04, "de": 0.03, "pt": 0.03},
            (0.75, 0.3), (3.0, 36.0), 0.3, 0.1, False, 9.0, 0.02, 28.0, 0.0),
)
HANDLES = {c.platform: c.handle for c in CHANNELS}
PAGE_ID = "104857392018374"  # the Facebook page id: Facebook post ids are "<page>_<post>"

# The tribe: name, language, {platform: probability of commenting on any one post}
REGULARS = (
    ("Giulia Bianchi", "it", {"facebook": 0.34, "instagram": 0.08}),
    ("Marco Ferri", "it", {"facebook": 0.28, "x": 0.15}),
    ("Anna Colombo", "it", {"facebook": 0.25}),
    ("Luca Moretti", "it", {"facebook": 0.22, "youtube": 0.4}),
    ("Chiara Galli", "it", {"facebook": 0.2, "instagram": 0.06}),
    ("Paolo Conti", "it", {"facebook": 0.18}),
    ("Francesca Riva", "it", {"facebook": 0.16, "linkedin": 0.2}),
    ("Roberto Mancini", "it", {"facebook": 0.15}),
    ("Elena Fontana", "it", {"facebook": 0.13, "instagram": 0.05}),
    ("Davide Greco", "it", {"facebook": 0.12, "x": 0.12}),
    ("Sara Lombardi", "it", {"facebook": 0.1}),
    ("Tommaso Villa", "it", {"facebook": 0.09, "youtube": 0.3}),
    ("Emily Carter", "en", {"facebook": 0.1, "linkedin": 0.25}),
    ("James Whitfield", "en", {"linkedin": 0.3, "x": 0.1}),
    ("Sophie Laurent", "fr", {"facebook": 0.08}),
    ("Carmen Ruiz", "es", {"instagram": 0.05, "facebook": 0.07}),
    ("Katrin Weber", "de", {"youtube": 0.25}),
    ("Olivia Bennett", "en", {"x": 0.14, "instagram": 0.04}),
    ("Giorgio Pellegrini", "it", {"linkedin": 0.22}),
    ("Marta Sala", "it", {"instagram": 0.07, "facebook": 0.08}),
    ("Michael Hughes", "en", {"linkedin": 0.18}),
    ("Alessia Marchetti", "it", {"x": 0.12, "facebook": 0.06}),
)


class Clock:
    """Epoch seconds (UTC) for the demo's year, in the bakery's time zone."""

    start = int(pd.Timestamp(FIRST_DAY, tz=TZ).timestamp())
    end = int(pd.Timestamp(dt.datetime.combine(LAST_DAY, dt.time(23, 59, 59)), tz=TZ).timestamp())

    @classmethod
    def year_fraction(cls, t: np.ndarray) -> np.ndarray:
        return np.clip((t - cls.start) / (cls.end - cls.start), 0.0, 1.0)

    @staticmethod
    def utc(t: np.ndarray) -> pd.Series:
        return pd.Series(pd.to_datetime(np.asarray(t, dtype=np.int64), unit="s", utc=True)).astype("datetime64[us, UTC]")


def _choice(rng: np.random.Generator, weights: dict[str, float], n: int) -> np.ndarray:
    keys = np.array(list(weights), dtype=object)
    p = np.array(list(weights.values()), dtype=float)
    return keys[rng.choice(len(keys), n, p=p / p.sum())]


# ---------------------------------------------------------------------------------------------- followers
def _followers(rng: np.random.Generator) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Daily totals with gained/lost per platform, and each platform's organic (non-bought) totals."""
    days = pd.date_range(FIRST_DAY, LAST_DAY, freq="D")
    frac = np.linspace(0.0, 1.0, len(days))
    frames, organic = [], {}
    for ch in CHANNELS:
        net = ch.followers[1] - ch.followers[0]
        rate = net / (len(days) * 0.72 * 1.25) * (0.5 + 1.5 * frac)  # the audience grows faster over the year
        gained = rng.poisson(rate)
        lost = rng.poisson(rate * 0.28)
        organic[ch.platform] = ch.followers[0] + np.cumsum(gained - lost)
        if ch.platform == "instagram":
            spike = (pd.Timestamp(SPIKE_DAY) - days[0]).days
            gained[spike] += SPIKE
            after = np.arange(len(days)) - spike
            churn = np.where(after > 0, 14.0 * np.exp(-np.maximum(after, 0) / 30.0), 0.0)  # bots drop out
            lost = lost + rng.poisson(churn)
        frames.append(pd.DataFrame({
            "platform": ch.platform, "account": ch.handle, "date": days,
            "followers": ch.followers[0] + np.cumsum(gained - lost), "gained": gained, "lost": lost,
        }))
    return pd.concat(frames, ignore_index=True), organic


# -------------------------------------------------------------------------------------------------- posts
def _post_ids(rng: np.random.Generator, platform: str, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Platform-shaped post ids and permalinks."""
    n = len(t)
    seq = np.arange(n, dtype=np.int64)
    if platform == "facebook":
        num = (122_100_000_000_000_000 + seq * 104_729 + rng.integers(0, 1000, n)).astype(str)
        ids = PAGE_ID + "_" + num.astype(object)
        return ids, "https://www.facebook.com/" + HANDLES["facebook"] + "/posts/" + num.astype(object)
    if platform == "instagram":
        ids = (17_900_000_000_000_000 + seq * 3_571_113 + rng.integers(0, 1000, n)).astype(str).astype(object)
        codes = T.shortcodes(rng, n, 11)
        return ids, "https://www.instagram.com/p/" + codes + "/"
    if platform == "x":
        ids = T.snowflakes(rng, t)
        return ids, "https://x.com/" + HANDLES["x"] + "/status/" + ids
    if platform == "linkedin":
        ids = T.linkedin_ids(rng, t)
        return ids, "https://www.linkedin.com/feed/update/urn:li:activity:" + ids + "/"
    ids = T.shortcodes(rng, n, 11)
    ids[0] = "-" + ids[0][1:]  # YouTube ids may start with "-" (its exports guard them with a space)
    return ids, "https://www.youtube.com/watch?v=" + ids


def _posts(rng: np.random.Generator, organic: dict[str, np.ndarray]) -> pd.DataFrame:
    days = pd.date_range(FIRST_DAY, LAST_DAY, freq="D")
    closed = (days >= pd.Timestamp(CLOSED[0])) & (days <= pd.Timestamp(CLOSED[1]))
    frames = []
    for ch in CHANNELS:
        allowed = ~closed
        if ch.platform == "instagram":  # nothing posted during the spike, so nothing explains it
            allowed &= np.abs((days - pd.Timestamp(SPIKE_DAY)).days) > 2
        open_days = np.flatnonzero(allowed)
        # one post a day at most, spread evenly over the open days (one random day per stretch of days)
        day = open_days[((np.arange(ch.posts) + rng.random(ch.posts)) * len(open_days) / ch.posts).astype(np.int64)]
        hour = rng.choice(np.array([7, 8, 12, 13, 18, 19, 20]), ch.posts, p=[0.2, 0.2, 0.15, 0.1, 0.15, 0.12, 0.08])
        local = days[day] + pd.to_timedelta(hour * 3600 + rng.integers(0, 3600, ch.posts), unit="s")
        t = np.sort(local.tz_localize(TZ).as_unit("s").asi8)
        n = ch.posts
        question = np.zeros(n, bool)
        question[rng.choice(n, max(6, round(0.14 * n)), replace=False)] = True
        lang = _choice(rng, ch.post_langs, n)
        ptype = _choice(rng, ch.post_types, n)
        text = T.post_texts(rng, lang, question, ptype)
        ids, links = _post_ids(rng, ch.platform, t)
        fol = organic[ch.platform][np.clip((t - Clock.start) // 86400, 0, len(days) - 1)]
        video = np.isin(ptype, ["video", "reel", "short"])
        lift = np.where(video, 1.3, 1.0) * np.where(question, 1.1, 1.0) * rng.lognormal(0.0, 0.35, n)
        if ch.platform == "instagram":  # bought followers never engage, and the feed shows the posts less
            lift = lift * np.where(t > int(pd.Timestamp(SPIKE_DAY, tz=TZ).timestamp()), 0.75, 1.0)
        reactions = rng.poisson(fol / 1000 * ch.reactions_per_1k * lift)
        reach = np.round(fol * rng.uniform(0.25, 0.55, n) * lift).astype(np.int64)
        impressions = np.round(reach * rng.uniform(1.15, 1.5, n)).astype(np.int64)
        if not ch.has_reach:
            impressions = np.round(fol * rng.uniform(0.8, 1.8, n) * lift * (6 if ch.platform == "youtube" else 1))
        frame = pd.DataFrame({
            "platform": ch.platform, "account": ch.handle, "post_id": ids, "published_at": Clock.utc(t),
            "post_type": ptype, "text": text, "permalink": links,
            "impressions": pd.array(impressions.astype(np.int64), dtype="Int64"),
            "reach": pd.array(reach, dtype="Int64"), "reactions": reactions,
            "comments": 0, "shares": rng.poisson(reactions * {"x": 0.15, "linkedin": 0.06}.get(ch.platform, 0.05)),
            "saves": pd.array(rng.poisson(reactions * 0.05), dtype="Int64"),
            "clicks": pd.array(rng.poisson(impressions * np.where(ptype == "link", 0.03, 0.008)), dtype="Int64"),
            "video_views": pd.array(rng.poisson(impressions * 0.35 if ch.platform != "youtube" else impressions * 0.09),
                                    dtype="Int64"),
            "_t": t, "_question": question,
        })
        if not ch.has_reach:
            frame["reach"] = pd.NA
        if ch.platform != "instagram":
            frame["saves"] = pd.NA
        if ch.platform in ("instagram", "youtube"):
            frame["clicks"] = pd.NA
        frame.loc[~video, "video_views"] = pd.NA
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


# ----------------------------------------------------------------------------------------------- comments
@dataclass
class People:
    """Every commenter: platform, author id, name, language (one row per person and platform)."""

    frame: pd.DataFrame

    def add(self, platform: str, names: np.ndarray, langs: np.ndarray) -> np.ndarray:
        """Register new people on ``platform``; return their row numbers."""
        start = len(self.frame)
        rows = np.arange(start, start + len(names))
        ids = T.author_ids(platform, rows)
        self.frame = pd.concat([self.frame, pd.DataFrame({"platform": platform, "author_id": ids,
                                                          "author_name": names, "lang": langs})],
                               ignore_index=True)
        return rows


def _layer(post_row: np.ndarray, parent: np.ndarray, person: np.ndarray, brand: bool,
           t: np.ndarray, kind: str) -> pd.DataFrame:
    return pd.DataFrame({"post_row": post_row, "parent": parent, "person": person, "is_brand": brand,
                         "t": t.astype(np.int64), "kind": kind})


def _comments(rng: np.random.Generator, posts: pd.DataFrame) -> pd.DataFrame:
    people = People(pd.DataFrame({"platform": [], "author_id": [], "author_name": [], "lang": []}))
    layers = []
    post_t = posts["_t"].to_numpy()
    question = posts["_question"].to_numpy()
    for ch in CHANNELS:
        rows = np.flatnonzero(posts["platform"].to_numpy() == ch.platform)
        # the tribe: every regular comments on each post with their own probability (more on questions)
        tribe = [(name, lang, p[ch.platform]) for name, lang, p in REGULARS if ch.platform in p]
        tribe_rows = people.add(ch.platform, np.array([r[0] for r in tribe], dtype=object),
                                np.array([r[1] for r in tribe], dtype=object))
        dull = (rng.random(len(rows)) < ch.dull) & ~question[rows]
        appeal = np.where(question[rows], 1.8, 1.0) * np.where(dull, 0.25, 1.0)
        prob = np.array([r[2] for r in tribe])[:, None] * appeal[None, :]
        hit_person, hit_post = np.nonzero(rng.random(prob.shape) < prob)
        layers.append(_layer(rows[hit_post], np.full(len(hit_post), -1), tribe_rows[hit_person], False,
                             post_t[rows[hit_post]] + rng.lognormal(np.log(1.5 * 3600), 1.0, len(hit_post)),
                             "regular"))
        # the crowd: occasional commenters (a Zipf-like pool) and one-off passers-by
        frac = Clock.year_fraction(post_t[rows])
        lam = ch.comments_per_post * np.where(question[rows], 2.4, 1.0) * rng.lognormal(0.0, 0.5, len(rows))
        if ch.platform != "instagram":
            lam = lam * (1.0 + 0.3 * frac)
        count = np.where(dull, 0, rng.poisson(lam))
        post_row = np.repeat(rows, count)
        n = len(post_row)
        pool_size = 150 if ch.platform in ("facebook", "instagram") else 70
        pool_langs = _choice(rng, ch.audience_langs, pool_size)
        pool = people.add(ch.platform, T.names(rng, pool_langs), pool_langs)
        occasional = rng.random(n) < ch.occasional
        zipf = 1.0 / (np.arange(1, pool_size + 1) + 5.0)  # a long tail, no superstar
        person = np.empty(n, dtype=np.int64)
        person[occasional] = pool[rng.choice(pool_size, int(occasional.sum()), p=zipf / zipf.sum())]
        once_langs = _choice(rng, ch.audience_langs, int((~occasional).sum()))
        person[~occasional] = people.add(ch.platform, T.names(rng, once_langs), once_langs)
        t = post_t[post_row] + rng.lognormal(np.log(3.0 * 3600), 1.3, n)
        layers.append(_layer(post_row, np.full(n, -1), person, False, t,
                             np.where(occasional, "occasional", "once")))
    top = pd.concat(layers, ignore_index=True)
    top = top[top["t"] <= Clock.end].reset_index(drop=True)
    plat = posts["platform"].to_numpy()[top["post_row"]]
    ch_of = {c.platform: c for c in CHANNELS}
    generic_p = np.select(
        [top["kind"] == "once", top["kind"] == "occasional"],
        [np.array([ch_of[p].generic[0] for p in plat]), np.array([ch_of[p].generic[1] for p in plat])], 0.1)
    top["generic"] = rng.random(len(top)) < generic_p
    top["question_post"] = question[top["post_row"]]
    top["row"] = np.arange(len(top))
    return _threads(rng, posts, people, top)


def _threads(rng: np.random.Generator, posts: pd.DataFrame, people: People, top: pd.DataFrame) -> pd.DataFrame:
    """Brand replies (thinning out over the year), the audience's answers to them, and cross-talk."""
    ch_of = {c.platform: c for c in CHANNELS}
    plat = posts["platform"].to_numpy()[top["post_row"]]
    brand_person = {c.platform: people.add(c.platform, np.array([CLIENT], dtype=object),
                                           np.array(["it"], dtype=object))[0] for c in CHANNELS}
    people.frame.loc[list(brand_person.values()), "author_id"] = [HANDLES[p] for p in brand_person]
    brand_of = pd.Series(brand_person)
    per = pd.Series(plat)
    frac = Clock.year_fraction(top["t"].to_numpy())
    start, end = (per.map({p: c.reply_rate[i] for p, c in ch_of.items()}).to_numpy() for i in (0, 1))
    p_reply = (start + (end - start) * frac) * np.where(top["generic"], 0.6, 1.0)
    replied = rng.random(len(top)) < p_reply
    h0, h1 = (per.map({p: c.reply_hours[i] for p, c in ch_of.items()}).to_numpy() for i in (0, 1))
    median_h = np.exp(np.log(h0) + (np.log(h1) - np.log(h0)) * frac)
    delay = rng.lognormal(np.log(median_h * 3600), 0.9)
    sel = np.flatnonzero(replied)
    brand = _layer(top["post_row"].to_numpy()[sel], sel, brand_of[plat[sel]].to_numpy(),
                   True, top["t"].to_numpy()[sel] + delay[sel], "brand")

    rows = [top]
    brand = _append(rows, brand)
    # the audience answers the brand: a dialogue
    b_plat = posts["platform"].to_numpy()[brand["post_row"]]
    again = rng.random(len(brand)) < pd.Series(b_plat).map({p: c.dialogue for p, c in ch_of.items()}).to_numpy()
    src = brand[again]
    follow = _layer(src["post_row"].to_numpy(), src["row"].to_numpy(),
                    top["person"].to_numpy()[src["parent"].to_numpy()], False,
                    src["t"].to_numpy() + rng.lognormal(np.log(2.5 * 3600), 1.0, len(src)), "followup")
    follow = _append(rows, follow)
    # and sometimes the brand closes the exchange
    close = follow[rng.random(len(follow)) < 0.35]
    closing = _layer(close["post_row"].to_numpy(), close["row"].to_numpy(),
                     brand_of[posts["platform"].to_numpy()[close["post_row"]]].to_numpy(), True,
                     close["t"].to_numpy() + rng.lognormal(np.log(3 * 3600), 1.0, len(close)), "closing")
    _append(rows, closing)
    # cross-talk: another commenter of the same platform answers a top-level comment
    talk = rng.random(len(top)) < per.map({p: c.crosstalk for p, c in ch_of.items()}).to_numpy()
    other = np.empty(int(talk.sum()), dtype=np.int64)
    for p in ch_of:  # someone who commented on the same platform
        pool = top["person"].to_numpy()[plat == p]
        here = plat[talk] == p
        other[here] = pool[rng.integers(0, len(pool), int(here.sum()))]
    src = top[talk]
    cross = _layer(src["post_row"].to_numpy(), src["row"].to_numpy(), other, False,
                   src["t"].to_numpy() + rng.lognormal(np.log(5 * 3600), 1.0, len(src)), "crosstalk")
    _append(rows, cross)
    out = pd.concat(rows, ignore_index=True)
    out["generic"] = out["generic"].astype("boolean").fillna(False).astype(bool)
    out["question_post"] = out["question_post"].astype("boolean").fillna(False).astype(bool)
    out = out.merge(people.frame, left_on="person", right_index=True, how="left", sort=False)
    by_row = out.set_index("row")
    parent = out["parent"].where(out["parent"] >= 0)
    out["parent_first"] = by_row["author_name"].reindex(parent).to_numpy()
    out["parent_lang"] = by_row["lang"].reindex(parent).fillna("en").to_numpy()
    out["parent_generic"] = by_row["generic"].reindex(parent).fillna(False).to_numpy(bool)
    out["text"] = T.comment_texts(rng, out)
    return out


def _append(rows: list[pd.DataFrame], layer: pd.DataFrame) -> pd.DataFrame:
    """Keep the layer's comments written before the year ends, number them after the rows so far."""
    layer = layer[layer["t"] <= Clock.end].reset_index(drop=True)
    start = sum(len(r) for r in rows)
    layer["row"] = np.arange(start, start + len(layer))
    rows.append(layer)
    return layer


def _finish_comments(rng: np.random.Generator, posts: pd.DataFrame, c: pd.DataFrame) -> pd.DataFrame:
    """Comment ids in time order per platform, parent ids, and the canonical columns."""
    c = c.sort_values(["t", "row"], kind="stable").reset_index(drop=True)
    plat = posts["platform"].to_numpy()[c["post_row"]]
    post_id = posts["post_id"].to_numpy()[c["post_row"]]
    ids = T.comment_ids(rng, plat, post_id, c["t"].to_numpy())
    id_of_row = pd.Series(ids, index=c["row"].to_numpy())
    parent_id = id_of_row.reindex(c["parent"].where(c["parent"] >= 0)).to_numpy()
    return pd.DataFrame({
        "platform": plat, "account": posts["account"].to_numpy()[c["post_row"]], "comment_id": ids,
        "post_id": post_id, "parent_id": parent_id, "author_id": c["author_id"].to_numpy(),
        "author_name": c["author_name"].to_numpy(), "is_brand": c["is_brand"].to_numpy(bool),
        "created_at": Clock.utc(c["t"].to_numpy()), "text": c["text"].to_numpy(),
    })


# ------------------------------------------------------------------------------------------------ traffic
def _traffic(rng: np.random.Generator) -> pd.DataFrame:
    days = pd.date_range(FIRST_DAY, LAST_DAY, freq="D")
    frac = np.linspace(0.0, 1.0, len(days))
    season = np.ones(len(days))
    season[(days >= "2025-12-08") & (days <= "2025-12-24")] = 1.9  # panettone orders
    season[(days >= "2026-03-25") & (days <= "2026-04-04")] = 1.6  # colomba before Easter
    season[(days >= pd.Timestamp(CLOSED[0])) & (days <= pd.Timestamp(CLOSED[1]))] = 0.4
    weekday = np.array([0.9, 0.9, 1.0, 1.0, 1.2, 1.3, 0.8])[days.day_of_week]
    frames = []
    for ch in CHANNELS:
        sessions = rng.poisson(ch.sessions * season * weekday * (0.85 + 0.3 * frac))
        engaged = rng.binomial(sessions, 0.58 if ch.platform != "instagram" else 0.41)
        conversions = rng.binomial(engaged, min(ch.conversion * 1.0, 1.0) * np.minimum(season, 1.5))
        revenue = np.round(conversions * ch.order_value * rng.lognormal(0.0, 0.2, len(days)), 2)
        frames.append(pd.DataFrame({"date": days, "platform": ch.platform, "sessions": sessions,
                                    "engaged_sessions": engaged, "conversions": conversions, "revenue": revenue}))
    return pd.concat(frames, ignore_index=True)


# ------------------------------------------------------------------------------------------------- public
def build(seed: int = SEED) -> Dataset:
    """The demo workspace as a canonical ``Dataset`` (same seed, same data)."""
    rng = np.random.default_rng(seed)
    followers, organic = _followers(rng)
    posts = _posts(rng, organic)
    comments = _finish_comments(rng, posts, _comments(rng, posts))
    counts = comments["post_id"].value_counts()
    posts["comments"] = posts["post_id"].map(counts).fillna(0).astype(np.int64)
    posts = posts.sort_values(["published_at", "platform"], kind="stable").drop(columns=["_t", "_question"])
    return Dataset.from_frames(posts=posts, comments=comments, followers=followers, traffic=_traffic(rng))


def settings() -> dict:
    """The demo workspace's settings (client, brand handles per platform, time zone, language, currency)."""
    return {
        "client_name": CLIENT,
        "brand_handles": {c.platform: [c.handle, CLIENT] for c in CHANNELS},
        "tz": TZ,
        "language": "en",
        "currency": "EUR",
    }


def write_demo(out: Path = OUT, seed: int = SEED) -> list[Path]:
    """Write ``<out>/{posts,comments,followers,traffic}.csv`` and ``<out>/settings.json``; return the paths."""
    out = Path(out)
    paths = write_canonical(build(seed), out)
    path = out / "settings.json"
    path.write_text(json.dumps(settings(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [*paths, path]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python sample_data/generate.py [--out FOLDER] [--formats [FOLDER]]``; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write the demo workspace into")
    parser.add_argument("--formats", nargs="?", type=Path, const=OUT_FORMATS, default=None, metavar="FOLDER",
                        help="also write the demo in each platform's export format (default folder: %(const)s)")
    args = parser.parse_args(argv)
    paths = write_demo(args.out)
    if args.formats is not None:
        from sample_data.formats import write_formats

        paths += write_formats(build(), args.formats)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
