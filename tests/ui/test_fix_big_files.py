"""A colour scan ten times over 2 MB, dropped on an item: attached with its size error,
compression offered, and no command-line words in the window."""

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests import makefiles as mk
from tests.ui.answering import answer_next  # before a fixture replaces the dialogs' exec
from tests.ui.driving import drop, state_text, wait_idle

OUTPUT = Path(__file__).resolve().parents[1] / "output"


def test_a_big_scan_dropped_is_offered_compression_in_plain_words(
        app_window, tmp_path, qtbot):
    window = app_window.window
    window.show()
    item = next(r.id for r in window.controller.catalog.requirements if r.point == "2.1")
    window.select(item)
    path = tmp_path / "scan-sk-lisensi.pdf"
    path.write_bytes(mk.pdf_of_size(25_000_000, pages=4))
    drop(window.panel.drop_zone, [path])
    wait_idle(qtbot, app_window)
    assert state_text(window, item) == "ada kesalahan"
    button = window.panel.fix_bar.compress_button
    assert button.isVisible() and button.isEnabled() and "2 MB" in button.text()
    shown = " ".join(label.text() for label in window.panel.findChildren(QLabel)
                     if label.isVisible())
    assert "Berkas terlalu besar" in shown and "25 MB" in shown
    assert "video" not in shown and "baris perintah" not in shown \
        and "lsp-desktop" not in shown
    OUTPUT.mkdir(exist_ok=True)
    assert window.grab().save(str(OUTPUT / "fix_big_scan_dropped.png"))


def test_a_60_megapixel_phone_photo_is_shrunk_when_dropped(app_window, tmp_path, qtbot,
                                                            monkeypatch):
    import io

    from PIL import Image

    window = app_window.window
    window.show()
    item = next(r for r in window.controller.catalog.requirements if r.point == "2.5")
    window.select(item.id)
    buffer = io.BytesIO()
    Image.effect_noise((2500, 1500), 40).resize((10_000, 6_000)).convert("RGB").save(
        buffer, "JPEG", quality=80)
    path = tmp_path / "foto-kantor-108mp.jpg"
    path.write_bytes(buffer.getvalue())
    seen: list = []
    answer_next(monkeypatch, "Perkecil", seen=seen)
    drop(window.panel.drop_zone, [path])
    wait_idle(qtbot, app_window)
    assert seen, "the drop asked nothing"
    documents = window.controller.workspace.documents(item.id)
    assert len(documents) == 1 and documents[0].size < 2_000_000, window.notice_label.text()


def test_turning_a_jpeg_photo_says_it_was_saved_again(app_window, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = app_window.window
    window.show()
    item = next(r.id for r in window.controller.catalog.requirements if r.point == "2.5")
    window.select(item)
    path = mk.write(tmp_path, "kantor.jpg", mk.image_bytes("JPEG", (1600, 1200)))
    drop(window.panel.drop_zone, [path])
    wait_idle(qtbot, app_window)
    bar = window.panel.fix_bar
    QTest.mouseClick(bar.rotate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    bar.dialog.angles.button(90).click()
    QTest.mouseClick(bar.dialog.rotate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    QTest.mouseClick(bar.dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert "disimpan ulang" in window.notice_label.text()
