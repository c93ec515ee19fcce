"""What the page-splitting tests share: the check that no printed character was dropped."""

from govdb.ingest.segment import Page


def uncovered(text: str, page: Page) -> str:
    """The printed characters of `text` that no article and no page-level paratext holds."""
    covered = [False] * len(text)
    spans = [span for a in page.articles for span in a.printed]
    spans += [(t.start, t.end) for t in page.leftovers]
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    return "".join(c for c, seen in zip(text, covered, strict=True) if not seen and not c.isspace())
