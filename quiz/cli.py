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

from quiz import __version__
from quiz.domain.bank_loader import LoadResult, duplicate_bank_ids, find_bank_files, load_bank
from quiz.domain.diagnostics import Diagnostic, Location, QuizError, UsageError
from quiz.domain.paths import bundled_questions_dir

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
    parser.set_defaults(handler=_no_command)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_validate(commands)
    return parser


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


def _no_command(args: argparse.Namespace) -> int:
    """Without a subcommand: for now, the help (the TUI will start here)."""
    build_parser().print_help()
    return EXIT_OK


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


def cmd_validate(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths or [bundled_questions_dir()]
    banks, problems = bank_paths(paths)
    for problem in problems:
        print(f"quiz: error: {problem}", file=sys.stderr)
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
