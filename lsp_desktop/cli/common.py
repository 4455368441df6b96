"""What every command shares: exit codes, the language, the workspace, JSON output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from lsp_desktop.paths import default_workspace_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def pick(lang: str, id_text: str, en_text: str) -> str:
    return en_text if lang == "en" else id_text


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


def open_workspace_of(args: argparse.Namespace, create: bool = True):
    from lsp_desktop.store.workspace import open_workspace

    path = args.workspace or default_workspace_path()
    if not create and not Path(path).exists():
        return None
    return open_workspace(path)
