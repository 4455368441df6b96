"""Write the assessors' documents (2.11) as a folder tree ready to upload to Google Drive:
``<Nama Asesor>/KTP.jpg``, ``Sertifikat-Kompetensi-Teknis.pdf``, ``Ijazah.pdf``,
``Pasfoto.jpg``. A file already in the chosen folder is replaced only when the admin said so:
it may be the only copy of a document someone put there by hand."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import ASSESSOR_FILE_NAMES, EXTENSIONS
from lsp_desktop.base.files import new_partial, private_dir, reason_code, replace_file
from lsp_desktop.bundle.contents import assessor_folders
from lsp_desktop.store.records import AssessorFile, Records


def planned_files(records: Records) -> list[tuple[Path, AssessorFile]]:
    """Each prepared file and where it goes, relative to the chosen folder."""
    planned = []
    assessors = records.people("asesor")
    for person, name in zip(assessors, assessor_folders(assessors), strict=True):
        for kind, file in records.assessor_files(person.saved_id).items():
            ext = EXTENSIONS.get(file.format, file.format)
            planned.append((Path(name) / f"{ASSESSOR_FILE_NAMES[kind]}.{ext}", file))
    return planned


def would_replace(records: Records, target: Path) -> list[Path]:
    """The files of the chosen folder the export would write over (to ask first)."""
    return [relative for relative, _ in planned_files(records)
            if (target / relative).exists() or (target / relative).is_symlink()]


def export_drive_folder(records: Records, target: Path, replace: bool = False) -> int:
    """Write every prepared file; return how many. Nothing else in the folder is touched;
    a file of the same name is replaced only with ``replace``, else nothing is written.

    Whole or not at all: every file is first written beside its final name (owner-only,
    flushed), and only when all are written do they take their names. A full disk on the
    way removes what was written and the folders made for it. An assessor folder that is
    a link is refused: personal documents go nowhere but under the chosen folder."""
    target = Path(target)
    try:
        planned = planned_files(records)
        _refuse_links(target, planned)
        existing = would_replace(records, target)
        if existing and not replace:
            raise LspError("drive_folder.would_replace", count=len(existing),
                           path=str(target), file=str(existing[0]))
    except OSError as exc:
        raise LspError("drive_folder.write_failed", path=str(target),
                       reason=reason_code(exc)) from None
    written = _write_all(records, target, planned)
    for done, (temp, final) in enumerate(written):
        try:
            replace_file(temp, final)
        except OSError as exc:
            for left, _ in written[done:]:
                with contextlib.suppress(OSError):
                    left.unlink()
            raise LspError("drive_folder.partly_written", path=str(target), done=done,
                           total=len(written), reason=reason_code(exc)) from None
    return len(planned)


def _refuse_links(target: Path, planned: list[tuple[Path, AssessorFile]]) -> None:
    for folder in {relative.parent for relative, _ in planned}:
        place = target
        for part in folder.parts:
            place = place / part
            if place.is_symlink() or (place.exists() and not place.is_dir()):
                raise LspError("drive_folder.link", path=str(place))


def _write_all(records: Records, target: Path, planned: list[tuple[Path, AssessorFile]]
               ) -> list[tuple[Path, Path]]:
    """Every file under a partial name beside its own; on any failure nothing is left:
    neither a partial file nor a folder made for one."""
    made = _missing_folders(target, planned)
    written: list[tuple[Path, Path]] = []
    try:
        for relative, file in planned:
            folder = private_dir(target / relative.parent)
            temp, handle = new_partial(folder / relative.name)
            written.append((temp, folder / relative.name))
            with handle:
                handle.write(records.assessor_file_bytes(file))
                handle.flush()
                os.fsync(handle.fileno())
    except OSError as exc:
        for temp, _ in written:
            with contextlib.suppress(OSError):
                temp.unlink()
        for folder in made:  # deepest first; one that holds anything else stays
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise LspError("drive_folder.write_failed", path=str(target),
                       reason=reason_code(exc)) from None
    return written


def _missing_folders(target: Path, planned: list[tuple[Path, AssessorFile]]) -> list[Path]:
    missing: set[Path] = set()
    for relative, _ in planned:
        probe = target / relative.parent
        while not probe.exists() and probe != probe.parent:
            missing.add(probe)
            probe = probe.parent
    return sorted(missing, key=lambda p: len(p.parts), reverse=True)
