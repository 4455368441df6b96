"""``remove``: take files off an item; an item that holds a link or a table says how that
is edited instead."""

from __future__ import annotations

import argparse

from lsp_desktop.base.errors import LspError
from lsp_desktop.cli.common import EXIT_OK, open_workspace_of
from lsp_desktop.messages import phrase


def cmd_remove(args: argparse.Namespace) -> int:
    with open_workspace_of(args) as workspace:
        requirement = workspace.catalog.requirement(args.requirement)
        if requirement.form != "file":
            raise _takes_no_files(requirement)
        documents = [d for d in workspace.documents(args.requirement)
                     if args.name is None or d.name == args.name]
        if not documents:
            raise LspError("document.not_found", requirement=args.requirement)
        for document in documents:
            workspace.remove(document.id)
            print(phrase("Removed: {name}", args.lang).format(name=document.name))
    return EXIT_OK


# The command that edits one row of each data set (an assessor is a person of the roster).
_ROW_COMMANDS = {"people": "person", "assessors": "person", "packages": "package"}


def _takes_no_files(requirement) -> LspError:
    """``remove`` on an item that holds a link or a table: say so, and how it is edited,
    rather than "no attached file matches"."""
    if "assessor-documents" in requirement.parts:
        return LspError("remove.documents_item", requirement=requirement.id,
                        item=requirement.id)
    if requirement.form == "link":
        return LspError("remove.link_item", requirement=requirement.id, item=requirement.id)
    kind = requirement.holds[0] if requirement.holds else "people"
    return LspError("remove.table_item", requirement=requirement.id, kind=kind,
                    command=_ROW_COMMANDS.get(kind, "person"))
