"""The X archive is streamed (ijson): same tables as loading the whole JSON, repeated tweets warned, odd endings.

The archive is the benchmark's seeded generator (the archive's own layout) at a small size; expected counts are
computed here from the generated JSON with the json module, independently of the importer.
"""

from __future__ import annotations

import json

import pytest

from benchmarks.bench_import_archive import OWNER, write_archive
from lib.importers import import_file
from lib.importers.base import SourceFile


def _items(path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1:])


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return write_archive(tmp_path_factory.mktemp("x") / "tweets.js", 5000, 3)  # 5000 > one 4096-tweet chunk


def test_streamed_archive_counts_and_sums_match_the_json(archive):
    tweets = [i["tweet"] for i in _items(archive)]
    own = {t["id_str"]: t for t in tweets if not t["full_text"].startswith("RT @")}

    def is_post(t):  # the documented rule, walked tweet by tweet: own chain up to an original tweet
        while "in_reply_to_status_id_str" in t:
            t = own.get(t["in_reply_to_status_id_str"])
            if t is None:
                return False  # the chain leaves the account's tweets: a conversation
        return True

    kept = [t for t in own.values() if is_post(t)]
    res = import_file(SourceFile("tweets.js", archive.read_bytes()))[0]
    posts, comments = res.dataset.posts, res.dataset.comments
    assert res.account == OWNER
    assert len(posts) == len(kept) and len(comments) == len(own) - len(kept)
    assert int(posts["reactions"].sum()) == sum(int(t["favorite_count"]) for t in kept)
    assert int(posts["shares"].sum()) == sum(int(t["retweet_count"]) for t in kept)
    assert posts["published_at"].is_monotonic_increasing


@pytest.mark.parametrize("ending", [b"", b";", b";\n", b"\n\n"])
def test_endings_and_bom_do_not_matter(ending):
    body = b'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "5", "full_text": "hi &amp; bye", ' \
           b'"created_at": "Sat Jan 25 18:01:09 +0000 2020", "favorite_count": "3", "retweet_count": "1"}} ]'
    for data in (body + ending, b"\xef\xbb\xbf" + body + ending):
        p = import_file(SourceFile("tweets.js", data))[0].dataset.posts
        assert p["text"].tolist() == ["hi & bye"] and int(p["reactions"].sum()) == 3


def test_a_tweet_repeated_in_the_file_is_kept_once_and_warned_about():
    tweet = {"id_str": "7", "full_text": "same", "created_at": "Sat Jan 25 18:01:09 +0000 2020",
             "favorite_count": "1", "retweet_count": "0"}
    later = tweet | {"favorite_count": "9"}
    data = ("window.YTD.tweets.part0 = " + json.dumps([{"tweet": tweet}, {"tweet": later}])).encode()
    res = import_file(SourceFile("tweets.js", data))[0]
    assert res.dataset.posts["reactions"].tolist() == [9]
    assert any("1 tweet appeared twice" in w for w in res.warnings)
