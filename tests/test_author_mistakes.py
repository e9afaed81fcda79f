"""The mistakes a hurried author makes, one at a time, in a good bank: each must give one message,
at the line and column of the slip, saying what is wrong and how to fix it in plain words.

The base is tests/fixtures/articles/dijk.yaml (valid, about dijk.txt). Every case edits one spot
and runs with both YAML parsers, since libyaml and PyYAML word and place their errors
differently and the explanation must not depend on which one is installed.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from quiz.bank.yaml import tree as yaml_tree
from quiz.diagnostics import Severity
from quiz.library.loader import LoadResult, load_bank

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
BASE = (ARTICLES / "dijk.yaml").read_text(encoding="utf-8")

LOADERS = [pytest.param(yaml.SafeLoader, id="python")]
if yaml.__with_libyaml__:
    LOADERS.append(pytest.param(yaml.CSafeLoader, id="libyaml"))

# Words from the parser's or Python's vocabulary that an author cannot be expected to know.
JARGON = re.compile(
    r"\b(NoneType|str|dict|int|list index|mapping|scalar|block|token|stream|indicator|"
    r"simple key|flow|Traceback|Exception|Error:)\b"
)


@pytest.fixture(params=LOADERS, autouse=True)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(yaml_tree, "_Loader", request.param)
    yield


@dataclass(frozen=True)
class Mistake:
    id: str
    old: str
    new: str
    line: int
    column: int
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR


MISTAKES = [
    Mistake(
        "tab-indent",
        "    prompt: Wie is Mieke",
        "\tprompt: Wie is Mieke",
        13,
        1,
        "a tab is used to indent",
        "spaces",
    ),
    Mistake(
        "no-space-after-colon",
        "    prompt: Hoeveel inwoners",
        "    prompt:Hoeveel inwoners",
        22,
        12,
        "a space is missing after 'prompt:'",
        "write 'prompt: Hoeveel",
    ),
    Mistake(
        "no-space-after-colon-first-key",
        "  - id: wat-ratten",
        "  - id:wat-ratten",
        28,
        8,
        "a space is missing after 'id:'",
        "'id: wat-ratten'",
    ),
    Mistake(
        "colon-space-in-value",
        "    answer: drones",
        "    answer: Bosman: met drones",
        83,
        13,
        "contains a colon",
        'answer: "Bosman: met drones"',
    ),
    Mistake(
        "quoted-then-more",
        "    explanation: Ze graven gangen.",
        '    explanation: "Ze graven" gangen, zegt Bosman.',
        34,
        18,
        "the quotes end before the value does",
        "'\"Ze graven\" gangen, zegt Bosman.'",
    ),
    Mistake(
        "apostrophe-in-single-quotes",
        "    explanation: Ze graven gangen.",
        "    explanation: 'Zo'n dier graaft gangen.'",
        34,
        21,
        "apostrophe ends the single quotes",
        '"Zo\'n dier graaft gangen."',
    ),
    Mistake(
        "unclosed-quote",
        "    prompt: Wie is Mieke Bosman?",
        '    prompt: "Wie is Mieke Bosman?',
        13,
        13,
        "quote that starts this value is not closed",
        'end the value with "',
    ),
    Mistake(
        "unclosed-bracket",
        "    choices: [dijkgraaf, bewoner, wethouder, minister]",
        "    choices: [dijkgraaf, bewoner, wethouder, minister",
        14,
        14,
        "the '[' here is not closed",
        "']'",
    ),
    Mistake(
        "middle-item-without-dash",
        "      - Waterschap begint met versterken.",
        "        Waterschap begint met versterken.",
        49,
        7,
        "must have 3 to 6 entries, found 2",
        "if line 50 is an entry of its own, start it with '- '",
    ),
    Mistake(
        "last-item-without-dash",
        "      - Werk klaar.",
        "      Werk klaar.",
        51,
        7,
        "this line is not a list item",
        "start it with '- '",
    ),
    Mistake(
        "first-pair-without-dash",
        "      - left: Klei krimpt",
        "        left: Klei krimpt",
        64,
        7,
        "line 62 is not a list item",
        "write '- ' before it",
    ),
    Mistake(
        "question-without-dash",
        "  - id: wat-kosten",
        "    id: wat-kosten",
        71,
        5,
        "duplicate key 'id' (first at line 57)",
        "begin this line with '- '",
    ),
    Mistake(
        "no-space-after-dash",
        "  - id: wat-drones",
        "  -id: wat-drones",
        79,
        4,
        "a space is missing after '-'",
        "'- '",
    ),
    Mistake(
        "key-one-space-further",
        "    prompt: Hoeveel kost",
        "     prompt: Hoeveel kost",
        74,
        6,
        "indented further than line 73",
        "same column as 'type:'",
    ),
    Mistake(
        "key-one-space-less",
        "    prompt: Hoeveel kost",
        "   prompt: Hoeveel kost",
        74,
        4,
        "does not line up with the lines above it",
        "starts in column 4",
    ),
    Mistake(
        "key-in-the-dash-column",
        "    prompt: Hoeveel kost",
        "  prompt: Hoeveel kost",
        74,
        3,
        "in the column of the '- ' items above it",
        "column 5",
    ),
    Mistake(
        "top-key-indented",
        "title: Dijk",
        " title: Dijk",
        2,
        2,
        "indented further than line 1",
        "same column as 'id:'",
    ),
    Mistake(
        "item-indented-further",
        "    choices: [dijkgraaf, bewoner, wethouder, minister]",
        "    choices:\n    - dijkgraaf\n    - bewoner\n     - wethouder",
        17,
        6,
        "is read as more text of the value on line 16",
        "same column",
    ),
    Mistake(
        "key-without-colon",
        "questions:\n",
        "questions\n",
        9,
        1,
        "'questions' has no colon",
        "write 'questions:'",
    ),
    Mistake(
        "value-continued-unindented",
        "    explanation: Met drones.",
        "    explanation: Met drones,\n    want dan zien ze meer.",
        86,
        5,
        "this line has no 'key:'",
        "indent it further than 'explanation:'",
    ),
    Mistake(
        "choices-as-comma-text",
        "    choices: [dijkgraaf, bewoner, wethouder, minister]",
        "    choices: dijkgraaf, bewoner, wethouder, minister",
        14,
        14,
        "must be a list, found text",
        "[dijkgraaf, bewoner, wethouder, minister]",
    ),
    Mistake(
        "accept-as-text",
        "    accept: [veertigduizend]",
        "    accept: veertigduizend",
        24,
        13,
        "must be a list, found text",
        "[veertigduizend]",
    ),
    Mistake(
        "answer-as-list",
        "    answer: dijkgraaf",
        "    answer: [dijkgraaf]",
        15,
        13,
        "must be text, found a list",
        "without '- ' or [ ]: 'dijkgraaf'",
    ),
    Mistake(
        "text-ending-in-colon",
        "      - Toen werd er niets mee gedaan.\n    explanation",
        "      - Toen werd er niets mee gedaan.\n      - Hij zegt:\n    explanation",
        69,
        9,
        "must be text",
        "ends with ':'",
    ),
    Mistake(
        "points-in-words",
        "    explanation: Twaalf miljoen.",
        "    explanation: Twaalf miljoen.\n    points: twee",
        78,
        13,
        "must be a whole number, found 'twee'",
    ),
    Mistake(
        "evidence-typo",
        "    evidence: De versterking kost naar schatting",
        "    evidence: De versterking kost naar schating",
        76,
        15,
        "evidence not found",
        'paragraph 12: "De versterking kost naar schatting 12 miljoen euro"',
    ),
    Mistake(
        "evidence-over-two-paragraphs",
        "    evidence: Ook muskusratten hebben schade aangericht.",
        "    evidence: Het waterschap zette vorig jaar extra vangers in. "
        "De werkzaamheden duren naar verwachting",
        33,
        15,
        "evidence not found",
        "runs over paragraphs 6 and 8",
    ),
    Mistake(
        "id-with-space",
        "  - id: wat-kosten",
        "  - id: wat kosten",
        71,
        9,
        "must be a slug",
        "'wat-kosten'",
    ),
    Mistake(
        "id-with-capitals",
        "  - id: wat-kosten",
        "  - id: Wat-Kosten",
        71,
        9,
        "must be a slug",
        "'wat-kosten'",
    ),
    Mistake(
        "dutch-key",
        "    category: wanneer",
        "    categorie: wanneer",
        37,
        5,
        "unknown key 'categorie'",
        "'category'",
    ),
    Mistake(
        "dutch-answer-key",
        "    answer: 12 miljoen euro",
        "    antwoord: 12 miljoen euro",
        75,
        5,
        "unknown key 'antwoord'",
        "'answer'",
    ),
    Mistake(
        "misspelt-key",
        "    prompt: Hoeveel kost",
        "    promt: Hoeveel kost",
        74,
        5,
        "unknown key 'promt'",
        "did you mean 'prompt'?",
    ),
    Mistake(
        "type-mc",
        "    type: multiple_choice",
        "    type: mc",
        12,
        11,
        "'type' must be one of",
        "write 'multiple_choice'",
    ),
    Mistake(
        "type-with-space",
        "    type: multiple_choice",
        "    type: multiple choice",
        12,
        11,
        "'type' must be one of",
        "'multiple_choice'",
    ),
    Mistake(
        "type-in-dutch",
        "    type: ordering",
        "    type: volgorde",
        46,
        11,
        "'type' must be one of",
        "write 'ordering'",
    ),
    Mistake(
        "category-waarom",
        "    category: wanneer",
        "    category: waarom",
        37,
        15,
        "'category' must be one of",
        "write 'wat'",
    ),
    Mistake("level-lower-case", "level: B1", "level: b2", 4, 8, "'level' must be one of", "'B2'"),
    Mistake(
        "language-in-dutch",
        "language: nl",
        "language: Nederlands",
        3,
        11,
        "'language' must be one of nl",
        "write 'nl'",
    ),
    Mistake(
        "true-false-waar",
        "    answer: juist",
        "    answer: waar",
        32,
        13,
        "must be 'juist' or 'onjuist'",
        "write juist or onjuist",
    ),
    Mistake(
        "cloze-without-gap",
        "einde van het ___",
        "einde van het jaar",
        40,
        11,
        "exactly one gap '___', found 0",
        "three underscores",
    ),
    Mistake(
        "cloze-two-gaps",
        "    text: De werkzaamheden duren",
        "    text: De ___ duren",
        40,
        11,
        "found 2",
        "one question per gap",
    ),
    Mistake(
        "cloze-two-underscores",
        "einde van het ___",
        "einde van het __",
        40,
        11,
        "exactly three underscores '___', found '__'",
    ),
    Mistake(
        "cloze-dots",
        "einde van het ___",
        "einde van het ...",
        40,
        11,
        "found 0",
        "not '...'",
    ),
    Mistake(
        "ordering-two-items",
        "      - Werk klaar.\n",
        "",
        49,
        7,
        "must have 3 to 6 entries, found 2",
    ),
    Mistake(
        "matching-duplicate-right",
        "        right: Henk Jansen",
        "        right: Mieke Bosman",
        65,
        16,
        "duplicate right 'Mieke Bosman'",
        "same as line 63",
    ),
    Mistake(
        "question-lost-its-dash-only",
        "questions:\n  - id: wie-bosman\n",
        "questions:\n  id: wie-bosman\n",
        11,
        5,
        "indented further than line 10",
        "start 'category:' in the same column as 'id:'",
    ),
    Mistake(
        "questions-as-key-value",
        "questions:\n  - id: wie-bosman\n",
        "questions:\n  wie-bosman:\n    id: wie-bosman\n",
        20,
        3,
        "a list item cannot follow the 'key:' line 10",
        "all entries there list items",
    ),
    Mistake("questions-empty", "questions:\n", "questions: []\nold:\n", 9, 12, "is empty"),
    Mistake(
        "article-elsewhere",
        "article: dijk.txt",
        "article: ../elsewhere/x.txt",
        5,
        10,
        "the article must be a file in the bank's folder",
        "put the article next to the bank",
    ),
    Mistake(
        "article-is-a-folder",
        "article: dijk.txt",
        "article: .",
        5,
        10,
        "the article path is a folder, not a file",
    ),
    Mistake(
        "value-with-escape-sequence",
        "    prompt: Wie is Mieke Bosman?",
        '    prompt: "Wie is \\e[2J Bosman?"',
        13,
        13,
        "control character U+001B",
    ),
    Mistake(
        "hash-in-value",
        "    explanation: Twaalf miljoen.",
        "    explanation: Dat is #1 in de lijst",
        77,
        25,
        "'#1 in de lijst' is read as a comment",
        "put the whole value in quotes",
        Severity.WARNING,
    ),
]


def load_edited(tmp_path: Path, text: str) -> LoadResult:
    shutil.copy(ARTICLES / "dijk.txt", tmp_path / "dijk.txt")
    bank = tmp_path / "bank.yaml"
    bank.write_text(text, encoding="utf-8")
    return load_bank(bank)


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.id)
def test_one_mistake_one_located_plain_message(tmp_path: Path, mistake: Mistake) -> None:
    assert mistake.old in BASE, mistake.old
    text = BASE.replace(mistake.old, mistake.new, 1)
    if mistake.id == "questions-empty":  # drop the questions themselves
        text = text[: text.index("old:")]
    result = load_edited(tmp_path, text)
    shown = "\n".join(d.format() for d in result.diagnostics)
    same = [d for d in result.diagnostics if d.severity is mistake.severity]
    assert len(same) == 1, shown
    found = same[0]
    assert mistake.message in found.message, shown
    assert (found.location.line, found.location.column) == (mistake.line, mistake.column), shown
    assert mistake.hint in (found.hint or ""), shown
    if mistake.severity is Severity.WARNING:
        assert result.ok and not result.errors, shown
    else:
        assert not result.ok
    assert not JARGON.search(found.format()), shown


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('    answer: "40.000"', "    answer: 40.000"),  # a number is text like any other
        ("    prompt: Hoeveel kost de versterking?", "    prompt: 12"),
        ("    prompt: Hoeveel kost de versterking?", "    prompt: yes"),
        ('date: "2024-03-01"', "date: 2024-03-01"),
        ("    answer: juist", "    answer: Juist"),
        ("    answer: drones", "    answer: om 10:30"),  # a colon without a space is text
        (  # straight quotes where the article has them too, a longer copy
            "      - '\"Klei krimpt als het lang droog is.'",
            "      - '\"Klei krimpt als het lang droog is. Daardoor ontstaan er barsten waar "
            "water in kan lopen\", zegt Bosman.'",
        ),
        ("level: B1", "level: B1  # niveau"),  # a real comment, after a space
    ],
)
def test_what_looks_odd_but_is_fine_gives_no_error(tmp_path: Path, old: str, new: str) -> None:
    assert old in BASE
    result = load_edited(tmp_path, BASE.replace(old, new, 1))
    assert result.ok, "\n".join(d.format() for d in result.errors)
    assert all(d.message.startswith("the answer") for d in result.warnings)


def test_the_fixture_bank_is_valid(tmp_path: Path) -> None:
    result = load_edited(tmp_path, BASE)
    assert result.ok and not result.diagnostics


def test_item_joined_to_the_one_above_is_a_warning_when_the_count_still_fits(
    tmp_path: Path,
) -> None:
    text = BASE.replace(
        "      - Werk klaar.\n", "      - Werk klaar.\n      - Weg weer open.\n        Klaar.\n"
    )
    result = load_edited(tmp_path, text)
    assert result.ok
    (warning,) = result.warnings
    assert (warning.location.line, warning.location.column) == (52, 9)
    assert "runs over several lines" in warning.message
    assert warning.hint is not None and "if line 53 is an entry of its own" in warning.hint
