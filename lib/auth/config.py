"""How this app server signs people in: the auth mode and its settings, and the refusal to host without one.

Settings come from the environment, else from ``.streamlit/secrets.toml`` (section ``[conversa]``):

==========================  ===============================  ===============================================
environment                 secrets ``[conversa]``           meaning
==========================  ===============================  ===============================================
``CONVERSA_AUTH``           ``auth``                         ``none`` (default), ``password``, ``oidc``, ``proxy``
``CONVERSA_TRUSTED_PROXIES``  ``trusted_proxies`` (list)     proxy mode: addresses or networks of the proxy
``CONVERSA_PROXY_HEADER``   ``proxy_header``                 proxy mode: header with the e-mail (X-Forwarded-Email)
``CONVERSA_SESSION_HOURS``  ``session_hours``                a sign-in lasts at most this long (12)
``CONVERSA_IDLE_MINUTES``   ``idle_minutes``                 ... and ends after this long without use (60)
==========================  ===============================  ===============================================

OIDC mode reads Streamlit's own ``[auth]`` section (``redirect_uri``, ``cookie_secret``, ``client_id``,
``client_secret``, ``server_metadata_url``) used by ``st.login``.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lib.errors import AuthError

MODES: tuple[str, ...] = ("none", "password", "oidc", "proxy")
ROOT = Path(__file__).resolve().parents[2]
OIDC_KEYS = ("redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url")
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def read_secrets(paths: tuple[Path, ...] | None = None) -> dict[str, Any]:
    """The first ``.streamlit/secrets.toml`` found (working folder, then project), as a dict ({} when none)."""
    for path in paths or tuple(dict.fromkeys((Path.cwd() / ".streamlit" / "secrets.toml",
                                               ROOT / ".streamlit" / "secrets.toml"))):
        if not path.is_file():
            continue
        try:
            return tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise AuthError(f"{path} could not be read as TOML ({exc}); fix or remove it.") from exc
    return {}


@dataclass(frozen=True)
class AuthConfig:
    mode: str = "none"
    trusted_proxies: tuple[Network, ...] = ()
    proxy_header: str = "X-Forwarded-Email"
    session_hours: float = 12.0
    idle_minutes: float = 60.0
    oidc: Mapping[str, Any] = field(default_factory=dict)

    @property
    def session_max(self) -> dt.timedelta:
        return dt.timedelta(hours=self.session_hours)

    @property
    def idle_max(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.idle_minutes)

    @property
    def signs_in(self) -> bool:
        """Whether visitors must sign in (every mode but ``none``)."""
        return self.mode != "none"

    def trusts(self, address: str | None) -> bool:
        """Whether a connection from ``address`` comes from a configured proxy."""
        try:
            ip = ipaddress.ip_address(str(address or "").split("%")[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        return any(ip in net for net in self.trusted_proxies)


def _networks(values: object) -> tuple[Network, ...]:
    if isinstance(values, str):
        items: list[object] = list(values.split(","))
    elif isinstance(values, Iterable):
        items = list(values)
    else:
        items = [] if values is None else [values]
    nets = []
    for item in (str(i).strip() for i in items):
        if not item:
            continue
        try:
            nets.append(ipaddress.ip_network(item, strict=False))
        except ValueError as exc:
            raise AuthError(f"'{item}' in the trusted proxies is not an IP address or network (e.g. 10.0.0.0/8).") from exc
    return tuple(nets)


def _number(value: object, name: str) -> float:
    try:
        number = float(str(value))
    except ValueError as exc:
        raise AuthError(f"{name} must be a number, not '{value}'.") from exc
    if not number > 0:
        raise AuthError(f"{name} must be more than 0.")
    return number


def load_config(environ: Mapping[str, str] | None = None, secrets: Mapping[str, Any] | None = None) -> AuthConfig:
    """The auth settings (environment first, then the secrets file). Raises ``AuthError`` naming a bad setting."""
    env = os.environ if environ is None else environ
    secrets = read_secrets() if secrets is None else secrets
    found_section = secrets.get("conversa")
    section: Mapping[str, Any] = found_section if isinstance(found_section, Mapping) else {}

    def get(env_name: str, key: str, default: Any) -> Any:
        value = env.get(env_name, "").strip()
        if value:
            return value
        found = section.get(key, secrets.get(env_name))
        return default if found in (None, "") else found

    mode = str(get("CONVERSA_AUTH", "auth", "none")).strip().lower()
    if mode not in MODES:
        raise AuthError(f"CONVERSA_AUTH is '{mode}'; use one of {', '.join(MODES)}.")
    oidc = dict(secrets.get("auth") or {}) if isinstance(secrets.get("auth"), Mapping) else {}
    config = AuthConfig(
        mode=mode,
        trusted_proxies=_networks(get("CONVERSA_TRUSTED_PROXIES", "trusted_proxies", "")),
        proxy_header=str(get("CONVERSA_PROXY_HEADER", "proxy_header", "X-Forwarded-Email")).strip(),
        session_hours=_number(get("CONVERSA_SESSION_HOURS", "session_hours", 12), "CONVERSA_SESSION_HOURS"),
        idle_minutes=_number(get("CONVERSA_IDLE_MINUTES", "idle_minutes", 60), "CONVERSA_IDLE_MINUTES"),
        oidc=oidc,
    )
    if mode == "proxy" and not config.trusted_proxies:
        raise AuthError("Auth mode 'proxy' needs CONVERSA_TRUSTED_PROXIES: the address of the reverse proxy that "
                        "sets the signed-in e-mail header (e.g. 127.0.0.1 or 172.16.0.0/12).")
    if mode == "oidc":
        missing = [k for k in OIDC_KEYS if not oidc.get(k)]
        if missing:
            raise AuthError("Auth mode 'oidc' needs an [auth] section in .streamlit/secrets.toml with "
                            f"{', '.join(missing)} (see the README, 'Hosting for several clients').")
    return config


def is_loopback(address: str | None) -> bool:
    """Whether a listening address reaches only this machine (None or empty: Streamlit listens everywhere)."""
    text = str(address or "").strip().strip("[]")
    if not text:
        return False
    if text.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


def check_hosting(address: str | None, config: AuthConfig) -> None:
    """Refuse to serve a network address without sign-in: raises ``AuthError`` with what to set."""
    if config.signs_in or is_loopback(address):
        return
    where = address or "every network interface"
    raise AuthError(
        f"Conversa is set to listen on {where} without sign-in, so anyone on the network could open every "
        "workspace. It refuses to serve: listen on 127.0.0.1 (server.address in .streamlit/config.toml), or set "
        "CONVERSA_AUTH to password, oidc or proxy (README, 'Hosting for several clients')."
    )
