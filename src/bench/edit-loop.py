#!/usr/bin/env python3
"""Publishes edits through the application at a steady rate and records each save's latency.

    edit-loop.py [--published REVIEWER] BASE USERNAME PASSWORD INCIDENT_ID SECONDS [PER_SECOND] [OUT]

Signs in as an editor through the sign-in page, then once every 1/PER_SECOND seconds (default 1) opens the
edit form of a draft incident (GET /incidents/{id}/edit), changes its summary and saves it (POST, the form's
own fields and CSRF token): each save is one committed change, which PostgreSQL notifies to every listener.
Only the POST is timed (until its answer, a redirect, is read). Prints one line

    MMEDITS saves=N errors=E p50_ms= p95_ms= p99_ms= max_ms=

and, with OUT, writes every save's latency (ms) and status there. Used by src/bench/edits-under-load.sh.

With --published REVIEWER, INCIDENT_ID is a PUBLISHED incident and each tick changes what the regional
summaries count: the editor's save raises or lowers its best fatality figure by one (alternately, so the
data ends as it began after an even number of edits; the high figure is raised with it if it would fall
below), with a reason, which the application holds as a pending revision (a change of the review tables,
not of the incident); then REVIEWER, a second editor signed in the same way (same password), opens the
incident's page, follows its newest pending revision and approves it (POST .../approve, its version and
CSRF token): the approval applies the revision to the incident in one transaction, which the summaries'
triggers count. The line then also gives the approvals' latencies (POST until its redirect):

    MMEDITS saves=N errors=E p50_ms= ... max_ms= approvals=A approve_errors=E approve_p50_ms= approve_p95_ms= approve_p99_ms= approve_max_ms=

and OUT gets "save_ms status approve_ms status" per tick.
"""

import html
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


def session(base, username, password):
    """A fetch(url, data=None) -> (status, text) signed in as username, redirects not followed."""
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
    return fetch


def approve_newest(fetch, base, incident):
    """Approves the newest pending revision on the incident's page: (ms of the POST, status), or (0, error)."""
    status, page = fetch("%s/incidents/%s" % (base, incident))
    ids = [int(i) for i in re.findall(r'href="/review/revisions/(\d+)"', page)]
    if status != 200 or not ids:
        return 0.0, (status if status != 200 else 404)
    revision = max(ids)
    status, page = fetch("%s/review/revisions/%d" % (base, revision))
    form = re.search(r'<form[^>]*action="/review/revisions/%d/approve"[^>]*>(.*?)</form>' % revision, page, re.S)
    if status != 200 or form is None:
        return 0.0, (status if status != 200 else 404)
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form.group(1)))
    body = urllib.parse.urlencode({k: html.unescape(v) for k, v in fields.items()}).encode()
    t0 = time.monotonic()
    status, _ = fetch("%s/review/revisions/%d/approve" % (base, revision), body)
    return (time.monotonic() - t0) * 1000, status


def percentile(values, p):
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1)]


def main():
    args = sys.argv[1:]
    reviewer = None
    if args[:1] == ["--published"]:
        reviewer, args = args[1], args[2:]
    base, username, password, incident, seconds = args[0:5]
    per_second = float(args[5]) if len(args) > 5 else 1.0
    out = args[6] if len(args) > 6 else None
    fetch = session(base, username, password)
    review = session(base, reviewer, password) if reviewer else None

    latencies, errors, records = [], 0, []
    approvals, approve_errors = [], 0
    best = None
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
        if review is None:
            fields = [(k, v) for k, v in parser.fields if k != "summary"]
            fields.append(("summary", "Synthetic incident: edited by the benchmark, save %d at %.3f" % (n, time.time())))
        else:
            values = dict(parser.fields)
            if best is None:
                best = int(values.get("fatalitiesBest") or 0)
            new_best = best + (n % 2)
            high = values.get("fatalitiesHigh") or ""
            if high != "" and int(high) < new_best:
                high = str(new_best)
            changed = {"fatalitiesBest": str(new_best), "fatalitiesHigh": high,
                       "reason": "Benchmark edit %d of a published incident's fatalities" % n}
            fields = [(k, v) for k, v in parser.fields if k not in changed] + list(changed.items())
        body = urllib.parse.urlencode(fields).encode()
        t0 = time.monotonic()
        status, answer = fetch("%s/incidents/%s/edit" % (base, incident), body)
        ms = (time.monotonic() - t0) * 1000
        latencies.append(ms)
        if status != 302:
            errors += 1
            if errors <= 3:
                sys.stderr.write("edit-loop.py: save %d answered %s\n" % (n, status))
        if review is None:
            records.append("%.1f %d" % (ms, status))
            continue
        approve_ms, approve_status = approve_newest(review, base, incident) if status == 302 else (0.0, 0)
        if approve_status == 302:
            approvals.append(approve_ms)
        else:
            approve_errors += 1
            if approve_errors <= 3:
                sys.stderr.write("edit-loop.py: approval %d answered %s\n" % (n, approve_status))
        records.append("%.1f %d %.1f %d" % (ms, status, approve_ms, approve_status))

    def pct(p):
        return percentile(latencies, p)

    if out:
        with open(out, "w") as f:
            f.write("\n".join(records) + "\n")
    line = "MMEDITS saves=%d errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f" % (
        len(latencies), errors, pct(50), pct(95), pct(99), max(latencies) if latencies else 0.0)
    if review is not None:
        line += " approvals=%d approve_errors=%d approve_p50_ms=%.1f approve_p95_ms=%.1f approve_p99_ms=%.1f approve_max_ms=%.1f" % (
            len(approvals), approve_errors, percentile(approvals, 50), percentile(approvals, 95),
            percentile(approvals, 99), max(approvals) if approvals else 0.0)
    print(line)


if __name__ == "__main__":
    main()
