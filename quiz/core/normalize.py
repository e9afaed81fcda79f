"""Reducing a typed answer to the form we compare, so only differences that matter remain.

Learners type on every kind of keyboard: without accents (``Oekraine``), with typographic quotes
pasted from the article, with a stray article (``de Universiteit van Amsterdam``) or full stop.
None of that says anything about whether they understood the text, so :func:`normalize` erases it
and :func:`typo_tolerance` decides how many remaining slips still count as "meant the same".
"""

from __future__ import annotations

import re
import unicodedata

# Letters that are "accented" to a Dutch reader but have no Unicode decomposition, so stripping
# combining marks would leave them alone (``Łódź`` must equal ``Lodz`` just as ``é`` equals ``e``).
_FOLD = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ß": "ss",
        # Every dash a keyboard or a word processor makes is the hyphen-minus: ``25–2`` = ``25-2``.
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\ufe58": "-",
        "\ufe63": "-",
    }
)

# Characters that show nothing yet make two strings differ: variation selectors and fillers that
# Unicode files as letters or symbols. Format (Cf) and control (Cc) characters are found by
# category in :func:`strip_invisible`.
_INVISIBLE_EXTRA = frozenset(
    [chr(c) for c in range(0xFE00, 0xFE10)]
    + [chr(c) for c in range(0xE0100, 0xE01F0)]
    + ["\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u034f"]
)

# Apostrophes join rather than split, so ``Poetin's`` = ``Poetins`` and ``'t`` stays one word.
_APOSTROPHES = frozenset("'`´‘’‚‛′ʼ")

_LEADING_ARTICLE = re.compile(r"(?:de|het|een|'t|'n)\s+(?=\S)")

# A dot followed by exactly three digits groups thousands in Dutch: ``10.000`` = ``10000``.
# Any other dot or comma between digits is a decimal sign: ``3.5`` = ``3,5``.
_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
# ``10 000`` (a space, or a thin or non-breaking one, folded to a space) groups thousands too, but
# only after a group of one to three digits: ``1994 100`` is two numbers.
_SPACED_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,.])")
_DECIMAL = re.compile(r"(?<=\d)[.,](?=\d)")
_DECIMAL_MARK = "\x00"  # survives the punctuation pass, restored as ``,`` afterwards

_NUMBER = re.compile(r"\d+(?:,\d+)*")


def strip_invisible(text: str) -> str:
    """``text`` without characters a reader cannot see: zero-width spaces, soft hyphens, NUL…

    Pasted or autocorrected answers carry them, and a learner cannot know they typed them, so they
    must never make a right answer "almost". Whitespace controls (tab, newline) stay whitespace.
    """
    if text.isascii() and text.isprintable():
        return text
    out: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cf" or ch in _INVISIBLE_EXTRA:
            continue
        if category == "Cc":
            if ch.isspace():
                out.append(" ")
            continue
        out.append(ch)
    return "".join(out)


def fold_for_answers(text: str) -> str:
    """Case, accents and compatibility forms (``ĳ``, ``²``, full-width) folded away; nothing else.

    Shared with the date parser, which needs month names compared the same forgiving way but
    must keep punctuation (``25-2`` is a date, ``25 2`` is not).
    """
    text = strip_invisible(text)
    if text.isascii():  # no accents, compatibility forms or other digits: case is all there is
        return text.casefold()
    text = unicodedata.normalize("NFKD", text).casefold()
    text = unicodedata.normalize("NFKD", text)  # casefold can produce decomposable characters
    out: list[str] = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        digit = unicodedata.decimal(ch, None)
        out.append(str(digit) if digit is not None else ch)
    return "".join(out).translate(_FOLD)


_ONE_APOSTROPHE = str.maketrans(dict.fromkeys(_APOSTROPHES, "'"))
_NOT_KEPT = re.compile(rf"[^\w'{_DECIMAL_MARK}]|_")


def collapse_quotes(text: str) -> str:
    """Every apostrophe-like character as ``'``, so rules below need to know only one."""
    return text.translate(_ONE_APOSTROPHE)


def normalize(text: str) -> str:
    """The comparison form: folded, punctuation-free, single-spaced, without a leading article.

    Digits and decimal commas are kept exactly: they are where a different character means a
    different answer.
    """
    text = collapse_quotes(fold_for_answers(text)).strip()
    text = join_thousands(text)
    text = _DECIMAL.sub(_DECIMAL_MARK, text)
    # Punctuation, symbols and any whitespace become spaces (``\w`` is exactly ``isalnum`` plus
    # the underscore, which goes too).
    text = " ".join(_NOT_KEPT.sub(" ", text).split())
    text = _LEADING_ARTICLE.sub("", text, count=1) if _LEADING_ARTICLE.match(text) else text
    return text.replace("'", "").replace(_DECIMAL_MARK, ",")


def join_thousands(text: str) -> str:
    """Thousands separators (``10.000``, ``10 000``) removed, so a number is one run of digits."""
    text = _SPACED_THOUSANDS.sub(lambda m: m[0].replace(" ", ""), text)
    return _THOUSANDS.sub("", text)


def numbers(normalized: str) -> tuple[str, ...]:
    """The numbers in a normalised text, in order: these must agree exactly, never "nearly"."""
    return tuple(_NUMBER.findall(normalized))


def letter_count(normalized: str) -> int:
    """How many characters typos may fall on: spaces and digits excluded."""
    return sum(1 for ch in normalized if not ch.isspace() and not ch.isdigit() and ch != ",")


# (longest length, typos allowed): the first row whose length is >= the word's length applies.
TOLERANCE_TABLE: tuple[tuple[int, int], ...] = ((3, 0), (7, 1), (12, 2))
MAX_TOLERANCE = 3


def typo_tolerance(length: int) -> int:
    """Typos forgiven in an answer of ``length`` letters.

    Short words get none because one edit turns them into other words (``mei``/``mee``); the
    allowance then grows slowly, since long names (``Loekasjenko``) attract slips yet stay
    unmistakable.
    """
    for longest, allowed in TOLERANCE_TABLE:
        if length <= longest:
            return allowed
    return MAX_TOLERANCE
