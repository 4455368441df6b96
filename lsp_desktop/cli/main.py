"""The command-line face of the core: the same checks and workspace as the window.

Exit codes: 0 all good (warnings, the app's advice, never fail a command), 1 a check or
state failed, 2 the command was wrong. Messages are
in Indonesian unless ``--lang en``; no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from lsp_desktop import __version__
from lsp_desktop.base.crashlog import write_crash_log
from lsp_desktop.base.errors import LspError
from lsp_desktop.cli.bundle import COMMANDS as BUNDLE_COMMANDS
from lsp_desktop.cli.bundle import add_bundle_commands
from lsp_desktop.cli.chase import COMMANDS as CHASE_COMMANDS
from lsp_desktop.cli.chase import add_chase_commands
from lsp_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    cli_worded,
    safe_output,
    safe_streams,
    scan_lang,
)
from lsp_desktop.cli.data_items import COMMANDS as DATA_COMMANDS
from lsp_desktop.cli.data_items import add_data_commands
from lsp_desktop.cli.fix import COMMANDS as FIX_COMMANDS
from lsp_desktop.cli.fix import add_fix_commands
from lsp_desktop.cli.guide import COMMANDS as GUIDE_COMMANDS
from lsp_desktop.cli.guide import add_guide_commands
from lsp_desktop.cli.items import COMMANDS as ITEM_COMMANDS
from lsp_desktop.cli.items import add_item_commands
from lsp_desktop.cli.merge import COMMANDS as MERGE_COMMANDS
from lsp_desktop.cli.merge import add_merge_commands
from lsp_desktop.cli.roster import COMMANDS as ROSTER_COMMANDS
from lsp_desktop.cli.roster import add_roster_commands
from lsp_desktop.cli.tables import COMMANDS as TABLE_COMMANDS
from lsp_desktop.cli.tables import add_table_commands
from lsp_desktop.messages import argparse_complaint, phrase, render

log = logging.getLogger("lsp_desktop")


# A value the command line refused before anything was done: a usage error (exit 2), like
# argparse's own, since the command was wrong and nothing was read or written.
USAGE_CODES = frozenset({"profile.bad_type", "profile.bad_category", "profile.bad_skkk",
                         "participant.bad_sk_date", "participant.bad_nik", "fix.bad_angle",
                         "fix.bad_pages",
                         "value.not_allowed", "output.wrong_extension",
                         "requirement.unknown", "social.value_missing", "person.key_missing",
                         "social.refused", "link.refused", "link.refused_kept",
                         "link.value_missing", "link.remove_and_url"})


class UsageError(Exception):
    """argparse's complaint, with the command whose help to point to ("lsp-desktop add")."""

    def __init__(self, message: str, prog: str = "lsp-desktop") -> None:
        super().__init__(message)
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """argparse that reports a wrong command instead of exiting (said in the user's
    language by ``run``), and says its own words (headings, ``-h``'s help, "usage: ")
    in ``lang``, from messages/ like every other phrase. :func:`speaking` makes the
    class of one language; argparse makes the subcommands' parsers of the same class."""

    lang = "id"

    def __init__(self, *args, **kwargs) -> None:
        # The parents' options joined after the headings are worded: under one "pilihan:",
        # not a second group that argparse makes when the titles differ.
        parents = kwargs.pop("parents", [])
        super().__init__(*args, **kwargs)
        self._positionals.title = phrase("positional arguments", self.lang)
        self._optionals.title = phrase("options", self.lang)
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = phrase("show this help message and exit", self.lang)

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter = super()._get_formatter()
        add_usage, ours = formatter.add_usage, phrase("usage: ", self.lang)

        def worded_usage(usage, actions, groups, prefix=None) -> None:
            # None: argparse would say its English "usage: "; "" (a subcommand's prog) stays.
            add_usage(usage, actions, groups, ours if prefix is None else prefix)

        formatter.add_usage = worded_usage  # type: ignore[method-assign]
        return formatter

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)

    _intermixing = False

    def parse_known_args(self, args=None, namespace=None):
        """A command's own parser takes options anywhere among its words, as admins write
        them (``person step --workspace W Kiki "sudah kirim"``): argparse alone would give
        its optional words away before the option and refuse the rest. The top parser,
        which chooses the command, and ``fix``, which chooses a fix, parse as argparse does."""
        if self._subparsers is not None or self._intermixing:
            return super().parse_known_args(args, namespace)
        saved_usage, self._intermixing = self.usage, True
        try:
            # argparse keeps the usage for its messages while the positionals are hidden,
            # cutting off an English "usage: "; ours is worded, so it is made here.
            if self.usage is None:
                self.usage = self._usage_words()
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self.usage, self._intermixing = saved_usage, False

    def _usage_words(self) -> str:
        """The usage as argparse lays it out after our "usage: " (its lines aligned to
        it), without that prefix, which argparse puts back when it says the usage."""
        ours = phrase("usage: ", self.lang)
        formatter = super()._get_formatter()
        formatter.add_usage(None, self._actions, self._mutually_exclusive_groups, ours)
        return formatter.format_help().strip()[len(ours):].replace("%", "%%")


