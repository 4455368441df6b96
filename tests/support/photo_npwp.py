"""A colleague's bundle made under another circular, whose 2.9 NPWP takes a JPEG photo:
merged here, where 2.9 asks for a PDF, the photo is not taken (merge's "not taken")."""

import re

from lsp_desktop.base.resources import default_catalog_path
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.circulars.library import add_catalog_file
from lsp_desktop.store.workspace import Workspace
from tests import makefiles as mk


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
