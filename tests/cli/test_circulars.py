"""More than one circular: the shipped catalogues are listed, an admin adds a catalogue
file they received (validated, with plain errors), and a workspace follows the one chosen,
with a report of what carries over."""

import io
import json
import os
import random

import pytest
from PIL import Image

from lsp_desktop.circulars.catalog import default_catalog_path
from lsp_desktop.store.workspace import open_workspace
from tests.cli.running import cli


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def second_circular(tmp_path):
    """A made-up SE.012/BNSP/2026: a new window, NPWP dropped, logo up to 5 MB, a new item."""
    text = default_catalog_path().read_text(encoding="utf-8")
    text = text.replace('id = "se-007-bnsp-iv-2025"', 'id = "se-012-bnsp-2026"')
    text = text.replace('number = "SE.007/BNSP/IV/2025"', 'number = "SE.012/BNSP/2026"')
    text = text.replace("window_start = 2025-05-05", "window_start = 2026-06-01")
    text = text.replace("window_end = 2025-05-25", "window_end = 2026-06-30")
    start = text.index('[[requirements]]\nid = "npwp"')
    end = text.index("[[requirements]]", start + 10)
    text = text[:start] + text[end:]
    logo = text.index('id = "logo"')
    text = text[:logo] + text[logo:].replace("max_mb = 2", "max_mb = 5", 1)
    text += ('\n[[requirements]]\nid = "pakta-integritas"\npoint = "5"\ngroup = "dokumen"\n'
             'form = "file"\nformats = ["pdf"]\nmax_mb = 2\ntitle_id = "Pakta Integritas"\n'
             'title_en = "Integrity pact"\ndescription_id = "Pakta integritas LSP."\n'
             'description_en = "The LSP integrity pact."\n')
    path = tmp_path / "SE-012.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_circular_is_listed(capsys, home):
    rows = json.loads(cli(capsys, "circulars", "--json")[1])
    assert [r["id"] for r in rows] == ["se-007-bnsp-iv-2025"] and not rows[0]["added"]


def test_a_received_circular_is_added_chosen_and_reported(capsys, home, tmp_path):
    ws = tmp_path / "ws.lspws"
    cli(capsys, "profile", "--name", "LSP Uji", "--workspace", ws)
    code, out, err = cli(capsys, "circulars", "--add", second_circular(tmp_path))
    assert code == 0 and "se-012-bnsp-2026" in out, err
    kept = home / "catalogs" / "se-012-bnsp-2026.toml"
    assert kept.read_bytes() == second_circular(tmp_path).read_bytes()
    if os.name == "posix":  # owner-only, like the rest of the data folder
        assert (kept.stat().st_mode & 0o777, kept.parent.stat().st_mode & 0o777) == (
            0o600, 0o700)
    code, out, _ = cli(capsys, "circulars", "--use", "se-012-bnsp-2026", "--workspace", ws)
    assert code == 0
    assert "Tidak diminta lagi" in out and "2.9 NPWP LSP" in out
    assert "Baru (perlu diisi)" in out and "5 Pakta Integritas" in out
    assert "Ketentuannya berubah" in out and "2.4 Logo LSP" in out
    rows = json.loads(cli(capsys, "circulars", "--json", "--workspace", ws)[1])
    assert [r["id"] for r in rows if r["followed"]] == ["se-012-bnsp-2026"]
    with open_workspace(ws) as workspace:  # reopened: follows the chosen circular
        assert workspace.catalog.circular.number == "SE.012/BNSP/2026"
        assert workspace.profile().name == "LSP Uji"
    out = cli(capsys, "status", "--today", "2026-06-10", "--workspace", ws)[1]
    assert out.startswith("SE.012/BNSP/2026") and "Sisa 20 hari" in out


