"""Typed-answer matching (quiz.core.judging), with examples from the Belarus article."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.core.judging import MAX_ANSWER_CHARS, Match, Verdict, match_answer
from quiz.core.normalize import strip_invisible, typo_tolerance

# The word lists load on the first typo considered (half a second); load them here, so that no
# property example pays for it and trips Hypothesis's deadline.
match_answer("Moskau", "Moskou")

C, A, P, W = Verdict.CORRECT, Verdict.ALMOST, Verdict.PARTIAL, Verdict.WRONG
LOEK = ("Loekasjenka", "Lukasjenko")
FRI = "vrijdag 25 februari"
UVA = "Universiteit van Amsterdam"

CASES: list[tuple[str, str, tuple[str, ...], Verdict, str]] = [
    # (given, expected, accept, verdict, expected shown)
    # --- what never matters: case, accents, punctuation, spaces, quotes, leading article
    ("Minsk", "Minsk", (), C, "Minsk"),
    ("minsk", "Minsk", (), C, "Minsk"),
    ("MOSKOU", "Moskou", (), C, "Moskou"),
    ("Oekraine", "Oekraïne", (), C, "Oekraïne"),
    ("oekraïne", "Oekraine", (), C, "Oekraine"),
    ("  Kiev  ", "Kiev", (), C, "Kiev"),
    ("Kiev.", "Kiev", (), C, "Kiev"),
    ("„Kiev”", "Kiev", (), C, "Kiev"),
    ("‘zijn vriend’", "'zijn vriend'", (), C, "'zijn vriend'"),
    ("“zijn vriend”!", "zijn vriend", (), C, "zijn vriend"),
    ("Michael   Kemper", "Michael Kemper", (), C, "Michael Kemper"),
    ("Michael\tKemper", "Michael Kemper", (), C, "Michael Kemper"),
    (f"de {UVA}", UVA, (), C, UVA),
    (UVA, f"de {UVA}", (), C, f"de {UVA}"),
    ("het noorden", "noorden", (), C, "noorden"),
    ("een springplank", "springplank", (), C, "springplank"),
    ("'t noorden", "noorden", (), C, "noorden"),
    ("’t noorden", "het noorden", (), C, "het noorden"),
    ("Sovjet Unie", "Sovjet-Unie", (), C, "Sovjet-Unie"),
    ("Poetin's vriend", "Poetins vriend", (), C, "Poetins vriend"),
    ("Łódź", "Lodz", (), C, "Lodz"),
    ("de", "de", (), C, "de"),  # an article alone is the answer, not an article
    ("het", "het noorden", (), W, "het noorden"),
    # --- alternatives: the form shown is the one aimed at
    ("Loekasjenka", "Loekasjenko", LOEK, C, "Loekasjenka"),
    ("loekasjenko", "Loekasjenko", LOEK, C, "Loekasjenko"),
    ("Lukashenko", "Loekasjenko", LOEK, A, "Lukasjenko"),
    ("Loekasjenkp", "Loekasjenko", LOEK, A, "Loekasjenko"),
    ("Kemper", "Michael Kemper", ("Kemper",), C, "Kemper"),
    ("Kemper", "Michael Kemper", (), W, "Michael Kemper"),  # no guessing surnames
    ("Kyiv", "Kiev", ("Kyiv", "Kyjiv"), C, "Kyiv"),
    ("Kyjif", "Kiev", ("Kyiv", "Kyjiv"), A, "Kyjiv"),
    ("Minsk", "Moskou", ("Kiev",), W, "Moskou"),
    # --- typos: ALMOST with the right spelling
    ("Zelensky", "Zelenski", (), A, "Zelenski"),
    ("Moskau", "Moskou", (), A, "Moskou"),
    ("Moscow", "Moskou", (), W, "Moskou"),
    ("Loekasjneko", "Loekasjenko", (), A, "Loekasjenko"),  # a transposition is one typo
    ("Volodymyr Zelensky", "Volodimir Zelenski", (), A, "Volodimir Zelenski"),
    ("Michael Kemmper", "Michael Kemper", (), A, "Michael Kemper"),
    ("Universiteit vn Amsterdam", UVA, (), A, UVA),
    ("SovjetUnie", "Sovjet-Unie", (), A, "Sovjet-Unie"),
    ("Oost-Europa", "West-Europa", (), W, "West-Europa"),  # two slips in one short word
    ("Belarussen", "Belarus", (), W, "Belarus"),
    # --- tolerance boundaries (letters of the expected answer: 3 | 4..7 | 8..12 | 13+)
    ("Os", "Oss", (), W, "Oss"),  # 3 letters: none
    ("Kiew", "Kiev", (), A, "Kiev"),  # 4 letters: one
    ("Kyiv", "Kiev", (), W, "Kiev"),
    ("Ruslnd", "Rusland", (), A, "Rusland"),  # 7 letters: one
    ("Rslant", "Rusland", (), W, "Rusland"),
    ("Ukraine", "Oekraïne", (), A, "Oekraïne"),  # 8 letters: two
    ("Ukrajine", "Oekraïne", (), W, "Oekraïne"),
    ("Univrsitet", "Universiteit", (), A, "Universiteit"),  # 12 letters: two
    ("Unvrsitet", "Universiteit", (), W, "Universiteit"),
    ("onafankelyk", "onafhankelijk", (), A, "onafhankelijk"),  # 13 letters: three
    ("onafankelyc", "onafhankelijk", (), W, "onafhankelijk"),
    # --- numbers never get typo tolerance
    ("1993", "1994", (), W, "1994"),
    ("1994", "1994", (), C, "1994"),
    ("52", "25", (), W, "25"),
    ("7 jaar", "70 jaar", (), W, "70 jaar"),
    ("70 jaar", "7 jaar", (), W, "7 jaar"),
    ("70 jar", "70 jaar", (), A, "70 jaar"),  # the letters may slip, the number may not
    ("ruim 70 jaar", "ruim 70 jaar", (), C, "ruim 70 jaar"),
    ("ruim 71 jaar", "ruim 70 jaar", (), W, "ruim 70 jaar"),
    ("10.000", "10000", (), C, "10000"),
    ("3.5", "3,5", (), C, "3,5"),
    ("35", "3,5", (), W, "3,5"),
    ("drie uur", "3 uur", (), C, "3 uur"),  # numbers compare by value, words or digits
    # --- empty answers
    ("", "Kiev", (), W, "Kiev"),
    ("   ", "Kiev", (), W, "Kiev"),
    ("...", "Kiev", (), W, "Kiev"),
    ("„”", "Kiev", (), W, "Kiev"),
    # --- dates, compared as values
    ("vrijdag 25 februari", FRI, (), C, FRI),
    ("25 februari", FRI, (), C, FRI),
    ("25-2", FRI, (), C, FRI),
    ("25/02", FRI, (), C, FRI),
    ("25-02", FRI, (), C, FRI),
    ("25.2", FRI, (), C, FRI),
    ("25 feb", FRI, (), C, FRI),
    ("25 feb.", FRI, (), C, FRI),
    ("op 25 februari", FRI, (), C, FRI),
    ("25 februari 2022", FRI, (), C, FRI),
    ("25-2-2022", FRI, (), C, FRI),
    ("2022-02-25", FRI, (), C, FRI),
    ("25-2-2022", "25 februari 2022", (), C, "25 februari 2022"),
    ("25-2-2021", "25 februari 2022", (), W, "25 februari 2022"),
    ("donderdag 25 februari", FRI, (), A, FRI),  # wrong weekday, right date
    ("do 25-2", "25 februari 2022", (), A, "25 februari 2022"),  # the calendar says vrijdag
    ("vrijdga 25 februari", FRI, (), A, FRI),
    ("25 februarie", FRI, (), A, FRI),
    ("25 feburari", FRI, (), A, FRI),
    ("26 februari", FRI, (), W, FRI),
    ("24-2", FRI, (), W, FRI),
    ("25 maart", FRI, (), W, FRI),
    ("februari", FRI, (), P, FRI),  # the day asked for is missing
    ("vrijdag", FRI, (), W, FRI),
    ("11 maart", "vrijdag 11 maart", (), C, "vrijdag 11 maart"),
    ("11-3", "vrijdag 11 maart", (), C, "vrijdag 11 maart"),
    ("11 mrt", "vrijdag 11 maart", (), C, "vrijdag 11 maart"),
    ("11 mei", "vrijdag 11 maart", (), W, "vrijdag 11 maart"),
    ("juli 1994", "juli 1994", (), C, "juli 1994"),
    ("sinds juli 1994", "juli 1994", (), C, "juli 1994"),
    ("7-1994", "juli 1994", (), C, "juli 1994"),
    ("07/1994", "juli 1994", (), C, "juli 1994"),
    ("jul 1994", "juli 1994", (), C, "juli 1994"),
    ("juli", "juli 1994", (), P, "juli 1994"),  # the year asked for is missing
    ("juni 1994", "juli 1994", (), W, "juli 1994"),  # a month name is not a typo away
    ("juli 1993", "juli 1994", (), W, "juli 1994"),
    ("1994", "juli 1994", (), P, "juli 1994"),  # the month asked for is missing
    ("20 juli 1994", "juli 1994", (), W, "juli 1994"),
    ("aug 2020", "augustus 2020", (), C, "augustus 2020"),
    ("8-2020", "augustus 2020", (), C, "augustus 2020"),
    ("augustis 2020", "augustus 2020", (), A, "augustus 2020"),
    ("augustus 2021", "augustus 2020", (), W, "augustus 2020"),
    ("in 1991", "1991", (), C, "1991"),
    ("1990", "1991", (), W, "1991"),
    ("25-2", "Kiev", ("25 februari",), C, "25 februari"),
    ("25-2", "in de nacht van 25 februari", (), W, "in de nacht van 25 februari"),
]


@pytest.mark.parametrize(("given_", "expected", "accept", "verdict", "shown"), CASES)
def test_match_answer(
    given_: str, expected: str, accept: tuple[str, ...], verdict: Verdict, shown: str
) -> None:
    match = match_answer(given_, expected, accept)
    assert (match.verdict, match.expected) == (verdict, shown)
    assert match.given == given_  # kept as typed, for feedback


@pytest.mark.parametrize(
    ("given_", "expected", "distance"),
    [("Zelensky", "Zelenski", 1), ("Loekasjneko", "Loekasjenko", 1), ("Ukraine", "Oekraïne", 2)],
)
def test_almost_reports_the_typos_counted(given_: str, expected: str, distance: int) -> None:
    assert match_answer(given_, expected) == Match(Verdict.ALMOST, expected, given_, distance)


@pytest.mark.parametrize(
    ("length", "allowed"),
    [(0, 0), (1, 0), (3, 0), (4, 1), (7, 1), (8, 2), (12, 2), (13, 3), (40, 3)],
)
def test_tolerance_table(length: int, allowed: int) -> None:
    assert typo_tolerance(length) == allowed


@pytest.mark.parametrize(
    "given_",
    [
        "Kiev " * 2_000,
        "x" * 10_000,
        "1" * 10_000,
        "Kiev" + " " * 10_000 + "x",
        "25-2 " + "a" * (MAX_ANSWER_CHARS + 1),
    ],
)
def test_a_huge_paste_is_wrong(given_: str) -> None:
    assert match_answer(given_, "Kiev", ("25 februari",)).verdict is W


# --- properties ------------------------------------------------------------------------------

LATIN = st.characters(
    categories=("Lu", "Ll", "Nd", "Po", "Pd", "Ps", "Pe", "Pi", "Pf", "Zs"),
    max_codepoint=0x17F,
    exclude_characters="ıſŉ",  # change letter when upper-cased, not a Dutch concern
)
ANSWERS = st.sampled_from(
    [
        "Loekasjenko",
        "Oekraïne",
        "Kiev",
        "Minsk",
        "Moskou",
        "Michael Kemper",
        "Universiteit van Amsterdam",
        "Eva Hartog",
        "1991",
        "ruim 70 jaar",
        FRI,
        "11 maart",
        "juli 1994",
        "augustus 2020",
        "2022-02-25",
        "07/1994",
        "3,5 miljoen",
        "10.000 militairen",
    ]
)


@st.composite
def near_misses(draw: st.DrawFn) -> tuple[str, str]:
    """(given, expected): an article answer with a few random edits, to reach every verdict."""
    expected = draw(ANSWERS)
    given_ = expected
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(given_)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        ch = draw(LATIN)
        if kind == "insert":
            given_ = given_[:at] + ch + given_[at:]
        elif kind == "delete":
            given_ = given_[:at] + given_[at + 1 :]
        else:
            given_ = given_[:at] + ch + given_[at + 1 :]
    return given_, expected


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.text(LATIN, min_size=1, max_size=40).filter(lambda t: any(c.isalnum() for c in t)))
def test_an_answer_matches_itself(text: str) -> None:
    assert match_answer(text, text).verdict is C


@given(
    st.text(min_size=1, max_size=40).filter(
        # something visible: a Hangul filler (U+115F) is a "letter" nobody can see or type
        lambda t: any(c.isalnum() for c in strip_invisible(t))
    )
)
def test_any_unicode_answer_matches_itself(text: str) -> None:
    assert match_answer(text, text).verdict is C


@given(st.text(max_size=20).filter(lambda t: not any(c.isalnum() for c in t)), ANSWERS)
def test_an_answer_without_letters_or_digits_is_wrong(text: str, expected: str) -> None:
    assert match_answer(text, expected).verdict is W


@settings(max_examples=300)
@given(
    near_misses(),
    st.sampled_from([str.upper, str.lower, str.title, str.swapcase, strip_accents]),
    st.sampled_from(["", " ", "  \t", "\n"]),
)
def test_case_accents_and_surrounding_space_never_change_the_verdict(
    pair: tuple[str, str], change: Callable[[str], str], pad: str
) -> None:
    given_, expected = pair
    changed = pad + change(given_) + pad
    assert match_answer(changed, expected).verdict is match_answer(given_, expected).verdict


@st.composite
def with_a_digit_changed(draw: st.DrawFn) -> tuple[str, str]:
    """(given, expected): an answer containing digits, and the same with one digit changed."""
    expected = draw(
        st.one_of(
            ANSWERS.filter(lambda a: any(c.isdigit() for c in a)),
            st.builds(
                lambda words, n, tail: f"{words} {n} {tail}".strip(),
                st.text("abcdeijklmnorst ", max_size=12),
                st.integers(0, 100_000),
                st.sampled_from(["", "jaar", "militairen", "procent"]),
            ),
        )
    )
    positions = [i for i, c in enumerate(expected) if c.isdigit()]
    at = draw(st.sampled_from(positions))
    digit = draw(st.sampled_from([d for d in "0123456789" if d != expected[at]]))
    return expected[:at] + digit + expected[at + 1 :], expected


@settings(max_examples=300)
@given(with_a_digit_changed())
def test_a_changed_digit_is_never_accepted(pair: tuple[str, str]) -> None:
    given_, expected = pair
    assert match_answer(given_, expected).verdict is W
