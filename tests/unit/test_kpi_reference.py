"""The users' KPI reference in docs/ is generated from the catalogue and stays in sync with it."""

from pathlib import Path

import pytest

from lib.kpis import reference
from lib.kpis.catalog import KPIS
from lib.kpis.texts import describe

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("lang", sorted(reference.FILES))
def test_committed_reference_matches_the_catalogue(lang):
    committed = (DOCS / reference.FILES[lang]).read_text(encoding="utf-8")
    assert committed == reference.render(lang), (
        f"docs/{reference.FILES[lang]} is stale: run `python -m lib.kpis.reference --write`")


@pytest.mark.parametrize("lang", sorted(reference.FILES))
def test_every_kpi_has_its_entry_with_label_and_formula(lang):
    text = reference.render(lang)
    for info in KPIS:
        described = describe(info.key, lang)
        assert f"### {described.label}\n\n`{info.key}`" in text
        assert described.formula in text


def test_italian_reference_is_not_english():
    en, it = reference.render("en"), reference.render("it")
    assert "What it is" not in it and "Che cos'è" in it
    english_labels = {describe(k.key, "en").label for k in KPIS} - {describe(k.key, "it").label for k in KPIS}
    assert not [label for label in english_labels if f"### {label}\n" in it]
    assert en != it


def test_readme_links_the_reference_inside_the_repository():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/KPIS.md" in readme
    assert "../shared/docs" not in readme
