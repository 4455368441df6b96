"""Commands for the data items the window also edits, so that the command line alone can
complete a bundle: ``social`` (2.12 in SE.007), ``participant`` (4), ``assessor-file``
(2.11), ``assessor`` (leave out of 2.12) and ``report`` (what is still missing, as PDF or HTML)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import printable
from lsp_desktop.checks.people import nik_findings, whatsapp_findings
from lsp_desktop.checks.social import social_findings
from lsp_desktop.cli.common import EXIT_FAILED, EXIT_OK, day, open_workspace_of, print_json
from lsp_desktop.messages import PLATFORM_NAMES, SEVERITY_LABELS, label, phrase, render
from lsp_desktop.store.participant import (
    Participant,
    not_submitted_assessors,
    participant,
    set_not_submitted,
    set_participant,
)
from lsp_desktop.store.records import (
    ASSESSOR_FILE_KINDS,
    ROLES,
    SOCIAL_PLATFORMS,
    Person,
    Records,
)


def item_point(held: str) -> str:
    """The number the built-in circular gives the item holding a data set or part, for
    ``--help`` (a workspace following another circular says its own in ``status``)."""
    from lsp_desktop.circulars.catalog import load_catalog

    try:
        holder = load_catalog().holder(held)
    except LspError:  # a damaged installation: the help still prints
        return "-"
    return holder.point if holder else "-"


def add_data_commands(sub, parents: list, t) -> None:
    common, ws, as_json = parents
    data_point = item_point("assessors")
    p = sub.add_parser("social", parents=[common, ws, as_json],
                       help=t("the LSP's social media ({point})").format(point=data_point))
    p.add_argument("action", choices=["list", "set", "remove"], nargs="?", default="list",
                   metavar="ACTION", help=t("list (default), set or remove"))
    p.add_argument("platform", nargs="?", metavar="PLATFORM", type=str.lower,
                   choices=SOCIAL_PLATFORMS, help=", ".join(SOCIAL_PLATFORMS))
    p.add_argument("value", nargs="?", metavar="VALUE",
                   help=t("address or account name"))
    p = sub.add_parser("participant", parents=[common, ws, as_json],
                       help=t("the training participant (item {point})").format(
                           point=item_point("training-participant")))
    p.add_argument("--person", metavar=t("NAME_OR_NIK"),
                   help=t("pick from the personnel list"))
    p.add_argument("--add", action="store_true",
                   help=t("add this person to the personnel list first"))
    p.add_argument("--role", type=str.lower, choices=ROLES, default="pelaksana",
                   help=t("role when added (default: pelaksana)"))
    for flag, english in (
                        ("--nik", "NIK when added"),
                        ("--email", "e-mail when added"),
                        ("--phone", "phone when added"),
                        ("--job-title", "job title"),
                        ("--whatsapp", "WhatsApp number"),
                        ("--sk-number", "number of the appointing SK (optional)"),
                        ("--sk-date", "date of the SK (optional)")):
        p.add_argument(flag, help=t(english))
    p = sub.add_parser("assessor-file", parents=[common, ws, as_json],
                       help=t("assessors' ID card, certificate, diploma, photo ({point})").format(
                           point=item_point("assessor-documents")))
    p.add_argument("action", choices=["list", "add", "remove", "import"], nargs="?",
                   default="list", metavar="ACTION", help=t("list (default), add or remove")
                   + "; " + t("take the documents from a folder with one subfolder per "
                              "assessor (import FOLDER)"))
    p.add_argument("--dry-run", action="store_true", help=t("show the plan, change nothing"))
    p.add_argument("person", nargs="?", metavar=t("NAME_OR_NIK"),
                   help=t("the assessor, by name or NIK"))
    p.add_argument("kind", nargs="?", choices=ASSESSOR_FILE_KINDS, metavar="KIND",
                   help=", ".join(ASSESSOR_FILE_KINDS))
    p.add_argument("file", nargs="?", type=Path, metavar="FILE",
                   help=t("the file to attach (PDF, JPG or PNG)"))
    p = sub.add_parser("assessor", parents=[common, ws],
                       help=t("leave an assessor out of {point}").format(point=data_point))
    p.add_argument("person", metavar=t("NAME_OR_NIK"), help=t("the assessor, by name or NIK"))
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--not-submitted", metavar=t("REASON"),
                       help=t("not submitted for {point}, e.g. \"sertifikasi ulang (RCC)\"").format(
                           point=data_point))
    group.add_argument("--submitted", action="store_true",
                       help=t("submit for {point} again").format(point=data_point))
    p = sub.add_parser("circulars", parents=[common, ws, as_json],
                       help=t("known circulars; choose the one the workspace follows"))
    p.add_argument("--add", type=Path, metavar="FILE.toml",
                   help=t("add a circular's catalogue file you received"))
    p.add_argument("--replace", action="store_true",
                   help=t("with --add: replace an added circular of the same id whose items "
                          "changed (the plan is shown first without it)"))
    p.add_argument("--use", metavar="ID",
                   help=t("make the workspace follow this circular"))
    p = sub.add_parser("report", parents=[common, ws],
                       help=t("print what is still missing (PDF or HTML)"))
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)  # tests set the clock
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                   help=t("the list as PDF (.pdf) or web page (.html)"))
    p.add_argument("--overwrite", action="store_true",
                   help=t("replace the file if it already exists"))


def find_person(records: Records, key: str, role: str | None = None,
                whole: bool = False) -> Person:
    """The listed person ``key`` names, by the one rule of store/people_lookup.py;
    ``whole`` for a removal: the NIK or the whole name only."""
    from lsp_desktop.store.people_lookup import find_person as find_listed

    return find_listed(records.people(), key, role, whole)


def cmd_social(args: argparse.Namespace) -> int:
    with open_workspace_of(args) as workspace:
        records = Records(workspace)
        if args.action != "list":
            if not args.platform:
                raise LspError("value.not_allowed", field="platform", value="-",
                               allowed=", ".join(SOCIAL_PLATFORMS))
            value = (args.value or "").strip() if args.action == "set" else ""
            if args.action == "set" and not value:  # "set" with nothing would remove it
                raise LspError("social.value_missing", platform=args.platform)
            if value and (wrong := social_findings(args.platform.lower(), value)):
                # An Instagram address under facebook is a slip: said, and nothing saved.
                raise LspError("social.refused", reason_code=wrong[0].code,
                               reason_values=wrong[0].values)
            records.set_social_media(args.platform.lower(), value)
        social = records.social_media()
    if args.json:
        print_json(social)
        return EXIT_OK
    for platform in SOCIAL_PLATFORMS:
        if platform in social:
            print(f"{label(PLATFORM_NAMES, platform, args.lang):<13} "
                  f"{printable(social[platform])}")
    if not social:
        print(render("social.none", {}, args.lang))
    return EXIT_OK


def cmd_participant(args: argparse.Namespace) -> int:
    if args.sk_date:
        args.sk_date = _sk_date(args.sk_date)  # refused before anything is saved
    if args.add and args.nik and (wrong := nik_findings(args.nik)):
        # A new person with a NIK that cannot be right: nothing is saved, so that running
        # the command again with the NIK corrected is all it takes.
        raise LspError("participant.bad_nik", reason_code=wrong[0].code,
                       reason_values=wrong[0].values)
    with open_workspace_of(args) as workspace:
        records = Records(workspace)
        chosen = participant(workspace)
        if args.person:
            person = _added(records, args) if args.add else find_person(records, args.person)
            if person.id != chosen.person_id:  # another person: not the last one's details
                chosen.job_title = chosen.whatsapp = ""
            chosen.person_id, chosen.name = person.id, person.name
            chosen.email, chosen.phone = person.email, person.phone
        for field in ("job_title", "whatsapp", "sk_number", "sk_date"):
            if getattr(args, field) is not None:
                setattr(chosen, field, getattr(args, field))
        saved = bool(args.person) or any(getattr(args, f) is not None
                                         for f in ("job_title", "whatsapp", "sk_number",
                                                   "sk_date"))
        if saved:
            chosen = set_participant(workspace, chosen)
    return _show_participant(chosen, args, saved)


def _added(records: Records, args: argparse.Namespace) -> Person:
    """--add for someone already in the list (a command run twice, "rina wati" for Rina
    Wati) picks them rather than making a second person. A NIK that is someone else's, or
    that differs from the one on file for this name, is refused: nothing is saved."""
    from lsp_desktop.store.people_lookup import plain

    name, nik = args.person.strip(), (args.nik or "").strip()
    people = records.people()
    holder = next((p for p in people if nik and p.nik == nik), None)
    if holder is not None and plain(holder.name) != plain(name):
        raise LspError("person.nik_taken", nik=nik, name=holder.name)
    namesakes = [p for p in people if plain(p.name) == plain(name)]
    listed = holder or (namesakes[0] if len(namesakes) == 1 else None)
    if listed is None and namesakes:  # two listed already: the NIK says which
        from lsp_desktop.store.people_lookup import SeveralPeople

        raise SeveralPeople(name, namesakes)
    if listed is not None and nik and listed.nik and listed.nik != nik:
        raise LspError("person.nik_differs", name=listed.name, on_file=listed.nik, nik=nik)
    if listed is not None:
        print(render("participant.already_listed", {"name": listed.name}, args.lang))
        if nik and not listed.nik:  # the NIK they lacked, checked above: noted
            listed.nik = nik
            listed = records.save_person(listed)
            print(render("participant.nik_noted", {"name": listed.name, "nik": nik},
                         args.lang))
        return listed
    return records.save_person(Person(None, name, args.role, nik, args.email or "",
                                       args.phone or ""))


def _sk_date(text: str) -> str:
    """The SK date as 2025-04-30, from the ways an admin writes it; an impossible date
    is refused before anything is saved."""
    from lsp_desktop.checks.dates import parse_typed_date

    day = parse_typed_date(text)
    if day is None:
        raise LspError("participant.bad_sk_date", value=text)
    return day.isoformat()


def _show_participant(chosen: Participant, args: argparse.Namespace, saved: bool) -> int:
    # A saved value is kept, as in the window, and what the checks say of it is said at
    # once. Only an error fails the command; a warning (the app's advice, such as a
    # landline as WhatsApp) exits 0, as everywhere on the command line.
    findings = whatsapp_findings(chosen.whatsapp)
    failed = saved and any(f.severity == "error" for f in findings)
    if args.json:
        print_json(chosen.__dict__)
        return EXIT_FAILED if failed else EXIT_OK
    if not chosen.name:
        print(render("participant.not_chosen", {}, args.lang))
        return EXIT_OK
    lang = args.lang
    print(render("participant.set", {"name": chosen.name}, lang))
    for english, value in (("Job title", chosen.job_title), ("E-mail", chosen.email),
                           ("Phone", chosen.phone), ("WhatsApp", chosen.whatsapp),
                           ("SK number", chosen.sk_number), ("SK date", chosen.sk_date)):
        print(f"  {phrase(english, lang)}: {printable(value or '-')}")
    for finding in findings:  # saved, but said at once
        print(f"  - [{label(SEVERITY_LABELS, finding.severity, lang)}] {finding.message(lang)}")
    if failed:
        print(render("participant.saved_with_errors", {}, lang), file=sys.stderr)
        return EXIT_FAILED
    if saved:
        print(phrase("Saved.", lang))
    return EXIT_OK


def cmd_assessor_file(args: argparse.Namespace) -> int:
    from lsp_desktop.status.missing import ASSESSOR_FILE_LABELS

    lang = args.lang
    if args.action == "import":  # a folder of subfolders, one per assessor
        from lsp_desktop.cli.assessor_folder import cmd_import_folder

        return cmd_import_folder(args)
    with open_workspace_of(args) as workspace:
        records = Records(workspace)
        if args.action != "list":
            if not (args.person and args.kind) or (args.action == "add" and not args.file):
                raise LspError("cli.assessor_file_usage")
            person = find_person(records, args.person, role="asesor",
                                 whole=args.action == "remove")
            kind_name = label(ASSESSOR_FILE_LABELS, args.kind, lang)
            if args.action == "add":
                findings = records.attach_assessor_file(person.saved_id, args.kind, args.file.name,
                                                        _read(args.file))
                print(render("assessor_file.kept", {"kind": kind_name, "name": person.name},
                             lang))
                for f in findings:
                    print(f"  - [{label(SEVERITY_LABELS, f.severity, lang)}] {f.message(lang)}")
                return 1 if any(f.severity == "error" for f in findings) else EXIT_OK
            if args.kind not in records.assessor_files(person.saved_id):
                raise LspError("assessor_file.none", kind=kind_name, name=person.name)
            records.remove_assessor_file(person.saved_id, args.kind)
            print(render("assessor_file.removed", {"kind": kind_name, "name": person.name},
                         lang))
            return EXIT_OK
        listing: dict[str, dict] = {p.name: {"nik": p.nik, "files": {
            k: {"name": f.name, "size": f.size, "format": f.format}
            for k, f in records.assessor_files(p.saved_id).items()}}
            for p in records.people("asesor")}
    if args.json:
        print_json(listing)
        return EXIT_OK
    for name, entry in listing.items():
        print(printable(name))
        for kind in ASSESSOR_FILE_KINDS:
            file = entry["files"].get(kind)
            shown = printable(file["name"]) if file else phrase("(missing)", lang)
            print(f"  {label(ASSESSOR_FILE_LABELS, kind, lang):<30} {shown}")
    return EXIT_OK


def _read(path: Path) -> bytes:
    """A user's file through the same gate as every other: regular files only, limited."""
    from lsp_desktop.checks.guard import read_user_file

    return read_user_file(path)


