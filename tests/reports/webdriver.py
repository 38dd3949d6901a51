"""A minimal W3C WebDriver client for headless Chromium through chromedriver,
on 127.0.0.1 only, with the Python standard library. Used by the report
browser test and by bench/report.
"""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-dev-shm-usage", "--window-size=1366,900",
]


class WebDriverError(Exception):
    pass


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """Starts chromedriver and one headless Chromium session; use as a
    context manager so both always stop."""

    def __init__(self, chromium="/usr/bin/chromium", chromedriver="/usr/bin/chromedriver",
                 timeout_s=30):
        for path in (chromium, chromedriver):
            if not os.access(path, os.X_OK):
                raise WebDriverError(f"{path}: not installed (scripts/setup installs it)")
        self.chromium = chromium
        self.chromedriver = chromedriver
        self.timeout_s = timeout_s
        self.port = None
        self.proc = None
        self.session = None
        self.profile = None

    def __enter__(self):
        self.port = _free_port()
        self.profile = tempfile.mkdtemp(prefix="claimdiff-chromium-")
        self.proc = subprocess.Popen(
            [self.chromedriver, f"--port={self.port}", "--allowed-ips=127.0.0.1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                if self._call("GET", "/status").get("ready"):
                    break
            except (OSError, WebDriverError):
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self._stop()
                raise WebDriverError("chromedriver did not start")
            time.sleep(0.05)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "unhandledPromptBehavior": "ignore",
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {
                "binary": self.chromium,
                "args": CHROMIUM_ARGS + [f"--user-data-dir={self.profile}"],
            },
        }}}
        try:
            self.session = self._call("POST", "/session", caps)["sessionId"]
        except Exception:
            self._stop()
            raise
        return self

    def __exit__(self, *exc):
        self._stop()
        return False

    def _stop(self):
        if self.session:
            try:
                self._call("DELETE", f"/session/{self.session}")
            except (OSError, WebDriverError):
                pass
            self.session = None
        if self.proc:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    def _call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data,
                                     method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                payload = json.loads(resp.read() or b"{}")
        except urllib.error.HTTPError as e:
            payload = json.loads(e.read() or b"{}")
            value = payload.get("value", {})
            raise WebDriverError(f"{method} {path}: {value.get('error')}: {value.get('message')}")
        return payload.get("value", payload)

    def _s(self, path):
        return f"/session/{self.session}{path}"

    # ------------------------------------------------------------ commands
    def get(self, url):
        self._call("POST", self._s("/url"), {"url": url})

    def script(self, source, *args):
        return self._call("POST", self._s("/execute/sync"), {"script": source, "args": list(args)})

    def find(self, css):
        return self._call("POST", self._s("/element"),
                          {"using": "css selector", "value": css})[ELEMENT_KEY]

    def click(self, css):
        self._call("POST", self._s(f"/element/{self.find(css)}/click"), {})

    def type(self, css, text):
        self._call("POST", self._s(f"/element/{self.find(css)}/value"), {"text": text})

    def clear(self, css):
        self._call("POST", self._s(f"/element/{self.find(css)}/clear"), {})

    def alert_text(self):
        """The text of an open alert/confirm/prompt, or None."""
        try:
            return self._call("GET", self._s("/alert/text"))
        except WebDriverError as e:
            if "no such alert" in str(e):
                return None
            raise

    def browser_log(self):
        """Console messages (chromedriver's legacy log endpoint)."""
        return self._call("POST", self._s("/se/log"), {"type": "browser"})
