"""``quiz`` (the library), ``quiz take BANK`` and ``quiz read BANK``: the commands that open the
TUI. Textual is imported only when one of them runs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from quiz.cli.common import EXIT_OK, Subcommands, add_questions_option, positive_int

if TYPE_CHECKING:
    from quiz.core.model import Category

#: Written out so ``--help`` needs no import of the model.
CATEGORY_NAMES = "wie, wanneer, waar, wat, woordenschat"


def register_take(commands: Subcommands) -> None:
    take = commands.add_parser(
        "take",
        help="start a quiz on a bank straight away",
        description="Start a quiz on BANK (its id, file name or path).",
    )
    take.add_argument("bank", metavar="BANK", help="bank id, file name or path to a .yaml file")
    take.add_argument(
        "-c",
        "--category",
        action="append",
        default=[],
        metavar="CAT",
        help=f"only these categories: {CATEGORY_NAMES} (repeat or separate with commas)",
    )
    take.add_argument("-n", "--limit", type=positive_int, metavar="N", help="at most N questions")
    take.add_argument(
        "--shuffle",
        action="store_true",
        help="shuffle the order of the questions (choices are always shuffled)",
    )
    take.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help="shuffle in a repeatable order (implies --shuffle)",
    )
    add_questions_option(take, default=argparse.SUPPRESS)
    take.set_defaults(handler=cmd_take)


def register_read(commands: Subcommands) -> None:
    read = commands.add_parser(
        "read",
        help="open a bank's article to read",
        description="Open the article of BANK (its id, file name or path).",
    )
    read.add_argument("bank", metavar="BANK", help="bank id, file name or path to a .yaml file")
    add_questions_option(read, default=argparse.SUPPRESS)
    read.set_defaults(handler=cmd_read)


def parse_categories(values: Sequence[str]) -> tuple[Category, ...]:
    """``-c wie -c waar,wat`` → categories, in the order given, each once."""
    from quiz.core.model import Category
    from quiz.errors import UsageError

    chosen: list[Category] = []
    for value in values:
        for name in filter(None, (part.strip().lower() for part in value.split(","))):
            try:
                category = Category(name)
            except ValueError:
                choices = ", ".join(c.value for c in Category)
                raise UsageError(f"unknown category {name!r}; choose from {choices}") from None
            if category not in chosen:
                chosen.append(category)
    return tuple(chosen)


def cmd_library(args: argparse.Namespace) -> int:
    return _run_tui(args, start="library")


def cmd_take(args: argparse.Namespace) -> int:
    return _run_tui(args, start="take", bank_id=args.bank)


def cmd_read(args: argparse.Namespace) -> int:
    return _run_tui(args, start="read", bank_id=args.bank)


def is_interactive() -> bool:
    """A TUI needs a terminal on both ends; in a pipe or CI it would hang or print garbage."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _run_tui(
    args: argparse.Namespace,
    *,
    start: Literal["library", "read", "take"],
    bank_id: str | None = None,
) -> int:
    from quiz.core.options import QuizOptions
    from quiz.errors import UsageError
    from quiz.ui.app import make_app

    seed: int | None = getattr(args, "seed", None)
    options = QuizOptions(
        categories=parse_categories(getattr(args, "category", [])) or None,
        limit=getattr(args, "limit", None),
        shuffle=getattr(args, "shuffle", False) or seed is not None,
        seed=seed,
    )
    app = make_app(questions_dir=args.questions, options=options, start=start, bank_id=bank_id)
    if not is_interactive():
        raise UsageError("the quiz needs an interactive terminal (try 'quiz validate' instead)")
    result = app.run()
    return result if isinstance(result, int) else EXIT_OK
