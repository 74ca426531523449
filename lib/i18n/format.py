"""Locale-aware formatting of numbers, percentages, money, dates and KPI values (Babel)."""

from __future__ import annotations

import datetime as dt
import math
from numbers import Number
from typing import SupportsFloat, TypeGuard, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal, format_percent

from lib.i18n import DEFAULT_LANGUAGE, t

LOCALES: dict[str, str] = {"en": "en_GB", "it": "it_IT"}


def locale_for(lang: str) -> str:
    """Babel locale for a UI language (``"it"`` -> ``"it_IT"``); English for unknown languages."""
    return LOCALES.get(lang, LOCALES[DEFAULT_LANGUAGE])


def language_name(code: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A language's name in the UI language (Babel), capitalised; a code Babel does not know reads "Unknown".

    >>> language_name("en", "it"), language_name("sv", "en"), language_name("unknown", "it")
    ('Inglese', 'Swedish', 'Sconosciuta')
    """
    try:
        name = Locale.parse(code).get_display_name(locale_for(lang))
    except (ValueError, TypeError, UnknownLocaleError):
        name = None
    return name[:1].upper() + name[1:] if name else t("lang.unknown", lang)


def is_missing(value: object) -> bool:
    """True for None, NA and NaN (an unavailable KPI)."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and pd.NA
    except TypeError:
        return True


def _float(value: object) -> float:
    """``float(value)`` for the numbers callers pass (raises as ``float`` does for anything else)."""
    return float(cast("SupportsFloat | str", value))


def number(value: object, lang: str = DEFAULT_LANGUAGE, decimals: int = 0) -> str:
    """``1234.5`` -> ``"1,235"`` (en) / ``"1.235"`` (it); ``decimals`` fixed fraction digits.

    >>> number(1234.5, "it", 1)
    '1.234,5'
    """
    if is_missing(value):
        return t("common.na", lang)
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(_float(value), format=fmt, locale=locale_for(lang))


def compact(value: object, lang: str = DEFAULT_LANGUAGE) -> str:
    """Big counts shortened for metric cards: ``12345`` -> ``"12.3K"``; small numbers unchanged.

    >>> compact(1_250_000, "en")
    '1.2M'
    """
    if is_missing(value):
        return t("common.na", lang)
    v = _float(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e5, "K")):
        if abs(v) >= limit:
            return number(v / (limit if limit != 1e5 else 1e3), lang, 1) + suffix
    return number(v, lang, 0 if float(v).is_integer() or abs(v) >= 100 else 1)


def percent(value: object, lang: str = DEFAULT_LANGUAGE, decimals: int = 1) -> str:
    """A fraction as a percentage: ``0.123`` -> ``"12.3%"`` (en) / ``"12,3%"`` (it).

    >>> percent(0.123, "en")
    '12.3%'
    """
    if is_missing(value):
        return t("common.na", lang)
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return format_percent(_float(value), format=fmt, locale=locale_for(lang))


def money(value: object, lang: str = DEFAULT_LANGUAGE, currency: str = "EUR") -> str:
    """An amount in ``currency`` for the locale: ``1234.5`` -> ``"€1,234.50"`` (en).

    >>> money(1234.5, "it")
    '1.234,50\\xa0€'
    """
    if is_missing(value):
        return t("common.na", lang)
    return format_currency(_float(value), currency, locale=locale_for(lang))


def date(value: dt.date, lang: str = DEFAULT_LANGUAGE, style: str = "medium") -> str:
    """A calendar day: ``2025-03-01`` -> ``"1 Mar 2025"`` (en) / ``"1 mar 2025"`` (it)."""
    return _babel_date(value, format=style, locale=locale_for(lang))


def moment(stamp: dt.datetime, tz: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A moment (an import's time, say) as a date and hh:mm in time zone ``tz`` (as given when ``tz`` is unknown).

    >>> moment(dt.datetime(2026, 3, 1, 9, 5, tzinfo=dt.UTC), "Europe/Rome", "it")
    '1 mar 2026 10:05'
    """
    try:
        local = stamp.astimezone(ZoneInfo(tz))
    except (ZoneInfoNotFoundError, ValueError):
        local = stamp
    return f"{date(local.date(), lang)} {local:%H:%M}"


def date_range(since: dt.date, until: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """``"1 Mar 2025 – 31 Mar 2025"``."""
    return f"{date(since, lang)} – {date(until, lang)}"


def is_number(value: object) -> TypeGuard[SupportsFloat]:
    """True for a real, finite number."""
    return isinstance(value, Number) and not is_missing(value) and math.isfinite(_float(value))
