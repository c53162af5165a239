"""Render a review through its Jinja2 template to Markdown, HTML and Word."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from reviewgen.config import Config
from reviewgen.render import DocumentMeta, render_template, write_document
from reviewgen.review.checks import review_deadlines
from reviewgen.review.loading import Review

TEMPLATES = {"CLR": "review/clr.md.j2", "ELR": "review/elr.md.j2"}


def review_markdown(review: Review, config: Config, today: date) -> str:
    deadlines = review_deadlines(review, config.timescales, today)
    return render_template(TEMPLATES[review.review_type], {"review": review, "deadlines": deadlines}, config)


def render_review(
    review: Review, out_stem: Path, formats: Iterable[str], config: Config, today: date
) -> list[Path]:
    """Write the review as `out_stem`.<format> for each format; returns the paths."""
    signoff = review.signoff
    meta = DocumentMeta(
        title=review.title,
        author=signoff.author,
        created=signoff.completed_date or signoff.started_date or today,
        marking=review.protective_marking,
        subject=f"{review.title.rsplit(' ', 1)[0]}, {review.yot_name}",
        keywords="learning review; youth justice",
    )
    return write_document(review_markdown(review, config, today), meta, out_stem, formats, config)
