"""The command line alone can remove a person, a package or a unit and set one person's
SIAPkerja step; it refuses a slip (an Instagram address under facebook) before saving, says
which circular a new workspace follows, and its help has words for every argument."""

import json

from lsp_desktop.cli.main import build_parser
from lsp_desktop.store.records import Package, Person, Records, Unit
from lsp_desktop.store.workspace import open_workspace
from tests.cli.running import cli
from tests.fill import new_workspace


def _filled(tmp_path):
    path = tmp_path / "ws.lspws"
    ws = open_workspace(path)
    records = Records(ws)
    records.save_person(Person(None, "Ani Lestari", "pengarah", "3174055708900001"))
    records.save_person(Person(None, "Budi Santoso", "pelaksana", "3174051708900002"))
    records.save_package(Package(None, "SKM/BNSP/00010/1/2020/37A5", "Junior Web", "Junior Web",
                                 "okupasi", "", [Unit(None, "M.702090.001.02", "A", "A"),
                                                 Unit(None, "M.702090.002.02", "B", "B")]))
    ws.close()
    return path


def test_one_persons_siapkerja_step_is_set_in_words_and_an_unclear_one_refused(
        capsys, tmp_path):
    path = _filled(tmp_path)
    code, out, _ = cli(capsys, "person", "step", "Ani Lestari", "sudah kirim",
                       "--workspace", path)
    assert code == 0 and "Status SIAPkerja Ani Lestari: sudah kirim (submit)." in out
    code, _, err = cli(capsys, "person", "step", "Budi Santoso", "belum submit",
                       "--workspace", path)
    assert code == 1 and "lebih dari satu tahap" in err and "Yang dipahami" in err
    people = json.loads(cli(capsys, "person", "--json", "--workspace", path)[1])
    assert [(p["name"], p["siapkerja"]) for p in people] == [
        ("Ani Lestari", "sudah-submit"), ("Budi Santoso", "belum-daftar")]


def test_a_person_who_left_is_removed_not_marked_submitted(capsys, tmp_path):
    path = _filled(tmp_path)
    code, out, _ = cli(capsys, "person", "remove", "Budi Santoso", "--workspace", path)
    assert code == 0 and "Budi Santoso dihapus dari daftar personel" in out
    code, out, _ = cli(capsys, "person", "--workspace", path)
    assert "Budi" not in out and "Ani Lestari (Unsur Pengarah)" in out
    code, _, err = cli(capsys, "person", "remove", "Budi Santoso", "--workspace", path)
    assert code == 1 and "Tidak ada personel yang cocok dengan 'Budi Santoso'" in err


def test_a_unit_then_a_package_are_removed(capsys, tmp_path):
    path = _filled(tmp_path)
    code, out, _ = cli(capsys, "package", "remove-unit", "SKM/BNSP/00010/1/2020/37A5",
                       "M.702090.001.02", "--workspace", path)
    assert code == 0 and "Unit M.702090.001.02 dihapus" in out
    out = cli(capsys, "package", "--workspace", path)[1]
    assert "M.702090.002.02" in out and "M.702090.001.02" not in out
    code, out, _ = cli(capsys, "package", "remove", "skm/bnsp/00010/1/2020/37a5",
                       "--workspace", path)
    assert code == 0 and "dihapus beserta unitnya" in out
    assert json.loads(cli(capsys, "package", "--json", "--workspace", path)[1]) == []


def test_social_set_refuses_an_instagram_address_under_facebook(capsys, tmp_path):
    path = new_workspace(tmp_path / "ws.lspws")
    code, _, err = cli(capsys, "social", "set", "facebook", "https://instagram.com/lsp_tik",
                       "--workspace", path)
    assert code == 2 and "bukan alamat Facebook" in err and "Tidak disimpan" in err
    assert json.loads(cli(capsys, "social", "--json", "--workspace", path)[1]) == {}
    code, _, err = cli(capsys, "social", "set", "tiktok", "lsp tik", "--workspace", path)
    assert "https://tiktok.com/@lspanda" in err and "(tiktok)" not in err


def test_a_new_workspace_says_which_circular_it_follows(capsys, tmp_path):
    code, out, err = cli(capsys, "profile", "--json", "--workspace", tmp_path / "baru.lspws")
    assert code == 0 and json.loads(out)["name"] == ""
    assert "Ruang kerja baru dibuat dan mengikuti surat edaran SE.007/BNSP/IV/2025" in err
    code, _, err = cli(capsys, "profile", "--workspace", tmp_path / "baru.lspws")
    assert "Ruang kerja baru" not in err  # said once, when it is made


def test_every_argument_has_help_in_the_admins_words(capsys):
    parser = build_parser("id")
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        for action in command._actions:
            if action.dest not in ("help", "fix_action"):
                assert action.help, (name, action.dest)
    out = sub.choices["export-table"].format_help()
    assert "argumen posisi" not in out and "lalu keluar" not in out and "JENIS" in out
    code, _, err = cli(capsys, "export-table", "orang", "x.csv")
    assert code == 2 and "JENIS 'orang' tidak dikenal" in err


def test_an_unknown_item_is_said_once(capsys, tmp_path):
    path = new_workspace(tmp_path / "ws.lspws")
    code, _, err = cli(capsys, "add", "nosuch", tmp_path / "x.pdf", "--workspace", path)
    assert code == 2 and err.count("'nosuch' tidak dikenal") == 1
