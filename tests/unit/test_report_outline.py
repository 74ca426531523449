"""The report outline: key figures with their changes in the right unit, display tables, charts, file names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from lib.kpis.model import Change
from lib.report.naming import report_filename
from lib.report.outline import SECTIONS, build_outline

_spec = importlib.util.spec_from_file_location("report_data", Path(__file__).parents[1] / "fixtures" / "report_data.py")
data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(data)


@pytest.fixture(scope="module")
def outline():
    return build_outline(data.hand_report(), lang="en", settings={"client_name": "Forno Rossi"},
                         sources=data.SOURCES, generated_at=data.GENERATED)


def test_sections_in_registry_order(outline):
    assert [s.key for s in outline.sections] == list(SECTIONS)
    assert [s.key for s in build_outline(data.hand_report(), sections=["posts", "summary"]).sections] == [
        "summary", "posts"]
    with pytest.raises(ValueError, match="nope"):
        build_outline(data.hand_report(), sections=["nope"])


def test_changes_in_their_units(outline):
    summary = outline.section("summary")
    rate = summary.figure("brand_response_rate")  # 42% against 50%: 8 points down, not -16%
    assert (rate.text, rate.previous_text) == ("42.0%", "50.0%")
    assert (rate.change.unit, rate.change.value, rate.change.text, rate.change.better) == ("pp", pytest.approx(-8.0),
                                                                                          "-8.0 pp", False)
    posts = summary.figure("posts")  # 12 against 10: +20%
    assert (posts.change.unit, posts.change.value, posts.change.text) == ("percent", 0.2, "+20.0%")
    hours = summary.figure("brand_response_time_median_h")  # 5.5 h against 3.0 h: 2.5 h more, worse
    assert (hours.change.unit, hours.change.text, hours.change.better) == ("absolute", "+2.5 h", False)


def test_italian_points_and_na_reasons():
    from lib.kpis.texts import reason

    report = data.hand_report()
    report = dataclasses.replace(report, unavailable={**report.unavailable, "reach": reason("reach")})
    it = build_outline(report, lang="it").section("summary")
    assert it.figure("brand_response_rate").change.text == "-8,0 p.p."
    reach = it.figure("reach")
    assert reach.value is None and reach.text == "n.d." and reach.change is None
    assert reach.na_reason == "serve la copertura"
    assert reach.need == "Lo fornirebbe un export dei post con copertura e impression."


def _with(report, key, cur, prev, change):
    return dataclasses.replace(report, overall={**report.overall, key: cur}, previous={**report.previous, key: prev},
                               changes={**report.changes, key: change})


def test_no_relative_change_from_zero_across_zero_or_of_a_difference():
    report = data.hand_report()
    report = _with(report, "comments", 340, 0, Change(340, None, True))  # base zero, earlier posts exist
    report = _with(report, "economic_value", 5, -5, Change(10, 2.0, True))  # crosses zero
    report = _with(report, "follower_growth", 30, 10, Change(20, 2.0, True))  # itself a difference
    summary = build_outline(report).section("summary")
    assert summary.figure("comments").change.text == "+340"
    assert summary.figure("economic_value").change.unit == "absolute"
    growth = summary.figure("follower_growth").change
    assert (growth.unit, growth.value, growth.text) == ("absolute", 20, "+20")


def test_an_empty_previous_period_is_no_earlier_data():
    report = data.hand_report()  # the report says the previous period holds no posts (not "up 644, before: 0")
    report = _with(report, "posts", 644, 0, Change(None, None, None, no_earlier=True))
    report = _with(report, "comments", 340, 0, Change(None, None, None, no_earlier=True))
    report = _with(report, "brand_response_rate", 0.42, None, Change(None, None, None))
    for lang, words in (("en", "no earlier data"), ("it", "nessun dato precedente")):
        summary = build_outline(report, lang=lang).section("summary")
        for key in ("posts", "comments", "brand_response_rate"):
            change = summary.figure(key).change
            assert (change.unit, change.value, change.text) == ("none", None, words), key
            figure = summary.figure(key)
            assert (figure.previous, figure.previous_text) == (None, words), key  # never "0" beside "no earlier"
    import io

    from openpyxl import load_workbook

    from lib.report import build_workbook

    sheet = load_workbook(io.BytesIO(build_workbook(report, lang="it")))["Sintesi"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Post")
    assert row[1:4] == (644, "nessun dato precedente", "nessun dato precedente")  # value, previous, change
    real_zero = _with(data.hand_report(), "posts", 644, 0, Change(644, None, None))  # a covered period with 0 posts
    assert build_outline(real_zero).section("summary").figure("posts").change.text == "+644"


def test_tables_show_names_not_codes_or_ids(outline):
    community = outline.section("community")
    commenters = community.table("commenters")
    assert [c.key for c in commenters.columns] == ["author_name", "comments", "posts"]  # ids and pseudonyms go
    card = outline.section("channels").table("channel_scorecard")
    assert list(card.frame["platform"]) == ["Facebook", "Instagram"]
    assert list(card.frame["verdict"])[0] == "keep"
    by_platform = outline.section("channels").table("by_platform")
    assert [c.label for c in by_platform.columns] == ["KPI", "Facebook", "Instagram"]
    assert by_platform.row_kinds == ("count", "rate")  # posts, brand response rate
    posts = outline.section("posts").table("posts_ranked")
    assert "post_id" not in posts.frame.columns and "Facebook" in set(posts.frame["platform"])


def test_lorenz_chart_on_percent_axes_and_its_table_off_print(outline):
    community = outline.section("community")
    lorenz = next(c for c in community.charts if c.table == "lorenz")
    assert (lorenz.kind, lorenz.x_kind, lorenz.y_kind, lorenz.x_range, lorenz.y_range) == (
        "scatter", "rate", "rate", (0.0, 1.0), (0.0, 1.0))
    assert community.table("lorenz").printed is False


def test_missing_tables_say_why_and_get_no_chart(outline):
    audience = outline.section("audience")
    spikes = audience.table("follower_spike_days")
    assert spikes.missing == "No data for this table in this period." and spikes.frame.empty
    assert "follower_spike_days" not in {c.table for c in audience.charts}


def test_anonymized_outline_has_pseudonyms_only():
    outline = build_outline(data.hand_report(), anonymized=True)
    names = set(outline.section("community").table("commenters").frame["author_name"])
    assert names == {"Commenter 1", "Commenter 2", "Commenter 3"}
    assert outline.anonymized and outline.filename("pdf").endswith("_anonymized.pdf")


def test_data_notes_list_sources_unavailable_with_the_export_that_fills_them(outline):
    notes = outline.section("data_notes")
    assert list(notes.table("sources").frame["platform"]) == ["Facebook"]
    unavailable = notes.table("unavailable").frame
    reach = unavailable[(unavailable["kpi"] == "Reach") & (unavailable["platform"] == "Instagram")]
    assert list(reach["reason"]) == ["the export has no reach"]


def test_filename_has_client_period_and_filter(outline):
    assert outline.filename("xlsx") == "conversa_Forno-Rossi_2025-03-01_2025-03-31_all-platforms.xlsx"
    assert report_filename(client="Caffè Nero/../x", since=dt.date(2025, 1, 1), until=dt.date(2025, 1, 31),
                           platforms=["linkedin"], ext="pptx") == "conversa_Caffe-Nero-x_2025-01-01_2025-01-31_linkedin.pptx"


def test_a_huge_relative_change_reads_as_the_difference():
    report = _with(data.hand_report(), "comments", 1440, 5, Change(1435, 287.0, True))  # +28,700%
    assert build_outline(report).section("summary").figure("comments").change.text == "+1,435"
    report = _with(data.hand_report(), "comments", 50, 5, Change(45, 9.0, True))  # +900%: still a percentage
    assert build_outline(report).section("summary").figure("comments").change.text == "+900.0%"


def test_people_named_by_an_id_go_by_their_pseudonym():
    """Exports that anonymize authors give numbers as names: documents never print them."""
    import pandas as pd

    report = data.hand_report()
    commenters = pd.DataFrame({"author_id": ["117242", "u2"], "author_name": ["117242", "Maria Rossi"],
                               "author_pseudonym": ["Commenter 1", "Commenter 2"], "comments": [56, 17]})
    report = dataclasses.replace(report, tables={**report.tables, "commenters": commenters})
    table = build_outline(report).section("community").table("commenters")
    assert list(table.frame["author_name"]) == ["Commenter 1", "Maria Rossi"]
