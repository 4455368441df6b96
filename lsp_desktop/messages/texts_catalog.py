"""The kinds of value a circular's catalogue file may hold, as its refusals name them
(circulars/grammar.py passes the kinds, messages/value_shapes.py says them): keyed by
the Python type's name, each (Indonesian, English)."""

KIND_NAMES: dict[str, tuple[str, str]] = {
    "str": ("teks", "text"),
    "int": ("bilangan bulat", "a whole number"),
    "bool": ("true atau false", "true or false"),
    "list": ("daftar", "a list"),
    "dict": ("tabel", "a table"),
    "date": ("tanggal (TTTT-BB-HH)", "a date (YYYY-MM-DD)"),
    # Between two kinds a value may be of ("teks atau daftar"): no type has this name.
    " or ": (" atau ", " or "),
}
