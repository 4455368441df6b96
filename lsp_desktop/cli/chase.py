"""``lsp-desktop chase [--person NAME_OR_NIK] [--json]``: for each person, the message that
asks them for what is still missing, ready to paste into WhatsApp or an e-mail."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from lsp_desktop.cli.common import open_workspace_of


def add_chase_commands(sub, parents: list, t) -> None:
    common, ws, as_json = parents
    p = sub.add_parser("chase", parents=[common, ws, as_json],
                       help=t("a ready-to-send message per person: what is still needed"))
    p.add_argument("--person", default="", metavar=t("NAME_OR_NIK"),
                   help=t("only this person"))
    p.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)


def cmd_chase(args: argparse.Namespace) -> int:
    from lsp_desktop.status.chase import chase_list, why_nobody
    from lsp_desktop.store.records import Records

    with open_workspace_of(args) as workspace:
        chased = chase_list(workspace, args.today or dt.date.today(), args.lang, args.person)
        nobody = "" if chased else why_nobody(workspace, args.lang, args.person)
        # An empty personnel list is not "everyone is done": a failure the admin must see.
        listed = bool(Records(workspace).people())
    if args.json:
        print(json.dumps([c.as_dict() for c in chased], ensure_ascii=False, indent=2))
        return 0 if listed else 1
    if not chased:
        print(nobody)
        return 0 if listed else 1
    for chase in chased:
        contact = " · ".join(v for v in (chase.phone, chase.email) if v)
        print(f"=== {chase.name}" + (f" ({contact})" if contact else ""))
        print(chase.message)
        print()
    return 0


COMMANDS = {"chase": cmd_chase}
