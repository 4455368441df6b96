"""PANDUAN-UNGGAH.html, the page for the person at the BNSP form, as they open it: from the
unzipped bundle, with no app and no internet. Every link opens a member beside it, every
value is escaped, and nothing in the page can reach the network."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.guide import GUIDE_NAME
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests.bundle.html_page import Page
from tests.fill import FOLDER, fill_everything

HOSTILE = "<script>alert('x')</script>"


def _unzip(result, tmp_path: Path) -> Path:
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(tmp_path / "unzipped")
    return tmp_path / "unzipped" / result.top


def _page(folder: Path) -> Page:
    return Page((folder / GUIDE_NAME).read_text("utf-8"))


@pytest.fixture
def complete(workspace, tmp_path):
    fill_everything(workspace)
    result = export_bundle(workspace, tmp_path / "lengkap.zip")
    assert not result.draft
    return result, _unzip(result, tmp_path)


@pytest.fixture
def draft(workspace, tmp_path):
    """A draft whose people, LSP and social media carry markup, and whose NPWP is gone."""
    fill_everything(workspace)
    workspace.set_profile(name=f"LSP {HOSTILE} & Co", licence="<b>lisensi</b>",
                          lsp_type="P1", category="smk")
    workspace.remove(workspace.documents("npwp")[0].id)
    records = Records(workspace)
    records.set_social_media("instagram", '"><img src=x onerror=alert(1)>')
    person = records.save_person(Person(None, f"Eka {HOSTILE}", "asesor", "3174055708900009",
                                        "", "", "terdaftar"))
    records.save_assessor_data(AssessorData(person.id, "MET.000.000001 2024", "0000001",
                                            "2024-01-02", "", "<i>TIK</i>"))
    result = export_bundle(workspace, tmp_path / "draf.zip", allow_incomplete=True)
    assert result.draft
    return result, _unzip(result, tmp_path)


def _links(page: Page) -> list[str]:
    return [a["href"] for a in page.all("a") if "href" in a]


def test_every_link_opens_a_member_of_the_unzipped_bundle(complete):
    result, folder = complete
    page = _page(folder)
    links = _links(page)
    assert links, "the guide links the files to upload"
    for href in links:
        assert not href.startswith(("/", "http", "file:")) and ".." not in href, href
        assert (folder / unquote(href)).is_file(), href
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    uploads = [f["path"] for item in manifest["requirements"] for f in item["files"]]
    assert set(uploads) <= {unquote(h) for h in links}
    # With its size and SHA-256, to compare with the summary.
    for item in manifest["requirements"]:
        for file in item["files"]:
            assert file["sha256"] in page.words


def test_the_guide_follows_the_circulars_order_and_names_what_to_type(complete):
    _, folder = complete
    page = _page(folder)
    points = [s["id"].removeprefix("item-") for s in page.all("section")]
    assert points[:3] == ["1", "2.1", "2.2"] and points.index("2.7") < points.index("2.11")
    assert points[-1] == "4"
    words = page.words
    # The Drive link to paste, the social account and the participant to type.
    copies = [b["data-copy"] for b in page.all("button") if "data-copy" in b]
    assert FOLDER in copies and "@lsp_tik" in copies and "Dedi Kurniawan" in copies
    assert "MET.000.001573 2025" in copies and "0012345" in copies  # 2.12 Nomor Blanko
    assert "Media sosial: Instagram" in words and "instagram" not in words  # its name
    assert "Bundel (berkas ZIP) itu sendiri tidak diunggah" in words
    assert "15 dari 15 siap" in words  # P3, no SKKK: all but 2.13 apply
    assert "Ekstrak dulu seluruh berkas ZIP" in words  # opened inside the zip, no link would open
    assert "DRAF" not in words and "BELUM SIAP" not in words


def test_each_entry_has_a_tick_box_remembered_under_the_bundles_identity(complete, workspace,
                                                                          tmp_path):
    result, folder = complete
    page = _page(folder)
    boxes = [i for i in page.all("input") if i.get("type") == "checkbox"]
    keys = [box["data-key"] for box in boxes]
    assert len(keys) >= 15 and len(set(keys)) == len(keys)
    data = json.loads(re.search(r'id="guide-data">(.*?)</script>',
                                (folder / GUIDE_NAME).read_text("utf-8")).group(1))
    assert data["identity"].startswith(result.top)
    assert "localStorage" in "".join(page.scripts)
    # Another export of the same files: the same keys, so a tick given stays; a file
    # replaced gets a new key, so a tick given to the old one does not carry over.
    workspace.attach_bytes("npwp", "npwp-baru.pdf", b"%PDF-1.4\n% baru\n%%EOF\n",
                           replace_existing=True)
    again = export_bundle(workspace, tmp_path / "lagi.zip", allow_incomplete=True)
    (tmp_path / "lagi").mkdir()
    with zipfile.ZipFile(again.path) as archive:
        archive.extractall(tmp_path / "lagi")
    new_keys = [i["data-key"] for i in _page(tmp_path / "lagi" / again.top).all("input")]
    assert len(set(keys) - set(new_keys)) == 1


def test_a_draft_is_marked_at_the_top_and_at_each_item_not_ready(draft):
    _, folder = draft
    page = _page(folder)
    words = page.words
    assert words.index("DRAF") < words.index("2.1")
    not_ready = [s["id"] for s in page.all("section") if "not-ready" in s.get("class", "")]
    assert "item-2.9" in not_ready and "item-2.1" not in not_ready
    assert words.count("BELUM SIAP: ") == len(not_ready)
    # P1 SMK: 2.6 and 2.14 are not asked of it, and say so.
    skipped = [s["id"] for s in page.all("section") if "not-required" in s.get("class", "")]
    assert {"item-2.6", "item-2.14"} <= set(skipped)
    assert words.count("Tidak wajib bagi LSP ini") == len(skipped)


def test_every_value_is_escaped(draft):
    _, folder = draft
    text = (folder / GUIDE_NAME).read_text("utf-8")
    page = _page(folder)
    assert "<script>alert" not in text and "<img" not in text and "<b>lisensi" not in text
    assert len(page.all("script")) == 2  # the page's own: its data and its code
    assert not page.all("img") and not page.all("iframe") and not page.all("i")
    assert not [a for _, attrs in page.elements for a in attrs if a.startswith("on")]
    # …and shown as typed, for the person to read and copy.
    assert f"Eka {HOSTILE}" in page.words and f"LSP {HOSTILE} & Co" in page.words
    copies = [b["data-copy"] for b in page.all("button") if "data-copy" in b]
    assert '"><img src=x onerror=alert(1)>' in copies
    # A direction override (U+202E) never reaches a guide: it is refused when typed or
    # imported, and a value stored before that stops the export (tests/bundle/test_bundle).


@pytest.mark.parametrize("bundle", ["complete", "draft"])
def test_the_page_loads_nothing_from_outside(bundle, request):
    _, folder = request.getfixturevalue(bundle)
    text = (folder / GUIDE_NAME).read_text("utf-8")
    page = _page(folder)
    for _, attrs in page.elements:
        for name in ("src", "href", "action", "srcset", "data", "poster", "background"):
            value = attrs.get(name, "").strip().lower()
            assert not value.startswith(("http:", "https:", "//", "ftp:", "data:")), value
    assert not page.all("link") and not page.all("img") and not page.all("form")
    assert all("src" not in attrs for tag, attrs in page.elements if tag == "script")
    style = "".join(page.styles).lower()
    assert "@import" not in style and "url(" not in style
    code = "".join(page.scripts)
    for reaching in ("fetch(", "XMLHttpRequest", "import(", "WebSocket", "sendBeacon"):
        assert reaching not in code
    # The Drive links are text to copy, never something the page loads or links.
    assert FOLDER in text and not [h for h in _links(page) if "drive.google" in h]
    [csp] = [m["content"] for m in page.all("meta")
             if m.get("http-equiv") == "Content-Security-Policy"]
    for rule in ("default-src 'none'", "style-src 'unsafe-inline'",
                 "script-src 'unsafe-inline'", "img-src data:", "connect-src 'none'",
                 "form-action 'none'"):
        assert rule in csp


def test_verify_and_import_accept_a_bundle_with_its_guide(complete, catalog, tmp_path):
    result, folder = complete
    check = verify_bundle(result.path)
    assert check.status == "intact" and check.problems == []
    assert GUIDE_NAME in (folder / "tagmanifest-sha256.txt").read_text("utf-8")
    assert GUIDE_NAME in (folder / "BACA-SAYA.txt").read_text("utf-8")
    import_bundle(result.path, tmp_path / "lanjut.lspws", catalog)
    with open_workspace(tmp_path / "lanjut.lspws") as again:
        assert again.documents("npwp")


def test_the_guide_speaks_the_apps_language(workspace, tmp_path):
    fill_everything(workspace)
    result = export_bundle(workspace, tmp_path / "en.zip", lang="en")
    page = _page(_unzip(result, tmp_path))
    assert page.all("html")[0]["lang"] == "en"
    words = page.words
    assert "Upload guide" in words and "The bundle (zip) itself is not uploaded" in words
    assert "On the form: SK Lisensi LSP" in words  # the form's own words beside


def test_the_readme_and_baca_saya_say_what_is_uploaded(complete):
    _, folder = complete
    note = (folder / "BACA-SAYA.txt").read_text("utf-8")
    assert "berkas demi berkas dan kolom demi kolom" in note and "TIDAK" in note
    assert "file by file and field by field" in note and "NOT uploaded" in note
    assert "untuk diunggah ke sistem" not in note and "for upload to the BNSP" not in note
    assert note.count(GUIDE_NAME) >= 4  # where to start, and in the list, in each language
    readme = (ROOT / "README.md").read_text("utf-8")
    assert GUIDE_NAME in readme and "lsp-desktop guide" in readme
    assert "Panduan unggah" in readme and "not itself uploaded" in readme


def test_the_guides_words_exist_in_indonesian_and_clash_with_no_others():
    from lsp_desktop.bundle import guide
    from lsp_desktop.messages import PHRASES
    from lsp_desktop.messages.texts_cli import TEXTS as CLI
    from lsp_desktop.messages.texts_documents import TEXTS as DOCUMENTS
    from lsp_desktop.messages.texts_guide import TEXTS as GUIDE
    from lsp_desktop.messages.texts_window import TEXTS as WINDOW

    labels = guide.ASSESSOR_FIELDS + guide.PARTICIPANT_FIELDS + guide.PACKAGE_FIELDS
    assert all(english in PHRASES for _, english in labels)
    for english, indonesian in GUIDE.items():
        for other in (WINDOW, CLI, DOCUMENTS):
            assert other.get(english, indonesian) == indonesian, english
