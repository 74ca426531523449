"""lib.auth: roles, passwords and their throttle, session expiry, trusted proxies, OIDC claims, hosting refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from lib.auth import LOCAL_USER, User, check_hosting, is_loopback, load_config, normalise_email, passwords
from lib.auth.identity import from_oidc, from_proxy
from lib.auth.sessions import Session
from lib.errors import AccessError, AuthError

T0 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def test_roles_allow_what_the_issue_lists():
    admin, consultant, client = (User("a@x.it", r) for r in ("admin", "consultant", "client"))
    assert admin.may("manage_users") and admin.may("audit") and admin.sees_everything
    assert consultant.may("write") and consultant.may("fetch") and consultant.may("backup")
    assert not consultant.may("manage_users") and not consultant.sees_everything
    assert client.may("read") and client.read_only
    for action in ("write", "fetch", "backup", "delete", "create", "manage_users", "audit"):
        assert not client.may(action)
    with pytest.raises(AccessError, match="client"):
        client.require("delete")
    assert LOCAL_USER.role == "admin"


def test_emails_are_normalised_and_checked():
    assert normalise_email("  Anna.Rossi@Example.IT ") == "anna.rossi@example.it"
    for bad in ("", "anna", "@x.it", "anna@", "a b@x.it", "<a@x.it>"):
        with pytest.raises(AccessError):
            normalise_email(bad)


def test_password_hash_is_argon2id_and_verifies_only_the_password():
    stored = passwords.hash_password("correct horse battery")
    assert stored.startswith("$argon2id$") and "correct" not in stored
    assert passwords.verify(stored, "correct horse battery")
    assert not passwords.verify(stored, "correct horse batterx")
    assert not passwords.verify(None, "correct horse battery")  # no account: never a match
    assert not passwords.verify("not a hash", "x")
    assert not passwords.needs_rehash(stored)
    with pytest.raises(AuthError, match="at least 10"):
        passwords.hash_password("short")


def test_throttle_waits_double_after_three_failures_and_forgets_after_the_window():
    fails = [T0 + dt.timedelta(seconds=i) for i in range(3)]
    assert passwords.wait(fails, T0 + dt.timedelta(seconds=3)) == dt.timedelta(0)
    fails.append(T0 + dt.timedelta(seconds=3))  # 4th failure: 2 s
    assert passwords.wait(fails, T0 + dt.timedelta(seconds=3)) == dt.timedelta(seconds=2)
    fails.append(T0 + dt.timedelta(seconds=5))  # 5th: 4 s from the last one
    assert passwords.wait(fails, T0 + dt.timedelta(seconds=6)) == dt.timedelta(seconds=3)
    many = [T0] * 40
    assert passwords.wait(many, T0) == passwords.MAX_WAIT
    assert passwords.wait(many, T0 + passwords.WINDOW) == dt.timedelta(0)


def test_session_expires_when_idle_or_too_old():
    config = load_config({"CONVERSA_AUTH": "password", "CONVERSA_SESSION_HOURS": "2", "CONVERSA_IDLE_MINUTES": "30"},
                         secrets={})
    s = Session.start("a@x.it", T0)
    assert not s.expired(config, T0 + dt.timedelta(minutes=29))
    assert s.expired(config, T0 + dt.timedelta(minutes=30))
    kept = s
    for minute in range(20, 121, 20):  # used every 20 minutes: idle never reached, but 2 hours are
        assert not kept.expired(config, T0 + dt.timedelta(minutes=minute - 1)), minute
        kept = kept.touched(T0 + dt.timedelta(minutes=minute))
    assert kept.expired(config, T0 + dt.timedelta(hours=2))


def test_config_from_environment_and_secrets():
    assert load_config({}, secrets={}).mode == "none"
    conf = load_config({}, secrets={"conversa": {"auth": "proxy", "trusted_proxies": ["10.0.0.0/8", "127.0.0.1"]}})
    assert conf.mode == "proxy" and conf.trusts("10.1.2.3") and conf.trusts("127.0.0.1")
    assert not conf.trusts("192.168.1.2") and not conf.trusts(None) and not conf.trusts("junk")
    assert conf.trusts("::ffff:10.0.0.5")  # IPv4-mapped IPv6, as dual-stack servers report it
    env = load_config({"CONVERSA_AUTH": "password"}, secrets={"conversa": {"auth": "proxy"}})
    assert env.mode == "password"  # the environment wins
    with pytest.raises(AuthError, match="CONVERSA_AUTH"):
        load_config({"CONVERSA_AUTH": "open"}, secrets={})
    with pytest.raises(AuthError, match="TRUSTED_PROXIES"):
        load_config({"CONVERSA_AUTH": "proxy"}, secrets={})
    with pytest.raises(AuthError, match="not an IP"):
        load_config({"CONVERSA_AUTH": "proxy", "CONVERSA_TRUSTED_PROXIES": "proxy.local"}, secrets={})
    with pytest.raises(AuthError, match="client_secret"):
        load_config({"CONVERSA_AUTH": "oidc"}, secrets={"auth": {"client_id": "x"}})


def test_proxy_header_counts_only_from_a_trusted_address():
    conf = load_config({"CONVERSA_AUTH": "proxy", "CONVERSA_TRUSTED_PROXIES": "127.0.0.1"}, secrets={})
    headers = {"X-Forwarded-Email": "Anna@Example.it", "Host": "x"}
    assert from_proxy(headers, "127.0.0.1", conf) == "anna@example.it"
    assert from_proxy({"x-forwarded-email": "anna@example.it"}, "127.0.0.1", conf) == "anna@example.it"
    assert from_proxy({"Host": "x"}, "127.0.0.1", conf) is None  # trusted address, nobody signed in
    with pytest.raises(AuthError, match="proxy"):
        from_proxy(headers, "127.0.0.2", conf)  # a forged header from anywhere else
    with pytest.raises(AuthError, match="e-mail"):
        from_proxy({"X-Forwarded-Email": "not an address"}, "127.0.0.1", conf)


def test_oidc_claims_need_a_verified_email():
    assert from_oidc({"email": "Anna@Example.it", "email_verified": True}) == "anna@example.it"
    assert from_oidc({"email": "anna@example.it"}) == "anna@example.it"  # providers that omit the flag
    with pytest.raises(AuthError, match="verified"):
        from_oidc({"email": "anna@example.it", "email_verified": False})
    with pytest.raises(AuthError, match="email"):
        from_oidc({"sub": "123"})


@pytest.mark.parametrize("address,loopback", [
    ("127.0.0.1", True), ("::1", True), ("localhost", True), ("127.0.0.2", True),
    ("0.0.0.0", False), ("", False), (None, False), ("192.168.1.10", False), ("::", False), ("example.com", False),
])
def test_loopback_addresses(address, loopback):
    assert is_loopback(address) is loopback


def test_hosting_on_a_network_address_needs_sign_in():
    none = load_config({}, secrets={})
    check_hosting("127.0.0.1", none)  # make run
    with pytest.raises(AuthError, match="refuses to serve"):
        check_hosting("0.0.0.0", none)
    with pytest.raises(AuthError, match="every network interface"):
        check_hosting(None, none)  # Streamlit's default: all interfaces
    check_hosting("0.0.0.0", load_config({"CONVERSA_AUTH": "password"}, secrets={}))
