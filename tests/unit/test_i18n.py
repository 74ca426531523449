"""Catalogues are complete in every language, every key the UI uses exists, and formatting follows the locale."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import lib.i18n as i18n
from lib.i18n import LANGUAGES, catalogues, t
from lib.i18n import format as fmt
from lib.kpis import formatting as kpi_fmt
from lib.kpis.model import Change

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]


def _modules():
    return [info.name for info in pkgutil.iter_modules(i18n.__path__) if info.name.startswith("catalog_")]


def test_catalogue_modules_are_found():
    assert "catalog_ui" in _modules()


@pytest.mark.parametrize("module", _modules())
def test_every_key_exists_in_every_language(module):
    strings = importlib.import_module(f"lib.i18n.{module}").STRINGS
    assert set(strings) == set(LANGUAGES), f"{module} must define exactly {LANGUAGES}"
    for lang in LANGUAGES:
        for other in LANGUAGES:
            missing = sorted(set(strings[other]) - set(strings[lang]))
            assert not missing, f"{module}: keys missing in '{lang}': {missing[:10]}"


@pytest.mark.parametrize("module", _modules())
def test_placeholders_match_across_languages(module):
    strings = importlib.import_module(f"lib.i18n.{module}").STRINGS

    def fields(text):
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for key, en in strings["en"].items():
        for lang in LANGUAGES:
            assert fields(strings[lang][key]) == fields(en), f"{module}:{key} placeholders differ in '{lang}'"


@pytest.mark.parametrize("module", _modules())
def test_no_empty_strings(module):
    strings = importlib.import_module(f"lib.i18n.{module}").STRINGS
    for lang in LANGUAGES:
        empty = [k for k, v in strings[lang].items() if not str(v).strip()]
        assert not empty, f"{module}: empty strings in '{lang}': {empty[:10]}"


def test_every_literal_key_in_the_ui_is_in_the_catalogue():
    pattern = re.compile(r"""\b(?:tr|t|page_title)\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")
    used = {key for path in UI_FILES for key in pattern.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 100
    missing = sorted(used - set(catalogues()["en"]))
    assert not missing, f"keys used in app.py/pages but not in any catalogue: {missing}"


def test_t_formats_values_and_falls_back_to_english():
    assert t("upload.saved", "it", n=2, workspace="Forno") == "Salvati 2 file in Forno. Le pagine di analisi ora li includono."
    assert t("no.such.key", "it") == "no.such.key"


def test_numbers_follow_the_locale():
    assert fmt.number(1234567.891, "en", 2) == "1,234,567.89"
    assert fmt.number(1234567.891, "it", 2) == "1.234.567,89"
    assert fmt.percent(0.4567, "it") == "45,7%"
    assert fmt.compact(12_345, "en") == "12,345"
    assert fmt.compact(123_456, "it") == "123,5K"
    assert fmt.number(None, "it") == "n.d."


def test_dates_follow_the_locale():
    day = dt.date(2025, 3, 1)
    assert fmt.date(day, "en") == "1 Mar 2025"
    assert fmt.date(day, "it") == "1 mar 2025"


def test_kpi_values_by_kind():
    assert kpi_fmt.kpi_value("brand_response_rate", 0.5, "en") == "50.0%"
    assert kpi_fmt.kpi_value("longest_gap_days", 3.25, "it") == "3,2 giorni"
    assert kpi_fmt.kpi_value("social_revenue", 1500, "en", "EUR") == "€1,500.00"
    assert kpi_fmt.kpi_value("networking_index", 0.256, "en") == "0.26"
    assert kpi_fmt.kpi_value("posts", None, "en") == "n/a"


def test_deltas_use_points_for_rates_and_the_direction_for_colour():
    assert kpi_fmt.kpi_delta("brand_response_rate", Change(-0.17, -0.354, False), "it") == "-17,0 pp"
    assert kpi_fmt.kpi_delta("comments", Change(30, 0.5, True), "en") == "+50.0%"
    assert kpi_fmt.kpi_delta("comments", Change(30, None, True), "en") == "+30"
    assert kpi_fmt.kpi_delta("brand_response_time_median_h", Change(1.5, 0.5, False), "en") == "+1.5 h"
    assert kpi_fmt.kpi_delta("posts", Change(None, None, None), "en") is None
    assert kpi_fmt.delta_color("brand_response_rate") == "normal"
    assert kpi_fmt.delta_color("silent_post_share") == "inverse"
    assert kpi_fmt.delta_color("top10_commenter_share") == "off"
