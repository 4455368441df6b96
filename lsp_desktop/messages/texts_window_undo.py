"""Window words of the one undo road (ui/road/edit_path.py): the Edit menu's step names and the
status line after an undo or redo. English written in ``tr("…")`` -> Indonesian.

Kept apart from texts_window.py so parallel work on different panels does not collide;
texts_window.py merges it into the one table the window reads.
"""

TEXTS: dict[str, str] = {
    "Undone: {step}":
        "Diurungkan: {step}",
    "Redone: {step}":
        "Diulangi: {step}",
    "“{step}” was not undone; the workspace is as it was. {reason}":
        "“{step}” tidak diurungkan; ruang kerja tetap seperti semula. {reason}",
    "“{step}” was not redone; the workspace is as it was. {reason}":
        "“{step}” tidak diulangi; ruang kerja tetap seperti semula. {reason}",
    "Compress {name}":
        "Kompres {name}",
    "Rotate {name}":
        "Putar {name}",
    "Combine {name}":
        "Gabungkan {name}",
    "Change the profile":
        "Ubah profil",
    "Change the link of {item}":
        "Ubah tautan {item}",
    "Follow circular {number}":
        "Ikuti surat edaran {number}",
    "Change {field} of {name}":
        "Ubah {field} {name}",
    "Change {field}":
        "Ubah {field}",
    "Add {name}":
        "Tambah {name}",
    "Add a unit to {name}":
        "Tambah unit pada {name}",
    "Mark {name} as not submitted for 2.12":
        "Tandai {name} tidak diajukan di butir 2.12",
    "Submit {name} in 2.12 again":
        "Ajukan lagi {name} di butir 2.12",
    "Change the training participant":
        "Ubah peserta pelatihan",
    "An export is not undone with Ctrl+Z: the workspace is unchanged; delete the file if "
    "you do not need it.":
        "Ekspor tidak diurungkan dengan Ctrl+Z: ruang kerja tidak berubah; hapus berkasnya "
        "bila tidak diperlukan.",
}
