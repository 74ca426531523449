"""Unavailable reasons and report notes carry stable codes and read in English and Italian."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import io
import re
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from lib.dataset import Dataset
from lib.kpis import Period, compute
from lib.kpis.texts import NOTES, REASONS, Coded, note, note_text, reason, reason_need, reason_text
from lib.report import build_workbook

MARCH = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
KPIS_DIR = Path(__file__).resolve().parents[2] / "lib" / "kpis"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)", text))


def test_every_code_has_an_italian_text_with_the_same_placeholders():
    for table in (REASONS, NOTES):
        for code, texts in table.items():
            assert texts["en"] and texts["it"], code
            assert texts["it"] != texts["en"], code
            assert _placeholders(texts["it"]) == _placeholders(texts["en"]), code
    assert {texts["need"] for texts in REASONS.values()} <= {None, "posts", "comments", "followers", "reach",
                                                              "traffic"}


def test_every_code_the_kpi_code_uses_is_in_the_tables():
    # reason("...") / note("...") calls with a literal code anywhere in lib/kpis
    used = {"reason": set(), "note": set()}
    for path in KPIS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in used \
                    and node.args and isinstance(node.args[0], ast.Constant):
                used[node.func.id].add(node.args[0].value)
    assert used["reason"] and used["note"]
    assert used["reason"] <= set(REASONS) and used["note"] <= set(NOTES)
    # and no reason or note is written as a bare English string any more (docstrings aside)
    for path in KPIS_DIR.glob("*.py"):
        if path.name == "texts.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                   and id(n) not in docs]
        assert not [s for s in strings if re.match(r"(needs |no |fewer than )", s)], path.name


def _frames():
    ts = lambda s: pd.Timestamp(s, tz="UTC")  # noqa: E731
    posts = pd.DataFrame([
        {"platform": "facebook", "account": "bakery", "post_id": "p1", "published_at": ts("2025-03-03 10:00"),
         "text": "Which bread?", "reactions": 10},
        {"platform": "instagram", "account": "bakery", "post_id": "i1", "published_at": ts("2025-03-04 10:00"),
         "text": "Focaccia", "reactions": 5, "comments": 1},
    ])
    comments = pd.DataFrame([
        {"platform": "facebook", "account": "bakery", "comment_id": "c1", "post_id": "p1", "author_id": "u1",
         "author_name": "Anna", "created_at": ts("2025-03-03 11:00"), "text": "Sourdough with olive oil, please"},
    ])
    followers = pd.DataFrame({"platform": "facebook", "account": "bakery",
                              "date": pd.date_range("2025-03-01", "2025-03-31", freq="D"), "followers": 500})
    return posts, comments, followers


def _reports():
    posts, comments, followers = _frames()
    yield compute(Dataset.from_frames(posts=posts, comments=comments, followers=followers), MARCH)  # instagram: no series
    yield compute(Dataset.from_frames(posts=posts), MARCH)
    yield compute(Dataset.from_frames(comments=comments), MARCH)
    yield compute(Dataset.from_frames(posts=posts, comments=comments), MARCH, manual_followers={"facebook": 900})
    yield compute(Dataset.from_frames(posts=posts, comments=comments, followers=followers),
                  Period.with_previous(dt.date(2025, 6, 1), dt.date(2025, 6, 1)))


def test_every_reason_and_note_a_report_carries_reads_in_italian(monkeypatch):
    from lib.kpis.tables import languages as kpi_languages

    monkeypatch.setattr(kpi_languages, "LANG_SAMPLE", 0)  # every report with substantive comments samples them
    seen = set()
    for rep in _reports():
        items = list(rep.unavailable.values()) + list(rep.notes)
        items += [r for reasons in rep.unavailable_by_platform.values() for r in reasons.values()]
        for item in items:
            assert isinstance(item, Coded), item
            italian = reason_text(item, "it")
            assert italian != str(item) and "{" not in italian, item
            seen.add(item.code)
    assert {"followers", "posts", "threads", "no_posts", "reach"} <= seen
    assert {"per_1k_left_out", "manual_followers", "language_sample"} <= seen


def test_reason_and_note_texts():
    r = reason("few_questions", n=5)
    assert r == "fewer than 5 question posts" and reason_text(r, "it") == "meno di 5 post con una domanda"
    assert reason_text(r, "de") == "fewer than 5 question posts"  # other languages fall back to English
    assert reason_text("needs a followers series", "it") == "serve una serie di follower"  # plain English text
    assert reason_text("something else", "it") == "something else" and reason_text(None, "it") is None
    assert reason_need(reason("no_posts")) is None and reason_need(reason("threads")) == "comments"
    assert reason_need("needs reach") == "reach"
    n = note("language_sample", sample=1000, total=12345)
    assert n == "Audience languages were detected on a sample of 1,000 of the period's 12,345 substantive comments."
    assert note_text(n, "it") == ("Le lingue del pubblico sono state rilevate su un campione di 1.000 dei 12.345 "
                                  "commenti sostanziali del periodo.")
    clone = copy.deepcopy(n)  # through __reduce__, as pickling is
    assert clone == n and clone.code == "language_sample" and note_text(clone, "it") == note_text(n, "it")


def test_italian_workbook_writes_reasons_and_notes_in_italian():
    posts, comments, followers = _frames()
    rep = compute(Dataset.from_frames(posts=posts, comments=comments, followers=followers), MARCH)
    wb = load_workbook(io.BytesIO(build_workbook(rep, lang="it")))
    values = {c.value for row in wb["Note sui dati"].iter_rows() for c in row if isinstance(c.value, str)}
    assert "serve una serie di follower" in values  # instagram's per-1k rates
    assert "needs a followers series" not in values
    assert "I valori per 1.000 follower non includono instagram (nessuna serie di follower nel periodo)." in values
    summary = {c.value for row in wb["Sintesi"].iter_rows() for c in row if isinstance(c.value, str)}
    assert not any("needs " in v for v in summary)
