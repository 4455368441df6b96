"""The catalogue says exactly what the circular says, and refuses a malformed file clearly."""

import datetime as dt

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import Profile, load_catalog

# The table of DESIGN.md: id -> (circular point, form, formats).
EXPECTED = {
    "siapkerja": ("1", "roster", ()),
    "sk-lisensi": ("2.1", "file", ("pdf",)),
    "sertifikat-lisensi": ("2.2", "file", ("pdf",)),
    "sk-asesor": ("2.3", "file", ("pdf",)),
    "logo": ("2.4", "file", ("jpeg", "png")),
    "foto-kantor": ("2.5", "file", ("jpeg", "png")),
    "acuan-paket": ("2.6", "file", ("pdf",)),
    "dokumen-skema": ("2.7", "link", ()),
    "sk-pelaksana": ("2.8", "file", ("pdf",)),
    "npwp": ("2.9", "file", ("pdf",)),
    "rekening": ("2.10", "file", ("pdf",)),
    "berkas-asesor": ("2.11", "link", ()),
    "data-asesor": ("2.12", "data", ()),
    "skkk": ("2.13", "file", ("pdf",)),
    "paket-kompetensi": ("2.14", "data", ()),
    "sk-staf-it": ("4", "file", ("pdf",)),
}
EXCEPTED = ["smk", "slb", "blk", "pekerja-domestik"]


def test_every_item_of_the_circular_with_its_rule(catalog):
    found = {r.id: (r.point, r.form, r.formats) for r in catalog.requirements}
    assert found == EXPECTED
    for item in catalog.requirements:
        assert item.title_id and item.title_en and item.description_id and item.description_en
        if item.form == "file":
            assert item.max_bytes == 2_097_152 and item.max_bytes_decimal == 2_000_000


def test_circular_facts(catalog):
    circular = catalog.circular
    assert circular.number == "SE.007/BNSP/IV/2025"
    assert circular.date == dt.date(2025, 4, 30)
    assert (circular.window_start, circular.window_end) == (dt.date(2025, 5, 5),
                                                           dt.date(2025, 5, 25))
    assert (circular.window_end - circular.window_start).days == 20
    assert circular.training_link == "https://bit.ly/daftarlatihansisfobaru"


@pytest.mark.parametrize("lsp_type,category", [("P1", "smk"), ("P1", "slb"), ("P2", "blk"),
                                               ("P3", "pekerja-domestik")])
def test_the_four_excepted_lsp_kinds_skip_packages(catalog, lsp_type, category):
    profile = Profile(lsp_type=lsp_type, category=category)
    applicable = {r.id for r in catalog.applicable(profile)}
    assert "acuan-paket" not in applicable and "paket-kompetensi" not in applicable
    assert "npwp" in applicable


def test_other_lsps_need_packages_and_skkk_only_when_used(catalog):
    ids = {r.id for r in catalog.applicable(Profile(lsp_type="P3", category="lainnya"))}
    assert {"acuan-paket", "paket-kompetensi"} <= ids and "skkk" not in ids
    with_skkk = {r.id for r in catalog.applicable(Profile(lsp_type="P3", category="lainnya",
                                                          uses_skkk=True))}
    assert with_skkk - ids == {"skkk"}


def test_required_categories_exist_with_their_types(catalog):
    types = {c.id: c.types for c in catalog.categories}
    assert "P1" in types["smk"] and "P1" in types["slb"]
    assert "P2" in types["blk"] and "P3" in types["pekerja-domestik"]
    assert set(types["lainnya"]) == {"P1", "P2", "P3"}
    assert all(c in types for c in EXCEPTED)


def _broken(tmp_path, old: str, new: str):
    source = load_catalog().source.read_text(encoding="utf-8")
    assert old in source
    path = tmp_path / "broken.toml"
    path.write_text(source.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LspError) as caught:
        load_catalog(path)
    return caught.value


def test_malformed_catalogue_names_file_item_and_field(tmp_path):
    error = _broken(tmp_path, 'form = "file"\nformats = ["jpeg", "png"]',
                    'form = "flie"\nformats = ["jpeg", "png"]')
    assert error.code == "catalog.invalid"
    assert error.values["item"] == "[[requirements]] logo"
    assert error.values["field"] == "form"
    message = error.message("id")
    assert "broken.toml" in message and "logo" in message and "form" in message


def test_missing_field_and_wrong_type_are_named(tmp_path):
    error = _broken(tmp_path, 'title_en = "LSP tax number (NPWP)"\n', "")
    assert (error.values["item"], error.values["field"]) == ("[[requirements]] npwp", "title_en")
    error = _broken(tmp_path, "max_mb = 2\ntitle_id = \"NPWP LSP\"",
                    "max_mb = \"2\"\ntitle_id = \"NPWP LSP\"")
    assert error.values["field"] == "max_mb" and "whole number" in error.message("en")
    assert "bilangan bulat" in error.message("id") and "number" not in error.message("id")


def test_toml_syntax_error_and_missing_file(tmp_path):
    error = _broken(tmp_path, "[catalog]", "[catalog")
    assert error.code == "catalog.invalid" and "baris" in error.message("id")
    # A quote left open is reported "at end of document": the end is named, never "?".
    path = tmp_path / "open-quote.toml"
    path.write_text("[circular]\nnumber = 'SE.1\n", encoding="utf-8")
    with pytest.raises(LspError) as caught:
        load_catalog(path)
    assert "baris 2, kolom 15" in caught.value.message("id")
    with pytest.raises(LspError) as caught:
        load_catalog(tmp_path / "nope.toml")
    assert caught.value.code == "catalog.missing"


def test_unknown_category_in_exclusion_is_refused(tmp_path):
    error = _broken(tmp_path, 'excluded_categories = ["smk", "slb", "blk", "pekerja-domestik"]',
                    'excluded_categories = ["smk", "sma"]')
    assert error.values["field"] == "excluded_categories" and "sma" in error.message("id")


@pytest.mark.parametrize("old,new,item,field", [
    ('dataset = "packages"\n', "", "paket-kompetensi", "dataset"),
    ('dataset = "packages"', 'dataset = "paket"', "paket-kompetensi", "dataset"),
    ('dataset = "packages"', 'dataset = "assessors"', "paket-kompetensi", "dataset"),
    ('parts = ["assessor-documents"]', 'parts = ["assessor-files"]', "berkas-asesor", "parts"),
    ('keywords = ["npwp"]', 'keywords = ["NPWP"]', "npwp", "keywords"),
    ('form = "roster"\n', 'form = "roster"\nkeywords = ["akun"]\n', "siapkerja", "keywords"),
    ('form = "roster"\n', 'form = "roster"\nparts = ["training-participant"]\n', "siapkerja",
     "parts"),
])
def test_what_the_code_reads_from_an_item_is_checked(tmp_path, old, new, item, field):
    """dataset, parts and keywords decide behaviour: a slip is named, not run."""
    error = _broken(tmp_path, old, new)
    assert error.code == "catalog.invalid"
    assert (error.values["item"].split()[-1], error.values["field"]) == (item, field)


def test_each_item_says_what_it_holds(catalog):
    assert catalog.holder("people").id == "siapkerja"
    assert catalog.holder("assessors").id == "data-asesor"
    assert catalog.holder("packages").id == "paket-kompetensi"
    assert catalog.holder("assessor-documents").id == "berkas-asesor"
    assert catalog.holder("training-participant").id == "sk-staf-it"
