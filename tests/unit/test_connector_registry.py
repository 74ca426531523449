"""The connectors registry: every platform of issue 12 has an entry; each present connector has its form's
strings in both languages, a ``make_fetch``, and the README's "Connect your accounts" steps word for word."""

from __future__ import annotations

import importlib
from pathlib import Path

from lib import connectors
from lib.i18n import catalogues, t

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_platform_has_one_entry():
    assert [c.platform for c in connectors.CONNECTORS] == ["facebook", "instagram", "threads", "youtube", "x",
                                                           "bluesky", "mastodon"]
    assert [c.platform for c in connectors.connectors()] == [c.platform for c in connectors.CONNECTORS]  # all present


def test_each_present_connector_has_its_strings_a_fetch_and_its_readme_steps():
    for c in connectors.connectors():
        assert callable(importlib.import_module(c.module).make_fetch), c.platform
        keys = ["account", "account_help", "steps", *(["credential"] if c.env else [])]
        for lang in ("en", "it"):
            for key in keys:
                assert f"connect.{c.platform}.{key}" in catalogues()[lang], (lang, c.platform, key)
        assert f"### {c.label}\n" in README and t(f"connect.{c.platform}.steps", "en") in README, c.platform
        if c.env:
            assert f"`{c.env}`" in README, c.env
