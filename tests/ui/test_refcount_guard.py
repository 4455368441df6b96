"""The guard of lsp_desktop/ui/__init__.py against PySide6 6.12.0's lost references.

Counted, not timed: how many references to None and True a thousand Qt calls drop on
this Python, and that the guard leaves far more than any session can drop."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

import lsp_desktop.ui  # noqa: F401 - installs the guard

CALLS = 1000

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12),
                                reason="None, True and False are immortal from Python 3.12")


class Emitter(QObject):
    said = Signal(object)


def dropped(singleton, call) -> int:
    before = sys.getrefcount(singleton)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(singleton)


def test_the_guard_outlasts_what_the_binding_drops(qapp):
    label, timer, emitter = QLabel(), QTimer(), Emitter()
    emitter.said.connect(lambda value: None)
    lost = {
        "None by QLabel.setText": dropped(None, lambda: label.setText("x")),
        "None by QTimer.setSingleShot": dropped(None, lambda: timer.setSingleShot(True)),
        "True by Signal.emit": dropped(True, lambda: emitter.said.emit(1)),
    }
    print("references dropped per call:", {k: v / CALLS for k, v in lost.items()})
    if not any(lost.values()):
        pytest.skip("this PySide6 drops no references: the guard in "
                    "lsp_desktop/ui/__init__.py can be removed")
    # A day of work is millions of calls; the guard gave 2**40 references to each.
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 39
