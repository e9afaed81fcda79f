"""Judging typed answers: one entry point, :func:`judge_answer`, and the verdict it returns.

Used by the quiz for short answers and typed cloze gaps, and meant for vocabulary cards: it
knows Dutch numbers, dates, names and function words, and never takes another real word for a
typo. See :mod:`quiz.core.judge.judge` for the rules in order.
"""

from quiz.core.judge.judge import MAX_ANSWER_CHARS, judge_answer
from quiz.core.verdicts import Judgement, MissingPart, Reason, Verdict

__all__ = ["MAX_ANSWER_CHARS", "Judgement", "MissingPart", "Reason", "Verdict", "judge_answer"]
