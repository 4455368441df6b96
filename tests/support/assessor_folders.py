"""A generated assessors' folder as admins receive it: 10 assessors x 4 documents with the
name variations colleagues use, and two strays (a colleague not on the list, a snapshot no
rule places); shared by the core, command line and window tests."""

import io
import os

from PIL import Image, ImageDraw

from lsp_desktop.store.records import Person, Records
from tests import makefiles as mk

# (as listed in the workspace, the subfolder's name as the colleague typed it)
ASSESSORS = [
    ("Dedi Kurniawan, S.T.", "dedi kurniawan"),
    ("Dr. Ir. Siti Aminah, M.T.", "SITI AMINAH"),
    ("Budi Santoso", "budi   santoso"),
    ("Rina Wulandari, S.Kom.", "Rina_Wulandari"),
    ("Agus Salim", "Agus Salim S.Kom"),
    ("H. Ahmad Fauzi, S.E., M.M.", "ahmad fauzi"),
    ("Maria Goretti Lestari", "Maria Goretti Lestari, S.Pd."),
    ("Yohanes Pratama, S.T., M.Eng.", "yohanes-pratama"),
    ("Nur Hidayah", "Nur.Hidayah"),
    ("Wayan Sudarma", "3273010101800010 wayan"),  # by the NIK in the name
]
# File names per assessor: the ways the four documents arrive; None: the pasfoto is found
# by its content (a phone photo named IMG_…).
NAMES = [("KTP.jpg", "Sertifikat BNSP.pdf", "Ijazah S1.pdf", "pasfoto.jpg"),
         ("scan_ktp.pdf", "sertifikat_kompetensi.pdf", "ijasah.pdf", None),
         ("e-KTP.pdf", "SERTIFIKAT.pdf", "IJAZAH TERAKHIR.pdf", "Pas Foto 3x4.jpg")]


def portrait(noisy: bool = False) -> bytes:
    """A pasfoto: a head on a plain red background, portrait; noisy, a snapshot of a person
    in a room (shelves, a window, noise)."""
    image = Image.new("RGB", (300, 400), (200, 20, 30))
    draw = ImageDraw.Draw(image)
    if noisy:
        image = Image.frombytes("RGB", (300, 400), os.urandom(300 * 400 * 3))
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, 120, 60), fill=(240, 240, 250))
        draw.rectangle((200, 20, 300, 200), fill=(90, 60, 30))
    draw.ellipse((90, 90, 210, 250), fill=(230, 190, 160))
    draw.rectangle((60, 260, 240, 400), fill=(20, 20, 60))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def make_folder(root):
    for index, (_listed, folder) in enumerate(ASSESSORS):
        names = NAMES[index % 3]
        sub = root / folder
        sub.mkdir(parents=True)
        for kind_index, name in enumerate(names):
            if kind_index == 3:
                mk.write(sub, name or f"IMG_20250{index}12.jpg", portrait())
            elif name.endswith(".jpg"):
                mk.write(sub, name, mk.image_bytes("JPEG", (856, 540)))
            else:
                mk.write(sub, name, mk.pdf_bytes(title=f"{folder} {name}"))
    # The two strays: a colleague not on the list, and a snapshot no rule places.
    (root / "Tono Sugiarto").mkdir()
    mk.write(root / "Tono Sugiarto", "KTP.jpg", mk.image_bytes("JPEG", (856, 540)))
    mk.write(root / "dedi kurniawan", "IMG_9999.jpg", portrait(noisy=True))
    (root / ".DS_Store").write_bytes(b"\0")  # the system's, silently left out


def listed(workspace):
    records = Records(workspace)
    return [records.save_person(Person(None, name, "asesor", f"32730101018000{i + 1:02d}"))
            for i, (name, _folder) in enumerate(ASSESSORS)]


def citra_twice(workspace, root):
    """Citra's certificate twice: in a subfolder named by her NIK (a picture that passes the
    checks) and in one named by her name (a password-locked PDF), as colleagues send it."""
    citra = Records(workspace).save_person(Person(None, "Citra Dewi", "asesor",
                                                  "3273016501850003"))
    for sub in ("3273016501850003", "citra dewi"):
        (root / sub).mkdir(parents=True)
    mk.write(root / "3273016501850003", "sertifikat.jpg", mk.image_bytes("JPEG", (856, 540)))
    mk.write(root / "citra dewi", "sertifikat teknis.pdf", mk.encrypted_pdf("rahasia"))
    mk.write(root / "citra dewi", "ktp.jpg", mk.image_bytes("JPEG", (856, 540)))
    return citra
