"""Shared by the kind tests: the shape-error check, and the same-seed check of presenting."""

from __future__ import annotations

import random

import pytest

from quiz.core.model import PresentedQuestion, Question, Response


def shape_error(presented: PresentedQuestion, response: Response, message: str) -> None:
    """Scoring ``response`` raises a ValueError whose text contains ``message``."""
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        presented.question.score(presented, response)


def draws(question: Question, seed: int = 1) -> tuple[PresentedQuestion, float]:
    """``question`` presented with ``Random(seed)``, and the rng's next number afterwards: two
    questions that draw the same way leave the rng in the same state."""
    rng = random.Random(seed)
    return question.present(1, 1, rng), rng.random()
