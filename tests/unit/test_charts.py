"""Chart builders checked through ``to_dict()``: marks, encodings, data sent, theme and locale."""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd
import pytest

from lib import charts


def _data(spec: dict) -> list[list[dict]]:
    """Every inline dataset of a spec, in order of appearance."""
    return list(spec.get("datasets", {}).values())


def _layers(spec: dict) -> list[dict]:
    return spec.get("layer", [spec])


def test_theme_is_enabled_and_colour_blind_safe():
    assert alt.theme.active == charts.THEME
    spec = charts.bar(pd.DataFrame({"k": ["a"], "v": [1]}), "k", "v").to_dict()
    assert spec["config"]["range"]["category"][:3] == ["#0072B2", "#E69F00", "#009E73"]


def test_every_platform_has_its_own_colour():
    assert len(set(charts.PLATFORM_COLOURS.values())) == len(charts.PLATFORM_COLOURS)
    scale = charts.platform_scale(["youtube", "facebook"]).to_dict()
    assert scale == {"domain": ["Facebook", "YouTube"], "range": ["#0072B2", "#D55E00"]}


def test_locale_formats_italian_numbers():
    spec = charts.bar(pd.DataFrame({"k": ["a"], "v": [1]}), "k", "v", lang="it").to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    assert spec["config"]["locale"]["number"]["thousands"] == "."
    assert spec["config"]["locale"]["time"]["shortDays"][1] == "lun"


def test_histogram_keeps_bucket_order_and_labels():
    frame = pd.DataFrame({"bucket": ["<1h", "1-4h", "4-24h", "1-3d", ">3d"], "comments": [5, 3, 2, 1, 0]})
    spec = charts.response_time_histogram(frame, labels={"<1h": "under 1 h"}).to_dict()
    assert spec["mark"]["type"] == "bar"
    assert spec["encoding"]["x"]["sort"] == ["under 1 h", "1-4h", "4-24h", "1-3d", ">3d"]
    assert [r["comments"] for r in _data(spec)[0]] == [5, 3, 2, 1, 0]


def test_lorenz_is_downsampled_and_has_equality_line_and_top10_marker():
    x = np.linspace(0, 1, 5001)
    frame = pd.DataFrame({"commenter_share": x, "comment_share": x ** 4})  # classic Lorenz: least active first
    spec = charts.lorenz(frame, top10=0.34, top10_label="top 10%", most_active_first=True).to_dict()
    layers = _layers(spec)
    assert [layer["mark"]["type"] for layer in layers] == ["line", "line", "point", "text"]
    curve = next(d for d in _data(spec) if len(d) > 2)
    assert len(curve) == 200
    assert curve[-1]["comment_share"] == pytest.approx(1.0)
    mid = min(curve, key=lambda r: abs(r["commenter_share"] - 0.5))
    assert mid["comment_share"] == pytest.approx(1 - 0.5 ** 4, abs=0.01)  # above the diagonal: Pareto view
    assert layers[0]["mark"]["strokeDash"] == [5, 4]


def test_scatter_caps_points_and_links_posts():
    n = 5000
    frame = pd.DataFrame({"platform": ["facebook"] * n, "reactions": np.arange(n), "comments": np.arange(n) % 97,
                          "text": ["hello"] * n, "permalink": [f"https://example.com/{i}" for i in range(n)]})
    spec = charts.scatter_posts(frame, tooltip=[("text", "Text"), ("comments", "Comments")]).to_dict()
    rows = _data(spec)[0]
    assert len(rows) == charts.MAX_POINTS
    assert min(r["comments"] for r in rows) >= 50  # the most commented posts were kept
    assert spec["encoding"]["href"]["field"] == "permalink"
    assert [t["title"] for t in spec["encoding"]["tooltip"]] == ["Text", "Comments"]
    assert spec["params"][0]["name"] == "brush"


def test_heatmap_names_weekdays_monday_first():
    frame = pd.DataFrame({"weekday": [0, 6], "hour": [9, 21], "conversations": [4, 1]})
    spec = charts.heatmap(frame, day_names=["lun", "mar", "mer", "gio", "ven", "sab", "dom"]).to_dict()
    assert spec["mark"]["type"] == "rect"
    assert [r["weekday"] for r in _data(spec)[0]] == ["lun", "dom"]
    assert spec["encoding"]["y"]["sort"][0] == "lun"


