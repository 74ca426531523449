"""The one list of importers. Adding a platform = one module under lib/importers/ + one line here."""

from __future__ import annotations

import importlib

from lib.importers.base import Importer

# module path -> the module defines IMPORTERS: list[Importer]
MODULES: tuple[str, ...] = (
    "lib.importers.canonical",
    "lib.importers.personal",
    "lib.importers.meta",
    "lib.importers.meta_daily",
    "lib.importers.facebook_legacy",
    "lib.importers.linkedin",
    "lib.importers.x_analytics",
    "lib.importers.x_archive",
    "lib.importers.youtube",
    "lib.importers.tiktok",
    "lib.importers.ga4",
    "lib.importers.mastodon",
    "lib.importers.support_threads",
    "lib.importers.wordpress",
)


def importers() -> list[Importer]:
    """Every registered importer, in registry order."""
    found: list[Importer] = []
    for name in MODULES:
        found.extend(importlib.import_module(name).IMPORTERS)
    return found
