"""Small datasets the store tests save and load."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from lib.dataset import Dataset
from lib.importers.base import ImportResult

ROOT = Path(__file__).resolve().parents[3]


def _posts(rows):
    """rows: (post_id, published_at, comments, text)."""
    return pd.DataFrame(rows, columns=["post_id", "published_at", "comments", "text"]).assign(
        platform="facebook", account="brand")


def _comments(rows):
    """rows: (comment_id, post_id, created_at, text)."""
    return pd.DataFrame(rows, columns=["comment_id", "post_id", "created_at", "text"]).assign(
        platform="facebook", account="brand", author_name="Ann")


def _result(dataset, source="export.csv"):
    return ImportResult(source=source, importer="test_format", platform="facebook", dataset=dataset)


JAN = Dataset.from_frames(
    posts=_posts([("p1", "2025-01-05T10:00:00Z", 3, "Hello"), ("p2", "2025-01-20T10:00:00Z", 1, "Sale?")]),
    comments=_comments([("c1", "p1", "2025-01-05T11:00:00Z", "nice"), ("c2", "p2", "2025-01-21T09:00:00Z", "when?")]),
    followers=pd.DataFrame({"platform": "facebook", "account": "brand", "date": ["2025-01-30", "2025-01-31"],
                            "followers": [100, 101]}),
)
FEB = Dataset.from_frames(
    posts=_posts([("p2", "2025-01-20T10:00:00Z", 5, "Sale?"), ("p3", "2025-02-10T10:00:00Z", 0, "News")]),
    comments=_comments([("c2", "p2", "2025-01-21T09:00:00Z", "when? (edited)"), ("c3", "p3", "2025-02-11T09:00:00Z", "ok")]),
    followers=pd.DataFrame({"platform": "facebook", "account": "brand", "date": ["2025-01-31", "2025-02-01"],
                            "followers": [111, 112]}),
)


def _by_key(frame, key):
    return frame.set_index(key).sort_index()
