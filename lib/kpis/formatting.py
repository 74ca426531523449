"""A KPI's value and change as shown: formatted by the KPI's kind in the catalogue (count, rate, hours...).

These read the KPI catalogue, so they live with the KPIs; ``lib.i18n.format`` formats plain numbers and dates
and knows no KPI (connectors and importers may use it).
"""

from __future__ import annotations

import math

from lib.i18n import DEFAULT_LANGUAGE, t
from lib.i18n.format import compact, is_missing, money, number, percent
from lib.kpis.catalog import BY_KEY
from lib.kpis.model import Change


def kpi_value(key: str, value: object, lang: str = DEFAULT_LANGUAGE, currency: str = "EUR") -> str:
    """A KPI's value formatted by its kind in the catalogue (count, rate, ratio, hours, days, money, index).

    >>> kpi_value("brand_response_rate", 0.31, "en")
    '31.0%'
    >>> kpi_value("brand_response_time_median_h", 2.5, "it")
    '2,5 h'
    """
    if is_missing(value):
        return t("common.na", lang)
    kind = BY_KEY[key].kind if key in BY_KEY else "ratio"
    if kind == "count":
        return compact(value, lang)
    if kind == "rate":
        return percent(value, lang)
    if kind == "money":
        return money(value, lang, currency)
    if kind == "hours":
        return t("common.hours", lang, value=number(value, lang, 1))
    if kind == "days":
        return t("common.days", lang, value=number(value, lang, 1))
    return number(value, lang, 2)


def kpi_delta(key: str, change: Change | None, lang: str = DEFAULT_LANGUAGE, currency: str = "EUR") -> str | None:
    """The change shown under a metric: relative ``"+12.0%"`` for counts and ratios, percentage points
    ``"+3.1 pp"`` for rates, absolute for hours/days; None when there is nothing to compare.

    >>> kpi_delta("brand_response_rate", Change(-0.17, -0.35, False), "en")
    '-17.0 pp'
    >>> kpi_delta("posts", Change(4, 0.25, None), "en")
    '+25.0%'
    """
    absolute = None if change is None else change.absolute
    if change is None or absolute is None or is_missing(absolute):
        return None
    kind = BY_KEY[key].kind if key in BY_KEY else "ratio"
    sign = "+" if absolute > 0 else ("-" if absolute < 0 else "±")
    if kind == "rate":
        return f"{sign}{number(abs(absolute) * 100, lang, 1)} pp"
    if kind in ("hours", "days"):
        return sign + kpi_value(key, abs(absolute), lang)
    if change.relative is None or is_missing(change.relative) or math.isinf(float(change.relative)):
        return sign + (kpi_value(key, abs(absolute), lang, currency) if kind != "count" else compact(abs(absolute), lang))
    return f"{sign}{percent(abs(change.relative), lang)}"


def delta_color(key: str) -> str:
    """``st.metric``'s ``delta_color`` for a KPI's direction: up is good -> "normal", down -> "inverse"."""
    direction = BY_KEY[key].direction if key in BY_KEY else "neutral"
    return {"up": "normal", "down": "inverse"}.get(direction, "off")
