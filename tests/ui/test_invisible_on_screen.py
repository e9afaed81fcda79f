"""A bank whose text hides bidi overrides and zero-width characters: none of them reaches the
terminal, on the library, reading and question screens."""

from __future__ import annotations

from pathlib import Path

from quiz.ui.app import make_app
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.reading import ReadingScreen

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
HIDDEN = "\u202e\u200b\u00ad\u2067\ufeff"


def hide(text: str) -> str:
    """Every word of ``text`` with hidden characters inside it, as a hostile paste would have."""
    return " ".join(word[:1] + HIDDEN + word[1:] for word in text.split(" "))


def screen_text(app: object) -> str:
    export = app.export_screenshot  # type: ignore[attr-defined]
    return str(export())


async def test_no_invisible_character_reaches_the_screen(user_questions: Path) -> None:
    article = (ARTICLES / "dijk.txt").read_text(encoding="utf-8")
    (user_questions / "dijk.txt").write_text(
        "\n".join(hide(line) for line in article.splitlines()), encoding="utf-8"
    )
    bank = (ARTICLES / "dijk.yaml").read_text(encoding="utf-8")
    title = "Dijk bij Zwolle wordt versterkt"
    bank = bank.replace(f"title: {title}", f'title: "{hide(title)}"')
    (user_questions / "dijk.yaml").write_text(bank, encoding="utf-8")

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.library.bank("dijk-zwolle").title == "Dijk bij Zwolle wordt versterkt"
        seen = [screen_text(app)]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        seen.append(screen_text(app))
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        seen.append(screen_text(app))
    for text in seen:
        assert not any(char in text for char in HIDDEN)