def test_a_broken_circular_file_is_refused_in_plain_words(capsys, home, tmp_path):
    bad = tmp_path / "rusak.toml"
    bad.write_text('[catalog]\nid = "x"\nversion = "satu"\n', encoding="utf-8")
    code, _, err = cli(capsys, "circulars", "--add", bad)
    assert code == 1 and "rusak.toml" in err and "Traceback" not in err
    same = tmp_path / "sama.toml"
    same.write_text(default_catalog_path().read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = cli(capsys, "circulars", "--add", same)
    assert code == 1 and "sudah ada" in err
    assert not (home / "catalogs").exists() or not list((home / "catalogs").iterdir())


def test_a_stricter_circular_checks_attached_files_again_under_its_own_limit(
        capsys, home, tmp_path):
    from tests import makefiles as mk

    ws = tmp_path / "ws.lspws"
    cli(capsys, "profile", "--name", "LSP Uji", "--workspace", ws)
    stricter = tmp_path / "SE-013.toml"
    stricter.write_text(_logo_limit(second_circular(tmp_path).read_text(encoding="utf-8"), 1),
                        encoding="utf-8")
    noise = Image.frombytes("RGB", (700, 700), random.Random(7).randbytes(700 * 700 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    logo_png = mk.write(tmp_path, "logo.png", buffer.getvalue())
    assert 1_048_576 < logo_png.stat().st_size < 2_000_000
    code, out, err = cli(capsys, "add", "logo", logo_png, "--workspace", ws)
    assert code == 0, out + err
    assert cli(capsys, "circulars", "--add", stricter)[0] == 0
    assert cli(capsys, "circulars", "--use", "se-013-bnsp-2026", "--workspace", ws)[0] == 0
    code, out, _ = cli(capsys, "status", "--workspace", ws, "--json")
    logo = next(item for item in json.loads(out)["requirements"] if item["id"] == "logo")
    assert logo["state"] == "error"
    code, out, _ = cli(capsys, "status", "--workspace", ws)
    assert "batasnya 1 MB" in out and "2 MB" not in out.split("Logo")[1].split("\n")[0]


def _logo_limit(text: str, mb: int) -> str:
    """The shipped catalogue with another id and the logo's limit set to ``mb``."""
    text = text.replace('id = "se-012-bnsp-2026"', 'id = "se-013-bnsp-2026"')
    text = text.replace('number = "SE.012/BNSP/2026"', 'number = "SE.013/BNSP/2026"')
    logo = text.index('id = "logo"')
    return text[:logo] + text[logo:].replace("max_mb = 5", f"max_mb = {mb}", 1)


def test_a_received_circular_that_is_broken_is_explained_without_library_english(
        capsys, home, tmp_path):
    picture = tmp_path / "surat-edaran.toml"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    code, out, err = cli(capsys, "circulars", "--add", picture)
    assert code == 1 and "bukan teks" in err and "codec" not in err
    assert "pengirimnya" in err and "pasang ulang" not in err
    assert "butir -" not in err and "isian -" not in err  # the file as a whole: no item
    bad_form = second_circular(tmp_path).read_text(encoding="utf-8").replace(
        'form = "file"', 'form = "berkas"', 1)
    broken = tmp_path / "SE-014.toml"
    broken.write_text(bad_form, encoding="utf-8")
    code, out, err = cli(capsys, "circulars", "--add", broken)
    assert code == 1 and "tertulis berkas; yang dikenal:" in err and "must be" not in err
    broken.write_text("[catalog\nid = 1", encoding="utf-8")
    code, out, err = cli(capsys, "circulars", "--add", broken)
    assert code == 1 and "baris 1" in err and "Expected" not in err
    code, out, err = cli(capsys, "circulars", "--add", broken, "--lang", "en")
    assert "line 1" in err and "ask its sender" in err.lower()


@pytest.mark.parametrize("make,expected", [
    (lambda p: p.mkdir(), "bukan berkas biasa"),
    (lambda p: p.write_bytes(b"# " + b"x" * 2_000_000), "terlalu besar"),
])
def test_a_folder_or_an_oversize_file_is_no_circular(capsys, home, tmp_path, make, expected):
    source = tmp_path / "surat.toml"
    make(source)
    code, out, err = cli(capsys, "circulars", "--add", str(source))
    assert code == 1 and "Traceback" not in err
    assert str(source) in err and expected in err, err
    assert not (home / "catalogs").exists() or not list((home / "catalogs").iterdir())


def test_messages_name_items_as_the_workspace_circular_numbers_them(home, tmp_path):
    from lsp_desktop.circulars.library import add_catalog_file, catalog_paths
    from lsp_desktop.messages import item_list
    from lsp_desktop.store.followed_circular import switch_catalog

    text = default_catalog_path().read_text(encoding="utf-8")
    text = text.replace('id = "se-007-bnsp-iv-2025"', 'id = "se-013-bnsp-2026"')
    text = text.replace('point = "2.9"', 'point = "2.19"')  # the same item, numbered anew
    (tmp_path / "SE-013.toml").write_text(text, encoding="utf-8")
    with open_workspace(tmp_path / "w.lspws") as ws:
        added = add_catalog_file(tmp_path / "SE-013.toml")
        assert len(catalog_paths()) == 2  # listed (and read) for the admin to choose
        # Still this workspace's numbering: listing another circular names nothing.
        assert item_list(["npwp"], wording=ws.catalog.wording) == "2.9 NPWP LSP"
        switch_catalog(ws, added.id)
        assert item_list(["npwp"], wording=ws.catalog.wording) == "2.19 NPWP LSP"
