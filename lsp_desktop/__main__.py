"""``lsp-desktop``: with no arguments the window opens; with a command it works headless."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return _open_window()
    from lsp_desktop.cli.main import run

    return run(argv)


def _no_display() -> bool:
    """On Linux without a screen Qt would abort the process; say so plainly instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


# Libraries Qt's X11 plugin needs that minimal Linux desktops may lack: without them Qt
# aborts the process with a message no admin can act on.
_XCB_PACKAGES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                 "xcb-keysyms": "libxcb-keysyms1"}


def _missing_linux_library() -> str | None:
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY") \
            or os.environ.get("QT_QPA_PLATFORM"):
        return None
    from ctypes.util import find_library

    missing = [package for library, package in _XCB_PACKAGES.items()
               if not find_library(library)]
    return " ".join(missing) or None


def _open_window() -> int:
    # Only what showing the window needs is imported here: the messages and the crash log
    # are loaded when something goes wrong, so that a normal start stays quick.
    if _no_display():
        return _say_cannot_start("cli.no_display", {"reason": "DISPLAY"})
    if missing := _missing_linux_library():
        return _say_cannot_start("cli.linux_library", {"package": missing})
    try:
        from lsp_desktop.ui.launch import run_app
    except ImportError as exc:  # Qt missing or its system libraries absent
        from lsp_desktop.base.crashlog import write_crash_log

        write_crash_log(exc)
        return _say_cannot_start("cli.no_display", {"reason": str(exc)})
    if os.environ.get("LSP_DESKTOP_PROBE"):  # start-up measurement and frozen-app smoke test
        from lsp_desktop.ui.probe import install_probe

        install_probe(os.environ["LSP_DESKTOP_PROBE"])
    return run_app()


def _say_cannot_start(code: str, values: dict) -> int:
    from lsp_desktop.cli.common import scan_lang
    from lsp_desktop.messages import render

    print(render(code, values, scan_lang(sys.argv)), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
