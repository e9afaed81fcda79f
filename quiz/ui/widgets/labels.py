"""The Dutch words and numbers the quiz screens show, in one place so every screen says it alike.

Nothing here judges an answer: a :class:`Verdict` comes from the session and is only *named*
here, always with a symbol and a word so it never depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quiz.core.model import Category, Question, Span
from quiz.core.verdicts import Verdict

if TYPE_CHECKING:
    from quiz.library.folders import Origin

#: Symbol and word per verdict ("✓ Goed"); the CSS class (``-correct`` …) adds the colour.
VERDICT_SYMBOLS: dict[Verdict, str] = {
    Verdict.CORRECT: "✓",
    Verdict.ALMOST: "≈",
    Verdict.PARTIAL: "◐",
    Verdict.WRONG: "✗",
}

VERDICT_WORDS: dict[Verdict, str] = {
    Verdict.CORRECT: "Goed",
    Verdict.ALMOST: "Bijna goed",
    Verdict.PARTIAL: "Deels goed",
    Verdict.WRONG: "Fout",
}


#: Each category's name as the screens show it.
CATEGORY_LABELS: dict[Category, str] = {
    Category.WIE: "Wie",
    Category.WANNEER: "Wanneer",
    Category.WAAR: "Waar",
    Category.WAT: "Wat",
    Category.WOORDENSCHAT: "Woordenschat",
}

#: Where a bank comes from, as the library list shows it.
ORIGIN_LABELS: dict[Origin, str] = {
    "bundled": "meegeleverd",
    "user": "eigen map",
    "extra": "extra",
}


def category_label(category: Category) -> str:
    """``Wie``, ``Wanneer``, …"""
    return CATEGORY_LABELS[category]


def origin_label(origin: Origin) -> str:
    """``meegeleverd``, ``eigen map`` or ``extra``."""
    return ORIGIN_LABELS[origin]


def verdict_label(verdict: Verdict) -> str:
    """``✓ Goed``, ``≈ Bijna goed``, ``◐ Deels goed`` or ``✗ Fout``."""
    return f"{VERDICT_SYMBOLS[verdict]} {VERDICT_WORDS[verdict]}"


def verdict_class(verdict: Verdict) -> str:
    """The CSS class that colours a verdict: ``-correct``, ``-almost``, ``-partial``, ``-wrong``."""
    return f"-{verdict.value}"


def format_points(points: float) -> str:
    """Points as a Dutch reader writes them: ``7``, ``7,5`` (a decimal comma, one decimal).

    Partial credit makes fractions such as 0.8333…; one decimal is plenty to read a score.
    """
    rounded = round(points, 1)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.1f}".replace(".", ",")


def format_percent(percent: float) -> str:
    """``84%``: whole percents, so the figure reads at a glance."""
    return f"{round(percent)}%"


def points_word(points: float) -> str:
    """``punt`` or ``punten``, agreeing with the number as it is shown."""
    return "punt" if format_points(points) == "1" else "punten"


def paragraphs_label(numbers: Sequence[int]) -> str:
    """``alinea 9``, ``alinea's 9 en 11``, ``alinea's 3, 4 en 7``: where the evidence is."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"alinea {numbers[0]}"
    listed = ", ".join(str(n) for n in numbers[:-1])
    return f"alinea's {listed} en {numbers[-1]}"


def evidence_spans(question: Question) -> tuple[Span, ...]:
    """The character spans that prove the answer, for highlighting in the article."""
    return tuple(e.span for e in question.evidence)


def first_paragraph(question: Question) -> int | None:
    """The paragraph to scroll to for this question's evidence (the first, in article order)."""
    paragraphs = question.paragraphs
    return paragraphs[0] if paragraphs else None
