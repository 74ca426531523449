"""docs/ARCHITECTURE.md names every lib package (a directory under lib/ with an __init__.py) and the recipes."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "ARCHITECTURE.md"


def _packages() -> list[str]:
    return sorted(f"{p.parent.relative_to(ROOT).as_posix()}/" for p in (ROOT / "lib").rglob("__init__.py")
                  if "__pycache__" not in p.parts)


def _missing(text: str) -> list[str]:
    named = set(re.findall(r"`(lib/[\w/]*)`", text))
    return [p for p in _packages() if p not in named]


def test_every_lib_package_is_in_the_architecture_page():
    assert "lib/store/migrations/" in _packages()  # the walk finds nested packages
    assert _missing(DOC.read_text(encoding="utf-8")) == []


def test_a_package_left_out_is_found():
    text = DOC.read_text(encoding="utf-8").replace("`lib/store/migrations/`", "the migrations")
    assert _missing(text) == ["lib/store/migrations/"]


def test_the_recipes_are_there_and_the_readme_links_the_page():
    text = DOC.read_text(encoding="utf-8")
    for recipe in ("Add a platform export", "Add a connector", "Add a KPI", "Add a page", "Add a report section",
                   "Add a migration"):
        assert f"**{recipe}.**" in text
    assert "docs/ARCHITECTURE.md" in (ROOT / "README.md").read_text(encoding="utf-8")
