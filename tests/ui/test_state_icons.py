"""The state icons as the admin sees them: the same picture on a selected row, sharp at
every screen scale (drawn at the size and scale shown, not a smaller one stretched),
light colours on a dark palette, grey on a disabled list, and still there after the
icon's Python objects are gone."""

import gc
from collections import Counter

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.icons import COLORS, DARK_COLORS, SYMBOLS, state_icon
from tests.fill import fill_everything

SCALES = (1.0, 1.25, 1.5, 2.0, 3.0)
MODES = (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active)


def _picture(icon: QIcon, side: int, scale: float,
             mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(QSize(side, side), scale, mode).toImage()


def _as_a_list_paints_it(icon: QIcon, scale: float, mode: QIcon.Mode,
                         background: QColor) -> QImage:
    """A 16 px icon painted the way a list's row paints it, on a screen of ``scale``."""
    canvas = QPixmap(round(16 * scale), round(16 * scale))
    canvas.setDevicePixelRatio(scale)
    canvas.fill(background)
    painter = QPainter(canvas)
    icon.paint(painter, QRect(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, mode)
    painter.end()
    return canvas.toImage()


def _on(background: QColor, picture: QPixmap, scale: float) -> QImage:
    canvas = QPixmap(round(16 * scale), round(16 * scale))
    canvas.setDevicePixelRatio(scale)
    canvas.fill(background)
    painter = QPainter(canvas)
    painter.drawPixmap(QRect(0, 0, 16, 16), picture)
    painter.end()
    return canvas.toImage()


def _most_common_colour(image: QImage) -> str:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    counts = Counter(image.pixelColor(x, y).name() for x in range(image.width())
                     for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255)
    return counts.most_common(1)[0][0]


@pytest.mark.parametrize("state", sorted(SYMBOLS))
def test_each_state_is_drawn_at_the_size_and_scale_shown(qapp, state):
    icon = state_icon(state)
    for side in (16, 24):
        for scale in SCALES:
            pixmap = icon.pixmap(QSize(side, side), scale)
            assert pixmap.width() == pixmap.height() == round(side * scale), (side, scale)
            assert pixmap.devicePixelRatio() == scale
            normal = pixmap.toImage()
            for mode in MODES:  # never tinted by the selection colour
                assert _picture(icon, side, scale, mode) == normal, (side, scale, mode)


@pytest.mark.parametrize("scale", SCALES)
def test_a_selected_row_shows_the_sharp_picture_of_an_unselected_one(qapp, scale):
    """Painted as the list paints it, on a 125-300% screen: the picture drawn at that
    scale, not the 100% one stretched, and not tinted on the selected row."""
    icon = state_icon("error")
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    sharp = icon.pixmap(QSize(16, 16), scale)
    painted = _as_a_list_paints_it(icon, scale, QIcon.Mode.Selected, highlight)
    assert painted == _on(highlight, sharp, scale)
    if scale > 1:
        stretched = icon.pixmap(QSize(16, 16), 1.0)
        assert painted != _on(highlight, stretched, scale)


def test_an_icon_in_a_wider_space_stays_round_and_centred(qapp):
    icon = state_icon("ok")
    white = QColor("white")
    wide = QPixmap(24, 16)
    wide.fill(white)
    painter = QPainter(wide)
    icon.paint(painter, QRect(0, 0, 24, 16))
    painter.end()
    expected = QPixmap(24, 16)
    expected.fill(white)
    painter = QPainter(expected)
    painter.drawPixmap(4, 0, icon.pixmap(QSize(16, 16), 1.0))
    painter.end()
    assert wide.toImage() == expected.toImage()


def test_a_dark_palette_gives_the_light_state_colours(qapp):
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#323232"))
    try:
        for palette, colours in ((original, COLORS), (dark, DARK_COLORS)):
            QApplication.setPalette(palette)
            for state in ("ok", "error", "info"):
                picture = _picture(state_icon(state), 24, 2.0)
                assert _most_common_colour(picture) == colours[state], state
            badge = _picture(state_icon("ok"), 24, 2.0).pixelColor(24, 1)  # the rim, top
            assert badge.name() == palette.color(QPalette.ColorRole.Base).name()
    finally:
        QApplication.setPalette(original)


def test_a_disabled_list_shows_the_icons_grey(qapp):
    icon = state_icon("error")
    disabled = _picture(icon, 16, 2.0, QIcon.Mode.Disabled)
    assert disabled.size() == QSize(32, 32)
    assert disabled != _picture(icon, 16, 2.0)
    colours = [disabled.pixelColor(x, y) for x in range(32) for y in range(32)]
    assert all(colour.hsvSaturation() < 40 for colour in colours if colour.alpha() > 0)


def test_a_copy_of_an_icon_keeps_its_picture_once_python_lets_go(qapp):
    """Qt holds the icon (a list's row keeps a copy); the copy, even changed, still draws
    the state's picture after every Python reference to the original is gone."""
    expected = _picture(state_icon("warning"), 16, 1.5)
    copy = QIcon(state_icon("warning"))
    copy.addPixmap(QPixmap(4, 4))  # a change: Qt gives the copy its own engine
    gc.collect()
    assert _picture(copy, 16, 1.5) == expected
    del copy
    gc.collect()
    assert _picture(state_icon("warning"), 16, 1.5) == expected


def test_the_ready_banner_shows_the_ok_icon(qapp, tmp_path):
    from PySide6.QtCore import QSettings

    from lsp_desktop.ui.app import Application
    from lsp_desktop.ui.tasks import ImmediatePool

    path = tmp_path / "done.lspws"
    with open_workspace(path) as ws:
        fill_everything(ws)
    application = Application(qapp, QSettings(str(tmp_path / "s.ini"),
                                              QSettings.Format.IniFormat), ImmediatePool())
    application.install_language("id")
    assert application.open(path)
    window = application.window
    try:
        banner = window.header.banner
        assert banner.isVisibleTo(window)
        shown = banner.icon.pixmap()
        assert shown.toImage() == state_icon("ok").pixmap(24, 24).toImage()
        assert shown.deviceIndependentSize().toSize() == QSize(24, 24)
    finally:
        window.close()
        window.controller.close()
