"""Links, checked for their shape only: nothing here touches the network. Google Drive
links an admin types; and which links the app may hand to the browser at all."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lsp_desktop.checks.findings import ERROR, INFO, WARNING, Finding

DRIVE_HOSTS = {"drive.google.com", "docs.google.com"}
_FOLDER = re.compile(r"/drive/(u/\d+/)?(mobile/)?folders/[\w-]{10,}")
_FILE = re.compile(r"/(file|document|spreadsheets|presentation|forms)/(u/\d+/)?d/[\w-]{10,}")
_OPEN_ID = re.compile(r"[?&]id=[\w-]{10,}")


def check_drive_link(url: str, expect: str | None = "folder") -> list[Finding]:
    url = url.strip()
    if not url:
        return [Finding("link.missing", ERROR)]
    if not re.match(r"^https?://", url, re.IGNORECASE):
        if url.lower().startswith(tuple(DRIVE_HOSTS)):
            url = "https://" + url
        else:
            return [Finding("link.not_url", ERROR, {"url": url})]
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host not in DRIVE_HOSTS:
        return [Finding("link.not_drive", ERROR, {"url": url, "host": host or "-"})]
    path_and_query = parts.path + ("?" + parts.query if parts.query else "")
    is_folder = bool(_FOLDER.search(parts.path))
    is_file = bool(_FILE.search(parts.path))
    if not (is_folder or is_file or _OPEN_ID.search(path_and_query)):
        return [Finding("link.incomplete", ERROR, {"url": url})]
    findings = []
    if expect == "folder" and is_file:
        findings.append(Finding("link.file_not_folder", WARNING, {"url": url}))
    findings.append(Finding("link.share_reminder", INFO))
    return findings
