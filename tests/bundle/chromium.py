"""Driving a real headless Chromium from a test, as a person would use a page: open it by
its file:// address, click, read what shows. Through the DevTools protocol over a pipe
(--remote-debugging-pipe), so nothing listens on a port and nothing more is installed.
Tests that use it skip where Chromium is not installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

# The pipe is handed over as file descriptors 3 and 4: POSIX only.
CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser",
                                                "google-chrome"))), None
                ) if os.name == "posix" else None


class Browser:
    """One headless Chromium with its own profile folder (where localStorage is kept)."""

    def __init__(self, profile: Path) -> None:
        assert CHROMIUM is not None
        self.profile = profile
        to_browser, self._ours_out = os.pipe()
        self._ours_in, from_browser = os.pipe()

        import fcntl

        def as_fds_3_and_4() -> None:  # the pipe's ends, where Chromium expects them
            # Moved out of the way first: either end may itself be 3 or 4.
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]
            for wanted, fd in zip((3, 4), high, strict=True):
                os.dup2(fd, wanted, inheritable=True)

        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=as_fds_3_and_4, close_fds=False, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next_id = 0
        self.session = ""

    def call(self, method: str, session: str | None = None, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._ours_out, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(reply["error"])
                return reply.get("result", {})

    def _read(self) -> dict:
        while b"\0" not in self._buffer:
            piece = os.read(self._ours_in, 65536)
            if not piece:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += piece
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def open(self, url: str) -> None:
        target = self.call("Target.createTarget", url=url)["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        self.wait_loaded(url)

    def wait_loaded(self, url: str) -> None:
        for _ in range(100):
            if self.js("location.href + ' ' + document.readyState") == f"{url} complete":
                return
            time.sleep(0.1)
        raise TimeoutError("the page did not load")

    def reload(self) -> None:
        """As after a dropped connection: the same page, opened again."""
        url = self.js("location.href")
        self.js("document.title = 'reloading'")
        self.call("Page.reload", self.session)
        for _ in range(100):
            if self.js("document.title") != "reloading":
                break
            time.sleep(0.1)
        self.wait_loaded(url)

    def click(self, selector: str) -> None:
        """A click as a person makes it (a trusted event, with the page focused): what
        the clipboard asks before it lets a page write to it."""
        self.call("Emulation.setFocusEmulationEnabled", self.session, enabled=True)
        x, y = self.js(f"var e = document.querySelector({json.dumps(selector)});"
                       "e.scrollIntoView({block: 'center'});"
                       "var r = e.getBoundingClientRect();"
                       "[r.left + r.width / 2, r.top + r.height / 2]")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", self.session, type=kind, x=x, y=y,
                      button="left", clickCount=1)

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", self.session, expression=expression,
                           returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait_stored(self, timeout: float = 30) -> None:
        """Wait until what the page keeps in localStorage is written in the profile's
        folder. Chromium commits localStorage a moment after the page sets it; a browser
        closed before that (a busy machine) forgets the last ticks, which is the browser's
        doing, not the page's: the test waits as a person's seconds-later close would."""
        values = self.js("Object.keys(localStorage).map(function (k) {"
                         " return localStorage.getItem(k); })")
        wanted = [v.encode("latin-1", "replace") for v in values if v]
        folder = self.profile / "Default" / "Local Storage"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            written = b"".join(f.read_bytes() for f in folder.rglob("*") if f.is_file()) \
                if folder.is_dir() else b""
            if all(v in written for v in wanted):
                return
            time.sleep(0.1)
        raise TimeoutError("Chromium did not write the page's localStorage")

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._ours_out)
        os.close(self._ours_in)
