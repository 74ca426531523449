"""The slide deck (read back with python-pptx) and the PDF report (read back with pypdf) of the demo workspace and of
a workspace of real exports: slides, titles, native charts, text that fits its box, logo, pseudonyms, figures equal
to the outline's, user text kept literal, page previews, the CLI; rendered to PNG when LibreOffice is here."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.util import Emu
from pypdf import PdfReader

from lib.cli import build_parser, main
from lib.cli.source import compute_report
from lib.i18n import t as t_
from lib.report import display
from lib.report import textfit as tf
from lib.report.deck import model as M
from lib.report.documents import build_document
from lib.report.outline import build_outline

ROOT = Path(__file__).resolve().parents[2]
GENERATED = dt.datetime(2026, 11, 2, 9, 30)
HOSTILE_CLIENT = '<b>Forno</b> & <font color="red">Figli</font> {=SUM(A1)} «x» <a href="javascript:x">y</a>'
EMU_PER_PT = 12700


def _logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (240, 80), (0, 114, 178)).save(out, format="PNG")
    return out.getvalue()


SETTINGS = {"client_name": HOSTILE_CLIENT, "logo": _logo(), "currency": "EUR"}


@pytest.fixture(scope="module")
def demo_report():
    return compute_report(build_parser().parse_args(["kpis", str(ROOT / "sample_data")]))


def _outline(report, lang="en", anonymize=False, settings=SETTINGS):
    return build_outline(report, settings=settings, lang=lang, anonymized=anonymize, generated_at=GENERATED)


def _deck(report, **options):
    doc = build_document(report, "pptx", settings=options.pop("settings", SETTINGS), generated_at=GENERATED,
                         **options)
    return Presentation(io.BytesIO(doc.data)), doc


def _pdf(report, **options):
    doc = build_document(report, "pdf", settings=options.pop("settings", SETTINGS), generated_at=GENERATED,
                         **options)
    return PdfReader(io.BytesIO(doc.data)), doc


def _named(slide, name):
    return [s for s in slide.shapes if s.name == name]


def _title(slide) -> str:
    return _named(slide, "title")[0].text_frame.text


# --------------------------------------------------------------------------------------------- the measure


def _overflows(shape) -> list[str]:
    """Texts of ``shape`` taller than its box by the deck's measure (Vera widths, 1.2 line height)."""
    tf_ = shape.text_frame
    inner_w = (shape.width - tf_.margin_left - tf_.margin_right) / EMU_PER_PT
    inner_h = (shape.height - tf_.margin_top - tf_.margin_bottom) / EMU_PER_PT
    paras, base, gaps = [], None, 0.0
    for p in tf_.paragraphs:
        runs = [r for r in p.runs if r.text]
        if not runs:
            continue
        size = runs[0].font.size.pt
        base = base or size
        paras.append(tf.Para("".join(r.text for r in runs), size / base, bool(runs[0].font.bold)))
        gaps += p.space_before.pt if p.space_before is not None and len(paras) > 1 else 0.0
    if not paras:
        return []
    assert base is not None
    needed = tf.block_height(paras, inner_w, base, gap=0.0) + gaps
    return [] if needed <= inner_h + 0.5 else [f"{shape.name}: {tf_.text[:60]!r} needs {needed:.0f} of {inner_h:.0f} pt"]


def _cell_overflows(table_shape) -> list[str]:
    table = table_shape.table
    out = []
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row.cells):
            runs = [r for p in cell.text_frame.paragraphs for r in p.runs if r.text]
            if not runs:
                continue
            width = table.columns[j].width / EMU_PER_PT - (cell.margin_left + cell.margin_right) / EMU_PER_PT
            height = row.height / EMU_PER_PT - (cell.margin_top + cell.margin_bottom) / EMU_PER_PT
            size = runs[0].font.size.pt
            text = "".join(r.text for r in runs)
            if not tf.fits(text, width, height, size, bool(runs[0].font.bold)):
                out.append(f"cell {i},{j}: {text[:40]!r}")
    return out


def _all_overflows(prs) -> list[str]:
    problems = []
    for n, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            if shape.has_text_frame:
                problems += [f"slide {n} {p}" for p in _overflows(shape)]
            if shape.has_table:
                problems += [f"slide {n} {p}" for p in _cell_overflows(shape)]
    return problems


