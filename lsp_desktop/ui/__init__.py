"""The window: Qt widgets, models and workers. Thin: every decision is the core's."""

import sys


def _immortal_singletons() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a Qt
    method that returns nothing (QLabel.setText, QWidget.setVisible, QTimer.setSingleShot)
    and one to True on every Signal.emit: after some thousands of calls the interpreter
    aborts with "deallocating None" (or True). Python 3.12 makes these objects immortal,
    which the binding seems to assume; do the same here by giving them a reference count
    no session can use up. A guard, not a feature: tests/ui/test_tasks.py runs a long
    session, and tests/ui/test_refcount_guard.py counts the references each kind of call
    drops, so that a fixed binding shows and the guard can go."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_immortal_singletons()
