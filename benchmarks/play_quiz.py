"""Play a whole quiz under Textual's Pilot and report the process's memory (RSS) on the way.

Run: ``.venv/bin/python benchmarks/play_quiz.py [BANK]`` (default: the bundled bank). Prints one
JSON object: RSS in KiB at question 1, after the last answer, and on the results screen.
``run.py`` runs this in a subprocess so the figures are of a fresh process that did nothing else.

Why this way: memory that grows with every question (widgets never freed, outcomes copied,
highlights kept) only shows over a full quiz, and the ratio "after the last question / at
question 1" is independent of the machine. The app is the real one (``make_app``, the real
library and progress store in a throwaway ``QUIZ_DATA_DIR``), and each answer goes through the
real screen: the answer widget submits the right response, the screen scores it, shows the
feedback, highlights the evidence and saves the answer, then ``n`` moves on. Submitting the
response instead of typing it keeps this independent of each kind's key layout, which the
latency row already exercises.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

BANK_ID = "belarus-spagaat"


def rss_kib() -> int:
    """This process's resident set size, from /proc (Linux), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


async def play(bank_id: str) -> dict[str, int]:
    from quiz.core.session import PresentedQuestion, Response
    from quiz.ui.app import make_app
    from quiz.ui.screens.question import QuestionScreen
    from quiz.ui.widgets.answer_base import AnswerWidget

    def right(presented: PresentedQuestion) -> Response:
        return presented.question.correct_response(presented)  # every kind knows its own

    app = make_app(start="take", bank_id=bank_id)
    figures: dict[str, int] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        if not isinstance(screen, QuestionScreen):
            raise RuntimeError(f"expected the first question, got {type(screen).__name__}")
        figures["questions"] = screen.session.total
        figures["rss_question_1_kib"] = rss_kib()
        for number in range(1, screen.session.total + 1):
            presented = screen.presented
            if presented.number != number:
                raise RuntimeError(f"expected question {number}, got {presented.number}")
            screen.query_one(AnswerWidget).submit(right(presented))
            await pilot.pause()
            if screen.outcome is None:
                raise RuntimeError(f"question {number} was not answered")
            if number == screen.session.total:
                figures["rss_last_answer_kib"] = rss_kib()
            await pilot.press("n")
            await pilot.pause()
        await pilot.pause()
        figures["rss_results_kib"] = rss_kib()
        figures["results_screen"] = int(type(app.screen).__name__ == "ResultsScreen")
    return figures


def main() -> int:
    bank_id = sys.argv[1] if len(sys.argv) > 1 else BANK_ID
    with tempfile.TemporaryDirectory(prefix="nieuwsquiz-play-") as folder:
        # A fresh progress store and no user banks: nothing from earlier runs (an unfinished
        # attempt would open the "go on?" dialog) and only the bundled library.
        os.environ["QUIZ_DATA_DIR"] = str(Path(folder) / "data")
        os.environ.setdefault("QUIZ_QUESTIONS_DIR", str(Path(folder) / "questions"))
        print(json.dumps(asyncio.run(play(bank_id))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
