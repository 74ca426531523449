"""The advice in the documents: each area's verdict and the ranked actions, read back from the workbook (openpyxl),
the deck (python-pptx) and the PDF (pypdf), in English and Italian, equal to the advice's own sentences and with
the figures behind each action."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from lib.advice import advise
from lib.cli import build_parser
from lib.cli.source import compute_report
from lib.i18n import format as fmt
from lib.i18n import t
from lib.report.documents import build_document

ROOT = Path(__file__).resolve().parents[2]
GENERATED = dt.datetime(2026, 11, 2, 9, 30)


@pytest.fixture(scope="module")
def demo():
    report = compute_report(build_parser().parse_args(["kpis", str(ROOT / "sample_data")]))
    return report, advise(report)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _documents(report, advice, lang):
    def build(fmt_):
        return build_document(report, fmt_, lang=lang, advice=advice, generated_at=GENERATED,
                              settings={"client_name": "Forno"}).data

    wb = load_workbook(io.BytesIO(build("xlsx")))
    sheet = wb[t("report.sheet.advice", lang)]
    xlsx = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    prs = Presentation(io.BytesIO(build("pptx")))
    deck = [_flat(s.text_frame.text) for slide in prs.slides for s in slide.shapes if s.has_text_frame]
    pdf = _flat(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(build("pdf"))).pages))
    return xlsx, deck, pdf


def _action_numbers(action, lang) -> list[str]:
    """The counts behind an action (comments answered, posts, followers...), as the documents print them."""
    return [fmt.number(v, lang) for v in action.figures().values()
            if isinstance(v, int) and not isinstance(v, bool) and v >= 1000]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_verdicts_and_actions_in_every_document(demo, lang):
    report, advice = demo
    assert len(advice.verdicts) == 6 and advice.actions  # the demo has something to judge and to do
    xlsx, deck, pdf = _documents(report, advice, lang)
    cells = set(xlsx)
    deck_text = " ".join(deck)
    for v in advice.verdicts:
        sentence = v.text(lang)
        area, status = t(f"advice.area.{v.area}", lang), t(f"advice.status.{v.status}", lang)
        assert sentence in cells and area in cells, (lang, v.area)  # the workbook: area, status, sentence
        assert _flat(sentence) in deck, (lang, v.area)  # one box each, whole (never cut)
        assert f"{area}: {status}" in deck
        assert _flat(sentence) in pdf, (lang, v.area)
    numbers = 0
    for i, a in enumerate(advice.actions, 1):
        title, evidence, done = a.title_text(lang), a.evidence_text(lang), a.done_text(lang)
        assert f"{i}. {title}" in cells and evidence in cells and done in cells
        assert _flat(evidence) in deck_text and _flat(done) in deck_text
        assert f"{i}. {title}" in deck_text.replace("\u00a0", " ").replace("  ", " ")
        assert _flat(evidence) in pdf and _flat(done) in pdf
        for number in _action_numbers(a, lang):  # the figures that show the action is needed
            assert number in evidence + title and number in pdf and number in deck_text
            numbers += 1
    assert numbers >= 3  # e.g. comments answered of all, waiting comments, followers gained


def test_the_advice_slides_come_first_and_status_has_its_words(demo):
    report, advice = demo
    prs = Presentation(io.BytesIO(build_document(report, "pptx", advice=advice, generated_at=GENERATED).data))
    titles = [next(s.text_frame.text for s in slide.shapes if s.name == "title") for slide in prs.slides]
    assert titles[1] == "Verdict per area"
    assert titles[2].startswith("What to do next")
    heads = [s.text_frame.text for s in prs.slides[1].shapes if s.name == "verdict_head"]
    assert len(heads) == 6 and any(h.endswith(": Act") for h in heads)


def test_italian_figures_are_italian(demo):
    report, advice = demo
    xlsx, deck, pdf = _documents(report, advice, "it")
    answer = next(a for a in advice.actions if "answered" in a.figures())
    answered = answer.figures()["answered"]
    assert fmt.number(answered, "it") in pdf  # "1.956", never "1,956"
    assert f"{answered:,}" not in pdf


def test_without_actions_the_section_says_why():
    """A report with no data to judge: every verdict is "not enough data" and the actions part says so."""
    from lib.kpis.model import KpiReport, Period

    period = Period.with_previous(dt.date(2026, 1, 1), dt.date(2026, 1, 31), tz="UTC")
    report = KpiReport(period, {}, {}, {}, {}, {}, {}, {}, {})
    advice = advise(report)
    assert not advice.actions
    from lib.report.outline import build_outline

    section = build_outline(report, advice=advice, sections=["advice"]).section("advice")
    assert {v.status for v in section.verdicts} == {"unknown"}
    assert section.notes == (t("report.advice.none_without_data", "en"),)
    assert "above" not in section.notes[0]  # the verdicts may be on another slide or page
