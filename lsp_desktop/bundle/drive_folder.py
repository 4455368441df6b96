"""Write the assessors' documents (2.11) as a folder tree ready to upload to Google Drive:
``<Nama Asesor>/KTP.jpg``, ``Sertifikat-Kompetensi-Teknis.pdf``, ``Ijazah.pdf``,
``Pasfoto.jpg``."""

from __future__ import annotations

from pathlib import Path

from lsp_desktop.bundle.contents import assessor_folders
from lsp_desktop.errors import LspError
from lsp_desktop.filenames import ASSESSOR_FILE_NAMES, EXTENSIONS
from lsp_desktop.files import private_dir, reason_code, write_private
from lsp_desktop.store.records import Records


def export_drive_folder(records: Records, target: Path) -> int:
    """Write every prepared file; return how many. Existing files of the same name are
    replaced, nothing else in the folder is touched."""
    written = 0
    try:
        assessors = records.people("asesor")
        for person, name in zip(assessors, assessor_folders(assessors), strict=True):
            files = records.assessor_files(person.saved_id)
            if not files:
                continue
            folder = private_dir(target / name)
            for kind, file in files.items():
                ext = EXTENSIONS.get(file.format, file.format)
                write_private(folder / f"{ASSESSOR_FILE_NAMES[kind]}.{ext}",
                              records.assessor_file_bytes(file))
                written += 1
    except OSError as exc:
        raise LspError("bundle.write_failed", path=str(target),
                       reason=reason_code(exc)) from None
    return written
