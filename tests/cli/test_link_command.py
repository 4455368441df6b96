"""``link`` on the command line, which has no undo: a saved link is never lost by a
mistyped one, and removing it is asked for by name."""

from tests.cli.running import cli
from tests.fill import new_workspace

GOOD = "https://drive.google.com/drive/folders/1ValidAbCdEfGhIjKlMn"
OTHER = "https://drive.google.com/drive/folders/1OtherAbCdEfGhIjKlMn"


def _saved_link(capsys, ws, item="berkas-asesor"):
    import json

    code, out, _ = cli(capsys, "status", "--workspace", ws, "--json")
    return next(r["link"] for r in json.loads(out)["requirements"] if r["id"] == item)


def test_a_value_that_is_no_web_address_is_refused_and_the_saved_link_kept(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    assert cli(capsys, "link", "berkas-asesor", GOOD, "--workspace", ws)[0] == 0
    code, out, err = cli(capsys, "link", "berkas-asesor", "javascript:alert(1)",
                         "--workspace", ws)
    assert code == 2 and out == ""
    assert "bukan alamat web" in err and "Tidak disimpan" in err and GOOD in err
    assert _saved_link(capsys, ws) == GOOD
    # Not a Drive link at all, or half a one: refused the same way, in English too.
    code, _, err = cli(capsys, "link", "berkas-asesor", "https://dropbox.com/s/abc",
                       "--workspace", ws, "--lang", "en")
    assert code == 2 and "Not saved" in err and f"keeps its saved link, {GOOD}" in err
    assert _saved_link(capsys, ws) == GOOD


def test_an_empty_link_is_refused_and_remove_says_what_it_removed(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    cli(capsys, "link", "dokumen-skema", GOOD, "--workspace", ws)
    code, _, err = cli(capsys, "link", "dokumen-skema", "", "--workspace", ws)
    assert code == 2 and "lsp-desktop link dokumen-skema --remove" in err
    assert _saved_link(capsys, ws, "dokumen-skema") == GOOD
    code, _, err = cli(capsys, "link", "dokumen-skema", OTHER, "--remove", "--workspace", ws)
    assert code == 2 and "tidak keduanya" in err
    code, out, _ = cli(capsys, "link", "dokumen-skema", "--remove", "--workspace", ws)
    assert code == 0 and "dihapus" in out and GOOD in out
    assert _saved_link(capsys, ws, "dokumen-skema") is None
    code, out, _ = cli(capsys, "link", "dokumen-skema", "--remove", "--workspace", ws)
    assert code == 0 and "belum punya tautan" in out


def test_a_link_replacing_another_names_the_one_it_replaced(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    cli(capsys, "link", "dokumen-skema", GOOD, "--workspace", ws)
    code, out, _ = cli(capsys, "link", "dokumen-skema", OTHER, "--workspace", ws)
    assert code == 0 and "disimpan" in out and "diganti" in out and GOOD in out
    assert _saved_link(capsys, ws, "dokumen-skema") == OTHER
