"""UI strings per language and locale-aware formatting.

Catalogues are the modules ``lib/i18n/catalog_*.py``, each defining ``STRINGS = {"en": {...}, "it": {...}}``
with keys prefixed by their area (``overview.title``); they are merged here, and a test fails when a key is
missing from any language.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

LANGUAGES: tuple[str, ...] = ("en", "it")
DEFAULT_LANGUAGE = "en"


@cache
def catalogues() -> dict[str, dict[str, str]]:
    """All strings by language, merged from every ``catalog_*`` module (duplicate keys are an error)."""
    merged: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("catalog_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for lang, strings in module.STRINGS.items():
            dup = set(strings) & set(merged.setdefault(lang, {}))
            if dup:
                raise ValueError(f"{info.name} redefines keys {sorted(dup)[:5]}")
            merged[lang].update(strings)
    return merged


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The string ``key`` in ``lang`` (English when missing there), formatted with ``values``."""
    cats = catalogues()
    text = cats.get(lang, {}).get(key) or cats[DEFAULT_LANGUAGE].get(key) or key
    return text.format(**values) if values else text
