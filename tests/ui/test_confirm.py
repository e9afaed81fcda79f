"""ConfirmScreen: a safe default (no), keys j/y and n/Esc, and the buttons."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import Button

from quiz.ui.screens.confirm import ConfirmScreen


class Host(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool | None] = []

    def on_mount(self) -> None:
        self.push_screen(ConfirmScreen("Stoppen met de quiz?", "Stoppen"), self.answers.append)


@pytest.mark.parametrize(
    ("keys", "answer"),
    [
        (["j"], True),
        (["y"], True),
        (["n"], False),
        (["escape"], False),
        (["enter"], False),  # "no" has focus first
        (["left", "enter"], True),
        (["left", "right", "enter"], False),
    ],
)
async def test_keys_answer(keys: list[str], answer: bool) -> None:
    app = Host()
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        assert app.answers == [answer]


async def test_buttons_carry_the_labels_and_answer_on_click() -> None:
    app = Host()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert str(app.screen.query_one("#yes", Button).label) == "Stoppen"
        assert str(app.screen.query_one("#no", Button).label) == "Nee"
        await pilot.click("#yes")
        await pilot.pause()
        assert app.answers == [True]


async def test_a_click_outside_the_dialog_means_no() -> None:
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(offset=(1, 1))
        await pilot.pause()
        assert app.answers == [False]
