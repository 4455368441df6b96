"""The log an unexpected error leaves for IT staff, instead of a traceback on screen."""

from __future__ import annotations

import datetime as dt
import traceback

from lsp_desktop import __version__
from lsp_desktop.paths import app_home


def write_crash_log(exc: BaseException) -> str:
    try:
        home = app_home()
        home.mkdir(parents=True, exist_ok=True)
        log_file = home / "lsp-desktop.log"
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat()} LSP Desktop {__version__}\n")
            handle.write("".join(traceback.format_exception(exc)))
        return str(log_file)
    except OSError:
        return "-"