def test_the_measure_catches_an_overflow():
    """The test's measure is not blind: a long text in a small box at a fixed size overflows."""
    from pptx.util import Pt

    prs = Presentation()
    box = prs.slides.add_slide(prs.slide_layouts[6]).shapes.add_textbox(Pt(0), Pt(0), Pt(100), Pt(30))
    run = box.text_frame.paragraphs[0].add_run()
    run.text, run.font.size = "word " * 40, Pt(14)
    assert _overflows(box)


def test_fit_shrinks_then_cuts():
    assert tf.fit("Brand response rate", 260, 30, size=20, min_size=8).size == 20
    shrunk = tf.fit("a rather long label that needs two lines", 120, 40, size=20, min_size=8)
    assert 8 <= shrunk.size < 20 and not shrunk.cut
    assert tf.height(len(shrunk.lines), shrunk.size) <= 40
    cut = tf.fit("word " * 300, 120, 40, size=14, min_size=8)
    assert cut.cut and cut.lines[-1].endswith(tf.ELLIPSIS)


# --------------------------------------------------------------------------------------------- the deck


def test_deck_of_the_demo(demo_report):
    prs, doc = _deck(demo_report)
    outline = _outline(demo_report)
    assert (prs.slide_width, prs.slide_height) == (Emu(960 * EMU_PER_PT), Emu(540 * EMU_PER_PT))  # 16:9
    slides = list(prs.slides)
    titles = [_title(s) for s in slides]
    areas = [outline.section(k) for k in display.AREAS]
    # cover, the verdicts, the actions, one slide per area, the scorecard, the data notes
    assert titles[0] == HOSTILE_CLIENT
    assert titles[1] == "Verdict per area"
    assert titles[2] == "What to do next, most urgent first"
    assert titles[3:8] == [s.title for s in areas]
    assert titles[8] == outline.section("channels").table("channel_scorecard").title
    assert titles[-1] == outline.section("data_notes").title
    assert len(slides) == 10
    # the cover: logo, period, comparison
    cover = slides[0]
    assert len(_named(cover, "logo")) == 1
    facts = " ".join(s.text_frame.text for s in cover.shapes if s.has_text_frame)
    assert outline.period in facts and outline.previous in facts
    # the verdicts and actions are the outline's sentences
    verdicts = [s.text_frame.text for s in _named(slides[1], "verdict")]
    assert verdicts == [v.text for v in outline.section("advice").verdicts]
    body = _named(slides[2], "body")[0].text_frame.text
    for a in outline.section("advice").actions:
        assert a.title in body and a.evidence in body
    for slide, section in zip(slides[3:8], areas):
        charts = [s for s in slide.shapes if s.has_chart]
        assert len(charts) == 1, section.key  # one native, editable chart
        chart = charts[0].chart
        assert chart.plots and len(list(chart.plots[0].categories) or chart.series[0].values) > 0
        values = [v for s in chart.series for v in s.values if v is not None]
        assert any(v != 0 for v in values), section.key  # never an empty chart
        shown, _, _ = display.key_figures(section)
        written = [s.text_frame.text for s in _named(slide, "figure_value")]
        assert written == [f.text for f in shown]  # the outline's figures, formatted once
        notes = slide.notes_slide.notes_text_frame.text
        assert shown[0].label in notes  # definitions of the KPIs shown in the speaker notes
    assert _all_overflows(prs) == []
    assert doc.name == "conversa_Forno-Figli-SUM-A1-x-a-href-javascript-x-y_" \
        f"{outline.since}_{outline.until}_all-platforms.pptx"[:len(doc.name)] or doc.name.endswith(".pptx")


def test_deck_in_italian_and_anonymized(demo_report):
    prs, _ = _deck(demo_report, lang="it", anonymize=True)
    outline = _outline(demo_report, lang="it", anonymize=True)
    titles = [_title(s) for s in prs.slides]
    assert titles[1] == "Giudizio per area"
    assert titles[3:8] == [outline.section(k).title for k in display.AREAS]
    assert "Conversations" not in titles
    assert _all_overflows(prs) == []
    text = _deck_text(prs)
    commenters = demo_report.tables["commenters"]
    names = set(commenters["author_name"].head(25)) - set(commenters["author_pseudonym"].head(25))
    assert not any(name in text for name in names)  # no private name anywhere
    categories = _chart_categories(prs)
    assert set(commenters["author_pseudonym"].head(5)) <= categories