def cmd_assessor(args: argparse.Namespace) -> int:
    with open_workspace_of(args) as workspace:
        person = find_person(Records(workspace), args.person, role="asesor")
        reason = None if args.submitted else args.not_submitted
        set_not_submitted(workspace, person.saved_id, reason)
        reason = not_submitted_assessors(workspace).get(person.saved_id)
    if reason:
        print(f"{printable(person.name)}: " + render("assessor.not_submitted", {"reason": reason},
                                          args.lang))
    else:
        point = workspace.catalog.holder("assessors")
        print(f"{printable(person.name)}: " + phrase("submitted for {point}.", args.lang).format(
            point=point.point if point else "-"))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from lsp_desktop.bundle.missing_list import write_report
    from lsp_desktop.cli.outputs import prepare_output

    today = getattr(args, "today", None) or dt.date.today()
    with open_workspace_of(args) as workspace:
        target = prepare_output(args.out, [workspace.path], overwrite=args.overwrite,
                                suffixes=(".pdf", ".html", ".htm"))
        path = write_report(workspace, target, today, args.lang)
    print(render("report.written", {"path": str(path)}, args.lang))
    return EXIT_OK


COMMANDS = {"social": cmd_social, "participant": cmd_participant,
            "assessor-file": cmd_assessor_file, "assessor": cmd_assessor,
            "report": cmd_report}


