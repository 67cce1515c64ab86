"""Render deploy/nginx.conf for a run on this machine: its ports and folders filled in."""

import getpass
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "deploy" / "nginx.conf"


def render(*, listen, upstream, static_root, run_dir, user=None):
    """The config text with every @NAME@ replaced; fails if one is left."""
    values = {
        "LISTEN": str(listen),
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


def write(run_dir, **values):
    """Write the rendered config and the folders it names into run_dir; return its path."""
    run_dir = Path(run_dir)
    for folder in ("cache", "tmp"):
        (run_dir / folder).mkdir(parents=True, exist_ok=True)
    config = run_dir / "nginx.conf"
    config.write_text(render(run_dir=run_dir, **values))
    return config


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
