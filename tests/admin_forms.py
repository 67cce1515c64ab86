"""Read the fields of an admin change form, so tests can post it back as a browser would."""

from html.parser import HTMLParser


class _FormFields(HTMLParser):
    def __init__(self):
        super().__init__()
        self.data = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.data.setdefault(name, []).append(attrs.get("value", "on"))
            elif kind not in {"submit", "button", "file", "image"}:
                self.data[name] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def form_data(response):
    """The admin form's current values, ready to change and post back."""
    parser = _FormFields()
    parser.feed(response.content.decode())
    data = {}
    for name, value in parser.data.items():
        if "__prefix__" in name:
            continue
        if isinstance(value, list):
            if value:
                data[name] = value if len(value) > 1 else value[0]
        else:
            # The browser drops the first newline of a textarea.
            data[name] = value[1:] if value.startswith("\n") else value
    return data
