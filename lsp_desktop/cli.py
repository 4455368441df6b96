"""The command-line face of the core: the same checks and workspace as the window.

Exit codes: 0 all good, 1 a check or state failed, 2 the command was wrong. Messages are
in Indonesian unless ``--lang en``; no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from lsp_desktop import __version__
from lsp_desktop.catalog import Catalog, Profile, load_catalog
from lsp_desktop.checks import FileReport, check_file
from lsp_desktop.cli_bundle import COMMANDS as BUNDLE_COMMANDS
from lsp_desktop.cli_bundle import add_bundle_commands
from lsp_desktop.cli_tables import COMMANDS as TABLE_COMMANDS
from lsp_desktop.cli_tables import add_table_commands
from lsp_desktop.crashlog import write_crash_log
from lsp_desktop.errors import LspError
from lsp_desktop.messages import (
    SEVERITY_LABELS,
    STATE_LABELS,
    VERDICT_LABELS,
    format_name,
    format_size,
    label,
    progress_text,
    render,
    window_text,
)
from lsp_desktop.paths import default_workspace_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("lsp_desktop")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports a wrong command in the user's language instead of exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _t(lang: str, id_text: str, en_text: str) -> str:
    return en_text if lang == "en" else id_text


def build_parser(lang: str) -> _Parser:
    t = lambda i, e: _t(lang, i, e)  # noqa: E731 - a short alias keeps help texts readable
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["id", "en"], default=argparse.SUPPRESS,
                        help=t("bahasa pesan: id (bawaan) atau en", "message language: id "
                               "(default) or en"))
    ws = argparse.ArgumentParser(add_help=False)
    ws.add_argument("--workspace", type=Path, metavar="PATH",
                    help=t("berkas ruang kerja (bawaan: ruang kerja utama)",
                           "workspace file (default: the main workspace)"))
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true",
                         help=t("keluaran JSON untuk skrip", "JSON output for scripts"))

    parser = _Parser(prog="lsp-desktop", parents=[common],
                     description=t("Menyiapkan dokumen SE.007/BNSP/IV/2025. Tanpa perintah: "
                                   "membuka jendela aplikasi.",
                                   "Prepare the documents of SE.007/BNSP/IV/2025. With no "
                                   "command: opens the application window."))
    parser.add_argument("--version", action="version", version=f"LSP Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("requirements", parents=[common, ws, as_json],
                       help=t("daftar persyaratan surat edaran", "the circular's requirements"))
    p = sub.add_parser("check", parents=[common, as_json],
                       help=t("periksa berkas", "check files"))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--requirement", metavar="ID",
                   help=t("periksa menurut aturan butir ini", "check against this item's rule"))
    p = sub.add_parser("profile", parents=[common, ws, as_json],
                       help=t("lihat atau ubah profil LSP", "show or set the LSP profile"))
    p.add_argument("--name", help=t("nama LSP", "LSP name"))
    p.add_argument("--licence", "--license", dest="licence",
                   help=t("nomor lisensi, mis. BNSP-LSP-2629-ID", "licence number"))
    p.add_argument("--type", dest="lsp_type", help="P1, P2, P3")
    p.add_argument("--category", help="smk, slb, blk, pekerja-domestik, lainnya, …")
    p.add_argument("--skkk", help=t("memakai SKKK: yes/no", "uses SKKK: yes/no"))
    p = sub.add_parser("add", parents=[common, ws],
                       help=t("lampirkan berkas ke butir", "attach files to an item"))
    p.add_argument("requirement", metavar="ID")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--replace", action="store_true",
                   help=t("ganti berkas yang sudah ada", "replace the file already there"))
    p.add_argument("--fix", action="store_true",
                   help=t("jadikan foto satu PDF, atau perkecil foto di atas 2 MB",
                          "turn photos into one PDF, or shrink a photo over 2 MB"))
    p = sub.add_parser("remove", parents=[common, ws],
                       help=t("lepaskan berkas dari butir", "remove files from an item"))
    p.add_argument("requirement", metavar="ID")
    p.add_argument("--name", help=t("hanya berkas dengan nama ini", "only the file of this name"))
    p = sub.add_parser("link", parents=[common, ws],
                       help=t("isi tautan Google Drive butir", "set an item's Google Drive link"))
    p.add_argument("requirement", metavar="ID")
    p.add_argument("url", metavar="URL")
    p = sub.add_parser("status", parents=[common, ws, as_json],
                       help=t("keadaan setiap butir", "each item's state"))
    add_bundle_commands(sub, [common, ws, as_json], t)
    add_table_commands(sub, [common, ws], t)
    return parser


def _scan_lang(argv: Sequence[str]) -> str:
    """The language must be known before parsing, to word the parser's own errors."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "id"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "id"
    return "en" if os.environ.get("LSP_DESKTOP_LANG") == "en" else "id"


