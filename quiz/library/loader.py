"""Loading a question bank: its YAML, its article, and every rule of docs/SPEC-bank-format.md.

A bank is only ever handed to the rest of the app when it has no error at all, so the quiz can
trust it (see ``model``). Authors, on the other hand, want to see every mistake at once, with
its line and a way to fix it — so loading never stops at the first problem and never raises,
whatever the file holds.
"""

from __future__ import annotations

import datetime
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quiz.bank.article import bank_article
from quiz.bank.evidence import EvidenceFinder, contains_word
from quiz.bank.files import read_yaml_file
from quiz.bank.schema import Ids, Reader, slugify
from quiz.bank.yaml.tree import MappingNode, Node, ScalarNode, SequenceNode
from quiz.core.model import Bank, Evidence, Person, Question, VocabEntry
from quiz.core.text import fold_for_search
from quiz.core.wording import join_and, shown
from quiz.diagnostics import Location, error, in_file_order
from quiz.kinds.reading import build_question
from quiz.library.quality import lint
from quiz.library.results import (
    BANK_SUFFIXES,
    LoadResult,
    duplicate_bank_ids,
    duplicate_id_error,
    find_bank_files,
)

__all__ = [
    "BANK_SUFFIXES",
    "MAX_QUESTIONS",
    "LoadResult",
    "duplicate_bank_ids",
    "duplicate_id_error",
    "find_bank_files",
    "load_bank",
]

