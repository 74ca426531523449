"""The comments still waiting for an answer: audience thread roots of a period with no brand reply in their thread.

They are exactly the comments that ``brand_response_rate`` counts as not answered (both read
``lib.kpis.prepare.waiting_for_answer``), so for any period ``len(waiting(...))`` equals the rate's denominator
times one minus the rate.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib import text as text_rules
from lib.dataset import Dataset
from lib.kpis.model import Period
from lib.kpis.prepare import Prepared, prepare, waiting_for_answer
from lib.kpis.window import _Window
from lib.schema import Comments, Posts


class Waiting:
    """Columns of the ``waiting`` frame, in order."""

    platform = "platform"
    comment_id = "comment_id"
    post_id = "post_id"
    created_at = "created_at"
    author_id = "author_id"
    author_name = "author_name"
    author_pseudonym = "author_pseudonym"
    text = "text"
    is_question = "is_question"
    post_text = "post_text"
    permalink = "permalink"

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(v for k, v in vars(cls).items() if not k.startswith("_") and isinstance(v, str))


def waiting(data: Dataset | Prepared, period: Period) -> pd.DataFrame:
    """The audience comments created in ``period`` that start a thread the brand has not answered (yet).

    Replies are looked up in all the data, also after the period ends (as for ``brand_response_rate``). Rows are in
    time order (oldest first); ``is_question`` follows the rule of ``Posts.is_question`` (``lib.text``);
    ``post_text`` and ``permalink`` are the commented post's (missing when the post is not in the data).
    """
    prep = data if isinstance(data, Prepared) else prepare(data)
    w = _Window(prep, period.since, period.until, period.tz)
    cs = w.comments
    pos = np.flatnonzero(waiting_for_answer(cs["pflags"].to_numpy()))
    rows = prep.comment_rows[cs.index.to_numpy()[pos]]
    raw = prep.dataset.comments.take(rows).reset_index(drop=True)
    authors = prep.authors
    author = cs["author"].to_numpy()[pos]
    post = cs["post"].to_numpy()[pos]
    posts = prep.dataset.posts
    has_post = post >= 0
    post_rows = prep.post_rows[np.where(has_post, post, 0)] if len(prep.post_rows) else np.zeros(len(pos), np.int64)

    def from_post(col: str) -> pd.Series:
        if not len(posts):
            return pd.Series([None] * len(pos), dtype="str")
        values = posts[col].take(post_rows).reset_index(drop=True)
        return values.where(pd.Series(has_post), None).astype("str")

    out = pd.DataFrame({
        Waiting.platform: raw[Comments.platform].astype("str"),
        Waiting.comment_id: raw[Comments.comment_id].astype("str"),
        Waiting.post_id: raw[Comments.post_id].astype("str"),
        Waiting.created_at: raw[Comments.created_at],
        Waiting.author_id: raw[Comments.author_id].astype("str"),
        Waiting.author_name: pd.Series(authors["author_name"].array.take(author, allow_fill=True), dtype="str"),
        Waiting.author_pseudonym: pd.Series(authors["author_pseudonym"].array.take(author, allow_fill=True),
                                            dtype="str"),
        Waiting.text: raw[Comments.text].astype("str"),
        Waiting.is_question: text_rules.is_question(raw[Comments.text]).fillna(False).astype(bool),
        Waiting.post_text: from_post(Posts.text),
        Waiting.permalink: from_post(Posts.permalink),
    })
    return out
