"""Small valid banks built in code, for tests that need a Bank but not the loader.

Everything here is built straight from the model classes, with evidence spans computed from the
article text, so the objects are as valid as the loader's (every quote really is at its span).
Each ``make_*`` question builder takes keyword overrides, applied with ``dataclasses.replace``::

    bank = make_bank([make_short_answer(points=3), make_true_false(answer=False)])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from quiz.core.model import (
    Article,
    Bank,
    Category,
    Evidence,
    Paragraph,
    ParagraphKind,
    Person,
    PresentedQuestion,
    Question,
    Span,
)
from quiz.kinds.cloze import Cloze
from quiz.kinds.matching import Matching
from quiz.kinds.multiple_choice import MultipleChoice
from quiz.kinds.multiple_select import MultipleSelect
from quiz.kinds.ordering import Ordering
from quiz.kinds.short_answer import ShortAnswer
from quiz.kinds.true_false import TrueFalse

ARTICLE_LINES: tuple[tuple[ParagraphKind, str], ...] = (
    (ParagraphKind.TITLE, "Correspondent Eva Hartog verhuist naar Riga"),
    (
        ParagraphKind.LEAD,
        "Eva Hartog, sinds 2015 Rusland-correspondent, werkt voortaan vanuit Letland.",
    ),
    (ParagraphKind.BODY, "Hartog woonde ruim acht jaar in Moskou."),
    (
        ParagraphKind.BODY,
        "In maart 2022 verliet zij Rusland na de invoering van een nieuwe censuurwet.",
    ),
    (ParagraphKind.BODY, "Eerst vertrok ze naar Tbilisi, daarna naar Riga."),
    (ParagraphKind.BODY, "Haar collega Jan de Vries blijft als Oekraïne-correspondent in Kyiv."),
)

BANK_PATH = Path("/banks/hartog-riga.yaml")
ARTICLE_PATH = Path("/banks/hartog-riga.txt")


def make_article(
    lines: Sequence[tuple[ParagraphKind, str]] = ARTICLE_LINES,
    path: Path = ARTICLE_PATH,
) -> Article:
    paragraphs = tuple(
        Paragraph(number=n, kind=kind, text=text, line=n)
        for n, (kind, text) in enumerate(lines, start=1)
    )
    return Article(path=path, paragraphs=paragraphs)


ARTICLE = make_article()


def evidence(quote: str, article: Article = ARTICLE) -> Evidence:
    """The evidence for ``quote``, located in the first paragraph that contains it verbatim."""
    for paragraph in article.paragraphs:
        start = paragraph.text.find(quote)
        if start >= 0:
            return Evidence(quote, Span(paragraph.number, start, start + len(quote)))
    raise ValueError(f"quote not in the test article: {quote!r}")


def make_multiple_choice(**changes: Any) -> MultipleChoice:
    question = MultipleChoice(
        id="wie-correspondent",
        category=Category.WIE,
        prompt="Wie is de Rusland-correspondent?",
        evidence=(evidence("Eva Hartog, sinds 2015 Rusland-correspondent"),),
        explanation="In de inleiding staat dat Eva Hartog Rusland-correspondent is.",
        choices=("Jan de Vries", "Eva Hartog", "Anna Smit", "Pieter Bakker"),
        answer="Eva Hartog",
    )
    return replace(question, **changes)


def make_multiple_select(**changes: Any) -> MultipleSelect:
    question = MultipleSelect(
        id="waar-na-moskou",
        category=Category.WAAR,
        prompt="Naar welke steden vertrok Hartog na Moskou? Kies alle juiste antwoorden.",
        evidence=(evidence("Eerst vertrok ze naar Tbilisi, daarna naar Riga."),),
        explanation="Eerst vertrok ze naar Tbilisi, daarna naar Riga; in Kyiv blijft De Vries.",
        choices=("Tbilisi", "Kyiv", "Riga", "Minsk"),
        answers=("Tbilisi", "Riga"),
    )
    return replace(question, **changes)


def make_true_false(**changes: Any) -> TrueFalse:
    question = TrueFalse(
        id="wat-censuurwet",
        category=Category.WAT,
        prompt="Hartog verliet Rusland na de invoering van een nieuwe censuurwet.",
        evidence=(evidence("na de invoering van een nieuwe censuurwet"),),
        explanation="Zij vertrok na de invoering van een nieuwe censuurwet.",
        answer=True,
    )
    return replace(question, **changes)


def make_short_answer(**changes: Any) -> ShortAnswer:
    question = ShortAnswer(
        id="waar-nu",
        category=Category.WAAR,
        prompt="In welke stad kwam Hartog uiteindelijk terecht?",
        evidence=(evidence("daarna naar Riga"),),
        explanation="Eerst ging ze naar Tbilisi, daarna naar Riga.",
        answer="Riga",
        accept=("Riga, Letland",),
    )
    return replace(question, **changes)


def make_typed_cloze(**changes: Any) -> Cloze:
    question = Cloze(
        id="wanneer-vertrek",
        category=Category.WANNEER,
        prompt="Vul het ontbrekende woord in.",
        evidence=(evidence("In maart 2022 verliet zij Rusland"),),
        explanation="Zij vertrok in maart 2022.",
        text="In ___ 2022 verliet zij Rusland",
        answer="maart",
    )
    return replace(question, **changes)


def make_choice_cloze(**changes: Any) -> Cloze:
    question = Cloze(
        id="woord-censuurwet",
        category=Category.WOORDENSCHAT,
        prompt="Kies het juiste woord.",
        evidence=(evidence("na de invoering van een nieuwe censuurwet"),),
        explanation="Een censuurwet beperkt wat journalisten mogen schrijven.",
        text="na de invoering van een nieuwe ___",
        answer="censuurwet",
        choices=("belastingwet", "censuurwet", "kieswet"),
    )
    return replace(question, **changes)


def make_ordering(**changes: Any) -> Ordering:
    question = Ordering(
        id="wanneer-volgorde",
        category=Category.WANNEER,
        prompt="Zet de gebeurtenissen in de goede volgorde.",
        evidence=(
            evidence("Hartog woonde ruim acht jaar in Moskou."),
            evidence("In maart 2022 verliet zij Rusland"),
            evidence("Eerst vertrok ze naar Tbilisi, daarna naar Riga."),
        ),
        explanation="Moskou, dan de censuurwet, dan Tbilisi en ten slotte Riga.",
        items=("Wonen in Moskou", "Nieuwe censuurwet", "Vertrek naar Tbilisi", "Aankomst in Riga"),
        points=2,
    )
    return replace(question, **changes)


def make_matching(**changes: Any) -> Matching:
    question = Matching(
        id="waar-steden",
        category=Category.WAAR,
        prompt="Verbind elke stad met wat er in het artikel over staat.",
        evidence=(
            evidence("Hartog woonde ruim acht jaar in Moskou."),
            evidence("Eerst vertrok ze naar Tbilisi, daarna naar Riga."),
            evidence("blijft als Oekraïne-correspondent in Kyiv"),
        ),
        explanation="Moskou was haar standplaats, Tbilisi een tussenstop, Riga haar nieuwe stad.",
        pairs=(
            ("Moskou", "ruim acht jaar gewoond"),
            ("Tbilisi", "eerste stop"),
            ("Riga", "nieuwe standplaats"),
            ("Kyiv", "standplaats van De Vries"),
        ),
    )
    return replace(question, **changes)


def every_question_type() -> tuple[Question, ...]:
    """One question of each kind (cloze twice: typed and with choices), in registry order, except
    multiple select: the library snapshots and the seeded session tests count and order these
    questions, so :func:`make_multiple_select` is added where a test wants it."""
    return (
        make_multiple_choice(),
        make_true_false(),
        make_short_answer(),
        make_typed_cloze(),
        make_choice_cloze(),
        make_ordering(),
        make_matching(),
    )


def shown_as(question: Question, **shown: tuple[str, ...]) -> PresentedQuestion:
    """``question`` as a session would show it (question 1 of 1), in the display order the test
    gives (``choices=…``, ``items=…``, ``lefts=…``, ``rights=…``) instead of a shuffled one."""
    return PresentedQuestion(question, 1, 1, **shown)


def make_bank(
    questions: Sequence[Question] | None = None,
    *,
    id: str = "hartog-riga",
    title: str = "Eva Hartog verhuist naar Riga",
    path: Path = BANK_PATH,
    article: Article = ARTICLE,
) -> Bank:
    return Bank(
        id=id,
        title=title,
        language="nl",
        level="B1",
        path=path,
        article=article,
        questions=tuple(every_question_type() if questions is None else questions),
        people=(
            Person("Eva Hartog", "Rusland-correspondent", aliases=("Hartog",)),
            Person("Jan de Vries", "Oekraïne-correspondent", aliases=("De Vries",)),
        ),
        source="Testbron",
        date="2022-04-01",
    )
