"""``lsp-desktop assessor-file import FOLDER [--dry-run]``: each assessor's subfolder read
into 2.11 documents; what fits no one is listed, never guessed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from lsp_desktop.base.errors import LspError
from lsp_desktop.cli.common import open_workspace_of
from lsp_desktop.messages import label, phrase, render
from lsp_desktop.status.missing import ASSESSOR_FILE_LABELS

if TYPE_CHECKING:
    from lsp_desktop.intake.assessor_folder import FolderPlan


def cmd_import_folder(args: argparse.Namespace) -> int:
    from lsp_desktop.intake.assessor_folder import plan_folder
    from lsp_desktop.intake.assessor_folder_import import import_folder
    from lsp_desktop.store.records import Records

    if not args.person:
        raise LspError("cli.assessor_file_usage")
    lang = args.lang
    with open_workspace_of(args) as workspace:
        records = Records(workspace)
        plan = plan_folder(Path(args.person), [(p.saved_id, p.name, p.nik)
                                               for p in records.people("asesor")])
        outcome = None if args.dry_run else import_folder(records, plan)
    if args.json:
        print(json.dumps({
            "assigned": [{"file": f.shown, "person": f.person, "kind": f.kind, "by": f.by,
                          "kept": f.chosen, "same_document_as": f.rivals}
                         for f in plan.assigned],
            "strays": [{"file": f.shown, "reason": render(f.reason, {}, lang)}
                       for f in plan.strays],
            "unmatched_folders": [{"folder": n, "reason": render(c, {}, lang)}
                                  for n, c in plan.unmatched_folders],
            "refused": [{"file": f.shown, "reason": error.message(lang)}
                        for f, error in (outcome.refused if outcome else [])],
            "set_aside": [{"file": f.shown, "kept_instead": f.rivals}
                          for f in (outcome.set_aside if outcome else [])]},
            ensure_ascii=False, indent=2))
        return 1 if outcome and outcome.refused else 0
    kept = [f for f in plan.assigned if f.chosen]
    print(render("folder.planned", {"assigned": len(kept),
                                    "people": len({f.person_id for f in kept}),
                                    "strays": len(plan.strays),
                                    "folders": len(plan.unmatched_folders)}, lang))
    for f in kept:
        how = phrase("by name" if f.by == "name" else "by content", lang)
        print(f"  {f.shown} -> {f.person}: {label(ASSESSOR_FILE_LABELS, f.kind or '', lang)}"
              f" ({how})")
    _print_conflicts(plan, lang)
    if plan.strays:
        print(phrase("Not placed", lang) + ":")
        for f in plan.strays:
            print(f"  {f.shown}: {render(f.reason, {}, lang)}")
    if plan.unmatched_folders:
        print(phrase("Folders not matched", lang) + ":")
        for name, code in plan.unmatched_folders:
            print(f"  {name}/: {render(code, {}, lang)}")
    if outcome is None:
        return 0
    for f, error in outcome.refused:
        print(f"  {f.shown}: {error.message(lang)}")
    for f in outcome.set_aside:
        print(f"  {f.shown}: " + render("folder.set_aside", {"kept": ", ".join(f.rivals)},
                                        lang))
    print(render("folder.done", {"attached": len(outcome.attached),
                                 "refused": len(outcome.refused)}, lang))
    return 1 if outcome.refused else 0


def _print_conflicts(plan: FolderPlan, lang: str) -> None:
    """Two files for one assessor's one document: both named, the one kept said (the one
    that passes the checks), so that the admin is never told both are kept."""
    conflicts = [f for f in plan.assigned if f.chosen and f.rivals]
    if not conflicts:
        return
    print(phrase("Two files for one document", lang) + ":")
    for f in conflicts:
        print(f"  {f.person}: {label(ASSESSOR_FILE_LABELS, f.kind or '', lang)}: " + render(
            "folder.conflict", {"count": len(f.rivals) + 1, "kept": f.shown,
                                "others": ", ".join(f.rivals)}, lang))
