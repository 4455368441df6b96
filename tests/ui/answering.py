"""Answering the window's modal questions as a user does: the dialog really opens, the
test reads it, types into it and clicks one of its buttons by the text on it.

conftest refuses every modal dialog (one nobody answers would hang); ``answer_next`` lets
exactly the next one open, and answers it.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QLineEdit, QMessageBox

# Taken before any test's fixture replaces them.
_REAL_EXEC = {QMessageBox: QMessageBox.exec, QDialog: QDialog.exec}


def answer_next(monkeypatch, button: str, typed: str | None = None,
                seen: list | None = None) -> None:
    """When the next modal dialog opens: note its text in ``seen``, type ``typed`` into its
    text field (replacing what is there), then click the button labelled ``button``."""
    opened = []

    def exec_once(dialog):
        if opened:
            raise AssertionError(f"an unexpected second dialog: {dialog.windowTitle()!r}")
        opened.append(dialog)
        QTimer.singleShot(0, lambda: _answer(dialog, button, typed, seen))
        real = _REAL_EXEC[QMessageBox if isinstance(dialog, QMessageBox) else QDialog]
        return real(dialog)

    monkeypatch.setattr(QMessageBox, "exec", exec_once)
    monkeypatch.setattr(QDialog, "exec", exec_once)


def _answer(dialog, button, typed, seen) -> None:
    if seen is not None:
        seen.append("\n".join(label.text() for label in dialog.findChildren(QLabel)))
    if typed is not None:
        field = dialog.findChildren(QLineEdit)[0]
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, typed)
    for candidate in dialog.findChildren(QAbstractButton):
        if candidate.text().replace("&", "") == button and candidate.isVisible():
            QTest.mouseClick(candidate, Qt.MouseButton.LeftButton)
            return
    dialog.reject()
    raise AssertionError(f"no button {button!r} in the dialog")
