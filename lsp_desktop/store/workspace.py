"""The workspace: one SQLite file holding everything the admin prepared.

SQLite as an application file format: every user action is one transaction, so a
crash, a killed process or a full disk loses nothing already saved. There is no Save
button. The file holds personal data (KTP, NPWP, bank book) and is created readable by
its owner only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import base_name
from lsp_desktop.base.files import (
    remove_leftovers,
    remove_remembered_partials,
    remove_stale,
    text_of_path,
)
from lsp_desktop.base.paths import (
    MERGE_FOLDER,
    default_workspace_path,
    temporary_dir,
    unfinished_dir,
)
from lsp_desktop.circulars.catalog import Catalog, Profile, Requirement, load_catalog
from lsp_desktop.store.blobs import blob_chunks, put_blob, read_blob
from lsp_desktop.store.connection import Transaction, row_id
from lsp_desktop.store.limits import MAX_LINK, check_lengths
from lsp_desktop.store.opening import open_connection

if TYPE_CHECKING:
    from lsp_desktop.checks import (
        CHECKER_VERSION,
        FileReport,
        can_attach,
        check_bytes,
        read_and_check,
    )

# The window opens a workspace before its checklist is first painted, and checks no file
# then: the checks (and json, for the change log and the check cache) are imported when a
# method first needs them, not with this module (tests/ui/test_fast_start.py).
_FROM_CHECKS = ("CHECKER_VERSION", "FileReport", "can_attach", "check_bytes", "read_and_check")


def _load_checks() -> None:
    """The checks' names made this module's own on first use, as an import at its top
    would have made them: whoever replaces ``store.workspace.check_bytes`` (a test
    playing a newer checker) still replaces what the methods call."""
    if "check_bytes" not in globals():
        from lsp_desktop import checks

        globals().update({name: getattr(checks, name) for name in _FROM_CHECKS})


def __getattr__(name: str) -> object:
    """``store.workspace.CHECKER_VERSION`` and the other names of the checks, loaded when
    first asked for (PEP 562)."""
    if name in _FROM_CHECKS:
        _load_checks()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(repr=False)
class Document:
    """A file attached to an item, as the workspace keeps it (its bytes: the blobs table)."""

    id: int
    requirement_id: str
    name: str
    size: int
    sha256: str
    format: str
    source_path: str | None
    added_at: str
    removed_at: str | None = None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Workspace:
    """An open workspace file. Use :func:`open_workspace` to get one."""

    def __init__(self, path: Path, catalog: Catalog) -> None:
        self.path = path
        self.catalog = catalog
        self.db = open_connection(path, catalog)
        self.is_open = True

    def close(self) -> None:
        self.is_open = False
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> Transaction:
        return Transaction(self.db)

    @contextlib.contextmanager
    def unsynced(self) -> Iterator[Workspace]:
        """For a workspace built whole under a temporary name (an import): a crash throws
        the file away, so its many small commits need not each wait for the disk. Synced
        again at the end; closing then checkpoints with a full sync."""
        self.db.execute("PRAGMA synchronous = OFF")
        try:
            yield self
        finally:
            self.db.execute("PRAGMA synchronous = FULL")

    def log_held_change(self, action: str, held: str, **detail: object) -> None:
        """Record a change to a data set or part (catalog.DATASETS, PEOPLE, PARTS) under
        the item of this catalogue that holds it; none if the circular does not ask for it."""
        self.log_change(action, self.catalog.holder_id(held), **detail)

    def last_change(self) -> int:
        """The number of the workspace's latest recorded change: another program's edit
        (the command line, a second window) shows as a number not seen before."""
        return int(self.db.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0])

    def log_change(self, action: str, requirement_id: str | None, **detail: object) -> None:
        """Record a change in the workspace's history, inside the caller's transaction."""
        import json

        self.db.execute("INSERT INTO changes (at, action, requirement_id, detail) "
                        "VALUES (?, ?, ?, ?)",
                        [now(), action, requirement_id, json.dumps(detail, ensure_ascii=False)])

    # -- profile --------------------------------------------------------------------------

    def profile(self) -> Profile:
        row = self.db.execute(
            "SELECT name, licence, lsp_type, category, uses_skkk FROM profile WHERE id = 1"
        ).fetchone()
        return Profile(name=row[0], licence=row[1], lsp_type=row[2], category=row[3],
                       uses_skkk=bool(row[4]))

    def set_profile(self, **changes: Any) -> Profile:
        """Change some fields of the profile; the rest keep their values. (Any: each
        field has its own type, which dataclasses.replace does not let mypy see.)"""
        profile = replace(self.profile(), **changes)
        check_lengths(name=profile.name, licence=profile.licence)
        self._validate_profile(profile)
        with self.transaction():
            self.db.execute(
                "UPDATE profile SET name=?, licence=?, lsp_type=?, category=?, uses_skkk=?, "
                "updated_at=? WHERE id = 1",
                [profile.name.strip(), profile.licence.strip(), profile.lsp_type,
                 profile.category, int(profile.uses_skkk), now()])
            self.log_change("profile", None, **{k: v for k, v in changes.items()})
        return self.profile()

    def _validate_profile(self, profile: Profile) -> None:
        type_ids = [t.id for t in self.catalog.lsp_types]
        if profile.lsp_type and profile.lsp_type not in type_ids:
            raise LspError("profile.bad_type", value=profile.lsp_type)
        if profile.category:
            category = self.catalog.category(profile.category)
            fits = category and (not profile.lsp_type or profile.lsp_type in category.types)
            if not fits:
                known = [c.id for c in self.catalog.categories
                         if not profile.lsp_type or profile.lsp_type in c.types]
                raise LspError("profile.bad_category", value=profile.category,
                               lsp_type=profile.lsp_type or "-", known=", ".join(known))

    # -- documents ------------------------------------------------------------------------

    _DOCUMENT_COLUMNS = ("SELECT id, requirement_id, name, size, sha256, format, source_path, "
                         "added_at, removed_at FROM documents")

    def documents(self, requirement_id: str | None = None,
                  include_removed: bool = False) -> list[Document]:
        sql = self._DOCUMENT_COLUMNS + " WHERE 1=1"
        args: list[object] = []
        if requirement_id:
            sql += " AND requirement_id = ?"
            args.append(requirement_id)
        if not include_removed:
            sql += " AND removed_at IS NULL"
        rows = self.db.execute(sql + " ORDER BY id", args).fetchall()
        return [Document(*row) for row in rows]

    def items_also_holding(self, sha256: str, requirement_id: str) -> list[str]:
        """Other items that hold the very same content (one scan attached twice)."""
        rows = self.db.execute(
            "SELECT DISTINCT requirement_id FROM documents WHERE sha256 = ? AND "
            "requirement_id != ? AND removed_at IS NULL ORDER BY id",
            [sha256, requirement_id]).fetchall()
        return [row[0] for row in rows]

    def document(self, document_id: int) -> Document:
        row = self.db.execute(self._DOCUMENT_COLUMNS + " WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise LspError("document.not_found", requirement=str(document_id))
        return Document(*row)

    def document_bytes(self, document: Document) -> bytes:
        return read_blob(self.db, document.sha256)

    def blob_chunks(self, sha256: str) -> Iterator[bytes]:
        """A stored file's bytes in pieces (a document's or an assessor's file)."""
        return blob_chunks(self.db, sha256)

    def attach(self, requirement_id: str, path: Path | str, replace_existing: bool = False,
               before_write: Callable[[], None] | None = None
               ) -> tuple[Document, FileReport]:
        """Copy a file into the workspace for a requirement. The original is only read.

        ``before_write`` runs inside the write transaction, before anything changes; if it
        raises, nothing is stored (the window uses it so that an older replacement never
        lands after a newer one)."""
        _load_checks()
        path = Path(path)
        requirement = self._file_requirement(requirement_id)
        report, data = read_and_check(path, requirement)
        name = base_name(path.name)  # as stored and shown: no direction-changing characters
        report.name = name
        return self._store(requirement, name, data, text_of_path(path.resolve()), report,
                           replace_existing, before_write)

    def attach_bytes(self, requirement_id: str, name: str, data: bytes,
                     source_path: str | None = None, replace_existing: bool = False,
                     before_write: Callable[[], None] | None = None
                     ) -> tuple[Document, FileReport]:
        _load_checks()
        requirement = self._file_requirement(requirement_id)
        name = base_name(name)  # as stored and shown: no direction-changing characters
        report = check_bytes(data, name, requirement)
        return self._store(requirement, name, data, source_path, report, replace_existing,
                           before_write)

    def _store(self, requirement: Requirement, name: str, data: bytes | None,
               source_path: str | None, report: FileReport, replace_existing: bool,
               before_write: Callable[[], None] | None = None
               ) -> tuple[Document, FileReport]:
        _load_checks()
        check_lengths(name=name)
        refusal = can_attach(report, requirement)
        if refusal or data is None or report.sha256 is None:
            raise LspError("attach.refused", name=name, requirement=requirement.id,
                           reason_code=refusal.code if refusal else "-",
                           reason_values=refusal.values if refusal else {})
        existing = self.documents(requirement.id)
        held = next((d for d in existing if d.sha256 == report.sha256), None)
        if held is not None:
            # The very bytes the item holds, given again (even with Replace): nothing is
            # written, and no superseded copy of itself is set aside. The caller tells it
            # by the document it gets back being one the item held before.
            return held, report
        if existing and not requirement.multiple and not replace_existing:
            raise LspError("attach.already_has_file", requirement=requirement.id,
                           existing=existing[0].name)
        with self.transaction():
            if before_write is not None:
                before_write()
                existing = self.documents(requirement.id)  # as of this transaction
            if not requirement.multiple:
                for old in existing:
                    self._mark_removed(old)
            put_blob(self.db, report.sha256, data)
            cursor = self.db.execute(
                "INSERT INTO documents (requirement_id, name, size, sha256, format, "
                "source_path, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [requirement.id, name, len(data), report.sha256, report.format, source_path,
                 now()])
            self._store_report(report)
            self.log_change("attach", requirement.id, name=name, sha256=report.sha256,
                            size=len(data))
        return self.document(row_id(cursor)), report

    def remove(self, document_id: int) -> Document:
        """Take a document off its requirement; :meth:`restore` undoes it."""
        document = self.document(document_id)
        with self.transaction():
            self._mark_removed(document)
        return document

    def _mark_removed(self, document: Document) -> None:
        self.db.execute("UPDATE documents SET removed_at = ? WHERE id = ?", [now(), document.id])
        self.log_change("remove", document.requirement_id, name=document.name, id=document.id)

    def restore(self, document_id: int) -> Document:
        document = self.document(document_id)
        requirement = self.catalog.requirement(document.requirement_id)
        with self.transaction():
            if not requirement.multiple:
                for other in self.documents(document.requirement_id):
                    self._mark_removed(other)
            self.db.execute("UPDATE documents SET removed_at = NULL WHERE id = ?", [document_id])
            self.log_change("restore", document.requirement_id, name=document.name, id=document_id)
        return self.document(document_id)

    def _file_requirement(self, requirement_id: str) -> Requirement:
        requirement = self.catalog.requirement(requirement_id)
        if requirement.form != "file":
            raise LspError("requirement.not_file", requirement=requirement_id,
                           form=requirement.form)
        return requirement

    # -- check results, cached by content and checker version ------------------------------

    def report_for(self, document: Document) -> FileReport:
        import json

        _load_checks()
        requirement = self.catalog.requirement(document.requirement_id)
        row = self.db.execute(
            "SELECT report FROM check_results WHERE sha256 = ? AND requirement_id = ? "
            "AND checker_version = ? AND rule = ?",
            [document.sha256, document.requirement_id, CHECKER_VERSION,
             requirement.rule_key]).fetchone()
        if row:
            report = FileReport.from_dict(json.loads(row[0]))
        else:
            report = check_bytes(self.document_bytes(document), document.name, requirement)
            with self.transaction():
                self._store_report(report)
        report.path, report.name = document.name, document.name
        return report

    def _store_report(self, report: FileReport) -> None:
        import json

        _load_checks()
        rule = self.catalog.requirement(report.requirement).rule_key if report.requirement \
            else ""
        self.db.execute(
            "INSERT OR REPLACE INTO check_results (sha256, requirement_id, checker_version, "
            "report, rule) VALUES (?, ?, ?, ?, ?)",
            [report.sha256, report.requirement, CHECKER_VERSION,
             # ASCII escapes: a path whose name is not valid UTF-8 is kept, not a crash.
             json.dumps(report.to_dict()), rule])

    # -- links ----------------------------------------------------------------------------

    def links(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT requirement_id, url FROM links").fetchall())

    def set_link(self, requirement_id: str, url: str) -> None:
        requirement = self.catalog.requirement(requirement_id)
        if requirement.form != "link":
            raise LspError("requirement.not_link", requirement=requirement_id,
                           form=requirement.form)
        check_lengths(MAX_LINK, url=url)
        with self.transaction():
            if url.strip():
                self.db.execute("INSERT OR REPLACE INTO links VALUES (?, ?, ?)",
                                [requirement_id, url.strip(), now()])
            else:
                self.db.execute("DELETE FROM links WHERE requirement_id = ?", [requirement_id])
            self.log_change("link", requirement_id, url=url.strip())

    def changes(self) -> list[dict]:
        cursor = self.db.execute("SELECT id, at, action, requirement_id, detail FROM changes "
                                 "ORDER BY id")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def open_workspace(path: Path | str | None = None, catalog: Catalog | None = None) -> Workspace:
    """Open (creating if need be) the named workspace, or the default one."""
    path = (Path(path) if path else default_workspace_path()).expanduser()
    # What a killed export, import or table write left beside the workspace.
    remove_leftovers(path.parent)
    remove_remembered_partials(unfinished_dir())  # and those a killed import left in another folder
    remove_stale(temporary_dir(), MERGE_FOLDER, folders=True)  # and a killed merge's folder
    try:
        return Workspace(path, catalog or load_catalog())
    except LspError as exc:
        # Not named: follow the circular the workspace records (lsp-desktop circulars).
        from lsp_desktop.circulars.library import find_catalog

        recorded = str(exc.values.get("found", ""))
        if catalog is None and exc.code == "workspace.other_catalog" and (
                found := find_catalog(recorded)):
            return Workspace(path, found)
        raise

