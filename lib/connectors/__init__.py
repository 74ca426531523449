"""The one list of connectors: live sources fetched through each platform's API into canonical tables.

Adding a platform = one module under lib/connectors/ with ``make_fetch(request) -> Fetch`` (see ``base``) and one
``Connector`` line here, plus its strings (``connect.<platform>.*``) in lib/i18n/catalog_connect.py. Connectors
never store anything: the page or the CLI saves ``FetchResult.dataset`` into the workspace.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from lib.connectors.base import Fetch, FetchRequest


@dataclass(frozen=True)
class Connector:
    """One platform: where its credential comes from and how to fetch an account.

    ``env`` is the environment variable (and secrets key) holding the credential; ``token_required`` is False
    when public reads work without one. The form's labels and the plain steps to get the credential are the
    catalogue strings ``connect.<platform>.account``, ``.account_help``, ``.credential`` and ``.steps``.
    """

    platform: str
    label: str
    module: str
    env: str | None
    token_required: bool
    api_url: str  # the API the connector talks to by default (``--api-url`` points it elsewhere)

    def fetch(self, request: FetchRequest) -> Fetch:
        """A ``Fetch`` ready to ``run()`` for ``request``."""
        fetch: Fetch = importlib.import_module(self.module).make_fetch(request)
        return fetch


CONNECTORS: tuple[Connector, ...] = (
    Connector("facebook", "Facebook", "lib.connectors.facebook", "META_ACCESS_TOKEN", True,
              "https://graph.facebook.com"),
    Connector("instagram", "Instagram", "lib.connectors.instagram", "META_ACCESS_TOKEN", True,
              "https://graph.facebook.com"),
    Connector("threads", "Threads", "lib.connectors.threads", "THREADS_ACCESS_TOKEN", True,
              "https://graph.threads.net"),
    Connector("youtube", "YouTube", "lib.connectors.youtube", "YOUTUBE_API_KEY", True,
              "https://youtube.googleapis.com"),
    Connector("x", "X", "lib.connectors.x", "X_BEARER_TOKEN", True, "https://api.twitter.com"),
    Connector("bluesky", "Bluesky", "lib.connectors.bluesky", None, False, "https://public.api.bsky.app"),
    Connector("mastodon", "Mastodon", "lib.connectors.mastodon", "MASTODON_ACCESS_TOKEN", False,
              "https://{instance}"),
)


def connectors() -> list[Connector]:
    """Every registered connector whose module is present, in the page's order."""
    return [c for c in CONNECTORS if importlib.util.find_spec(c.module) is not None]


def get(platform: str) -> Connector:
    """The connector of ``platform`` (KeyError for a platform without one)."""
    for connector in connectors():
        if connector.platform == platform:
            return connector
    raise KeyError(platform)
