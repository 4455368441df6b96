"""Tooltips read as the admin sees them: shown for real by a help event, as Qt draws one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def read_tip(tip: str | None) -> str:
    """The words a tooltip shows: Qt draws it as rich text whenever it guesses so."""
    if not tip:
        return ""
    if not QtText.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def pointed_at(widget: QWidget, point: QPoint | None = None) -> QLabel | None:
    """The tooltip Qt shows when the pointer rests on ``widget`` (at ``point``): the help
    event a resting pointer sends, not a call of the widget's own code."""
    at = point if point is not None else widget.rect().center()
    # A window activated or focused after the tip is shown hides it, as it should: those
    # waiting are handled first, and the tip (shown at once, while the event is handled)
    # looked at before anything else happens.
    QApplication.processEvents()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
    return next((label for label in QApplication.topLevelWidgets()
                 if label.objectName() == "qtooltip_label" and label.isVisible()), None)
