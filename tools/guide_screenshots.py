"""Open the upload guide (PANDUAN-UNGGAH.html) of a made-up bundle in real headless
Chromium and save screenshots, at a desktop and at a phone's width, to look at.

    python tools/guide_screenshots.py [OUT_FOLDER]   (default: tests/output/guide)

Run from the repository root. It exports two bundles from a filled workspace (complete,
and a draft with hostile names), unzips each and points Chromium at the page by its
file:// address, exactly as the person at the BNSP form opens it. Needs Chromium
(Debian: apt-get install chromium); tests never need it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"desktop": "1366,900", "desktop-long": "1366,4200", "narrow": "390,844",
         "narrow-long": "390,6000"}


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if found := shutil.which(name):
            return found
    return None


def screenshot(chromium: str, page: Path, out: Path, size: str) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", f"--user-data-dir={profile}",
                        f"--screenshot={out}", f"--window-size={size}",
                        page.absolute().as_uri()],
                       check=True, capture_output=True, timeout=120)


def make_bundles(folder: Path) -> dict[str, Path]:
    """A complete bundle and a draft one with hostile names, each unzipped: their pages."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("LSP_DESKTOP_HOME", str(folder / "home"))
    from lsp_desktop.bundle.export import export_bundle
    from lsp_desktop.circulars.catalog import load_catalog
    from lsp_desktop.store.records import AssessorData, Person, Records
    from lsp_desktop.store.workspace import open_workspace
    from tests.fill import fill_everything, fill_profile

    pages = {}
    catalog = load_catalog()
    with open_workspace(folder / "lengkap.lspws", catalog) as workspace:
        fill_everything(workspace)
        pages["lengkap"] = _unzipped(export_bundle(workspace, folder / "lengkap.zip"), folder)
    with open_workspace(folder / "draf.lspws", catalog) as workspace:
        fill_everything(workspace)
        fill_profile(workspace)
        workspace.set_profile(name='LSP "<script>alert(1)</script>" & Co', licence="<b>x</b>",
                              lsp_type="P1", category="smk", uses_skkk=False)
        workspace.remove(workspace.documents("npwp")[0].id)
        records = Records(workspace)
        records.set_social_media("instagram", "\"><img src=x onerror=alert(1)>")
        person = records.save_person(Person(None, "<script>alert('asesor')</script>", "asesor",
                                            "3174055708900009", "", "", "terdaftar"))
        records.save_assessor_data(AssessorData(person.id, "MET.1 <b>", "", "", "", ""))
        pages["draf"] = _unzipped(export_bundle(workspace, folder / "draf.zip",
                                                allow_incomplete=True), folder)
    return pages


def _unzipped(result, folder: Path) -> Path:
    target = folder / result.path.stem
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(target)
    return target / result.top / "PANDUAN-UNGGAH.html"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "tests" / "output" / "guide"
    chromium = find_chromium()
    if chromium is None:
        print("Chromium is not installed (Debian: apt-get install chromium).")
        return 1
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for name, page in make_bundles(Path(work)).items():
            for label, size in SIZES.items():
                shot = out / f"panduan-{name}-{label}.png"
                screenshot(chromium, page, shot, size)
                print(shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
