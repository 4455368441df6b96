"""What the command line writes under a name the user typed never replaces an existing
file unless --overwrite says so, never one of its own inputs even then, and is named for
what it holds. Real files, real commands, in temporary folders."""

import os
import zipfile

import pytest

from lsp_desktop.cli.main import run
from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import new_workspace


@pytest.fixture
def ws(tmp_path):
    return new_workspace(tmp_path / "ws.lspws")


@pytest.fixture
def original(tmp_path):
    """The admin's own PDF, which no command may replace unasked."""
    return mk.write(tmp_path, "sk_lisensi.pdf", mk.pdf_bytes(2))


def _export(capsys, ws, out, *extra):
    return cli(capsys, "export", "--out", out, "--allow-incomplete", "--workspace", ws, *extra)


def test_export_never_replaces_an_existing_file_unasked(capsys, tmp_path, ws, original):
    before = original.read_bytes()
    bundle = tmp_path / "bundel.zip"
    bundle.write_bytes(b"an older bundle")
    code, _, err = _export(capsys, ws, bundle)
    assert code == 1 and "sudah ada dan tidak ditimpa" in err and "--overwrite" in err
    assert bundle.read_bytes() == b"an older bundle"
    code, _, err = _export(capsys, ws, bundle, "--lang", "en")
    assert code == 1 and "already exists and was not overwritten" in err
    code, out, _ = _export(capsys, ws, bundle, "--overwrite")
    assert code == 0 and zipfile.is_zipfile(bundle)
    # The tester's case: a PDF named as --out gets ".zip" added, the PDF stays.
    code, out, _ = _export(capsys, ws, original)
    assert code == 0 and "sk_lisensi.pdf.zip" in out
    assert original.read_bytes() == before and zipfile.is_zipfile(f"{original}.zip")


def test_export_adds_zip_and_refuses_a_folder_or_its_workspace(capsys, tmp_path, ws):
    code, out, _ = _export(capsys, ws, tmp_path / "bundel")
    assert code == 0 and zipfile.is_zipfile(tmp_path / "bundel.zip") and "bundel.zip" in out
    code, _, err = _export(capsys, ws, tmp_path)
    assert code == 1 and "adalah sebuah folder" in err and "disk" not in err
    assert not (tmp_path.parent / f"{tmp_path.name}.zip").exists()
    code, _, err = _export(capsys, ws, tmp_path, "--lang", "en")
    assert code == 1 and "is a folder, not a file name" in err
    workspace_bytes = ws.read_bytes()
    code, _, err = _export(capsys, ws, ws, "--overwrite")
    assert code == 0  # "ws.lspws" is not a .zip: it became ws.lspws.zip beside it
    assert ws.read_bytes() == workspace_bytes
    renamed = tmp_path / "ws.zip"
    renamed.write_bytes(b"")
    os.replace(ws, renamed)  # a workspace that happens to be called .zip
    code, _, err = _export(capsys, renamed, renamed, "--overwrite")
    assert code == 1 and "masukan" in err


@pytest.mark.parametrize("command", [
    ["fix", "to-pdf", "{photo}", "--out"],
    ["fix", "compress", "{photo}", "--out"],
    ["report", "--workspace", "{ws}", "--out"],
    ["guide", "--workspace", "{ws}", "--out"],
    ["export-table", "people", "--workspace", "{ws}"],
    ["export", "--allow-incomplete", "--workspace", "{ws}", "--out"],
])
def test_every_output_refuses_a_folder_that_does_not_exist(capsys, tmp_path, ws, command):
    photo = mk.write(tmp_path, "hal1.jpg", mk.image_bytes("JPEG", (400, 300)))
    name = {"fix": "x.pdf" if command[1] == "to-pdf" else "x.jpg", "report": "r.pdf",
            "guide": "g.html", "export-table": "t.csv", "export": "b.zip"}[command[0]]
    out = tmp_path / "tidak-ada" / "dalam" / name
    args = [a.format(photo=photo, ws=ws) for a in command] + [out]
    code, stdout, err = cli(capsys, *args)
    assert code == 1 and not (tmp_path / "tidak-ada").exists()
    assert f"Folder {out.parent} tidak ada" in err and "Buat folder itu dulu" in err
    code, _, err = cli(capsys, "--lang", "en", *args)
    assert code == 1 and f"The folder {out.parent} does not exist" in err


