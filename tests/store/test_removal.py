"""Removing people and packages, then putting them back: everything that was theirs comes
back with the same ids (certificate data, 2.11 files, "not submitted" mark, participant)."""

from lsp_desktop.status.requirements import workspace_status
from lsp_desktop.store.participant import (
    Participant,
    not_submitted_assessors,
    participant,
    set_not_submitted,
    set_participant,
)
from lsp_desktop.store.records import AssessorData, Package, Person, Records, Unit
from lsp_desktop.store.removal import (
    put_back,
    remove_assessor_file,
    remove_packages,
    remove_people,
)
from tests import makefiles as mk


def _assessor(records, workspace):
    citra = records.save_person(Person(None, "Citra Dewi", "asesor", "3273016501850003",
                                       "citra@lsp.or.id", "081234567890", "sudah-submit"))
    records.save_assessor_data(AssessorData(citra.id, "MET.000.001573 2020", "0012345",
                                            "2020-01-10", "", "TIK"))
    records.attach_assessor_file(citra.id, "ktp", "ktp citra.jpg", mk.image_bytes("JPEG"))
    records.attach_assessor_file(citra.id, "pasfoto", "foto.jpg",
                                 mk.image_bytes("JPEG", (300, 400), color=(200, 20, 30)))
    set_not_submitted(workspace, citra.id, "sertifikasi ulang (RCC)")
    set_participant(workspace, Participant(citra.id, "Citra Dewi", job_title="Staf TI"))
    return citra


def test_a_removed_assessor_comes_back_whole(workspace):
    records = Records(workspace)
    ani = records.save_person(Person(None, "Ani", "pengarah", "3174055708900001"))
    citra = _assessor(records, workspace)
    before = [s.state for s in workspace_status(workspace)]
    removed = remove_people(workspace, [citra.id])
    assert removed.names == ["Citra Dewi"] and removed.count("assessor_files") == 2
    assert [p.name for p in records.people()] == ["Ani"]
    assert records.assessor_files(citra.id) == {} and not_submitted_assessors(workspace) == {}
    assert participant(workspace).person_id is None
    put_back(workspace, removed)
    back = records.person(citra.id)
    assert (back.name, back.nik, back.email, back.siapkerja) == (
        "Citra Dewi", "3273016501850003", "citra@lsp.or.id", "sudah-submit")
    assert records.assessor_data(citra.id).blanko_number == "0012345"
    assert sorted(records.assessor_files(citra.id)) == ["ktp", "pasfoto"]
    assert records.assessor_file_bytes(records.assessor_files(citra.id)["ktp"])[:2] == b"\xff\xd8"
    assert not_submitted_assessors(workspace) == {citra.id: "sertifikasi ulang (RCC)"}
    assert participant(workspace).person_id == citra.id
    assert [p.id for p in records.people()] == [ani.id, citra.id]
    assert [s.state for s in workspace_status(workspace)] == before


def test_a_removed_package_comes_back_with_its_units(workspace):
    records = Records(workspace)
    package = records.save_package(Package(None, "SKM/BNSP/00010/1/2020/37A5", "Pemrogram",
                                           "Programmer", "okupasi", "",
                                           [Unit(None, "J.620100.001.01", "A", "A"),
                                            Unit(None, "J.620100.002.01", "B", "B")]))
    removed = remove_packages(workspace, [package.saved_id])
    assert records.packages() == [] and removed.names == ["SKM/BNSP/00010/1/2020/37A5"]
    put_back(workspace, removed)
    [back] = records.packages()
    assert back.id == package.id and [u.code for u in back.units] == [
        "J.620100.001.01", "J.620100.002.01"]


def test_a_removed_211_file_comes_back(workspace):
    records = Records(workspace)
    citra = _assessor(records, workspace)
    removed = remove_assessor_file(workspace, citra.id, "ktp")
    assert removed.names == ["ktp citra.jpg"] and sorted(records.assessor_files(citra.id)) == [
        "pasfoto"]
    put_back(workspace, removed)
    assert records.assessor_files(citra.id)["ktp"].name == "ktp citra.jpg"
