"""``quiz validate [PATH …]``: check banks against the format and report every problem, located.

For authors, in English like every author-facing message; exit 1 when any bank has an error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Subcommands,
    display_path,
    format_diagnostic,
)
from quiz.core.wording import plural

if TYPE_CHECKING:
    from quiz.diagnostics import Diagnostic
    from quiz.library.loader import LoadResult


def register(commands: Subcommands) -> None:
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
    validate.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings (giveaways such as the right choice always the longest) as errors",
    )
    validate.set_defaults(handler=cmd_validate)


def bank_paths(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The bank files named by ``paths`` (files as given, folders expanded), and the problems
    with paths that name no bank at all."""
    from quiz.library.loader import find_bank_files

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
    from quiz.core import paths as app_paths
    from quiz.diagnostics import printable
    from quiz.library import loader

    folders: list[Path] = args.paths or [app_paths.bundled_questions_dir()]
    banks, problems = bank_paths(folders)
    for problem in problems:
        print(f"quiz: error: {printable(problem)}", file=sys.stderr)
    results: list[LoadResult] = []
    for bank in banks:
        result = loader.load_bank(bank)
        results.append(result)
        for diagnostic in result.diagnostics:
            print(format_diagnostic(diagnostic))
    across = loader.duplicate_bank_ids(results)
    for diagnostic in across:
        print(format_diagnostic(diagnostic))
    print(summary(results, across))
    failed = problems or across or any(not r.ok for r in results)
    if args.strict and any(r.warnings for r in results):
        print("quiz: --strict: the warnings above count as errors", file=sys.stderr)
        failed = True
    return EXIT_PROBLEMS if failed else EXIT_OK


def summary(results: Sequence[LoadResult], across: Sequence[Diagnostic] = ()) -> str:
    """``2 banks checked: 1 ok, 1 with errors (3 errors, 1 warning)``; ``across`` holds the
    errors found between banks (a shared id), which count against the banks they name."""
    also_bad = {d.location.path for d in across}
    ok = sum(1 for r in results if r.ok and r.path not in also_bad)
    bad = len(results) - ok
    errors = sum(len(r.errors) for r in results) + len(across)
    warnings = sum(len(r.warnings) for r in results)
    text = f"{plural(len(results), 'bank')} checked: {ok} ok"
    if bad:
        text += f", {bad} with errors"
    counts = [plural(n, w) for n, w in ((errors, "error"), (warnings, "warning")) if n]
    if counts:
        text += f" ({', '.join(counts)})"
    return text
