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
    # Photos dropped together where a PDF is asked: offered as one PDF of them all, in
    # place of the item's file, not as a one-page photo each (issue 21, point 4).
    together: bool = False


@dataclass
class Batch:
    attached: list[Attached] = field(default_factory=list)
    refused: list[tuple[str, Refusal]] = field(default_factory=list)  # requirement id, why
    skipped: list[Skipped] = field(default_factory=list)
    # The very file the item holds (the same bytes) dropped again: nothing to do.
    already: list[Skipped] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # names the admin chose not to attach
    too_many: int = 0  # files of the drop past the most looked at in one go
    # The assessors' folder: subfolders ("name/") and files no rule placed, with the
    # message code of why; listed, never guessed.
    not_placed: list[tuple[str, str]] = field(default_factory=list)
    # … and for each file shown, whose document it is and which ("Citra Dewi: KTP").
    slots: dict[str, str] = field(default_factory=dict)
    waiting: int = 0   # files still being checked
    finished: bool = False

    @property
    def count(self) -> int:
        return (len(self.attached) + len(self.refused) + len(self.skipped)
                + len(self.already) + len(self.left_out) + self.too_many
                + len(self.not_placed))

    @property
    def all_well(self) -> bool:
        """Every file attached and meeting the rules: nothing for the admin to read."""
        return not (self.refused or self.skipped or self.already or self.left_out
                    or self.too_many or self.not_placed) and all(
            a.verdict == "ok" for a in self.attached)


def same_bytes(path: Path, sha256: str | None) -> bool:
    """Whether the file holds exactly the bytes of ``sha256`` (the file an item holds):
    read on a worker, in pieces, through the gate every user's file passes."""
    import hashlib

    from lsp_desktop.base.errors import LspError
    from lsp_desktop.checks.guard import open_regular

    if not sha256:
        return False
    digest = hashlib.sha256()
    try:
        with open_regular(path) as (handle, _size):
            while piece := handle.read(1 << 20):
                digest.update(piece)
    except (OSError, LspError):  # unreadable or refused: the check that follows says why
        return False
    return digest.hexdigest() == sha256


def check_skipped(path: Path, requirement, shown: str = "",
                  current_sha256: str | None = None) -> bool:
    """Raises the refusal a Replace with this skipped file would meet (the wrong kind of
    file, an empty one, ...), so that the summary says so instead of offering Replace.
    Photos where a PDF is asked, or a picture over the limit, are fixed on the way: fine.
    True when it is the very file the item holds: nothing to replace."""
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.base.filenames import base_name
    from lsp_desktop.checks import can_attach, check_file
    from lsp_desktop.fixing.fixes import offer_for

    if same_bytes(path, current_sha256):
        return True
    if offer_for(requirement, [path]) in ("pdf", "shrink"):
        return False
    refusal = can_attach(check_file(path, requirement), requirement)
    if refusal is not None:
        raise LspError("attach.refused", name=shown or base_name(path.name),
                       requirement=requirement.id,
                       reason_code=refusal.code, reason_values=refusal.values)
    return False


def attached_text(name: str, verdict: str) -> Said:
    """The status line after one file went in, by its item's state afterwards."""
    return Said({"ok": "{name} attached: meets the rules.",
                 "warning": "{name} attached, with warnings: see the details.",
                 "error": "{name} attached, but it does not meet the rules yet: see what "
                          "to do."}[verdict], name=name)
