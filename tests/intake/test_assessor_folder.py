"""The assessors' documents taken by folder: a generated folder of 10 assessors x 4
documents, with the name variations admins receive and two strays; every file goes to the
right assessor and kind, the strays are listed, nothing is guessed."""

import io
import json
import os

from PIL import Image, ImageDraw

from lsp_desktop.cli.main import run
from lsp_desktop.intake.assessor_folder import is_pasfoto, name_key, plan_folder
from lsp_desktop.intake.assessor_folder_import import import_folder
from lsp_desktop.store.records import Person, Records
from tests import makefiles as mk

# (as listed in the workspace, the subfolder's name as the colleague typed it)
ASSESSORS = [
    ("Dedi Kurniawan, S.T.", "dedi kurniawan"),
    ("Dr. Ir. Siti Aminah, M.T.", "SITI AMINAH"),
    ("Budi Santoso", "budi   santoso"),
    ("Rina Wulandari, S.Kom.", "Rina_Wulandari"),
    ("Agus Salim", "Agus Salim S.Kom"),
    ("H. Ahmad Fauzi, S.E., M.M.", "ahmad fauzi"),
    ("Maria Goretti Lestari", "Maria Goretti Lestari, S.Pd."),
    ("Yohanes Pratama, S.T., M.Eng.", "yohanes-pratama"),
    ("Nur Hidayah", "Nur.Hidayah"),
    ("Wayan Sudarma", "3273010101800010 wayan"),  # by the NIK in the name
]
# File names per assessor: the ways the four documents arrive; None: the pasfoto is found
# by its content (a phone photo named IMG_…).
NAMES = [("KTP.jpg", "Sertifikat BNSP.pdf", "Ijazah S1.pdf", "pasfoto.jpg"),
         ("scan_ktp.pdf", "sertifikat_kompetensi.pdf", "ijasah.pdf", None),
         ("e-KTP.pdf", "SERTIFIKAT.pdf", "IJAZAH TERAKHIR.pdf", "Pas Foto 3x4.jpg")]


def portrait(noisy: bool = False) -> bytes:
    """A pasfoto: a head on a plain red background, portrait; noisy, a snapshot of a person
    in a room (shelves, a window, noise)."""
    image = Image.new("RGB", (300, 400), (200, 20, 30))
    draw = ImageDraw.Draw(image)
    if noisy:
        image = Image.frombytes("RGB", (300, 400), os.urandom(300 * 400 * 3))
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, 120, 60), fill=(240, 240, 250))
        draw.rectangle((200, 20, 300, 200), fill=(90, 60, 30))
    draw.ellipse((90, 90, 210, 250), fill=(230, 190, 160))
    draw.rectangle((60, 260, 240, 400), fill=(20, 20, 60))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def make_folder(root):
    for index, (_listed, folder) in enumerate(ASSESSORS):
        names = NAMES[index % 3]
        sub = root / folder
        sub.mkdir(parents=True)
        for kind_index, name in enumerate(names):
            if kind_index == 3:
                mk.write(sub, name or f"IMG_20250{index}12.jpg", portrait())
            elif name.endswith(".jpg"):
                mk.write(sub, name, mk.image_bytes("JPEG", (856, 540)))
            else:
                mk.write(sub, name, mk.pdf_bytes(title=f"{folder} {name}"))
    # The two strays: a colleague not on the list, and a snapshot no rule places.
    (root / "Tono Sugiarto").mkdir()
    mk.write(root / "Tono Sugiarto", "KTP.jpg", mk.image_bytes("JPEG", (856, 540)))
    mk.write(root / "dedi kurniawan", "IMG_9999.jpg", portrait(noisy=True))
    (root / ".DS_Store").write_bytes(b"\0")  # the system's, silently left out


def listed(workspace):
    records = Records(workspace)
    return [records.save_person(Person(None, name, "asesor", f"32730101018000{i + 1:02d}"))
            for i, (name, _folder) in enumerate(ASSESSORS)]


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
