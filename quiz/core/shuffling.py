"""Shuffles the question kinds share when they present a question.

Every shuffle of a session draws from the session's one ``random.Random``, so the number and
order of draws is part of what a seed reproduces: a kind must draw the same way each time.
"""

from __future__ import annotations

import random
from collections.abc import Sequence


def shuffled(values: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """``values`` in a random order (one ``rng.shuffle``; it may come back unchanged)."""
    mixed = list(values)
    rng.shuffle(mixed)
    return tuple(mixed)


def shuffled_away(answer: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """A shuffle of ``answer`` that differs from it, since showing the bank's order would show
    the answer. (Items that are all equal cannot differ; they come back as they are.)"""
    items = list(answer)
    if len(set(items)) < 2:
        return answer
    while tuple(items) == answer:
        rng.shuffle(items)
    return tuple(items)
