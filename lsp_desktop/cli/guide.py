"""``lsp-desktop guide --out FILE.html``: the upload guide of the current workspace, the
same page every exported bundle holds as PANDUAN-UNGGAH.html (bundle/guide.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from lsp_desktop.cli.common import EXIT_OK, open_workspace_of
from lsp_desktop.messages import render


def add_guide_commands(sub, parents: list, t) -> None:
    common, ws = parents
    p = sub.add_parser("guide", parents=[common, ws],
                       help=t("write the upload guide: what to enter on the BNSP form, "
                              "item by item (HTML)"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.html",
                   help=t("the guide as a web page (.html)"))
    p.add_argument("--overwrite", action="store_true",
                   help=t("replace the file if it already exists"))


def cmd_guide(args: argparse.Namespace) -> int:
    from lsp_desktop.bundle.guide_files import write_guide
    from lsp_desktop.cli.outputs import prepare_output

    with open_workspace_of(args) as workspace:
        target = prepare_output(args.out, [workspace.path], overwrite=args.overwrite,
                                suffixes=(".html", ".htm"))
        path = write_guide(workspace, target, args.lang)
    print(render("guide.written", {"path": str(path)}, args.lang))
    return EXIT_OK


COMMANDS = {"guide": cmd_guide}
