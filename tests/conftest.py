"""Shared test setup. Every test runs with its own data, bank and cache folders so no test can
read or write the real user's progress, settings, banks or library cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.paths import DATA_ENV, QUESTIONS_ENV
from quiz.library.cache import CACHE_ENV


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data, question and cache folders at a fresh temporary folder (the question
    and cache folders not created, as on a first run)."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv(DATA_ENV, str(home))
    monkeypatch.setenv(QUESTIONS_ENV, str(home / "questions"))
    monkeypatch.setenv(CACHE_ENV, str(home / "cache"))
    return home
