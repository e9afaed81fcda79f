"""Bank text, article text and file names are shown as written: never parsed as markup (``[/]``
would crash, ``[@click=app.quit]`` would attach an action) and never sent to the terminal as
control sequences (a file name may hold an escape character).

The bank is a real file in the user's bank folder (QUIZ_QUESTIONS_DIR, a temporary folder), read
by the real loader, next to broken banks whose file names look like markup or hold an escape.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from quiz_support import footer_keys, rendered
from textual.command import CommandList
from textual.widgets import OptionList, Select
from ui_support import checked

from quiz.core.session import QuizSession
from quiz.errors import EmptySelectionError
from quiz.store.attempt import Attempt
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.library import DiagnosticsScreen, LibraryScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.answer_choice import ChoiceList
from quiz.ui.widgets.bank_info import BankDetails
from quiz.ui.widgets.feedback import FeedbackPanel

MINI_ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "mini" / "article.txt"

TITLE = "[bold]Titel[/] [@click=app.quit]klik[/] [/]"
CHOICES = ("[bold]Belarus[/]", "[/]Polen", "[@click=app.quit]Litouwen[/]")
LEFTS = ("[bold]Loekasjenko[/]", "[@click=app.quit]Kemper[/]")
RIGHTS = ("[/]president", "[@click=app.quit]zegt iets[/]")
EXPLANATION = "Uitleg [bold]x[/] en [/] en [@click=app.quit]y[/]."

HOSTILE_BANK = f"""\
id: hostile
title: "{TITLE}"
language: nl
level: B1
article: hostile.txt
questions:
  - id: q1
    category: wat
    type: multiple_choice
    prompt: "Waar? [bold]vet[/]"
    evidence: De Russen gebruikten Belarus als springplank
    choices: ["{CHOICES[0]}", "{CHOICES[1]}", "{CHOICES[2]}"]
    answer: "{CHOICES[0]}"
    explanation: "{EXPLANATION}"
  - id: q2
    category: wie
    type: matching
    prompt: Koppel.
    pairs:
      - left: "{LEFTS[0]}"
        right: "{RIGHTS[0]}"
      - left: "{LEFTS[1]}"
        right: "{RIGHTS[1]}"
    evidence:
      - President Loekasjenko steunt zijn vriend Poetin
      - Kemper zegt
    explanation: "[/]"
"""

#: File names cannot hold "/", so the markup-like name uses an action and an unclosed tag.
MARKUP_NAME = "[@click=app.quit]kapot[b].yaml"
#: An escape sequence that would clear the terminal if it reached it.
ESCAPE_NAME = "kapot\x1b[2J.yaml"


@pytest.fixture
def hostile_folder(user_questions: Path) -> Path:
    """The user's bank folder with the hostile bank and two broken banks with hostile names."""
    shutil.copy(MINI_ARTICLE, user_questions / "hostile.txt")
    (user_questions / "hostile.yaml").write_text(HOSTILE_BANK, encoding="utf-8")
    (user_questions / MARKUP_NAME).write_text("id: kapot\n", encoding="utf-8")
    (user_questions / ESCAPE_NAME).write_text("id: kapot\n", encoding="utf-8")
    return user_questions


def flat(text: str) -> str:
    """``text`` with borders dropped and every run of whitespace one space, so a sentence that
    wraps inside a frame can be found whole."""
    return " ".join(text.replace("│", " ").split())


def assert_clean(text: str) -> None:
    """No control character reaches the terminal (line breaks aside)."""
    assert not any(ord(char) < 32 and char != "\n" for char in text), repr(text)


async def test_library_shows_titles_and_file_names_literally(hostile_folder: Path) -> None:
    app = make_app()
    async with app.run_test(size=(130, 30)) as pilot:
        await checked(pilot)
        listed = rendered(app.screen.query_one("#library-list", OptionList))
        assert TITLE in listed
        assert MARKUP_NAME in listed
        assert "kapot\\x1b[2J.yaml" in listed  # escaped, visibly
        assert_clean(listed)

        names = [entry.path.name for entry in app.library.entries]
        for name in (MARKUP_NAME, ESCAPE_NAME):
            await pilot.press("home", *["down"] * names.index(name))
            details = rendered(app.screen.query_one(BankDetails))
            assert_clean(details)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, DiagnosticsScreen)
            dialog = rendered(app.screen.query_one("#diagnostics-dialog"))
            assert_clean(dialog)
            shown_name = "kapot\\x1b[2J.yaml" if name == ESCAPE_NAME else MARKUP_NAME
            assert f"✗ {shown_name}" in dialog.splitlines()[0]  # the border title
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)

        await pilot.press("home", *["down"] * names.index("hostile.yaml"))
        details = rendered(app.screen.query_one(BankDetails))
        assert TITLE in details and "hostile.yaml" in details


