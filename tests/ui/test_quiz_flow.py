"""Playing quizzes through the question screen: scoring, feedback, the link back to the text.

Each test drives the real app with Pilot and checks what the learner would see: the verdict
words and symbols, the score and streak, which paragraphs the passage highlights, the Footer's
keys, and where the quiz goes after the last question. How each answer widget takes keys and
clicks is in ``test_answer_widgets.py``.
"""

from __future__ import annotations

from article_support import on_screen, row_text
from factories import (
    every_question_type,
    make_bank,
    make_multiple_select,
    make_short_answer,
    make_true_false,
)
from quiz_support import (
    answer_right_by_keyboard,
    app_for,
    bundled_bank,
    feedback_text,
    footer_keys,
    right_response,
    score_text,
    start,
    text_of,
    typed,
)

from quiz.core.model import Bank, Category
from quiz.core.session import QuizSession
from quiz.core.verdicts import Verdict
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.library import LibraryScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.reading import ReadingScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.article_view import ArticleView

SIZE = (100, 30)


# -- right, almost, wrong ----------------------------------------------------------------------


async def test_right_almost_and_wrong_with_score_streak_and_evidence() -> None:
    bank = bundled_bank()
    first, second, third = bank.questions[:3]  # short answer (Loekasjenko), then two choices
    session = QuizSession(bank, [first, second, third], seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        passage = screen.query_one(ArticleView)
        assert text_of(screen, "#progress") == "Vraag 1 van 3"
        assert passage.highlighted_paragraphs == ()  # nothing given away before answering
        assert passage.scroll_y == 0

        # 1: a typo is accepted, and the right spelling is shown against it.
        await pilot.press(*typed("Loekasjenka"), "enter")
        await pilot.pause()
        shown = feedback_text(screen)
        assert "≈ Bijna goed" in shown
        assert "Je schreef: Loekasjenka" in shown and "juist gespeld: Loekasjenko" in shown
        assert f"Bron: alinea {first.paragraphs[0]}" in shown
        assert passage.highlighted_paragraphs == first.paragraphs
        assert score_text(screen) == "Vraag 1 van 3 · Score 1/1 · Reeks 1"

        # 2: right, with a letter key.
        await pilot.press("n")
        await pilot.pause()
        assert passage.highlighted_paragraphs == ()
        presented = session.current
        assert presented is not None
        await answer_right_by_keyboard(pilot, presented)
        assert "✓ Goed" in feedback_text(screen)
        assert passage.highlighted_paragraphs == second.paragraphs
        assert score_text(screen) == "Vraag 2 van 3 · Score 2/2 · Reeks 2"

        # 3: wrong, with a number key; the right answer is named.
        await pilot.press("enter")  # Enter on "Volgende vraag"
        await pilot.pause()
        presented = session.current
        assert presented is not None
        wrong = next(i for i, c in enumerate(presented.choices) if c != third.answer)  # type: ignore[union-attr]
        await pilot.press(str(wrong + 1))
        await pilot.pause()
        shown = feedback_text(screen)
        assert "✗ Fout" in shown
        assert f"Juiste antwoord: {third.answer}" in shown  # type: ignore[union-attr]
        assert passage.highlighted_paragraphs == third.paragraphs
        assert score_text(screen) == "Vraag 3 van 3 · Score 2/3 · Reeks 0"
        assert "Naar de uitslag" in str(screen.query_one("#next").render())

        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        summary = str(app.screen.query_one("#results-summary").render())
        assert "Score 2/3 · 67%" in summary


async def test_the_passage_scrolls_to_the_evidence_only_after_answering() -> None:
    bank = bundled_bank()
    late = next(q for q in bank.questions if q.paragraphs[0] >= 14 and q.category is Category.WAT)
    session = QuizSession(bank, [late], seed=3)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        passage = screen.query_one(ArticleView)
        assert passage.scroll_y == 0
        presented = session.current
        assert presented is not None
        await answer_right_by_keyboard(pilot, presented)
        await pilot.pause()
        assert passage.scroll_y > 0
        number = late.paragraphs[0]
        assert number in passage.highlighted_paragraphs
        assert f"▶{number} " in row_text(passage, passage.paragraph_rows(number)[0])
        span = next(e.span for e in late.evidence if e.span.paragraph == number)
        assert on_screen(passage, passage.line_of(number, span.start))  # the evidence itself


# -- every type by keyboard --------------------------------------------------------------------


async def test_every_question_type_answered_right_by_keyboard() -> None:
    bank = make_bank([*every_question_type(), make_multiple_select()])
    session = QuizSession(bank, seed=7)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        for question in bank.questions:
            presented = session.current
            assert presented is not None and presented.question is question
            await answer_right_by_keyboard(pilot, presented)
            outcome = screen.outcome
            assert outcome is not None, question.id
            assert outcome.verdict is Verdict.CORRECT, (question.id, outcome.response)
            assert "✓ Goed" in feedback_text(screen)
            assert screen.query_one(ArticleView).highlighted_paragraphs == question.paragraphs
            await pilot.press("n")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.results.percent == 100.0


async def test_the_whole_bundled_quiz_answered_right_scores_100_percent() -> None:
    bank = bundled_bank()
    session = QuizSession(bank, seed=2024)
    app = app_for(bank)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start(app, pilot, session)
        while (presented := session.current) is not None:
            # Through the answer widget, as its keys or clicks would (typing all 82 answers
            # key by key is slow; every widget's keys are played in the test above).
            screen.query_one(AnswerWidget).submit(right_response(presented))
            await pilot.pause()
            assert screen.outcome is not None, presented.question.id
            assert screen.outcome.verdict is Verdict.CORRECT, presented.question.id
            await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        results = app.screen.results
        assert results.percent == 100.0
        assert results.points_possible == sum(q.points for q in bank.questions)
        summary = str(app.screen.query_one("#results-summary").render())
        assert f"Score {results.points_possible}/{results.points_possible} · 100%" in summary
        assert not app.screen.query("#mistakes")


# -- keys that exist only when they work -------------------------------------------------------


async def test_footer_follows_the_state_and_o_opens_the_article_at_the_source() -> None:
    question = make_short_answer()
    bank = make_bank([question, make_true_false()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        keys = footer_keys(screen)
        assert keys.get("enter") == "Antwoord"
        assert "n" not in keys and "o" not in keys
        await pilot.press(*typed("Riga"), "enter")
        await pilot.pause()
        keys = footer_keys(screen)
        assert keys.get("n") == "Volgende" and keys.get("o") == "Open artikel"

        await pilot.press("o")
        await pilot.pause()
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert reading.paragraph == question.paragraphs[0]
        assert reading.query_one(ArticleView).highlighted_paragraphs == question.paragraphs
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.outcome is not None  # still at the feedback


async def test_the_article_moves_below_the_question_on_narrow_terminals() -> None:
    bank = make_bank()
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        assert screen.has_class("-narrow")
        passage = screen.query_one(ArticleView)
        pane = screen.query_one("#question-pane")
        assert passage.region.y > pane.region.y and passage.region.x == pane.region.x
    app = app_for(bank)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        assert screen.has_class("-wide")
        passage = screen.query_one(ArticleView)
        assert passage.region.x > screen.query_one("#question-pane").region.x


# -- leaving -----------------------------------------------------------------------------------


async def test_leaving_before_the_first_answer_just_goes_back() -> None:
    bank = make_bank()
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, QuizSession(bank, seed=1))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_leaving_a_quiz_in_progress_asks_first() -> None:
    bank = make_bank()
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        presented = session.current
        assert presented is not None
        await answer_right_by_keyboard(pilot, presented)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: back to the quiz, nothing lost
        await pilot.pause()
        assert app.screen is screen and session.started
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_quiz_started_from_the_app_uses_this_screen() -> None:
    bank: Bank = make_bank(every_question_type())
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        app.start_quiz(bank)
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert text_of(app.screen, "#progress") == f"Vraag 1 van {len(bank.questions)}"


async def test_pressing_next_twice_after_the_last_answer_just_shows_the_results() -> None:
    bank = make_bank([make_true_false()])
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, QuizSession(bank, seed=1))
        await pilot.press("j", "n", "n", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.results.percent == 100.0
