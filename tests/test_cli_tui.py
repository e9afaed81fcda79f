"""Commands that open the TUI: options reach the app; mistakes give an error line and exit code."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from quiz.cli import main, parse_categories
from quiz.core.model import Category
from quiz.errors import UsageError
from quiz.ui.app import QuizApp


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[QuizApp]:
    """Pretend to be in a terminal and record the app instead of running it."""
    apps: list[QuizApp] = []

    def fake_run(self: QuizApp, *args: Any, **kwargs: Any) -> int:
        apps.append(self)
        return 0

    monkeypatch.setattr(QuizApp, "run", fake_run)
    monkeypatch.setattr("quiz.cli.tui.is_interactive", lambda: True)
    return apps


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], ()),
        (["wie"], (Category.WIE,)),
        (["waar,wat"], (Category.WAAR, Category.WAT)),
        (["WIE", " wanneer ", "wie"], (Category.WIE, Category.WANNEER)),
        (["woordenschat,"], (Category.WOORDENSCHAT,)),
    ],
)
def test_parse_categories(values: list[str], expected: tuple[Category, ...]) -> None:
    assert parse_categories(values) == expected


def test_unknown_category_names_the_choices() -> None:
    with pytest.raises(UsageError, match="unknown category 'who'; choose from wie, wanneer"):
        parse_categories(["who"])


def test_take_passes_the_options_to_the_app(launched: list[QuizApp]) -> None:
    code = main(["take", "belarus-spagaat", "-c", "wie,waar", "--limit", "5", "--seed", "7"])
    assert code == 0
    [app] = launched
    assert app.options.categories == (Category.WIE, Category.WAAR)
    assert app.options.limit == 5
    assert app.options.seed == 7
    assert app.options.shuffle is True  # a seed only makes sense when shuffling


def test_plain_quiz_opens_the_library(launched: list[QuizApp], tmp_path: Path) -> None:
    assert main(["--questions", str(tmp_path)]) == 0
    [app] = launched
    assert any(folder == tmp_path for folder, _ in app.library.folders)


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["take", "nope"], 1, "quiz: error: unknown bank 'nope'"),
        (["read", "belarus"], 1, "did you mean belarus-spagaat?"),
        (["take", "belarus-spagaat", "-c", "who"], 2, "unknown category 'who'"),
        (["take", "belarus-spagaat", "--limit", "0"], 2, "must be 1 or more"),
        (["take", "belarus-spagaat", "--seed", "x"], 2, "invalid int value"),
        (["--bogus"], 2, "unrecognized arguments: --bogus"),
    ],
)
def test_mistakes_give_an_error_line_and_exit_code(
    launched: list[QuizApp],
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert launched == []


def test_a_broken_bank_lists_its_errors(
    launched: list[QuizApp], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bank = tmp_path / "kapot.yaml"
    bank.write_text("id: kapot\ntitle: Kapot\nlanguage: nl\nlevel: B9\n", encoding="utf-8")
    assert main(["take", str(bank)]) == 1
    err = capsys.readouterr().err
    assert f"{bank}:4:8: error:" in err or "kapot.yaml:4:8: error:" in err
    assert err.rstrip().endswith("errors)")
    assert launched == []


def test_without_a_terminal_the_tui_refuses_politely(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO())  # no terminal, as in CI
    assert main(["read", "belarus-spagaat"]) == 2
    assert "needs an interactive terminal" in capsys.readouterr().err
