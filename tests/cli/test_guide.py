"""``lsp-desktop guide --out FILE.html``: the upload guide of a workspace without exporting,
through the output gate like every file written under a name the admin typed."""

from __future__ import annotations

import os
import zipfile

from lsp_desktop.bundle.guide import GUIDE_NAME
from lsp_desktop.bundle.guide_files import write_guide_preview
from lsp_desktop.store.workspace import open_workspace
from tests.bundle.html_page import Page
from tests.cli.running import cli
from tests.fill import fill_everything


def _filled(tmp_path):
    path = tmp_path / "ws.lspws"
    with open_workspace(path) as workspace:
        fill_everything(workspace)
    return path


def test_guide_writes_the_page_the_bundle_holds_owner_only(capsys, tmp_path):
    ws = _filled(tmp_path)
    out = tmp_path / "panduan.html"
    code, said, err = cli(capsys, "guide", "--out", out, "--workspace", ws)
    assert code == 0 and "Panduan unggah disimpan" in said and str(out) in said, err
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    page = Page(out.read_text("utf-8"))
    # Outside a bundle its links cannot open: it says so, and where they would.
    assert "ditulis di luar bundel" in page.words
    links = [a["href"] for a in page.all("a")]
    assert "data/2.09-npwp.pdf" in links
    # The same links as the page inside an exported bundle.
    code, _, _ = cli(capsys, "export", "--out", tmp_path / "b.zip", "--workspace", ws)
    assert code == 0
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        inside = next(n for n in archive.namelist() if n.endswith("/" + GUIDE_NAME))
        bundled = Page(archive.read(inside).decode("utf-8"))
    assert [a["href"] for a in bundled.all("a")] == links


def test_guide_goes_through_the_output_gate(capsys, tmp_path):
    ws = _filled(tmp_path)
    out = tmp_path / "panduan.html"
    out.write_text("punya saya", encoding="utf-8")
    code, _, err = cli(capsys, "guide", "--out", out, "--workspace", ws)
    assert code == 1 and "sudah ada" in err and out.read_text("utf-8") == "punya saya"
    assert cli(capsys, "guide", "--out", out, "--workspace", ws, "--overwrite")[0] == 0
    code, _, err = cli(capsys, "guide", "--out", tmp_path / "panduan.pdf", "--workspace", ws,
                       "--lang", "en")
    assert code == 2 and ".html" in err and not (tmp_path / "panduan.pdf").exists()
    code, _, err = cli(capsys, "guide", "--out", tmp_path / "x.html", "--workspace",
                       tmp_path / "tidak-ada.lspws")
    assert code == 1 and "Traceback" not in err


def test_export_says_the_bundle_is_not_itself_uploaded(capsys, tmp_path):
    ws = _filled(tmp_path)
    code, said, _ = cli(capsys, "export", "--out", tmp_path / "b.zip", "--workspace", ws)
    assert code == 0 and "tidak diunggah" in said and GUIDE_NAME in said
    code, said, _ = cli(capsys, "export", "--out", tmp_path / "c.zip", "--workspace", ws,
                        "--lang", "en")
    assert "not uploaded" in said and "file by file and field by field" in said


def test_the_preview_links_private_copies_at_the_bundles_paths(tmp_path):
    folder = tmp_path / "lihat"
    folder.mkdir(mode=0o700)
    with open_workspace(_filled(tmp_path)) as workspace:
        page_path = write_guide_preview(workspace, folder, "id")
    page = Page(page_path.read_text("utf-8"))
    assert "bukan dari bundel" in page.words
    links = [a["href"] for a in page.all("a")]
    assert "data/2.09-npwp.pdf" in links
    from urllib.parse import unquote

    for href in links:
        copy = folder / unquote(href)
        assert copy.is_file(), href
        if os.name == "posix":
            assert copy.stat().st_mode & 0o777 == 0o600
            assert copy.parent.stat().st_mode & 0o777 == 0o700
