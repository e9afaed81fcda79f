"""The bank-quality lint: each giveaway is a located warning on a bank that has it, and a bank
without it stays silent. Banks are written next to the mini article (see bank_support)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_support import HEAD, load

from quiz.cli import main
from quiz.diagnostics import Diagnostic
from quiz.library.loader import load_bank

EVIDENCE = "De Russen gebruikten Belarus als springplank"
#: Four different quotes, so that four juist/onjuist questions do not share their evidence.
QUOTES = (
    "Belarus werd in 1991 een onafhankelijk land",
    "vielen Russische militairen Oekraïne binnen",
    "President Loekasjenko steunt zijn vriend Poetin",
    "na ruim 70 jaar in de Sovjet-Unie",
)


def mc(qid: str, choices: str, answer: str, prompt: str = "Welk land?") -> str:
    return f"""\
  - id: {qid}
    category: waar
    type: multiple_choice
    prompt: {prompt}
    evidence: {EVIDENCE}
    choices: {choices}
    answer: {answer}
    explanation: Ja.
"""


def tf(qid: str, answer: str, prompt: str = "Belarus was de springplank.") -> str:
    return f"""\
  - id: {qid}
    category: wat
    type: true_false
    prompt: {prompt}
    evidence: {QUOTES[int(qid[1:]) % len(QUOTES)]}
    answer: {answer}
    explanation: Ja.
"""


def short(qid: str, answer: str, prompt: str) -> str:
    return f"""\
  - id: {qid}
    category: wanneer
    type: short_answer
    prompt: {prompt}
    evidence: Belarus werd in 1991 een onafhankelijk land
    answer: "{answer}"
    explanation: Ja.