def cmd_circulars(args: argparse.Namespace) -> int:
    from lsp_desktop.circulars.catalog import load_catalog
    from lsp_desktop.circulars.library import catalog_paths

    lang = args.lang
    if args.add and not _add_circular(args.add, args.replace, lang):
        return EXIT_FAILED
    followed = None
    if args.use or args.workspace:
        from lsp_desktop.store.followed_circular import followed_catalog_id, switch_catalog

        with open_workspace_of(args) as workspace:
            if args.use:
                _print_carry_over(switch_catalog(workspace, args.use, lang), lang)
            followed = followed_catalog_id(workspace)
    rows = []
    for path, added in catalog_paths():
        try:
            known = load_catalog(path)
        except LspError as exc:
            print(exc.message(lang))
            continue
        c = known.circular
        rows.append({"id": known.id, "number": c.number, "date": c.date.isoformat(),
                     "title": c.title(lang),
                     "window_start": c.window_start.isoformat(),
                     "window_end": c.window_end.isoformat(), "added": added,
                     "followed": known.id == followed})
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        mark = "*" if row["followed"] else " "
        origin = phrase("added", lang) if row["added"] else phrase("built in", lang)
        print(f"{mark} {row['id']:<24} {row['number']:<22} {row['title']} ({origin})")
    return EXIT_OK


def _add_circular(source, replace: bool, lang: str) -> bool:
    """Add a circular's file; a re-add that changes its items prints the carry-over plan
    and replaces only with --replace. False when nothing was added."""
    from lsp_desktop.circulars.library import ReplaceAsked, add_catalog_file
    from lsp_desktop.store.followed_circular import carry_over

    try:
        new_catalog = add_catalog_file(source, replace=replace)
    except ReplaceAsked as asked:
        print(asked.message(lang))
        _print_carry_over(carry_over(asked.old, asked.new, lang), lang)
        print(phrase("To replace it, run the same command again with --replace.", lang))
        return False
    print(phrase("Added: {id} ({number})", lang).format(
        id=new_catalog.id, number=new_catalog.circular.number))
    return True


def _print_carry_over(report, lang: str) -> None:
    for english, items in (("Kept (entries and files carry over)", report.kept),
                           ("Rule changed (files re-checked)", report.rechecked),
                           ("No longer asked (kept, not exported)", report.dropped),
                           ("New (to fill in)", report.new)):
        if items:
            print(phrase(english, lang) + ":")
            for item in items:
                print(f"  - {item}")


COMMANDS["circulars"] = cmd_circulars