def run(argv: Sequence[str]) -> int:
    _safe_streams()
    lang = _scan_lang(argv)
    try:
        parser = build_parser(lang)
        args = parser.parse_args(list(argv))
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        args.lang = lang
        return COMMANDS[args.command](args)
    except UsageError as exc:
        detail = str(exc) if lang == "en" else _indonesian_usage(str(exc))
        print(render("cli.usage", {"detail": detail}, lang), file=sys.stderr)
        return EXIT_USAGE
    except LspError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last guard: a message and a log, never a traceback
        log_file = write_crash_log(exc)
        print(render("internal", {"reason": type(exc).__name__, "log": log_file}, lang),
              file=sys.stderr)
        return EXIT_FAILED


# argparse words its complaints in English; these are the ones a user meets.
_USAGE_ID = [
    (r"the following arguments are required: (.*)", "yang wajib diisi belum ada: {0}"),
    (r"unrecognized arguments: (.*)", "tidak dikenal: {0}"),
    (r"argument (\S+): expected one argument", "{0} perlu diikuti satu nilai"),
    (r"argument (\S+): invalid choice: '([^']*)' \(choose from (.*)\)",
     "'{1}' tidak dikenal untuk {0}; pilih salah satu: {2}"),
]


def _indonesian_usage(message: str) -> str:
    import re

    for pattern, template in _USAGE_ID:
        if match := re.fullmatch(pattern, message):
            return template.format(*match.groups())
    return message


def _safe_streams() -> None:
    # A Windows console or a pipe may not speak UTF-8; a "×" must not crash the output.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _open(args: argparse.Namespace, create: bool = True):
    from lsp_desktop.workspace import open_workspace

    path = args.workspace or default_workspace_path()
    if not create and not Path(path).exists():
        return None
    return open_workspace(path)


# -- commands -------------------------------------------------------------------------------


