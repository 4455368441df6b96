"""Class 7 (and the bundle half of class 6): one reading of a bundle. Whatever import
refuses, verify calls damaged first, with the same finding; a refusal is ``import.damaged``
(exit 1, never a command-line usage error) and leaves no folder behind; control characters
and NUL in a name are refused at import, so they never reach a CSV or a page."""

from __future__ import annotations

import random

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.circulars.catalog import load_catalog
from lsp_desktop.store.workspace import open_workspace
from tests.cli.running import cli
from tests.fill import fill_everything
from tests.hostile.zips import rewrite_bag


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """One real, complete bundle for every case of this module (made once: ~2 s)."""
    folder = tmp_path_factory.mktemp("bundel")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LSP_DESKTOP_HOME", str(folder / "home"))
        with open_workspace(folder / "asal.lspws", load_catalog()) as workspace:
            fill_everything(workspace)
            return export_bundle(workspace, folder / "bundel.zip").path


def _set(path: str, value):
    """A change to the manifest: ``path`` like data.people.0.nama; value None deletes."""
    def change(manifest):
        *parents, last = path.split(".")
        node = manifest
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node.setdefault(key, {})
        key = int(last) if isinstance(node, list) else last
        if value is _DELETE:
            del node[key]
        else:
            node[key] = value
        return manifest
    return change


_DELETE = object()

# Each a value import cannot take: an unknown kind, platform, role, state, item or choice,
# a missing name, a control character in a name, an impossible date, an over-long text.
REFUSED = {
    "unknown assessor document kind": ("data.assessor_files.0.kind", "paspor"),
    "unknown platform": ("data.social_media.myspace", "https://myspace.com/lsp"),
    "person without a name": ("data.people.0.nama", _DELETE),
    "person with a blank name": ("data.people.0.nama", "   "),
    "person with a null name": ("data.people.0.nama", None),
    "unknown role": ("data.people.0.peran", "direktur"),
    "unknown SIAPkerja state": ("data.people.0.siapkerja", "mungkin"),
    "assessor without a name": ("data.assessors.0.nama", _DELETE),
    "package without a code": ("data.packages.0.kode_paket", _DELETE),
    "assessor file without a person": ("data.assessor_files.0.person", ""),
    "unknown LSP type": ("profile.lsp_type", "P9"),
    "unknown category": ("profile.category", "kapal-selam"),
    "impossible SK date": ("data.it_staff.0.tanggal_sk", "2025-02-31"),
    "link to an unknown item": ("links.tidak-ada", "https://contoh.id"),
    "an over-long name": ("data.people.0.nama", "A" * 600),
    "NUL in a file name": ("requirements.FILE.files.0.name", "a\x00b.pdf"),
    "newline in a file name": ("requirements.FILE.files.0.name", "a\nb.pdf"),
    "escape in a file name": ("requirements.FILE.files.0.name", "\x1b[2Jx.pdf"),
    "CR in a person's name": ("data.people.0.nama", "Budi\rSanti"),
    "NUL in an assessor file name": ("data.assessor_files.0.name", "ktp\x00.pdf"),
    "tab in a package code": ("data.packages.0.kode_paket", "PK\t01"),
    "newline in the LSP's name": ("profile.name", "LSP\nSEMUA SIAP"),
    "escape in the participant's name": ("data.it_staff.0.nama", "Budi\x1b[2J"),
}


def _resolved(manifest, path: str) -> str:
    index = next(i for i, r in enumerate(manifest["requirements"]) if r.get("files"))
    return path.replace("FILE", str(index))


def _crafted(bundle, tmp_path, path, value):
    def change(manifest):
        return _set(_resolved(manifest, path), value)(manifest)
    return rewrite_bag(bundle, tmp_path / "olahan.zip", change)


def _assert_one_reading(crafted, tmp_path):
    """Verify calls it damaged; import refuses with the same words, leaving nothing."""
    result = verify_bundle(crafted)
    assert result.status == "damaged", [f.message("en") for f in result.problems]
    target = tmp_path / "baru" / "di" / "sini" / "kerja.lspws"
    with pytest.raises(LspError) as caught:
        import_bundle(crafted, target)
    assert caught.value.code == "import.damaged"
    assert result.problems[0].message("id").rstrip(".") in caught.value.message("id")
    assert not (tmp_path / "baru").exists()
    return caught.value


@pytest.mark.parametrize("case", REFUSED)
def test_what_import_refuses_verify_calls_damaged(bundle, tmp_path, case):
    refusal = _assert_one_reading(_crafted(bundle, tmp_path, *REFUSED[case]), tmp_path)
    for lang in ("id", "en"):
        message = refusal.message(lang)
        assert "\x00" not in message and "\n" not in message and "\x1b" not in message
        assert "lsp-desktop" not in message and "--" not in message


