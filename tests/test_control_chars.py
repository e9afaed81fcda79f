"""The control-character scans are single regular expressions; on every code point they agree
with the rule they replace, which asked ``unicodedata.category`` about each character."""

from __future__ import annotations

import unicodedata

from quiz.bank.yaml import tree as yaml_tree
from quiz.diagnostics import printable

EVERY_CHARACTER = "".join(chr(code) for code in range(0x110000))
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def old_printable(text: str) -> str:
    def escape(char: str) -> str:
        code = ord(char)
        return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"

    def unsafe(char: str) -> bool:
        return unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS

    return "".join(escape(char) if unsafe(char) else char for char in text)


def test_printable_escapes_exactly_what_the_per_character_rule_escaped() -> None:
    assert printable(EVERY_CHARACTER) == old_printable(EVERY_CHARACTER)


def test_printable_returns_safe_text_unchanged() -> None:
    text = "bank.yaml:3:5: error: tekst met ‘quotes’ — en é"
    assert printable(text) is text


def test_the_yaml_control_pattern_matches_the_per_character_rule() -> None:
    found = {match.start() for match in yaml_tree._CONTROL.finditer(EVERY_CHARACTER)}
    expected = {
        code
        for code, char in enumerate(EVERY_CHARACTER)
        if char not in "\t\n" and unicodedata.category(char) == "Cc"
    }
    assert found == expected
