"""Notes on dates drawn on the time charts: a dashed rule and the note's text on its day, only inside the days the
chart draws (a note never widens an axis or makes a chart on its own), the text kept as text."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib import charts

DAYS = pd.date_range("2025-03-01", periods=31)
DAILY = pd.DataFrame({"date": DAYS, "followers": range(1000, 1031), "interactions": [5, 8, 3] * 10 + [4],
                      "gained": [10] * 31})
NOTES = [(dt.date(2025, 3, 12), "Giveaway with the local radio station, all weekend long"),
         (dt.date(2025, 3, 20), "<b>TV</b> spot =1+1"), (dt.date(2025, 5, 1), "after the period")]


def _note_data(spec: dict) -> list[dict]:
    """The rows of every layer that draws notes (its data has a ``note`` column)."""
    datasets = spec.get("datasets", {})
    found = []

    def walk(node):
        if isinstance(node, dict):
            name = node.get("data", {}).get("name") if isinstance(node.get("data"), dict) else None
            if name and datasets.get(name) and "note" in datasets[name][0]:
                found.append((node.get("mark"), datasets[name]))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(spec)
    return found


@pytest.mark.parametrize("build", [
    lambda notes: charts.followers_vs_interactions(DAILY, notes=notes),
    lambda notes: charts.followers_vs_interactions(DAILY.assign(followers=None), notes=notes),
    lambda notes: charts.spike_days(DAILY, pd.DataFrame(), notes=notes),
    lambda notes: charts.time_lines(DAILY, x="date", y="interactions", notes=notes),
], ids=["followers", "interactions_only", "spikes", "lines"])
def test_notes_inside_the_period_are_a_rule_and_a_label_on_their_day(build):
    spec = build(NOTES).to_dict()
    layers = _note_data(spec)
    marks = sorted((m["type"] if isinstance(m, dict) else m) for m, _ in layers)
    assert marks == ["rule", "text"]
    rows = layers[0][1]
    assert [r["note"] for r in rows] == ["Giveaway with the local radio station, all weekend long",
                                        "<b>TV</b> spot =1+1"]  # the May note is outside March: left out
    assert [r["label"] for r in rows] == ["Giveaway with the local rad\u2026", "<b>TV</b> spot =1+1"]
    assert [r["date"][:10] for r in rows] == ["2025-03-12", "2025-03-20"]
    assert _note_data(build(()).to_dict()) == []  # no notes: the chart as it was


def test_a_monthly_chart_keeps_a_note_of_its_last_month_and_drops_one_outside():
    months = pd.DataFrame({"month": pd.period_range("2025-01", periods=3, freq="M"), "v": [1.0, 3.0, 2.0]})
    notes = [(dt.date(2025, 3, 28), "Shop closed"), (dt.date(2025, 4, 2), "Reopened")]
    spec = charts.time_lines(months, x="month", y="v", time_unit="yearmonth", notes=notes).to_dict()
    assert [r["note"] for r in _note_data(spec)[0][1]] == ["Shop closed"]


def test_notes_never_make_a_chart_of_their_own():
    empty = DAILY.iloc[0:0]
    assert charts._note_layers(NOTES, "date", empty["date"]) == []
    assert charts._note_layers([(dt.date(2025, 3, 12), "  \n ")], "date", DAILY["date"]) == []  # a blank note
