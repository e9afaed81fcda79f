"""Reading the lines of a YAML file as an author sees them: indentation, dashes, keys, quotes.

The parser's view of a broken file is gone once it fails; what is left is the text. These
helpers look at single lines the way an author does ("the key is in column 5", "the quote is
not closed on this line"), for :mod:`quiz.bank.yaml.explain` to reason about.
"""

from __future__ import annotations

import re

# A line: indentation, any "- " list markers, then the rest.
_LINE = re.compile(r"^(?P<indent> *)(?P<dashes>(?:-(?: +|$))*)(?P<rest>.*)$")
# The rest of a line that starts with a key: ``key:`` then a space or the end of the line.
KEY = re.compile(r"^(?P<key>[^\s#'\"\[\]{},&*!|>%@`-][^#]*?|-[^\s#]+?):(?: +(?P<value>.*)|$)")
GLUED_KEY = re.compile(r"^(?P<key>[A-Za-z_][A-Za-z0-9_]*):(?P<after>[^\s:/\\].*)$")


class Source:
    """The lines of a file, numbered from 1 as editors number them."""

    def __init__(self, text: str) -> None:
        self.lines = [line.rstrip("\r") for line in text.split("\n")]

    def text(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def parts(self, number: int) -> tuple[int, int, str]:
        """Indentation, column where the content starts (after ``- ``), and that content."""
        match = _LINE.match(self.text(number))
        assert match is not None  # every part of the pattern may be empty
        indent = len(match["indent"])
        return indent, indent + len(match["dashes"]), match["rest"]

    def is_item(self, number: int) -> bool:
        indent, content, _ = self.parts(number)
        return content > indent

    def blank(self, number: int) -> bool:
        stripped = self.text(number).strip()
        return not stripped or stripped.startswith("#")

    def previous(self, number: int) -> int:
        """The nearest earlier line with content; 0 when there is none."""
        number -= 1
        while number >= 1 and self.blank(number):
            number -= 1
        return number


def quoted(value: str) -> str:
    """``value`` as a YAML quoted scalar: double quotes, or single ones if it has ``"``."""
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def value_start(source: Source, number: int) -> tuple[int, str] | None:
    """Column (0-based) and text of the value on a ``key: value`` or ``- value`` line."""
    _, content, rest = source.parts(number)
    key = KEY.match(rest)
    if key is not None:
        value = key["value"] or ""
        return content + len(rest) - len(value), value
    if source.is_item(number):
        return content, rest
    return None


def closing_quote(value: str) -> int | None:
    """Index of the quote that ends a quoted value starting at ``value[0]``; None if unclosed."""
    mark = value[0]
    index = 1
    while index < len(value):
        char = value[index]
        if mark == '"' and char == "\\":
            index += 2
            continue
        if char == mark:
            if mark == "'" and value[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None
