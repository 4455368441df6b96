"""Errors the core raises for the user to read.

Each carries a stable code and the values its message needs; the message itself is
rendered in the user's language by :mod:`lsp_desktop.messages`, so the window and the
command line say the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lsp_desktop.messages.wording import Wording


class LspError(Exception):
    """An error the user can act on: bad input, a damaged or foreign file, a full disk."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values

    def message(self, lang: str = "id", wording: Wording | None = None) -> str:
        """In ``lang``; items named as ``wording``'s catalogue does (messages/wording.py)."""
        from lsp_desktop.messages import render

        return render(self.code, self.values, lang, wording)

    def carried(self, prefix: str = "reason") -> dict[str, object]:
        """This error said inside another message (a refusal's reason), as its code and
        values: the carrying message words it in its own language (messages/value_shapes)."""
        return {f"{prefix}_code": self.code, f"{prefix}_values": dict(self.values)}

    def __str__(self) -> str:  # English for logs and tracebacks developers read
        return self.message("en")
