"""``link ID URL`` and ``link ID --remove``: an item's Google Drive link.

The command line has no undo, so a saved link is never lost by accident: a value that is
not a Drive link (a ``javascript:`` address, a Dropbox link, half a link) is refused and
nothing is saved, as ``social set`` refuses; an empty value is refused too, since removing
is said with ``--remove``; and a link that replaces another names the one it replaced.
The window saves what is typed and marks it, with Ctrl+Z there to take it back."""

from __future__ import annotations

import argparse

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.findings import ERROR
from lsp_desktop.checks.links import check_drive_link
from lsp_desktop.cli.common import EXIT_OK, open_workspace_of
from lsp_desktop.messages import SEVERITY_LABELS, label, render


def cmd_link(args: argparse.Namespace) -> int:
    lang = args.lang
    url = (args.url or "").strip()
    if args.remove and url:
        raise LspError("link.remove_and_url", item=args.requirement)
    with open_workspace_of(args) as workspace:
        requirement = workspace.catalog.requirement(args.requirement)
        if requirement.form != "link":  # said before the value, which means nothing here
            raise LspError("requirement.not_link", requirement=requirement.id,
                           form=requirement.form)
        before = workspace.links().get(requirement.id, "")
        if args.remove:
            if not before:
                print(render("link.none_to_remove", {"requirement": requirement.id}, lang))
                return EXIT_OK
            workspace.set_link(requirement.id, "")
            print(render("link.removed", {"requirement": requirement.id, "url": before}, lang))
            return EXIT_OK
        if not url:  # "" would remove it: removing is asked for by name
            raise LspError("link.value_missing", item=requirement.id)
        findings = check_drive_link(url, requirement.link_kind)
        if wrong := [f for f in findings if f.severity == ERROR]:
            raise _refused(wrong[0], requirement.id, before)
        workspace.set_link(requirement.id, url)
    print(render("link.saved", {"requirement": requirement.id}, lang))
    if before and before != url:  # no undo here: the old one is said, to put back if need be
        print(render("link.replaced", {"url": before}, lang))
    for finding in findings:
        print(f"- [{label(SEVERITY_LABELS, finding.severity, lang)}] {finding.message(lang)}")
    return EXIT_OK


def _refused(finding, item: str, kept: str) -> LspError:
    """Nothing saved; the link the item keeps is named, so the admin sees nothing was lost."""
    if kept:
        return LspError("link.refused_kept", reason_code=finding.code,
                        reason_values=finding.values, requirement=item, url=kept)
    return LspError("link.refused", reason_code=finding.code, reason_values=finding.values)