def test_deck_names_people_only_when_not_anonymized(demo_report):
    prs, _ = _deck(demo_report)
    commenters = demo_report.tables["commenters"]
    categories = _chart_categories(prs)
    assert set(commenters["author_name"].head(5)) <= categories
    assert not set(commenters["author_pseudonym"].head(5)) & categories


def _deck_text(prs) -> str:
    parts = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_chart:
                parts += [str(c) for c in shape.chart.plots[0].categories]
        parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


def _chart_categories(prs) -> set[str]:
    return {str(c) for slide in prs.slides for shape in slide.shapes if shape.has_chart
            for c in shape.chart.plots[0].categories}


def test_deck_sections_can_be_left_out(demo_report):
    prs, _ = _deck(demo_report, sections=["community"])
    titles = [_title(s) for s in prs.slides]
    assert titles[3:-1] == [_outline(demo_report).section("community").title]


def test_user_text_stays_text_in_the_deck(demo_report):
    prs, doc = _deck(demo_report)
    assert _title(prs.slides[0]) == HOSTILE_CLIENT  # literal, markup and all
    xml = b"".join(part.blob for part in prs.part.package.iter_parts()
                   if part.partname.startswith("/ppt/slides/slide"))
    assert xml.count(b"<p:sld ") == len(prs.slides)
    assert b"<a:fld" not in xml  # no field code on any slide (the template's masters keep their slide numbers)
    assert b"<b>Forno" not in xml and b"&lt;b&gt;Forno" in xml


# --------------------------------------------------------------------------------------------- the PDF

RAW_CODES = re.compile(r"\b(None|nan|NaN|NaT|facebook|instagram|linkedin|youtube|tiktok)\b")


def _pages(reader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def test_pdf_of_the_demo(demo_report):
    reader, doc = _pdf(demo_report)
    outline = _outline(demo_report)
    pages = _pages(reader)
    assert 6 <= len(pages) <= 10
    assert "Forno" in pages[0] and outline.period in pages[0]
    assert "Verdicts and actions" in pages[1]
    for v in outline.section("advice").verdicts:
        assert f"{v.area}: {v.status_text}" in " ".join(pages[1].split())
    for section in (outline.section(k) for k in display.AREAS):
        page = next(p for p in pages if p.lstrip().startswith(section.title) or f"\n{section.title}\n" in p)
        shown, _, _ = display.key_figures(section)
        for f in shown:
            assert f.text in page, (section.key, f.label, f.text)  # figures equal to the report's
    scorecard = outline.section("channels").table("channel_scorecard")
    assert scorecard.title in "\n".join(pages)
    for p in pages[:-1]:  # the data notes list file names as they are
        assert not RAW_CODES.search(p), RAW_CODES.search(p)
    assert reader.metadata.title == outline.title
    assert doc.name.endswith("_all-platforms.pdf")
    sources: list = []
    report = compute_report(build_parser().parse_args(["kpis", str(ROOT / "sample_data")]), sources)
    text = "\n".join(_pages(_pdf(report, sources=sources)[0]))
    assert "mixed" not in text and "several platforms" in text  # a file of several platforms, in words
    assert "report sheet" not in text  # the workbook's table caps stay in the workbook


def test_workbook_lists_its_table_caps(demo_report):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(build_document(demo_report, "xlsx", generated_at=GENERATED).data))
    notes = [c.value for row in wb["Data notes"].iter_rows() for c in row if isinstance(c.value, str)]
    commenters = len(demo_report.tables["commenters"])
    assert any(n.startswith("Most active commenters: Showing 100 of") and f"{commenters:,}" in n for n in notes)


def test_pdf_in_italian(demo_report):
    reader, _ = _pdf(demo_report, lang="it", anonymize=True)
    text = "\n".join(_pages(reader))
    assert "Giudizi e azioni" in text and "Informazioni sui dati" in text
    assert "Verdicts and actions" not in text and "What to do next" not in text
    commenters = demo_report.tables["commenters"]
    assert not any(n in text for n in set(commenters["author_name"].head(25)) - set(commenters["author_pseudonym"].head(25)))


