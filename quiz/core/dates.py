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
    "febr": 2,
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

# Words that may precede a date in an answer without changing which date it is: prepositions,
# and the article and "jaar" of ``op de 25e februari`` and ``in het jaar 1994``.
_PREPOSITIONS = frozenset({"in", "op", "sinds", "vanaf", "per", "rond", "de", "het", "aan", "jaar"})

# ``eind juli``, ``begin 2022``, ``half maart``: a part of a month or year is part of the answer.
_PERIODS = {
    "begin": "begin",
    "eind": "eind",
    "einde": "eind",
    "half": "half",
    "midden": "half",
    "medio": "half",
    "halverwege": "half",
}

# A date is short; anything longer is a sentence and goes to the text comparison.
_MAX_DATE_CHARS = 60

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2}) ?([-/.]) ?(\d{1,2})(?: ?\2 ?(\d{4}))?")
_MONTH_YEAR = re.compile(r"(\d{1,2}) ?[-/.] ?(\d{4})")
_NAMED = re.compile(r"(?:(\d{1,2})(?:e|ste|de)? )?([a-z]+)\.?(?: (\d{4}))?")
_YEAR = re.compile(r"\d{4}")
_SHORT_YEAR = re.compile(r"'\d{2}")
_PERIOD_HYPHEN = re.compile(r"\b(begin|eind|einde|half|midden|medio)-(?=[a-z\d])")


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
    period: str | None = None  # "begin", "half" or "eind" of the month (or year) named
    short_year: bool = False  # ``'94``: ``year`` holds the last two digits only


class Agreement(StrEnum):
    SAME = "same"
    NEAR = "near"  # the same date, but a misspelled name or a contradicting weekday
    PARTIAL = "partial"  # right as far as it goes, but a part the expected date names is missing
    DIFFERENT = "different"


class DatePart(StrEnum):
    """A part of a date an answer can leave out; the order is the order they are reported in."""

    PERIOD = "period"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def parse_dutch_date(text: str) -> DutchDate | None:
    """The date ``text`` writes, or None when the whole text is not one date.

    Two-digit years (``25-2-22``) are refused: the century is a guess we would rather not make.
    A year written with an apostrophe (``juli '94``) is read as the last two digits of a year
    (``short_year``), to be compared with the expected year's.
    """
    cleaned = collapse_quotes(fold_for_answers(text)).replace(",", " ")
    cleaned = _PERIOD_HYPHEN.sub(r"\1 ", cleaned)
    if len(cleaned) > _MAX_DATE_CHARS:
        return None
    words = cleaned.split()
    while words and words[0] in _PREPOSITIONS:
        words = words[1:]
    period: str | None = None
    if len(words) > 1 and words[0] in _PERIODS:
        period = _PERIODS[words[0]]
        words = words[2:] if words[1] == "van" else words[1:]
    weekday: int | None = None
    approximate = False
    if len(words) > 1 and _lookup_month(words[0]) is None:
        found = _lookup_weekday(words[0].rstrip("."))
        if found is not None:
            weekday, approximate = found
            words = words[1:]
    short_year = bool(words) and _SHORT_YEAR.fullmatch(words[-1]) is not None
    if short_year:
        words[-1] = "00" + words[-1][1:]
    parsed = _parse_core(" ".join(words).rstrip(". "))
    if parsed is None:
        return None
    day, month, year, misspelled = parsed
    if short_year and year is None:
        return None
    if not _valid(day, month, year) or (
        period is not None and (day is not None or weekday is not None)
    ):
        return None
    return DutchDate(day, month, year, weekday, approximate or misspelled, period, short_year)


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
    if date.short_year:
        return None  # the century is unknown, so the calendar cannot say
    if date.day is not None and date.month is not None and date.year is not None:
        return dt.date(date.year, date.month, date.day).weekday()
    return None


def agreement(given: DutchDate, expected: DutchDate) -> Agreement:
    """How well ``given`` names ``expected``; :func:`compare_dates` also says what is missing."""
    return compare_dates(given, expected)[0]


def required_parts(expected: DutchDate) -> tuple[DatePart, ...]:
    """The parts an answer must name to name ``expected``.

    A day needs its month but not its year: articles often leave the year out, and the day alone
    tells the event. Without a day the year is the point (``juli 1994``: how long in power), so
    a month then needs its year, and a named part of the month (``eind juli``) is asked for too.
    """
    if expected.day is not None:
        return (DatePart.DAY, DatePart.MONTH)
    parts: list[DatePart] = []
    if expected.period is not None:
        parts.append(DatePart.PERIOD)
    if expected.month is not None:
        parts.append(DatePart.MONTH)
    if expected.year is not None:
        parts.append(DatePart.YEAR)
    return tuple(parts)


def compare_dates(given: DutchDate, expected: DutchDate) -> tuple[Agreement, tuple[DatePart, ...]]:
    """(agreement, parts missing from ``given``): PARTIAL names the parts it left out.

    A part named on both sides must agree, and ``given`` may not name a day, month or part of the
    month that ``expected`` leaves open: the article does not say it, so it is a guess. A year
    may be added, as articles often leave out the one everybody knows. A wrong weekday for the
    right date is a slip, not a different answer.
    """
    theirs_year = expected.year
    if given.short_year and theirs_year is not None and not expected.short_year:
        theirs_year %= 100
    pairs = (
        (given.day, expected.day),
        (given.month, expected.month),
        (given.year, theirs_year),
        (given.period, expected.period),
    )
    if any(mine is not None and theirs is not None and mine != theirs for mine, theirs in pairs):
        return Agreement.DIFFERENT, ()
    if any(mine is not None and theirs is None for mine, theirs in pairs[:2] + pairs[3:]):
        return Agreement.DIFFERENT, ()
    required = required_parts(expected)
    named = {
        DatePart.DAY: given.day is not None,
        DatePart.MONTH: given.month is not None,
        DatePart.YEAR: given.year is not None,
        DatePart.PERIOD: given.period is not None,
    }
    missing = tuple(part for part in required if not named[part])
    if len(missing) == len(required):
        return Agreement.DIFFERENT, ()
    if missing:
        return Agreement.PARTIAL, missing
    if given.approximate:
        return Agreement.NEAR, ()
    wanted = reference_weekday(expected)
    if given.weekday is not None and wanted is not None and given.weekday != wanted:
        return Agreement.NEAR, ()
    return Agreement.SAME, ()


def format_dutch_date(date: DutchDate) -> str:
    """The date as a Dutch reader writes it out: ``vrijdag 25 februari 2022``, ``juli 1994``."""
    parts: list[str] = []
    if date.period is not None:
        parts.append(date.period)
    if date.weekday is not None:
        parts.append(WEEKDAYS[date.weekday])
    if date.day is not None:
        parts.append(str(date.day))
    if date.month is not None:
        parts.append(MONTHS[date.month - 1])
    if date.year is not None:
        parts.append(f"'{date.year:02d}" if date.short_year else str(date.year))
    return " ".join(parts)
