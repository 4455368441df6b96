"""A 2.11 file about to be replaced (by a merge or a folder import) named in the change
log with its hash: the bytes stay in the never pruned blobs table, so ``lsp-desktop
superseded`` can list and copy it out. A document replaced stays as a removed row instead."""

from __future__ import annotations

from lsp_desktop.store.records import AssessorFile, Records

SUPERSEDED = "merge.superseded"  # the change-log action naming a replaced 2.11 file


def note_superseded(records: Records, person: str, nik: str, old: AssessorFile) -> None:
    with records.ws.transaction():
        records.ws.log_held_change(SUPERSEDED, "assessor-documents", person=person, nik=nik,
                                   kind=old.kind, name=old.name, sha256=old.sha256,
                                   size=old.size)
