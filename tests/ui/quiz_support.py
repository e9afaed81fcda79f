"""Helpers for playing quizzes in Pilot tests: an app around a bank, and the right answers.

The right answer is computed from what the session *presents* (the shuffled choices, items and
rights) and the question's own data, the way a learner who knows the text would answer, so the
tests hold for any seed and any bank.
"""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from quiz.core.model import Bank
from quiz.core.session import PresentedQuestion, QuizSession, Response
from quiz.kinds.cloze import Cloze
from quiz.kinds.matching import Matching
from quiz.kinds.multiple_choice import MultipleChoice
from quiz.kinds.multiple_select import MultipleSelect
from quiz.kinds.ordering import Ordering
from quiz.kinds.short_answer import ShortAnswer
from quiz.kinds.true_false import TrueFalse
from quiz.library.folders import Library, LibraryEntry
from quiz.library.loader import LoadResult, load_bank
from quiz.store.attempt import Attempt
from quiz.ui.app import QuizApp
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.widgets.feedback import FeedbackPanel
from quiz.ui.widgets.score_bar import ScoreBar

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLED_BANK = ROOT / "questions" / "belarus-spagaat.yaml"


def bundled_bank() -> Bank:
    """The real bundled bank, through the real loader."""
    result = load_bank(BUNDLED_BANK)
    assert result.bank is not None, result.diagnostics
    return result.bank


#: The first bank as it was before its quality review: real questions of shapes the reviewed
#: bank no longer has (a six-item ordering, quotes deep in a paragraph).
OLD_BANK = Path(__file__).resolve().parent.parent / "fixtures" / "giveaways" / "belarus-oud.yaml"


def old_bank() -> Bank:
    result = load_bank(OLD_BANK)
    assert result.bank is not None, result.diagnostics
    return result.bank


def app_for(bank: Bank) -> QuizApp:
    """The real app, with a library holding just ``bank`` (no folders are read)."""
    return QuizApp(Library(entries=(LibraryEntry(LoadResult(bank.path, bank, ()), "bundled"),)))


async def start(app: QuizApp, pilot: Pilot[int], session: QuizSession) -> QuestionScreen:
    """Show ``session`` on a question screen, as ``QuizApp.start_quiz`` does (unsaved)."""
    screen = QuestionScreen(Attempt(session))
    await app.push_screen(screen)
    await pilot.pause()
    return screen


def right_response(presented: PresentedQuestion) -> Response:
    """The response a learner who read the text carefully would give."""
    question = presented.question
    match question:
        case MultipleChoice() | Cloze() if presented.choices:
            return presented.choices.index(question.answer)
        case MultipleSelect():
            return tuple(
                i for i, choice in enumerate(presented.choices) if choice in question.answers
            )
        case TrueFalse():
            return question.answer
        case ShortAnswer() | Cloze():
            return question.answer
        case Ordering():
            return tuple(presented.items.index(item) for item in question.items)
        case Matching():
            return tuple(presented.rights.index(right) for _, right in question.pairs)
    raise AssertionError(f"unknown question {question!r}")


def ordering_keys(presented: PresentedQuestion) -> list[str]:
    """Keys that sort the list into the right order with the cursor and ``u`` (move up).

    For each place from the top: walk the cursor to the item that belongs there, then move it up
    into place (the cursor follows the item).
    """
    question = presented.question
    assert isinstance(question, Ordering)
    order = list(presented.items)
    cursor = 0
    keys: list[str] = []
    for place, wanted in enumerate(question.items):
        at = order.index(wanted)
        keys += ["down"] * (at - cursor) if at >= cursor else ["up"] * (cursor - at)
        keys += ["u"] * (at - place)
        order.insert(place, order.pop(at))
        cursor = place
    return [*keys, "enter"]


def matching_keys(presented: PresentedQuestion) -> list[str]:
    """Per row: Enter opens the list (its first line is the empty prompt), ↓ to the partner,
    Enter picks it and the focus moves to the next open row; last, Enter on "Bevestig"."""
    question = presented.question
    assert isinstance(question, Matching)
    keys: list[str] = []
    for _, right in question.pairs:
        keys += ["enter", *["down"] * (presented.rights.index(right) + 1), "enter"]
    return [*keys, "enter"]


def typed(text: str) -> list[str]:
    """The key presses that type ``text``."""
    return ["space" if char == " " else char for char in text]


async def answer_right_by_keyboard(pilot: Pilot[int], presented: PresentedQuestion) -> None:
    """Answer ``presented`` correctly with keys only, as a learner at the keyboard would."""
    question = presented.question
    response = right_response(presented)
    if isinstance(question, TrueFalse):
        await pilot.press("j" if question.answer else "o")
    elif isinstance(question, MultipleSelect):
        assert isinstance(response, tuple)
        await pilot.press(*("abcdefgh"[index] for index in response if index is not None), "enter")
    elif presented.choices:
        assert isinstance(response, int)
        await pilot.press("abcdef"[response])
    elif isinstance(question, Ordering):
        await pilot.press(*ordering_keys(presented))
    elif isinstance(question, Matching):
        await pilot.press(*matching_keys(presented))
    else:
        assert isinstance(response, str)
        await pilot.press(*typed(response), "enter")
    await pilot.pause()


# -- reading the screen ------------------------------------------------------------------------


def text_of(screen: QuestionScreen, selector: str) -> str:
    return str(screen.query_one(selector).render())


def feedback_text(screen: QuestionScreen) -> str:
    panel = screen.query_one(FeedbackPanel)
    return "\n".join(str(part.render()) for part in panel.query("Static"))


def score_text(screen: QuestionScreen) -> str:
    bar = screen.query_one(ScoreBar)
    return " · ".join(
        str(bar.query_one(f"#{part}").render()) for part in ("progress", "score", "streak")
    )


def rendered(widget: Widget) -> str:
    """What ``widget`` and everything in it draw now, line by line, borders and border titles
    included: the text the terminal receives, so wrongly parsed markup shows up as missing
    brackets. (Each widget draws only itself, so the descendants are drawn one by one.)"""
    parts = []
    for part in (widget, *widget.query("*")):
        width, height = part.outer_size
        lines = part.render_lines(Region(0, 0, width, height))
        parts.append("\n".join(strip.text for strip in lines))
    return "\n".join(parts)


def in_view(pane: Widget, widget: Widget) -> bool:
    """True when all of ``widget`` is inside the visible part of the scrolling ``pane``."""
    return bool(widget.region) and pane.content_region.contains_region(widget.region)


def footer_keys(screen: QuestionScreen) -> dict[str, str]:
    """Key → description of what the Footer shows now."""
    return {
        key: active.binding.description
        for key, active in screen.active_bindings.items()
        if active.binding.show and active.enabled
    }
