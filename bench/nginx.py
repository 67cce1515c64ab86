"""Render deploy/nginx.conf for a run on this machine: its ports and folders filled in."""

import getpass
import shutil
import subprocess
from pathlib import Path

from tools.production_site import free_port

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "deploy" / "nginx.conf"


def render(*, listen, upstream, static_root, run_dir, listen_tls, tls_cert, tls_key, user=None):
    """The config text with every @NAME@ replaced; fails if one is left."""
    values = {
        "LISTEN": str(listen),
        "LISTEN_TLS": str(listen_tls),
        "TLS_CERT": str(tls_cert),
        "TLS_KEY": str(tls_key),
        "UPSTREAM": upstream,
        "STATIC_ROOT": str(Path(static_root).resolve()),
        "RUN_DIR": str(Path(run_dir).resolve()),
        "USER": user or getpass.getuser(),
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    if "@" in "".join(line.split("#")[0] for line in text.splitlines()):
        raise ValueError("deploy/nginx.conf has a placeholder this script does not fill")
    return text


def write(run_dir, *, listen_tls=None, host="localhost", **values):
    """Write the rendered config and the folders it names into run_dir; return its path.

    Without a certificate given, one is made for host (self-signed, for this run only) in
    run_dir/tls; without listen_tls, HTTPS gets a free port on 127.0.0.1. Its address is
    written beside the config as https_port.
    """
    run_dir = Path(run_dir)
    for folder in ("cache", "tmp"):
        (run_dir / folder).mkdir(parents=True, exist_ok=True)
    if "tls_cert" not in values:
        values["tls_cert"], values["tls_key"] = self_signed_certificate(run_dir / "tls", host)
    if listen_tls is None:
        listen_tls = f"127.0.0.1:{free_port()}"
    (run_dir / "https_port").write_text(str(listen_tls).rsplit(":", 1)[-1])
    config = run_dir / "nginx.conf"
    config.write_text(render(run_dir=run_dir, listen_tls=listen_tls, **values))
    return config


def https_port(config):
    """The HTTPS port of a config written by write()."""
    return int((Path(config).parent / "https_port").read_text())


def self_signed_certificate(folder, host):
    """A certificate and key for host, made with openssl; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", f"/CN={host}", "-addext", f"subjectAltName=DNS:{host},DNS:*.{host},IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


def nginx():
    """The nginx binary, or None if it is not installed (`make nginx` installs it)."""
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(path).exists()),
        None,
    )


def check(config):
    """Run `nginx -t` on a rendered config; returns the finished process."""
    return subprocess.run(
        [nginx(), "-t", "-q", "-c", str(config), "-p", str(Path(config).parent)],
        capture_output=True, text=True,
    )
