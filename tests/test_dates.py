"""Dutch date parsing, comparison and display (quiz.core.dates)."""

from __future__ import annotations

import pytest

from quiz.core.dates import (
    Agreement,
    DatePart,
    DutchDate,
    agreement,
    compare_dates,
    format_dutch_date,
    parse_dutch_date,
    reference_weekday,
)

FEB_25 = DutchDate(day=25, month=2)
FEB_25_2022 = DutchDate(day=25, month=2, year=2022)
FRI_FEB_25 = DutchDate(day=25, month=2, weekday=4)
JULY_1994 = DutchDate(month=7, year=1994)


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("25 februari", FEB_25),
        ("vrijdag 25 februari", FRI_FEB_25),
        ("Vrijdag, 25 Februari", FRI_FEB_25),
        ("vr 25 feb", FRI_FEB_25),
        ("vr. 25-2", FRI_FEB_25),
        ("25-2", FEB_25),
        ("25/02", FEB_25),
        ("25-02", FEB_25),
        ("25.2", FEB_25),
        ("25.2.", FEB_25),
        ("25 - 2", FEB_25),
        ("25 feb", FEB_25),
        ("25 feb.", FEB_25),
        ("25e februari", FEB_25),
        ("op 25 februari", FEB_25),
        ("25 februari 2022", FEB_25_2022),
        ("25 feb. 2022", FEB_25_2022),
        ("25-2-2022", FEB_25_2022),
        ("25/02/2022", FEB_25_2022),
        ("25.02.2022", FEB_25_2022),
        ("2022-02-25", FEB_25_2022),
        ("vrijdag 25 februari 2022", DutchDate(25, 2, 2022, 4)),
        ("11 maart", DutchDate(day=11, month=3)),
        ("11 mrt", DutchDate(day=11, month=3)),
        ("1ste april", DutchDate(day=1, month=4)),
        ("5 mei", DutchDate(day=5, month=5)),
        ("3 jun", DutchDate(day=3, month=6)),
        ("3 jul", DutchDate(day=3, month=7)),
        ("3 aug", DutchDate(day=3, month=8)),
        ("3 sep", DutchDate(day=3, month=9)),
        ("3 sept.", DutchDate(day=3, month=9)),
        ("3 okt", DutchDate(day=3, month=10)),
        ("3 nov", DutchDate(day=3, month=11)),
        ("3 dec", DutchDate(day=3, month=12)),
        ("3 jan", DutchDate(day=3, month=1)),
        ("3 apr", DutchDate(day=3, month=4)),
        ("juli 1994", JULY_1994),
        ("sinds juli 1994", JULY_1994),
        ("jul 1994", JULY_1994),
        ("7-1994", JULY_1994),
        ("07/1994", JULY_1994),
        ("7.1994", JULY_1994),
        ("augustus 2020", DutchDate(month=8, year=2020)),
        ("juli", DutchDate(month=7)),
        ("1991", DutchDate(year=1991)),
        ("in 1991", DutchDate(year=1991)),
        ("29 februari", DutchDate(day=29, month=2)),
        ("29-2-2024", DutchDate(day=29, month=2, year=2024)),
        # misspelled names: understood, but marked approximate
        ("25 februarie", DutchDate(day=25, month=2, approximate=True)),
        ("25 feburari", DutchDate(day=25, month=2, approximate=True)),
        ("vrijdga 25 februari", DutchDate(day=25, month=2, weekday=4, approximate=True)),
        ("augustis 2020", DutchDate(month=8, year=2020, approximate=True)),
        # abbreviations with a stop, ordinals after an article, typographic dashes
        ("25 febr.", FEB_25),
        ("25 febr 2022", FEB_25_2022),
        ("de 25e februari", FEB_25),
        ("op de 25ste februari", FEB_25),
        ("de 25ste feb.", FEB_25),
        ("25–2", FEB_25),  # en dash
        ("25—2", FEB_25),  # em dash
        ("25 − 2", FEB_25),  # minus sign
        ("25‑2‑2022", FEB_25_2022),  # non-breaking hyphens
        ("in het jaar 1994", DutchDate(year=1994)),
        ("het jaar 1991", DutchDate(year=1991)),
        ("25\u200b februari", FEB_25),  # zero-width space
        ("25 feb\u00adruari", FEB_25),  # soft hyphen
        # a part of the month or year
        ("eind juli", DutchDate(month=7, period="eind")),
        ("einde juli", DutchDate(month=7, period="eind")),
        ("eind-juli", DutchDate(month=7, period="eind")),
        ("aan het eind van juli", DutchDate(month=7, period="eind")),
        ("eind juli 1994", DutchDate(month=7, year=1994, period="eind")),
        ("begin 2022", DutchDate(year=2022, period="begin")),
        ("half maart", DutchDate(month=3, period="half")),
        ("medio maart", DutchDate(month=3, period="half")),
        # a year with an apostrophe: only its last two digits
        ("juli '94", DutchDate(month=7, year=94, short_year=True)),
        ("juli ’94", DutchDate(month=7, year=94, short_year=True)),
        ("in '91", DutchDate(year=91, short_year=True)),
        ("25 feb '22", DutchDate(day=25, month=2, year=22, short_year=True)),
    ],
)
def test_parses_common_dutch_forms(text: str, parsed: DutchDate) -> None:
    assert parse_dutch_date(text) == parsed


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "vrijdag",  # a weekday alone names no date
        "25",  # a bare day number is just a number
        "70",
        "Kiev",
        "32 januari",
        "30 februari",
        "29-2-2023",  # not a leap year
        "25-13",
        "0-5",
        "13-1994",
        "25-2/2022",  # mixed separators
        "25-2-22",  # two-digit years are refused
        "juki 1994",  # juni or juli: not decided for the learner
        "mee 2020",  # too short to count as a misspelled month
        "februari 25",  # English order
        "vrijdag 25 februari, vlak voor de invasie",
        "1.000",
        "x" * 10_000,
        "eind 25 juli",  # a part of a month with a day
        "eind vrijdag 25 juli",
        "eind",
        "het jaar",
        "juli 94",  # two digits without the apostrophe: a day or a year?
        "'9",
    ],
)
def test_rejects_what_is_not_one_date(text: str) -> None:
    assert parse_dutch_date(text) is None


