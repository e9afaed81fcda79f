"""Understanding the ways a Dutch reader writes a date, so "wanneer" answers are judged by value.

``vrijdag 25 februari``, ``25-2``, ``25 feb.`` and ``2022-02-25`` all name the same day; comparing
them as text would mark most right answers wrong. The parser accepts the whole answer as a date or
nothing: a date inside a sentence is left to the ordinary text comparison.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import OSA

from quiz.core.normalize import collapse_quotes, fold_for_answers, typo_tolerance

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)

_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mrt": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAMES = {name: i for i, name in enumerate(MONTHS, start=1)} | _MONTH_ABBREVIATIONS
_WEEKDAY_NAMES = {name: i for i, name in enumerate(WEEKDAYS)} | {
    name[:2]: i for i, name in enumerate(WEEKDAYS)
}

# Words that may precede a date in an answer without changing which date it is.
_PREPOSITIONS = frozenset({"in", "op", "sinds", "vanaf", "per", "rond"})

# A date is short; anything longer is a sentence and goes to the text comparison.
_MAX_DATE_CHARS = 60

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2}) ?([-/.]) ?(\d{1,2})(?: ?\2 ?(\d{4}))?")
_MONTH_YEAR = re.compile(r"(\d{1,2}) ?[-/.] ?(\d{4})")
_NAMED = re.compile(r"(?:(\d{1,2})(?:e|ste|de)? )?([a-z]+)\.?(?: (\d{4}))?")
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class DutchDate:
    """A day, a month, a month in a year, or a year: whatever the answer named.

    ``weekday`` counts from 0 (maandag) like :mod:`datetime`. ``approximate`` records that a
    month or weekday name was misspelled (``februarie``), so the answer earns ALMOST at best.
    """

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    approximate: bool = False


class Agreement(StrEnum):
    SAME = "same"
    NEAR = "near"  # the same date, but a misspelled name or a contradicting weekday
    DIFFERENT = "different"


def parse_dutch_date(text: str) -> DutchDate | None:
    """The date ``text`` writes, or None when the whole text is not one date.

    Two-digit years (``25-2-22``) are refused: the century is a guess we would rather not make.
    """
    cleaned = collapse_quotes(fold_for_answers(text)).replace(",", " ")
    if len(cleaned) > _MAX_DATE_CHARS:
        return None
    words = cleaned.split()
    while words and words[0] in _PREPOSITIONS:
        words = words[1:]
    weekday: int | None = None
    approximate = False
    if len(words) > 1 and _lookup_month(words[0]) is None:
        found = _lookup_weekday(words[0].rstrip("."))
        if found is not None:
            weekday, approximate = found
            words = words[1:]
    parsed = _parse_core(" ".join(words).rstrip(". "))
    if parsed is None:
        return None
    day, month, year, misspelled = parsed
    if not _valid(day, month, year):
        return None
    return DutchDate(day, month, year, weekday, approximate or misspelled)


def _parse_core(text: str) -> tuple[int | None, int | None, int | None, bool] | None:
    """(day, month, year, month misspelled) for the date without weekday or preposition."""
    if m := _ISO.fullmatch(text):
        return int(m[3]), int(m[2]), int(m[1]), False
    if m := _MONTH_YEAR.fullmatch(text):
        return None, int(m[1]), int(m[2]), False
    if m := _NUMERIC.fullmatch(text):
        return int(m[1]), int(m[3]), int(m[4]) if m[4] else None, False
    if m := _YEAR.fullmatch(text):
        return None, None, int(text), False
    if m := _NAMED.fullmatch(text):
        found = _lookup_month(m[2])
        if found is None:
            return None
        month, misspelled = found
        return int(m[1]) if m[1] else None, month, int(m[3]) if m[3] else None, misspelled
    return None


def _valid(day: int | None, month: int | None, year: int | None) -> bool:
    if year is not None and not 1 <= year <= 9999:
        return False
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    # Without a year, 29 februari is possible (some year has it).
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def _lookup_month(word: str) -> tuple[int, bool] | None:
    """(month, misspelled): exact names and abbreviations first, then one near full name."""
    if word in _MONTH_NAMES:
        return _MONTH_NAMES[word], False
    found = _nearest(word, MONTHS)
    return (found + 1, True) if found is not None else None


def _lookup_weekday(word: str) -> tuple[int, bool] | None:
    if word in _WEEKDAY_NAMES:
        return _WEEKDAY_NAMES[word], False
    found = _nearest(word, WEEKDAYS)
    return (found, True) if found is not None else None


def _nearest(word: str, names: tuple[str, ...]) -> int | None:
    """The index of the single name ``word`` is a typo of; None when none or several are.

    Requiring a unique nearest name keeps ``juki`` (juni? juli?) from being decided for the
    learner.
    """
    if len(word) < 4 or not word.isalpha():
        return None
    scored = [
        (OSA.distance(word, name, score_cutoff=typo_tolerance(len(name))), i)
        for i, name in enumerate(names)
    ]
    close = sorted((d, i) for d, i in scored if d <= typo_tolerance(len(names[i])))
    if not close or (len(close) > 1 and close[0][0] == close[1][0]):
        return None
    return close[0][1]


def reference_weekday(date: DutchDate) -> int | None:
    """The weekday ``date`` names, or the calendar's when it is a full date without one."""
    if date.weekday is not None:
        return date.weekday
    if date.day is not None and date.month is not None and date.year is not None:
        return dt.date(date.year, date.month, date.day).weekday()
    return None


def agreement(given: DutchDate, expected: DutchDate) -> Agreement:
    """How well ``given`` names the ``expected`` date.

    Day and month must both be named alike (``juli 1994`` is not ``20 juli 1994``); a year may be
    left out on either side, since articles often omit it, but two years must agree. A wrong
    weekday for the right date is a slip, not a different answer.
    """
    if given.day != expected.day or given.month != expected.month:
        return Agreement.DIFFERENT
    if given.year is not None and expected.year is not None and given.year != expected.year:
        return Agreement.DIFFERENT
    if given.day is None and given.month is None and (given.year is None or expected.year is None):
        return Agreement.DIFFERENT  # neither side names anything the other also names
    if given.approximate:
        return Agreement.NEAR
    wanted = reference_weekday(expected)
    if given.weekday is not None and wanted is not None and given.weekday != wanted:
        return Agreement.NEAR
    return Agreement.SAME


def format_dutch_date(date: DutchDate) -> str:
    """The date as a Dutch reader writes it out: ``vrijdag 25 februari 2022``, ``juli 1994``."""
    parts: list[str] = []
    if date.weekday is not None:
        parts.append(WEEKDAYS[date.weekday])
    if date.day is not None:
        parts.append(str(date.day))
    if date.month is not None:
        parts.append(MONTHS[date.month - 1])
    if date.year is not None:
        parts.append(str(date.year))
    return " ".join(parts)
