"""``import-table`` and ``export-table``: the spreadsheet commands of the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from lsp_desktop.base.filenames import printable
from lsp_desktop.cli.common import open_workspace_of
from lsp_desktop.messages import phrase
from lsp_desktop.tables.spreadsheet import KINDS


def add_table_commands(sub, parents: list, t) -> None:
    common, ws = parents
    p = sub.add_parser("import-table", parents=[common, ws],
                       help=t("import people/assessors/packages from CSV or XLSX"))
    p.add_argument("kind", choices=KINDS, metavar=t("KIND"), help=_kinds_help(t))
    p.add_argument("file", type=Path, metavar=t("FILE"),
                   help=t("the spreadsheet to read (.csv or .xlsx)"))
    p.add_argument("--dry-run", action="store_true",
                   help=t("show the plan only"))
    p = sub.add_parser("export-table", parents=[common, ws],
                       help=t("export to CSV or XLSX"))
    p.add_argument("kind", choices=KINDS, metavar=t("KIND"), help=_kinds_help(t))
    p.add_argument("file", type=Path, metavar=t("FILE"),
                   help=t("the spreadsheet to write (.csv or .xlsx)"))
    p.add_argument("--overwrite", action="store_true",
                   help=t("replace the file if it already exists"))


def _kinds_help(t) -> str:
    return t("people (personnel), assessors (assessor certificates) or packages "
             "(competency packages)")


# What the plan did with a row, as the plan's line says it.
_RESULTS = {"add": "to add", "update": "to update", "unchanged": "unchanged"}


def plan_lines(plan, lang: str) -> list[str]:
    """The counts, then every row with something to read, rejected ones first: why it was
    refused, a warning on a row that is imported all the same (an e-mail without a
    domain), what an updated row changes. The window's preview shows the same."""
    lines = [phrase("{add} to add, {update} to update, {unchanged} unchanged, {reject} "
                    "rejected", lang).format(
        add=plan.count("add"), update=plan.count("update"),
        unchanged=plan.count("unchanged"), reject=plan.count("reject"))]
    for outcome in sorted(plan.noted, key=lambda o: (o.action != "reject", o.line)):
        reasons = " ".join(f.message(lang) for f in outcome.reasons)
        if outcome.action == "reject":
            lines.append(phrase("  row {line} ({label}): {reasons}", lang).format(
                line=outcome.line, label=outcome.label, reasons=reasons))
        else:  # imported all the same: said with what happens to it
            lines.append(phrase("  row {line} ({label}), {result}: {reasons}", lang).format(
                line=outcome.line, label=outcome.label,
                result=phrase(_RESULTS[outcome.action], lang), reasons=reasons))
    return lines


def cmd_import_table(args: argparse.Namespace) -> int:
    from lsp_desktop.store.records import Records
    from lsp_desktop.tables.plan import apply_import, plan_import
    from lsp_desktop.tables.spreadsheet import read_table

    rows = read_table(args.file, args.kind)
    with open_workspace_of(args) as workspace:
        records = Records(workspace)
        plan = plan_import(records, args.kind, rows)
        for line in plan_lines(plan, args.lang):
            print(printable(line))  # one row, one line: a name's newline is escaped
        if args.dry_run:
            print(phrase("(dry run: nothing was written)", args.lang))
        else:
            apply_import(records, plan)
    return 1 if plan.rejected else 0


def cmd_export_table(args: argparse.Namespace) -> int:
    from lsp_desktop.cli.outputs import prepare_output
    from lsp_desktop.store.records import Records
    from lsp_desktop.tables.plan import export_rows
    from lsp_desktop.tables.spreadsheet import write_table

    with open_workspace_of(args) as workspace:
        target = prepare_output(args.file, [workspace.path], overwrite=args.overwrite,
                                suffixes=(".csv", ".xlsx"))
        rows = export_rows(Records(workspace), args.kind)
    write_table(target, args.kind, rows)
    print(phrase("{n} rows written to {path}", args.lang).format(n=len(rows), path=target))
    return 0


COMMANDS = {"import-table": cmd_import_table, "export-table": cmd_export_table}
