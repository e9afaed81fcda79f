"""Fixtures for the Textual UI tests: the real bundled article, and banks built in code."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.bank.article import read_article
from quiz.core.model import Article

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLED_ARTICLE = ROOT / "questions" / "000_dac0a1bfa62107c7.txt"


@pytest.fixture
def article() -> Article:
    """The bundled Belarus article: 18 paragraphs with every kind (title … pull quote)."""
    article, problems = read_article(BUNDLED_ARTICLE)
    assert article is not None, problems
    return article


@pytest.fixture
def user_questions(user_home: Path) -> Path:
    """The user's bank folder (QUIZ_QUESTIONS_DIR, in a temporary folder), created."""
    folder = user_home / "questions"
    folder.mkdir(exist_ok=True)
    return folder
