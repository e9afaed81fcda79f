"""How to choose a quiz's questions: one frozen value, from the command line to the store.

The command line builds it, the app passes it on whole, :class:`~quiz.core.session.QuizSession`
keeps it (with the seed it actually used filled in) and the progress store saves it, so a retry or
a resumed attempt is built from exactly the settings the learner asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quiz.core.model import Category

__all__ = ["QuizOptions"]


@dataclass(frozen=True, slots=True)
class QuizOptions:
    """Which questions a quiz asks, and in which order.

    ``categories`` None asks every category; otherwise only those, kept in :class:`Category`
    order whatever order they were given in (an empty tuple selects nothing). ``limit`` cuts the
    selection after shuffling. ``seed`` None means "draw a fresh one": a session's own options
    always hold the seed it used, so passing them back repeats the same quiz.
    """

    categories: tuple[Category, ...] | None = None
    limit: int | None = None
    shuffle: bool = False
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 1:
            raise ValueError(f"limit must be at least 1, got {self.limit}")
        if self.categories is not None:
            wanted = frozenset(self.categories)
            ordered = tuple(c for c in Category if c in wanted)
            object.__setattr__(self, "categories", ordered)  # frozen: normalised once, here

    def with_seed(self, seed: int) -> QuizOptions:
        """The same options with ``seed`` filled in."""
        return replace(self, seed=seed)