def test_user_text_stays_text_in_the_pdf(demo_report):
    reader, _ = _pdf(demo_report)
    first = _pages(reader)[0].replace("\n", " ")
    assert '<b>Forno</b> & <font color="red">Figli</font>' in first
    assert "{=SUM(A1)}" in first


# --------------------------------------------------------------------------------------------- previews, CLI


def test_previews_of_the_first_pages(demo_report):
    for fmt in ("pptx", "pdf"):
        doc = build_document(demo_report, fmt, settings=SETTINGS, previews=2, generated_at=GENERATED)
        assert len(doc.previews) == 2
        for png in doc.previews:
            with Image.open(io.BytesIO(png)) as img:
                assert img.format == "PNG" and img.width == 900
                assert img.convert("L").getextrema()[0] < 100  # something dark is drawn (text)


def test_cli_writes_each_format(tmp_path, capsys):
    for ext, magic in (("pptx", b"PK"), ("pdf", b"%PDF"), ("xlsx", b"PK")):
        out = tmp_path / f"report.{ext}"
        assert main(["report", str(ROOT / "sample_data"), "-o", str(out), "--lang", "it"]) == 0
        assert out.read_bytes()[:len(magic)] == magic
    assert main(["report", str(ROOT / "sample_data"), "-o", str(tmp_path / "report.docx")]) == 2
    assert ".pptx" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------- real exports


def _real_report(samples):
    meta = samples / "meta_facebook/pc_merchandise_2025/Sep-01-2025_Sep-30-2025_2855862537940540.csv"
    x = samples / "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv"
    if not (meta.exists() and x.exists()):
        pytest.skip("the Meta and X samples are not there")
    sources: list = []
    report = compute_report(build_parser().parse_args(["kpis", str(meta), str(x)]), sources)
    return report, sources


@pytest.mark.parametrize("lang", ["en", "it"])
def test_real_exports_read_well(samples, lang):
    """A Meta posts export and an X content export (no comment threads, no followers, no traffic)."""
    report, sources = _real_report(samples)
    doc = build_document(report, "pptx", lang=lang, sources=sources, generated_at=GENERATED)
    prs = Presentation(io.BytesIO(doc.data))
    assert _all_overflows(prs) == []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_chart:  # no empty chart
                assert any(v for s in shape.chart.series for v in s.values if v is not None), _title(slide)
    text = _deck_text(prs)
    assert not re.search(r"\b(None|nan|NaN|NaT)\b", text)
    community = next(s for s in prs.slides if _title(s) == _outline(report, lang).section("community").title)
    explained = " ".join(s.text_frame.text for s in _named(community, "na"))
    assert ("comments export" if lang == "en" else "export dei commenti") in explained  # which export fills it
    reader = PdfReader(io.BytesIO(build_document(report, "pdf", lang=lang, sources=sources,
                                                 generated_at=GENERATED).data))
    pages = _pages(reader)
    assert 6 <= len(pages) <= 10
    for p in pages[:-2]:
        assert not RAW_CODES.search(p), RAW_CODES.search(p)
    assert "Sep-01-2025_Sep-30-2025_2855862537940540.csv" in "".join(pages).replace("\n", "")


# --------------------------------------------------------------------------------------------- rendered


@pytest.mark.skipif(not ((shutil.which("soffice") or shutil.which("libreoffice")) and shutil.which("pdftoppm")),
                    reason="LibreOffice or pdftoppm missing")
def test_deck_and_pdf_render_to_png(tmp_path, demo_report):
    deck = build_document(demo_report, "pptx", settings=SETTINGS, generated_at=GENERATED)
    pdf = build_document(demo_report, "pdf", settings=SETTINGS, generated_at=GENERATED)
    (tmp_path / "deck.pptx").write_bytes(deck.data)
    (tmp_path / "report.pdf").write_bytes(pdf.data)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "deck.pptx")],
                   check=True, capture_output=True, timeout=300, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    slides = len(Presentation(io.BytesIO(deck.data)).slides)
    assert len(PdfReader(tmp_path / "deck.pdf").pages) == slides  # LibreOffice lays out every slide, none spills
    for name in ("deck", "report"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
                       check=True, capture_output=True, timeout=300)
    pngs = sorted(tmp_path.glob("*.png"))
    assert len(pngs) == slides + len(PdfReader(io.BytesIO(pdf.data)).pages)
    for png in pngs:
        with Image.open(png) as img:
            assert img.convert("L").getextrema()[0] < 100


