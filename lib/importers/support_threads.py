"""Customer-support reply threads in the twcs layout (Kaggle "Customer Support on Twitter") -> ``comments``.

Columns: ``tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id`` (an
unnamed pandas index column in front is ignored). Mapping and decisions:

- Every tweet is a comment on platform ``x``. ``inbound = False`` marks the brand (the support account), so
  ``is_brand = not inbound``; the customer ids stay as the anonymised numbers the dataset uses.
- ``parent_id`` = ``in_response_to_tweet_id``; pandas wrote those as floats (``3.0``), which become exact
  strings (``"3"``). Where it is empty, a parent listing the tweet in its ``response_tweet_id`` (``"9,6,10"``)
  fills it.
- ``post_id``: these threads start with a customer's mention, not a brand post. The thread is kept and its
  ``post_id`` is the id of the tweet at the top of the chain (the opening tweet, or the oldest tweet the file
  reaches when the chain started before the file does), like X's ``conversation_id``.
- ``account`` is the brand account of the thread (the first non-inbound author in it).
- ``created_at`` is Twitter's ``Tue Oct 31 22:10:47 +0000 2017`` (UTC). Lines end only at ``\\n``: a bare
  ``\\r`` inside a text stays part of the text.
"""

from __future__ import annotations

import io

import pandas as pd

from lib.importers import _tabular as tab
from lib.importers._social import csv_score, isin, thread_roots, twitter_time
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

PLATFORM = "x"
_REQUIRED = ["tweet_id", "author_id", "inbound", "created_at", "text", "in_response_to_tweet_id"]


def _exact_id(s: pd.Series) -> pd.Series:
    """``"3.0"`` -> ``"3"``; other values unchanged (never through float, so long ids keep every digit)."""
    return s.astype("str").str.strip().str.replace(r"\.0+$", "", regex=True).replace("", None).astype("str")


def _read(f: SourceFile) -> pd.DataFrame:
    try:
        utf16 = f.encoding.startswith("utf-16")
        raw = pd.read_csv(io.StringIO(f.text) if utf16 else io.BytesIO(f.data), dtype=str, keep_default_na=False,
                          na_values=[""], lineterminator="\n", encoding=None if utf16 else f.encoding,
                          encoding_errors="replace", engine="c", on_bad_lines="skip")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise refusal("twcs_damaged", file=f.name, detail=str(exc)) from exc
    raw.columns = [str(c).replace("\ufeff", "").strip() for c in raw.columns]
    last = raw.columns[-1]
    raw[last] = raw[last].str.rstrip("\r")  # CRLF files: the \r stays on the last field when lines end at \n
    return raw


class SupportThreads:
    """Customer-support conversations on X in the twcs layout."""

    key = "support_threads"
    label = "Customer-support reply threads (twcs layout: tweet_id, inbound, in_response_to_tweet_id)"
    how_to_get = ("Any export in the layout of Kaggle's 'Customer Support on Twitter' (twcs.csv): one row per tweet "
                  "with tweet_id, author_id, inbound, created_at, text, response_tweet_id, in_response_to_tweet_id.")
    required_columns = ["tweet_id", "inbound", "created_at", "in_response_to_tweet_id"]
    optional_columns = ["author_id", "text", "response_tweet_id"]

    def detect(self, f: SourceFile) -> float:
        return csv_score(f, _REQUIRED, ["response_tweet_id"])

    def read(self, f: SourceFile) -> ImportResult:
        raw = _read(f)
        missing = [c for c in _REQUIRED if tab.column(raw, c) is None]
        if missing:
            raise refusal("twcs_columns", file=f.name, columns=", ".join(missing))
        warnings: list[str] = []
        inbound = tab.coalesce(raw, "inbound").str.strip().str.lower().map({"true": True, "false": False})
        frame = pd.DataFrame({
            "comment_id": _exact_id(tab.coalesce(raw, "tweet_id")),
            "parent_id": _exact_id(tab.coalesce(raw, "in_response_to_tweet_id")),
            "author_id": tab.coalesce(raw, "author_id").str.strip(),
            "is_brand": ~inbound.astype("boolean"),
            "created_at": twitter_time(tab.coalesce(raw, "created_at")),
            "text": tab.coalesce(raw, "text"),
        })
        frame = tab.drop_missing(frame, "comment_id", "a tweet_id", warnings)
        frame = tab.drop_missing(frame, "created_at", "a readable created_at", warnings)
        unknown = frame["is_brand"].isna()
        if unknown.any():
            warnings.append(Note("twcs_inbound", n=int(unknown.sum())))
            frame = frame[~unknown]
        repeated = int(frame["comment_id"].duplicated(keep="last").sum())
        if repeated:
            warnings.append(Note.counted("twcs_repeated", repeated))
            frame = frame.drop_duplicates("comment_id", keep="last")
        responses = tab.column(raw, "response_tweet_id")
        if responses:
            listed = pd.DataFrame({"parent": _exact_id(tab.coalesce(raw, "tweet_id")),
                                   "child": raw[responses].str.split(",")}).explode("child").dropna()
            listed["child"] = _exact_id(listed["child"])
            by_child = listed.drop_duplicates("child").set_index("child")["parent"]
            frame["parent_id"] = frame["parent_id"].fillna(frame["comment_id"].map(by_child).astype("str")).astype("str")
        frame = frame.reset_index(drop=True)
        frame["post_id"] = thread_roots(frame["comment_id"], frame["parent_id"])
        brand_of = frame[frame["is_brand"]].sort_values("created_at").drop_duplicates("post_id")
        account = frame["post_id"].map(brand_of.set_index("post_id")["author_id"])
        # unanswered threads: the support account the opening tweet mentions first
        openers = frame[frame["parent_id"].isna() & account.isna()]
        mentioned = openers.set_index("comment_id")["text"].str.extract(r"^\s*@(\w+)", expand=False)
        mentioned = mentioned[isin(mentioned, frame.loc[frame["is_brand"], "author_id"])]
        frame["account"] = account.astype("str").fillna(frame["post_id"].map(mentioned).astype("str"))
        frame["author_name"] = frame["author_id"]
        frame["platform"] = PLATFORM
        n_threads = frame["post_id"].nunique()
        started_before = int((~isin(frame["post_id"], frame["comment_id"])).sum())
        warnings.append(Note("twcs_summary", threads=f"{n_threads:,}", replies=f"{int(frame['is_brand'].sum()):,}",
                             accounts=frame.loc[frame["is_brand"], "author_id"].nunique()))
        if started_before:
            warnings.append(Note("twcs_started_before", n=f"{started_before:,}"))
        accounts = frame["account"].dropna().unique()
        return tab.result(f, self.key, PLATFORM, account=accounts[0] if len(accounts) == 1 else None,
                          warnings=warnings, comments=frame)


IMPORTERS = [SupportThreads()]
