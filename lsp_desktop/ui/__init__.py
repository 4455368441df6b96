"""The window: Qt widgets, models and workers. Thin: every decision is the core's."""

import sys


def _immortal_singletons() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None (and, on some paths, to
    True/False) on every call of a Qt method that returns nothing: after some thousands of
    calls the interpreter aborts with "deallocating None". Python 3.12 makes these objects
    immortal, which the binding seems to assume; do the same here. A guard, not a feature:
    tests/ui/test_tasks.py counts the references so a fixed binding can drop it."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_immortal_singletons()