"""


def warnings(tmp_path: Path, questions: str) -> list[Diagnostic]:
    result = load(tmp_path, HEAD + questions)
    assert result.ok, [d.format() for d in result.diagnostics]
    return [d for d in result.warnings if "no question" not in d.message]


def only(found: list[Diagnostic], words: str) -> Diagnostic:
    hits = [d for d in found if words in d.message]
    assert len(hits) == 1, [d.format() for d in found]
    return hits[0]


BALANCED = tf("t1", "juist") + tf("t2", "onjuist") + tf("t3", "juist") + tf("t4", "onjuist")


def test_a_clean_bank_has_no_quality_warning(tmp_path: Path) -> None:
    questions = mc("m1", "[Belarus, Polen, Litouwen]", "Belarus") + BALANCED
    assert warnings(tmp_path, questions) == []


def test_the_right_choice_clearly_the_longest(tmp_path: Path) -> None:
    choices = "[Belarus als springplank voor de aanval, Polen, Litouwen]"
    found = warnings(tmp_path, mc("m1", choices, "Belarus als springplank voor de aanval"))
    d = only(found, "clearly the longest")
    assert (d.location.line, d.location.column) == (13, 13)  # the answer's value


def test_the_share_of_questions_whose_right_choice_is_the_longest(tmp_path: Path) -> None:
    longest = "".join(
        mc(f"m{n}", "[Belarusje, Polen, Lita]", "Belarusje", prompt=f"Vraag {n}?")
        for n in range(1, 5)
    )
    d = only(warnings(tmp_path, longest + BALANCED), "the right choice is the longest")
    assert "4 of 4" in d.message and "m1, m2, m3 and m4" in d.message
    assert (d.location.line, d.location.column) == (6, 1)  # the questions: key


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        (("onjuist", "onjuist", "onjuist", "juist"), "3 of 4 juist/onjuist questions are onjuist"),
        (("juist", "juist", "juist", "juist"), "4 of 4 juist/onjuist questions are juist"),
    ],
)
def test_juist_onjuist_out_of_balance(tmp_path: Path, answers: tuple[str, ...], words: str) -> None:
    questions = "".join(tf(f"t{n}", a) for n, a in enumerate(answers, start=1))
    d = only(warnings(tmp_path, questions), words)
    assert "scores" in d.message and (d.location.line, d.location.column) == (6, 1)


def test_one_question_gives_another_away(tmp_path: Path) -> None:
    asked = short("s1", "1991", "In welk jaar werd Belarus onafhankelijk?")
    giver = tf("t1", "juist", prompt="Belarus werd in 1991 onafhankelijk.")
    d = only(warnings(tmp_path, asked + giver), "gives the other away")
    assert "'1991'" in d.message and "'s1'" in d.message
    assert d.location.line == 17  # the giving question's prompt


def test_an_answer_named_in_its_own_prompt_is_no_giveaway(tmp_path: Path) -> None:
    asked = short("s1", "1991", "Wat gebeurde in 1991?")
    giver = tf("t1", "juist", prompt="Belarus werd in 1991 onafhankelijk.")
    assert not [d for d in warnings(tmp_path, asked + giver) if "gives" in d.message]


def test_the_same_evidence_for_more_than_three_questions(tmp_path: Path) -> None:
    questions = "".join(
        mc(f"m{n}", f"[Belarus, Polen{n}, Litouwen{n}]", "Belarus", prompt=f"Vraag {n}?")
        for n in range(1, 5)
    )
    d = only(warnings(tmp_path, questions), "the same evidence")
    assert "used by 4 questions" in d.message
    assert d.location.line == 7 + 3 * 8 + 4  # the 4th question's evidence


@pytest.mark.parametrize(
    ("choices", "answer", "words"),
    [
        ("[ruim 70 jaar, juli 1994, augustus 2020, maart 2021]", "ruim 70 jaar", "right choice"),
        ("[25 februari, 11 maart, augustus 2020, 3 juli]", "25 februari", "'augustus 2020'"),
        ("[25 februari, 11 maart, augustus 2020, juli 1994]", "25 februari", "mix dates to"),
    ],
)
def test_choices_of_another_form_stand_out(
    tmp_path: Path, choices: str, answer: str, words: str
) -> None:
    found = warnings(tmp_path, mc("m1", choices, answer, prompt="Wanneer?"))
    assert any(words in d.message for d in found), [d.format() for d in found]


def test_a_wrong_choice_that_reads_as_the_answer(tmp_path: Path) -> None:
    d = only(warnings(tmp_path, mc("m1", "[Oekraïne, Oekraine, Polen]", "Oekraïne")), "reads")
    assert "'Oekraine'" in d.message


def test_strict_makes_quality_warnings_fail_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(tmp_path, HEAD + "".join(tf(f"t{n}", "onjuist") for n in range(4)))
    bank = tmp_path / "bank.yaml"
    assert main(["validate", str(bank)]) == 0
    assert main(["validate", "--strict", str(bank)]) == 1
    assert "juist/onjuist" in capsys.readouterr().out


def test_the_bundled_bank_is_clean_under_strict() -> None:
    assert main(["validate", "--strict"]) == 0


GIVEAWAYS = Path(__file__).parent / "fixtures" / "giveaways" / "belarus-oud.yaml"


def question_at(line: int) -> str:
    """The id of the question whose entry holds ``line`` of the old bank ("" above them)."""
    lines = GIVEAWAYS.read_text(encoding="utf-8").splitlines()[:line]
    ids = [text.split("id:", 1)[1].strip() for text in lines if text.startswith("  - id:")]
    return ids[-1] if ids else ""


def test_the_old_first_bank_has_each_giveaway_the_review_found() -> None:
    """The review of the first bank found these; the lint finds each on a copy that has them."""
    result = load_bank(GIVEAWAYS)
    found = {(d.message, question_at(d.location.line)) for d in result.warnings}
    messages = " | ".join(message for message, _ in found)
    assert "14 of 19 juist/onjuist questions are onjuist" in messages
    assert "in 13 of 31 choice questions the right choice is the longest" in messages
    flagged = {qid for message, qid in found}
    assert {"wanneer-sovjet-unie", "wanneer-invasie", "wanneer-ontmoeting"} <= flagged
    assert any("'ruim 70 jaar' is the only number or duration" in m for m, _ in found)
    assert any("mix dates to the day and months" in m for m, q in found if q == "wanneer-invasie")
    university = [q for m, q in found if "'Universiteit van Amsterdam'" in m]
    assert len(university) >= 2  # Kemper's university, asked again and again
