"""The product's performance targets, each measured against a floor taken in the same run.

Run: ``.venv/bin/python benchmarks/run.py`` (all rows), ``run.py library validate`` (some rows),
``run.py --quick`` (one run per row, fewer key presses: a smoke test of the harness), ``--list``
for the rows. Needs tmux for the terminal rows. Prints the date and machine, then one Markdown
table row per measure, as it finishes: the figure, its floor, the ratio, the target and whether it
is met. Progress and problems go to stderr.

Why ratios against a floor: absolute times depend on the machine and on what else runs on it (the
development machine is shared), but a bare Textual app started the same way, or PyYAML's C loader
on the same files, slows down with it. The ratio is what the targets are written in. Figures are
medians of a few runs; a run that does not finish in time makes its row "timeout after N s"
instead of hanging (the 10,000-paragraph reading view took minutes when this was written).

Nothing here is asserted in tests: speed is watched, not tested.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from harness import (
    BARE_KEYS,
    BARE_START,
    Terminal,
    median,
    note,
    python_script,
    quiz_command,
    repeat,
    run_seconds,
    scratch,
    time_to_text,
)
from make_library import (
    BANK_TITLE,
    BIG_TITLE,
    LONG_FIRST,
    LONG_ID,
    LONG_LAST,
    SEED_BANK,
    write_big_bank,
    write_library,
    write_long_article,
)

HERE = Path(__file__).resolve().parent
#: Drawn with the library's first frame, before any bank is checked.
LIST_FRAME = "Kies een artikel"
VERDICTS = ("Goed", "Fout", "Bijna goed", "Deels goed")


@dataclass(frozen=True)
class Settings:
    """How hard to measure: runs per row, key presses, and the caps that keep rows finite."""

    runs: int
    cli_runs: int
    presses: int
    timeout: float
    banks: int
    questions: int
    paragraphs: int
    big_questions: int
    work: Path


@dataclass(frozen=True)
class Result:
    """One line of the table. ``value`` and ``floor`` are in ``unit``; ``value`` is None when
    the row could not be measured (then ``note`` says why)."""

    measure: str
    value: float | None
    floor: float | None
    unit: str
    target: str
    met: bool | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def cells(self) -> list[str]:
        def shown(value: float | None) -> str:
            if value is None:
                return "–"
            if self.unit == "s":
                return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
            if self.unit == "ms":
                return f"{value:.0f} ms"
            return f"{value:.0f} {self.unit}"

        ratio = self.ratio
        met = {True: "yes", False: "NO", None: "–"}[self.met]
        return [
            self.measure,
            shown(self.value) if self.value is not None else self.note or "not measured",
            shown(self.floor),
            f"{ratio:.2f}×" if ratio is not None else "–",
            self.target,
            met,
            self.note if self.value is not None else "",
        ]


def ratio_within(limit: float, value: float | None, floor: float | None) -> bool | None:
    if value is None or not floor:
        return None
    return value / floor <= limit


def shows(text: str) -> Callable[[str], bool]:
    """A test for :meth:`Terminal.wait_for`: ``text`` is on screen."""
    return lambda screen: text in screen


def timeout_note(seconds: float) -> str:
    return f"timeout after {seconds:.0f} s"


# -- the rows --------------------------------------------------------------------------------


def row_keys(s: Settings) -> list[Result]:
    """Key press → verdict on screen while taking the bundled quiz, in tmux, against a bare app
    that changes one Static on a key. The questions come in bank order, so the harness knows
    each one's kind and presses what answers it (the timed key is the one that answers: a
    letter for choices, Enter after typing, ordering and matching); "n" and a pause between."""
    from quiz.kinds.cloze import Cloze
    from quiz.kinds.matching import Matching
    from quiz.kinds.multiple_choice import MultipleChoice
    from quiz.kinds.ordering import Ordering
    from quiz.kinds.true_false import TrueFalse
    from quiz.library.loader import load_bank

    bare = python_script(BARE_KEYS, s.work, "bare_keys.py")
    floor: list[float] = []
    with Terminal(bare) as terminal:
        if terminal.wait_for_text("Vraag 1", s.timeout) is not None:
            for n in range(1, s.presses + 1):
                terminal.wait_for(shows(f"Vraag {n}"), 5)
                time.sleep(0.1)
                terminal.send("a")
                seconds = terminal.wait_for(shows(f"Fout {n}"), 5)
                if seconds is not None:
                    floor.append(seconds)
                terminal.send("n")

    bank = load_bank(SEED_BANK).bank
    if bank is None:
        return [Result("key press → feedback", None, None, "ms", "≤ 3×", None, "seed broken")]
    measured: list[float] = []
    by_kind: dict[str, list[float]] = {}
    data = s.work / "keys-data"
    command = quiz_command("take", bank.id)
    env = {"QUIZ_DATA_DIR": str(data), "QUIZ_QUESTIONS_DIR": str(s.work / "none")}
    problem = ""
    with Terminal(command, env) as terminal:
        if terminal.wait_for_text("Vraag 1 ", s.timeout) is None:
            problem = timeout_note(s.timeout)
        rss_first = terminal.app_rss_kib()
        for number, question in enumerate(bank.questions[: s.presses], start=1):
            if problem:
                break

            def ready(screen: str, number: int = number) -> bool:
                return f"Vraag {number} " in screen and not any(v in screen for v in VERDICTS)

            if terminal.wait_for(ready, 10) is None:
                problem = f"question {number} did not appear"
                break
            time.sleep(0.3)  # let the new question finish drawing before the timed key
            prepare: list[str] = []
            if isinstance(question, MultipleChoice) or (
                isinstance(question, Cloze) and question.choices
            ):
                key = "a"
            elif isinstance(question, TrueFalse):
                key = "j"
            elif isinstance(question, Ordering):
                key = "Enter"
            elif isinstance(question, Matching):
                for row in range(len(question.pairs)):  # row r gets partner r: all distinct
                    prepare += ["Enter", *["Down"] * (row + 1), "Enter"]
                key = "Enter"  # on "Bevestig koppelingen"
            else:  # short answer, typed cloze
                prepare = ["x"]
                key = "Enter"
            for press in prepare:
                terminal.press_and_settle(press)
            if prepare:
                time.sleep(0.3)
            terminal.send(key)
            seconds = terminal.wait_for(lambda screen: any(v in screen for v in VERDICTS), 5)
            if seconds is None:
                problem = f"no verdict for question {number} ({type(question).__name__})"
                break
            measured.append(seconds)
            by_kind.setdefault(type(question).__name__, []).append(seconds)
            terminal.send("n")
        rss_last = terminal.app_rss_kib()
        if problem:
            note(f"  keys: {problem}; screen ends:\n{terminal.last_lines()}")
    value = median(measured)
    floor_ms = median(floor)
    detail = f"n={len(measured)}, max {max(measured) * 1000:.0f} ms" if measured else problem
    if measured:
        kinds = ", ".join(
            f"{kind} {statistics.median(times) * 1000:.0f}" for kind, times in by_kind.items()
        )
        detail += f"; median ms by kind: {kinds}"
    if rss_first and rss_last:
        detail += f"; RSS {rss_first / 1024:.0f} → {rss_last / 1024:.0f} MiB"
    if problem and measured:
        detail += f"; stopped: {problem}"
    return [
        Result(
            "key press → feedback on screen (tmux 120×40)",
            value * 1000 if value is not None else None,
            floor_ms * 1000 if floor_ms is not None else None,
            "ms",
            "≤ 3×",
            ratio_within(3, value, floor_ms),
            detail,
        )
    ]


_floors: dict[str, float | None] = {}


def bare_start(s: Settings) -> float | None:
    """Seconds from launch until a bare app (Static + Footer) has drawn: the start-up floor
    (measured once per run of this script, for every row that needs it)."""
    if "start" not in _floors:
        command = python_script(BARE_START, s.work, "bare_start.py")
        _floors["start"] = median(repeat(s.runs, lambda: time_to_text(command, "Vraag", s.timeout)))
    return _floors["start"]


def library_dir(s: Settings) -> Path:
    folder = s.work / "library"
    if not folder.exists():
        write_library(folder, s.banks, s.questions)
    return folder


def library_results(s: Settings, what: str, folder: Path, marker: str, target: str) -> list[Result]:
    """``quiz`` on ``folder`` until ``marker`` (a bank's title) is drawn, three ways: with an
    empty library cache (each run its own, so every run reads the banks), the same until the
    first frame (the list's frame, every bank file listed as "controleren…"), and with a warm
    cache (filled once by the app's own check, untimed, before the timed runs)."""
    floor = bare_start(s)
    env = {"QUIZ_QUESTIONS_DIR": str(folder), "QUIZ_DATA_DIR": str(s.work / "data")}
    caches = itertools.count()

    def cold(text: str) -> float | None:
        cache = {"QUIZ_CACHE_DIR": str(s.work / f"cache-cold-{next(caches)}")}
        return time_to_text(quiz_command(), text, s.timeout, {**env, **cache})

    warm_env = {**env, "QUIZ_CACHE_DIR": str(s.work / f"cache-warm-{folder.name}")}
    warm_up = (
        "from quiz.library.folders import default_folders, scan_library; "
        "scan_library(default_folders()).check_all()"
    )
    warmed = run_seconds([sys.executable, "-c", warm_up], s.timeout * 10, warm_env)

    def result(measure: str, times: list[float] | None, target: str) -> Result:
        value = median(times)
        within = float(target.strip("≤ ×")) if target.startswith("≤") else None
        return Result(
            measure,
            value,
            floor,
            "s",
            target,
            ratio_within(within, value, floor) if within else None,
            "" if value is not None else timeout_note(s.timeout),
        )

    first_frame = repeat(s.runs, lambda: cold(LIST_FRAME))
    cold_times = repeat(s.runs, lambda: cold(marker))
    warm_times = (
        repeat(s.runs, lambda: time_to_text(quiz_command(), marker, s.timeout, warm_env))
        if warmed is not None
        else None
    )
    return [
        result(f"{what} → first frame (cold cache)", first_frame, target),
        result(f"{what} → list drawn (cold cache)", cold_times, "– (shown)"),
        result(f"{what} → list drawn (warm cache)", warm_times, target),
    ]


def row_library(s: Settings) -> list[Result]:
    """``quiz`` with ``QUIZ_QUESTIONS_DIR`` holding the generated banks, until the first
    generated bank's title is drawn in the list, against the bare app's start."""
    what = f"library of {s.banks} banks × {s.questions} questions"
    marker = BANK_TITLE.format(n=1)
    return library_results(s, what, library_dir(s), marker, "≤ 1.5×")


def row_big_bank(s: Settings) -> list[Result]:
    """The library with one bank of 10,000 questions (the issue: it must not freeze the
    library). No target of its own; shown against the same floor as the library row."""
    folder = s.work / "big"
    if not folder.exists():
        write_big_bank(folder, s.big_questions)
    what = f"library with one {s.big_questions:,}-question bank"
    marker = BIG_TITLE.format(count=s.big_questions)
    return library_results(s, what, folder, marker, "– (no freeze)")


def row_validate(s: Settings) -> list[Result]:
    """``quiz validate`` on the generated library against loading the same YAML files with
    PyYAML's C loader in a fresh process of the same interpreter: parsing is the part no
    validator can skip, everything above it is the cost of the checks."""
    folder = library_dir(s)
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    load = (
        "import sys, yaml\n"
        "for name in sys.argv[1:]:\n"
        "    with open(name, 'rb') as f:\n"
        "        yaml.load(f, Loader=yaml.CSafeLoader)\n"
    )
    floor = median(
        repeat(s.runs, lambda: run_seconds([sys.executable, "-c", load, *files], s.timeout))
    )
    value = median(
        repeat(s.runs, lambda: run_seconds(quiz_command("validate", str(folder)), s.timeout))
    )
    return [
        Result(
            f"quiz validate on {len(files)} banks",
            value,
            floor,
            "s",
            "≤ 2×",
            ratio_within(2, value, floor),
            "" if value is not None else f"{timeout_note(s.timeout)} or failed",
        )
    ]


def row_memory(s: Settings) -> list[Result]:
    """RSS after answering all 78 bundled questions against RSS at question 1, in a fresh
    process playing the quiz under Pilot (see ``play_quiz.py``)."""
    timeout = max(s.timeout, 180.0)
    try:
        done = subprocess.run(
            [sys.executable, str(HERE / "play_quiz.py")],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        done = None
    measure = "memory (RSS) after the whole bundled quiz vs at question 1"
    if done is None or done.returncode != 0:
        why = timeout_note(timeout) if done is None else done.stderr.strip().splitlines()[-1:]
        return [Result(measure, None, None, "MiB", "≤ 1.3×", None, f"failed: {why}")]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    first = figures["rss_question_1_kib"] / 1024
    last = figures["rss_last_answer_kib"] / 1024
    results = figures["rss_results_kib"] / 1024
    return [
        Result(
            measure.replace("whole", f"{figures['questions']}-question"),
            last,
            first,
            "MiB",
            "≤ 1.3×",
            ratio_within(1.3, last, first),
            f"Pilot; results screen {results:.0f} MiB",
        )
    ]


def reading_times(
    s: Settings, command: list[str], env: dict[str, str], first: str, last: str, cap: float
) -> tuple[float | None, float | None]:
    """(seconds from launch until ``first`` is drawn, seconds from pressing End until ``last``
    is drawn); None for what did not happen within ``cap``."""
    with Terminal(command, env) as terminal:
        drawn = terminal.wait_for_text(first, cap)
        if drawn is None:
            note(f"  reading: nothing within {cap:.0f} s; screen ends:\n{terminal.last_lines()}")
            return None, None
        terminal.send("End")
        wanted = " ".join(last.split())
        scrolled = terminal.wait_for(lambda screen: wanted in " ".join(screen.split()), cap)
        return drawn, scrolled


def row_reading(s: Settings) -> list[Result]:
    """``quiz read`` on an article of 10,000 short paragraphs: first draw, then End. The seed
    article (the bundled one, 18 paragraphs) read the same way is the floor. The target is
    absolute: at most 1 s more than the seed article to draw, and at most 1 s to scroll."""
    folder = s.work / "long"
    if not folder.exists():
        write_long_article(folder, s.paragraphs)
    seed_lines = (SEED_BANK.parent / "000_dac0a1bfa62107c7.txt").read_text().splitlines()
    env = {"QUIZ_DATA_DIR": str(s.work / "data"), "QUIZ_QUESTIONS_DIR": str(s.work / "none")}
    seed_runs = [
        reading_times(
            s,
            quiz_command("read", "belarus-spagaat"),
            env,
            seed_lines[1][:30],
            seed_lines[-1][:30],
            s.timeout,
        )
        for _ in range(s.runs)
    ]
    seed_draw = median([d for d, _ in seed_runs if d is not None])
    seed_scroll = median([sc for _, sc in seed_runs if sc is not None])
    env = {**env, "QUIZ_QUESTIONS_DIR": str(folder)}
    first = LONG_FIRST.format(count=s.paragraphs)
    long_runs: list[tuple[float | None, float | None]] = []
    for _ in range(s.runs):
        long_runs.append(
            reading_times(s, quiz_command("read", LONG_ID), env, first, LONG_LAST, s.timeout)
        )
        if None in long_runs[-1]:
            break  # a timeout is not worth repeating
    draws = [d for d, _ in long_runs if d is not None]
    scrolls = [sc for _, sc in long_runs if sc is not None]
    draw = median(draws) if len(draws) == len(long_runs) else None
    scroll = median(scrolls) if len(scrolls) == len(long_runs) else None
    label = f"reading view, {s.paragraphs:,} paragraphs"
    return [
        Result(
            f"{label}: first draw",
            draw,
            seed_draw,
            "s",
            "≤ floor + 1 s",
            # A draw that did not come within the cap (≫ 1 s) misses the target for sure.
            False if draw is None else None if seed_draw is None else draw - seed_draw <= 1.0,
            timeout_note(s.timeout) if draw is None else f"+{draw - (seed_draw or 0):.2f} s",
        ),
        Result(
            f"{label}: End → last paragraph drawn",
            scroll,
            seed_scroll,
            "s",
            "≤ 1 s",
            None if scroll is None else scroll <= 1.0,
            ("not reached" if draw is None else timeout_note(s.timeout)) if scroll is None else "",
        ),
    ]


def row_cli(s: Settings) -> list[Result]:
    """``quiz --version`` and ``quiz --help`` against ``python -c "import yaml"``: the
    commands that should cost no more than starting Python with one library."""
    floor = median(
        repeat(s.cli_runs, lambda: run_seconds([sys.executable, "-c", "import yaml"], 30))
    )
    results = []
    for flag in ("--version", "--help"):
        value = median(repeat(s.cli_runs, partial(run_seconds, quiz_command(flag), 30)))
        results.append(
            Result(
                f"quiz {flag}",
                value * 1000 if value is not None else None,
                floor * 1000 if floor is not None else None,
                "ms",
                "≤ 1.5×",
                ratio_within(1.5, value, floor),
                "" if value is not None else "timeout after 30 s or failed",
            )
        )
    return results


ROWS: dict[str, tuple[str, Callable[[Settings], list[Result]]]] = {
    "keys": ("key press → feedback, tmux, vs a bare app", row_keys),
    "library": ("200 banks × 100 questions to the library list, vs a bare app", row_library),
    "bigbank": ("a 10,000-question bank to the library list, vs a bare app", row_big_bank),
    "validate": ("quiz validate on 200 banks, vs PyYAML's C loader", row_validate),
    "memory": ("RSS after the 78-question quiz vs at question 1 (Pilot)", row_memory),
    "reading": ("quiz read on 10,000 paragraphs: first draw and End", row_reading),
    "cli": ("quiz --version / --help, vs python -c 'import yaml'", row_cli),
}


def machine() -> str:
    from importlib.metadata import version

    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.node()}: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
        f"Python {platform.python_version()}, Textual {version('textual')}, "
        f"load average {load}"
    )


def print_row(cells: Sequence[str]) -> None:
    print("| " + " | ".join(cells) + " |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Measure the performance targets against floors taken in the same run."
    )
    parser.add_argument("rows", nargs="*", metavar="ROW", help=f"rows to run: {', '.join(ROWS)}")
    parser.add_argument("--quick", action="store_true", help="1 run per row, 8 key presses")
    parser.add_argument("--runs", type=int, help="runs per row (median); default 3, quick 1")
    parser.add_argument("--presses", type=int, help="timed key presses; default 20, quick 8")
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="cap per wait in seconds (default 60)"
    )
    parser.add_argument("--list", action="store_true", help="list the rows and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, (what, _) in ROWS.items():
            print(f"{name:10} {what}")
        return 0
    unknown = [name for name in args.rows if name not in ROWS]
    if unknown:
        parser.error(f"unknown row {', '.join(unknown)}; choose from {', '.join(ROWS)}")
    chosen = args.rows or list(ROWS)
    runs = args.runs or (1 if args.quick else 3)
    with scratch() as folder:
        # Every quiz started here keeps its library cache in the scratch folder, never the
        # user's (the library rows set their own, cold or warm).
        os.environ["QUIZ_CACHE_DIR"] = str(Path(folder) / "cache")
        settings = Settings(
            runs=runs,
            cli_runs=args.runs or (3 if args.quick else 7),
            presses=args.presses or (8 if args.quick else 20),
            timeout=args.timeout,
            banks=200,
            questions=100,
            paragraphs=10_000,
            big_questions=10_000,
            work=Path(folder),
        )
        print(f"Nieuwsquiz benchmarks, {datetime.datetime.now():%Y-%m-%d %H:%M}")
        print(machine())
        print(f"runs per row: {runs} (median){', quick' if args.quick else ''}\n")
        print_row(["measure", "result", "floor", "ratio", "target", "met?", "notes"])
        print_row(["---"] * 7)
        for name in chosen:
            note(f"[{name}] {ROWS[name][0]} …")
            start = time.perf_counter()
            try:
                results = ROWS[name][1](settings)
            except Exception as error:  # one broken row must not lose the others
                results = [Result(name, None, None, "", "–", None, f"error: {error!r}")]
            for result in results:
                print_row(result.cells())
            note(f"[{name}] done in {time.perf_counter() - start:.0f} s")
        print(f"\nload average at the end: {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
