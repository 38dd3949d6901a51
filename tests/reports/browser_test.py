#!/usr/bin/env python3
"""Browser test of a report in headless Chromium (WebDriver on 127.0.0.1).

Loads the report of a story whose every page-derived string carries hostile
markup (script tags, onerror= and onload= attributes, javascript: links,
</script> and </textarea> tricks, attribute breakouts) and checks from the
DOM that: no payload ran (window.__pwned stays undefined, no alert opened),
the page holds only its own script, no element carries an event handler,
no javascript: link exists, the payloads are shown as text, the page's own
script and stylesheet were allowed by its CSP, and the filters work when
driven by clicks and key presses.

Usage: browser_test.py --writer PATH_TO_report_fixture_writer
Exit 0 when every check holds; 1 with the failed checks listed otherwise.
"""
import argparse
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import webdriver  # noqa: E402

VISIBLE_ROWS = """
return [...document.querySelectorAll('tbody.cluster')]
  .filter(r => getComputedStyle(r).display !== 'none').map(r => r.id);
"""

failures = []


def check(condition, what):
    if len(what) > 400:
        what = what[:400] + " ..."
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def pwned(b):
    return b.script("return typeof window.__pwned === 'undefined' ? null : window.__pwned;")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--writer", required=True)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="claimdiff-browser-") as out:
        rc = os.spawnv(os.P_WAIT, args.writer, [args.writer, out])
        if rc != 0:
            print(f"FAIL {args.writer} exited {rc}")
            return 1
        page = pathlib.Path(out, "hostile.html").as_uri()
        index = pathlib.Path(out, "index.html").as_uri()
        with webdriver.Browser(args.chromium, args.chromedriver) as b:
            b.get(page)
            check(b.alert_text() is None, "no alert opened on load")
            check(pwned(b) is None, "no injected script ran on load")
            check(b.script("return document.body.getAttribute('data-ready');") == "1",
                  "the report's own script ran (its CSP hash matches)")
            check(b.script("return getComputedStyle(document.querySelector('.badge.differ'))"
                           ".backgroundColor;") == "rgb(255, 227, 204)",
                  "the report's own stylesheet applied (its CSP hash matches)")
            check(b.script("return document.scripts.length;") == 1, "exactly one script element")
            check(b.script("return document.querySelectorAll("
                           "'img,iframe,textarea,object,embed,form,base').length;") == 0,
                  "no injected elements (img, iframe, textarea, ...)")
            handlers = b.script("""
              const out = [];
              for (const e of document.querySelectorAll('*'))
                for (const a of e.attributes)
                  if (a.name.startsWith('on')) out.push(e.tagName + ' ' + a.name);
              return out;""")
            check(handlers == [], f"no element carries an event handler {handlers}")
            schemes = b.script("return [...new Set([...document.querySelectorAll('a[href]')]"
                               ".map(a => a.protocol))].sort();")
            check(set(schemes) <= {"http:", "https:", "file:"}, f"links are http(s) or relative {schemes}")
            body = b.script("return document.body.innerText;")
            for payload in ("<script>window.__pwned=1;alert(1)</script>",
                            "<img src=x onerror=\"window.__pwned=2\">",
                            "</textarea><svg onload=\"window.__pwned=3\">",
                            "</script><script>window.__pwned=4</script>"):
                check(payload in body, f"payload shown as text: {payload}")
            check("<script>" in b.script("return document.title;"), "title shown as text")

            # Hover and click everything hostile text sits in; still nothing runs.
            b.click("tbody#k6 td.cell.has")
            b.click("tbody#k4 td.cell.has")
            check(b.alert_text() is None and pwned(b) is None, "clicking hostile cells runs nothing")

            all_rows = b.script(VISIBLE_ROWS)
            check(len(all_rows) == 7, f"all 7 clusters shown at first {all_rows}")
            b.click("#f-verdict option[value=differ]")
            rows = b.script(VISIBLE_ROWS)
            check(sorted(rows) == ["k2", "k3", "k4"], f"only DIFFER shows the DIFFER rows {rows}")
            check(b.script("return [...document.querySelectorAll('tbody.match')]"
                           ".every(r => r.offsetParent === null);"),
                  "only DIFFER hides every MATCH row")
            check(b.script("return document.getElementById('f-count').textContent;")
                  == "3 of 7 claims shown", "the count follows the filter")
            b.click("#f-verdict option[value='']")
            b.click("#f-outlet option[value='3']")
            rows = b.script(VISIBLE_ROWS)
            check(sorted(rows) == ["k4", "k6"], f"one outlet shows its claims only {rows}")
            b.click("#f-outlet option[value='']")
            b.click("#f-unattributed")
            rows = b.script(VISIBLE_ROWS)
            check(rows == ["k6"], f"only unattributed {rows}")
            b.click("#f-unattributed")
            b.type("#f-search", "ferry company SPOKESPERSON")
            rows = b.script(VISIBLE_ROWS)
            check(rows == ["k5"], f"search finds a source by name and role {rows}")
            b.clear("#f-search")
            b.type("#f-search", "obscene")
            rows = b.script(VISIBLE_ROWS)
            check(rows == ["k3"], f"search finds sentence text {rows}")
            b.clear("#f-search")
            b.type("#f-search", "x")
            b.clear("#f-search")
            b.type("#f-search", " ")
            check(len(b.script(VISIBLE_ROWS)) == 7, "clearing the search shows everything again")
            check(b.alert_text() is None and pwned(b) is None, "no payload ran while filtering")

            try:
                log = b.browser_log()
                csp = [m["message"] for m in log
                       if "Content Security Policy" in m.get("message", "")]
                check(csp == [], f"no CSP violation logged {csp}")
            except webdriver.WebDriverError as e:
                check(False, f"browser log readable ({e})")

            b.get(index)
            check(b.alert_text() is None and pwned(b) is None, "index: nothing injected ran")
            check(b.script("return document.body.getAttribute('data-ready');") == "1",
                  "index: its own script ran")
            check(b.script("return document.querySelectorAll('#stories a').length;") == 1,
                  "index: one story linked")
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
