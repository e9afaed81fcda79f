"""The UI's registry of answer widgets, and how each widget class words an outcome: the
"Jouw antwoord" and "Juiste antwoord" texts of the mistake list, and the feedback lines.

The domain's outcome is data; these are the words learners read, so they are pinned here
exactly (the snapshots pin them too, but only for the cases they show).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

import pytest
from factories import (
    make_choice_cloze,
    make_matching,
    make_multiple_choice,
    make_multiple_select,
    make_ordering,
    make_short_answer,
    make_true_false,
    make_typed_cloze,
    shown_as,
)

from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.session import Outcome
from quiz.kinds import registry
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answer_matching import format_pairs
from quiz.ui.widgets.answer_ordering import format_order
from quiz.ui.widgets.answers import (
    ANSWER_WIDGETS,
    ChoiceAnswer,
    ClozeChoiceAnswer,
    ClozeTextAnswer,
    MatchingAnswer,
    MultipleSelectAnswer,
    OrderingAnswer,
    TextAnswer,
    TrueFalseAnswer,
    answer_keys,
    answer_widget,
    help_keys,
    widget_class,
)
from quiz.ui.widgets.feedback import answer_lines

# choices: Jan de Vries, Eva Hartog (the answer), Anna Smit, Pieter Bakker
MC = make_multiple_choice()
MC_SHOWN = shown_as(MC, choices=MC.choices)
CLOZE_SHOWN = shown_as(make_choice_cloze(), choices=("belastingwet", "censuurwet", "kieswet"))
# choices: Tbilisi, Kyiv, Riga, Minsk; answers: Tbilisi and Riga, so (0, 2) is right
MS = make_multiple_select()
MS_SHOWN = shown_as(MS, choices=MS.choices)
MS_ONE_SHOWN = shown_as(make_multiple_select(answers=("Riga",)), choices=MS.choices)
TF_SHOWN = shown_as(make_true_false(), choices=("juist", "onjuist"))
TF_FALSE_SHOWN = shown_as(make_true_false(answer=False), choices=("juist", "onjuist"))
# items: Wonen in Moskou, Nieuwe censuurwet, Vertrek naar Tbilisi, Aankomst in Riga; reversed
ORDER = make_ordering()
ORDER_SHOWN = shown_as(ORDER, items=tuple(reversed(ORDER.items)))
# lefts: Moskou, Tbilisi, Riga, Kyiv; rights rotated by one, so (3, 0, 1, 2) is right
MATCH = make_matching()
MATCH_SHOWN = shown_as(
    MATCH,
    lefts=tuple(left for left, _ in MATCH.pairs),
    rights=tuple(right for _, right in MATCH.pairs[1:] + MATCH.pairs[:1]),
)
MATCH_RIGHT = (3, 0, 1, 2)
SHORT_SHOWN = shown_as(make_short_answer())
TYPED_CLOZE_SHOWN = shown_as(make_typed_cloze())

ALL_RIGHT_ORDER = (
    "1. Wonen in Moskou → 2. Nieuwe censuurwet → 3. Vertrek naar Tbilisi → 4. Aankomst in Riga"
)
ALL_PAIRS = (
    "Moskou → ruim acht jaar gewoond; Tbilisi → eerste stop; Riga → nieuwe standplaats;"
    " Kyiv → standplaats van De Vries"
)


def outcome(presented: PresentedQuestion, response: Response) -> Outcome:
    """The outcome the session gives for ``response`` (the streak does not matter here)."""
    judged = presented.question.score(presented, response)
    return Outcome.of(presented, response, judged, streak=0)


def lines(presented: PresentedQuestion, response: Response) -> list[str]:
    return answer_lines(outcome(presented, response)).plain.splitlines()


# -- the registry ------------------------------------------------------------------------------


def test_every_kind_has_a_widget_and_every_widget_a_kind() -> None:
    assert tuple(ANSWER_WIDGETS) == registry.names()


@pytest.mark.parametrize(
    ("presented", "widget"),
    [
        (MC_SHOWN, ChoiceAnswer),
        (MS_SHOWN, MultipleSelectAnswer),
        (TF_SHOWN, TrueFalseAnswer),
        (SHORT_SHOWN, TextAnswer),
        (TYPED_CLOZE_SHOWN, ClozeTextAnswer),
        (CLOZE_SHOWN, ClozeChoiceAnswer),
        (ORDER_SHOWN, OrderingAnswer),
        (MATCH_SHOWN, MatchingAnswer),
    ],
)
def test_the_widget_for_each_kind(presented: PresentedQuestion, widget: type[AnswerWidget]) -> None:
    assert widget_class(presented) is widget
    made = answer_widget(presented)
    assert type(made) is widget and made.id == "answer" and made.presented is presented


@dataclass(frozen=True, slots=True, kw_only=True)
class Poll(QuestionBase):
    """A kind the UI has no widget for."""

    KIND: ClassVar[str] = "poll"

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        raise NotImplementedError

    def correct_response(self, presented: PresentedQuestion) -> Response:
        raise NotImplementedError


def test_a_kind_without_a_widget_is_an_error_not_a_text_box() -> None:
    poll = Poll(id="p", category=MC.category, prompt="?", evidence=(), explanation="")
    presented = PresentedQuestion(poll, 1, 1)
    with pytest.raises(LookupError, match="no answer widget for question kind 'poll'"):
        widget_class(presented)
    with pytest.raises(LookupError, match="'poll'"):
        answer_widget(presented)


def test_the_help_lists_each_kinds_keys_once_in_registry_order() -> None:
    assert help_keys() == (
        ("a–f  1–6  klik", "een antwoord kiezen (meerkeuze, invulzin met keuzes)"),
        ("a–h  1–8  spatie", "meerdere antwoorden: aankruisen of uitzetten"),
        ("Enter  Bevestigen", "meerdere antwoorden: de aangekruiste geven"),
        ("j  o", "juist / onjuist"),
        ("↑ ↓  Enter", "door de antwoorden gaan / antwoord geven"),
        ("u d  ctrl+↑ ↓  ▲ ▼", "volgorde: het gekozen item omhoog / omlaag"),
        ("Tab", "naar het volgende veld (koppelen, de tekst)"),
    )


def test_the_keys_that_answer_from_anywhere() -> None:
    assert answer_keys() == "123456abcdef78ghjo"


# -- one line each, for the mistake list --------------------------------------------------------


@pytest.mark.parametrize(
    ("presented", "response", "given", "right"),
    [
        # multiple choice and cloze with choices: the letter and the text of the choice
        (MC_SHOWN, 1, "b) Eva Hartog", "Eva Hartog"),
        (MC_SHOWN, 0, "a) Jan de Vries", "Eva Hartog"),
        (MC_SHOWN, 3, "d) Pieter Bakker", "Eva Hartog"),
        (CLOZE_SHOWN, 1, "b) censuurwet", "censuurwet"),
        (CLOZE_SHOWN, 2, "c) kieswet", "censuurwet"),
        # multiple select: the ticked choices with their letters; the right ones' texts
        (MS_SHOWN, (0, 2), "a) Tbilisi; c) Riga", "Tbilisi; Riga"),
        (MS_SHOWN, (0, 1), "a) Tbilisi; b) Kyiv", "Tbilisi; Riga"),
        (MS_SHOWN, (0, 1, 2, 3), "a) Tbilisi; b) Kyiv; c) Riga; d) Minsk", "Tbilisi; Riga"),
        (MS_SHOWN, (3,), "d) Minsk", "Tbilisi; Riga"),
        (MS_SHOWN, (), "(geen antwoord)", "Tbilisi; Riga"),
        (MS_ONE_SHOWN, (2,), "c) Riga", "Riga"),
        # true / false: the word, from a bool or an index into ("juist", "onjuist")
        (TF_SHOWN, True, "juist", "juist"),
        (TF_SHOWN, False, "onjuist", "juist"),
        (TF_SHOWN, 0, "juist", "juist"),
        (TF_SHOWN, 1, "onjuist", "juist"),
        (TF_FALSE_SHOWN, False, "onjuist", "onjuist"),
        (TF_FALSE_SHOWN, True, "juist", "onjuist"),
        # ordering: the whole order on one line
        (ORDER_SHOWN, (3, 2, 1, 0), ALL_RIGHT_ORDER, ALL_RIGHT_ORDER),
        (
            ORDER_SHOWN,
            (2, 3, 1, 0),
            "1. Nieuwe censuurwet → 2. Wonen in Moskou → 3. Vertrek naar Tbilisi"
            " → 4. Aankomst in Riga",
            ALL_RIGHT_ORDER,
        ),
        (
            ORDER_SHOWN,
            (1, 0, 3, 2),
            "1. Vertrek naar Tbilisi → 2. Aankomst in Riga → 3. Wonen in Moskou"
            " → 4. Nieuwe censuurwet",
            ALL_RIGHT_ORDER,
        ),
        (
            ORDER_SHOWN,
            (0, 1, 2, 3),
            "1. Aankomst in Riga → 2. Vertrek naar Tbilisi → 3. Nieuwe censuurwet"
            " → 4. Wonen in Moskou",
            ALL_RIGHT_ORDER,
        ),
        # matching: how many pairs were right, and all the right pairs
        (MATCH_SHOWN, MATCH_RIGHT, "4 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (3, 0, 2, 1), "2 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (3, 0, 1, None), "3 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (0, 1, 2, 3), "0 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (None,) * 4, "0 van 4 paren goed", ALL_PAIRS),
        # typed: as typed (trimmed), and the bank's answer, not an alternative
        (SHORT_SHOWN, "Riga", "Riga", "Riga"),
        (SHORT_SHOWN, "Riga, Letland", "Riga, Letland", "Riga"),
        (SHORT_SHOWN, "Tbilisi", "Tbilisi", "Riga"),
        (SHORT_SHOWN, "  Tbilisi ", "Tbilisi", "Riga"),
        (SHORT_SHOWN, "", "(geen antwoord)", "Riga"),
        (SHORT_SHOWN, "   ", "(geen antwoord)", "Riga"),
        (
            shown_as(make_short_answer(answer="Loekasjenko", accept=())),
            "Loekasjenco",
            "Loekasjenco",
            "Loekasjenko",
        ),
        (TYPED_CLOZE_SHOWN, "maart", "maart", "maart"),
        (TYPED_CLOZE_SHOWN, "april", "april", "maart"),
        (
            shown_as(make_typed_cloze(answer="censuurwet", text="een nieuwe ___")),
            "sensuurwet",
            "sensuurwet",
            "censuurwet",
        ),
    ],
)
def test_given_and_correct_text(
    presented: PresentedQuestion, response: Response, given: str, right: str
) -> None:
    widget = widget_class(presented)
    result = outcome(presented, response)
    assert widget.given_text(result) == given
    assert widget.correct_text(result) == right


def test_formatting_helpers() -> None:
    assert format_order(["a", "b"]) == "1. a → 2. b"
    assert format_pairs([("Hartog", "Rusland-correspondent"), ("De Vries", "Kyiv")]) == (
        "Hartog → Rusland-correspondent; De Vries → Kyiv"
    )
    # Sentences as lefts and rights: no ".;" between the pairs, an ellipsis kept.
    sentences = [
        ("Belarus gaat meevechten.", "Nieuwe sancties en een economisch isolement."),
        ("De stoel wankelt.", "Hij zet Belarus onder druk..."),
        ("Het land raakt gedestabiliseerd.", "Een volksopstand."),
    ]
    assert format_pairs(sentences) == (
        "Belarus gaat meevechten. → Nieuwe sancties en een economisch isolement; "
        "De stoel wankelt. → Hij zet Belarus onder druk...; "
        "Het land raakt gedestabiliseerd. → Een volksopstand"
    )


# -- the feedback panel ------------------------------------------------------------------------


def test_feedback_on_a_choice() -> None:
    assert lines(MC_SHOWN, 1) == ["Jouw antwoord: b) Eva Hartog"]
    assert lines(MC_SHOWN, 0) == ["Jouw antwoord: a) Jan de Vries", "Juiste antwoord: Eva Hartog"]
    assert lines(TF_SHOWN, False) == ["Jouw antwoord: onjuist", "Juiste antwoord: juist"]
    assert lines(CLOZE_SHOWN, 2) == ["Jouw antwoord: c) kieswet", "Juiste antwoord: censuurwet"]


def test_feedback_on_ticked_choices() -> None:
    assert lines(MS_SHOWN, (0, 2)) == ["Jouw antwoord: a) Tbilisi; c) Riga"]
    assert lines(MS_SHOWN, (0,)) == [
        "Jouw antwoord: a) Tbilisi",
        "Juiste antwoorden: Tbilisi; Riga",
    ]
    assert lines(MS_SHOWN, (0, 1, 2)) == [
        "Jouw antwoord: a) Tbilisi; b) Kyiv; c) Riga",
        "Juiste antwoorden: Tbilisi; Riga",
    ]
    assert lines(MS_SHOWN, ()) == [
        "Jouw antwoord: (geen antwoord)",
        "Juiste antwoorden: Tbilisi; Riga",
    ]
    assert lines(MS_ONE_SHOWN, (1,)) == ["Jouw antwoord: b) Kyiv", "Juiste antwoord: Riga"]


def test_ticked_choices_saved_as_a_list_read_the_same() -> None:
    """The progress store gives a tuple back as a list."""
    saved = replace(outcome(MS_SHOWN, (0, 2)), response=[0, 2])  # type: ignore[arg-type]
    assert MultipleSelectAnswer.given_text(saved) == "a) Tbilisi; c) Riga"


@pytest.mark.parametrize("response", ["Tbilisi", 1, (True,), (4,)])
def test_a_response_that_ticks_no_choices_is_an_error_not_a_text(response: Response) -> None:
    mixed_up = replace(outcome(MS_SHOWN, ()), response=response)
    with pytest.raises(ValueError, match="not a set of ticked choices"):
        MultipleSelectAnswer.given_text(mixed_up)


def test_feedback_on_typing() -> None:
    assert lines(SHORT_SHOWN, "Riga, Letland") == ["Jouw antwoord: Riga, Letland"]
    assert lines(SHORT_SHOWN, " ") == ["Jouw antwoord: (geen antwoord)", "Juiste antwoord: Riga"]
    typo = shown_as(make_short_answer(answer="Loekasjenko", accept=()))
    assert lines(typo, "Loekasjenco") == ["Je schreef: Loekasjenco — juist gespeld: Loekasjenko"]


def test_what_was_typed_is_shown_not_obeyed() -> None:
    result = lines(SHORT_SHOWN, "\x1b[31mTbilisi")
    assert result[0].startswith("Jouw antwoord: ") and "\x1b" not in result[0]


def test_feedback_on_an_order_lists_only_the_right_one() -> None:
    assert lines(ORDER_SHOWN, (3, 2, 1, 0)) == []  # the list above shows the order
    assert lines(ORDER_SHOWN, (2, 3, 1, 0)) == [
        "Juiste volgorde:",
        "1. Wonen in Moskou",
        "2. Nieuwe censuurwet",
        "3. Vertrek naar Tbilisi",
        "4. Aankomst in Riga",
    ]


def test_feedback_on_pairs() -> None:
    assert lines(MATCH_SHOWN, MATCH_RIGHT) == ["Jouw antwoord: 4 van 4 paren goed"]
    assert lines(MATCH_SHOWN, (3, 0, 1, None)) == [
        "Jouw antwoord: 3 van 4 paren goed",
        "Juiste koppelingen:",
        "• Moskou → ruim acht jaar gewoond",
        "• Tbilisi → eerste stop",
        "• Riga → nieuwe standplaats",
        "• Kyiv → standplaats van De Vries",
    ]


def test_a_typed_answer_missing_a_part_says_which() -> None:
    presented = shown_as(make_short_answer(answer="juli 1994", accept=()))
    assert lines(presented, "juli") == [
        "Jouw antwoord: juli",
        "Juiste antwoord: juli 1994",
        "Er ontbreekt: het jaar",
    ]


def test_another_real_word_is_called_so_not_a_slip() -> None:
    presented = shown_as(make_short_answer(answer="afhankelijk", accept=()))
    assert lines(presented, "onafhankelijk")[-1] == "Dat is het tegendeel, geen tikfout."


def test_categories_and_origins_are_named_in_dutch() -> None:
    from quiz.core.model import Category
    from quiz.ui.widgets.labels import category_label, origin_label

    assert [category_label(c) for c in Category] == [
        "Wie",
        "Wanneer",
        "Waar",
        "Wat",
        "Woordenschat",
    ]
    assert [origin_label(o) for o in ("bundled", "user", "extra")] == [
        "meegeleverd",
        "eigen map",
        "extra",
    ]
