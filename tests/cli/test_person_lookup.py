"""One rule for every command that takes a person: the NIK or the whole name first, else a
unique part of the name from the start of a word; several fit: listed with NIK and role,
to choose by NIK."""

import pytest

from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests.cli.running import cli
from tests.makefiles import image_bytes, write

PEOPLE = [("Indah Permata", "asesor", "3273015508950005"),
          ("Citra Dewi", "asesor", "3273016501850003"),
          ("Citra Lestari", "asesor", "3273016501850099"),
          ("Eko Prasetyo", "pelaksana", "3174051708900002"),
          ("Heko Wibowo", "asesor", "3174051708900077")]


@pytest.fixture
def listed(tmp_path):
    path = tmp_path / "ws.lspws"
    with open_workspace(path) as ws:
        records = Records(ws)
        for name, role, nik in PEOPLE:
            records.save_person(Person(None, name, role, nik))
    return path


@pytest.fixture
def photo(tmp_path):
    return write(tmp_path, "pasfoto.jpg", image_bytes("JPEG", (600, 800)))


def test_part_of_a_name_finds_the_one_person_it_fits_in_every_command(capsys, listed,
                                                                      photo):
    code, out, err = cli(capsys, "assessor-file", "add", "indah", "pasfoto", photo,
                         "--workspace", listed)
    assert "untuk Indah Permata disimpan" in out, err
    code, out, err = cli(capsys, "person", "step", "Eko", "terdaftar", "--workspace", listed)
    assert code == 0 and "Eko Prasetyo: terdaftar" in out, err
    code, out, err = cli(capsys, "assessor", "PERMATA", "--not-submitted", "RCC",
                         "--workspace", listed)
    assert code == 0 and out.startswith("Indah Permata:"), err
    code, out, err = cli(capsys, "participant", "--person", "eko", "--workspace", listed)
    assert code == 0 and "Eko Prasetyo" in out, err


@pytest.mark.parametrize("command", [
    ["assessor-file", "add", "citra", "pasfoto", "PHOTO"],
    ["person", "step", "citra", "terdaftar"],
    ["assessor", "citra", "--submitted"],
    ["participant", "--person", "citra"],
    ["chase", "--person", "citra"]])
def test_a_part_several_people_share_lists_them_to_choose_by_nik(capsys, listed, photo,
                                                                 command):
    words = [str(photo) if w == "PHOTO" else w for w in command]
    code, out, err = cli(capsys, *words, "--workspace", listed)
    assert code == 1 and out == ""
    assert "Lebih dari satu personel cocok dengan 'citra'" in err
    assert "Citra Dewi, NIK 3273016501850003, peran Asesor" in err
    assert "Citra Lestari, NIK 3273016501850099, peran Asesor" in err
    # The NIK given picks the one meant.
    nik_words = ["3273016501850099" if w == "citra" else w for w in words]
    code, _, err = cli(capsys, *nik_words, "--workspace", listed)
    assert code in (0, 1) and "Lebih dari satu" not in err and "Tidak ada" not in err


def test_a_word_is_matched_from_its_start_and_roles_are_said(capsys, listed, photo):
    code, _, err = cli(capsys, "person", "step", "eko w", "terdaftar", "--workspace", listed)
    assert code == 1 and "Tidak ada personel yang cocok dengan 'eko w'" in err
    # "eko" is Eko Prasetyo, not Heko; and he is no assessor.
    code, _, err = cli(capsys, "assessor-file", "add", "eko", "pasfoto", photo,
                       "--workspace", listed, "--lang", "en")
    assert code == 1 and "Eko Prasetyo is listed as Executive member, not as an Asesor" in err
    code, _, err = cli(capsys, "assessor-file", "add", "Zaki", "pasfoto", photo,
                       "--workspace", listed)
    assert code == 1 and "Tidak ada asesor bernama atau ber-NIK 'Zaki'" in err


def test_add_of_a_listed_name_picks_them_and_a_different_nik_is_refused(capsys, listed):
    code, out, err = cli(capsys, "participant", "--person", "Rina Wati", "--add",
                         "--nik", "3273015508950077", "--workspace", listed)
    assert code == 0, err
    # Another NIK for the same name, written in another case: refused, nobody added.
    code, out, err = cli(capsys, "participant", "--person", "rina  wati", "--add",
                         "--nik", "3273015508950078", "--workspace", listed)
    assert code == 1 and out == ""
    assert "Rina Wati sudah ada di daftar personel dengan NIK 3273015508950077, bukan " \
           "3273015508950078; tidak ada yang disimpan" in err
    assert "import-table people" in err
    code, out, _ = cli(capsys, "person", "--workspace", listed)
    assert out.count("Rina Wati") == 1
    # The same NIK, or none: the listed person is picked, not added again.
    for nik in (["--nik", "3273015508950077"], []):
        code, out, err = cli(capsys, "participant", "--person", "RINA WATI", "--add", *nik,
                             "--workspace", listed)
        assert code == 0 and "sudah ada di daftar personel" in out, err
    code, out, err = cli(capsys, "person", "remove", "Rina Wati", "--workspace", listed)
    assert code == 0 and "Rina Wati dihapus" in out, err


def test_add_notes_the_nik_a_listed_person_lacked(capsys, listed):
    with open_workspace(listed) as ws:
        Records(ws).save_person(Person(None, "Budi Santoso", "pelaksana", ""))
    code, out, err = cli(capsys, "participant", "--person", "budi santoso", "--add",
                         "--nik", "3174055708900001", "--workspace", listed)
    assert code == 0 and "NIK 3174055708900001 dicatat untuk Budi Santoso" in out, err
    code, out, _ = cli(capsys, "person", "--workspace", listed)
    assert "Budi Santoso (Unsur Pelaksana), NIK 3174055708900001" in out


def test_a_removal_takes_the_whole_name_or_the_nik_only(capsys, listed, photo):
    code, out, err = cli(capsys, "person", "remove", "eko", "--workspace", listed)
    assert code == 1 and out == "" and "hanya sebagian nama" in err
    assert "Eko Prasetyo, NIK 3174051708900002" in err
    code, out, _ = cli(capsys, "person", "--workspace", listed)
    assert "Eko Prasetyo" in out  # still listed
    cli(capsys, "assessor-file", "add", "indah", "pasfoto", photo, "--workspace", listed)
    code, _, err = cli(capsys, "assessor-file", "remove", "indah", "pasfoto",
                       "--workspace", listed, "--lang", "en")
    assert code == 1 and "only part of a name" in err
    code, out, err = cli(capsys, "assessor-file", "remove", "Indah Permata", "pasfoto",
                         "--workspace", listed)
    assert code == 0 and "Indah Permata dihapus" in out, err
    code, out, err = cli(capsys, "person", "remove", "3174051708900002",
                         "--workspace", listed)
    assert code == 0 and out.strip() == "Eko Prasetyo dihapus dari daftar personel.", err
