"""Community tables: who comments (``commenters``, ``lorenz``), examples of what they say, and the pseudonyms
of audience authors @mentioned in tables' texts."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.kpis.prepare import Prepared
from lib.kpis.window import R_NO_AUDIENCE, _commenter_counts, _Window

EXAMPLES = 5
#: an @mention: "@" and a handle of letters, digits, "_" and inner dots (not after a letter: no e-mail addresses)
MENTION = r"(?<![\w.])@(\w+(?:\.\w+)*)"


def add(w: _Window, names: np.ndarray, tables: dict[str, pd.DataFrame], extras: dict, reasons: dict) -> None:
    """``commenters``, ``lorenz`` (with the concentration extras) and ``comment_examples``."""
    prep = w.prep
    cs = w.comments
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
        if prep.has_comments.any():
            reasons.setdefault("commenters", R_NO_AUDIENCE)
    tables["comment_examples"] = _examples(w, names)


def _examples(w: _Window, names: np.ndarray) -> pd.DataFrame:
    """``EXAMPLES`` substantive and ``EXAMPLES`` other audience comments, chosen by a hash of the comment (stable)."""
    prep, cs, authors = w.prep, w.comments, w.prep.authors
    aud = ~cs["brand"].to_numpy()
    subst_all, hashes = cs["subst"].to_numpy(), cs["hash"].to_numpy()
    picks = []
    for flag in (1.0, 0.0):
        pos = np.flatnonzero(aud & (subst_all == flag))
        if pos.size > EXAMPLES:
            pos = pos[np.argpartition(hashes[pos], EXAMPLES)[:EXAMPLES]]
        picks.append(pos[np.argsort(hashes[pos], kind="stable")])
    ex = cs.iloc[np.concatenate(picks)]
    a_idx = ex["author"].to_numpy()  # -1 (no author) takes a missing value
    return pd.DataFrame({
        "platform": names[ex["plat"].to_numpy()] if len(ex) else np.array([], dtype=object),
        "created_at": prep.values("comments", ex.index.to_numpy(), "created_at"),
        "author_name": pd.Series(authors["author_name"].array.take(a_idx, allow_fill=True), dtype="str"),
        "author_pseudonym": pd.Series(authors["author_pseudonym"].array.take(a_idx, allow_fill=True), dtype="str"),
        "text": prep.values("comments", ex.index.to_numpy(), "text"), "substantive": ex["subst"].to_numpy() == 1})


def mention_pseudonyms(prep: Prepared, tables: dict[str, pd.DataFrame]) -> dict[str, str]:
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
