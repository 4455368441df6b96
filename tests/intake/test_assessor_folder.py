"""The assessors' documents taken by folder: a generated folder of 10 assessors x 4
documents, with the name variations admins receive and two strays; every file goes to the
right assessor and kind, the strays are listed, nothing is guessed."""

import json

from lsp_desktop.cli.main import run
from lsp_desktop.intake.assessor_folder import is_pasfoto, name_key, plan_folder
from lsp_desktop.intake.assessor_folder_import import import_folder
from lsp_desktop.store.records import Records
from tests import makefiles as mk
from tests.support.assessor_folders import citra_twice, listed, make_folder, portrait


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


def test_two_files_for_one_document_are_a_conflict_and_one_is_kept(workspace, tmp_path):
    citra = citra_twice(workspace, tmp_path / "berkas")
    plan = plan_folder(tmp_path / "berkas", [(citra.saved_id, citra.name, citra.nik)])
    certificates = [f for f in plan.assigned if f.kind == "sertifikat-teknis"]
    assert [(f.shown, f.chosen, f.rivals) for f in certificates] == [
        ("3273016501850003/sertifikat.jpg", True, ["citra dewi/sertifikat teknis.pdf"]),
        ("citra dewi/sertifikat teknis.pdf", False, ["3273016501850003/sertifikat.jpg"])]
    outcome = import_folder(Records(workspace), plan)
    assert sorted(f.shown for f in outcome.attached) == [
        "3273016501850003/sertifikat.jpg", "citra dewi/ktp.jpg"]
    assert [f.shown for f in outcome.set_aside] == ["citra dewi/sertifikat teknis.pdf"]
    kept = Records(workspace).assessor_files(citra.saved_id)
    assert kept["sertifikat-teknis"].name == "sertifikat.jpg"
    # Nothing was attached and then replaced: the change log names no superseded file.
    from lsp_desktop.bundle.superseded import superseded_files

    assert not superseded_files(workspace)


def test_cli_dry_run_shows_the_conflict_and_the_import_never_counts_both(workspace, tmp_path,
                                                                         capsys):
    citra_twice(workspace, tmp_path / "berkas")
    path = str(workspace.path)
    workspace.close()
    folder = str(tmp_path / "berkas")
    assert run(["assessor-file", "import", folder, "--workspace", path, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 berkas untuk 1 asesor" in out
    assert "Dua berkas untuk satu dokumen:" in out
    assert ("Citra Dewi: Sertifikat Kompetensi Teknis: 2 berkas untuk dokumen yang sama; "
            "hanya satu yang disimpan: 3273016501850003/sertifikat.jpg") in out
    assert "tidak disimpan: citra dewi/sertifikat teknis.pdf" in out
    assert run(["assessor-file", "import", folder, "--workspace", path]) == 0
    out = capsys.readouterr().out
    assert "2 dokumen asesor disimpan" in out
    assert "citra dewi/sertifikat teknis.pdf: tidak disimpan: berkas lain dipilih" in out


def test_cli_folder_that_does_not_exist_is_said_not_found(workspace, tmp_path, capsys):
    path = str(workspace.path)
    workspace.close()
    assert run(["assessor-file", "import", str(tmp_path / "no" / "such"), "--workspace",
                path]) == 1
    err = capsys.readouterr().err
    assert "tidak ditemukan" in err and "bukan folder" not in err
    mk.write(tmp_path, "a.pdf", mk.pdf_bytes())
    assert run(["assessor-file", "import", str(tmp_path / "a.pdf"), "--workspace", path]) == 1
    assert "bukan folder" in capsys.readouterr().err


def test_cli_add_for_a_name_that_is_no_assessor_points_to_the_personnel_list(workspace,
                                                                             tmp_path, capsys):
    path = str(workspace.path)
    workspace.close()
    file = mk.write(tmp_path, "ktp.jpg", mk.image_bytes("JPEG", (856, 540)))
    assert run(["assessor-file", "add", "Citra", "ktp", str(file), "--workspace", path]) == 1
    err = capsys.readouterr().err
    assert "Tidak ada asesor bernama atau ber-NIK 'Citra'" in err
    assert "daftar personel (butir 1) dengan peran Asesor" in err
    assert "import-table people" in err and "participant --add" not in err
