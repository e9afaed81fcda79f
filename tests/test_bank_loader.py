"""Loading a good bank into the model, finding bank files, and the promise that loading never
raises, whatever the file holds."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.model import Category, Evidence, Person, Span
from quiz.kinds.cloze import Cloze
from quiz.kinds.matching import Matching
from quiz.kinds.multiple_choice import MultipleChoice
from quiz.kinds.ordering import Ordering
from quiz.kinds.short_answer import ShortAnswer
from quiz.kinds.true_false import TrueFalse
from quiz.library import loader as bank_loader
from quiz.library.loader import LoadResult, duplicate_bank_ids, find_bank_files, load_bank

MINI = Path(__file__).parent / "fixtures" / "mini"
GOOD = MINI / "good.yaml"


@pytest.fixture(scope="module")
def good() -> LoadResult:
    return load_bank(GOOD)


def test_good_bank_loads_without_any_diagnostic(good: LoadResult) -> None:
    assert good.diagnostics == ()
    assert good.ok and good.bank is not None
    bank = good.bank
    assert (bank.id, bank.title, bank.language, bank.level) == (
        "mini",
        "Loekasjenko in de knel",
        "nl",
        "B1",
    )
    assert (bank.source, bank.date, bank.path) == ("Testkrant", "2022-03-20", GOOD)
    assert bank.article.path == MINI / "article.txt"
    assert len(bank.article.paragraphs) == 8
    assert bank.people == (
        Person("Aleksandr Loekasjenko", "president van Belarus", ("Loekasjenko",)),
        Person("Kemper", "expert"),
    )
    assert [type(q) for q in bank.questions] == [
        ShortAnswer,
        MultipleChoice,
        TrueFalse,
        Cloze,
        Ordering,
        Matching,
    ]
    assert bank.categories == (Category.WIE, Category.WANNEER, Category.WAAR, Category.WAT)


def test_good_bank_question_values(good: LoadResult) -> None:
    assert good.bank is not None
    short, mc, tf, cloze, ordering, matching = good.bank.questions
    assert isinstance(short, ShortAnswer)
    assert (short.answer, short.accept, short.points) == (
        "25 februari",
        ("vrijdag 25 februari",),
        2,
    )
    assert short.evidence == (
        Evidence(
            "Op vrijdag 25 februari vielen Russische militairen Oekraïne binnen",
            Span(3, 0, 66),
        ),
    )
    assert isinstance(mc, MultipleChoice)
    assert (mc.choices, mc.answer, mc.points) == (("Belarus", "Polen", "Litouwen"), "Belarus", 1)
    assert isinstance(tf, TrueFalse)
    assert tf.answer is True
    # the quote is in body paragraph 6 and in the pull quote (7): the body wins
    assert tf.paragraphs == (6,)
    assert isinstance(cloze, Cloze)
    assert cloze.text == "Belarus werd in ___ een onafhankelijk land"
    assert cloze.answer == "1991" and cloze.choices == ()
    assert cloze.evidence[0].quote == "Belarus werd in 1991 een onafhankelijk land"
    assert cloze.paragraphs == (8,)
    assert isinstance(ordering, Ordering)
    assert ordering.items == ("Sovjet-Unie", "onafhankelijkheid", "inval")
    assert ordering.paragraphs == (3, 4)
    assert isinstance(matching, Matching)
    assert matching.pairs == (("Loekasjenko", "president"), ("Kemper", "expert"))


def test_evidence_spans_point_at_the_quoted_text(good: LoadResult) -> None:
    assert good.bank is not None
    for question in good.bank.questions:
        for evidence in question.evidence:
            paragraph = good.bank.article.paragraph(evidence.span.paragraph)
            found = paragraph.text[evidence.span.start : evidence.span.end]
            assert found.casefold() == evidence.quote.casefold()


def test_good_bank_vocabulary(good: LoadResult) -> None:
    assert good.bank is not None
    plank, swallow = good.bank.vocabulary
    assert (plank.id, plank.word, plank.pos, plank.de_het, plank.gloss) == (
        "v-springplank",
        "springplank",
        "noun",
        "de",
        "springboard",
    )
    assert plank.evidence.span.paragraph == 4
    assert (swallow.id, swallow.de_het) == ("opgeslokt-worden", None)
    assert swallow.evidence.span.paragraph == 7  # stated: the pull quote


def test_result_properties_split_errors_and_warnings(tmp_path: Path) -> None:
    shutil.copy(MINI / "article.txt", tmp_path)
    text = GOOD.read_text(encoding="utf-8")
    text = text.replace("answer: 25 februari", "answer: 26 februari")  # warning
    text = text.replace("level: B1", "level: B7")  # error
    (tmp_path / "b.yaml").write_text(text, encoding="utf-8")
    result = load_bank(tmp_path / "b.yaml")
    assert not result.ok and result.bank is None
    assert [d.location.line for d in result.errors] == [5]
    assert [d.location.line for d in result.warnings] == [21]
    assert result.diagnostics == tuple(
        sorted(result.diagnostics, key=lambda d: (d.location.line, d.location.column))
    )


def test_warnings_alone_keep_the_bank(tmp_path: Path) -> None:
    shutil.copy(MINI / "article.txt", tmp_path)
    text = GOOD.read_text(encoding="utf-8").replace("answer: 25 februari", "answer: 26 februari")
    (tmp_path / "b.yaml").write_text(text, encoding="utf-8")
    result = load_bank(tmp_path / "b.yaml")
    assert result.ok and len(result.warnings) == 1 and result.errors == ()


def test_find_bank_files(tmp_path: Path) -> None:
    for name in ["b.yaml", "a.yml", "c.YAML", ".hidden.yaml", "notes.txt", "article.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    assert [p.name for p in find_bank_files(tmp_path)] == ["a.yml", "b.yaml", "c.YAML"]
    assert find_bank_files(tmp_path / "missing") == []
    assert find_bank_files(tmp_path / "b.yaml") == []


def test_duplicate_bank_ids_across_banks(tmp_path: Path) -> None:
    shutil.copy(MINI / "article.txt", tmp_path)
    for name in ["one.yaml", "two.yaml"]:
        shutil.copy(GOOD, tmp_path / name)
    results = [load_bank(tmp_path / "one.yaml"), load_bank(tmp_path / "two.yaml")]
    [d] = duplicate_bank_ids(results)
    assert d.location.path == tmp_path / "two.yaml"
    assert (d.location.line, d.location.column) == (2, 5)
    assert str(tmp_path / "one.yaml") in d.message


def test_an_unexpected_exception_becomes_a_located_diagnostic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(path: Path) -> LoadResult:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(bank_loader, "_load", broken)
    result = load_bank(GOOD)
    [d] = result.diagnostics
    assert d.is_error and result.bank is None
    assert "internal error" in d.message and "ZeroDivisionError" in d.message
    assert (d.location.path, d.location.line) == (GOOD, 1)


def _set_collector(enabled: bool) -> None:
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("fails", [False, True])
def test_loading_pauses_the_cycle_collector_and_leaves_it_as_it_was(
    monkeypatch: pytest.MonkeyPatch, enabled: bool, fails: bool
) -> None:
    seen: list[bool] = []
    load = bank_loader._load

    def watched(path: Path) -> LoadResult:
        seen.append(gc.isenabled())
        if fails:
            raise ZeroDivisionError("boom")
        return load(path)

    monkeypatch.setattr(bank_loader, "_load", watched)
    was = gc.isenabled()
    _set_collector(enabled)
    try:
        result = load_bank(GOOD)
        assert gc.isenabled() is enabled
    finally:
        _set_collector(was)
    assert seen == [False]
    assert result.ok is not fails


# -- never raises ---------------------------------------------------------------------------


def _check(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    assert result.ok == (not result.errors)
    assert all("internal error" not in d.message for d in result.diagnostics), [
        d.format() for d in result.diagnostics
    ]


_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(data=st.binary(max_size=400))
def test_load_bank_never_raises_on_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    _check(load_bank(path))


@_SETTINGS
@given(text=st.text(max_size=400))
def test_load_bank_never_raises_on_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check(load_bank(path))


@_SETTINGS
@given(
    cut=st.integers(min_value=0, max_value=3000),
    length=st.integers(min_value=0, max_value=40),
    insert=st.sampled_from(["", "~", "[", "]", "{", "- ", ": ", "\n", "  ", "'", "x: 1\n", "0"]),
)
def test_load_bank_never_raises_on_a_damaged_good_bank(
    tmp_path: Path, cut: int, length: int, insert: str
) -> None:
    shutil.copy(MINI / "article.txt", tmp_path)
    text = GOOD.read_text(encoding="utf-8")
    cut %= len(text)
    path = tmp_path / "damaged.yaml"
    path.write_text(text[:cut] + insert + text[cut + length :], encoding="utf-8")
    _check(load_bank(path))
