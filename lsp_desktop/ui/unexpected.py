"""The last resort: an error nobody foresaw becomes a plain message and a log file.

Every path that reaches it (the window's exception hook, a job that failed with an
unknown error) goes through ``explain``; the tests make reaching it a failure.
"""

from __future__ import annotations

from lsp_desktop.crashlog import write_crash_log
from lsp_desktop.messages import render


def explain(error: BaseException, lang: str) -> str:
    return render("internal", {"reason": type(error).__name__,
                               "log": write_crash_log(error)}, lang)
