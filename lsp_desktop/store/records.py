"""People and data tables of the workspace: the roster (point 1), assessors and their
files (2.11, 2.12), social media (2.12), competency packages (2.14) and the IT staff
participant (point 4). Each change is one transaction, like everything in the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import base_name
from lsp_desktop.checks import CHECKER_VERSION, check_bytes
from lsp_desktop.checks.assessors import iso_date
from lsp_desktop.checks.findings import FileReport, Finding
from lsp_desktop.checks.packages import stored_kind
from lsp_desktop.circulars.catalog import PEOPLE
from lsp_desktop.messages import ASSESSOR_DOCUMENT_TITLES
from lsp_desktop.store.blobs import put_blob, read_blob
from lsp_desktop.store.connection import row_id
from lsp_desktop.store.limits import MAX_LINK, check_lengths
from lsp_desktop.store.workspace import Workspace, now

ROLES = ("pengarah", "pelaksana", "asesor")
SIAPKERJA_STATES = ("belum-daftar", "terdaftar", "data-lengkap", "sudah-submit")
ASSESSOR_FILE_KINDS = ("ktp", "sertifikat-teknis", "ijazah", "pasfoto")
SOCIAL_PLATFORMS = ("website", "instagram", "facebook", "youtube", "tiktok", "x")
# A person's SIAPkerja state: the Person field, and the column of the same name in the
# spreadsheets and the bundle's CSV (tables/rows.py SIAPKERJA_COLUMN).
SIAPKERJA_FIELD = "siapkerja"


@dataclass(eq=False, repr=False)
class Person:
    """A person of the roster: their role and SIAPkerja state."""

    id: int | None
    name: str
    role: str
    nik: str = ""
    email: str = ""
    phone: str = ""
    siapkerja: str = "belum-daftar"

    @property
    def saved_id(self) -> int:
        """The id of a person read from the workspace (one not yet saved has none)."""
        return _saved(self.id)


@dataclass(eq=False, repr=False)
class AssessorData:
    """An assessor's certificate: MET registration, form serial, dates and field."""

    person_id: int
    met_number: str = ""
    blanko_number: str = ""
    issued_on: str = ""
    expires_on: str = ""
    field: str = ""


@dataclass(eq=False, repr=False)
class Unit:
    """A competency unit of a package."""

    id: int | None
    code: str
    title_id: str = ""
    title_en: str = ""


@dataclass(eq=False, repr=False)
class Package:
    """A competency package and its units."""

    id: int | None
    code: str
    name_id: str = ""
    name_en: str = ""
    kind: str = ""
    reference: str = ""
    units: list[Unit] = field(default_factory=list)

    @property
    def saved_id(self) -> int:
        """The id of a package read from the workspace (one not yet saved has none)."""
        return _saved(self.id)


@dataclass
class ItStaff:
    """The IT staff member of point 4: name, e-mail, phone (the roster's, once picked there)."""

    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(eq=False, repr=False)
class AssessorFile:
    """One of an assessor's documents kept in the workspace (its bytes: the blobs table)."""

    person_id: int
    kind: str
    name: str
    size: int
    sha256: str
    format: str


def _person_values(person: Person) -> list:
    """The row to write, once the person is checked."""
    _validate_choice("role", person.role, ROLES)
    _validate_choice(SIAPKERJA_FIELD, person.siapkerja, SIAPKERJA_STATES)
    if not person.name.strip():
        raise LspError("person.name_missing")
    check_lengths(nama=person.name, nik=person.nik, email=person.email, telepon=person.phone)
    return [person.name.strip(), person.role, person.nik.strip(), person.email.strip(),
            person.phone.strip(), person.siapkerja, now()]


