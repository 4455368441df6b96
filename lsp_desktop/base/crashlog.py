"""The log an unexpected error leaves for IT staff, instead of a traceback on screen."""

from __future__ import annotations

import datetime as dt
import os
import traceback

from lsp_desktop import __version__
from lsp_desktop.base.files import private_dir
from lsp_desktop.base.paths import app_home


def write_crash_log(exc: BaseException) -> str:
    try:
        home = private_dir(app_home())
        log_file = home / "lsp-desktop.log"
        # Owner-only from the first byte: a traceback may quote names and file paths.
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat()} LSP Desktop {__version__}\n")
            handle.write("".join(traceback.format_exception(exc)))
        return str(log_file)
    except OSError:
        return "-"