@pytest.mark.parametrize(
    ("given", "expected", "result"),
    [
        (FEB_25, FEB_25, Agreement.SAME),
        (FEB_25, FRI_FEB_25, Agreement.SAME),  # leaving out the weekday is fine
        (FRI_FEB_25, FEB_25, Agreement.SAME),  # naming it when the author did not is fine
        (FEB_25_2022, FEB_25, Agreement.SAME),  # a year on one side only
        (FEB_25, FEB_25_2022, Agreement.SAME),
        (DutchDate(25, 2, 2021), FEB_25_2022, Agreement.DIFFERENT),
        (DutchDate(day=26, month=2), FEB_25, Agreement.DIFFERENT),
        (DutchDate(day=25, month=3), FEB_25, Agreement.DIFFERENT),
        (DutchDate(month=2), FEB_25, Agreement.PARTIAL),  # the day is missing
        (DutchDate(day=20, month=7, year=1994), JULY_1994, Agreement.DIFFERENT),
        (DutchDate(month=7), JULY_1994, Agreement.PARTIAL),  # month without the year asked
        (DutchDate(year=1994), JULY_1994, Agreement.PARTIAL),
        (DutchDate(year=1991), DutchDate(year=1991), Agreement.SAME),
        (DutchDate(year=1993), DutchDate(year=1994), Agreement.DIFFERENT),
        (DutchDate(month=12, year=1991), DutchDate(year=1991), Agreement.DIFFERENT),
        (DutchDate(day=25, month=2, weekday=3), FRI_FEB_25, Agreement.NEAR),
        # 25 February 2022 was a Friday, so "donderdag" contradicts the calendar
        (DutchDate(day=25, month=2, weekday=3), FEB_25_2022, Agreement.NEAR),
        (DutchDate(day=25, month=2, weekday=4), FEB_25_2022, Agreement.SAME),
        (DutchDate(day=25, month=2, weekday=3), FEB_25, Agreement.SAME),  # nothing to contradict
        (DutchDate(day=25, month=2, approximate=True), FEB_25, Agreement.NEAR),
        (DutchDate(day=26, month=2, approximate=True), FEB_25, Agreement.DIFFERENT),
    ],
)
def test_agreement(given: DutchDate, expected: DutchDate, result: Agreement) -> None:
    assert agreement(given, expected) is result


