"""The library screen at any size: it lists every bank file at once, shows "controleren…" for the
banks its cache does not know, checks them in a background worker and updates their rows; a bank
is read in full only when it is opened ("openen…"). The loaders here are gated or counted, so the
tests see each state for sure (no sleeping: they wait on the app's workers)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from test_library import write_bank
from textual.widgets import OptionList
from ui_support import checked, write_broken_bank

from quiz.library.folders import Library, LibraryEntry, Origin, scan_library
from quiz.library.loader import LoadResult, load_bank
from quiz.library.summary import BankSummary
from quiz.ui.app import QuizApp
from quiz.ui.screens.library import FIRST_ROWS, DiagnosticsScreen, LibraryScreen
from quiz.ui.screens.reading import ReadingScreen
from quiz.ui.widgets.bank_info import BankDetails

SIZE = (80, 24)


class Loader:
    """``load_bank`` that counts what it reads and, while ``gate`` is closed, waits for it."""

    def __init__(self, *, gated: bool = False) -> None:
        self.paths: list[Path] = []
        self.gate = threading.Event()
        if not gated:
            self.gate.set()

    def __call__(self, path: Path) -> LoadResult:
        self.paths.append(path)
        # A safety net for a broken test, not a timing: the test opens the gate itself.
        assert self.gate.wait(timeout=60), "the test never opened the gate"
        return load_bank(path)


def folders(user_questions: Path) -> list[tuple[Path, Origin]]:
    return [(user_questions, "user")]


def warm_cache(user_questions: Path) -> None:
    """Check every bank once (as a first run's worker does), so the user's cache knows them."""
    scan_library(folders(user_questions)).check_all()


def prompts(app: QuizApp) -> list[str]:
    options = app.screen.query_one("#library-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def progress(app: QuizApp) -> str:
    return str(app.screen.query_one("#library-list", OptionList).border_subtitle or "")


def details(app: QuizApp) -> str:
    return str(app.screen.query_one(BankDetails).render())


def footer_actions(app: QuizApp) -> set[str]:
    return {b.binding.action for b in app.screen.active_bindings.values() if b.binding.show}


async def test_a_bank_not_checked_yet_shows_controleren_until_its_check_is_done(
    user_questions: Path,
) -> None:
    write_bank(user_questions, "brug", title="Brug in Utrecht")
    loader = Loader(gated=True)
    app = QuizApp(scan_library(folders(user_questions), loader=loader))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert prompts(app) == ["· brug.yaml\n  controleren…"]
        assert progress(app) == "controleren… 0 van 1"
        assert "wordt nog gecontroleerd" in details(app)
        assert "read" in footer_actions(app)  # Enter opens it now: reading it is its check

        loader.gate.set()
        await checked(pilot)
        [row] = prompts(app)
        assert row.startswith("✓ Brug in Utrecht\n") and "2 vragen" in row
        assert progress(app) == ""
        assert "Niveau B1" in details(app)
        assert loader.paths == [user_questions / "brug.yaml"]
        assert app.library.entries[0].bank is None  # checked, not held: read when opened


async def test_a_cached_library_is_listed_without_reading_a_bank(user_questions: Path) -> None:
    write_bank(user_questions, "brug", title="Brug in Utrecht")
    write_bank(user_questions, "dijk", title="Dijk")
    warm_cache(user_questions)
    loader = Loader()
    app = QuizApp(scan_library(folders(user_questions), loader=loader))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listed = prompts(app)
        assert listed[0].startswith("✓ Brug in Utrecht") and listed[1].startswith("✓ Dijk")
        assert progress(app) == ""
        assert loader.paths == []  # load_bank was not called for a cache hit

        await pilot.press("down", "enter")  # opening a bank reads it, that one only
        await checked(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.bank.title == "Dijk"
        assert loader.paths == [user_questions / "dijk.yaml"]
        await pilot.press("escape", "enter")
        await checked(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert len(loader.paths) == 1  # read once


async def test_opening_a_bank_shows_openen_while_it_is_read(user_questions: Path) -> None:
    write_bank(user_questions, "brug", title="Brug in Utrecht")
    warm_cache(user_questions)
    loader = Loader(gated=True)
    app = QuizApp(scan_library(folders(user_questions), loader=loader))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        [row] = prompts(app)
        assert row.startswith("✓ Brug in Utrecht") and row.endswith("· eigen map · openen…")
        assert isinstance(app.screen, LibraryScreen)  # the list stays usable meanwhile
        await pilot.press("up", "down")

        loader.gate.set()
        await checked(pilot)
        assert app.screen.__class__.__name__ == "QuestionScreen"
        assert "openen" not in prompts_of_library(app)[0]


def prompts_of_library(app: QuizApp) -> list[str]:
    library = next(s for s in app.screen_stack if isinstance(s, LibraryScreen))
    options = library.query_one("#library-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_broken_bank_shows_its_first_located_error_once_checked(
    user_questions: Path,
) -> None:
    write_bank(user_questions, "brug")
    broken = write_broken_bank(user_questions)  # its article is missing: line 5, column 10
    loader = Loader(gated=True)
    app = QuizApp(scan_library(folders(user_questions), loader=loader))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert prompts(app)[1] == "· kapot.yaml\n  controleren…"
        loader.gate.set()
        await checked(pilot)
        row = prompts(app)[1]
        assert row.startswith("✗ kapot.yaml (kapot)")
        assert f"{broken.name}:5:10: article file not found" in row

        await pilot.press("down")
        assert footer_actions(app) >= {"problems"}
        assert not footer_actions(app) & {"read", "start_quiz"}
        await pilot.press("enter")  # checked in this run: its diagnostics are at hand
        assert isinstance(app.screen, DiagnosticsScreen)


async def test_a_broken_bank_from_the_cache_is_read_for_its_diagnostics(
    user_questions: Path,
) -> None:
    broken = write_broken_bank(user_questions)
    warm_cache(user_questions)
    loader = Loader()
    app = QuizApp(scan_library(folders(user_questions), loader=loader))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        [row] = prompts(app)
        assert f"{broken.name}:5:10: article file not found" in row
        assert app.screen.query_one(BankDetails).has_class("-broken")
        assert loader.paths == []
        await pilot.press("enter")
        await checked(pilot)
        assert isinstance(app.screen, DiagnosticsScreen)
        assert app.screen.query(".diagnostics--item.-error")
        assert loader.paths == [broken]


async def test_reload_checks_again_what_changed_and_only_that(user_questions: Path) -> None:
    write_bank(user_questions, "brug", title="Brug in Utrecht")
    dijk = write_bank(user_questions, "dijk", title="Dijk")
    warm_cache(user_questions)
    loader = Loader()
    app = QuizApp(scan_library(folders(user_questions), loader=loader))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert prompts(app)[1].startswith("✓ Dijk")
        before = dijk.stat()
        dijk.write_text(dijk.read_text().replace("language: nl", "language: de"))
        os.utime(dijk, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
        await pilot.press("r")
        await checked(pilot)
        assert prompts(app)[0].startswith("✓ Brug in Utrecht")
        assert prompts(app)[1].startswith("✗ dijk.yaml (kapot)")
        assert loader.paths == [dijk]
        assert app.library.entries[0].checked and not app.library.unchecked
        messages = [n.message for n in app._notifications]
        assert "2 vragenbanken ingelezen, 1 kapot" in messages


async def test_the_palette_opens_a_bank_that_was_only_checked(user_questions: Path) -> None:
    write_bank(user_questions, "brug", title="Brug in Utrecht")
    warm_cache(user_questions)
    loader = Loader()
    app = QuizApp(scan_library(folders(user_questions), loader=loader))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"lezen brug in utrecht")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await checked(pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.bank.title == "Brug in Utrecht" and app.screen.can_start_quiz
        assert loader.paths == [user_questions / "brug.yaml"]


async def test_a_library_built_in_full_needs_no_worker() -> None:
    app = QuizApp(Library(entries=()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.workers


def test_the_first_frame_imports_no_validation_code() -> None:
    """Listing the library from the cache needs no YAML, no bank rules and no question kinds:
    the command and the app import them when a bank is first checked or read."""
    code = (
        "import sys, quiz.cli, quiz.ui.app, quiz.library.folders; "
        "print(sorted(m for m in ('yaml', 'quiz.library.loader', 'quiz.bank.article', "
        "'quiz.kinds.registry', 'quiz.ui.screens.question') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


async def test_a_long_library_gets_all_its_rows_right_after_the_first_frame() -> None:
    count = FIRST_ROWS + 25
    summaries = [
        BankSummary(
            Path(f"/banken/bank-{n:03d}.yaml"), ok=True, id=f"bank-{n:03d}", title=f"Bank {n}"
        )
        for n in range(count)
    ]
    app = QuizApp(Library(entries=[LibraryEntry(s, "user") for s in summaries]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listed = prompts(app)
        assert len(listed) == count
        assert listed[-1].startswith(f"✓ Bank {count - 1}\n")
        await pilot.press("end")
        assert app.screen.query_one(BankDetails).entry is app.library.entries[-1]