TOP_KEYS = (
    "id",
    "title",
    "language",
    "level",
    "article",
    "source",
    "date",
    "people",
    "questions",
    "vocabulary",
)
TOP_REQUIRED = ("id", "title", "language", "level", "article", "questions")
LANGUAGES = ("nl",)
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
PERSON_KEYS = ("name", "role", "aliases")
VOCAB_KEYS = ("id", "word", "lemma", "pos", "de_het", "gloss", "evidence", "paragraph")
VOCAB_REQUIRED = ("word", "lemma", "pos", "gloss", "evidence")
PARTS_OF_SPEECH = (
    "noun",
    "verb",
    "adjective",
    "adverb",
    "preposition",
    "conjunction",
    "pronoun",
    "numeral",
    "expression",
)
ARTICLES = ("de", "het")
#: The most questions one bank may ask. A bank is read whole before the library can open it, so
#: the limit bounds that wait (10,000 questions take seconds); a real bank asks tens.
MAX_QUESTIONS = 10_000
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def load_bank(path: Path) -> LoadResult:
    """Read and validate one bank; never raises, whatever the file."""
    try:
        with _collector_paused():
            return _load(path)
    except Exception as exc:  # a bug of ours must not hide the other banks' reports
        problem = error(
            path,
            1,
            1,
            f"internal error while checking this bank: {type(exc).__name__}: {exc}",
            "please report this as a bug",
        )
        return LoadResult(path, None, (problem,))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector, paused while one bank loads.

    The collector runs after every few hundred new objects, and each run looks again at objects
    that are still alive. A bank's YAML tree and model are tens of thousands of small objects that
    all live until the bank is built, and a library's earlier banks stay loaded, so while loading
    a library the collector kept walking the same, growing heap: a quarter of ``quiz validate``'s
    time, with nothing to free, since loading makes no reference cycles. Paused per bank, it runs
    between banks instead (Mercurial's ``util.nogc`` does the same, for the same reason). A caller
    that turned the collector off keeps it off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _finish(
    path: Path,
    reader: Reader,
    bank: Bank | None,
    id_at: Location | None,
    article_path: Path | None = None,
) -> LoadResult:
    diagnostics = in_file_order(reader.diagnostics, path)
    ok = not any(d.is_error for d in diagnostics)
    return LoadResult(path, bank if ok else None, diagnostics, id_at, article_path)


def _load(path: Path) -> LoadResult:
    reader = Reader(path)
    root, problems = read_yaml_file(path)
    reader.add(problems)  # with a tree, these are warnings only
    if root is None:
        return _finish(path, reader, None, None)
    top = reader.mapping(root, "a bank", "a bank starts with lines such as 'id: …' and 'title: …'")
    if top is None:
        return _finish(path, reader, None, None)
    reader.check_keys(top, "the bank", TOP_KEYS, TOP_REQUIRED)
    bank_id = reader.slug(top, "id", "the bank")
    id_node = top.get("id")
    id_at = Location(path, id_node.start.line, id_node.start.column) if id_node else None
    title = reader.text(top, "title", "the bank")
    language = reader.choice(top, "language", "the bank", LANGUAGES)
    level = reader.choice(top, "level", "the bank", LEVELS)
    source = reader.optional_text(top, "source", "the bank")
    date = _date(reader, top)
    article, article_path = bank_article(reader, top, path)
    finder = EvidenceFinder(reader, article)
    people = _people(reader, top)
    ids = Ids()
    questions = _questions(reader, finder, ids, top)
    vocabulary = _vocabulary(reader, finder, ids, top)

    if reader.error_count or None in (bank_id, title, language, level, article, questions):
        return _finish(path, reader, None, id_at, article_path)
    assert bank_id and title and language and level and article and questions is not None
    bank = Bank(
        id=bank_id,
        title=title,
        language=language,
        level=level,
        path=path,
        article=article,
        questions=tuple(questions),
        people=people or (),
        vocabulary=vocabulary or (),
        source=source,
        date=date,
    )
    return _finish(path, reader, bank, id_at, article_path)


def _date(reader: Reader, top: MappingNode) -> str | None:
    value = reader.optional_text(top, "date", "the bank")
    if value is None:
        return None
    node = top.get("date")
    assert node is not None
    try:
        if not _DATE.match(value):
            raise ValueError(value)
        datetime.date.fromisoformat(value)
    except ValueError:
        reader.error(node, f"'date' must be a real date written yyyy-mm-dd, found {shown(value)}")
        return None
    return value


def _people(reader: Reader, top: MappingNode) -> tuple[Person, ...] | None:
    node = top.get("people")
    if node is None or (isinstance(node, ScalarNode) and node.is_missing):
        return ()
    seq = reader.sequence(node, "'people'")
    if seq is None:
        return None
    people: list[Person] = []
    names: dict[str, int] = {}
    for number, entry in enumerate(seq.items, start=1):
        mapping = reader.mapping(entry, f"person {number}")
        if mapping is None:
            continue
        what = f"person {number}"
        reader.check_keys(mapping, what, PERSON_KEYS, ("name", "role"))
        name = reader.text(mapping, "name", what)
        role = reader.text(mapping, "role", what)
        aliases: list[tuple[str, ScalarNode]] | None = []
        if mapping.get("aliases") is not None:
            aliases_node = mapping.get("aliases")
            assert aliases_node is not None
            aliases = reader.text_list(aliases_node, f"'aliases' of {what}", distinct=True)
        if name is not None:
            name_node = mapping.get("name")
            assert name_node is not None
            first = names.setdefault(fold_for_search(name), name_node.start.line)
            if first != name_node.start.line:
                reader.error(name_node, f"person '{name}' is listed twice (first at line {first})")
        if name is not None and role is not None and aliases is not None:
            people.append(Person(name, role, tuple(a for a, _ in aliases)))
    return tuple(people)


def _questions(
    reader: Reader, finder: EvidenceFinder, ids: Ids, top: MappingNode
) -> list[Question] | None:
    node = top.get("questions")
    if node is None:
        return None
    seq = reader.sequence(node, "'questions'")
    if seq is None:
        return None
    if not seq.items:
        reader.error(seq, "'questions' is empty", "a bank needs at least one question")
        return None
    if len(seq.items) > MAX_QUESTIONS:
        reader.error(
            seq.items[MAX_QUESTIONS],
            f"a bank may have at most {MAX_QUESTIONS:,} questions, this one has "
            f"{len(seq.items):,} (question {MAX_QUESTIONS + 1:,} starts here)",
            "split the questions over several banks",
        )
        return None
    built = [build_question(reader, finder, ids, q, n) for n, q in enumerate(seq.items, start=1)]
    questions = [q for q in built if q is not None]
    if len(questions) != len(built):
        return None
    key = top.key_node("questions")
    assert key is not None
    lint(reader, list(zip(questions, seq.items, strict=True)), key)
    linked = {n for q in questions for n in q.paragraphs}
    unlinked = finder.unlinked_body(linked)
    if unlinked:
        label = "body paragraph" if len(unlinked) == 1 else "body paragraphs"
        verb = "has" if len(unlinked) == 1 else "have"
        reader.warning(
            key,
            f"{label} {join_and(unlinked)} {verb} no question",
            "add questions whose evidence comes from them",
        )
    return questions


def _vocabulary(
    reader: Reader, finder: EvidenceFinder, ids: Ids, top: MappingNode
) -> tuple[VocabEntry, ...] | None:
    node = top.get("vocabulary")
    if node is None or (isinstance(node, ScalarNode) and node.is_missing):
        return ()
    seq = reader.sequence(node, "'vocabulary'")
    if seq is None:
        return None
    entries = [_vocab_entry(reader, finder, ids, e, n) for n, e in enumerate(seq.items, start=1)]
    return tuple(e for e in entries if e is not None)


def _vocab_entry(
    reader: Reader, finder: EvidenceFinder, ids: Ids, node: Node, number: int
) -> VocabEntry | None:
    mapping = reader.mapping(node, f"vocabulary entry {number}")
    if mapping is None:
        return None
    errors_before = reader.error_count
    word = reader.text(mapping, "word", f"vocabulary entry {number}")
    what = f"vocabulary entry '{word}'" if word else f"vocabulary entry {number}"
    reader.check_keys(mapping, what, VOCAB_KEYS, VOCAB_REQUIRED)
    lemma = reader.text(mapping, "lemma", what)
    pos = reader.choice(mapping, "pos", what, PARTS_OF_SPEECH)
    gloss = reader.text(mapping, "gloss", what)
    de_het = _de_het(reader, mapping, what, pos)
    entry_id = _vocab_id(reader, ids, mapping, what, lemma)

    evidence: Evidence | None = None
    evidence_node = mapping.get("evidence")
    if isinstance(evidence_node, SequenceNode):
        reader.error(evidence_node, f"'evidence' in {what} must be one quote, not a list")
    elif evidence_node is not None:
        quotes = finder.quotes(evidence_node, f"'evidence' in {what}")
        stated = finder.stated_paragraphs(mapping.get("paragraph"), f"'paragraph' in {what}")
        word_node = mapping.get("word")
        if (
            quotes
            and word is not None
            and word_node is not None
            and not contains_word(quotes[0].text, word)
        ):
            reader.error(
                word_node,
                f"the word '{word}' does not occur in its evidence",
                "the evidence must contain the word as it stands in the article",
            )
        if quotes is not None and stated is not None:
            resolved = finder.resolve(quotes, stated)
            evidence = resolved[0] if resolved else None

    if (
        reader.error_count > errors_before
        or entry_id is None
        or word is None
        or lemma is None
        or pos is None
        or gloss is None
        or evidence is None
    ):
        return None
    return VocabEntry(entry_id, word, lemma, pos, gloss, evidence, de_het)


def _de_het(reader: Reader, mapping: MappingNode, what: str, pos: str | None) -> str | None:
    """Nouns need their article (de/het); for any other word it would be a mistake."""
    node = mapping.get("de_het")
    if pos == "noun":
        if node is None:
            reader.error(mapping, f"{what} is a noun and needs 'de_het: de' or 'de_het: het'")
            return None
        return reader.choice(mapping, "de_het", what, ARTICLES)
    if pos is not None and node is not None:
        key = mapping.key_node("de_het")
        assert key is not None
        reader.error(key, f"'de_het' is only for nouns; {what} is {_a(pos)}", "remove it")
    return None


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _vocab_id(
    reader: Reader, ids: Ids, mapping: MappingNode, what: str, lemma: str | None
) -> str | None:
    if mapping.get("id") is not None:
        value = reader.slug(mapping, "id", what)
        node = mapping.get("id")
        if value is not None and node is not None and ids.claim(reader, value, node):
            return value
        return None
    if lemma is None:
        return None
    lemma_node = mapping.get("lemma")
    assert lemma_node is not None
    slug = slugify(lemma)
    if not slug:
        reader.error(lemma_node, f"cannot make an id from the lemma '{lemma}'", "add an 'id:'")
        return None
    value = "v-" + slug
    return value if ids.claim(reader, value, lemma_node, derived_from="the lemma") else None
