"""File checks on real files: what an admin drops, and what the checks say about it."""

import os

import pytest

from lsp_desktop.checks import check_bytes, check_file
from lsp_desktop.messages import render
from tests import makefiles as mk


def codes(report):
    return [f.code for f in report.findings]


@pytest.mark.parametrize("data,name,fmt", [
    (mk.pdf_bytes(), "a.pdf", "pdf"),
    (mk.image_bytes("JPEG"), "a.jpg", "jpeg"),
    (mk.image_bytes("PNG"), "a.png", "png"),
    (mk.image_bytes("WEBP"), "a.webp", "webp"),
    (mk.image_bytes("TIFF"), "a.tif", "tiff"),
    (mk.image_bytes("GIF", mode="P", color=1), "a.gif", "gif"),
    (mk.image_bytes("BMP"), "a.bmp", "bmp"),
    (mk.heic_like(), "a.heic", "heic"),
    (mk.docx_bytes(), "a.docx", "docx"),
    (mk.xlsx_bytes(), "a.xlsx", "xlsx"),
    (mk.odt_bytes(), "a.odt", "odt"),
    (mk.ole_doc_bytes(), "a.doc", "doc"),
    (mk.zip_with({"a.txt": b"x"}), "a.zip", "zip"),
    (b"", "a.pdf", "empty"),
    (b"just some text\n" * 10, "a.txt", "unknown"),
])
def test_format_is_recognised_by_content(data, name, fmt):
    assert check_bytes(data, name).format == fmt


def test_photo_renamed_to_pdf_is_named_for_what_it_is(catalog):
    report = check_bytes(mk.image_bytes("JPEG"), "npwp.pdf", catalog.requirement("npwp"))
    assert report.verdict == "error" and codes(report) == ["format.mismatch"]
    finding = report.findings[0]
    assert finding.values["named"] == "pdf" and finding.values["detected"] == "jpeg"
    message = finding.message("id")
    assert ".pdf" in message and "JPEG" in message and "PDF" in message


def test_png_named_jpg_for_logo_is_only_a_warning(catalog):
    report = check_bytes(mk.image_bytes("PNG", size=(400, 400)), "logo.jpg",
                         catalog.requirement("logo"))
    assert report.verdict == "warning" and codes(report) == ["format.mismatch"]
    assert ".png" in report.findings[0].message("en")


@pytest.mark.parametrize("data,name,advice", [
    (mk.heic_like(), "foto.heic", "JPG"),
    (mk.docx_bytes(), "npwp.docx", "PDF"),
])
def test_wrong_format_says_how_to_convert(catalog, data, name, advice):
    requirement = catalog.requirement("npwp" if name.startswith("npwp") else "foto-kantor")
    report = check_bytes(data, name, requirement)
    assert codes(report) == ["format.not_allowed"]
    assert advice in report.findings[0].message("id")


@pytest.mark.parametrize("size,expected", [
    (2_000_000, []),
    (2_000_001, ["size.near_limit"]),
    (2_097_152, ["size.near_limit"]),
    (2_097_153, ["size.too_large"]),
])
def test_two_megabytes_read_both_ways(size, expected):
    report = check_bytes(mk.pdf_of_size(size), "sk.pdf")
    assert report.size == size and codes(report) == expected
    if expected == ["size.near_limit"]:
        message = report.findings[0].message("id")
        assert "2.000.000" in message and "2.097.152" in message


def test_oversized_scan_is_still_checked_in_full(tmp_path):
    path = mk.write(tmp_path, "scan.pdf", mk.pdf_of_size(6_000_000, pages=3))
    report = check_file(path)
    assert report.verdict == "error" and codes(report) == ["size.too_large"]
    assert report.pages == 3 and report.sha256 is not None
    assert "kompres" in report.findings[0].message("id").lower()


def test_video_far_too_large_is_refused_without_reading(tmp_path):
    path = tmp_path / "rekaman.mp4"
    with path.open("wb") as handle:
        handle.write(b"\x00\x00\x00\x18ftypmp42")
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB that cost nothing to make
    report = check_file(path)
    assert "size.far_too_large" in codes(report)
    assert report.sha256 is None and report.pages is None and report.width is None


def test_good_pdf_reports_pages(tmp_path):
    report = check_file(mk.write(tmp_path, "sk.pdf", mk.pdf_bytes(pages=4)))
    assert report.verdict == "ok" and report.pages == 4 and report.encrypted is False


