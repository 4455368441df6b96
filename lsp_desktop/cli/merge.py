"""The command line's merge of a colleague's bundle, and the files it (or a Replace) set
aside: ``merge BUNDLE [--dry-run] [--json] [--choose KEY=here|there]`` and
``superseded [--json] [--export FOLDER]``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.merge_entries import dates_in_words
from lsp_desktop.cli.common import open_workspace_of
from lsp_desktop.messages import STATE_LABELS, format_size, label, phrase, render
from lsp_desktop.messages.texts_merge import STATES


def add_merge_commands(sub, parents: list, t) -> None:
    common, ws, as_json = parents
    p = sub.add_parser("merge", parents=[common, ws, as_json],
                       help=t("merge a colleague's bundle into this workspace"))
    p.add_argument("bundle", type=Path, metavar=t("FILE.zip"),
                   help=t("the bundle (zip) to open"))
    p.add_argument("--dry-run", action="store_true", help=t("show the plan, change nothing"))
    p.add_argument("--choose", action="append", default=[], metavar="KEY=here|there",
                   help=t("for a row shown as different: take 'here' or 'there' (repeatable)"))
    p = sub.add_parser("superseded", parents=[common, ws, as_json],
                       help=t("list (and copy out) the files replaced or removed, "
                              "nothing is lost"))
    p.add_argument("--export", type=Path, metavar="FOLDER",
                   help=t("copy them into this folder"))


def _choices(pairs: list[str]) -> dict[str, str]:
    choices = {}
    for pair in pairs:
        key, _, side = pair.rpartition("=")
        if not key:
            raise LspError("merge.bad_choice", key=pair)
        choices[key] = side
    return choices


def cmd_merge(args: argparse.Namespace) -> int:
    from lsp_desktop.bundle.merge import merge_bundle

    with open_workspace_of(args) as workspace:
        plan, result = merge_bundle(workspace, args.bundle, _choices(args.choose),
                                    dry_run=args.dry_run, lang=args.lang)
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, "other_catalog": plan.other_catalog or None,
                          "counts": plan.counts(),
                          "entries": [e.as_dict() for e in plan.entries],
                          "taken": result.taken, "superseded": result.superseded,
                          "not_taken": [{"label": n.label, "reason": n.reason.message(args.lang)}
                                        for n in result.not_taken]},
                         ensure_ascii=False, indent=2))
        return 0
    if plan.carry is not None:
        carry = plan.carry
        print(render("merge.other_circular", {
            "catalog": plan.other_catalog, "kept": len(carry.kept),
            "rechecked": ", ".join(carry.rechecked) or "-",
            "dropped": ", ".join(carry.dropped) or "-"}, args.lang))
    print(render("merge.planned", plan.counts(), args.lang))
    for entry in plan.entries:
        if entry.state == "same":
            continue
        line = f"  [{label(STATES, entry.state, args.lang)}] {entry.label}  ({entry.key})"
        if entry.state in ("different", "name_differs"):
            line += (f"\n      {phrase('here', args.lang)}: {_side(entry.here, args.lang)}"
                     f"\n      {phrase('there', args.lang)}: {_side(entry.there, args.lang)}"
                     f"\n      {phrase('chosen', args.lang)}: "
                     f"{phrase(entry.choice, args.lang)}")
        print(line)
    if not args.dry_run:
        for not_taken in result.not_taken:
            print(not_taken.message(args.lang))
        print(render("merge.done", {"taken": result.taken, "superseded": result.superseded},
                     args.lang))
    return 0


def _side(side, lang: str) -> str:
    """One side as the window's merge dialog says it: dates, size and the check's verdict
    in words."""
    size = format_size(side.size, lang) if side.size else ""
    verdict = label(STATE_LABELS, side.verdict, lang) if side.verdict else ""
    return " · ".join(v for v in (dates_in_words(side.text, lang),
                                  dates_in_words(side.date, lang), size, verdict) if v)


def cmd_superseded(args: argparse.Namespace) -> int:
    from lsp_desktop.bundle.superseded import export_superseded, superseded_files, when_in_words

    with open_workspace_of(args) as workspace:
        files = superseded_files(workspace, args.lang)
        if args.export:
            count = export_superseded(workspace, files, args.export)
            print(render("merge.superseded_exported", {"count": count,
                                                       "folder": str(args.export)}, args.lang))
            return 0
    if args.json:
        print(json.dumps([f.as_dict() for f in files], ensure_ascii=False, indent=2))
    elif not files:
        print(render("merge.superseded_none", {}, args.lang))
    for file in files if not args.json else []:
        print(f"  {when_in_words(file.when, args.lang)}  {file.owner}  {file.name}  "
              f"({format_size(file.size, args.lang)})")
    return 0


COMMANDS = {"merge": cmd_merge, "superseded": cmd_superseded}