def test_report_refuses_existing_and_wrong_extension(capsys, tmp_path, ws, original):
    before = original.read_bytes()
    code, _, err = cli(capsys, "report", "--out", original, "--workspace", ws)
    assert code == 1 and "sudah ada" in err and original.read_bytes() == before
    code, _, err = cli(capsys, "report", "--out", tmp_path / "x.txt", "--workspace", ws)
    assert code == 2 and ".pdf / .html" in err
    assert not (tmp_path / "x.txt").exists() and not (tmp_path / "x.txt.pdf").exists()
    code, _, err = cli(capsys, "report", "--out", tmp_path / "x.txt", "--workspace", ws,
                       "--lang", "en")
    assert code == 2 and "only writes files ending in .pdf / .html / .htm" in err
    code, out, _ = cli(capsys, "report", "--out", original, "--workspace", ws, "--overwrite")
    assert code == 0 and original.read_bytes() != before


def test_export_table_refuses_existing_unless_overwrite(capsys, tmp_path, ws):
    table = mk.write(tmp_path, "orang.csv", b"nama\nmilik admin\n")
    code, _, err = cli(capsys, "export-table", "people", table, "--workspace", ws)
    assert code == 1 and "--overwrite" in err and table.read_bytes() == b"nama\nmilik admin\n"
    code, _, err = cli(capsys, "export-table", "people", ws, "--workspace", ws, "--overwrite")
    assert code == 2 and ".csv / .xlsx" in err
    code, _, _ = cli(capsys, "export-table", "people", table, "--workspace", ws, "--overwrite")
    assert code == 0 and b"milik admin" not in table.read_bytes()


@pytest.fixture
def photo(tmp_path):
    return mk.write(tmp_path, "scan.jpg", mk.image_bytes("JPEG", (400, 300)))


@pytest.mark.parametrize("action, out_name, extra", [
    ("compress", "kecil.pdf", []),
    ("rotate", "r.pdf", ["--degrees", "90"]),
    ("combine", "g.jpg", []),
    ("to-pdf", "g.png", []),
])
def test_fix_refuses_an_out_named_for_another_format(capsys, tmp_path, photo, action,
                                                     out_name, extra):
    out = tmp_path / out_name
    code, _, err = cli(capsys, "fix", action, photo, "--out", out, *extra)
    assert code == 1 and "Tidak ada yang ditulis" in err and not out.exists()
    wanted = ".pdf" if action in ("combine", "to-pdf") else ".jpg"
    assert wanted in err
    code, _, err = cli(capsys, "--lang", "en", "fix", action, photo, "--out", out, *extra)
    assert code == 1 and f"Use a name ending in {wanted}" in err


@pytest.mark.parametrize("action, out_name, extra", [
    ("compress", "kecil.jpg", []),
    ("rotate", "r.jpg", ["--degrees", "90"]),
    ("combine", "g.pdf", []),
    ("to-pdf", "g.pdf", []),
])
def test_each_fix_keeps_existing_files_and_its_input(capsys, tmp_path, photo, original,
                                                     action, out_name, extra):
    out = mk.write(tmp_path, out_name, b"the admin's own file")
    code, _, err = cli(capsys, "fix", action, photo, "--out", out, *extra)
    assert code == 1 and "sudah ada" in err and out.read_bytes() == b"the admin's own file"
    code, _, _ = cli(capsys, "fix", action, photo, "--out", out, "--overwrite", *extra)
    assert code == 0 and out.read_bytes() != b"the admin's own file"
    before = photo.read_bytes()
    code, _, err = cli(capsys, "fix", action, photo, "--out", photo, "--overwrite", *extra)
    assert code == 1 and "berkas masukan" in err and photo.read_bytes() == before


def test_add_says_a_failing_file_was_attached(capsys, tmp_path, ws):
    broken = mk.write(tmp_path, "rusak.pdf", mk.pdf_bytes()[:40])
    code, _, err = cli(capsys, "add", "sk-lisensi", broken, "--workspace", ws)
    assert code == 1
    assert "dilampirkan ke 2.1 SK Lisensi LSP, tetapi belum memenuhi ketentuan" in err
    assert "butir sk-lisensi" not in err  # the item as the admin knows it, not its id
    assert "--replace" in err and "lsp-desktop remove sk-lisensi" in err
    other = mk.write(tmp_path, "rusak2.pdf", mk.pdf_bytes(2)[:40] + b"x")  # other bytes
    code, _, err = cli(capsys, "--lang", "en", "add", "sk-lisensi", other, "--workspace", ws,
                       "--replace")
    assert code == 1 and "was attached to 2.1 LSP licence decree (SK Lisensi), but" in err
    good = mk.write(tmp_path, "sk.pdf", mk.pdf_bytes())
    code, _, err = cli(capsys, "add", "sk-lisensi", good, "--workspace", ws, "--replace")
    assert code == 0 and "dilampirkan" not in err


