"""How long the things a user waits for take: start-up, validating, loading banks, matching.

Run: ``.venv/bin/python benchmarks/load_and_start.py``. Prints figures (median of several runs)
and ratios against a bare ``python -c pass`` so numbers from different machines compare. Nothing
here asserts: speed is watched, not tested.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "questions" / "belarus-spagaat.yaml"


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command(*args: str) -> Callable[[], object]:
    return lambda: subprocess.run([sys.executable, *args], capture_output=True, check=False)


def main() -> None:
    from quiz.core.judging import match_answer
    from quiz.library.loader import load_bank

    baseline = median_seconds(command("-c", "pass"), 7)
    rows: list[tuple[str, float, float | None]] = [("python -c pass", baseline, 1.0)]
    for label, args in [
        ("import quiz.cli", ("-c", "import quiz.cli")),
        ("quiz --version", ("-m", "quiz", "--version")),
        ("quiz validate (bundled)", ("-m", "quiz", "validate")),
        ("import textual app", ("-c", "import quiz.ui.app")),
    ]:
        seconds = median_seconds(command(*args), 7)
        rows.append((label, seconds, seconds / baseline))

    rows.append(("load_bank(first bank)", median_seconds(lambda: load_bank(BANK), 20), None))
    answers = ["Loekasjenka", "vrijdag 25 februari", "Oekraine", "1993", "Universiteit Amsterdam"]
    expected = ["Loekasjenko", "25 februari", "Oekraïne", "1994", "Universiteit van Amsterdam"]
    rows.append(
        (
            "match_answer x1000",
            median_seconds(
                lambda: [
                    match_answer(a, e)
                    for _ in range(200)
                    for a, e in zip(answers, expected, strict=True)
                ],
                5,
            ),
            None,
        )
    )
    with tempfile.TemporaryDirectory() as folder:
        hostile = Path(folder) / "deep.yaml"
        hostile.write_text("a: " + "[" * 5000 + "]" * 5000)
        rows.append(("load_bank(5000-deep)", median_seconds(lambda: load_bank(hostile), 5), None))
        bomb = Path(folder) / "bomb.yaml"
        lines = ['a0: &a0 ["lol"]'] + [
            f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)
        ]
        bomb.write_text("\n".join(lines))
        rows.append(("load_bank(alias bomb)", median_seconds(lambda: load_bank(bomb), 5), None))

    print(f"{'what':32} {'median':>10} {'x python':>9}")
    for label, seconds, ratio in rows:
        shown = f"{ratio:8.1f}x" if ratio is not None else ""
        print(f"{label:32} {seconds * 1000:8.1f}ms {shown:>9}")


if __name__ == "__main__":
    main()
