"""Words an admin types into a spreadsheet cell or a command, read whatever language the
window shows (a sheet filled in Indonesian is read by an English window too): each
language's words side by side, so a third language adds its own here.

Read by tables/plan.py (the SIAPkerja column) and cli/ (yes or no)."""

# What admins write in a SIAPkerja status column, most specific first ("belum submit"
# before "submit"), with the step it means; "?" (tables.plan.AMBIGUOUS) is a cell that
# could mean two steps, so the admin is asked.
SIAPKERJA_PHRASES: list[tuple[tuple[str, ...], str]] = [
    (("lengkap belum submit", "lengkap belum kirim", "lengkap tapi belum",
      "lengkap namun belum"), "data-lengkap"),
    (("terdaftar belum submit", "terdaftar belum kirim", "sudah daftar belum submit",
      "sudah daftar belum kirim"), "terdaftar"),
    (("belum daftar", "belum registrasi", "belum terdaftar", "belum punya akun", "belum ada akun",
      "belum buat akun", "not registered"), "belum-daftar"),
    # Not submitted, but at which step? Not registered, registered, or data complete: ask.
    (("belum lengkap", "belum submit", "belum kirim", "belum dikirim", "belum di submit",
      "not submitted"), "?"),
    (("lengkap",), "data-lengkap"),
    (("sudah kirim", "sudah submit", "sudah dikirim", "sudah di submit", "terkirim", "submitted",
      "submit", "kirim"), "sudah-submit"),
    (("sudah daftar", "sudah registrasi", "terdaftar", "registrasi", "registered", "daftar"),
     "terdaftar"),
]
# Ticks mean yes; an "x" means "done" to some and "no" to others, so it is asked about.
TICKS = "✓✔√☑✅"
YES_WORDS = frozenset({"ya", "y", "yes", "sudah", "v", "ok", "1", "true", "selesai", "done",
                       *TICKS})
NO_WORDS = frozenset({"tidak", "t", "no", "n", "belum", "0", "false", "-"})
# A plain "no" in a status column: not registered (a bare "n" or "0" says too little).
NOT_REGISTERED_WORDS = frozenset({"tidak", "no", "-", "belum"})
# yes or no typed on the command line.
CLI_YES = ("yes", "y", "ya", "true", "1")
CLI_NO = ("no", "n", "tidak", "false", "0")