def speaking(lang: str) -> type[_Parser]:
    """The parser class that words argparse's own texts in ``lang``."""
    return type("Parser", (_Parser,), {"lang": lang})


def build_parser(lang: str) -> _Parser:
    parser_class = speaking(lang)
    t = lambda english: phrase(english, lang)  # noqa: E731 - keeps help texts readable
    common = parser_class(add_help=False)
    common.add_argument("--lang", choices=["id", "en"], default=argparse.SUPPRESS,
                        help=t("message language: id (default) or en"))
    ws = parser_class(add_help=False)
    ws.add_argument("--workspace", type=Path, metavar="PATH",
                    help=t("workspace file (default: the main workspace)"))
    as_json = parser_class(add_help=False)
    as_json.add_argument("--json", action="store_true",
                         help=t("JSON output for scripts"))

    catalog = _built_in_catalog()
    parser = parser_class(prog="lsp-desktop", parents=[common],
                     description=t("Prepare the documents of {circular}. With no command: "
                                   "opens the application window.").format(
                         circular=catalog.circular.number if catalog else "-"),
                     epilog=t("Exit codes: 0 done (warnings, the app's own advice, "
                              "included); 1 an error: a check failed, a row was rejected or "
                              "something is missing; 2 the command was written wrong."))
    # argparse words its own --version help before any language is known: say it here.
    parser.add_argument("--version", action="version", version=f"LSP Desktop {__version__}",
                        help=t("show the program's version and exit"))
    sub = parser.add_subparsers(dest="command", parser_class=parser_class, metavar="COMMAND")

    add_item_commands(sub, [common, ws, as_json], t, catalog)
    add_bundle_commands(sub, [common, ws, as_json], t)
    add_table_commands(sub, [common, ws], t)
    add_data_commands(sub, [common, ws, as_json], t)
    add_roster_commands(sub, [common, ws, as_json], t)
    add_fix_commands(sub, [common], t)
    add_guide_commands(sub, [common, ws], t)
    add_merge_commands(sub, [common, ws, as_json], t)
    add_chase_commands(sub, [common, ws, as_json], t)
    return parser


def _built_in_catalog():
    """The built-in circular's catalogue for ``--help`` (None if the installation is
    damaged: the help still prints). Until a command opens a workspace, its messages name
    items as this one does."""
    from lsp_desktop.circulars.catalog import load_catalog, use_item_labels

    try:
        catalog = load_catalog()
    except LspError:
        return None
    use_item_labels(catalog)
    return catalog


def run(argv: Sequence[str]) -> int:
    safe_streams()
    safe_output()
    lang = scan_lang(argv)
    try:
        parser = build_parser(lang)
        args, extra = parser.parse_known_args(list(argv))
        if extra:  # said as argparse says it, with the help of the command it came with
            raise UsageError("unrecognized arguments: " + " ".join(extra), _prog_of(args))
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        args.lang = lang
        return COMMANDS[args.command](args)
    except UsageError as exc:
        detail = argparse_complaint(str(exc), lang)
        # The help of the command that was typed wrong ("lsp-desktop add --help"), which
        # lists its own arguments, rather than the list of all commands.
        print(render("cli.usage_of", {"detail": detail, "command": exc.prog}, lang),
              file=sys.stderr)
        return EXIT_USAGE
    except LspError as exc:
        print(cli_worded(exc).message(lang), file=sys.stderr)
        return EXIT_USAGE if exc.code in USAGE_CODES else EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``status | head``): stop quietly, as Unix tools do.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # the last guard: a message and a log, never a traceback
        log_file = write_crash_log(exc)
        if _damaged_database(exc):  # a damaged page read half-way: what it is, what to do
            print(render("workspace.damaged_part", {"log": log_file}, lang), file=sys.stderr)
            return EXIT_FAILED
        print(render("internal", {"reason": type(exc).__name__, "log": log_file}, lang),
              file=sys.stderr)
        return EXIT_FAILED


def _prog_of(args: argparse.Namespace) -> str:
    """The command typed, as its help is asked for: "lsp-desktop fix rotate"."""
    words = [getattr(args, "command", None), getattr(args, "fix_action", None)]
    return " ".join(["lsp-desktop", *[w for w in words if isinstance(w, str)]])


def _damaged_database(exc: Exception) -> bool:
    import sqlite3

    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.ProgrammingError | sqlite3.InterfaceError)


def _silence_stdout() -> None:
    """Point stdout at the null device, so flushing at exit cannot raise again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


COMMANDS = {**ITEM_COMMANDS, **BUNDLE_COMMANDS, **TABLE_COMMANDS, **DATA_COMMANDS,
            **ROSTER_COMMANDS, **FIX_COMMANDS, **GUIDE_COMMANDS, **MERGE_COMMANDS,
            **CHASE_COMMANDS}
