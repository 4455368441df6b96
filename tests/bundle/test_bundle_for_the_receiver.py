"""What the receiver at BNSP opens: a readme first, links in the circular's order, times
with their offset, all still a valid BagIt bag."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile

import bagit

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.verify import verify_bundle
from tests.fill import FOLDER, fill_everything


def _export(workspace, tmp_path, now=None):
    fill_everything(workspace)
    workspace.set_link("dokumen-skema", FOLDER)      # 2.7
    workspace.set_link("berkas-asesor", FOLDER + "2")  # 2.11
    return export_bundle(workspace, tmp_path / "bundel.zip", allow_incomplete=True, now=now)


def _read(bundle, name):
    with zipfile.ZipFile(bundle.path) as archive:
        return archive.read(f"{bundle.top}/{name}").decode("utf-8")


def test_links_are_listed_in_the_circulars_order(workspace, tmp_path):
    bundle = _export(workspace, tmp_path)
    points = [line.split()[0] for line in _read(bundle, "data/tautan.txt").splitlines()]
    assert points == ["2.07", "2.11"]


def test_export_time_carries_its_offset_like_the_documents(workspace, tmp_path):
    bundle = _export(workspace, tmp_path, now=dt.datetime(2026, 5, 4, 9, 30))
    stamp = re.search(r"^Export-Time: (.+)$", _read(bundle, "bag-info.txt"), re.M).group(1)
    assert dt.datetime.fromisoformat(stamp).utcoffset() is not None, stamp
    manifest = json.loads(_read(bundle, "manifest.json"))
    assert dt.datetime.fromisoformat(manifest["exported_at"]).utcoffset() is not None
    added = next(f["added_at"] for r in manifest["requirements"] for f in r["files"])
    assert dt.datetime.fromisoformat(added).utcoffset() is not None


def test_a_readme_in_both_languages_is_listed_as_a_tag_file(workspace, tmp_path):
    bundle = _export(workspace, tmp_path)
    readme = _read(bundle, "BACA-SAYA.txt")
    for words in ("LSP Teknologi Digital", "SE.007/BNSP/IV/2025", "lsp-desktop verify",
                  "Periksa bundel", "BagIt", "data/", "English", "Verify bundle"):
        assert words in readme, words
    assert "BACA-SAYA.txt" in _read(bundle, "tagmanifest-sha256.txt")
    assert verify_bundle(bundle.path).problems == []
    with zipfile.ZipFile(bundle.path) as archive:
        archive.extractall(tmp_path / "unpacked")
    bagit.Bag(str(tmp_path / "unpacked" / bundle.top)).validate()
