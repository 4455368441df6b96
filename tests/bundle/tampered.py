"""Tampered bundles as a receiver may get them, for the tests of what verify says."""

import hashlib
import json
import zipfile

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.workspace import open_workspace
from tests.fill import fill_everything


def _rewrite(source, target, change):
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, change(name, src.read(name)))


def tampered_bundles(tmp_path):
    """Two bundles: manifest.json edited (its check code no longer matches) plus a file
    slipped in; and a hand-made one whose manifest.json has the wrong shape."""
    bundle = tmp_path / "asli.zip"
    with open_workspace(tmp_path / "sumber.lspws") as ws:
        fill_everything(ws)
        export_bundle(ws, bundle)
    edited = tmp_path / "diubah.zip"
    _rewrite(bundle, edited, lambda name, data: data + b" " if name.endswith(
        "/manifest.json") else data)
    with zipfile.ZipFile(edited, "a") as archive:
        top = archive.namelist()[0].split("/")[0]
        archive.writestr(f"{top}/data/sisipan.pdf", b"%PDF-1.4 sisipan")
    shaped = tmp_path / "bentuk.zip"
    with zipfile.ZipFile(bundle) as src:
        files = {name: src.read(name) for name in src.namelist()}
    manifest = next(name for name in files if name.endswith("/manifest.json"))
    data = json.loads(files[manifest])
    data["requirements"] = {"a": 1}
    files[manifest] = json.dumps(data).encode()
    tags = next(name for name in files if name.endswith("/tagmanifest-sha256.txt"))
    files[tags] = "".join(
        f"{hashlib.sha256(files[f'{top}/{line.split()[1]}']).hexdigest()}  {line.split()[1]}\n"
        for line in files[tags].decode().splitlines()).encode()
    with zipfile.ZipFile(shaped, "w") as dst:
        for name, content in files.items():
            dst.writestr(name, content)
    return edited, shaped
