"""Who a request claims to be, from a trusted reverse proxy's header or an OpenID Connect sign-in."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lib.auth.config import AuthConfig
from lib.auth.model import normalise_email
from lib.errors import AccessError, AuthError


def from_proxy(headers: Mapping[str, str], remote_ip: str | None, config: AuthConfig) -> str | None:
    """The e-mail in the proxy's header, only when the connection comes from a trusted proxy address.

    Returns None when the header is absent (the proxy let the request through unsigned). Raises ``AuthError``
    when the connection does not come from a trusted proxy, whatever the headers say (they could be forged).
    """
    if not config.trusts(remote_ip):
        raise AuthError("This app accepts visitors only through its sign-in proxy.")
    wanted = config.proxy_header.lower()
    value = next((v for k, v in headers.items() if k.lower() == wanted), None)
    if value is None or not str(value).strip():
        return None
    try:
        return normalise_email(str(value).split(",")[0])
    except AccessError as exc:
        raise AuthError("The sign-in proxy sent an identity that is not an e-mail address.") from exc


def from_oidc(claims: Mapping[str, Any]) -> str:
    """The e-mail of an OpenID Connect sign-in (``st.user``'s claims). Refuses an address the provider says
    is unverified, and a sign-in without an address."""
    if claims.get("email_verified") is False:
        raise AuthError("Your identity provider has not verified this e-mail address, so it cannot be used here.")
    email = claims.get("email")
    if not email:
        raise AuthError("Your identity provider did not share an e-mail address; ask it for the 'email' scope.")
    try:
        return normalise_email(email)
    except AccessError as exc:
        raise AuthError("Your identity provider sent an e-mail address that is not valid.") from exc
