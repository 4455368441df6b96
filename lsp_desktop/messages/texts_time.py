"""Dates, times and the circular's time to complete the requirements, in words
(messages/time_words.py): code: (Indonesian, English)."""

# A month by its number, as people write it in a date ("17 Maret 2026").
MONTH_NAMES: dict[str, tuple[str, str]] = {
    "1": ("Januari", "January"), "2": ("Februari", "February"), "3": ("Maret", "March"),
    "4": ("April", "April"), "5": ("Mei", "May"), "6": ("Juni", "June"),
    "7": ("Juli", "July"), "8": ("Agustus", "August"), "9": ("September", "September"),
    "10": ("Oktober", "October"), "11": ("November", "November"),
    "12": ("Desember", "December"),
}

TEXTS: dict[str, tuple[str, str]] = {
    "time.moment": ("{date} pukul {hours}.{minutes} {zone}", "{date} at {hours}:{minutes} {zone}"),
    "time.day": ("{count} hari", "{count} day"),
    "time.days": ("{count} hari", "{count} days"),
    "time.period": (
        "{days} hari kalender untuk melengkapi persyaratan, mulai {first} sampai dengan "
        "{last}.",
        "{days} calendar days to complete the requirements, from {first} to {last}."),
    "time.period_training": (
        " Apabila sudah lengkap, selanjutnya melakukan pendaftaran pelatihan pada tautan "
        "{link}",
        " Once complete, the next step is to register for the training at {link}"),
    "time.window_ahead": (
        "Waktu melengkapi persyaratan dimulai {first} ({days} lagi) dan berakhir {last}.",
        "The time to complete the requirements starts {first} ({days} from now) and ends "
        "{last}."),
    "time.window_last_day": (
        "Hari terakhir untuk melengkapi persyaratan: hari ini, {last}.",
        "Last day to complete the requirements: today, {last}."),
    "time.window_left": (
        "Sisa {days} untuk melengkapi persyaratan: sampai {last}.",
        "{days} left to complete the requirements: until {last}."),
    "time.window_ended": (
        "Waktu melengkapi persyaratan menurut surat edaran ini ({first} – {last}) sudah "
        "berakhir {days} lalu. Tautan pendaftaran pelatihannya mungkin sudah tidak berlaku: "
        "tanyakan kepada BNSP jadwal baru atau surat edaran yang baru.",
        "The time this circular gave to complete the requirements ({first} – {last}) ended "
        "{days} ago. Its training registration link may no longer work: ask BNSP for a new "
        "schedule or a new circular."),
    "time.registration_link": (
        "Tautan pendaftaran pelatihan dari surat edaran ini: {link}",
        "Training registration link of this circular: {link}"),
    "time.registration_next": (
        "Semua sudah lengkap: selanjutnya lakukan pendaftaran pelatihan pada tautan {link}",
        "Everything is complete: next, register for the training at {link}"),
}
