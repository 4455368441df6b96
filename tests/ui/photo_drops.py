"""Photos and a filled NPWP for the window's drop tests: what a phone gives an admin."""

import io

from pypdf import PdfReader

from tests import makefiles as mk
from tests.ui.driving import drop, wait_idle


def filled_npwp(app_window, qtbot, tmp_path):
    window = app_window.window
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "NPWP lama.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    [old] = window.controller.workspace.documents("npwp")
    return old


def photos(tmp_path, count=3):
    folder = tmp_path / "hp"
    folder.mkdir(exist_ok=True)
    return [mk.write(folder, f"npwp-{i}.jpg", mk.image_bytes("JPEG", (900, 1200),
                                                             color=color))
            for i, color in zip(range(1, count + 1), ("red", "green", "blue", "gray"),
                                strict=False)]


def pdf_pages(window, document):
    return len(PdfReader(io.BytesIO(window.controller.workspace.document_bytes(document)))
               .pages)
