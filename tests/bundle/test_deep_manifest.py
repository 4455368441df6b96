"""A bundle whose contents list (manifest.json) nests deeper than Python reads: the
message names the contents list, never the zip."""

import hashlib
import zipfile

import pytest

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.verify import verify_bundle
from tests.cli.running import cli
from tests.fill import fill_everything


def _with_manifest(workspace, tmp_path, manifest: bytes):
    """A real bundle whose manifest.json is ``manifest``, its tag checksums made again so
    that the contents list is all that is wrong."""
    fill_everything(workspace)
    bundle = export_bundle(workspace, tmp_path / "asli.zip")
    with zipfile.ZipFile(bundle.path) as source:
        files = {name: source.read(name) for name in source.namelist()}
    top = next(iter(files)).split("/")[0]
    files[f"{top}/manifest.json"] = manifest
    tags = f"{top}/tagmanifest-sha256.txt"
    files[tags] = "".join(
        f"{hashlib.sha256(files[f'{top}/{line.split()[1]}']).hexdigest()}  {line.split()[1]}\n"
        for line in files[tags].decode().splitlines()).encode()
    path = tmp_path / "dalam.zip"
    with zipfile.ZipFile(path, "w") as target:
        for name, content in files.items():
            target.writestr(name, content)
    return path


@pytest.fixture
def deep(workspace, tmp_path):
    """100,000 nested lists."""
    return _with_manifest(workspace, tmp_path, b"[" * 100_000 + b"]" * 100_000)


def test_half_a_character_in_the_contents_list_is_its_fault_not_the_zips(
        workspace, tmp_path, capsys):
    """A "\\ud800" escape: read, then met by the first write, its error was the zip's."""
    half = _with_manifest(workspace, tmp_path, b'{"format": "lsp-desktop-bundle", '
                                               b'"lsp": {"name": "Ani\\ud800"}}')
    assert [f.code for f in verify_bundle(half).problems] == ["bundle.manifest_bad_text"]
    code, out, _ = cli(capsys, "verify", half)
    assert code != 0 and "manifest.json" in out and "separuh huruf" in out
    assert "bukan arsip ZIP" not in out and "bersarang" not in out


def test_verify_says_the_contents_list_is_damaged_not_the_zip(deep, capsys):
    assert [f.code for f in verify_bundle(deep).problems] == ["bundle.manifest_unreadable"]
    code, out, _ = cli(capsys, "verify", deep)
    assert code != 0 and "manifest.json" in out and "rusak" in out
    assert "bukan arsip ZIP" not in out
    code, out, _ = cli(capsys, "verify", deep, "--lang", "en")
    assert "contents list (manifest.json) is damaged" in out and "not an intact ZIP" not in out


def test_import_refuses_it_with_the_same_words_and_makes_nothing(deep, capsys, tmp_path):
    target = tmp_path / "impor.lspws"
    code, out, err = cli(capsys, "import", deep, "--workspace", target)
    said = out + err
    assert code != 0 and "manifest.json" in said and "bukan arsip ZIP" not in said
    assert "Traceback" not in said and not target.exists()
