"""Tampered bundles as a receiver may get them, for the tests of what verify says."""

import hashlib
import json
import zipfile

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.workspace import open_workspace
from tests.fill import fill_everything
from tests.makefiles import encrypted_pdf


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


def lying_bundle(tmp_path):
    """A draft bundle whose contents list was rewritten to call every item ready, with
    every checksum after it recomputed (as the tester's tamper_bundle.py state-lie does):
    2.2 holds a password-locked PDF and 2.10 no file at all. Also the honest draft."""
    honest = tmp_path / "draf.zip"
    with open_workspace(tmp_path / "sumber-draf.lspws") as ws:
        fill_everything(ws)
        for document in ws.documents("rekening"):
            ws.remove(document.id)
        ws.attach_bytes("sertifikat-lisensi", "sertifikat.pdf", encrypted_pdf("rahasia"),
                        source_path=None, replace_existing=True)
        export_bundle(ws, honest, allow_incomplete=True)
    def all_ready(data):
        for item in data["requirements"]:
            item["state"] = "ok"
        data["draft"] = False
        data["progress"]["ready"] = data["progress"]["applicable"]

    lying = with_manifest(honest, tmp_path / "bohong.zip", all_ready)
    return lying, honest


def with_manifest(source, target, change):
    """``source`` with its manifest.json changed by ``change(data)`` and every checksum
    recomputed after it: the checksums match, whatever the contents list now says."""
    with zipfile.ZipFile(source) as src:
        files = {name: src.read(name) for name in src.namelist()}
    top = next(iter(files)).split("/")[0]
    data = json.loads(files[f"{top}/manifest.json"])
    change(data)
    files[f"{top}/manifest.json"] = json.dumps(data, ensure_ascii=False).encode()
    info = files[f"{top}/bag-info.txt"].decode()
    files[f"{top}/bag-info.txt"] = info.replace("DRAF (belum lengkap)", "LENGKAP").encode()
    tags = sorted(n for n in files if "/data/" not in n and not n.endswith("/")
                  and not n.endswith("tagmanifest-sha256.txt"))
    files[f"{top}/tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(files[n]).hexdigest()}  {n[len(top) + 1:]}\n" for n in tags).encode()
    with zipfile.ZipFile(target, "w") as dst:
        for name, content in files.items():
            dst.writestr(name, content)
    return target