async def test_a_quiz_on_hostile_text_shows_it_and_clicks_on_it_do_nothing_else(
    hostile_folder: Path,
) -> None:
    app = make_app()
    bank = app.library.bank("hostile")
    session = QuizSession(bank, seed=2)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.push_screen(QuestionScreen(Attempt(session)))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        presented = session.current
        assert presented is not None
        choices = rendered(screen.query_one(ChoiceList))
        assert all(choice in choices for choice in CHOICES)
        assert "Waar? [bold]vet[/]" in rendered(screen.query_one("#prompt"))

        # A click on the "[@click=app.quit]…" choice answers with it; nothing quits.
        trap = presented.choices.index(CHOICES[2])
        await pilot.click(ChoiceList, offset=(8, 1 + trap))
        await pilot.pause()
        assert app.is_running and screen.outcome is not None
        feedback = flat(rendered(screen.query_one(FeedbackPanel)))
        assert EXPLANATION in feedback
        assert f"Jouw antwoord: {'abc'[trap]}) {CHOICES[2]}" in feedback
        assert f"Juiste antwoord: {CHOICES[0]}" in feedback

        await pilot.press("n")
        await pilot.pause()
        lefts = rendered(screen.query_one("#answer"))
        assert all(left in lefts for left in LEFTS)
        matching = session.current
        assert matching is not None
        for row in range(2):
            select = screen.query_one(f"#match-{row}", Select)
            await pilot.click(select)
            await pilot.pause()
            overlay = select.query_one("SelectOverlay")
            listed = rendered(overlay)
            assert all(right in listed for right in RIGHTS)
            # The "[@click=app.quit]…" partner, clicked: picked, and the app still runs.
            partner = matching.rights.index(RIGHTS[1 - row])
            await pilot.click(overlay, offset=(6, 1 + 1 + partner))
            await pilot.pause()
            assert app.is_running and select.value == partner
            assert RIGHTS[1 - row] in rendered(select)
        await pilot.click("#confirm-pairs")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        mistakes = flat(rendered(app.screen.query_one("#mistakes")))
        assert "Waar? [bold]vet[/]" in mistakes and CHOICES[2] in mistakes
        assert app.is_running


async def test_the_palette_shows_bank_titles_literally(hostile_folder: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"lezen titel klik")
        await pilot.pause(0.5)
        assert TITLE in rendered(app.screen.query_one(CommandList))  # matched letters marked


@pytest.mark.parametrize("where", ["start", "answer"])
async def test_error_messages_are_shown_literally(
    monkeypatch: pytest.MonkeyPatch, hostile_folder: Path, where: str
) -> None:
    """Error texts may quote bank text: a notification never parses them as markup."""
    message = "kan niet: [/] [@click=app.quit]x[/]"

    def refuse(*args: object, **kwargs: object) -> None:
        # A quiz that cannot start is an EmptySelectionError; an answer of the wrong shape is a
        # ValueError. Both texts reach the learner as notifications.
        raise EmptySelectionError(message) if where == "start" else ValueError(message)

    app: QuizApp = make_app()
    bank = app.library.bank("hostile")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        if where == "start":
            monkeypatch.setattr("quiz.core.session.QuizSession.__init__", refuse)
            app.start_quiz(bank)
        else:
            app.start_quiz(bank)
            await pilot.pause()
            monkeypatch.setattr("quiz.core.session.QuizSession.answer", refuse)
            await pilot.press("a")
        await pilot.pause()
        await pilot.pause()
        toasts = [rendered(toast) for toast in app.screen.query("Toast")]
        assert any(message in toast for toast in toasts), toasts
        assert app.is_running
        if where == "answer":
            assert footer_keys(app.screen).get("enter") == "Antwoord"  # still answering
