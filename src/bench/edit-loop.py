#!/usr/bin/env python3
"""Publishes edits through the application at a steady rate and records each save's latency.

    edit-loop.py BASE USERNAME PASSWORD INCIDENT_ID SECONDS [PER_SECOND] [OUT]

Signs in as an editor through the sign-in page, then once every 1/PER_SECOND seconds (default 1) opens the
edit form of a draft incident (GET /incidents/{id}/edit), changes its summary and saves it (POST, the form's
own fields and CSRF token): each save is one committed change, which PostgreSQL notifies to every listener.
Only the POST is timed (until its answer, a redirect, is read). Prints one line

    MMEDITS saves=N errors=E p50_ms= p95_ms= p99_ms= max_ms=

and, with OUT, writes every save's latency (ms) and status there. Used by src/bench/edits-under-load.sh.
"""

import html.parser
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class FormFields(html.parser.HTMLParser):
    """The fields of the first form posting to a path ending in /edit, as a browser would send them."""

    def __init__(self):
        super().__init__()
        self.fields = []
        self.in_form = False
        self.done = False
        self.select = None
        self.select_value = None
        self.select_first = None
        self.option_value = None
        self.textarea = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.done:
            return
        if tag == "form" and (a.get("method") or "").lower() == "post" and (a.get("action") or "").endswith("/edit"):
            self.in_form = True
        if not self.in_form:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.append((name, a.get("value", "on")))
            elif kind not in ("submit", "button", "image", "file", "reset"):
                self.fields.append((name, a.get("value", "")))
        elif tag == "select" and name and "disabled" not in a:
            self.select, self.select_value, self.select_first = name, None, None
        elif tag == "option" and self.select is not None:
            value = a.get("value")
            self.option_value = value
            if self.select_first is None:
                self.select_first = value
            if "selected" in a:
                self.select_value = value
        elif tag == "textarea" and name and "disabled" not in a:
            self.textarea, self.text = name, []

    def handle_data(self, data):
        if self.textarea is not None:
            self.text.append(data)

    def handle_endtag(self, tag):
        if not self.in_form:
            return
        if tag == "select" and self.select is not None:
            value = self.select_value if self.select_value is not None else self.select_first
            if value is not None:
                self.fields.append((self.select, value))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append((self.textarea, "".join(self.text).lstrip("\n")))
            self.textarea = None
        elif tag == "form":
            self.in_form = False
            self.done = True


def main():
    base, username, password, incident, seconds = sys.argv[1:6]
    per_second = float(sys.argv[6]) if len(sys.argv) > 6 else 1.0
    out = sys.argv[7] if len(sys.argv) > 7 else None
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def fetch(url, data=None):
        try:
            with opener.open(urllib.request.Request(url, data=data), timeout=30) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    status, page = fetch(base + "/login")
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    status, _ = fetch(base + "/login", urllib.parse.urlencode(
        {"username": username, "password": password, "_csrf": token}).encode())
    if status != 302:
        sys.exit("edit-loop.py: signing in as %s answered %s" % (username, status))

    latencies, errors, records = [], 0, []
    end = time.monotonic() + float(seconds)
    next_at = time.monotonic()
    n = 0
    while time.monotonic() < end:
        now = time.monotonic()
        if now < next_at:
            time.sleep(next_at - now)
        next_at += 1.0 / per_second
        n += 1
        status, form = fetch("%s/incidents/%s/edit" % (base, incident))
        parser = FormFields()
        parser.feed(form)
        fields = [(k, v) for k, v in parser.fields if k != "summary"]
        fields.append(("summary", "Synthetic incident: edited by the benchmark, save %d at %.3f" % (n, time.time())))
        body = urllib.parse.urlencode(fields).encode()
        t0 = time.monotonic()
        status, answer = fetch("%s/incidents/%s/edit" % (base, incident), body)
        ms = (time.monotonic() - t0) * 1000
        latencies.append(ms)
        if status != 302:
            errors += 1
            if errors <= 3:
                sys.stderr.write("edit-loop.py: save %d answered %s\n" % (n, status))
        records.append("%.1f %d" % (ms, status))

    def pct(p):
        if not latencies:
            return 0.0
        s = sorted(latencies)
        return s[min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1)]

    if out:
        with open(out, "w") as f:
            f.write("\n".join(records) + "\n")
    print("MMEDITS saves=%d errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f" % (
        len(latencies), errors, pct(50), pct(95), pct(99), max(latencies) if latencies else 0.0))


if __name__ == "__main__":
    main()
