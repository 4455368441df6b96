"""Messages the window and the command line share are said in the command line's words:
"--replace" rather than the window's Ganti, "lsp-desktop import" rather than Berkas > Buka
bundel."""

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.workspace import open_workspace
from tests.cli.running import cli
from tests.fill import fill_everything
from tests.makefiles import image_bytes, write


def test_fix_on_an_item_that_has_its_file_points_to_replace(capsys, tmp_path):
    ws = tmp_path / "ws.lspws"
    with open_workspace(ws) as workspace:
        fill_everything(workspace)
    photos = [write(tmp_path, f"IMG_{n}.jpg", image_bytes("JPEG", (900, 1200)))
              for n in (1, 2)]
    code, _, err = cli(capsys, "add", "npwp", "--fix", *photos, "--workspace", ws)
    assert code == 1 and "--replace" in err and "Ganti" not in err


def test_a_bundle_given_as_a_document_points_to_the_import_command(capsys, tmp_path):
    ws = tmp_path / "ws.lspws"
    bundle = tmp_path / "bundel.zip"
    with open_workspace(ws) as workspace:
        fill_everything(workspace)
        export_bundle(workspace, bundle)
    code, _, err = cli(capsys, "add", "npwp", bundle, "--workspace", ws, "--replace")
    assert code == 1 and "lsp-desktop import BUNDEL.zip" in err and "Berkas >" not in err
    code, out, _ = cli(capsys, "check", bundle, "--lang", "en")
    assert code == 1 and "lsp-desktop import BUNDLE.zip" in out and "File >" not in out
