"""A colleague's bundle made under another circular, whose 2.9 NPWP takes a JPEG photo:
merged here, where 2.9 asks for a PDF, the photo is not taken (merge's "not taken")."""

import re

from lsp_desktop.base.resources import default_catalog_path
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.circulars.library import add_catalog_file
from lsp_desktop.store.workspace import Workspace
from tests import makefiles as mk

# What merging it here says of the photo, in each language: the words the command line and
# the window said before the raisers passed codes (issue 22, point 1), kept unchanged.
NOT_TAKEN = {
    "id": "Tidak diambil: 2.9 NPWP LSP. npwp-foto.jpg tidak dilampirkan ke 2.9 NPWP LSP: "
          "Berkas ini berupa foto JPEG/JPG; yang diterima untuk butir ini: PDF. Jadikan PDF: "
          "buka gambarnya lalu pilih Cetak > Simpan sebagai PDF, atau pindai dokumen dengan "
          "aplikasi pemindai yang menyimpan PDF.",
    "en": "Not taken: 2.9 LSP tax number (NPWP). npwp-foto.jpg was not attached to 2.9 LSP "
          "tax number (NPWP): This file is a JPEG/JPG photo; this item accepts: PDF. Turn it "
          "into a PDF: open the picture and choose Print > Save as PDF, or scan the document "
          "with a scanner app that saves PDF."}


def circular_taking_a_photo_for_the_npwp(folder):
    text = default_catalog_path().read_text("utf-8").replace(
        'id = "se-007-bnsp-iv-2025"', 'id = "se-999-x"', 1)
    text, changed = re.subn(r'(id = "npwp"\n(?:[^\[].*\n)*?formats = )\["pdf"\]',
                            r'\1["pdf", "jpeg"]', text, count=1)
    assert changed == 1
    (folder / "lain.toml").write_text(text, "utf-8")
    return add_catalog_file(folder / "lain.toml")


def bundle_with_a_photo_npwp(folder, name="npwp-foto.jpg"):
    """The colleague's bundle: nothing but the NPWP, a photo."""
    with Workspace(folder / "rekan-foto.lspws",
                   circular_taking_a_photo_for_the_npwp(folder)) as there:
        there.attach_bytes("npwp", name, mk.image_bytes("JPEG", (1200, 800)))
        return export_bundle(there, folder / "rekan-foto.zip", allow_incomplete=True).path