def test_the_cli_refuses_such_an_import_with_exit_1(bundle, tmp_path, capsys):
    crafted = _crafted(bundle, tmp_path, *REFUSED["unknown platform"])
    code, out, err = cli(capsys, "import", crafted, "--workspace", tmp_path / "x" / "baru.lspws")
    assert code == 1 and "myspace" in err and "Traceback" not in err
    assert not (tmp_path / "x").exists()
    code, out, _ = cli(capsys, "verify", crafted)
    assert code == 1 and "UTUH" not in out


@pytest.mark.parametrize("seed", range(12))
def test_generated_changes_never_split_verify_and_import(bundle, tmp_path, seed):
    """A few of the refused values at once, in other rows: verify and import agree."""
    chooser = random.Random(seed)
    cases = chooser.sample(sorted(REFUSED), k=chooser.randint(1, 3))
    changes = [REFUSED[case] for case in cases]

    def change(manifest):
        for path, value in changes:
            manifest = _set(_resolved(manifest, path), value)(manifest)
        return manifest
    _assert_one_reading(rewrite_bag(bundle, tmp_path / "olahan.zip", change), tmp_path)


def test_the_untouched_bundle_still_verifies_and_imports(bundle, tmp_path):
    assert verify_bundle(bundle).status == "intact"
    assert import_bundle(bundle, tmp_path / "a" / "b.lspws").exists()


def _swap_document(bundle, target, content: bytes, assessor: bool = False):
    """A bundle whose first document (or assessor document) is other bytes, with every
    checksum, size and the Payload-Oxum made to match, as an attacker would."""
    import hashlib
    import json
    import re
    import zipfile

    with zipfile.ZipFile(bundle) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    top = next(iter(members)).split("/")[0]
    manifest = json.loads(members[f"{top}/manifest.json"])
    if assessor:
        file = manifest["data"]["assessor_files"][0]
    else:
        file = next(r for r in manifest["requirements"] if r.get("files"))["files"][0]
    members[f"{top}/{file['path']}"] = content
    file["sha256"], file["size"] = hashlib.sha256(content).hexdigest(), len(content)
    members[f"{top}/manifest.json"] = json.dumps(manifest).encode()
    payload = sorted(n for n in members if n.startswith(f"{top}/data/"))
    members[f"{top}/manifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(members[n]).hexdigest()}  {n[len(top) + 1:]}\n"
        for n in payload).encode()
    oxum = f"{sum(len(members[n]) for n in payload)}.{len(payload)}"
    members[f"{top}/bag-info.txt"] = re.sub(
        rb"Payload-Oxum: [0-9.]+", f"Payload-Oxum: {oxum}".encode(),
        members[f"{top}/bag-info.txt"])
    tags = sorted(n for n in members
                  if "/data/" not in n and not n.endswith("tagmanifest-sha256.txt"))
    members[f"{top}/tagmanifest-sha256.txt"] = "".join(
        f"{hashlib.sha256(members[n]).hexdigest()}  {n[len(top) + 1:]}\n"
        for n in tags).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return target


# A picture is a fine 2.11 document, so it is crafted only into a file item.
@pytest.mark.parametrize("kind,assessor", [
    (kind, assessor) for kind in ("png", "zip", "empty", "text") for assessor in (False, True)
    if not (assessor and kind == "png")])
def test_a_document_its_item_would_refuse_makes_verify_say_damaged(bundle, tmp_path, kind,
                                                                   assessor):
    from tests import makefiles as mk

    content = {"png": mk.image_bytes("PNG", (600, 400)),
               "zip": mk.zip_with({"a.txt": b"x"}), "empty": b"",
               "text": b"bukan dokumen\n" * 10}[kind]
    crafted = _swap_document(bundle, tmp_path / "olahan.zip", content, assessor)
    refusal = _assert_one_reading(crafted, tmp_path)
    assert "tak terduga" not in refusal.message("id")


def _agree(crafted, tmp_path):
    """Verify and import agree: both accept, or verify says damaged and import refuses."""
    result = verify_bundle(crafted)
    target = tmp_path / "setuju" / "kerja.lspws"
    if result.status in ("intact", "incomplete", "draft"):
        assert import_bundle(crafted, target).exists()
    else:
        with pytest.raises(LspError) as caught:
            import_bundle(crafted, target)
        assert caught.value.code == "import.damaged", caught.value.message("en")
        assert not (tmp_path / "setuju").exists()


@pytest.mark.parametrize("table", ["people", "assessors", "packages", "it_staff"])
@pytest.mark.parametrize("value", [None, "x" * 600])
def test_any_row_value_changed_keeps_verify_and_import_agreed(bundle, tmp_path, table,
                                                              value):
    import json
    import zipfile

    with zipfile.ZipFile(bundle) as archive:
        name = next(n for n in archive.namelist() if n.endswith("/manifest.json"))
        manifest = json.loads(archive.read(name))
    rows = manifest["data"][table]
    assert rows, table
    for key in sorted(rows[0]):
        crafted = rewrite_bag(bundle, tmp_path / f"{table}-{key}.zip",
                              _set(f"data.{table}.0.{key}", value))
        _agree(crafted, tmp_path / key)
