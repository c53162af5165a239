"""Load a review YAML file into the right model, reporting every problem with its place."""

from __future__ import annotations

from pathlib import Path

from reviewgen.errors import InputError, Problem
from reviewgen.review.models import CriticalLearningReview, ExtendedLearningReview
from reviewgen.yamlinput import format_path, load_yaml, validate_data

Review = CriticalLearningReview | ExtendedLearningReview
MODELS: dict[str, type[CriticalLearningReview] | type[ExtendedLearningReview]] = {
    "CLR": CriticalLearningReview, "ELR": ExtendedLearningReview,
}


def load_review(path: str | Path) -> Review:
    """A validated CLR or ELR, chosen by the file's `review_type`; InputError otherwise."""
    return load_review_with_marks(path)[0]


def load_review_with_marks(path: str | Path) -> tuple[Review, dict]:
    """The review and where each field sits in the file (field path -> (line, column))."""
    data, marks = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError.single(path, "should be a set of named fields, not a single value",
                                line=1, fix="start from `reviewgen new clr PATH`")
    kind = str(data.get("review_type", "")).upper()
    if kind not in MODELS:
        line, column = marks.get(("review_type",), (1, 1))
        raise InputError.single(path, "must say which kind of review this is", line=line,
                                column=column, field="review_type", fix="write review_type: CLR or review_type: ELR")
    data = {**data, "review_type": kind}
    review: Review = validate_data(data, MODELS[kind], path, marks)
    problems = []
    for loc, message, fix in review.reference_problems():
        where = marks.get(loc)
        problems.append(Problem(file=str(path), line=where[0] if where else None, column=where[1] if where else None,
                                field=format_path(loc), message=message, fix=fix))
    if problems:
        raise InputError(problems)
    return review, marks
