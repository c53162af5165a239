"""Learning reviews: the structured input, its validation, scaffolding and quality checks."""

from reviewgen.review.loading import Review, load_review
from reviewgen.review.models import (
    ActionPlanItem,
    CriticalLearningReview,
    ExtendedLearningReview,
    LearningItem,
    Recommendation,
    RecommendationAction,
)

__all__ = [
    "ActionPlanItem", "CriticalLearningReview", "ExtendedLearningReview", "LearningItem",
    "Recommendation", "RecommendationAction", "Review", "load_review",
]
