"""A chart's points as a PNG drawn by the app's own Altair builders (``lib.charts``) through vl-convert."""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import cast

import pandas as pd

from lib.report.display import Points

WIDTH, HEIGHT = 470, 230  # CSS pixels of the chart's plot; the PNG is drawn at SCALE times that
SCALE = 2.0
_FORMATS = {"rate": ".0%", "count": ",.0f", "money": ",.0f", "hours": ",.1f", "days": ",.1f"}


def chart_images(charts: Mapping[str, Points], lang: str) -> dict[str, bytes | None]:
    """The image of each chart (by key), drawn side by side: vl-convert spends its time in its own engine."""
    with ThreadPoolExecutor(max_workers=3) as pool:
        images = pool.map(lambda p: chart_image(p, lang), charts.values())
        return dict(zip(charts, images))


def chart_image(p: Points, lang: str) -> bytes | None:
    """``p`` drawn as a JPEG (embedded as it is in a PDF; None when vl-convert cannot draw it: the PDF then shows
    the figures alone)."""
    import altair as alt
    import vl_convert

    from lib import charts

    c = p.chart
    name, values = p.series[0]
    y_format = _FORMATS.get(c.y_kind, ",.2~f")
    chart: alt.TopLevelMixin
    try:
        if c.kind == "scatter":
            frame = pd.DataFrame({"x": p.x, "y": values}).dropna()
            chart = charts.lorenz(frame, x="x", y="y", lang=lang, x_title=c.x_title, y_title=c.y_title)
        elif c.kind == "line" and p.keys and _dates(p.keys):
            frame = pd.DataFrame({"x": pd.to_datetime(pd.Series(p.keys).astype(str)), "y": values}).dropna()
            monthly = len(frame) > 1 and (frame["x"].dt.day == 1).all()
            chart = charts.time_lines(frame, x="x", y="y", lang=lang, x_title="", y_title=c.y_title,
                                      y_format=y_format, time_unit="yearmonth" if monthly else None)
            if not monthly and frame["x"].max() - frame["x"].min() > pd.Timedelta(days=62):
                chart = cast(alt.Chart, chart).encode(x=alt.X("x:T", title="", axis=alt.Axis(  # a long daily series: months
                    format="%b %Y", labelAngle=0, tickCount=8, labelOverlap="greedy", labelSeparation=12)))
        else:
            frame = pd.DataFrame({"x": list(p.categories), "y": values})
            horizontal = len(frame) > 8
            chart = charts.bar(frame, "x", "y", lang=lang, x_title="", y_title=c.y_title or name,
                               y_format=y_format, horizontal=horizontal)
        chart = chart.properties(width=WIDTH, height=HEIGHT if not (c.kind == "bar" and len(p.categories) > 8)
                                 else max(HEIGHT, 16 * len(p.categories)))
        return bytes(vl_convert.vegalite_to_jpeg(chart.to_json(), scale=SCALE, quality=92))
    except (ValueError, RuntimeError, TypeError):
        return None


def _dates(keys: tuple[object, ...]) -> bool:
    try:
        pd.to_datetime(pd.Series(keys).astype(str))
    except (ValueError, TypeError):
        return False
    return True