def test_spike_days_highlight_flagged_days_with_reason():
    daily = pd.DataFrame({"date": pd.date_range("2025-01-01", periods=4), "gained": [3, 500, 4, 2]})
    spikes = pd.DataFrame({"date": [pd.Timestamp("2025-01-02")], "gained": [500], "reason": ["round number"]})
    spec = charts.spike_days(daily, spikes).to_dict()
    layers = _layers(spec)
    assert layers[1]["mark"]["color"] == charts.BAD
    assert _data(spec)[1][0]["reason"] == "round number"


def test_followers_vs_interactions_sums_platforms_per_day():
    daily = pd.DataFrame({"date": ["2025-01-01", "2025-01-01", "2025-01-02"], "followers": [100, 50, 160],
                          "interactions": [5, 5, 2]})
    spec = charts.followers_vs_interactions(daily).to_dict()
    rows = _data(spec)[0]
    assert [(r["followers"], r["interactions"]) for r in rows] == [(150.0, 10.0), (160.0, 2.0)]
    assert spec["resolve"]["scale"]["y"] == "independent"


def test_followers_without_interaction_figures_draw_the_followers_alone():
    """A followers file alone: no interaction bars and no empty right axis reading 0,000000."""
    daily = pd.DataFrame({"date": ["2025-01-01", "2025-01-02"], "followers": [100, 110], "interactions": [0, 0]})
    spec = charts.followers_vs_interactions(daily).to_dict()
    assert spec["mark"]["type"] == "line" and "layer" not in spec and "resolve" not in spec
    assert [t["field"] for t in spec["encoding"]["tooltip"]] == ["date", "followers"]


def test_verdict_bars_colour_the_middle_verdict_apart():
    frame = pd.DataFrame({"platform": ["facebook", "instagram", "x"],
                          "conversation_rate_per_1k_followers": [2.0, 0.3, 0.1],
                          "verdict": ["keep", "keep_visits", "rethink"]})
    spec = charts.verdict_bars(frame, middle="keep_visits",
                               verdict_labels={"keep": "keep", "keep_visits": "keep for the visits"}).to_dict()
    assert spec["encoding"]["color"]["scale"] == {"domain": ["keep", "keep for the visits", "rethink"],
                                                  "range": [charts.GOOD, charts.OKABE_ITO[1], charts.BAD]}


def test_scale_curve_labels_months():
    frame = pd.DataFrame({"month": ["2025-01", "2025-02"], "mean_followers": [1000, 4000],
                          "brand_response_rate": [0.6, 0.2]})
    spec = charts.scale_curve(frame).to_dict()
    assert [layer["mark"]["type"] for layer in _layers(spec)] == ["line", "circle", "text"]
    assert _data(spec)[0][1]["month"] == "2025-02"


def test_verdict_bars_colour_by_verdict():
    frame = pd.DataFrame({"platform": ["facebook", "instagram"], "conversation_rate_per_1k_followers": [0.5, 2.0],
                          "verdict": ["rethink", "keep"]})
    spec = charts.verdict_bars(frame, verdict_labels={"keep": "keep", "rethink": "rethink"}).to_dict()
    assert spec["encoding"]["color"]["scale"] == {"domain": ["keep", "rethink"], "range": [charts.GOOD, charts.BAD]}
    # no platform kept: the legend shows only the Italian verdict drawn, never the raw "keep"
    rethink = frame.assign(verdict="rethink")
    spec = charts.verdict_bars(rethink, verdict_labels={"rethink": "da ripensare"}).to_dict()
    assert spec["encoding"]["color"]["scale"] == {"domain": ["da ripensare"], "range": [charts.BAD]}


def test_grouped_bars_and_time_lines():
    frame = pd.DataFrame({"language": ["it", "en", "it"], "share": [0.7, 0.3, 1.0], "who": ["aud", "aud", "brand"]})
    spec = charts.grouped_bars(frame, category="language", value="share", group="who").to_dict()
    assert spec["encoding"]["xOffset"]["field"] == "who"
    trend = pd.DataFrame({"month": ["2025-01", "2025-02"], "platform": ["x", "x"], "v": [1.0, 2.0]})
    spec = charts.time_lines(trend, x="month", y="v", colour="platform").to_dict()
    assert spec["encoding"]["color"]["scale"]["range"] == [charts.PLATFORM_COLOURS["x"]]
    assert _data(spec)[0][0]["platform"] == "X"


def test_missing_columns_name_the_fix():
    with pytest.raises(ValueError, match=r"needs the columns \['comments'\]"):
        charts.response_time_histogram(pd.DataFrame({"bucket": ["<1h"]}))
