"""How a bank is described in one line, the same on every screen that names it."""

from __future__ import annotations

from quiz.domain.model import Bank, Category


def question_count(count: int) -> str:
    return f"{count} vraag" if count == 1 else f"{count} vragen"


def category_labels(categories: tuple[Category, ...]) -> str:
    return ", ".join(category.label for category in categories)


def bank_summary(bank: Bank) -> str:
    """Level, question count, categories, then source and date when the bank gives them."""
    parts = [
        f"Niveau {bank.level}",
        question_count(len(bank.questions)),
        category_labels(bank.categories),
    ]
    parts.extend(part for part in (bank.source, bank.date) if part)
    return " · ".join(part for part in parts if part)
