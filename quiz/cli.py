"""The ``quiz`` command: subcommands for authors and learners, and a guard around all of them.

Whatever goes wrong, a user sees one line saying what, never a traceback: validation problems
are located diagnostics, known failures are :class:`QuizError` messages, and anything else is
reported as an internal error. Exit codes follow the usual convention so scripts and CI can
rely on them: 0 all good, 1 problems found, 2 wrong usage, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal

from quiz import __version__
from quiz.core.model import Category
from quiz.core.options import QuizOptions
from quiz.core.paths import QUESTIONS_ENV, bundled_questions_dir, user_questions_dir
from quiz.diagnostics import Diagnostic, Location, printable
from quiz.errors import BankError, QuizError, UsageError
from quiz.library.results import LoadResult, duplicate_bank_ids, find_bank_files

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each subcommand registers itself with a ``handler``."""
    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Reading-comprehension quizzes on Dutch news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_questions_option(parser, default=None)
    parser.set_defaults(handler=cmd_library)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_take(commands)
    _add_read(commands)
    _add_validate(commands)
    return parser


def _add_questions_option(parser: argparse.ArgumentParser, default: object) -> None:
    """``--questions`` works before or after the subcommand; the later one wins."""
    parser.add_argument(
        "--questions",
        type=Path,
        metavar="DIR",
        default=default,
        help=f"your own bank folder (default: ${QUESTIONS_ENV} or {user_questions_dir()})",
    )


def _add_take(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
        help="only these categories: wie, wanneer, waar, wat, woordenschat "
        "(repeat or separate with commas)",
    )
    take.add_argument("-n", "--limit", type=_positive_int, metavar="N", help="at most N questions")
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
    _add_questions_option(take, default=argparse.SUPPRESS)
    take.set_defaults(handler=cmd_take)


def _add_read(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    read = commands.add_parser(
        "read",
        help="open a bank's article to read",
        description="Open the article of BANK (its id, file name or path).",
    )
    read.add_argument("bank", metavar="BANK", help="bank id, file name or path to a .yaml file")
    _add_questions_option(read, default=argparse.SUPPRESS)
    read.set_defaults(handler=cmd_read)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _add_validate(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = commands.add_parser(
        "validate",
        help="check question banks and report every problem",
        description="Check question banks against the bank format; exit 1 if any has an error.",
    )
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="a bank file or a folder of banks (default: the bundled banks)",
    )
    validate.set_defaults(handler=cmd_validate)


# -- the TUI -------------------------------------------------------------------------------------


def parse_categories(values: Sequence[str]) -> tuple[Category, ...]:
    """``-c wie -c waar,wat`` → categories, in the order given, each once."""
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


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of raising."""
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as stop:  # argparse: --help, --version, or a usage error
            return _exit_code(stop.code)
        handler: Handler = args.handler
        return handler(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. ``quiz validate | head``: the reader has gone, stay quiet
        _silence_stdout()
        return EXIT_PROBLEMS
    except UsageError as exc:
        print(f"quiz: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BankError as exc:
        for diagnostic in exc.diagnostics:
            print(format_diagnostic(diagnostic), file=sys.stderr)
        errors = sum(1 for d in exc.diagnostics if d.is_error)
        print(f"quiz: error: the bank cannot be used ({_count(errors, 'error')})", file=sys.stderr)
        return EXIT_PROBLEMS
    except QuizError as exc:
        print(f"quiz: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except Exception as exc:  # the last guard: a bug must not show a traceback
        print(f"quiz: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS


def _exit_code(code: str | int | None) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return EXIT_PROBLEMS


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# -- validate ------------------------------------------------------------------------------------


def bank_paths(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The bank files named by ``paths`` (files as given, folders expanded), and the problems
    with paths that name no bank at all."""
    banks: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found = find_bank_files(path)
            if not found:
                problems.append(f"{display_path(path)}: no bank files (*.yaml, *.yml) here")
            banks.extend(found)
        else:
            banks.append(path)  # missing files are reported by load_bank, located
    return banks, problems


def load_bank(path: Path) -> LoadResult:
    """:func:`quiz.library.loader.load_bank`, imported on first use: the other commands (the
    TUI first of all) start without the validator."""
    from quiz.library.loader import load_bank as load

    return load(path)


def cmd_validate(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths or [bundled_questions_dir()]
    banks, problems = bank_paths(paths)
    for problem in problems:
        print(f"quiz: error: {printable(problem)}", file=sys.stderr)
    results: list[LoadResult] = []
    for bank in banks:
        result = load_bank(bank)
        results.append(result)
        for diagnostic in result.diagnostics:
            print(format_diagnostic(diagnostic))
    across = duplicate_bank_ids(results)
    for diagnostic in across:
        print(format_diagnostic(diagnostic))
    print(summary(results, across))
    failed = problems or across or any(not r.ok for r in results)
    return EXIT_PROBLEMS if failed else EXIT_OK


def display_path(path: Path) -> Path:
    """``path`` relative to the working folder when it is below it: shorter, and clickable."""
    try:
        return path.absolute().relative_to(Path.cwd())
    except ValueError:
        return path


def format_diagnostic(diagnostic: Diagnostic) -> str:
    where = diagnostic.location
    shown = replace(
        diagnostic, location=Location(display_path(where.path), where.line, where.column)
    )
    return shown.format()


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(results: Sequence[LoadResult], across: Sequence[Diagnostic] = ()) -> str:
    """``2 banks checked: 1 ok, 1 with errors (3 errors, 1 warning)``; ``across`` holds the
    errors found between banks (a shared id), which count against the banks they name."""
    also_bad = {d.location.path for d in across}
    ok = sum(1 for r in results if r.ok and r.path not in also_bad)
    bad = len(results) - ok
    errors = sum(len(r.errors) for r in results) + len(across)
    warnings = sum(len(r.warnings) for r in results)
    text = f"{_count(len(results), 'bank')} checked: {ok} ok"
    if bad:
        text += f", {bad} with errors"
    counts = [_count(n, w) for n, w in ((errors, "error"), (warnings, "warning")) if n]
    if counts:
        text += f" ({', '.join(counts)})"
    return text
