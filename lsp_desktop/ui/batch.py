"""What became of each file of one drop of several files (or a folder) on the window.

The controller fills it as the files are checked; the window shows it whole at the end,
so that no file is skipped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from lsp_desktop.ui.i18n import Said


class Refusal(NamedTuple):
    """A file an item did not take: its name and why, with what to do, in plain words."""

    name: str
    message: Said  # said in the window's language whenever it is shown


class Attached(NamedTuple):
    name: str
    requirement_id: str
    verdict: str  # its item's state then (ok / warning / error), as the list shows it


class Skipped(NamedTuple):
    """A file meant for an item that already holds one: the admin may still replace it."""

    path: Path
    requirement_id: str
    current: str  # the name of the file the item holds (or is about to hold)
    shown: str = ""  # as the drop showed it: with its subfolder in the dropped folder


@dataclass
class Batch:
    attached: list[Attached] = field(default_factory=list)
    refused: list[tuple[str, Refusal]] = field(default_factory=list)  # requirement id, why
    skipped: list[Skipped] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # names the admin chose not to attach
    too_many: int = 0  # files of the drop past the most looked at in one go
    waiting: int = 0   # files still being checked
    finished: bool = False

    @property
    def count(self) -> int:
        return (len(self.attached) + len(self.refused) + len(self.skipped)
                + len(self.left_out) + self.too_many)

    @property
    def all_well(self) -> bool:
        """Every file attached and meeting the rules: nothing for the admin to read."""
        return not (self.refused or self.skipped or self.left_out or self.too_many) and all(
            a.verdict == "ok" for a in self.attached)


def check_skipped(path: Path, requirement, shown: str = "") -> None:
    """Raises the refusal a Replace with this skipped file would meet (the wrong kind of
    file, an empty one, ...), so that the summary says so instead of offering Replace.
    Photos where a PDF is asked, or a picture over the limit, are fixed on the way: fine."""
    from lsp_desktop.checks import can_attach, check_file
    from lsp_desktop.errors import LspError
    from lsp_desktop.filenames import base_name
    from lsp_desktop.fixing.fixes import offer_for

    if offer_for(requirement, [path]) in ("pdf", "shrink"):
        return
    refusal = can_attach(check_file(path, requirement), requirement)
    if refusal is not None:
        raise LspError("attach.refused", name=shown or base_name(path.name),
                       requirement=requirement.id,
                       reason_code=refusal.code, reason_values=refusal.values)


def attached_text(name: str, verdict: str) -> Said:
    """The status line after one file went in, by its item's state afterwards."""
    return Said({"ok": "{name} attached: meets the rules.",
                 "warning": "{name} attached, with warnings: see the details.",
                 "error": "{name} attached, but it does not meet the rules yet: see what "
                          "to do."}[verdict], name=name)
