"""`make observatory`: the MDN HTTP Observatory's grade for the site as a deployment that
follows the README runs it: production settings behind deploy/nginx.conf, with HTTPS on a
self-signed certificate made for the run. Fails below A+.

The scanner only knows the standard ports and a host name, so nginx listens on 127.0.0.1:80
and :443 for the scan, and the site is scanned as `localhost`; the scanner trusts the run's
certificate (NODE_EXTRA_CA_CERTS) and nothing else changes for it.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import nginx as nginx_conf
from tools.production_site import ROOT, production_site, wait_for

SCANNER = ROOT / "node_modules" / "@mdn" / "mdn-http-observatory"
HOST = "localhost"


def scan(cert):
    node = shutil.which("node")
    if node is None:
        sys.exit("Node.js is not installed: `make observatory` installs it.")
    result = subprocess.run(  # noqa: S603 (our own command line)
        [node, str(SCANNER / "src" / "scan.js"), HOST],
        env={**os.environ, "NODE_EXTRA_CA_CERTS": str(cert),
             "NODE_OPTIONS": "--dns-result-order=ipv4first"},
        capture_output=True, text=True, timeout=300,
    )
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError:
        sys.exit(f"The scanner failed:\n{result.stdout}\n{result.stderr}")


def main():
    if nginx_conf.nginx() is None:
        sys.exit("nginx is not installed: run `make install-test`, which installs it.")
    (SCANNER / "conf" / "hsts-preload.json").write_text("{}\n")
    with production_site() as url, tempfile.TemporaryDirectory(prefix="hipguide-tls-") as tmp:
        run_dir = Path(tmp)
        config = nginx_conf.write(
            run_dir, listen="127.0.0.1:80", listen_tls="127.0.0.1:443", host=HOST,
            upstream=url.removeprefix("http://").replace("localhost", "127.0.0.1"),
            static_root=ROOT / "static",
        )
        server = subprocess.Popen(  # noqa: S603
            [nginx_conf.nginx(), "-c", str(config), "-p", str(run_dir), "-g", "daemon off;"]
        )
        try:
            wait_for(443, server, run_dir / "error.log", timeout=10)
            result = scan(run_dir / "tls" / "cert.pem")
        finally:
            server.terminate()
            server.wait(timeout=10)
    if "error" in result:
        sys.exit(f"The scan failed: {result['error']}")
    grade, score = result["scan"]["grade"], result["scan"]["score"]
    print(f"MDN HTTP Observatory: {grade} ({score}/100), "
          f"{result['scan']['testsPassed']} of {result['scan']['testsQuantity']} tests passed")
    for name, test in sorted(result["tests"].items()):
        mark = "pass" if test["pass"] else "FAIL"
        print(f"  {mark}  {name}: {test['result']} ({test['scoreModifier']:+d})")
    if grade != "A+":
        sys.exit(f"The grade is {grade}, below A+.")

if __name__ == "__main__":
    main()
