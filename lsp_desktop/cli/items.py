"""Commands on the workspace's items: requirements, check, profile, add, remove, link,
status."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import printable
from lsp_desktop.checks import FileReport, check_file
from lsp_desktop.circulars.catalog import Catalog, Profile, load_catalog
from lsp_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    WholeWordsFormatter,
    cli_worded,
    day,
    finding_text,
    open_workspace_of,
    print_json,
)
from lsp_desktop.cli.fix import add_fix_hint, finding_hint
from lsp_desktop.cli.link import cmd_link
from lsp_desktop.cli.removal import cmd_remove
from lsp_desktop.messages import (
    FORM_LABELS,
    SEVERITY_LABELS,
    STATE_LABELS,
    VERDICT_LABELS,
    format_name,
    format_size,
    label,
    period_text,
    phrase,
    progress_text,
    registration_text,
    render,
    window_text,
)
from lsp_desktop.messages.input_words import CLI_NO, CLI_YES
from lsp_desktop.status.requirements import profile_findings


def cmd_requirements(args: argparse.Namespace) -> int:
    from lsp_desktop.base.paths import default_workspace_path

    workspace = open_workspace_of(args) if args.workspace or \
        default_workspace_path().exists() else None
    catalog = workspace.catalog if workspace else load_catalog()
    profile = workspace.profile() if workspace else Profile()
    if workspace:
        workspace.close()
    rows = [{"id": r.id, "point": r.point, "group": r.group, "title_id": r.title_id,
             "title_en": r.title_en, "form": r.form, "formats": list(r.formats),
             "max_bytes": r.max_bytes, "applies": r.applies_to(profile),
             # whose the format and size rule is: the circular's, or the app's reading
             "rule_source": "app" if r.our_reading else "circular"}
            for r in catalog.requirements]
    if args.json:
        print_json({"catalog": catalog.id, "circular": catalog.circular.number,
                     "requirements": rows})
        return EXIT_OK
    print(f"{catalog.circular.number} — {_title(catalog, args.lang)}")
    for r in catalog.requirements:
        rule = _rule_text(r, args.lang)
        flag = "" if r.applies_to(profile) else (
            f"  [{label(STATE_LABELS, 'not-required', args.lang)}]")
        print(f"  {r.point:>5}  {r.id:<20} {r.title(args.lang)}{flag}")
        if rule:
            print(f"{'':29}{rule}")
    return EXIT_OK


def _title(catalog: Catalog, lang: str) -> str:
    return catalog.circular.title(lang)


def _rule_text(requirement, lang: str) -> str:
    if requirement.form == "file":
        formats = "/".join("JPG/JPEG" if f == "jpeg" else f.upper() for f in requirement.formats)
        rule = phrase("{formats}, max. {mb} MB", lang).format(formats=formats,
                                                              mb=requirement.max_mb)
        if requirement.our_reading:  # the circular names no format for this item
            rule += phrase(" (the app's assumption: the circular names no format)", lang)
        return rule
    return label(FORM_LABELS, requirement.form, lang)


def cmd_check(args: argparse.Namespace) -> int:
    requirement = load_catalog().requirement(args.requirement) if args.requirement else None
    reports = [check_file(path, requirement) for path in args.files]
    if args.json:
        print_json({"files": [_report_json(r, args.lang) for r in reports]})
    else:
        for report in reports:
            _print_report(report, args.lang)
    return EXIT_FAILED if any(r.verdict == "error" for r in reports) else EXIT_OK


def _report_json(report: FileReport, lang: str) -> dict:
    return {"path": report.path, "requirement": report.requirement, "size": report.size,
            "sha256": report.sha256, "format": report.format, "pages": report.pages,
            "width": report.width, "height": report.height, "encrypted": report.encrypted,
            "verdict": report.verdict,
            "findings": [f.to_json(lang) for f in report.findings]}


def describe(report: FileReport, lang: str) -> str:
    if report.sha256 is None and report.size == 0:
        return "-"  # never read: missing, a folder, or no permission
    parts = [format_name(report.format, lang)]
    if report.pages is not None:
        parts.append((phrase("1 page", lang) if report.pages == 1 else
                      phrase("{n} pages", lang)).format(n=report.pages))
    if report.width and report.height:
        parts.append(f"{report.width} × {report.height} px")
    parts.append(format_size(report.size, lang))
    return ", ".join(parts)


def _print_report(report: FileReport, lang: str, indent: str = "") -> None:
    print(f"{indent}{printable(report.path)}: {label(VERDICT_LABELS, report.verdict, lang)} "
          f"({describe(report, lang)})")
    for finding in report.findings:
        print(f"{indent}  - [{label(SEVERITY_LABELS, finding.severity, lang)}] "
              f"{finding_text(finding, lang)}")
        if hint := finding_hint(finding.code, lang):
            print(f"{indent}    {hint}")


def cmd_profile(args: argparse.Namespace) -> int:
    with open_workspace_of(args, create=True) as workspace:
        changes = {k: v for k, v in {"name": args.name, "licence": args.licence,
                                     "lsp_type": args.lsp_type and args.lsp_type.upper(),
                                     "category": args.category}.items() if v is not None}
        if args.skkk is not None:
            changes["uses_skkk"] = args.skkk
        profile = workspace.set_profile(**changes) if changes else workspace.profile()
        if args.json:
            print_json(profile.__dict__ | {"workspace": str(workspace.path)})
            return EXIT_OK
        category = workspace.catalog.category(profile.category)
        lang = args.lang
        print(phrase("Workspace", lang) + f": {workspace.path}")
        print(phrase("LSP name", lang) + f": {printable(profile.name or '-')}")
        print(phrase("Licence number", lang) + f": {printable(profile.licence or '-')}")
        for finding in profile_findings(profile):
            print(f"  ! {finding.message(lang)}")
        print(phrase("Type", lang) + f": {printable(profile.lsp_type or '-')}")
        category_name = category.name(lang) if category else "-"
        print(phrase("Category", lang) + f": {category_name}")
        uses = phrase("yes", lang) if profile.uses_skkk else phrase("no", lang)
        print("SKKK: " + uses)
    return EXIT_OK


def yes_no(value: str) -> bool | None:
    """ya/tidak, yes/no and the like; None for anything else."""
    lowered = value.strip().lower()
    if lowered in CLI_YES:
        return True
    if lowered in CLI_NO:
        return False
    return None


def cmd_add(args: argparse.Namespace) -> int:
    failed = False
    with open_workspace_of(args) as workspace:
        requirement = workspace.catalog.requirement(args.requirement)  # unknown: said here
        _refuse_several(requirement, args)
        if args.fix and (fixed := _add_fixed(workspace, args)) is not None:
            return fixed
        for path in args.files:
            held = {d.id for d in workspace.documents(args.requirement)}
            try:
                document, report = workspace.attach(args.requirement, path, args.replace)
            except LspError as exc:  # said in the command line's words ("--replace")
                print(cli_worded(exc).message(args.lang), file=sys.stderr)
                if not args.fix and (hint := add_fix_hint(requirement, path, args.lang)):
                    print(hint, file=sys.stderr)
                failed = True
                continue
            if document.id in held:  # the very bytes the item holds: nothing written
                print(render("attach.already_attached", {
                    "name": path.name, "requirement": args.requirement,
                    "existing": document.name}, args.lang))
                continue
            _print_report(report, args.lang)
            _say_kept_with_errors(args, document, report)
            failed = failed or report.verdict == "error"
        if not requirement.applies_to(workspace.profile()):
            # Kept, as the window keeps it, but never sent: said, not left to be found.
            print(render("attach.not_required_kept", {"requirement": args.requirement},
                         args.lang))
    return EXIT_FAILED if failed else EXIT_OK


def _refuse_several(requirement, args: argparse.Namespace) -> None:
    """Several files for an item that takes one: refused before any is attached, unless
    --fix combines them into the one PDF the item asks for."""
    from lsp_desktop.fixing.fixes import combines

    if requirement.multiple or len(args.files) < 2:
        return
    together = combines(requirement, list(args.files))
    if together and args.fix:
        return
    raise LspError("attach.one_file_only_combine" if together else "attach.one_file_only",
                   requirement=requirement.id, count=len(args.files))


def _say_kept_with_errors(args: argparse.Namespace, document, report: FileReport) -> None:
    """A file that fails its check is still attached (as in the window): say so, and how
    to replace or remove it, so the next ``add`` is not a surprise."""
    if report.verdict == "error":
        # {requirement} is said as the item's number and title; {item}, the id to type
        print(render("attach.kept_with_errors_item", {
            "name": document.name, "requirement": args.requirement,
            "item": args.requirement}, args.lang), file=sys.stderr)


def _add_fixed(workspace, args: argparse.Namespace) -> int | None:
    from lsp_desktop.fixing.fixes import apply_fix, combines, offer_for

    paths = sorted(args.files, key=lambda p: p.name.lower())
    requirement = workspace.catalog.requirement(args.requirement)
    kind = offer_for(requirement, paths) or ("pdf" if combines(requirement, paths) else None)
    if kind is None:
        return None  # nothing to fix: attach as given
    name, data = apply_fix(kind, paths)
    held = {d.id for d in workspace.documents(args.requirement)}
    document, report = workspace.attach_bytes(args.requirement, name, data,
                                              str(paths[0].resolve()), args.replace)
    if document.id in held:  # the same files fixed again: the very bytes the item holds
        print(render("attach.fixed_already_attached", {
            "count": len(paths), "requirement": args.requirement, "existing": document.name},
            args.lang))
        return EXIT_OK
    print(phrase("Made from {n} file(s): {name}", args.lang).format(n=len(paths), name=name))
    _print_report(report, args.lang)
    _say_kept_with_errors(args, document, report)
    return EXIT_FAILED if report.verdict == "error" else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from lsp_desktop.status.missing import not_submitted_people
    from lsp_desktop.status.requirements import progress, workspace_status

    today = getattr(args, "today", None) or dt.date.today()
    with open_workspace_of(args) as workspace:
        statuses = workspace_status(workspace, today)
        circular = workspace.catalog.circular
        waiting = not_submitted_people(workspace)
    ready, total = progress(statuses)
    complete = ready == total
    if args.json:
        print_json({"ready": ready, "applicable": total, "complete": complete,
                    "circular": circular.number,
                    # the circular's time to complete the requirements, then the training
                    "period": {"start": circular.window_start.isoformat(),
                               "end": circular.window_end.isoformat(),
                               "ended": today > circular.window_end,
                               "text": period_text(circular.window_start, circular.window_end,
                                                   "", args.lang)},
                    "training_link": circular.training_link,
                    "siapkerja_not_submitted": waiting,
                     "requirements": [_status_json(s, args.lang) for s in statuses]})
        return EXIT_OK if complete else EXIT_FAILED
    lang = args.lang
    print(f"{circular.number}: {progress_text(ready, total, lang)}")
    print(window_text(circular.window_start, circular.window_end, today, lang))
    if register := registration_text(circular.window_end, today, circular.training_link,
                                     complete, lang):
        print(register)
    for s in statuses:
        _print_item_line(s, lang)
        for document, report in s.documents:
            print(f"{'':10}{printable(document.name)} ({describe(report, lang)})")
            for finding in report.findings:
                print(f"{'':12}- {finding.message(lang)}")
        if s.link:
            print(f"{'':10}{printable(s.link)}")
        if s.counts and waiting:
            print(f"{'':10}" + phrase("Not yet submitted to SIAPkerja: ", lang)
                  + printable(", ".join(waiting)))
        for finding in s.findings:
            if finding.severity != "info":
                print(f"{'':12}- {finding.message(lang)}")
    return EXIT_OK if complete else EXIT_FAILED


def _print_item_line(status, lang: str) -> None:
    """Number, title (wrapped at 58 columns, so the state column stays in line) and state;
    the roster says how many people have submitted, as the window does."""
    import textwrap

    from lsp_desktop.status.missing import state_text

    state = state_text(status, lang)
    lines = textwrap.wrap(status.requirement.title(lang), 58) or [""]
    print(f"  {status.requirement.point:>5}  {lines[0]:<58} {state}")
    for more in lines[1:]:
        print(f"{'':9}{more}")


def _status_json(status, lang: str) -> dict:
    return {"id": status.requirement.id, "point": status.requirement.point,
            "state": status.state, "applies": status.applies, "link": status.link,
            "files": [{"id": d.id, "name": d.name, "size": d.size, "sha256": d.sha256,
                       "format": d.format, "pages": r.pages, "verdict": r.verdict,
                       "findings": [f.to_json(lang) for f in r.findings]}
                      for d, r in status.documents],
            "findings": [f.to_json(lang) for f in status.findings]}


def add_item_commands(sub, parents: list, t, catalog: Catalog | None) -> None:
    """The item commands' parsers: requirements, check, profile, add, remove, link, status.
    ``catalog``: the loaded circular, whose ids and choices the help lists (None when the
    installation is damaged: the help still prints)."""
    common, ws, as_json = parents
    p = sub.add_parser("requirements", parents=[common, ws, as_json],
                       help=t("the circular's requirements"))
    p = sub.add_parser("check", parents=[common, as_json],
                       help=t("check files"))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE",
                   help=t("the files to check (PDF, JPG or PNG)"))
    p.add_argument("--requirement", metavar="ID",
                   help=t("check against this item's rule"))
    p = sub.add_parser("profile", parents=[common, ws, as_json],
                       formatter_class=WholeWordsFormatter,
                       help=t("show or set the LSP profile"))
    p.add_argument("--name", help=t("LSP name"))
    p.add_argument("--licence", "--license", dest="licence",
                   help=t("licence number"))
    types = tuple(t.id for t in catalog.lsp_types) if catalog else ()
    p.add_argument("--type", dest="lsp_type", type=str.upper, choices=types or None,
                   help=", ".join(types))
    p.add_argument("--category",
                   help=", ".join(c.id for c in catalog.categories) if catalog else None)
    p.add_argument("--skkk", type=_yes_no_type(t("write yes or no")),
                   help=t("uses SKKK: yes/no"))
    p = sub.add_parser("add", parents=[common, ws], formatter_class=WholeWordsFormatter,
                       help=t("attach files to an item"))
    file_items = _item_ids(catalog, "file")
    p.add_argument("requirement", metavar="ID", help=t(
        "item id, as listed by: lsp-desktop status (e.g. {examples})").format(
            examples=file_items))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE",
                   help=t("the files to attach (PDF, JPG or PNG)"))
    p.add_argument("--replace", action="store_true",
                   help=t("replace the file already there"))
    p.add_argument("--fix", action="store_true",
                   help=t("turn photos into one PDF, or shrink a photo over 2 MB"))
    p = sub.add_parser("remove", parents=[common, ws],
                       help=t("remove files from an item"))
    p.add_argument("requirement", metavar="ID", help=t(
        "item id, as listed by: lsp-desktop status (e.g. {examples})").format(
            examples=file_items))
    p.add_argument("--name", help=t("only the file of this name"))
    p = sub.add_parser("link", parents=[common, ws],
                       help=t("set an item's Google Drive link"))
    p.add_argument("requirement", metavar="ID", help=t(
        "item id, as listed by: lsp-desktop status (e.g. {examples})").format(
            examples=_item_ids(catalog, "link")))
    p.add_argument("url", metavar="URL", nargs="?",
                   help=t("the Google Drive address, copied from the browser"))
    p.add_argument("--remove", action="store_true",
                   help=t("remove the item's link"))
    p = sub.add_parser("status", parents=[common, ws, as_json],
                       help=t("each item's state"))
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)  # tests set the clock


def _yes_no_type(wrong: str):
    def parse(text: str) -> bool:
        from lsp_desktop.cli.items import yes_no

        answer = yes_no(text)
        if answer is None:
            raise argparse.ArgumentTypeError(f"'{text}': {wrong}")
        return answer
    return parse


def _item_ids(catalog: Catalog | None, form: str) -> str:
    """The ids of the items of one form (files, links), for ``--help``, from the built-in
    catalogue (a workspace following another circular lists its own in ``status``)."""
    if catalog is None:  # a damaged installation: the help still prints; status lists them
        return "-"
    return ", ".join(r.id for r in catalog.requirements if r.form == form)


COMMANDS = {"requirements": cmd_requirements, "check": cmd_check, "profile": cmd_profile,
            "add": cmd_add, "remove": cmd_remove, "link": cmd_link, "status": cmd_status,}