class Records:
    """The data tables of one open workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.db = workspace.db

    # -- people -----------------------------------------------------------------------------

    def people(self, role: str | None = None) -> list[Person]:
        sql = "SELECT id, name, role, nik, email, phone, siapkerja FROM people"
        rows = self.db.execute(sql + (" WHERE role = ?" if role else "") + " ORDER BY id",
                               [role] if role else []).fetchall()
        return [Person(*row) for row in rows]

    def person(self, person_id: int) -> Person:
        # By its id: reading every person to find one made saving 5,000 quadratic.
        row = self.db.execute("SELECT id, name, role, nik, email, phone, siapkerja FROM people "
                              "WHERE id = ?", [person_id]).fetchone()
        if row is None:
            raise LspError("person.not_found", id=person_id)
        return Person(*row)

    def add_people(self, people: list[Person]) -> list[Person]:
        """New people in one transaction (a bundle's roster): all saved, or none."""
        rows = [_person_values(person) for person in people]
        with self.ws.transaction():
            last = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM people").fetchone()[0]
            self.db.executemany(
                "INSERT INTO people (name, role, nik, email, phone, siapkerja, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            self.ws.log_held_change("people.add", PEOPLE, count=len(rows))
            added = self.db.execute("SELECT id, name, role, nik, email, phone, siapkerja "
                                    "FROM people WHERE id > ? ORDER BY id", [last]).fetchall()
        return [Person(*row) for row in added]

    def save_person(self, person: Person) -> Person:
        values = _person_values(person)
        with self.ws.transaction():
            if person.id is None:
                cursor = self.db.execute(
                    "INSERT INTO people (name, role, nik, email, phone, siapkerja, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", values)
                person = Person(row_id(cursor), *values[:6])
            else:
                self.db.execute("UPDATE people SET name=?, role=?, nik=?, email=?, phone=?, "
                                "siapkerja=?, updated_at=? WHERE id=?", [*values, person.id])
            if person.role != "asesor":
                self.db.execute("DELETE FROM assessors WHERE person_id = ?", [person.id])
            self.ws.log_held_change("person", PEOPLE, id=person.id, name=person.name)
        return self.person(person.saved_id)

    def delete_person(self, person_id: int) -> None:
        with self.ws.transaction():
            self.db.execute("DELETE FROM people WHERE id = ?", [person_id])
            self.ws.log_held_change("person.delete", PEOPLE, id=person_id)

    # -- assessors --------------------------------------------------------------------------

    def assessor_data(self, person_id: int) -> AssessorData:
        row = self.db.execute(
            "SELECT person_id, met_number, blanko_number, issued_on, expires_on, field "
            "FROM assessors WHERE person_id = ?", [person_id]).fetchone()
        return AssessorData(*row) if row else AssessorData(person_id)

    def assessors(self) -> list[tuple[Person, AssessorData]]:
        return [(p, self.assessor_data(p.saved_id)) for p in self.people("asesor")]

    def save_assessor_data(self, data: AssessorData) -> None:
        if self.person(data.person_id).role != "asesor":
            raise LspError("person.not_assessor", id=data.person_id)
        check_lengths(no_reg_met=data.met_number, no_blanko=data.blanko_number,
                      tanggal_terbit=data.issued_on, berlaku_sampai=data.expires_on,
                      bidang=data.field)
        with self.ws.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO assessors (person_id, met_number, blanko_number, "
                "issued_on, expires_on, field) VALUES (?, ?, ?, ?, ?, ?)",
                [data.person_id, data.met_number.strip(), data.blanko_number.strip(),
                 # one form kept and exported, however typed (20/01/2027 -> 2027-01-20)
                 iso_date(data.issued_on), iso_date(data.expires_on), data.field.strip()])
            self.ws.log_held_change("assessor", "assessors", id=data.person_id)

    def assessor_files(self, person_id: int) -> dict[str, AssessorFile]:
        rows = self.db.execute("SELECT person_id, kind, name, size, sha256, format "
                               "FROM assessor_files WHERE person_id = ?", [person_id]).fetchall()
        return {row[1]: AssessorFile(*row) for row in rows}

    def attach_assessor_file(self, person_id: int, kind: str, name: str, data: bytes
                             ) -> list[Finding]:
        """Keep one of the four 2.11 documents of an assessor, to prepare the Drive folder."""
        from lsp_desktop.checks import can_attach
        from lsp_desktop.circulars.catalog import general_file_rule

        _validate_choice("kind", kind, ASSESSOR_FILE_KINDS)
        name = base_name(name)  # as stored and shown: no direction-changing characters
        check_lengths(name=name)
        self.person(person_id)
        report, findings = assessor_file_check(kind, name, data)
        refusal = can_attach(report, general_file_rule())
        if refusal or report.sha256 is None:  # no checksum: the bytes were not all read
            # Named as on the document ("Sertifikat Kompetensi Teknis"), never by its id.
            raise LspError("attach.refused", name=name,
                           requirement=ASSESSOR_DOCUMENT_TITLES[kind],
                           **(refusal.carried() if refusal else {"reason": "-"}))
        with self.ws.transaction():
            put_blob(self.db, report.sha256, data)
            self.db.execute("INSERT OR REPLACE INTO assessor_files VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [person_id, kind, name, len(data), report.sha256, report.format,
                             now()])
            self._keep_findings(report.sha256, kind, findings)
            self.ws.log_held_change("assessor.file", "assessor-documents", id=person_id,
                                    kind=kind)
        return findings

    def assessor_file_bytes(self, file: AssessorFile) -> bytes:
        return read_blob(self.db, file.sha256)

    def assessor_file_findings(self, file: AssessorFile) -> list[Finding]:
        """What the checks say of a kept 2.11 file (the same as when it was attached): kept
        with the check results, so that opening the window does not read and check every
        assessor's scans again (and load the picture and PDF libraries to do it)."""
        import json  # here, as in store/workspace.py: not at the window's start

        row = self.db.execute(
            "SELECT report FROM check_results WHERE sha256 = ? AND requirement_id = ? "
            "AND checker_version = ? AND rule = ?",
            [file.sha256, _assessor_key(file.kind), CHECKER_VERSION, ASSESSOR_RULE]).fetchone()
        if row:
            return FileReport.from_dict(json.loads(row[0])).findings
        findings = assessor_file_check(file.kind, file.name, self.assessor_file_bytes(file))[1]
        with self.ws.transaction():
            self._keep_findings(file.sha256, file.kind, findings)
        return findings

    def _keep_findings(self, sha256: str, kind: str, findings: list[Finding]) -> None:
        import json

        kept = FileReport(path="", name="", requirement=None, size=0, findings=findings)
        self.db.execute(
            "INSERT OR REPLACE INTO check_results (sha256, requirement_id, checker_version, "
            "report, rule) VALUES (?, ?, ?, ?, ?)",
            [sha256, _assessor_key(kind), CHECKER_VERSION,
             json.dumps(kept.to_dict(), ensure_ascii=False), ASSESSOR_RULE])

    def remove_assessor_file(self, person_id: int, kind: str) -> None:
        with self.ws.transaction():
            self.db.execute("DELETE FROM assessor_files WHERE person_id = ? AND kind = ?",
                            [person_id, kind])
            self.ws.log_held_change("assessor.file.remove", "assessor-documents", id=person_id,
                                    kind=kind)

    # -- social media -----------------------------------------------------------------------

    def social_media(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT platform, value FROM social_media").fetchall())

    def set_social_media(self, platform: str, value: str) -> None:
        _validate_choice("platform", platform, SOCIAL_PLATFORMS)
        check_lengths(MAX_LINK, **{platform: value})
        with self.ws.transaction():
            if value.strip():
                self.db.execute("INSERT OR REPLACE INTO social_media VALUES (?, ?)",
                                [platform, value.strip()])
            else:
                self.db.execute("DELETE FROM social_media WHERE platform = ?", [platform])
            self.ws.log_held_change("social", "assessors", platform=platform)

    # -- competency packages ----------------------------------------------------------------

    def packages(self) -> list[Package]:
        packages = [Package(*row) for row in self.db.execute(
            "SELECT id, code, name_id, name_en, kind, reference FROM packages ORDER BY id")]
        units: dict[int, list[Unit]] = {}
        for row in self.db.execute(
                "SELECT package_id, id, code, title_id, title_en FROM units ORDER BY id"):
            units.setdefault(row[0], []).append(Unit(*row[1:]))
        for package in packages:
            package.units = units.get(package.saved_id, [])
        return packages

    def save_package(self, package: Package) -> Package:
        """Save a package with its units (the units given replace the ones kept)."""
        with self.ws.transaction():
            package_id = self.write_package(package)
            self.ws.log_held_change("package", "packages", code=package.code)
        return next(p for p in self.packages() if p.id == package_id)

    def write_package(self, package: Package) -> int:
        """A package and its units written inside the caller's transaction."""
        check_lengths(kode_paket=package.code, nama_paket=package.name_id,
                      nama_paket_en=package.name_en, jenis=package.kind, acuan=package.reference)
        for unit in package.units:
            check_lengths(kode_unit=unit.code, judul_unit=unit.title_id,
                          judul_unit_en=unit.title_en)
        values = [package.code.strip(), package.name_id.strip(), package.name_en.strip(),
                  stored_kind(package.kind), package.reference.strip()]
        if package.id is None:
            cursor = self.db.execute("INSERT INTO packages (code, name_id, name_en, kind, "
                                     "reference) VALUES (?, ?, ?, ?, ?)", values)
            package_id = row_id(cursor)
        else:
            package_id = package.id
            self.db.execute("UPDATE packages SET code=?, name_id=?, name_en=?, kind=?, "
                            "reference=? WHERE id=?", [*values, package_id])
            self.db.execute("DELETE FROM units WHERE package_id = ?", [package_id])
        self.db.executemany(
            "INSERT INTO units (package_id, code, title_id, title_en) VALUES (?, ?, ?, ?)",
            [(package_id, u.code.strip(), u.title_id.strip(), u.title_en.strip())
             for u in package.units])
        return package_id

    def delete_package(self, package_id: int) -> None:
        with self.ws.transaction():
            self.db.execute("DELETE FROM packages WHERE id = ?", [package_id])
            self.ws.log_held_change("package.delete", "packages", id=package_id)

    # -- IT staff (point 4) -----------------------------------------------------------------

    def it_staff(self) -> ItStaff:
        # The person chosen in the roster, as the roster has them now (store/participant.py).
        row = self.db.execute(
            "SELECT COALESCE(p.name, s.name), COALESCE(p.email, s.email), "
            "COALESCE(p.phone, s.phone) FROM it_staff s LEFT JOIN people p "
            "ON p.id = s.person_id WHERE s.id = 1").fetchone()
        return ItStaff(*row)

    def set_it_staff(self, staff: ItStaff) -> None:
        check_lengths(nama=staff.name, email=staff.email, telepon=staff.phone)
        with self.ws.transaction():
            self.db.execute("UPDATE it_staff SET name=?, email=?, phone=? WHERE id = 1",
                            [staff.name.strip(), staff.email.strip(), staff.phone.strip()])
            self.ws.log_held_change("it_staff", "training-participant")


def assessor_file_check(kind: str, name: str, data: bytes) -> tuple[FileReport, list[Finding]]:
    """The general file rules, and for the pasfoto its red background and shape."""
    from lsp_desktop.checks.assessors import (
        drive_folder_advice,
        pasfoto_findings,
        pasfoto_pdf_findings,
    )
    from lsp_desktop.circulars.catalog import general_file_rule

    # The circular sets no format or size for 2.11's Drive folder: those are the app's advice.
    report = check_bytes(data, name, general_file_rule(our_reading=True))
    findings = list(report.findings)
    if kind == "pasfoto" and report.format in ("jpeg", "png"):
        findings += pasfoto_findings(data)
    elif kind == "pasfoto" and report.format == "pdf":
        findings += pasfoto_pdf_findings(data)
    return report, drive_folder_advice(findings)


# Check results of a 2.11 document, beside those of the items' files: keyed by the kind
# (a pasfoto has rules of its own) under a rule name no catalogue item uses.
ASSESSOR_RULE = "assessor-file"


def _assessor_key(kind: str) -> str:
    return f"assessor-file:{kind}"


def _saved(row: int | None) -> int:
    if row is None:  # a programming slip: an unsaved row used as a saved one
        raise ValueError("this row is not saved in the workspace yet")
    return row


def _validate_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise LspError("value.not_allowed", field=name, value=value, allowed=", ".join(allowed))
