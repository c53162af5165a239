"""Put action plans into the tracker: new rows added, changed fields updated, every
change in the history, and nothing written at all if any row is wrong.

Matching is by source reference, recommendation number and action reference, so
importing the same plan again adds nothing and records only what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewgen.errors import InputError, Problem
from reviewgen.tracker.changes import FieldChange, Stamp, apply_changes
from reviewgen.tracker.models import Action, Recommendation, Source
from reviewgen.tracker.plans import Plan
from reviewgen.tracker.status import NOT_STARTED
from reviewgen.tracker.storage import TrackerDB


@dataclass
class ImportResult:
    dry_run: bool = False
    sources_added: list[str] = field(default_factory=list)
    recommendations_added: int = 0
    actions_added: list[str] = field(default_factory=list)
    actions_changed: set[str] = field(default_factory=set)
    actions_unchanged: int = 0
    changes: list[FieldChange] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        return (f"{verb}: {len(self.sources_added)} new source(s), {self.recommendations_added} new "
                f"recommendation(s), {len(self.actions_added)} new action(s), "
                f"{len(self.actions_changed)} changed action(s), {self.actions_unchanged} unchanged")


class _Rollback(Exception):
    """Raised inside the transaction to undo a dry run."""


def import_plans(db: TrackerDB, plans: list[Plan], stamp: Stamp, dry_run: bool = False) -> ImportResult:
    """Apply `plans` in one transaction; with `dry_run`, report what would change and undo it."""
    result = ImportResult(dry_run=dry_run)
    try:
        with db.writing() as session:
            problems: list[Problem] = []
            for plan in plans:
                _import_plan(session, plan, stamp, result, problems)
            if problems:
                raise InputError(problems)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return result


def _import_plan(session: Session, plan: Plan, stamp: Stamp, result: ImportResult,
                 problems: list[Problem]) -> None:
    origin = plan._origin
    given = plan.source.model_fields_set - {"reference"}
    source = session.scalar(select(Source).where(Source.reference == plan.source.reference))
    if source is None:
        missing = [name for name in ("kind", "title") if name not in given]
        if missing:
            problems.append(Problem(origin, "this source is not in the tracker yet", field="source",
                                    fix="give its details: --title TITLE --kind KIND (and --body, --date)"))
            return
        source = Source(reference=plan.source.reference, kind=plan.source.kind, title=plan.source.title)
        session.add(source)
        apply_changes(session, source, {n: getattr(plan.source, n) for n in ("kind", "title", "body", "date")},
                      stamp, created=True)
        result.sources_added.append(source.reference)
    else:
        result.changes += apply_changes(session, source, {n: getattr(plan.source, n) for n in given}, stamp)

    recommendations = {r.number: r for r in session.scalars(
        select(Recommendation).where(Recommendation.source_id == source.id))}
    actions = {a.reference: a for a in session.scalars(select(Action).where(Action.source_id == source.id))}
    next_rec_position = max((r.position for r in recommendations.values()), default=0) + 1
    next_action_position = max((a.position for a in actions.values()), default=0) + 1
    for rec_in in plan.recommendations:
        rec = recommendations.get(rec_in.number)
        if rec is None:
            if not rec_in.text:
                problems.append(Problem(origin, "a new recommendation needs its text", line=rec_in._line,
                                        field="recommendation_text",
                                        fix="give the recommendation's text (the 'Recommendation text' column)"))
                continue
            rec = Recommendation(source_id=source.id, number=rec_in.number, position=next_rec_position,
                                 text=rec_in.text)
            next_rec_position += 1
            session.add(rec)
            apply_changes(session, rec, rec_in.given(), stamp, created=True)
            recommendations[rec.number] = rec
            result.recommendations_added += 1
        else:
            result.changes += apply_changes(session, rec, rec_in.given(), stamp)
        for action_in in rec_in.actions:
            # A blank description or status never wipes one: an action always has both.
            values = {k: v for k, v in action_in.given().items()
                      if v is not None or k not in ("description", "status")}
            action = actions.get(action_in.reference)
            if action is None:
                if not values.get("description"):
                    problems.append(Problem(origin, "a new action needs a description", line=action_in._line,
                                            field="description", fix="describe the action"))
                    continue
                values.setdefault("status", NOT_STARTED)
                action = Action(source_id=source.id, recommendation_id=rec.id, reference=action_in.reference,
                                position=next_action_position, description="", status=NOT_STARTED)
                next_action_position += 1
                session.add(action)
                apply_changes(session, action, values, stamp, created=True)
                actions[action.reference] = action
                result.actions_added.append(action.reference)
                continue
            if action.recommendation_id != rec.id:
                problems.append(Problem(origin, "action is filed under another recommendation in the tracker",
                                        line=action_in._line, field="recommendation",
                                        fix="keep each action under the recommendation it was imported with"))
                continue
            changed = apply_changes(session, action, values, stamp)
            if changed:
                result.changes += changed
                result.actions_changed.add(action.reference)
            else:
                result.actions_unchanged += 1
