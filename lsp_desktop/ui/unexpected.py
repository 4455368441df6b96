"""The last resort: an error nobody foresaw becomes a plain message and a log file.

Every path that reaches it (the window's exception hook, a job that failed with an
unknown error) goes through ``explain`` or ``explainer``; the tests make reaching it a
failure.
"""

from __future__ import annotations

from collections.abc import Callable

from lsp_desktop.base.crashlog import write_crash_log
from lsp_desktop.base.errors import LspError
from lsp_desktop.messages import render


def explainer(error: BaseException) -> Callable[[str], str]:
    """The log is written once; the message can then be said in any language (a refusal
    shown again after a language switch)."""
    import sqlite3

    values = {"reason": type(error).__name__, "log": write_crash_log(error)}
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(
            error, sqlite3.ProgrammingError | sqlite3.InterfaceError):  # a damaged page
        return lambda lang: render("workspace.damaged_part", values, lang)
    return lambda lang: render("internal", values, lang)


def explain(error: BaseException, lang: str) -> str:
    return explainer(error)(lang)


def error_words(error: BaseException) -> Callable[[str], str]:
    """What a job's error says, in any language: an LspError's own message; anything
    else is unforeseen, logged once and explained."""
    return error.message if isinstance(error, LspError) else explainer(error)


def error_text(error: BaseException, lang: str) -> str:
    """:func:`error_words` in ``lang``."""
    return error_words(error)(lang)
