"""Signing in to X with OAuth 2.0 (Authorization Code Flow with PKCE), read-only scopes."""

from __future__ import annotations

import os
import re

import requests
import tweepy

from lib.connectors import redact
from lib.connectors.base import FetchError
from lib.connectors.x_errors import XAuthError, translate
from lib.connectors.x_tables import PLATFORM

OAUTH_SCOPES = ("tweet.read", "users.read", "offline.access")


def oauth2_handler(client_id: str, redirect_uri: str, client_secret: str | None = None) -> tweepy.OAuth2UserHandler:
    """An OAuth 2.0 Authorization Code Flow with PKCE handler (read-only scopes plus a refresh token).

    Keep it in the user's own session (it holds the PKCE code verifier), never in a shared cache.
    """
    redact.install()
    return tweepy.OAuth2UserHandler(
        client_id=client_id, redirect_uri=redirect_uri, scope=list(OAUTH_SCOPES), client_secret=client_secret,
    )


def authorization_url(handler: tweepy.OAuth2UserHandler) -> str:
    """The x.com address where the user approves read access for the app."""
    return handler.get_authorization_url()


def exchange_code(handler: tweepy.OAuth2UserHandler, redirect_response: str) -> str:
    """The user access token for the address X redirected to after approval (with ``code`` and ``state``).

    Raises ``XAuthError`` when X refuses the code (expired, already used, or a different app).
    """
    error: FetchError | None = None
    address = redirect_response.strip()
    # oauthlib refuses plain-http addresses; a local app (http://localhost) only hands over code and state here
    address = re.sub(r"^http://(localhost|127\.0\.0\.1)([:/?])", r"https://\1\2", address)
    try:
        token = handler.fetch_token(address)
        return token["access_token"]
    except requests.RequestException:
        error = translate(requests.RequestException())
    except Exception:  # oauthlib raises many types; none of their texts may reach the user  # noqa: BLE001
        error = XAuthError(code="x.sign_in", platform=PLATFORM)
    raise error


def oauth2_settings(secrets: dict | None = None) -> dict[str, str] | None:
    """Client id, secret and redirect URI for OAuth 2.0 from ``secrets`` (a ``[x]`` table) or the environment.

    None when no client id is configured. Environment: X_CLIENT_ID, X_CLIENT_SECRET, X_REDIRECT_URI.
    """
    section = dict((secrets or {}).get("x", {}) or {})
    client_id = section.get("client_id") or os.environ.get("X_CLIENT_ID")
    redirect = section.get("redirect_uri") or os.environ.get("X_REDIRECT_URI")
    if not client_id or not redirect:
        return None
    out = {"client_id": client_id, "redirect_uri": redirect}
    secret = section.get("client_secret") or os.environ.get("X_CLIENT_SECRET")
    if secret:
        out["client_secret"] = secret
    return out
