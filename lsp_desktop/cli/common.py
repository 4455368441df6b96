"""What every command shares: exit codes, the language, the workspace, JSON output."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from lsp_desktop.base.paths import default_workspace_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def scan_lang(argv: Sequence[str]) -> str:
    """The language must be known before parsing, to word the parser's own errors."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "id"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "id"
    return "en" if os.environ.get("LSP_DESKTOP_LANG") == "en" else "id"


def safe_streams() -> None:
    # A Windows console or a pipe may not speak UTF-8; a "×" must not crash the output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def open_workspace_of(args: argparse.Namespace, create: bool = False):
    """The workspace a command works on. A path the user typed must exist, unless the
    command starts a workspace (only ``profile``, like the window): a mistyped
    ``--workspace`` says so instead of silently filling an empty one. The default
    workspace is made on first use."""
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.circulars.catalog import use_item_labels
    from lsp_desktop.store.workspace import open_workspace

    path = Path(args.workspace or default_workspace_path()).expanduser()
    if args.workspace and not create and not path.exists():
        raise LspError("workspace.missing", path=str(path))
    is_new = not path.exists()
    workspace = open_workspace(path)
    use_item_labels(workspace.catalog)  # the command's messages name items as it numbers them
    if is_new:
        _say_which_circular(workspace.catalog, getattr(args, "lang", "id"))
    return workspace


def _say_which_circular(catalog, lang: str) -> None:
    """A workspace made here follows the built-in circular: say so, and how to follow
    another when more are known (on stderr, so that --json output stays clean)."""
    from lsp_desktop.circulars.library import catalog_paths
    from lsp_desktop.messages import render

    others = len(catalog_paths()) - 1
    print(render("workspace.new_follows", {"number": catalog.circular.number,
                                           "title": catalog.circular.title(lang)}, lang)
          + (" " + render("workspace.other_circulars", {"count": others}, lang)
             if others > 0 else ""), file=sys.stderr)


def safe_output() -> None:
    """Escape, in everything printed, the characters that could forge what the user reads:
    direction overrides (U+202E) and control characters other than line ends and tabs."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if not isinstance(stream, _EscapingStream) and hasattr(stream, "write"):
            setattr(sys, name, _EscapingStream(stream))


# What the progress of export and fix writes: "\r 42%", "\r", "\r    \r".
_PROGRESS = re.compile(r"\r(?: *\d{0,3}%?)? *\r?")


class _EscapingStream:
    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from lsp_desktop.base.filenames import printable

        if _PROGRESS.fullmatch(text):  # the one place a carriage return is the app's own
            self._stream.write(text)
            return len(text)
        # A carriage return anywhere else is a value's, and would overwrite the line.
        self._stream.write("\n".join(printable(part).replace("\\x09", "\t")
                                      for part in text.split("\n")))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


class WholeWordsFormatter(argparse.HelpFormatter):
    """Help text wrapped between words only: an item id such as sk-lisensi stays whole."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


def day(text: str):
    import datetime as dt

    return dt.date.fromisoformat(text)


# Messages the window and the command line share whose words point to the window ("use
# Replace", "File > Open bundle"): on the command line, their own wording instead.
CLI_WORDING = {"attach.already_has_file": "attach.already_has_file_cli",
               "format.bundle": "format.bundle_cli"}


def cli_worded(error):
    """``error`` (an LspError) as the command line says it: its code, or the code of the
    message it carries, swapped for the command line's wording where it has one."""
    from lsp_desktop.base.errors import LspError

    values = dict(error.values)
    for key in ("reason_code", "problem_code"):
        if values.get(key) in CLI_WORDING:
            values[key] = CLI_WORDING[values[key]]
    if values == error.values and error.code not in CLI_WORDING:
        return error
    return LspError(CLI_WORDING.get(error.code, error.code), **values)


def finding_text(finding, lang: str) -> str:
    """A finding's message as the command line says it (CLI_WORDING)."""
    from lsp_desktop.messages import render

    return render(CLI_WORDING.get(finding.code, finding.code), finding.values, lang)
