"""The bundle commands of the command line: export, verify, import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lsp_desktop.base.progress import run_steps
from lsp_desktop.cli.common import day, open_workspace_of
from lsp_desktop.messages import SEVERITY_LABELS, item_list, label, render


def add_bundle_commands(sub, parents: list, t) -> None:
    common, ws, as_json = parents
    p = sub.add_parser("export", parents=[common, ws],
                       help=t("export the hand-off zip"))
    p.add_argument("--out", type=Path, required=True, metavar=t("FILE.zip"),
                   help=t("the zip file to write"))
    p.add_argument("--allow-incomplete", action="store_true",
                   help=t("export a draft even if incomplete"))
    p.add_argument("--overwrite", action="store_true",
                   help=t("replace the file if it already exists"))
    p = sub.add_parser("verify", parents=[common, as_json],
                       help=t("verify a bundle"))
    p.add_argument("bundle", type=Path, metavar=t("FILE.zip"),
                   help=t("the bundle (zip) to check"))
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)  # tests set the clock
    p = sub.add_parser("import", parents=[common],
                       help=t("turn a bundle into a new workspace"))
    p.add_argument("bundle", type=Path, metavar=t("FILE.zip"),
                   help=t("the bundle (zip) to open"))
    p.add_argument("--workspace", type=Path, required=True, metavar="PATH",
                   help=t("the new workspace file to make from it"))


def cmd_export(args: argparse.Namespace) -> int:
    from lsp_desktop.bundle.export import export_steps
    from lsp_desktop.cli.outputs import prepare_output, with_suffix_added

    out = with_suffix_added(args.out, ".zip")
    with open_workspace_of(args) as workspace:
        # Named like the window's save dialog: "bundel" becomes "bundel.zip".
        target = prepare_output(out, [workspace.path], overwrite=args.overwrite)
        steps = export_steps(workspace, target, allow_incomplete=args.allow_incomplete,
                             lang=args.lang)
        last = [-1]

        def show(done: int, total: int) -> None:  # every tenth, on a terminal only
            percent = 100 * done // total if total else 100
            if percent // 10 != last[0] // 10 and sys.stderr.isatty():
                print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)
            last[0] = percent

        result = run_steps(steps, show)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    code = "bundle.exported_draft" if result.draft else "bundle.exported"
    print(render(code, {"path": str(result.path), "files": result.files,
                        "missing": item_list(result.missing, args.lang)}, args.lang))
    print(render("bundle.sha256", {"sha256": result.sha256}, args.lang))
    print(render("guide.how_to_use", {}, args.lang))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    import json

    from lsp_desktop.bundle.verify_files import verify_judged

    # The files judged as import judges them, not the states the contents list claims.
    result = verify_judged(args.bundle, today=args.today)
    if args.json:
        print(json.dumps({"path": str(result.path), "status": result.status,
                          "draft": result.draft, "missing": result.missing,
                          "problems": [{"code": f.code, "severity": f.severity,
                                        "file": f.values.get("file"),
                                        "message": f.message(args.lang)}
                                       for f in result.problems]},
                         ensure_ascii=False, indent=2))
    else:
        print(render(f"verify.{result.status}", {"path": str(result.path),
                                                  "missing": item_list(result.missing, args.lang)},
                     args.lang))
        for finding in result.problems:
            print(f"  - [{label(SEVERITY_LABELS, finding.severity, args.lang)}] "
                  f"{finding.message(args.lang)}")
    return 0 if result.status == "intact" else 1


def cmd_import(args: argparse.Namespace) -> int:
    from lsp_desktop.bundle.importer import import_bundle

    path = import_bundle(args.bundle, args.workspace)
    print(render("import.done", {"path": str(path)}, args.lang))
    return 0


COMMANDS = {"export": cmd_export, "verify": cmd_verify, "import": cmd_import}
