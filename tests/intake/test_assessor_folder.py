"""The assessors' documents taken by folder: a generated folder of 10 assessors x 4
documents, with the name variations admins receive and two strays; every file goes to the
right assessor and kind, the strays are listed, nothing is guessed."""

import json

from lsp_desktop.cli.main import run
from lsp_desktop.intake.assessor_folder import is_pasfoto, name_key, plan_folder
from lsp_desktop.intake.assessor_folder_import import import_folder
from lsp_desktop.store.records import Records
from tests import makefiles as mk
from tests.support.assessor_folders import listed, make_folder, portrait


def test_names_match_tolerant_of_titles_case_and_spacing():
    assert name_key("Dedi Kurniawan, S.T.") == name_key("dedi  kurniawan") == "dedi kurniawan"
    assert name_key("Dr. Ir. Siti Aminah, M.T.") == name_key("SITI AMINAH")
    assert name_key("Agus Salim S.Kom") == name_key("Agus Salim")
    assert name_key("Rina_Wulandari") == "rina wulandari"


def test_pasfoto_is_known_by_its_content(tmp_path):
    assert is_pasfoto(mk.write(tmp_path, "a.jpg", portrait()))
    assert not is_pasfoto(mk.write(tmp_path, "b.jpg", portrait(noisy=True)))
    assert not is_pasfoto(mk.write(tmp_path, "c.jpg", mk.image_bytes("JPEG", (856, 540))))
    assert not is_pasfoto(mk.write(tmp_path, "d.pdf", mk.pdf_bytes()))


def test_folder_of_ten_assessors_assigned_right_and_strays_listed(workspace, tmp_path):
    people = listed(workspace)
    make_folder(tmp_path / "berkas")
    plan = plan_folder(tmp_path / "berkas", [(p.saved_id, p.name, p.nik) for p in people])
    assert len(plan.assigned) == 40
    per_person = {}
    for item in plan.assigned:
        per_person.setdefault(item.person_id, set()).add(item.kind)
    assert all(per_person[p.saved_id] == {"ktp", "sertifikat-teknis", "ijazah", "pasfoto"}
               for p in people)
    by_content = [f.shown for f in plan.assigned if f.by == "content"]
    assert len(by_content) == 3 and all("IMG_" in shown for shown in by_content)
    assert plan.unmatched_folders == [("Tono Sugiarto", "folder.no_assessor")]
    assert [(f.shown, f.reason) for f in plan.strays] == [
        ("dedi kurniawan/IMG_9999.jpg", "folder.kind_unknown")]
    outcome = import_folder(Records(workspace), plan)
    assert len(outcome.attached) == 40 and not outcome.refused
    records = Records(workspace)
    wayan = next(p for p in people if p.name == "Wayan Sudarma")
    assert set(records.assessor_files(wayan.saved_id)) == {"ktp", "sertifikat-teknis",
                                                            "ijazah", "pasfoto"}
    siti = next(p for p in people if p.name.startswith("Dr. Ir. Siti"))
    assert records.assessor_files(siti.saved_id)["pasfoto"].name.startswith("IMG_")


def test_cli_dry_run_lists_the_strays_then_imports(workspace, tmp_path, capsys):
    people = listed(workspace)
    make_folder(tmp_path / "berkas")
    path = str(workspace.path)
    workspace.close()
    assert run(["assessor-file", "import", str(tmp_path / "berkas"), "--workspace", path,
                "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "40 berkas untuk 10 asesor" in out and "Tono Sugiarto/" in out
    assert "IMG_9999.jpg" in out and "tidak jelas ini KTP" in out
    assert run(["assessor-file", "import", str(tmp_path / "berkas"), "--workspace", path,
                "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert len(shown["assigned"]) == 40 and len(shown["strays"]) == 1
    assert run(["assessor-file", "--workspace", path, "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert all(len(entry["files"]) == 4 for entry in listing.values())
    assert len(people) == 10
