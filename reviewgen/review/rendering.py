"""Render a review, or a serious incident notification, through its Jinja2 template to
Markdown, HTML and Word."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from reviewgen.config import Config
from reviewgen.render import DocumentMeta, render_template, write_document
from reviewgen.review.checks import CLOCK_STARTS, notification_deadline, review_deadlines
from reviewgen.review.loading import Document
from reviewgen.review.models import LEGACY_INCIDENT_TYPES
from reviewgen.review.notification import SeriousIncidentNotification

TEMPLATES = {"CLR": "review/clr.md.j2", "ELR": "review/elr.md.j2", "notification": "review/notification.md.j2"}


def review_markdown(review: Document, config: Config, today: date) -> str:
    if isinstance(review, SeriousIncidentNotification):
        incident = review.incident
        deadlines = [notification_deadline(incident.yjs_aware_date, incident.notification_date,
                                           config.timescales, today)]
    else:
        deadlines = review_deadlines(review, config.timescales, today)
    context = {"review": review, "deadlines": deadlines, "legacy_types": LEGACY_INCIDENT_TYPES,
               "clock_starts": CLOCK_STARTS, "timescales": config.timescales}
    return render_template(TEMPLATES[review.review_type], context, config)


def _meta(review: Document, today: date) -> DocumentMeta:
    if isinstance(review, SeriousIncidentNotification):
        return DocumentMeta(title=review.title, author=review.notified_by.name,
                            created=review.incident.notification_date or today,
                            marking=review.protective_marking, subject=f"Serious incident, {review.yjs_name}",
                            keywords="serious incident notification; youth justice")
    signoff = review.signoff
    return DocumentMeta(
        title=review.title,
        author=signoff.author,
        created=signoff.completed_date or signoff.started_date or today,
        marking=review.protective_marking,
        subject=f"{review.title.rsplit(' ', 1)[0]}, {review.yot_name}",
        keywords="learning review; youth justice",
    )


def render_review(
    review: Document, out_stem: Path, formats: Iterable[str], config: Config, today: date
) -> list[Path]:
    """Write the review as `out_stem`.<format> for each format; returns the paths."""
    return write_document(review_markdown(review, config, today), _meta(review, today), out_stem, formats, config)
