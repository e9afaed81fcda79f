"""Test data for the UI tests that is not a fixture (imported by the test modules)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

BUNDLED_ID = "belarus-spagaat"

#: A bank whose article is missing: the loader reports it at line 5, column 10.
BROKEN_BANK = """\
id: kapot
title: Een kapotte bank
language: nl
level: B1
article: bestaat-niet.txt
questions:
  - id: q1
    category: wie
    type: short_answer
    prompt: Wie?
    answer: Niemand
    evidence: iets
    explanation: uitleg
"""


def write_broken_bank(folder: Path) -> Path:
    path = folder / "kapot.yaml"
    path.write_text(BROKEN_BANK, encoding="utf-8")
    return path


async def checked(pilot: Pilot[int]) -> None:
    """Wait until the library has checked every bank: the library screen checks the banks the
    cache does not know in a background worker, after its first frame."""
    app = pilot.app
    library = getattr(app, "library", None)
    for _ in range(50):
        await pilot.pause()
        await app.workers.wait_for_complete()
        if library is None or not getattr(app, "library", library).unchecked:
            break
    await pilot.pause()
