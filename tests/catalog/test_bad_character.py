"""A circular's text field holds no control, invisible or direction character: the quick
test of a whole text (``str.isprintable``) lets through nothing the character-by-character
reading refuses."""

import unicodedata

from lsp_desktop.circulars.grammar import bad_character

REFUSED = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def test_no_refused_character_counts_as_printable():
    # What the quick test relies on, for every code point of this Python's Unicode.
    printable_yet_refused = [hex(code) for code in range(0x110000)
                             if chr(code).isprintable()
                             and unicodedata.category(chr(code)) in REFUSED]
    assert printable_yet_refused == []


def test_the_first_bad_character_is_named_by_its_code():
    assert bad_character("Tanda\u00a0tangan — ASN, Ijazah S1") is None  # a no-break space
    assert bad_character("SK\u200bLisensi\u202e") == "U+200B"
    assert bad_character("SK Lisensi\U000e0041") == "U+E0041"  # a tag character
    assert bad_character("surat\ue000edaran") == "U+E000"  # private use
    assert bad_character("baris satu\nbaris dua\tlagi") == "U+000A"
    assert bad_character("baris satu\nbaris dua\tlagi", lines=True) is None
    assert bad_character("baris satu\n\u2028", lines=True) == "U+2028"
    assert bad_character("baris satu\n\x7f", lines=True) == "U+007F"
