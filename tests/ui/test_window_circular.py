"""The window says the right thing about the circular's deadline for a day before, during
and after its window, and prints the missing-items list from the File menu."""

import datetime as dt
import re

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from tests import ROOT
from tests.fill import fill_everything
from tests.ui.driving import wait_idle

LINK = "https://bit.ly/daftarlatihansisfobaru"


def _header(window, day):
    """What the header says about the circular, the banner included when it shows."""
    import re

    window.today = day
    window._update_header()
    header = window.header
    texts = [re.sub(r"<[^>]+>", "", header.window_label.text())]
    if not header.banner.isHidden():
        texts.append(re.sub(r"<[^>]+>", "", header.banner.text.text()))
    return "\n".join(texts)


def test_header_before_during_and_after_the_window(app_window):
    window = app_window.window
    before = _header(window, dt.date(2025, 5, 1))
    assert "dimulai 5 Mei 2025 (4 hari lagi)" in before and LINK not in before
    during = _header(window, dt.date(2025, 5, 20))
    assert "Sisa 5 hari" in during and LINK not in during  # nothing ready yet
    after = _header(window, dt.date(2026, 3, 17))
    assert "sudah berakhir" in after and "mungkin sudah tidak berlaku" in after
    assert "tanyakan kepada BNSP" in after and "mendaftar pelatihan" not in after
    assert f"Tautan pendaftaran pelatihan dari surat edaran ini: {LINK}" in after
    assert "Masa pendaftaran" not in after and "Peringatan:" in after
    out = ROOT / "tests" / "output"
    out.mkdir(exist_ok=True)
    window.grab().save(str(out / "window-deadline-after.png"))


def test_link_is_the_next_step_once_everything_is_ready(app_window):
    window = app_window.window
    fill_everything(window.controller.workspace)
    window.controller.refresh_all()
    during = _header(window, dt.date(2025, 5, 20))
    assert "pelatihan di " in during and LINK in during
    after = _header(window, dt.date(2026, 3, 17))
    assert "sudah berakhir" in after and f"Tautan pendaftaran pelatihan dari surat edaran " \
        f"ini: {LINK}" in after and "peserta pelatihan di" not in after
    # The ended time is a warning above the green banner, never inside it.
    banner = re.sub(r"<[^>]+>", "", window.header.banner.text.text())
    assert "sudah berakhir" not in banner and window.header.window_label.isVisible()
    assert "Peringatan:" in window.header.window_label.text()
    (ROOT / "tests" / "output").mkdir(exist_ok=True)
    window.grab().save(str(ROOT / "tests" / "output" / "window-ready-after-deadline.png"))


def test_print_missing_items_list_from_the_file_menu(app_window, tmp_path, monkeypatch, qtbot):
    window = app_window.window
    target = tmp_path / "kekurangan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    actions = {a.text().replace("&", ""): a for a in window.menuBar().actions()[0].menu().actions()}
    actions["Cetak daftar kekurangan…"].trigger()
    wait_idle(qtbot, app_window)
    assert target.exists()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Daftar Kekurangan SE.007/BNSP/IV/2025" in text and "SK Lisensi LSP" in text
    assert "kekurangan.pdf" in window.notice_label.text()


def test_training_next_step_after_the_window_is_not_an_instruction(app_window):
    from lsp_desktop.ui.panels.extras import TrainingWidget

    window = app_window.window
    fill_everything(window.controller.workspace)
    window.controller.refresh_all()
    window.today = dt.date(2026, 3, 17)
    widget = TrainingWidget(window.controller, window)
    text = widget.next_label.text()
    assert "sudah berakhir" in text and f"dari surat edaran ini: {LINK}" in text
    assert "Langkah berikutnya" not in text
