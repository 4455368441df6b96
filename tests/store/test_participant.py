"""Schema step 3: the training participant's details and assessors left out of 2.12; a
workspace written before it opens, keeps what it held, and gains the new fields."""

import sqlite3

from lsp_desktop.store import migrations
from lsp_desktop.store.participant import (
    Participant,
    not_submitted_assessors,
    participant,
    set_not_submitted,
    set_participant,
)
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace


def test_a_schema_2_workspace_opens_and_keeps_its_it_staff(tmp_path):
    path = tmp_path / "lama.lspws"
    conn = sqlite3.connect(path)
    for number, step in enumerate(migrations.STEPS[:2], start=1):
        conn.executescript(f"BEGIN;\n{step}\nPRAGMA user_version = {number};\nCOMMIT;")
    conn.execute("UPDATE it_staff SET name = 'Dedi', email = 'dedi@lsp.or.id' WHERE id = 1")
    conn.commit()
    conn.close()
    with open_workspace(path) as ws:
        kept = participant(ws)
        assert (kept.name, kept.email, kept.job_title, kept.sk_number) == (
            "Dedi", "dedi@lsp.or.id", "", "")
        assert Records(ws).it_staff().name == "Dedi"
        assert not_submitted_assessors(ws) == {}
    assert (tmp_path / "lama.lspws.schema2.bak").exists()


def test_participant_and_left_out_assessor_round_trip(workspace):
    records = Records(workspace)
    budi = records.save_person(Person(None, "Budi", "pelaksana", "3174051708900002"))
    set_participant(workspace, Participant(budi.id, "Budi", job_title="Staf TI",
                                           whatsapp="081234567891", sk_date="17 Maret 2026"))
    assert participant(workspace).job_title == "Staf TI"
    assert records.it_staff().name == "Budi"  # the item-4 check reads the same row
    citra = records.save_person(Person(None, "Citra", "asesor", "3273016501850003"))
    set_not_submitted(workspace, citra.id, "sertifikasi ulang (RCC)")
    assert not_submitted_assessors(workspace) == {citra.id: "sertifikasi ulang (RCC)"}
    records.delete_person(citra.id)
    assert not_submitted_assessors(workspace) == {}
