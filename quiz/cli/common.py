"""What the subcommands share: exit codes, the ``--questions`` option, and how paths and
diagnostics are printed. Light on imports: ``quiz --help`` builds every parser."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from quiz.core.paths import QUESTIONS_ENV

if TYPE_CHECKING:
    from quiz.diagnostics import Diagnostic

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_questions_option(parser: argparse.ArgumentParser, default: object) -> None:
    """``--questions`` works before or after the subcommand; the later one wins."""
    parser.add_argument(
        "--questions",
        type=Path,
        metavar="DIR",
        default=default,
        # Not the folder itself: finding it imports platformdirs, and --help should be instant.
        help=f"your own bank folder (default: ${QUESTIONS_ENV}, else nieuwsquiz/questions in "
        "your user data folder, e.g. ~/.local/share/nieuwsquiz/questions on Linux)",
    )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def display_path(path: Path) -> Path:
    """``path`` relative to the working folder when it is below it: shorter, and clickable."""
    try:
        return path.absolute().relative_to(Path.cwd())
    except ValueError:
        return path


def format_diagnostic(diagnostic: Diagnostic) -> str:
    from dataclasses import replace

    from quiz.diagnostics import Location

    where = diagnostic.location
    shown = replace(
        diagnostic, location=Location(display_path(where.path), where.line, where.column)
    )
    return shown.format()