def test_slide_model_size_is_16_9():
    assert pytest.approx(16 / 9) == M.SLIDE_W / M.SLIDE_H


# --------------------------------------------------------------------------------------------- fitted, Italian


def _scorecard_words(outline) -> list[str]:
    table = outline.section("channels").table("channel_scorecard")
    from lib.report.deck.layout import SCORECARD_COLUMNS

    return [w for c in table.columns if c.key in SCORECARD_COLUMNS and table.frame[c.key].notna().any()
            for w in c.label.split()]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_scorecard_headers_keep_their_words_whole(demo_report, lang):
    """Column headers are measured: "Piattaforma" never prints as "Piattaform / a", in the PDF or on the slide."""
    outline = _outline(demo_report, lang)
    words = _scorecard_words(outline)
    assert "Piattaforma" in words or lang == "en"
    reader, _ = _pdf(demo_report, lang=lang)
    page = next(p for p in _pages(reader) if outline.section("channels").table("channel_scorecard").title in p
                and words[0] in p)
    lines = page.split("\n")
    for word in words:
        assert any(word in line.split() or word in line for line in lines), word  # whole, on one line
    prs, _ = _deck(demo_report, lang=lang)
    grid = next(s for slide in prs.slides for s in slide.shapes if s.has_table)
    for cell in grid.table.rows[0].cells:
        width = grid.table.columns[list(grid.table.rows[0].cells).index(cell)].width / EMU_PER_PT
        size = cell.text_frame.paragraphs[0].runs[0].font.size.pt
        for word in cell.text_frame.text.split():
            assert tf.text_width(word, size, True) <= width - 2 * M.INSET, word


def test_real_exports_without_earlier_data_say_so_once(samples):
    """Meta posts + X content over their own span: the comparison period is empty, so no change column repeats
    "no earlier data" eight times: the figures stand alone and one line says why."""
    report, sources = _real_report(samples)
    outline = _outline(report, "it")
    assert all(f.previous is None for s in outline.sections for f in s.figures if f.value is not None)
    reader = PdfReader(io.BytesIO(build_document(report, "pdf", lang="it", sources=sources,
                                                 generated_at=GENERATED).data))
    text = "\n".join(_pages(reader))
    line = t_("docs.no_earlier", "it", previous=outline.previous)
    assert line.split(":")[0] in text and text.count("nessun dato precedente") == 0
    assert text.count(line) >= 2  # on the cover too, instead of "Compared with" a period of nothing
    prs, _ = _deck(report, lang="it", settings={})
    assert line in " ".join(s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame)
    assert not [s for slide in prs.slides for s in _named(slide, "figure_change")]
    assert any(_named(slide, "no_earlier") for slide in prs.slides)
    # post types by their Italian names, and no nested brackets in the reasons
    content = next(s for s in prs.slides if _title(s) == outline.section("content").title)
    categories = {str(c) for s in content.shapes if s.has_chart for c in s.chart.plots[0].categories}
    assert "X · Risposta" in categories and not any("reply" in c for c in categories)
    for p in _pages(reader):
        assert not re.search(r"\([^()]*\(", p.replace("\n", " ")), p  # "(… (…))"


def test_import_warnings_in_the_documents_language(samples):
    """A support-threads export's notes ("1,312 threads; 2,222 brand replies ...") read in Italian in an Italian
    document, with Italian thousands."""
    path = samples / "support_threads" / "twcs_first5000_pandas_index.csv"
    if not path.exists():
        pytest.skip("the support threads sample is not there")
    sources: list = []
    report = compute_report(build_parser().parse_args(["kpis", str(path), "--since", "2017-10-01",
                                                       "--until", "2017-12-31"]), sources)
    warnings = [w for s in sources for w in s["warnings"]]
    assert warnings and all(hasattr(w, "said") for w in warnings)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(build_document(
        report, "pdf", lang="it", sources=sources, generated_at=GENERATED).data)).pages)
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(build_document(report, "xlsx", lang="it", sources=sources).data))
    cells = {c.value for row in wb["Note sui dati"].iter_rows() for c in row}
    for w in warnings:
        assert w.said("it") in cells and str(w) not in cells
    assert "brand replies" not in text
