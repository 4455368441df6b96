"""What a zip holds, by name."""

from __future__ import annotations

import zipfile


def members(path):
    with zipfile.ZipFile(path) as archive:
        return [info.filename for info in archive.infolist()]
