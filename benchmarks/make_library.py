"""Write large, valid question banks for the benchmarks: a library, a long article, a huge bank.

Run: ``.venv/bin/python benchmarks/make_library.py DIR [--banks 200 --questions 100]
[--paragraphs N] [--big-bank N]``, then ``.venv/bin/quiz validate DIR`` proves the banks are valid.

Why generated and not random: the speed of the library, of ``quiz validate`` and of the reading
view depends on real work (every quote searched in its article, every question of every kind
checked), so the banks are copies of the bundled bank, varied just enough to be distinct banks
(own id, title and article file), with its questions repeated under new ids to reach the wanted
count. That keeps all six question kinds in the bundled mix, and keeps every bank valid, so the
timings measure the happy path a real user with many banks walks, not error reporting.

The long article and the huge bank are separate because each is its own limit: an article of
10,000 short paragraphs (the reading view) and a bank of 10,000 questions (the library must not
freeze on it). Both stay under the format's 1 MiB per file, so they load instead of being refused.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED_BANK = ROOT / "questions" / "belarus-spagaat.yaml"

#: Title of generated bank ``n`` (1-based); the library row waits for the first one on screen.
BANK_TITLE = "Oefenbank {n:03d}: Belarus in spagaat"
#: Texts the reading row waits for: the long article's second paragraph (first draw) and its last
#: paragraph (after a scroll to the end). Both occur once in the article.
LONG_ID = "lang-artikel"
LONG_FIRST = "Dit oefenartikel telt {count} korte alinea's."
LONG_LAST = "Hier eindigt het lange oefenartikel."
#: The huge bank's id and title (it reuses the seed article).
BIG_ID = "grote-bank"
BIG_TITLE = "Grote oefenbank met {count} vragen"


class _Dumper(yaml.SafeDumper):
    """Dumps shared objects in full: the bank format forbids anchors and aliases."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


