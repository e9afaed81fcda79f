"""Where banks live: the ones shipped with the app, and the user's own folder.

The bundled banks are the repository's ``questions/`` folder. An installed wheel carries a copy
inside the package (``quiz/bundled_questions``); a source checkout or editable install reads the
folder itself, so authors see their edits without reinstalling.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Environment variable that replaces the user's bank folder (``--questions`` overrides it).
QUESTIONS_ENV = "QUIZ_QUESTIONS_DIR"

#: Environment variable that replaces the user's data folder (progress, settings); tests set it.
DATA_ENV = "QUIZ_DATA_DIR"

APP_NAME = "nieuwsquiz"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundled_questions_dir() -> Path:
    installed = _PACKAGE_DIR / "bundled_questions"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "questions"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_questions_dir() -> Path:
    override = os.environ.get(QUESTIONS_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / "questions"
