"""An answer as a sequence of words and numbers: the units the judge compares.

Learners write the same number in many ways (``70``, ``zeventig``, ``70%``, ``10 000``,
``10.000``, ``F16``), so numbers become values here, once, and are compared as values: a typo can
never turn ``negentien`` into ``negentig``, because neither is a word by then. Dutch number words
are read by text2num, imported on the first judgement so start-up never pays for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from quiz.core.normalize import collapse_quotes, fold_for_answers, join_thousands, strip_invisible

# ``één`` is the number one; ``een`` is an article (see :func:`spelled_one`), so it is read before
# the accents are folded away.
_ONE = re.compile(r"(?<!\w)(?:één|eén|éen)(?!\w)", re.IGNORECASE)
_SYMBOL_BEFORE = re.compile(r"([€$£])\s*(\d[\d.,]*(?:\s*(?:duizend|miljoen|mln|miljard|mld)\b)?)")
_SYMBOLS = {"%": "procent", "€": "euro", "$": "dollar", "£": "pond", "‰": "promille"}
_DECIMAL = re.compile(r"(?<=\d)[.,](?=\d)")
_DECIMAL_MARK = "\x00"  # survives the punctuation pass (invisible characters are gone by then)
_ORDINAL = re.compile(r"(?<=\d)(?:e|ste|de)\b")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_DIGITS = re.compile(r"\d+(?:\x00\d+)?")
_DIAERESIS = re.compile(r"(?<=[ei])een(?=[a-z])")

#: Number words that multiply the number before them: ``3,5 miljoen``, ``10 duizend``.
MULTIPLIERS: dict[str, int] = {
    "duizend": 1_000,
    "miljoen": 1_000_000,
    "mln": 1_000_000,
    "miljard": 1_000_000_000,
    "mld": 1_000_000_000,
}
# Number words text2num does not read, and abbreviations.
_EXTRA_NUMBERS: dict[str, Fraction] = {
    "anderhalf": Fraction(3, 2),
    "mln": Fraction(1_000_000),
    "mld": Fraction(1_000_000_000),
}


@dataclass(frozen=True, slots=True)
class Token:
    """A folded word, or a number with its value (``text`` then the digits, ``3,5``)."""

    text: str
    value: Fraction | None = None
    spelled: bool = False  # a number written in words, or a multiplier word

    @property
    def is_number(self) -> bool:
        return self.value is not None


def clean(text: str) -> str:
    """Invisible characters removed, spaces collapsed: what the learner meant to type."""
    return " ".join(strip_invisible(text).split())


def words(text: str) -> list[str]:
    """Folded words: case, accents, punctuation gone; digits split from letters (``F16``)."""
    text = _ONE.sub(" 1 ", strip_invisible(text))
    text = collapse_quotes(fold_for_answers(text))
    text = _SYMBOL_BEFORE.sub(lambda m: f"{m[2]} {_SYMBOLS[m[1]]}", text)
    for symbol, name in _SYMBOLS.items():
        text = text.replace(symbol, f" {name} ")
    text = join_thousands(text)
    text = _DECIMAL.sub(_DECIMAL_MARK, text)
    text = _ORDINAL.sub("", text)
    text = _LETTER_DIGIT.sub(" ", text)
    out = [ch if ch.isalnum() or ch in ("'", _DECIMAL_MARK) else " " for ch in text]
    return [w for w in "".join(out).replace("'", "").split() if w != _DECIMAL_MARK]


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` with every number, in digits or in Dutch words, read as a value."""
    found: list[Token] = []
    items = words(text)
    i = 0
    while i < len(items):
        word = items[i]
        if _DIGITS.fullmatch(word):
            found.append(_digits(word))
            i += 1
            continue
        if spelled_value(word) is None:
            found.append(Token(word))
            i += 1
            continue
        end = i + 1
        while end < len(items) and (
            spelled_value(items[end]) is not None
            or (items[end] == "en" and end + 1 < len(items) and spelled_value(items[end + 1]))
        ):
            end += 1
        found.extend(_spelled_run(items[i:end]))
        i = end
    return _multiply(found)


def _digits(word: str) -> Token:
    return Token(word.replace(_DECIMAL_MARK, ","), Fraction(word.replace(_DECIMAL_MARK, ".")))


def _spelled_run(run: Sequence[str]) -> list[Token]:
    """``vijf en twintig`` as 25; a run that is no single number (``drie en vier``) word by word."""
    if len(run) > 1:
        value = _text2num(" ".join(run))
        if value is not None:
            return [Token(_show(value), value, spelled=True)]
    out: list[Token] = []
    for word in run:
        value = spelled_value(word)
        out.append(Token(word) if value is None else Token(_show(value), value, spelled=True))
    return out


def _multiply(tokens: list[Token]) -> list[Token]:
    """``3,5 miljoen`` as 3500000: a multiplier word after a number multiplies it."""
    out: list[Token] = []
    for token in tokens:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.value is not None
            and token.value is not None
            and token.spelled
            and token.value in {Fraction(m) for m in MULTIPLIERS.values()}
            and previous.value < token.value
        ):
            value = previous.value * token.value
            out[-1] = Token(_show(value), value, spelled=True)
            continue
        out.append(token)
    return out


def _show(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return str(float(value)).replace(".", ",")


@cache
def spelled_value(word: str) -> Fraction | None:
    """The value of one Dutch number word (``zeventig``, ``vijfentwintigste``), else None.

    ``een`` is left a word: it is far more often the article than the number (``één`` is read as
    the number before accents are folded).
    """
    if word in _EXTRA_NUMBERS:
        return _EXTRA_NUMBERS[word]
    if word == "een" or not word.isalpha() or len(word) < 3:
        return None
    value = _text2num(word)
    if value is None and _DIAERESIS.search(word):
        value = _text2num(_DIAERESIS.sub("eën", word))  # tweeënzeventig, folded to tweeen…
    if value is not None:
        return value
    if word.endswith(("ste", "de")):
        from text_to_num import alpha2digit  # lazy: see the module docstring

        ordinal = alpha2digit(word, "nl", threshold=0)
        if re.fullmatch(r"\d+e", ordinal):
            return Fraction(int(ordinal[:-1]))
    return None


def _text2num(text: str) -> Fraction | None:
    from text_to_num import text2num  # lazy: see the module docstring

    try:
        return Fraction(text2num(text, "nl"))
    except ValueError:
        return None


def spelled_one(word: str) -> bool:
    """Whether ``word`` may be the number one when the other answer needs a one (``een jaar``)."""
    return word in ("een", "eén", "één")
