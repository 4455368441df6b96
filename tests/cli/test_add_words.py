"""What ``add`` and ``remove`` say in the cases a tester met: the same file given twice,
several files for an item that takes one, an item that takes no files. Real files, real
commands."""

import pytest

from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import new_workspace


@pytest.fixture
def ws(tmp_path):
    return new_workspace(tmp_path / "ws.lspws")


def _held(ws, item):
    workspace = open_workspace(ws)
    try:
        return ([d.name for d in workspace.documents(item)],
                [d.name for d in workspace.documents(item, include_removed=True)])
    finally:
        workspace.close()


def test_the_same_file_again_is_already_attached_and_nothing_is_written(capsys, tmp_path, ws):
    pdf = mk.write(tmp_path, "ok.pdf", mk.pdf_bytes())
    assert cli(capsys, "add", "npwp", pdf, "--workspace", ws)[0] == 0
    code, out, err = cli(capsys, "add", "npwp", pdf, "--workspace", ws)
    assert code == 0 and "sudah terlampir pada 2.9 NPWP LSP" in out and not err
    assert "--replace" not in out + err and "Lepaskan" not in out + err
    copy = mk.write(tmp_path, "salinan.pdf", pdf.read_bytes())  # same bytes, another name
    code, out, _ = cli(capsys, "add", "npwp", copy, "--workspace", ws, "--replace")
    assert code == 0 and "sudah terlampir" in out and "(sebagai ok.pdf)" in out
    # No superseded copy of itself set aside: one row, never removed and added again.
    assert _held(ws, "npwp") == (["ok.pdf"], ["ok.pdf"])
    code, out, _ = cli(capsys, "--lang", "en", "add", "npwp", pdf, "--workspace", ws)
    assert code == 0 and "already attached to 2.9" in out


def test_several_files_for_a_one_file_item_are_refused_before_any_is_attached(
        capsys, tmp_path, ws):
    office = mk.write(tmp_path, "kantor.jpg", mk.image_bytes("JPEG", (1600, 1200)))
    logo = mk.write(tmp_path, "logo.png", mk.image_bytes("PNG", (800, 600)))
    code, out, err = cli(capsys, "add", "foto-kantor", office, logo, "--workspace", ws)
    assert code == 1 and "hanya menerima satu berkas; pilih satu" in err
    assert "--fix" not in err  # photos are what 2.5 takes: nothing to combine
    assert "Lepaskan berkas lama" not in err and not out
    assert _held(ws, "foto-kantor") == ([], [])
    # Photos where a PDF is asked combine: say how.
    code, _, err = cli(capsys, "add", "rekening", office, logo, "--workspace", ws)
    assert code == 1 and "pilih satu, atau gunakan --fix untuk menggabungkan foto" in err
    assert _held(ws, "rekening") == ([], [])
    code, out, _ = cli(capsys, "add", "rekening", office, logo, "--workspace", ws, "--fix")
    assert code == 0 and _held(ws, "rekening")[0] == ["kantor.pdf"]
    # Two PDFs for a one-PDF item combine too, as Gabungkan does.
    first = mk.write(tmp_path, "a.pdf", mk.pdf_bytes(1, title="a"))
    second = mk.write(tmp_path, "b.pdf", mk.pdf_bytes(2, title="b"))
    code, _, err = cli(capsys, "add", "npwp", first, second, "--workspace", ws)
    assert code == 1 and "--fix untuk menggabungkan foto/PDF" in err
    assert _held(ws, "npwp") == ([], [])
    code, out, _ = cli(capsys, "add", "npwp", first, second, "--workspace", ws, "--fix")
    assert code == 0 and "Dibuat dari 2 berkas" in out and len(_held(ws, "npwp")[0]) == 1


@pytest.mark.parametrize("item, words", [
    ("siapkerja", ["1 Akun SIAPkerja", "import-table people", "lsp-desktop person"]),
    ("paket-kompetensi", ["2.14 Data Paket", "import-table packages", "lsp-desktop package"]),
    ("dokumen-skema", ["2.7 Dokumen skema", "lsp-desktop link dokumen-skema URL"]),
    ("berkas-asesor", ["2.11 KTP", "assessor-file remove"]),
])
def test_remove_on_an_item_that_takes_no_files_says_how_it_is_edited(capsys, ws, item, words):
    code, _, err = cli(capsys, "remove", item, "--workspace", ws)
    assert code == 1 and "tidak menerima berkas" in err and "yang cocok" not in err
    for said in words:
        assert said in err
    code, _, err = cli(capsys, "--lang", "en", "remove", item, "--workspace", ws)
    assert code == 1 and "takes no" in err and "matches" not in err


def test_a_file_for_an_item_not_required_of_this_lsp_is_kept_and_said_to_stay_out(
        capsys, tmp_path):
    """A P1 SMK LSP needs no 2.6: the file is kept, and the admin reads that the bundle
    leaves it out (a tester read only "OK")."""
    ws = tmp_path / "smk.lspws"
    assert cli(capsys, "profile", "--workspace", ws, "--name", "LSP SMK", "--type", "P1",
               "--category", "smk")[0] == 0
    pdf = mk.write(tmp_path, "acuan.pdf", mk.pdf_bytes())
    code, out, _ = cli(capsys, "add", "acuan-paket", pdf, "--workspace", ws)
    assert code == 0 and "OK" in out
    assert "2.6 Acuan Paket Kompetensi tidak wajib untuk LSP ini" in out
    assert "tidak dimasukkan ke bundel" in out
    code, out, _ = cli(capsys, "add", "npwp", pdf, "--workspace", ws)  # required: no note
    assert code == 0 and "tidak wajib" not in out


def test_the_same_photos_fixed_again_are_said_to_be_attached_already(capsys, tmp_path, ws):
    photos = [mk.write(tmp_path, f"halaman {i}.jpg",
                       mk.image_bytes("JPEG", (800, 1100), color=(40 * i, 20, 30)))
              for i in range(1, 4)]
    code, out, _ = cli(capsys, "add", "rekening", *photos, "--fix", "--workspace", ws)
    assert code == 0 and "Dibuat dari 3 berkas: halaman 1.pdf" in out
    for extra in ((), ("--replace",)):
        code, out, err = cli(capsys, "add", "rekening", *photos, "--fix", *extra,
                             "--workspace", ws)
        assert code == 0 and "Dibuat dari" not in out and not err
        assert "3 berkas ini sama persis dengan halaman 1.pdf yang sudah terlampir pada 2.10" \
            in out and "Tidak ada yang diubah" in out
    code, out, _ = cli(capsys, "--lang", "en", "add", "rekening", *photos, "--fix",
                       "--workspace", ws)
    assert code == 0 and "Made from" not in out
    assert "these 3 file(s) is the very same as halaman 1.pdf, already attached" in out
    # Nothing written: one file, no superseded copy of itself.
    assert _held(ws, "rekening") == (["halaman 1.pdf"], ["halaman 1.pdf"])
