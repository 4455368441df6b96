"""Issue F3, point 6: a 27 MB PNG for 2.4 Logo was refused as "probably not the intended
document (a video)" with no smaller copy offered, while a 19 MB JPEG was attached with
Kompres. A real picture within the pixel limits is now offered Kompres too; a video or a
decompression bomb of that size is still refused unread."""

import random

import pytest
from PIL import Image

from lsp_desktop.checks import check_file, read_and_check
from lsp_desktop.checks.guard import SCAN_READ_LIMIT
from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog
from tests import makefiles as mk
from tests.ui.answering import answer_next
from tests.ui.driving import drop, state_text, wait_idle
from tests.ui.fix_driving import press
from tests.ui.screens import OUTPUT


def _big_png(path):
    """A designer's logo exported huge: 3000×3000 px of noise, about 27 MB as PNG."""
    noise = random.Random(27).randbytes(3000 * 3000 * 3)
    Image.frombytes("RGB", (3000, 3000), noise).save(path, "PNG", compress_level=1)
    assert path.stat().st_size > 21 * 1024 * 1024  # past ten times the 2 MB rule
    return path


@pytest.fixture(scope="module")
def big_png(tmp_path_factory):
    return _big_png(tmp_path_factory.mktemp("logo") / "logo besar.png")


def _codes(report):
    return [f.code for f in report.findings]


def test_a_huge_real_picture_is_a_picture_to_shrink(big_png):
    from lsp_desktop.circulars.catalog import load_catalog

    logo = load_catalog().requirement("logo")
    for report in (check_file(big_png, logo), read_and_check(big_png, logo)[0]):
        assert _codes(report) == ["size.photo_too_large"], _codes(report)


def test_a_video_or_a_bomb_of_that_size_is_still_refused_unread(tmp_path):
    from lsp_desktop.circulars.catalog import load_catalog

    logo = load_catalog().requirement("logo")
    video = tmp_path / "logo.png"
    with video.open("wb") as handle:
        handle.write(b"\x00\x00\x00\x18ftypmp42")
        handle.truncate(27 * 1024 * 1024)
    bomb = tmp_path / "bom.png"
    with bomb.open("wb") as handle:
        handle.write(mk.png_header_only(100_000, 100_000))  # 10 gigapixels promised
        handle.truncate(27 * 1024 * 1024)
    past = tmp_path / "raksasa.png"
    with past.open("wb") as handle:
        handle.write(mk.png_header_only(3000, 3000))
        handle.truncate(SCAN_READ_LIMIT + 1)
    for path in (video, bomb, past):
        for report in (check_file(path, logo), read_and_check(path, logo)[0]):
            assert "size.far_too_large" in _codes(report), (path.name, _codes(report))
            assert report.width is None


def test_the_window_offers_kompres_for_a_huge_png(app_window, qtbot, big_png, monkeypatch):
    window = app_window.window
    window.show()
    window.select("logo")
    seen: list[str] = []
    answer_next(monkeypatch, "Lampirkan apa adanya", seen=seen)  # "Perkecil foto?"
    drop(window.panel.drop_zone, [big_png])
    wait_idle(qtbot, app_window)
    assert "logo besar.png" in seen[0]
    assert window.controller.workspace.documents("logo"), "the PNG was refused"
    assert state_text(window, "logo") == "ada kesalahan"
    assert "kemungkinan bukan dokumen" not in window.panel.findings.text()
    button = window.panel.fix_bar.compress_button
    assert button.isVisible()
    window.resize(1024, 600)
    assert window.grab().save(str(OUTPUT / "logo-27mb-png-1024x600.png"))
    press(button, qtbot, app_window)
    dialog = window.panel.fix_bar.dialog
    assert isinstance(dialog, FixPreviewDialog)
    press(dialog.accept_button, qtbot, app_window)
    [made] = window.controller.workspace.documents("logo")
    assert made.size < 2_000_000 and state_text(window, "logo") != "ada kesalahan"
