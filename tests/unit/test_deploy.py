"""deploy/: nginx accepts the proxy config (``nginx -t``), and the compose file's app servers are configured the way
lib.auth accepts (proxy mode trusting exactly nginx's address, one PostgreSQL, never auth mode none)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from lib.auth import load_config

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def _self_signed(folder: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "conversa.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    (folder / "fullchain.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "privkey.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()))


def test_nginx_accepts_the_proxy_config(tmp_path):
    if NGINX is None:
        pytest.skip("nginx is not installed (.ci/run installs it)")
    certs = tmp_path / "certs"
    certs.mkdir()
    _self_signed(certs)
    site = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    # the compose service names resolve only inside compose's network: the same config on loopback addresses
    for host in ("app1", "app2", "oauth2-proxy"):
        site = site.replace(f"server {host}:", "server 127.0.0.1:")
    site = site.replace("/etc/nginx/certs/", f"{certs}/")
    assert "X-Forwarded-Email $email" in site and "auth_request /oauth2/auth" in site and "ip_hash" in site
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {tmp_path};\n  proxy_temp_path {tmp_path};\n"
        f"  include {tmp_path}/site.conf;\n}}\n", encoding="utf-8")
    out = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "syntax is ok" in out.stderr and "test is successful" in out.stderr


def test_the_compose_app_servers_sign_in_through_the_proxy_only():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    nginx_ip = services["nginx"]["networks"]["backend"]["ipv4_address"]
    for name in ("app1", "app2"):
        env = services[name]["environment"]
        config = load_config(environ={k: str(v) for k, v in env.items()}, secrets={})
        assert config.mode == "proxy" and config.trusts(nginx_ip) and not config.trusts("172.28.0.11")
        assert env["CONVERSA_DATABASE_URL"].startswith("postgresql+psycopg://") and "@db/" in env["CONVERSA_DATABASE_URL"]
    assert services["app1"]["environment"] == services["app2"]["environment"]  # one database, one configuration
    assert "ports" not in services["app1"] and "ports" not in services["db"]  # only nginx is reachable
