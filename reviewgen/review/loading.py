"""Load a review YAML file into the right model, reporting every problem with its place.

The file's `review_type` chooses the model: CLR, ELR, or `notification` for the serious
incident notification that starts the process.
"""

from __future__ import annotations

from pathlib import Path

from reviewgen.errors import InputError, Problem
from reviewgen.review.models import CriticalLearningReview, ExtendedLearningReview
from reviewgen.review.notification import SeriousIncidentNotification
from reviewgen.yamlinput import format_path, load_yaml, validate_data

Review = CriticalLearningReview | ExtendedLearningReview
Document = Review | SeriousIncidentNotification
MODELS: dict[str, type[Document]] = {
    "CLR": CriticalLearningReview, "ELR": ExtendedLearningReview, "NOTIFICATION": SeriousIncidentNotification,
}


def load_review(path: str | Path) -> Review:
    """A validated CLR or ELR, chosen by the file's `review_type`; InputError otherwise."""
    return load_review_with_marks(path)[0]


def load_review_with_marks(path: str | Path) -> tuple[Review, dict]:
    """The review and where each field sits in the file (field path -> (line, column))."""
    document, marks = load_document_with_marks(path)
    if isinstance(document, SeriousIncidentNotification):
        line, column = marks.get(("review_type",), (1, 1))
        raise InputError.single(path, "is a serious incident notification, not a learning review", line=line,
                                column=column, field="review_type", fix="give a CLR or ELR file here")
    return document, marks


def load_document(path: str | Path) -> Document:
    """A validated CLR, ELR or serious incident notification."""
    return load_document_with_marks(path)[0]


def load_document_with_marks(path: str | Path) -> tuple[Document, dict]:
    data, marks = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError.single(path, "should be a set of named fields, not a single value",
                                line=1, fix="start from `reviewgen new clr PATH`")
    kind = str(data.get("review_type", "")).upper()
    if kind not in MODELS:
        line, column = marks.get(("review_type",), (1, 1))
        raise InputError.single(path, "must say which kind of review this is", line=line,
                                column=column, field="review_type",
                                fix="write review_type: CLR, review_type: ELR or review_type: notification")
    data = {**data, "review_type": kind.lower() if kind == "NOTIFICATION" else kind}
    document: Document = validate_data(data, MODELS[kind], path, marks)
    problems = []
    for loc, message, fix in document.reference_problems():
        where = marks.get(loc)
        problems.append(Problem(file=str(path), line=where[0] if where else None, column=where[1] if where else None,
                                field=format_path(loc), message=message, fix=fix))
    if problems:
        raise InputError(problems)
    return document, marks
