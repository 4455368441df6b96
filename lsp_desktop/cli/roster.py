"""``person`` and ``package``: one person's SIAPkerja step, and removing a person, a package
or one unit, without a spreadsheet. A person who has left is removed, never marked as
submitted to clear the list."""

from __future__ import annotations

import argparse

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import printable
from lsp_desktop.cli.common import EXIT_OK, open_workspace_of, print_json
from lsp_desktop.messages import ROLE_LABELS, SIAPKERJA_LABELS, label, phrase, render
from lsp_desktop.store.records import SIAPKERJA_STATES, Package, Records
from lsp_desktop.store.removal import remove_packages, remove_people


def add_roster_commands(sub, parents: list, t) -> None:
    common, ws, as_json = parents
    p = sub.add_parser("person", parents=[common, ws, as_json],
                       help=t("list people, set one person's SIAPkerja step, or remove a person"))
    p.add_argument("action", choices=["list", "step", "remove"], nargs="?",
                   default="list", metavar="ACTION",
                   help=t("list (default), step or remove"))
    p.add_argument("person", nargs="?", metavar=t("NAME_OR_NIK"),
                   help=t("the person, by name or NIK"))
    p.add_argument("step", nargs="?", metavar=t("STEP"),
                   help=t("for step: belum daftar, terdaftar, data diri lengkap or "
                          "sudah kirim"))
    p = sub.add_parser("package", parents=[common, ws, as_json],
                       help=t("list competency packages, or remove a package or one unit"))
    p.add_argument("action", choices=["list", "remove", "remove-unit"], nargs="?",
                   default="list", metavar="ACTION",
                   help=t("list (default), remove or remove-unit"))
    p.add_argument("code", nargs="?", metavar=t("PACKAGE_CODE"),
                   help=t("the package's code, as listed"))
    p.add_argument("unit", nargs="?", metavar=t("UNIT_CODE"),
                   help=t("for remove-unit: the unit's code"))


def cmd_person(args: argparse.Namespace) -> int:
    from lsp_desktop.cli.data_items import find_person

    lang = args.lang
    with open_workspace_of(args) as workspace:
        records = Records(workspace)
        if args.action != "list":
            if not args.person:
                raise LspError("person.key_missing")
            person = find_person(records, args.person, whole=args.action == "remove")
            if args.action == "remove":
                remove_people(workspace, [person.saved_id])
                removed = "person.removed" if person.role == "asesor" else \
                    "person.removed_not_assessor"  # only an assessor has documents
                print(render(removed, {"name": person.name}, lang))
            else:
                person.siapkerja = siapkerja_step(args.step or "")
                records.save_person(person)
                print(render("person.siapkerja_set", {
                    "name": person.name,
                    "step": label(SIAPKERJA_LABELS, person.siapkerja, lang)}, lang))
        people = records.people()
    if args.json:
        print_json([p.__dict__ for p in people])
    elif args.action == "list":
        for p in people:
            print(f"{printable(p.name)} ({label(ROLE_LABELS, p.role, lang)}), "
                  f"NIK {printable(p.nik or '-')}: "
                  f"{label(SIAPKERJA_LABELS, p.siapkerja, lang)}")
        if not people:
            print(phrase("No one is listed yet: add the Unsur Pengarah, Unsur Pelaksana and "
                         "Asesor.", lang))
    return EXIT_OK


def siapkerja_step(text: str) -> str:
    """A step as the admin writes it ("sudah kirim", "terdaftar", or the stored word);
    anything that could mean two steps is refused with the phrasings understood."""
    from lsp_desktop.tables.plan import AMBIGUOUS, parse_siapkerja

    wanted = text.strip().lower()
    if wanted in SIAPKERJA_STATES:
        return wanted
    if not wanted:
        raise LspError("import.status_unknown", value="-")
    step = parse_siapkerja(wanted)
    if step is None:
        raise LspError("import.status_unknown", value=text)
    if step == AMBIGUOUS:
        raise LspError("import.status_ambiguous", value=text)
    return step


def cmd_package(args: argparse.Namespace) -> int:
    lang = args.lang
    with open_workspace_of(args) as workspace:
        records = Records(workspace)
        if args.action != "list":
            package = _find_package(records, args.code or "")
            if args.action == "remove":
                remove_packages(workspace, [package.saved_id])
                print(render("package.removed", {"package": package.code}, lang))
            else:
                _remove_unit(records, package, args.unit or "")
                print(render("unit.removed", {"package": package.code,
                                              "unit": args.unit}, lang))
        packages = records.packages()
    if args.json:
        print_json([{"code": p.code, "name_id": p.name_id, "name_en": p.name_en,
                     "kind": p.kind, "reference": p.reference,
                     "units": [u.__dict__ for u in p.units]} for p in packages])
    elif args.action == "list":
        for p in packages:
            print(f"{printable(p.code)}: {printable(p.name_id)}"
                  + (f" ({printable(p.name_en)})" if p.name_en else ""))
            for unit in p.units:
                print(f"  {printable(unit.code or '-')}  {printable(unit.title_id)}")
    return EXIT_OK


def _find_package(records: Records, code: str) -> Package:
    wanted = code.strip().upper()
    found = [p for p in records.packages() if wanted and p.code.strip().upper() == wanted]
    if not found:
        raise LspError("package.key_not_found", key=code or "-")
    return found[0]


def _remove_unit(records: Records, package: Package, unit_code: str) -> None:
    wanted = unit_code.strip().upper()
    kept = [u for u in package.units if u.code.strip().upper() != wanted or not wanted]
    if len(kept) == len(package.units):
        raise LspError("unit.key_not_found", package=package.code, unit=unit_code or "-")
    package.units = kept
    records.save_package(package)


COMMANDS = {"person": cmd_person, "package": cmd_package}
