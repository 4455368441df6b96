"""Write the assessors' documents (2.11) as a folder tree ready to upload to Google Drive:
``<Nama Asesor>/KTP.jpg``, ``Sertifikat-Kompetensi-Teknis.pdf``, ``Ijazah.pdf``,
``Pasfoto.jpg``. A file already in the chosen folder is replaced only when the admin said so:
it may be the only copy of a document someone put there by hand."""

from __future__ import annotations

from pathlib import Path

from lsp_desktop.bundle.contents import assessor_folders
from lsp_desktop.errors import LspError
from lsp_desktop.filenames import ASSESSOR_FILE_NAMES, EXTENSIONS
from lsp_desktop.files import private_dir, reason_code, write_private
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
    a file of the same name is replaced only with ``replace``, else nothing is written."""
    try:
        existing = would_replace(records, target)
        if existing and not replace:
            raise LspError("drive_folder.would_replace", count=len(existing),
                           path=str(target), file=str(existing[0]))
        planned = planned_files(records)
        for relative, file in planned:
            folder = private_dir(target / relative.parent)
            write_private(folder / relative.name, records.assessor_file_bytes(file))
    except OSError as exc:
        raise LspError("bundle.write_failed", path=str(target),
                       reason=reason_code(exc)) from None
    return len(planned)
