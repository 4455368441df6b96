"""What the fix commands say: the input's real size, a JPEG turned is said to be saved
again, which input of several is at fault, a bomb's real size, "or add --fix"."""

import io

from PIL import Image

from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import new_workspace


def photo(size, quality=97) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def test_rotating_a_big_photo_reports_the_input_size_and_says_it_was_saved_again(
        tmp_path, capsys):
    data = photo((3000, 2250))
    assert len(data) > 2_000_000
    source, out = tmp_path / "foto kantor.jpg", tmp_path / "tegak.jpg"
    source.write_bytes(data)
    code, text, _ = cli(capsys, "fix", "rotate", source, "--degrees", "90", "--out", out)
    assert code == 0
    size_mb = f"{len(data) / 1e6:.2f}".replace(".", ",")
    assert f"{size_mb} MB" in text  # the input's own size, not the turned copy's
    assert "disimpan ulang" in text and "dikompres agar muat" in text


def test_rotating_a_pdf_names_no_missing_resolution(tmp_path, capsys):
    source, out = tmp_path / "rekening.pdf", tmp_path / "putar.pdf"
    source.write_bytes(mk.pdf_bytes(pages=2))
    code, text, _ = cli(capsys, "fix", "rotate", source, "--degrees", "180", "--out", out)
    assert code == 0 and "2 halaman" in text
    assert "resolusi terendah -" not in text and text.rstrip().endswith(".")


def test_to_pdf_of_a_pdf_names_no_item(tmp_path, capsys):
    source = tmp_path / "rekening.pdf"
    source.write_bytes(mk.pdf_bytes())
    code, _, err = cli(capsys, "fix", "to-pdf", source, "--out", tmp_path / "x.pdf")
    assert code == 1 and "butir" not in err and "bukan foto" in err


def test_combine_names_the_locked_input(tmp_path, capsys):
    plain, locked = tmp_path / "rekening.pdf", tmp_path / "rekening-terkunci.pdf"
    plain.write_bytes(mk.pdf_bytes())
    locked.write_bytes(mk.encrypted_pdf("rahasia"))
    code, _, err = cli(capsys, "fix", "combine", plain, locked, "--out", tmp_path / "c.pdf")
    assert code == 1 and "rekening-terkunci.pdf" in err and "kata sandi" in err


def test_compress_of_a_png_bomb_says_its_real_size(tmp_path, capsys):
    bomb = tmp_path / "bomb-logo.png"
    bomb.write_bytes(mk.png_header_only(30_000, 30_000))
    code, _, err = cli(capsys, "fix", "compress", bomb, "--out", tmp_path / "b.png")
    assert code == 1 and "900 megapiksel" in err and "tak terduga" not in err


def test_compress_of_a_big_pdf_past_50_mb_is_read(tmp_path, capsys):
    source = tmp_path / "scan.pdf"
    source.write_bytes(mk.pdf_of_size(60_000_000))
    code, _, err = cli(capsys, "fix", "compress", source, "--out", tmp_path / "k.pdf")
    # Read and tried (its padding is no picture to shrink), not refused unread.
    assert code == 1 and "aman dibuka" not in err and "tidak dapat diperkecil" in err


def test_add_of_a_photo_named_pdf_suggests_fix(tmp_path, capsys, catalog):
    new_workspace(tmp_path / "ws.lspws")
    item = next(r for r in catalog.requirements if r.point == "2.9")
    assert item.formats == ("pdf",)
    source = tmp_path / "npwp-foto.pdf"
    source.write_bytes(photo((600, 400), quality=80))
    code, _, err = cli(capsys, "add", "--workspace", tmp_path / "ws.lspws", item.id, source)
    assert code == 1 and "--fix" in err
    code, text, _ = cli(capsys, "add", "--workspace", tmp_path / "ws.lspws", item.id, source,
                        "--fix")
    assert code == 0


def test_check_of_a_big_scan_gives_the_command_under_the_finding(tmp_path, capsys):
    source = tmp_path / "scan.pdf"
    source.write_bytes(mk.pdf_of_size(25_000_000))
    code, text, _ = cli(capsys, "check", source)
    assert code == 1 and "fix compress" in text and "video" not in text
