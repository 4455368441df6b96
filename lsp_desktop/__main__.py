"""``lsp-desktop``: with no arguments the window opens; with a command it works headless."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return _open_window()
    from lsp_desktop.cli import run

    return run(argv)


def _no_display() -> bool:
    """On Linux without a screen Qt would abort the process; say so plainly instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _open_window() -> int:
    from lsp_desktop.cli import _scan_lang
    from lsp_desktop.crashlog import write_crash_log
    from lsp_desktop.messages import render

    if _no_display():
        print(render("cli.no_display", {"reason": "DISPLAY"}, _scan_lang(sys.argv)),
              file=sys.stderr)
        return 1
    try:
        from lsp_desktop.ui.app import run_app
    except ImportError as exc:  # Qt missing or its system libraries absent
        print(render("cli.no_display", {"reason": str(exc)}, _scan_lang(sys.argv)),
              file=sys.stderr)
        write_crash_log(exc)
        return 1
    return run_app()


if __name__ == "__main__":
    sys.exit(main())
