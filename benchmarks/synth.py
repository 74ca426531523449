"""Large seeded synthetic workspaces for the benchmarks, built with vectorised numpy (seconds, not minutes).

Run from anywhere: ``from synth import large_dataset`` inside a ``benchmarks/`` script, or
``from benchmarks.synth import large_dataset`` from the project root.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from lib.dataset import Dataset  # noqa: E402
from lib.importers.canonical import write_canonical  # noqa: E402

START = pd.Timestamp("2025-10-01", tz="UTC")
END = pd.Timestamp("2026-10-31 23:59:59", tz="UTC")

# platform, share of posts, post weight (how much it is commented), base followers, daily gain, daily sessions
PLATFORMS = (
    ("facebook", 0.26, 1.6, 12_000, 14, 90),
    ("instagram", 0.30, 0.5, 30_000, 45, 60),
    ("linkedin", 0.12, 1.4, 3_500, 6, 25),
    ("x", 0.18, 0.8, 6_000, 8, 20),
    ("youtube", 0.08, 1.0, 8_000, 10, 35),
    ("tiktok", 0.06, 0.7, 15_000, 30, 15),
)
ACCOUNT = "fornorossi"
BRAND_NAME = "Forno Rossi"
POST_TYPES = np.array(["photo", "video", "link", "text", "reel"], dtype=object)

POST_TEXTS = np.array([
    "Fresh focaccia just out of the oven",
    "La nostra colomba è pronta: ordina online",
    "Behind the scenes: 4 a.m. at the bakery",
    "Nuovo orario del negozio da lunedì",
    "Meet Giulia, our pastry chef",
    "Cornetti integrali, solo il sabato",
    "Which bread should we bake on Sunday?",
    "Qual è il vostro dolce preferito?",
    "Do you prefer sourdough or ciabatta?",
    "Ricetta: pane al farro, passo dopo passo",
    'Our "secret" recipe, finally shared:\nflour, water, salt, and time.',
    'Tre regole, "semplici", per il lievito madre:\n1) pazienza, 2) calore, 3) farina buona.',
], dtype=object)
COMMENT_TEXTS = np.array([
    "great!", "😍😍", "bravi!", "👏", "wow", "super", "grazie", "love it", "🔥🔥🔥", "buonissimo",
    "Where can I order the panettone for Christmas delivery?",
    "Siete aperti anche la domenica mattina? Vorrei passare con i bambini.",
    "The focaccia was amazing, we bought two trays for the party.",
    "Ho provato la ricetta ma il lievito non cresceva, cosa sbaglio?",
    "Il pane di ieri era ancora morbido oggi, complimenti davvero.",
    "Do you ship to Milan or only to the city centre?",
    "¿Hacéis envíos a España? Me encantaría probar la colomba.",
    "Est-ce que vous avez des produits sans gluten en boutique?",
    "Habt ihr auch Vollkornbrot ohne Zucker im Angebot?",
    "Per me la migliore pasticceria del quartiere, da anni.",
    "We ordered the birthday cake online on Tuesday and picked it up on Saturday morning: the decoration was "
    "exactly like the picture, the sponge was light and the cream not too sweet. Everybody asked where it came from.",
    "Vorrei sapere se le torte su ordinazione si possono ritirare anche il lunedì, perché sabato siamo fuori città.",
    "Could you post the opening hours for the holidays? Last year we found the shop closed on the 26th.",
    "Il servizio al banco è sempre gentile, anche quando c'è la fila fino alla porta il sabato mattina.",
    'I asked for "the usual", and they knew it.\nThat is service, honestly, 10/10.',
    'Ordine arrivato, tutto perfetto.\nSolo una cosa: il "cornetto" era un po\' schiacciato, peccato.',
], dtype=object)
MULTILINE_POSTS = np.array([10, 11])
MULTILINE_COMMENTS = np.array([24, 25])
BRAND_TEXTS = np.array([
    "Grazie mille! 🙏", "Thank you, see you soon!",
    "Yes, we deliver in the whole city. Order by 6 p.m. for next-day delivery.",
    "Ciao! Siamo aperti la domenica dalle 8 alle 13.",
    "Thanks for telling us, we will check the packaging with the courier.",
], dtype=object)
FIRST = np.array(["Marco", "Giulia", "Luca", "Sara", "Anna", "Paolo", "Emma", "John", "Maria", "Chiara",
                  "Ahmed", "Lena", "Pierre", "Sofia", "Tom", "Elena"], dtype=object)
LAST = np.array(["Bianchi", "Rossi", "Smith", "Ferrari", "Russo", "Müller", "Garcia", "Colombo", "Ricci",
                 "Martin", "Conti", "Esposito", "Brown"], dtype=object)


def _ids(prefix: int, n: int) -> np.ndarray:
    """``n`` distinct 19-digit numeric id strings starting at ``prefix``."""
    return (prefix + np.arange(n, dtype=np.int64)).astype(str).astype(object)


def _pick(rng: np.random.Generator, values: np.ndarray, n: int, multiline: np.ndarray, share: float) -> np.ndarray:
    """``n`` texts from ``values``: about ``share`` of them the multi-line ones, the rest the others."""
    single = np.setdiff1d(np.arange(len(values)), multiline)
    idx = single[rng.integers(0, len(single), n)]
    multi = rng.random(n) < share
    idx[multi] = multiline[rng.integers(0, len(multiline), int(multi.sum()))]
    return values[idx]


def _seconds(start: pd.Timestamp, offsets: np.ndarray) -> pd.DatetimeIndex:
    return pd.DatetimeIndex(start.as_unit("s").asm8 + offsets.astype("timedelta64[s]")).tz_localize("UTC")


def _posts(rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, np.ndarray]:
    shares = np.array([p[1] for p in PLATFORMS])
    plat = rng.choice(len(PLATFORMS), n, p=shares / shares.sum())
    names = np.array([p[0] for p in PLATFORMS], dtype=object)
    span = int((END - START).total_seconds())
    day = np.sort(rng.integers(0, span // 86400 + 1, n))
    hour = np.clip(rng.normal(12.5, 3.5, n), 6, 22)
    offsets = day * 86400 + (hour * 3600).astype(np.int64)
    text_idx = rng.integers(0, len(POST_TEXTS), n)
    multi = rng.random(n) < 0.05
    text_idx[multi] = MULTILINE_POSTS[rng.integers(0, 2, int(multi.sum()))]
    text_idx[~multi & np.isin(text_idx, MULTILINE_POSTS)] = 0
    text = POST_TEXTS[text_idx]
    is_question = np.char.find(text.astype(str), "?") >= 0
    ptype = POST_TYPES[rng.integers(0, len(POST_TYPES), n)]
    post_id = _ids(1_700_000_000_000_000_000, n)
    reach = np.round(rng.lognormal(7.0, 1.0, n) * (1 + plat)).astype(np.int64)
    impressions = reach + rng.poisson(reach * 0.4)
    like_rate = np.where(names[plat] == "instagram", 0.09, 0.025)
    reactions = rng.binomial(reach, like_rate)
    is_video = np.isin(ptype, ["video", "reel"]) | (names[plat] == "youtube")
    frame = pd.DataFrame({
        "platform": names[plat], "account": ACCOUNT, "post_id": post_id, "published_at": _seconds(START, offsets),
        "post_type": ptype, "text": text,
        "permalink": "https://example.com/" + names[plat] + "/" + ACCOUNT + "/posts/" + post_id,
        "impressions": impressions, "reach": reach, "reactions": reactions,
        "comments": 0, "shares": rng.binomial(reach, 0.004), "saves": rng.binomial(reach, 0.003),
        "clicks": rng.binomial(reach, 0.01),
        "video_views": pd.array(np.where(is_video, rng.binomial(impressions, 0.3), 0), dtype="Int64"),
    })
    frame.loc[~is_video, "video_views"] = pd.NA
    weight = rng.lognormal(0.0, 1.2, n) * np.array([p[2] for p in PLATFORMS])[plat] * np.where(is_question, 2.5, 1.0)
    frame["_offset"] = offsets
    return frame, weight


def _comments(rng: np.random.Generator, posts: pd.DataFrame, weight: np.ndarray, m: int) -> pd.DataFrame:
    n_top = int(m * 0.62)
    n_brand = min(int(m * 0.16), n_top)
    n_reply = m - n_top - n_brand
    # layer 1: top-level audience comments, hours after the post (heavy-tailed delay)
    post_of = rng.choice(len(posts), n_top, p=weight / weight.sum())
    t_top = posts["_offset"].to_numpy()[post_of] + (rng.lognormal(1.0, 1.5, n_top) * 3600).astype(np.int64)
    # layer 2: brand replies to distinct top-level comments, later in the year ever slower
    parent_b = rng.choice(n_top, n_brand, replace=False)
    year_frac = t_top[parent_b] / (END - START).total_seconds()
    t_brand = t_top[parent_b] + (rng.lognormal(1.0 + 2.0 * year_frac, 1.0) * 3600).astype(np.int64)
    # layer 3: audience replies to top-level comments or (40%) to brand replies: dialogue
    to_brand = rng.random(n_reply) < 0.4
    parent_r = np.where(to_brand, n_top + rng.integers(0, n_brand, n_reply), rng.integers(0, n_top, n_reply))
    t_parent = np.concatenate([t_top, t_brand])[parent_r]
    t_reply = t_parent + (rng.lognormal(0.5, 1.5, n_reply) * 3600).astype(np.int64)

    offsets = np.concatenate([t_top, t_brand, t_reply])
    order = np.argsort(offsets, kind="stable")  # rows and ids in time order, as platforms number them
    rank = np.empty(m, dtype=np.int64)
    rank[order] = np.arange(m)
    ids = _ids(1_800_000_000_000_000_000, m)[rank]
    parent_idx = np.concatenate([np.full(n_top, -1), parent_b, parent_r])
    parent_id = np.where(parent_idx >= 0, ids[np.maximum(parent_idx, 0)], None)
    post_all = np.concatenate([post_of, post_of[parent_b], np.concatenate([post_of, post_of[parent_b]])[parent_r]])
    is_brand = np.concatenate([np.zeros(n_top, bool), np.ones(n_brand, bool), np.zeros(n_reply, bool)])

    n_aud = n_top + n_reply
    pool = max(m // 5, 10)
    rank_w = 1.0 / np.arange(1, pool + 1) ** 1.1
    author = rng.choice(pool, n_aud, p=rank_w / rank_w.sum())
    aud_id = ("u" + pd.Series(author).astype(str)).to_numpy(dtype=object)
    aud_name = FIRST[author % len(FIRST)] + " " + LAST[(author // len(FIRST)) % len(LAST)]
    aud_text = _pick(rng, COMMENT_TEXTS, n_aud, MULTILINE_COMMENTS, 0.05)
    brand_text = BRAND_TEXTS[rng.integers(0, len(BRAND_TEXTS), n_brand)]

    def layered(aud: np.ndarray, brand) -> np.ndarray:
        return np.concatenate([aud[:n_top], np.full(n_brand, brand, dtype=object) if np.isscalar(brand) else brand,
                               aud[n_top:]])

    frame = pd.DataFrame({
        "platform": posts["platform"].to_numpy()[post_all], "account": ACCOUNT, "comment_id": ids,
        "post_id": posts["post_id"].to_numpy()[post_all], "parent_id": parent_id,
        "author_id": layered(aud_id, ACCOUNT), "author_name": layered(aud_name, BRAND_NAME),
        "is_brand": is_brand, "created_at": _seconds(START, offsets), "text": layered(aud_text, brand_text),
    })
    return frame.iloc[order].reset_index(drop=True)


def _daily(rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    days = pd.date_range(START.tz_localize(None), END.tz_localize(None).normalize(), freq="D").as_unit("us")
    nd, npf = len(days), len(PLATFORMS)
    base = np.array([p[3] for p in PLATFORMS])[:, None]
    gained = rng.poisson(np.array([p[4] for p in PLATFORMS], dtype=float)[:, None] * np.ones((1, nd)))
    lost = rng.poisson(gained * 0.3 + 1)
    followers = base + np.cumsum(gained - lost, axis=1)
    names = np.repeat([p[0] for p in PLATFORMS], nd)
    fol = pd.DataFrame({"platform": names, "account": ACCOUNT, "date": np.tile(days, npf),
                        "followers": followers.ravel(), "gained": gained.ravel(), "lost": lost.ravel()})
    sessions = rng.poisson(np.array([p[5] for p in PLATFORMS], dtype=float)[:, None] * np.ones((1, nd)))
    engaged = rng.binomial(sessions, 0.62)
    conversions = rng.binomial(engaged, 0.03)
    revenue = np.round(conversions * rng.lognormal(3.3, 0.4, conversions.shape), 2)
    traffic = pd.DataFrame({"date": np.tile(days, npf), "platform": names, "sessions": sessions.ravel(),
                            "engaged_sessions": engaged.ravel(), "conversions": conversions.ravel(),
                            "revenue": revenue.ravel()})
    return fol, traffic


def large_dataset(posts: int = 100_000, comments: int = 1_000_000, seed: int = 7) -> Dataset:
    """A canonical ``Dataset`` of a busy brand over 13 months (2025-10-01 to 2026-10-31) on six platforms.

    Parameters
    ----------
    posts, comments
        Number of rows in the posts and comments tables.
    seed
        The same seed gives the same data, row for row.

    Returns
    -------
    Dataset
        Posts whose ``comments`` count equals their comments in the data; comment threads (62% top-level,
        16% brand replies with delays that grow over the year, the rest audience replies, 40% of them after a
        brand reply); a Zipf-like commenter distribution; about 5% multi-line texts with quotes and commas;
        question posts drawing more comments; daily followers (with gained/lost) and traffic per platform.
    """
    rng = np.random.default_rng(seed)
    post_frame, weight = _posts(rng, posts)
    comment_frame = _comments(rng, post_frame, weight, comments) if comments else None
    if comment_frame is not None:
        counts = pd.Series(comment_frame["post_id"]).value_counts()
        post_frame["comments"] = post_frame["post_id"].map(counts).fillna(0).astype(np.int64)
    followers, traffic = _daily(rng)
    return Dataset.from_frames(posts=post_frame.drop(columns="_offset"), comments=comment_frame,
                               followers=followers, traffic=traffic)


def write_large_csvs(folder: str | Path, posts: int = 100_000, comments: int = 1_000_000,
                     seed: int = 7) -> dict[str, Path]:
    """Write ``large_dataset(posts, comments, seed)`` as canonical CSVs ``<folder>/<table>.csv``.

    Returns
    -------
    dict[str, Path]
        ``{"posts": ..., "comments": ..., "followers": ..., "traffic": ...}`` (tables with rows only).
    """
    data = large_dataset(posts=posts, comments=comments, seed=seed)
    return {p.stem: Path(p) for p in write_canonical(data, Path(folder))}


if __name__ == "__main__":
    import tempfile
    import time

    t0 = time.perf_counter()
    ds = large_dataset()
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_large_csvs(tmp)
        t2 = time.perf_counter()
        sizes = {k: round(v.stat().st_size / 1e6, 1) for k, v in paths.items()}
    print(f"large_dataset: {t1 - t0:.1f} s, rows {[len(ds.table(t)) for t in ds.TABLES]}")
    print(f"write_large_csvs (generation included): {t2 - t1:.1f} s, MB {sizes}")