@dataclass(frozen=True)
class Seed:
    """The bundled bank, read with every scalar as text (as the app reads it), and its article."""

    bank: dict[str, Any]
    article_lines: list[str]

    @classmethod
    def load(cls) -> Seed:
        # BaseLoader keeps "1994", "juist" and dates as the text the author wrote; dumping quotes
        # what would otherwise read back as another type, so the copies mean what the seed means.
        bank = yaml.load(SEED_BANK.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        article = SEED_BANK.parent / bank["article"]
        return cls(bank, article.read_text(encoding="utf-8").splitlines())

    def questions(self, count: int) -> list[dict[str, Any]]:
        """``count`` questions: the seed's in order, then again with ids ``-2``, ``-3``…"""
        seed = self.bank["questions"]
        out: list[dict[str, Any]] = []
        for index in range(count):
            question = copy.deepcopy(seed[index % len(seed)])
            round_ = index // len(seed) + 1
            if round_ > 1:
                question["id"] = f"{question['id']}-{round_}"
            out.append(question)
        return out


def write_library(folder: Path, banks: int = 200, questions: int = 100) -> list[Path]:
    """``banks`` banks of ``questions`` questions, each with its own article file."""
    folder.mkdir(parents=True, exist_ok=True)
    seed = Seed.load()
    # The questions and vocabulary are the same text in every bank: dump them once.
    body = _dump({"questions": seed.questions(questions)})
    if seed.bank.get("vocabulary"):
        body += _dump({"vocabulary": seed.bank["vocabulary"]})
    written = []
    for n in range(1, banks + 1):
        stem = f"bank-{n:03d}"
        article = [f"{seed.article_lines[0]} (oefenbank {n})", *seed.article_lines[1:]]
        (folder / f"{stem}.txt").write_text("\n".join(article) + "\n", encoding="utf-8")
        head = {
            "id": f"oefenbank-{n:03d}",
            "title": BANK_TITLE.format(n=n),
            "language": "nl",
            "level": seed.bank["level"],
            "article": f"{stem}.txt",
            "people": seed.bank.get("people", []),
        }
        path = folder / f"{stem}.yaml"
        path.write_text(_dump(head) + body, encoding="utf-8")
        written.append(path)
    return written


def long_article_lines(count: int, seed: Seed) -> Iterator[str]:
    """A title, a lead naming the count, short paragraphs cut from the seed's sentences (each
    numbered, so no two are alike), and a last paragraph the questions quote."""
    sentences = [
        s.strip().rstrip(".") + "."
        for line in seed.article_lines[2:]
        for s in line.split(". ")
        if 4 <= len(s.split()) <= 14
    ]
    yield "Een heel lang oefenartikel over Belarus"
    yield LONG_FIRST.format(count=count)
    for n in range(3, count):
        yield f"{n}. {sentences[n % len(sentences)]}"
    yield LONG_LAST


def write_long_article(folder: Path, paragraphs: int = 10_000) -> Path:
    """A bank whose article has ``paragraphs`` short paragraphs (for ``quiz read``)."""
    folder.mkdir(parents=True, exist_ok=True)
    seed = Seed.load()
    lines = list(long_article_lines(max(paragraphs, 4), seed))
    (folder / f"{LONG_ID}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    bank = {
        "id": LONG_ID,
        "title": f"Een artikel van {len(lines)} alinea's",
        "language": "nl",
        "level": "B1",
        "article": f"{LONG_ID}.txt",
        "questions": [
            {
                "id": "telling",
                "category": "wat",
                "type": "short_answer",
                "prompt": "Hoeveel alinea's telt het artikel volgens de inleiding?",
                "answer": str(len(lines)),
                "evidence": lines[1],
                "explanation": "Dat staat in de inleiding.",
            },
            {
                "id": "einde",
                "category": "wat",
                "type": "true_false",
                "prompt": "Het artikel zegt aan het eind dat het daar ophoudt.",
                "answer": "juist",
                "evidence": LONG_LAST,
                "explanation": "De laatste alinea zegt het.",
            },
        ],
    }
    path = folder / f"{LONG_ID}.yaml"
    path.write_text(_dump(bank), encoding="utf-8")
    return path


def _unique_word_pairs(seed: Seed) -> list[tuple[str, str]]:
    """Short pairs of neighbouring words that occur in exactly one paragraph of the seed
    article: "___ second" with answer "first" is then a cloze the loader places without a
    ``paragraph:``."""
    lowered = [line.casefold() for line in seed.article_lines]
    pairs: dict[tuple[str, str], None] = {}
    for line in seed.article_lines[2:]:
        words = line.split()
        for first, second in pairwise(words):
            if not (first.isalpha() and second.isalpha()):
                continue
            if len(first) + len(second) <= 11 and min(len(first), len(second)) >= 2:
                pair = f"{first} {second}".casefold()
                if sum(pair in paragraph for paragraph in lowered) == 1:
                    pairs[(first, second)] = None
    return list(pairs)


def write_big_bank(folder: Path, questions: int = 10_000) -> Path:
    """One bank of ``questions`` questions on the seed article.

    The format refuses banks over 1 MiB, so a valid 10,000-question bank must average under
    105 bytes a question: these are one-line cloze questions in YAML flow style (the smallest
    kind that needs no ``evidence:``), with short base-36 ids. The point is the library coping
    with a huge bank, not the mix of kinds (the library banks have that).
    """
    folder.mkdir(parents=True, exist_ok=True)
    seed = Seed.load()
    (folder / f"{BIG_ID}.txt").write_text("\n".join(seed.article_lines) + "\n", encoding="utf-8")
    pairs = _unique_word_pairs(seed)
    lines = [
        f"id: {BIG_ID}",
        f"title: {BIG_TITLE.format(count=questions)}",
        "language: nl",
        "level: B1",
        f"article: {BIG_ID}.txt",
        "questions:",
    ]
    for n in range(questions):
        first, second = pairs[n % len(pairs)]
        category = ("wie", "wat")[n % 2]
        lines.append(
            f"- {{id: q{_base36(n)}, category: {category}, type: cloze, prompt: V, "
            f"text: ___ {second}, answer: {first}, explanation: x}}"
        )
    path = folder / f"{BIG_ID}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, rest = divmod(n, 36)
        out = digits[rest] + out
        if not n:
            return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, metavar="DIR", help="where to write the banks")
    parser.add_argument("--banks", type=int, default=200, help="how many banks (default 200)")
    parser.add_argument("--questions", type=int, default=100, help="questions per bank")
    parser.add_argument(
        "--paragraphs", type=int, metavar="N", help="also write a bank with an N-paragraph article"
    )
    parser.add_argument(
        "--big-bank", type=int, metavar="N", help="also write one bank of N questions"
    )
    args = parser.parse_args(argv)
    written = write_library(args.folder, args.banks, args.questions) if args.banks else []
    if args.paragraphs:
        written.append(write_long_article(args.folder, args.paragraphs))
    if args.big_bank:
        written.append(write_big_bank(args.folder, args.big_bank))
    print(f"{len(written)} banks written to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