EIND_JULI_1994 = DutchDate(month=7, year=1994, period="eind")


@pytest.mark.parametrize(
    ("given", "expected", "result", "missing"),
    [
        (DutchDate(month=7), JULY_1994, Agreement.PARTIAL, (DatePart.YEAR,)),
        (DutchDate(year=1994), JULY_1994, Agreement.PARTIAL, (DatePart.MONTH,)),
        (DutchDate(month=2), FEB_25, Agreement.PARTIAL, (DatePart.DAY,)),
        (DutchDate(month=2, year=2022), FEB_25_2022, Agreement.PARTIAL, (DatePart.DAY,)),
        (DutchDate(year=2022), FEB_25_2022, Agreement.DIFFERENT, ()),  # nothing asked is named
        (FEB_25, FEB_25_2022, Agreement.SAME, ()),  # a day needs no year
        (DutchDate(month=7, year=1994), EIND_JULI_1994, Agreement.PARTIAL, (DatePart.PERIOD,)),
        (DutchDate(month=7, period="eind"), EIND_JULI_1994, Agreement.PARTIAL, (DatePart.YEAR,)),
        (
            DutchDate(month=7),
            EIND_JULI_1994,
            Agreement.PARTIAL,
            (DatePart.PERIOD, DatePart.YEAR),
        ),
        (EIND_JULI_1994, EIND_JULI_1994, Agreement.SAME, ()),
        (DutchDate(month=7, year=1994, period="begin"), EIND_JULI_1994, Agreement.DIFFERENT, ()),
        (
            DutchDate(month=6, period="eind"),
            DutchDate(month=7, period="eind"),
            Agreement.DIFFERENT,
            (),
        ),
        (DutchDate(month=7, period="eind"), DutchDate(month=7), Agreement.DIFFERENT, ()),  # a guess
        (DutchDate(month=6), JULY_1994, Agreement.DIFFERENT, ()),
        (DutchDate(month=7, year=1994), DutchDate(month=7), Agreement.SAME, ()),
        (DutchDate(month=2, approximate=True), FEB_25, Agreement.PARTIAL, (DatePart.DAY,)),
        (DutchDate(month=7, year=94, short_year=True), JULY_1994, Agreement.SAME, ()),
        (DutchDate(month=7, year=93, short_year=True), JULY_1994, Agreement.DIFFERENT, ()),
        (DutchDate(year=94, short_year=True), JULY_1994, Agreement.PARTIAL, (DatePart.MONTH,)),
    ],
)
def test_compare_dates_names_the_missing_parts(
    given: DutchDate, expected: DutchDate, result: Agreement, missing: tuple[DatePart, ...]
) -> None:
    assert compare_dates(given, expected) == (result, missing)


@pytest.mark.parametrize(
    ("date", "weekday"),
    [
        (FRI_FEB_25, 4),
        (FEB_25_2022, 4),
        (DutchDate(day=11, month=3, year=2022), 4),
        (FEB_25, None),
        (JULY_1994, None),
        (DutchDate(day=25, month=2, year=22, short_year=True), None),
    ],
)
def test_reference_weekday(date: DutchDate, weekday: int | None) -> None:
    assert reference_weekday(date) == weekday


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (FEB_25, "25 februari"),
        (FRI_FEB_25, "vrijdag 25 februari"),
        (DutchDate(25, 2, 2022, 4), "vrijdag 25 februari 2022"),
        (JULY_1994, "juli 1994"),
        (DutchDate(month=8, year=2020), "augustus 2020"),
        (DutchDate(year=1991), "1991"),
        (DutchDate(day=11, month=3), "11 maart"),
        (DutchDate(month=7, period="eind"), "eind juli"),
        (DutchDate(year=2022, period="begin"), "begin 2022"),
        (DutchDate(month=7, year=94, short_year=True), "juli '94"),
    ],
)
def test_format_round_trips(date: DutchDate, text: str) -> None:
    assert format_dutch_date(date) == text
    assert parse_dutch_date(text) == date
