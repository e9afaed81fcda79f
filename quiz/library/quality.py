"""Bank quality: the giveaways that let a learner score without reading the article.

A bank can be perfectly valid and still teach nothing: when the right choice is always the
longest, when "onjuist" is right three times out of four, or when one question's prompt states
another question's answer, a learner scores by pattern instead of by reading. None of the tools
authors know (Anki, Moodle, Lute) checks for this, so ``quiz validate`` does: every finding is a
located warning (``--strict`` makes them errors), worded for the author.

Everything here asks the kinds only through the generic question API (what is shown, what would
be right), so a new kind is checked without being named.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode, Node
from quiz.core.model import PresentedQuestion, Question
from quiz.core.normalize import normalize
from quiz.core.text import fold_for_search
from quiz.core.wording import join_and, shown

#: The right choice "clearly" the longest: this many times the next longest, in characters.
LONGEST_RATIO = 1.4
#: More than this share of choice questions with the right choice the unique longest is a
#: pattern (with four choices, chance is a quarter).
LONGEST_SHARE = 0.35
#: juist/onjuist questions: the share of "juist" must lie in this range.
TRUE_SHARE = (0.35, 0.65)
#: The balance and share checks need this many questions to mean anything.
MIN_FOR_SHARES = 4
#: More questions than this on one piece of evidence ask the same thing again.
MAX_SAME_EVIDENCE = 3
#: An answer that stands in this many other prompts is the article's subject, not a secret.
COMMON_ANSWER = 3


@dataclass(frozen=True, slots=True)
class _Asked:
    """One question as the checks see it: what is shown and what is right, and where."""

    question: Question
    node: MappingNode
    choices: tuple[str, ...]  # offered to pick from (not juist/onjuist)
    right: frozenset[int]  # indices into ``choices``
    truth: bool | None  # for a juist/onjuist question
    answer: str | None  # a typed answer
    shown_text: tuple[str, ...]  # the prompt and everything offered with it

    def at(self, key: str) -> Node:
        return self.node.get(key) or self.node


def lint(reader: Reader, questions: Sequence[tuple[Question, Node]], key: Node) -> None:
    """Add a located warning to ``reader`` for every giveaway among ``questions`` (each with
    its mapping node); bank-wide shares are reported at ``key``, the ``questions:`` key."""
    rng = random.Random(0)  # what is shown matters here, not in which order
    asked = [_asked(q, n, rng) for q, n in questions if isinstance(n, MappingNode)]
    for item in asked:
        _longest_choice(reader, item)
        _forms(reader, item)
        _same_as_answer(reader, item)
    _longest_share(reader, asked, key)
    _true_false_balance(reader, asked, key)
    _given_away(reader, asked)
    _same_evidence(reader, asked)


def _asked(question: Question, node: MappingNode, rng: random.Random) -> _Asked:
    presented = question.present(1, 1, rng)
    correct = question.correct_response(presented)
    shown_text = (question.prompt, *presented.choices, *presented.items, *presented.lefts)
    shown_text += presented.rights
    if isinstance(correct, bool):
        return _Asked(question, node, (), frozenset(), correct, None, (question.prompt,))
    if isinstance(correct, str):
        return _Asked(question, node, (), frozenset(), None, correct, shown_text)
    right = _indices(correct, presented)
    return _Asked(question, node, presented.choices, right, None, None, shown_text)


def _indices(correct: object, presented: PresentedQuestion) -> frozenset[int]:
    if not presented.choices:
        return frozenset()
    if isinstance(correct, int):
        return frozenset({correct})
    if isinstance(correct, tuple) and all(isinstance(i, int) for i in correct):
        return frozenset(i for i in correct if isinstance(i, int))
    return frozenset()


def _single_answer(item: _Asked) -> str | None:
    if len(item.right) == 1 and len(item.choices) > 1:
        return item.choices[next(iter(item.right))]
    return None


def _is_unique_longest(item: _Asked) -> tuple[int, int] | None:
    """(answer length, next longest) when the one right choice is strictly the longest."""
    answer = _single_answer(item)
    if answer is None:
        return None
    others = [len(c) for i, c in enumerate(item.choices) if i not in item.right]
    longest_other = max(others)
    return (len(answer), longest_other) if len(answer) > longest_other else None


def _longest_choice(reader: Reader, item: _Asked) -> None:
    lengths = _is_unique_longest(item)
    if lengths is not None and lengths[0] > LONGEST_RATIO * lengths[1]:
        reader.warning(
            item.at("answer"),
            f"the right choice is clearly the longest ({lengths[0]} characters, the next"
            f" {lengths[1]}): learners can pick it without reading",
            "make the wrong choices as long and as precise as the right one",
        )


def _longest_share(reader: Reader, asked: Sequence[_Asked], key: Node) -> None:
    single = [a for a in asked if _single_answer(a) is not None]
    longest = [a for a in single if _is_unique_longest(a) is not None]
    if len(single) >= MIN_FOR_SHARES and len(longest) > LONGEST_SHARE * len(single):
        ids = join_and([a.question.id for a in longest])
        reader.warning(
            key,
            f"in {len(longest)} of {len(single)} choice questions the right choice is the"
            f" longest ({round(100 * len(longest) / len(single))}%): {ids}",
            "learners notice the pattern; vary which choice is the longest",
        )


def _true_false_balance(reader: Reader, asked: Sequence[_Asked], key: Node) -> None:
    truths = [a.truth for a in asked if a.truth is not None]
    if len(truths) < MIN_FOR_SHARES:
        return
    share = sum(truths) / len(truths)
    low, high = TRUE_SHARE
    if low <= share <= high:
        return
    word, count = ("juist", sum(truths)) if share > high else ("onjuist", len(truths) - sum(truths))
    reader.warning(
        key,
        f"{count} of {len(truths)} juist/onjuist questions are {word}: always answering"
        f" '{word}' scores {round(100 * count / len(truths))}%",
        f"turn some statements around so that between {round(100 * low)}% and"
        f" {round(100 * high)}% are juist",
    )


_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec"
)
_DAY = re.compile(
    rf"\b(?:[1-9]|[12][0-9]|3[01])(?:e|ste|de)?\.?\s+(?:{_MONTHS})\b|\b[0-9]{{1,2}}[-/][0-9]{{1,2}}\b"
)
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")

#: How each form is named in a warning.
_FORM_NAMES = {
    "day": "date to the day",
    "month": "month",
    "year": "year",
    "number": "number or duration",
    "text": "text without a date or number",
}


def _form(choice: str) -> str:
    """What kind of thing a choice names: a date to the day, a month, a year, a number (or a
    duration such as ``ruim 70 jaar``), or plain text. Found anywhere in the choice, so
    ``na de ontmoeting op 11 maart`` is a date to the day like ``25 februari``."""
    text = choice.casefold()
    if _DAY.search(text):
        return "day"
    if _MONTH.search(text):
        return "month"
    if _YEAR.search(text):
        return "year"
    if _DIGIT.search(text):
        return "number"
    return "text"


def _forms(reader: Reader, item: _Asked) -> None:
    """A choice of a form no other choice has stands out: a duration among dates, a month among
    days. The right choice standing out is the worst case, so it is the one named."""
    if len(item.choices) < 3:
        return
    forms = [_form(choice) for choice in item.choices]
    counts = Counter(forms)
    if len(counts) < 2:
        return
    lonely = [i for i, form in enumerate(forms) if counts[form] == 1]
    if lonely:
        index = next((i for i in lonely if i in item.right), lonely[0])
        others = join_and(sorted({_FORM_NAMES[f] for f in forms if f != forms[index]}))
        which = "right choice" if index in item.right else "choice"
        reader.warning(
            item.at("choices"),
            f"the {which} {shown(item.choices[index])} is the only"
            f" {_FORM_NAMES[forms[index]]}; the other choices are {others}: it stands out",
            "give every choice the same form (all dates to the day, all durations, …)",
        )
        return
    precisions = sorted(f for f in counts if f in _DATE_FORMS)
    if len(precisions) > 1:
        named = join_and([_DATE_PLURALS[f] for f in precisions])
        reader.warning(
            item.at("choices"),
            f"the choices mix {named}: a learner can rule out the ones that are less precise"
            " than the question",
            "give every date choice the same precision",
        )


_DATE_PLURALS = {"day": "dates to the day", "month": "months", "year": "years"}
_DATE_FORMS = frozenset(_DATE_PLURALS)


def _same_as_answer(reader: Reader, item: _Asked) -> None:
    right = {normalize(item.choices[i]) for i in item.right}
    for index, choice in enumerate(item.choices):
        if index not in item.right and normalize(choice) in right:
            reader.warning(
                item.at("choices"),
                f"the wrong choice {shown(choice)} reads the same as a right answer",
                "a learner who picks it is right: make it really different",
            )


_WORD = re.compile(r"\w+")
#: Ends one question's shown texts when a bank's are folded as one string (private use: no
#: bank text means it, and folding keeps it).
_QUESTION_END = "\ue000"
_NOT_WORDS = re.compile(r"[^\w\ue000]+")


def _plain(text: str) -> str:
    """Words only, folded for search: how a text is compared to see whether it names an
    answer. (Cheaper than the judge's ``normalize``, which every shown text would need.)"""
    return " ".join(_WORD.findall(fold_for_search(text)))


def _secrets(item: _Asked) -> list[tuple[str, str]]:
    """The answers a learner must find in the text (typed answers and right choices), each with
    its plain form; very short ones (``ja``) are left out."""
    found = [item.answer] if item.answer else []
    found += [item.choices[i] for i in sorted(item.right)]
    plain = [(secret, _plain(secret)) for secret in found]
    return [(secret, form) for secret, form in plain if len(form) >= 3]


def _given_away(reader: Reader, asked: Sequence[_Asked]) -> None:
    """A question whose prompt or choices show another question's answer gives it away. All
    shown texts are searched as one string (a question's texts end with a newline), so each
    answer costs one scan, not one per question."""
    raw = _QUESTION_END.join(" | ".join(a.shown_text) for a in asked)
    words = _NOT_WORDS.sub(" ", fold_for_search(raw))  # folded once for the whole bank
    shown_forms = [f" {form.strip()} \n" for form in words.split(_QUESTION_END)]
    ends = list(accumulate(len(form) for form in shown_forms))
    everything = "".join(shown_forms)
    for index, item in enumerate(asked):
        for secret, plain in _secrets(item):
            found = _showing(everything, ends, f" {plain} ")
            if index in found or not found or len(found) >= COMMON_ANSWER:
                continue  # named by its own prompt, by nobody, or the article's subject
            for giver in (asked[j] for j in sorted(found)):
                line = item.node.start.line
                reader.warning(
                    giver.at("prompt"),
                    f"this question shows {shown(secret)}, the answer to question"
                    f" '{item.question.id}' (line {line}): one question gives the other away",
                    "reword one of them, or ask about something else",
                )


def _showing(everything: str, ends: list[int], needle: str) -> set[int]:
    """The questions whose shown texts contain ``needle``; the search stops once it is clear
    the needle is common (then the exact set does not matter)."""
    found: set[int] = set()
    at = everything.find(needle)
    while at >= 0 and len(found) < COMMON_ANSWER:
        question = bisect_right(ends, at)
        found.add(question)
        at = everything.find(needle, ends[question])  # on from the next question's texts
    return found


def _same_evidence(reader: Reader, asked: Sequence[_Asked]) -> None:
    users: defaultdict[tuple[int, int, int], list[_Asked]] = defaultdict(list)
    for item in asked:
        spans = {(e.span.paragraph, e.span.start, e.span.end) for e in item.question.evidence}
        for span in spans:
            users[span].append(item)
    for span, items in sorted(users.items()):
        if len(items) > MAX_SAME_EVIDENCE:
            beyond = items[MAX_SAME_EVIDENCE]
            ids = join_and([i.question.id for i in items])
            reader.warning(
                beyond.at("evidence"),
                f"the same evidence (paragraph {span[0]}) is used by {len(items)} questions: {ids}",
                f"ask about other sentences; at most {MAX_SAME_EVIDENCE} questions per quote",
            )
