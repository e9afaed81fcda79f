"""Properties of typed-answer judging (quiz.core.judge) that no table can pin down."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quiz.core.judge import Verdict, judge_answer
from quiz.core.model import Person

PEOPLE = (
    Person("Aleksandr Loekasjenko", "president", ("Loekasjenko",)),
    Person("Vladimir Poetin", "staatshoofd", ("Poetin",)),
    Person("Eva Hartog", "correspondent", ("Hartog",)),
    Person("Jan van Zanen", "burgemeester"),
)
KNOWN = ("Minsk Moskou Kiev Oekraïne Rusland Belarus Irak Iran",)

# Words and pieces an answer to the article is made of, so generated answers reach every rule.
PIECES = st.sampled_from(
    [
        *[
            "Loekasjenko",
            "Poetin",
            "Putin",
            "Lukashenko",
            "Hartog",
            "Eva",
            "E.",
            "Zanen",
            "van",
            "Van",
            "de",
            "het",
            "in",
            "op",
            "uit",
        ],
        *[
            "vanuit",
            "noorden",
            "Minsk",
            "Moskou",
            "Kiev",
            "Oekraïne",
            "Rusland",
            "en",
            ",",
            "zowel",
            "als",
            "niet",
            "geen",
        ],
        *[
            "afhankelijk",
            "onafhankelijk",
            "waarschijnlijker",
            "juli",
            "juni",
            "februari",
            "25",
            "25e",
            "1994",
            "'94",
        ],
        *[
            "70",
            "zeventig",
            "negentien",
            "negentig",
            "jaar",
            "procent",
            "%",
            "uur",
            "drie",
            "3",
            "10.000",
            "10",
            "000",
            "F-16",
        ],
        *[
            "eind",
            "begin",
            "vrijdag",
            "ruim",
            "bijna",
            "een",
            "één",
            "-",
            "–",
            "/",
            ".",
            "?",
            "(",
            ")",
            "\u200b",
            "\xad",
            "\x00",
        ],
    ]
)
ANSWER_TEXT = st.lists(PIECES, max_size=8).map(" ".join)
EXPECTED = st.sampled_from(
    [
        "Aleksandr Loekasjenko",
        "Poetin",
        "Eva Hartog",
        "Jan van Zanen",
        "vanuit het noorden",
        "in Moskou",
        "Rusland en Oekraïne",
        "Rusland, Belarus en Oekraïne",
        "afhankelijk",
        "onafhankelijk",
        "ruim 70 jaar",
        "negentig procent",
        "drie uur",
        "10.000",
        "F-16",
        "vrijdag 25 februari",
        "juli 1994",
        "eind juli",
        "1991",
    ]
)
# The word lists load on the first typo considered (half a second); load them here, so that no
# example pays for it and trips Hypothesis's deadline.
judge_answer("Moskau", "Moskou")

INVISIBLE = st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x00", "\u200e", "\ufe0f"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(ANSWER_TEXT, st.text(max_size=40)),
    st.one_of(EXPECTED, st.text(max_size=30)),
    st.lists(st.one_of(EXPECTED, st.text(max_size=20)), max_size=3),
    st.lists(st.text(max_size=25), max_size=2),
)
def test_judging_never_raises_and_credit_follows_the_verdict(
    answer: str, expected: str, accept: list[str], names: list[str]
) -> None:
    people = (*PEOPLE, *(Person(name, "rol") for name in names))
    judged = judge_answer(answer, expected, accept, people, (*KNOWN, *names))
    assert judged.given == answer
    assert judged.matched in (expected, *accept)
    if judged.verdict in (Verdict.CORRECT, Verdict.ALMOST):
        assert judged.credit == 1.0
    elif judged.verdict is Verdict.WRONG:
        assert judged.credit == 0.0 and not judged.missing
    else:
        assert 0.0 < judged.credit < 1.0 and judged.missing
    assert (judged.correction is not None) == (judged.verdict is Verdict.ALMOST)


@st.composite
def with_invisible(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few invisible characters put anywhere."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(INVISIBLE) + text[at:]
    return text


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), ANSWER_TEXT, EXPECTED)
def test_invisible_characters_never_change_a_verdict(
    data: st.DataObject, answer: str, expected: str
) -> None:
    plain = judge_answer(answer, expected, (), PEOPLE, KNOWN)
    hidden = judge_answer(data.draw(with_invisible(answer)), expected, (), PEOPLE, KNOWN)
    assert (hidden.verdict, hidden.credit, hidden.missing) == (
        plain.verdict,
        plain.credit,
        plain.missing,
    )


_UNITS = ["", "jaar", "procent", "%", "uur", "militairen", "euro"]
_ONES = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TEENS = [
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
_TENS = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


def dutch(n: int) -> str:
    """The Dutch number word for 1 ≤ n ≤ 99 (``vierenzeventig``), as a learner writes it."""
    if n < 10:
        return "één" if n == 1 else _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    if not ones:
        return _TENS[tens - 2]
    joiner = "ën" if _ONES[ones].endswith("e") else "en"
    return f"{_ONES[ones]}{joiner}{_TENS[tens - 2]}"


@settings(max_examples=300)
@given(
    st.integers(1, 99),
    st.integers(1, 99),
    st.sampled_from(_UNITS),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", "ruim ", "bijna "]),
)
def test_a_different_number_is_never_right_or_almost(
    wanted: int, typed: int, unit: str, spell_wanted: bool, spell_typed: bool, qualifier: str
) -> None:
    assume(wanted != typed)
    expected = f"{qualifier}{dutch(wanted) if spell_wanted else wanted} {unit}".strip()
    answer = f"{dutch(typed) if spell_typed else typed} {unit}".strip()
    assert judge_answer(answer, expected, (), PEOPLE, KNOWN).verdict is Verdict.WRONG


@settings(max_examples=200)
@given(st.integers(1, 99), st.sampled_from(_UNITS), st.booleans(), st.booleans())
def test_the_same_number_in_words_or_digits_is_right(
    n: int, unit: str, spell_wanted: bool, spell_typed: bool
) -> None:
    expected = f"{dutch(n) if spell_wanted else n} {unit}".strip()
    answer = f"{dutch(n) if spell_typed else n} {unit}".strip()
    assert judge_answer(answer, expected).verdict is Verdict.CORRECT


@settings(max_examples=100)
@given(
    st.sampled_from(
        [
            "afhankelijk",
            "verantwoord",
            "waarschijnlijk",
            "waarschijnlijker",
            "gewoon",
            "mogelijk",
            "zeker",
            "eerlijk",
            "schuldig",
            "bekend",
            "tevreden",
            "gelukkig",
            "redelijk",
            "veilig",
        ]
    ),
    st.booleans(),
)
def test_an_on_opposite_is_never_accepted(word: str, negate_typed: bool) -> None:
    typed, wanted = (f"on{word}", word) if negate_typed else (word, f"on{word}")
    judged = judge_answer(typed, wanted)
    assert judged.verdict is Verdict.WRONG


@given(st.sampled_from(["januari", "februari", "maart", "april", "mei", "juni", "juli"]))
def test_another_month_is_never_accepted(month: str) -> None:
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
    following = months[months.index(month) + 1]
    for typed, wanted in ((month, following), (following, month)):
        assert judge_answer(f"eind {typed}", f"eind {wanted}").verdict is Verdict.WRONG
        assert judge_answer(f"{typed} 1994", f"{wanted} 1994").verdict is Verdict.WRONG


def test_the_word_lists_load_on_the_first_judgement_not_at_start_up() -> None:
    """wordfreq and simplemma cost half a second: ``quiz --version`` must not pay for them."""
    heavy = ("wordfreq", "simplemma", "text_to_num")
    script = (
        "import sys, quiz.cli, quiz.core.judging, quiz.core.judge\n"
        f"assert not [m for m in sys.modules if m.split('.')[0] in {heavy!r}], 'loaded early'\n"
        "from quiz.core.judge import judge_answer\n"
        "assert judge_answer('Iran', 'Irak').verdict == 'wrong'\n"
        "assert 'wordfreq' in sys.modules and 'simplemma' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
