"""Undo and redo as the window does them: the rows one edit changed, written back as they
were and as they became. Whatever came after an undone step and hung on it (a person's
2.11 files and 2.12 fields after their import) comes back with a redo."""

import sqlite3

from lsp_desktop.store.changes import TRACKED, UNTRACKED, apply_change, reading, recorded
from lsp_desktop.store.participant import Participant, participant, set_participant
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.tables.plan import apply_import, plan_import
from lsp_desktop.tables.rows import it_staff_rows
from tests import makefiles as mk


def _everything(workspace):
    """The whole workspace as the admin knows it, bytes of every file included."""
    tables = {name: sorted(rows.values(), key=repr)
              for name, (_, rows) in reading(workspace).items() if name != "meta"}
    blobs = {sha: workspace.blob_chunks(sha) for sha in
             [r[4] for r in reading(workspace)["documents"][1].values()]
             + [r[4] for r in reading(workspace)["assessor_files"][1].values()]}
    return tables, {sha: b"".join(chunks) for sha, chunks in blobs.items()}


def test_every_table_of_the_schema_is_either_tracked_or_not(workspace):
    names = {row[0] for row in workspace.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == set(TRACKED) | (set(UNTRACKED) & names)


def _import_people(workspace, names):
    records = Records(workspace)
    rows = [(line, {"nama": name, "peran": "asesor", "nik": f"32730165018500{line:02d}",
                    "email": "", "telepon": "", "status_siapkerja": "terdaftar"})
            for line, name in enumerate(names, start=2)]
    plan = plan_import(records, "people", rows)
    return recorded(workspace, lambda ws: apply_import(Records(ws), plan))[1]


def test_an_import_undone_and_redone_gets_back_what_was_added_after_it(workspace):
    records = Records(workspace)
    imported = _import_people(workspace, ["Citra Dewi", "Budi Santoso"])
    citra = next(p for p in records.people() if p.name == "Citra Dewi")
    pasfoto = mk.image_bytes("JPEG", (300, 400), color=(200, 20, 30))
    attached = recorded(workspace, lambda ws: Records(ws).attach_assessor_file(
        citra.saved_id, "pasfoto", "foto.jpg", pasfoto))[1]
    fields = recorded(workspace, lambda ws: Records(ws).save_assessor_data(AssessorData(
        citra.saved_id, "MET.000.001573 2020", "0012345", "2020-01-10", "", "TIK")))[1]
    after = _everything(workspace)
    for step in (fields, attached, imported):
        apply_change(workspace, step, undo=True)
    assert records.people() == []
    assert workspace.db.execute("SELECT COUNT(*) FROM assessor_files").fetchone()[0] == 0
    for step in (imported, attached, fields):
        apply_change(workspace, step, undo=False)
    assert _everything(workspace) == after
    assert records.assessor_files(citra.saved_id)["pasfoto"].name == "foto.jpg"
    assert records.assessor_data(citra.saved_id).blanko_number == "0012345"


def test_a_replaced_link_and_a_removed_file_come_back_exactly(workspace):
    workspace.set_link("dokumen-skema", "https://drive.google.com/drive/folders/abc")
    document, _ = workspace.attach_bytes("sk-lisensi", "sk.pdf", mk.pdf_bytes())
    before = _everything(workspace)
    link = recorded(workspace, lambda ws: ws.set_link(
        "dokumen-skema", "https://drive.google.com/drive/folders/xyz"))[1]
    removal = recorded(workspace, lambda ws: ws.remove(document.id))[1]
    middle = _everything(workspace)
    apply_change(workspace, removal, undo=True)
    apply_change(workspace, link, undo=True)
    assert _everything(workspace) == before
    apply_change(workspace, link, undo=False)
    apply_change(workspace, removal, undo=False)
    assert _everything(workspace) == middle


def test_an_edit_that_changes_nothing_is_no_step(workspace):
    assert not recorded(workspace, lambda ws: ws.profile())[1]


def test_the_participant_is_the_person_of_the_roster_not_a_copy(workspace):
    records = Records(workspace)
    dedi = records.save_person(Person(None, "Dedi Kurniawan", "pelaksana"))
    set_participant(workspace, Participant(dedi.id, dedi.name, job_title="Staf IT",
                                           whatsapp="081298765432"))
    dedi.email, dedi.phone = "dedi@lsp.or.id", "081234567890"
    records.save_person(dedi)  # filled in item 1 after choosing
    chosen = participant(workspace)
    assert (chosen.name, chosen.email, chosen.phone) == ("Dedi Kurniawan", "dedi@lsp.or.id",
                                                         "081234567890")
    row = it_staff_rows(records)[0]
    assert (row["email"], row["telepon"]) == ("dedi@lsp.or.id", "081234567890")
    assert records.it_staff().email == "dedi@lsp.or.id"


def test_a_change_is_written_back_with_foreign_keys_on(workspace):
    assert workspace.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    imported = _import_people(workspace, ["Citra Dewi"])
    apply_change(workspace, imported, undo=True)
    apply_change(workspace, imported, undo=False)
    try:
        workspace.db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as error:  # pragma: no cover - a broken reference would show here
        raise AssertionError(error) from None
    assert workspace.db.execute("PRAGMA foreign_key_check").fetchall() == []
