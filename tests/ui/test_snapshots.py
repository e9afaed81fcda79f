"""How the library and reading screens look at 80×24 and 100×30 (SVG snapshots).

Built from a fixed in-code library (the bundled article, a small bank from the test factories,
and a broken bank at a made-up path) so the pictures change only when the UI does, not when the
bundled bank grows or the checkout moves. Update with ``pytest --snapshot-update`` and look at
the SVGs in ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from factories import make_bank, make_short_answer, make_true_false
from textual.pilot import Pilot

from quiz.bank.article import find_quote
from quiz.core.model import Article, Bank, Category, Evidence
from quiz.diagnostics import error
from quiz.library.folders import Library, LibraryEntry
from quiz.library.loader import LoadResult
from quiz.ui.app import LIGHT_THEME, QuizApp
from quiz.ui.screens.reading import ReadingScreen

SnapCompare = Callable[..., bool]
SIZES = [(80, 24), (100, 30)]


def belarus_bank(article: Article) -> Bank:
    """Two questions on the real article, with evidence found where the loader would find it."""
    [span] = find_quote(article, "Dat gebeurde voor het laatst op vrijdag 11 maart in Moskou")
    quote = Evidence("Dat gebeurde voor het laatst op vrijdag 11 maart in Moskou", span)
    return make_bank(
        [
            make_short_answer(
                id="waar-ontmoeting", category=Category.WAAR, evidence=(quote,), answer="Moskou"
            ),
            make_true_false(id="wanneer-ontmoeting", category=Category.WANNEER, evidence=(quote,)),
        ],
        id="belarus",
        title="Poetins Belarussische handlanger in spagaat",
        path=Path("/banks/belarus.yaml"),
        article=article,
    )


def fixed_library(article: Article) -> Library:
    broken = Path("/home/leerling/nieuwsquiz/questions/kapot.yaml")
    problems = (
        error(broken, 5, 10, "article file not found: bestaat-niet.txt"),
        error(broken, 12, 15, "evidence not found in the article", "copy it exactly"),
    )
    return Library(
        entries=(
            LibraryEntry(
                LoadResult(Path("/banks/belarus.yaml"), belarus_bank(article), ()), "bundled"
            ),
            LibraryEntry(LoadResult(Path("/banks/hartog.yaml"), make_bank(), ()), "bundled"),
            LibraryEntry(LoadResult(broken, None, problems), "user"),
        )
    )


@pytest.mark.parametrize("size", [*SIZES, (130, 30)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_library(snap_compare: SnapCompare, article: Article, size: tuple[int, int]) -> None:
    assert snap_compare(QuizApp(fixed_library(article)), terminal_size=size)


def test_library_broken_bank_highlighted(snap_compare: SnapCompare, article: Article) -> None:
    assert snap_compare(QuizApp(fixed_library(article)), press=["end"])


def test_library_broken_bank_diagnostics(snap_compare: SnapCompare, article: Article) -> None:
    assert snap_compare(QuizApp(fixed_library(article)), press=["end", "enter"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_reading(snap_compare: SnapCompare, article: Article, size: tuple[int, int]) -> None:
    assert snap_compare(QuizApp(fixed_library(article)), press=["enter"], terminal_size=size)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_reading_at_the_evidence(snap_compare: SnapCompare, article: Article, theme: str) -> None:
    library = fixed_library(article)
    bank = library.banks[0]
    spans = [e.span for e in bank.questions[0].evidence]

    async def open_at_evidence(pilot: Pilot[int]) -> None:
        if theme == "light":
            pilot.app.theme = LIGHT_THEME
        await pilot.app.push_screen(
            ReadingScreen(bank, paragraph=spans[0].paragraph, spans=spans, can_start_quiz=False)
        )
        await pilot.pause()

    assert snap_compare(QuizApp(library), run_before=open_at_evidence)


def test_empty_library(snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", "/home/leerling/nieuwsquiz/questions")
    assert snap_compare(QuizApp(Library(entries=())))
