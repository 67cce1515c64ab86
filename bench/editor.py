"""The editor of `make loadtest`: signed in to the admin over HTTP, saving a condition every
second (as a reviewer's urgent correction, so it goes live at once) and checking that the next
reader sees each save."""

import base64
import re
import sys
import time
import types
from urllib.parse import urlencode

from django_otp.oath import hotp

from bench.site import ADMIN_PASSWORD, ADMIN_USERNAME, fetch
from tests.admin_forms import form_data

PAGE = "/conditions/sciatica/"


class Editor:
    """An editor in the admin, over HTTP as a browser would: signs in, then saves a page."""

    def __init__(self, port, condition_id):
        self.port = port
        self.change = f"/admin/conditions/condition/{condition_id}/change/"
        self.cookies = {}
        self.saved, self.failed, self.stale, self.unchecked = [], [], [], []

    def request(self, path, method="GET", data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(data, doseq=True).encode()
        status, response, content = fetch(self.port, path, method, headers, body)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return status, content

    def sign_in(self):
        _, content = self.request("/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', content.decode())
        status, _ = self.request("/admin/login/", "POST", {
            "username": ADMIN_USERNAME, "password": ADMIN_PASSWORD, "next": "/admin/",
            "csrfmiddlewaretoken": token.group(1)})
        if status != 302 or "sessionid" not in self.cookies:
            sys.exit(f"the editor could not sign in to the admin (status {status})")
        # The second step: a fresh site, so the editor sets up an authenticator app.
        _, content = self.request("/admin/two-factor/")
        page = content.decode()
        secret = re.search(r'id="two-factor-secret">([A-Z2-7 ]+)<', page)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if not (secret and token):
            sys.exit("the editor was not asked to set up an authenticator app")
        key = base64.b32decode(secret.group(1).replace(" ", ""))
        status, _ = self.request("/admin/two-factor/", "POST", {
            "otp_token": f"{hotp(key, int(time.time()) // 30):06d}", "next": "/admin/",
            "csrfmiddlewaretoken": token.group(1)})
        if status != 200:
            sys.exit(f"the editor's code was refused (status {status})")

    def refused(self, number, status, content):
        """A save that did not happen, with when the refusal came back."""
        excerpt = content.decode(errors="replace")[-300:]
        self.failed.append((time.monotonic(), number, status, excerpt))

    def save(self, number):
        marker = f"Load test save number {number}."
        status, content = self.request(self.change)
        if status != 200:
            self.refused(number, status, content)
            return
        data = form_data(types.SimpleNamespace(content=content))
        data["overview"] = data["overview"].rstrip() + f"\n\n{marker}"
        # Published at once as the reviewer's urgent correction: readers must see it next.
        data["_urgent"] = "Publish now as an urgent correction"
        status, content = self.request(self.change, "POST", data)
        if status != 302:
            self.refused(number, status, content)
            return
        self.saved.append(marker)
        # A reader, with no cookie, must see the save at once, whichever worker answers.
        status, _, page = fetch(self.port, PAGE)
        if status == 503:  # the database went away just after the save
            self.unchecked.append(number)
        elif marker not in page.decode():
            self.stale.append(number)

    def run(self, until):
        number = 0
        next_save = time.monotonic()
        while next_save < until:
            time.sleep(max(0.0, next_save - time.monotonic()))
            number += 1
            try:
                self.save(number)
            except OSError as error:
                self.failed.append((time.monotonic(), number, "connection", str(error)))
            next_save += 1.0
