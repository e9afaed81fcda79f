"""How long the reading view takes to show a long article, and how much memory it needs.

Run: ``.venv/bin/python benchmarks/article_view.py [PARAGRAPHS ...]`` (default 10000 100000).
Each size runs in a fresh interpreter, so its peak memory (max RSS) is its own: it mounts an
``ArticleView`` of that many short paragraphs under ``App.run_test`` at 100×30, waits for the
first frame, then scrolls to the end (End without its animation) and waits for that frame.
Nothing here asserts: speed is watched, not tested (tests/ui/test_article_long.py checks that
long articles work at all).
"""

from __future__ import annotations

import asyncio
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.core.model import Article

DEFAULT_SIZES = (10_000, 100_000)
#: A size that has not drawn after this long is reported as such (the old widget-per-paragraph
#: view never drew 100,000 paragraphs).
TIMEOUT_SECONDS = 600

SENTENCES = (
    "Loekasjenko steunt zijn vriend Poetin.",
    "De Russen gebruikten Belarus als springplank voor de invasie van Oekraïne, zegt Kemper.",
    "Volgens de Amerikaanse inlichtingendiensten wordt het steeds waarschijnlijker dat "
    "militairen uit Belarus binnenkort meevechten.",
    "Onder druk",
    "“Poetin wil Belarus gebruiken voor zijn eigen agenda.”",
)


def make_article(count: int) -> Article:
    """``count`` short paragraphs of every kind, as the loader would number them."""
    from quiz.core.model import Article, Paragraph, ParagraphKind

    kinds = (
        ParagraphKind.BODY,
        ParagraphKind.BODY,
        ParagraphKind.BODY,
        ParagraphKind.SUBHEADING,
        ParagraphKind.PULL_QUOTE,
    )
    paragraphs = [Paragraph(1, ParagraphKind.TITLE, "Een heel lang artikel", 1)]
    paragraphs += [Paragraph(n, kinds[n % 5], SENTENCES[n % 5], n) for n in range(2, count + 1)]
    return Article(path=Path("lang.txt"), paragraphs=tuple(paragraphs))


def measure_one(count: int) -> dict[str, float]:
    """Mount, first frame, End: seconds each, and the peak memory of this process."""
    from textual.app import App, ComposeResult

    from quiz.ui.widgets.article_view import ArticleView

    article = make_article(count)
    before_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    class ArticleApp(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleView(article, id="article")

    figures: dict[str, float] = {}

    async def run() -> None:
        start = time.perf_counter()
        async with ArticleApp().run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            figures["first_frame_s"] = time.perf_counter() - start
            view = pilot.app.query_one(ArticleView)
            figures["rows"] = view.virtual_size.height  # the whole article was laid out
            start = time.perf_counter()
            view.scroll_end(animate=False)  # End without its animation: the cost of drawing there
            await pilot.pause()
            figures["end_s"] = time.perf_counter() - start

    asyncio.run(run())
    after_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures["peak_rss_mib"] = after_kib / 1024
    figures["growth_mib"] = (after_kib - before_kib) / 1024
    return figures


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(measure_one(int(sys.argv[2]))))
        return
    sizes = [int(arg) for arg in sys.argv[1:]] or list(DEFAULT_SIZES)
    print(
        f"{'paragraphs':>10}  {'first frame':>11}  {'End':>7}  {'peak RSS':>9}  {'growth':>8}"
        f"  {'rows':>9}"
    )
    for count in sizes:
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(count)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                check=True,
            )
        except subprocess.TimeoutExpired:
            print(f"{count:>10}  not drawn after {TIMEOUT_SECONDS} s")
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{count:>10}  {figures['first_frame_s']:>10.2f}s  {figures['end_s']:>6.2f}s"
            f"  {figures['peak_rss_mib']:>7.0f}MB  {figures['growth_mib']:>6.0f}MB"
            f"  {figures['rows']:>9.0f}"
        )


if __name__ == "__main__":
    main()
