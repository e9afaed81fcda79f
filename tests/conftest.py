"""Shared test setup. Every test runs with its own data and bank folders so no test can read or
write the real user's progress, settings or banks."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.paths import DATA_ENV, QUESTIONS_ENV


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data and question folders at a fresh temporary folder (not created for the
    question folder, as on a first run)."""
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv(DATA_ENV, str(home))
    monkeypatch.setenv(QUESTIONS_ENV, str(home / "questions"))
    return home