def test_truncated_pdf_is_damaged_with_a_plain_reason():
    data = mk.pdf_bytes(pages=2)
    report = check_bytes(data[: len(data) // 2], "sk.pdf")
    assert codes(report) == ["pdf.damaged"] and report.pages is None
    assert "terpotong" in report.findings[0].message("id")
    assert "cut short" in report.findings[0].message("en")


def test_garbage_after_pdf_header_is_damaged():
    report = check_bytes(b"%PDF-1.7\n" + os.urandom(20_000), "x.pdf")
    assert codes(report) == ["pdf.damaged"]


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_encrypted_pdf_says_whether_it_needs_a_password(algorithm):
    locked = check_bytes(mk.encrypted_pdf("rahasia", algorithm), "x.pdf")
    assert locked.encrypted is True and codes(locked) == ["pdf.password_required"]
    assert locked.verdict == "error" and "kata sandi" in locked.findings[0].message("id")
    restricted = check_bytes(mk.encrypted_pdf("", algorithm), "x.pdf")
    assert restricted.encrypted is True and codes(restricted) == ["pdf.encrypted_no_password"]
    assert restricted.verdict == "warning" and restricted.pages == 1


@pytest.mark.parametrize("maker,code", [
    (mk.pdf_with_javascript, "pdf.javascript"),
    (mk.pdf_with_attachment, "pdf.embedded_files"),
    (mk.pdf_with_form, "pdf.form"),
])
def test_active_content_is_a_warning(maker, code):
    report = check_bytes(maker(), "x.pdf")
    assert code in codes(report) and report.verdict == "warning"


def test_scan_bytes_that_look_like_active_content_are_not_flagged():
    # Megabytes of JPEG data contain any short byte run by chance; only the objects count.
    chance = os.urandom(5_000) + b"/JS (x) /JS<41> /JavaScript /EmbeddedFile" + os.urandom(5_000)
    report = check_bytes(mk.pdf_with_stream_data(chance), "scan.pdf")
    assert codes(report) == [] and report.verdict == "ok"


def test_pdf_without_pages_is_an_error():
    report = check_bytes(mk.pdf_without_pages(), "x.pdf")
    assert codes(report) == ["pdf.no_pages"] and report.pages == 0


def test_empty_file(tmp_path):
    report = check_file(mk.write(tmp_path, "kosong.pdf", b""))
    assert codes(report) == ["file.empty"] and report.format == "empty"


def test_missing_file_and_folder_get_plain_errors(tmp_path):
    assert codes(check_file(tmp_path / "tidak-ada.pdf")) == ["file.not_found"]
    assert codes(check_file(tmp_path)) == ["file.not_a_file"]


def test_image_sizes_and_mode(catalog):
    report = check_bytes(mk.image_bytes("PNG", size=(640, 480)), "foto.png",
                         catalog.requirement("foto-kantor"))
    assert (report.width, report.height, report.color_mode) == (640, 480, "RGB")
    assert report.verdict == "ok"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_image_is_an_error(fmt):
    data = mk.image_bytes(fmt, size=(300, 300), noise=True)
    report = check_bytes(data[: len(data) // 2], f"x.{fmt.lower()}")
    assert codes(report) in (["image.truncated"], ["image.damaged"])
    assert report.verdict == "error"


def test_decompression_bomb_is_refused_without_decoding():
    for side in (15_000, 40_000):  # past our limit; past Pillow's own guard too
        report = check_bytes(mk.png_header_only(side, side), "bom.png")
        assert codes(report) == ["image.too_many_pixels"]
        assert f"{side * side // 1_000_000} megapiksel" in report.findings[0].message("id")


def test_exif_rotation_and_cmyk_are_warnings():
    rotated = check_bytes(mk.image_bytes("JPEG", exif_orientation=6), "x.jpg")
    assert rotated.exif_orientation == 6 and codes(rotated) == ["image.exif_rotated"]
    cmyk = check_bytes(mk.image_bytes("JPEG", mode="CMYK", color=(0, 0, 0, 0)), "x.jpg")
    assert codes(cmyk) == ["image.cmyk"]


def test_small_logo_and_portrait_office_photo_are_hinted(catalog):
    logo = check_bytes(mk.image_bytes("PNG", size=(180, 120)), "logo.png",
                       catalog.requirement("logo"))
    assert codes(logo) == ["image.too_small"] and "200" in logo.findings[0].message("id")
    office = check_bytes(mk.image_bytes("JPEG", size=(600, 900)), "kantor.jpg",
                         catalog.requirement("foto-kantor"))
    assert codes(office) == ["image.portrait"]
    # A phone photo stored landscape but shown upright by EXIF is portrait to the viewer.
    sideways = check_bytes(mk.image_bytes("JPEG", size=(900, 600), exif_orientation=6),
                           "kantor.jpg", catalog.requirement("foto-kantor"))
    assert "image.portrait" in codes(sideways)


def test_every_message_exists_in_both_languages_and_says_what_to_do():
    from lsp_desktop.messages import MESSAGES

    for code, (indonesian, english) in MESSAGES.items():
        assert indonesian and english and indonesian != english, code
    sample = render("size.too_large", {"size": 6_291_456, "limit_decimal": 2_000_000,
                                       "limit_binary": 2_097_152}, "id")
    assert "6,29 MB" in sample and "Kompres" in sample
    assert "6.29 MB" in render("size.too_large", {"size": 6_291_456}, "en")


def test_randomly_damaged_files_always_get_a_verdict():
    """Bytes flipped and files cut anywhere, as USB sticks and phones do: a finding, never
    an exception (which would reach the admin as a crash)."""
    import random

    rng = random.Random(7)
    seeds = [mk.pdf_bytes(pages=3), mk.pdf_with_form(), mk.encrypted_pdf("", "AES-128"),
             mk.image_bytes("JPEG", size=(120, 120), noise=True),
             mk.image_bytes("PNG", size=(80, 80), noise=True), mk.docx_bytes()]
    for _ in range(600):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(1, len(data))]
        report = check_bytes(bytes(data), "rusak.pdf")
        assert report.verdict in ("ok", "warning", "error")
        for finding in report.findings:
            assert finding.message("id") and finding.message("en")