@pytest.mark.parametrize("typed", ["30/04/2025", "2025-04-30", "30 April 2025", "30 Apr 2025",
                                   "30-04-2025"])
def test_sk_date_is_stored_normalised(capsys, ws, typed):
    cli(capsys, "participant", "--person", "Rina", "--add", "--workspace", ws)
    code, out, _ = cli(capsys, "participant", "--sk-date", typed, "--json", "--workspace", ws)
    assert code == 0 and '"sk_date": "2025-04-30"' in out


@pytest.mark.parametrize("typed", ["2025-13-01", "31/02/2025", "besok", "30 Foo 2025"])
def test_impossible_sk_date_is_refused_and_nothing_saved(capsys, ws, typed):
    code, _, err = cli(capsys, "participant", "--person", "Rina", "--add", "--sk-date", typed,
                       "--workspace", ws)
    assert code == 2 and f"'{typed}'" in err and "Tidak ada yang disimpan" in err
    code, out, _ = cli(capsys, "participant", "--json", "--workspace", ws)
    assert '"name": ""' in out  # Rina was not added either
    code, _, err = cli(capsys, "--lang", "en", "participant", "--sk-date", typed,
                       "--workspace", ws)
    assert code == 2 and "is not a real date" in err


def test_a_saved_landline_whatsapp_exits_0_with_the_warning_said(capsys, ws):
    cli(capsys, "participant", "--person", "Rina", "--add", "--role", "Pelaksana",
        "--workspace", ws)
    code, out, err = cli(capsys, "participant", "--whatsapp", "021555123", "--workspace", ws)
    # Only the app's advice (a landline is not WhatsApp): said, saved, and a warning exits 0
    # as everywhere on the command line.
    assert code == 0 and "[peringatan]" in out and "Tersimpan." in out
    assert "Disimpan, tetapi" not in err
    assert "saran aplikasi ini, bukan syarat surat edaran" in out
    code, out, err = cli(capsys, "--lang", "en", "participant", "--whatsapp", "081234567891",
                         "--workspace", ws)
    assert code == 0 and "Saved." in out


@pytest.mark.parametrize("args, indonesian, english", [
    (["profile", "--type", "P9"], "pilih salah satu: 'P1', 'P2', 'P3'", "'P1', 'P2', 'P3'"),
    (["profile", "--type", "P1", "--category", "blk"], "smk", "Choose one of: smk"),
    (["profile", "--skkk", "maybe"], "tulis ya atau tidak", "write yes or no"),
    (["fix", "rotate", "a.jpg", "--out", "b.jpg", "--degrees", "45"],
     "pilih 90, 180 atau 270", "choose 90, 180 or 270"),
    (["fix", "rotate", "a.pdf", "--out", "b.pdf", "--degrees", "90", "--pages", "0"],
     "mulai dari 1", "page numbers from 1"),
    (["fix", "compress", "a.jpg", "--out", "b.jpg", "--max-bytes", "-5"],
     "bilangan bulat di atas 0", "a whole number above 0"),
    (["social", "set", "Myspace", "x"], "'instagram'", "'instagram'"),
])
def test_bad_values_are_usage_errors_in_both_languages(capsys, ws, args, indonesian, english):
    workspace = ["--workspace", ws] if args[0] != "fix" else []
    code, out, err = cli(capsys, *args, *workspace)
    assert code == 2 and indonesian in err and "Traceback" not in err
    code, out, err = cli(capsys, *args, *workspace, "--lang", "en")
    assert code == 2 and english in err
    assert "di bawah -5" not in err


def test_role_and_platform_are_case_insensitive(capsys, ws):
    code, _, _ = cli(capsys, "participant", "--person", "Rina", "--add", "--role", "Pelaksana",
                     "--workspace", ws)
    assert code == 0
    code, out, _ = cli(capsys, "social", "set", "Instagram", "@lsp", "--workspace", ws)
    assert code == 0 and "Instagram" in out and "@lsp" in out


def test_help_is_translated_and_add_lists_the_items(capsys):
    with pytest.raises(SystemExit):
        run(["--help"])
    out = capsys.readouterr().out
    assert "tampilkan versi program" in out and "show program's version" not in out
    with pytest.raises(SystemExit):
        run(["add", "--help"])
    out = capsys.readouterr().out
    assert "lsp-desktop status" in out and "sk-lisensi" in out and "npwp" in out
    with pytest.raises(SystemExit):
        run(["--lang", "en", "export", "--help"])
    assert "--overwrite" in capsys.readouterr().out