def cmd_requirements(args: argparse.Namespace) -> int:
    workspace = _open(args, create=bool(args.workspace))
    catalog = workspace.catalog if workspace else load_catalog()
    profile = workspace.profile() if workspace else Profile()
    if workspace:
        workspace.close()
    rows = [{"id": r.id, "point": r.point, "group": r.group, "title_id": r.title_id,
             "title_en": r.title_en, "form": r.form, "formats": list(r.formats),
             "max_bytes": r.max_bytes, "applies": r.applies_to(profile)}
            for r in catalog.requirements]
    if args.json:
        _print_json({"catalog": catalog.id, "circular": catalog.circular.number,
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
    return catalog.circular.title_en if lang == "en" else catalog.circular.title_id


def _rule_text(requirement, lang: str) -> str:
    if requirement.form == "file":
        formats = "/".join("JPG/JPEG" if f == "jpeg" else f.upper() for f in requirement.formats)
        return _t(lang, f"{formats}, maks. {requirement.max_mb} MB",
                  f"{formats}, max. {requirement.max_mb} MB")
    return {"link": _t(lang, "tautan Google Drive", "Google Drive link"),
            "data": _t(lang, "data tabel", "table data"),
            "roster": _t(lang, "daftar personil", "personnel roster")}[requirement.form]


def cmd_check(args: argparse.Namespace) -> int:
    requirement = load_catalog().requirement(args.requirement) if args.requirement else None
    reports = [check_file(path, requirement) for path in args.files]
    if args.json:
        _print_json({"files": [_report_json(r, args.lang) for r in reports]})
    else:
        for report in reports:
            _print_report(report, args.lang)
    return EXIT_FAILED if any(r.verdict == "error" for r in reports) else EXIT_OK


def _report_json(report: FileReport, lang: str) -> dict:
    return {"path": report.path, "requirement": report.requirement, "size": report.size,
            "sha256": report.sha256, "format": report.format, "pages": report.pages,
            "width": report.width, "height": report.height, "encrypted": report.encrypted,
            "verdict": report.verdict,
            "findings": [{"code": f.code, "severity": f.severity, "message": f.message(lang)}
                         for f in report.findings]}


def describe(report: FileReport, lang: str) -> str:
    if report.sha256 is None and report.size == 0:
        return "-"  # never read: missing, a folder, or no permission
    parts = [format_name(report.format, lang)]
    if report.pages is not None:
        parts.append(_t(lang, f"{report.pages} halaman", f"{report.pages} pages"))
    if report.width and report.height:
        parts.append(f"{report.width} × {report.height} px")
    parts.append(format_size(report.size, lang))
    return ", ".join(parts)


def _print_report(report: FileReport, lang: str, indent: str = "") -> None:
    print(f"{indent}{report.path}: {label(VERDICT_LABELS, report.verdict, lang)} "
          f"({describe(report, lang)})")
    for finding in report.findings:
        print(f"{indent}  - [{label(SEVERITY_LABELS, finding.severity, lang)}] "
              f"{finding.message(lang)}")


def cmd_profile(args: argparse.Namespace) -> int:
    with _open(args) as workspace:
        changes = {k: v for k, v in {"name": args.name, "licence": args.licence,
                                     "lsp_type": args.lsp_type and args.lsp_type.upper(),
                                     "category": args.category}.items() if v is not None}
        if args.skkk is not None:
            changes["uses_skkk"] = _yes_no(args.skkk)
        profile = workspace.set_profile(**changes) if changes else workspace.profile()
        if args.json:
            _print_json(profile.__dict__ | {"workspace": str(workspace.path)})
            return EXIT_OK
        category = workspace.catalog.category(profile.category)
        lang = args.lang
        print(_t(lang, "Ruang kerja", "Workspace") + f": {workspace.path}")
        print(_t(lang, "Nama LSP", "LSP name") + f": {profile.name or '-'}")
        print(_t(lang, "Nomor lisensi", "Licence number") + f": {profile.licence or '-'}")
        print(_t(lang, "Jenis", "Type") + f": {profile.lsp_type or '-'}")
        print(_t(lang, "Kategori", "Category") + f": {category.name(lang) if category else '-'}")
        print("SKKK: " + (_t(lang, "ya", "yes") if profile.uses_skkk else _t(lang, "tidak", "no")))
    return EXIT_OK


def _yes_no(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("yes", "y", "ya", "true", "1"):
        return True
    if lowered in ("no", "n", "tidak", "false", "0"):
        return False
    raise LspError("profile.bad_skkk", value=value)


def cmd_add(args: argparse.Namespace) -> int:
    failed = False
    with _open(args) as workspace:
        if args.fix and (fixed := _add_fixed(workspace, args)) is not None:
            return fixed
        for path in args.files:
            try:
                _, report = workspace.attach(args.requirement, path, args.replace)
            except LspError as exc:
                print(exc.message(args.lang), file=sys.stderr)
                failed = True
                continue
            _print_report(report, args.lang)
            failed = failed or report.verdict == "error"
    return EXIT_FAILED if failed else EXIT_OK


def _add_fixed(workspace, args: argparse.Namespace) -> int | None:
    from lsp_desktop.fixes import apply_fix, offer_for

    paths = sorted(args.files, key=lambda p: p.name.lower())
    kind = offer_for(workspace.catalog.requirement(args.requirement), paths)
    if kind is None:
        return None  # nothing to fix: attach as given
    name, data = apply_fix(kind, paths)
    _, report = workspace.attach_bytes(args.requirement, name, data,
                                       str(paths[0].resolve()), args.replace)
    print(_t(args.lang, f"Dibuat dari {len(paths)} berkas: {name}",
             f"Made from {len(paths)} file(s): {name}"))
    _print_report(report, args.lang)
    return EXIT_FAILED if report.verdict == "error" else EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    with _open(args) as workspace:
        workspace.catalog.requirement(args.requirement)
        documents = [d for d in workspace.documents(args.requirement)
                     if args.name is None or d.name == args.name]
        if not documents:
            raise LspError("document.not_found", requirement=args.requirement)
        for document in documents:
            workspace.remove(document.id)
            print(_t(args.lang, f"Dilepas: {document.name}", f"Removed: {document.name}"))
    return EXIT_OK


def cmd_link(args: argparse.Namespace) -> int:
    from lsp_desktop.checks.links import check_drive_link

    with _open(args) as workspace:
        requirement = workspace.catalog.requirement(args.requirement)
        findings = check_drive_link(args.url, requirement.link_kind)
        if requirement.form == "link":
            workspace.set_link(args.requirement, args.url)
        else:
            raise LspError("requirement.not_file", requirement=requirement.id,
                           form=requirement.form)
    for finding in findings:
        print(f"- [{label(SEVERITY_LABELS, finding.severity, args.lang)}] "
              f"{finding.message(args.lang)}")
    return EXIT_FAILED if any(f.severity == "error" for f in findings) else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from lsp_desktop.status import progress, workspace_status

    with _open(args) as workspace:
        statuses = workspace_status(workspace)
        circular = workspace.catalog.circular
    ready, total = progress(statuses)
    complete = ready == total
    if args.json:
        _print_json({"ready": ready, "applicable": total, "complete": complete,
                     "requirements": [_status_json(s, args.lang) for s in statuses]})
        return EXIT_OK if complete else EXIT_FAILED
    lang = args.lang
    print(f"{circular.number}: {progress_text(ready, total, lang)}")
    print(window_text(circular.window_start, circular.window_end, dt.date.today(), lang))
    for s in statuses:
        print(f"  {s.requirement.point:>5}  {s.requirement.title(lang):<58} "
              f"{label(STATE_LABELS, s.state, lang)}")
        for document, report in s.documents:
            print(f"{'':10}{document.name} ({describe(report, lang)})")
            for finding in report.findings:
                print(f"{'':12}- {finding.message(lang)}")
        if s.link:
            print(f"{'':10}{s.link}")
        for finding in s.findings:
            if finding.severity != "info":
                print(f"{'':12}- {finding.message(lang)}")
    return EXIT_OK if complete else EXIT_FAILED


def _status_json(status, lang: str) -> dict:
    return {"id": status.requirement.id, "point": status.requirement.point,
            "state": status.state, "applies": status.applies, "link": status.link,
            "files": [{"id": d.id, "name": d.name, "size": d.size, "sha256": d.sha256,
                       "format": d.format, "pages": r.pages, "verdict": r.verdict,
                       "findings": [{"code": f.code, "severity": f.severity,
                                     "message": f.message(lang)} for f in r.findings]}
                      for d, r in status.documents],
            "findings": [{"code": f.code, "severity": f.severity, "message": f.message(lang)}
                         for f in status.findings]}


COMMANDS = {"requirements": cmd_requirements, "check": cmd_check, "profile": cmd_profile,
            "add": cmd_add, "remove": cmd_remove, "link": cmd_link, "status": cmd_status,
            **BUNDLE_COMMANDS, **TABLE_COMMANDS}
