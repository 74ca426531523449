"""No row silently overwrites another: keys repeated inside one file are merged by a rule or warned with a count.

Hand-made files with one repeated key each; the expected values are read off the rows written here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from lib.importers import import_file
from lib.importers.base import SourceFile

_spec = importlib.util.spec_from_file_location(
    "importers_core_fixtures", Path(__file__).resolve().parents[1] / "fixtures" / "importers_core.py")
core = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(core)


def test_twcs_tweet_repeated_keeps_the_later_row_and_says_so():
    data = (b"tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            b"1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,first copy,,\n"
            b"2,115712,True,Tue Oct 31 22:11:47 +0000 2017,@sprintcare help,,\n"
            b"1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,second copy,,\n")
    res = import_file(SourceFile("twcs.csv", data))[0]
    c = res.dataset.comments.set_index("comment_id")
    assert len(c) == 2 and c.loc["1", "text"] == "second copy"
    assert any("1 tweet appeared twice" in w for w in res.warnings)


def test_legacy_facebook_breakdown_sheet_with_a_repeated_post_id_is_warned():
    base = ["Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted", "Audience Targeting"]
    key = [base + ["Lifetime Post Total Reach"], [None] * 8 + ["Lifetime: The number of people who saw it."]]
    stories = [["Description"] + base + ["like", "comment"]]
    for i, likes in ((1, 5), (2, 7)):
        common = [f"97_{i}", f"https://www.facebook.com/p/{i}", f"Post {i}", "Photo", None, None,
                  f"2020-09-1{i}T07:07:36.000", " "]
        key.append(common + [100 * i])
        stories.append([None] + common + [likes, 1])
    stories.append([None] + stories[1][1:-2] + [99, 9])  # post 97_1 again, other counts
    data = core._xml_workbook({"Key Metrics": key, "Lifetime Post Stories by act...": stories})
    res = import_file(SourceFile("Facebook Posts.xls", data))[0]
    p = res.dataset.posts.set_index("post_id")
    assert int(p.loc["97_1", "reactions"]) == 5 and int(p.loc["97_2", "reactions"]) == 7  # the first row used
    assert any("1 row repeated a post id" in w for w in res.warnings)
