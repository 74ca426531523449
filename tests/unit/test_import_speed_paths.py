"""The fast paths behind import speed give exactly the results of the plain pandas/Python definitions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib import schema, text
from lib.importers import _tabular as tab


def test_duplicated_keeps_the_last_copy_of_each_key():
    f = pd.DataFrame({"platform": ["x", "x", "youtube", "x", None, None],
                      "comment_id": ["1", "2", "1", "1", "7", "7"]}, dtype="str")
    assert schema.duplicated(f, ("platform", "comment_id")).tolist() == [True, False, False, False, True, False]
    assert schema.duplicated(f, ("platform", "comment_id"), keep="first").tolist() == [
        False, False, False, True, False, True]


def test_numeric_ids_compared_as_numbers_only_when_text_would_agree():
    # "01" and "1" are different ids; a leading zero must not make them equal
    f = pd.DataFrame({"id": ["1", "01", "10", "1844674407370955161"]}, dtype="str")
    assert schema.duplicated(f, ["id"]).tolist() == [False, False, False, False]
    g = pd.DataFrame({"id": ["30", "2", "30"]}, dtype="str")  # unsorted numbers with one repeat
    assert schema.duplicated(g, ["id"]).tolist() == [True, False, False]


@pytest.mark.parametrize("seed", range(5))
def test_duplicated_matches_pandas(seed):
    rng = np.random.default_rng(seed)
    n = 300
    f = pd.DataFrame({
        "platform": pd.Series(rng.choice(["x", "youtube", None], n), dtype="str"),
        "id": pd.Series(rng.choice(["1", "2", "10", "010", None], n), dtype="str"),
        "day": pd.to_datetime(pd.Series(rng.choice(["2025-01-01", "2025-01-02", None], n))).astype("datetime64[us]"),
    })
    for key in (["platform", "id"], ["id"], ["platform", "day"], ["platform", "id", "day"]):
        for keep in ("first", "last"):
            assert schema.duplicated(f, key, keep).tolist() == f.duplicated(key, keep=keep).tolist()


def test_validate_still_reports_duplicate_keys():
    f = schema.coerce(schema.COMMENTS, pd.DataFrame({
        "platform": ["x", "x"], "comment_id": ["5", "5"], "created_at": ["2025-01-01T00:00:00Z"] * 2}))
    assert any("1 duplicate rows" in p for p in schema.validate(schema.COMMENTS, f))


def test_repeated_and_distinct_texts_give_the_same_word_counts():
    base = ["Do you deliver to Milan on Sundays?", "Great post!!", None, "wow 😍", "Il pane di ieri era morbido",
            "@anna grazie mille", "Order 2 trays for 10 people"]
    repeated = pd.Series(base * 5000, dtype="str")  # few distinct texts: computed once per text
    distinct = repeated.where(repeated.isna(), repeated + " " + pd.Series(range(len(repeated))).astype("str"))
    words_r, content_r = text.word_stats(repeated)
    words_d, content_d = text.word_stats(distinct)  # every text distinct: computed in slices, two threads
    assert words_r.tolist() == words_d.tolist()
    assert content_r.tolist() == content_d.tolist()
    assert words_r[:7].tolist() == [7, 2, 0, 1, 6, 2, 4]
    flags = text.is_substantive(repeated)
    assert flags[:7].tolist() == [True, False, pd.NA, False, True, False, True]
    assert flags.isna().sum() == 5000


def test_translate_replaces_known_values_and_keeps_others():
    s = pd.Series(["photos", "reel", None, "Photos"], dtype="str")
    out = tab.translate(s, {"photos": "photo", "reel": "video"})
    assert out.tolist()[:2] == ["photo", "video"] and pd.isna(out.iloc[2]) and out.iloc[3] == "Photos"
