"""The ``quiz`` command: subcommands for authors and learners, and a guard around all of them.

Whatever goes wrong, a user sees one line saying what, never a traceback: validation problems
are located diagnostics, known failures are :class:`QuizError` messages, and anything else is
reported as an internal error. Exit codes follow the usual convention so scripts and CI can
rely on them: 0 all good, 1 problems found, 2 wrong usage, 130 interrupted.

Each subcommand is one module of this package with a ``register`` function; adding one means
adding its module and one line in :data:`COMMANDS`. Everything heavy (the bank loader, the TUI)
is imported inside the handlers, so ``quiz --version`` and ``--help`` start as fast as Python.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from quiz import __version__
from quiz.cli import common, tui, validate
from quiz.cli.common import EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from quiz.cli.tui import is_interactive, parse_categories
from quiz.core.wording import plural

__all__ = ["build_parser", "is_interactive", "main", "parse_categories"]

Handler = Callable[[argparse.Namespace], int]

#: The subcommands, in the order ``quiz --help`` lists them.
COMMANDS = (tui.register_take, tui.register_read, validate.register)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each subcommand registers itself with a ``handler``."""
    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Reading-comprehension quizzes on Dutch news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common.add_questions_option(parser, default=None)
    parser.set_defaults(handler=tui.cmd_library)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in COMMANDS:
        register(commands)
    return parser


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
    except Exception as exc:  # the last guard: nothing reaches a user as a traceback
        return _report(exc)


def _report(exc: Exception) -> int:
    """One line (or the located diagnostics) for a failure, and its exit code."""
    from quiz.errors import BankError, QuizError, UsageError

    if isinstance(exc, UsageError):
        print(f"quiz: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, BankError):
        for diagnostic in exc.diagnostics:
            print(common.format_diagnostic(diagnostic), file=sys.stderr)
        errors = sum(1 for d in exc.diagnostics if d.is_error)
        count = plural(errors, "error")
        print(f"quiz: error: the bank cannot be used ({count})", file=sys.stderr)
        return EXIT_PROBLEMS
    if isinstance(exc, QuizError):
        print(f"quiz: error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
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
