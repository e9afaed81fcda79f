"""The kinds' registry: exactly the seven kinds, each complete, and each one round-trips from a
bank through the registry (read → present → score) and through a session."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_support import CLOZE, HEAD, MC, TF, load
from factories import every_question_type, make_multiple_select

from quiz.bank.author_words import plain_form
from quiz.core.model import QuestionBase
from quiz.core.session import QuizSession
from quiz.core.verdicts import Verdict
from quiz.kinds import registry
from quiz.kinds.reading import COMMON_KEYS
from quiz.library.loader import load_bank

SEVEN = (
    "multiple_choice",
    "multiple_select",
    "true_false",
    "short_answer",
    "cloze",
    "ordering",
    "matching",
)
EXAMPLE_BANK = Path(__file__).resolve().parents[2] / "docs" / "examples" / "fietsbrug.yaml"

#: One valid question of each kind, for the mini article (bank_support.HEAD before it).
EXAMPLES = {
    "multiple_choice": MC,
    "multiple_select": """\
  - id: q1
    category: waar
    type: multiple_select
    prompt: Welke landen noemt de zin over de inval? Kies alle juiste antwoorden.
    evidence: vielen Russische militairen Oekraïne binnen vanuit Belarus
    choices: [Oekraïne, Polen, Belarus, Litouwen]
    answers: [Oekraïne, Belarus]
    explanation: Russische militairen vielen Oekraïne binnen vanuit Belarus.
""",
    "true_false": TF,
    "short_answer": """\
  - id: q1
    category: wanneer
    type: short_answer
    prompt: Wanneer werd Belarus onafhankelijk?
    evidence: Belarus werd in 1991 een onafhankelijk land
    answer: "1991"
    accept: [in 1991]
    explanation: In 1991.
""",
    "cloze": CLOZE,
    "ordering": """\
  - id: q1
    category: wanneer
    type: ordering
    prompt: Zet in de juiste volgorde.
    evidence: [Op vrijdag 25 februari, De Russen gebruikten Belarus]
    paragraph: [3, 4]
    items: [Sovjet-Unie, onafhankelijkheid, inval]
    explanation: Eerst de Sovjet-Unie, dan 1991, dan 2022.
""",
    "matching": """\
  - id: q1
    category: wie
    type: matching
    prompt: Wie is wie?
    evidence: Kemper zegt
    pairs:
      - {left: Loekasjenko, right: president}
      - {left: Kemper, right: expert}
    explanation: Zie het artikel.
""",
}


def test_the_registry_lists_exactly_the_seven_kinds_in_order() -> None:
    assert registry.names() == SEVEN
    assert tuple(kind.name for kind in registry.KINDS) == SEVEN


@pytest.mark.parametrize("name", SEVEN)
def test_each_kind_is_complete(name: str) -> None:
    kind = registry.kind(name)
    assert issubclass(kind.question, QuestionBase)
    assert name == kind.question.KIND
    assert kind.keys, "a kind has keys of its own"
    assert set(kind.required) <= set(kind.keys)
    assert not set(kind.keys) & set(COMMON_KEYS)
    assert kind.author_words, "authors' other names make 'did you mean' work for the kind"


def test_an_unknown_kind_is_a_key_error_naming_the_known_ones() -> None:
    with pytest.raises(KeyError, match="no question kind 'essay'; known: multiple_choice, multi"):
        registry.kind("essay")


def test_the_kind_of_a_question() -> None:
    for question in (*every_question_type(), make_multiple_select()):
        assert registry.kind_of(question).question is type(question)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("mc", "multiple_choice"),
        ("meerkeuze", "multiple_choice"),
        ("juist onjuist", "true_false"),
        ("open vraag", "short_answer"),
        ("gap fill", "cloze"),
        ("volgorde", "ordering"),
        ("koppelen", "matching"),
        ("meerdere antwoorden", "multiple_select"),
        ("aankruisen", "multiple_select"),
        ("checkboxes", "multiple_select"),
        ("select all", "multiple_select"),
    ],
)
def test_authors_other_names_for_kinds(written: str, meant: str) -> None:
    assert registry.author_synonyms()[plain_form(written)] == meant


def test_no_other_name_is_claimed_by_two_kinds() -> None:
    claimed: dict[str, str] = {}
    for kind in registry.KINDS:
        for word in kind.author_words.split(","):
            form = word.strip()
            assert form not in claimed, f"{form!r}: {claimed.get(form)} and {kind.name}"
            claimed[form] = kind.name
            assert form not in registry.names()


def test_which_kinds_own_a_key() -> None:
    assert registry.owners("answer") == ["multiple_choice", "true_false", "short_answer", "cloze"]
    assert registry.owners("choices") == ["multiple_choice", "multiple_select", "cloze"]
    assert registry.owners("answers") == ["multiple_select"]
    assert registry.owners("pairs") == ["matching"]
    assert registry.owners("prompt") == []
    assert registry.all_keys() == (
        "choices",
        "answer",
        "answers",
        "accept",
        "text",
        "items",
        "pairs",
    )


def test_every_kind_has_an_example() -> None:
    assert set(EXAMPLES) == set(registry.names())


def test_the_documented_example_bank_has_every_kind_and_validates() -> None:
    """docs/examples/fietsbrug.yaml promises one question of every type (docs/authoring.md)."""
    result = load_bank(EXAMPLE_BANK)
    assert result.diagnostics == (), [d.format() for d in result.diagnostics]
    assert result.bank is not None
    assert {q.KIND for q in result.bank.questions} == set(registry.names())


@pytest.mark.parametrize("name", SEVEN)
def test_every_kind_round_trips_through_the_registry(tmp_path: Path, name: str) -> None:
    result = load(tmp_path, HEAD + EXAMPLES[name])
    assert result.errors == (), [d.format() for d in result.errors]
    assert result.bank is not None
    [question] = result.bank.questions
    kind = registry.kind(name)
    assert type(question) is kind.question
    assert registry.kind_of(question) is kind
    for seed in range(5):
        presented = question.present(1, 1, random.Random(seed))
        assert presented.kind == name and presented.question is question
        right = question.score(presented, question.correct_response(presented))
        assert (right.verdict, right.credit) == (Verdict.CORRECT, 1.0)
    session = QuizSession(result.bank, seed=3)
    current = session.current
    assert current is not None
    outcome = session.answer(question.correct_response(current))
    assert (outcome.verdict, outcome.points_earned) == (Verdict.CORRECT, question.points)
