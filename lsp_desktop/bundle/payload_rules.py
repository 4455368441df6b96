"""The documents of a bundle held against the rules import applies when it attaches
them: a file the circular's item would refuse (a picture where only PDF is taken, a zip
named .pdf) makes verify say damaged, as import would refuse it. Read once, with the same
checks the store runs (checks.can_attach), one document at a time."""

from __future__ import annotations

import zipfile

from lsp_desktop.base.filenames import base_name
from lsp_desktop.checks import can_attach, check_bytes
from lsp_desktop.checks.findings import ERROR, Finding
from lsp_desktop.circulars.catalog import Catalog, general_file_rule
from lsp_desktop.store.records import ASSESSOR_FILE_KINDS, assessor_file_check

# At most this many refused documents are named: the rest say the same.
MAX_FINDINGS = 10


def payload_findings(archive: zipfile.ZipFile, top: str, manifest: dict, catalog: Catalog,
                     read) -> list[Finding]:
    """``read(archive, member)``: the verified reader (never more than a member's size)."""
    found: list[Finding] = []
    forms = {r.id: r for r in catalog.requirements}
    for item in manifest.get("requirements", []):
        requirement = forms.get(item["id"])
        if requirement is None or requirement.form != "file":
            continue  # named by manifest_rules already
        for file in item.get("files", []):
            name = base_name(file["name"])
            report = check_bytes(read(archive, f"{top}/{file['path']}"), name, requirement)
            if refusal := can_attach(report, requirement):
                found.append(_refused(file["path"], refusal))
            if len(found) >= MAX_FINDINGS:
                return found
    for file in manifest.get("data", {}).get("assessor_files", []):
        if file["kind"] not in ASSESSOR_FILE_KINDS:
            continue
        report, _ = assessor_file_check(file["kind"], base_name(file["name"]),
                                        read(archive, f"{top}/{file['path']}"))
        if refusal := can_attach(report, general_file_rule()):
            found.append(_refused(file["path"], refusal))
        if len(found) >= MAX_FINDINGS:
            break
    return found


def _refused(path: str, refusal: Finding) -> Finding:
    return Finding("bundle.file_refused", ERROR, {"file": path, **refusal.carried()})
