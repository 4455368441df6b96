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
    if sys.version_info >= (3, 12) or sys.maxsize <= 2 ** 32:  # 64-bit counts only
        return
    # The C type alone, not the ctypes package (whose import is some 2 ms of the start).
    import _ctypes

    class RefCount(_ctypes._SimpleCData):  # Py_ssize_t of a 64-bit build
        _type_ = "q"

    for singleton in (None, True, False):
        RefCount.from_address(id(singleton)).value += 1 << 40


def _no_source_reading_on_import() -> None:
    """PySide6 replaces ``__import__`` and, after each module is imported, reads that
    module's whole source (``inspect.getsource``, which also walks every loaded module)
    to see whether it says "PySide6", for its opt-in ``__feature__`` syntax, which this
    app never uses. That is some 16 ms of the start here, and a file read on the
    window's thread for each module a panel imports later (napari/napari#8584). The
    built app has no sources, so there every module is already taken as "not using
    PySide"; the same answer is given here without reading, so source and built app
    behave alike. Skipped when the binding has no such hook."""
    from lsp_desktop.ui.support_code import support_code_kept

    with support_code_kept():  # PySide's own modules compiled once, not at each start
        import PySide6.QtCore  # noqa: F401 - sets the hook up

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: False


_immortal_singletons()
_no_source_reading_on_import()
