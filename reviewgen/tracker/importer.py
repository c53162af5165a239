"""Put action plans into the tracker: new rows added, changed fields updated, every
change in the history, and nothing written at all if any row is wrong.

Matching is by source reference, recommendation number and action reference, so
importing the same plan again adds nothing and records only what changed.

A re-import never silently reverts what a person changed with `tracker update` since
the field was last imported: such a field is a conflict. Conflicts stop the import
(nothing written) unless `prefer` says which side wins: "file" or "database".

Rows go in with one batched INSERT per table and one for the history, so a
20,000-row plan takes seconds, not minutes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewgen.errors import InputError, Problem
from reviewgen.tracker.changes import (
    ACTION_FIELDS,
    VIA_IMPORT,
    VIA_UPDATE,
    FieldChange,
    Stamp,
    apply_changes,
    history_rows,
    new_action_changes,
    planned_changes,
    where_of,
)
from reviewgen.tracker.models import Action, History, Recommendation, Source
from reviewgen.tracker.plans import ActionIn, Plan
from reviewgen.tracker.status import NOT_STARTED
from reviewgen.tracker.storage import TrackerDB, insert_rows

Prefer = Literal["file", "database"]
PREFER_CHOICES = ("file", "database")


@dataclass(frozen=True)
class Conflict:
    """A field the file would change that was changed with `tracker update` since its last import."""

    origin: str
    line: int | None
    reference: str
    field: str


@dataclass
class ImportResult:
    dry_run: bool = False
    sources_added: list[str] = field(default_factory=list)
    recommendations_added: int = 0
    actions_added: list[str] = field(default_factory=list)
    actions_changed: set[str] = field(default_factory=set)
    actions_unchanged: int = 0
    changes: list[FieldChange] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    prefer: Prefer | None = None
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        verb = "would import" if self.dry_run else "imported"
        text = (f"{verb}: {len(self.sources_added)} new source(s), {self.recommendations_added} new "
                f"recommendation(s), {len(self.actions_added)} new action(s), "
                f"{len(self.actions_changed)} changed action(s), {self.actions_unchanged} unchanged")
        if self.conflicts:
            kept = "the file's value" if self.prefer == "file" else "the tracker's value"
            text += f"; {len(self.conflicts)} conflict(s), {kept} kept"
        return text


class _Rollback(Exception):
    """Raised inside the transaction to undo a dry run."""


def import_plans(db: TrackerDB, plans: list[Plan], stamp: Stamp, dry_run: bool = False,
                 prefer: Prefer | None = None) -> ImportResult:
    """Apply `plans` in one transaction; with `dry_run`, report what would change and undo it.

    A conflict (see the module's docstring) with no `prefer` is an InputError listing each one.
    """
    if prefer not in (None, *PREFER_CHOICES):
        raise InputError.single("--prefer", "is not file or database", fix="use --prefer file or --prefer database")
    stamp = Stamp(by=stamp.by, at=stamp.at, note=stamp.note, today=stamp.today, via=VIA_IMPORT)
    result = ImportResult(dry_run=dry_run, prefer=prefer)
    try:
        with db.writing() as session:
            problems: list[Problem] = []
            for plan in plans:
                _PlanImport(session, plan, stamp, result, problems, prefer, lock=not db.is_sqlite).run()
            if result.conflicts and prefer is None:
                problems += [_conflict_problem(c) for c in result.conflicts]
            if problems:
                raise InputError(problems)
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return result


def _conflict_problem(conflict: Conflict) -> Problem:
    return Problem(conflict.origin, f"{conflict.reference} was changed with `tracker update` since it was "
                   "imported, and the file gives another value", line=conflict.line, field=conflict.field,
                   fix="add --prefer database to keep the tracker's value, or --prefer file to take the file's")


@dataclass
class _NewRecommendation:
    """A recommendation to insert; `id` is filled by the batched insert."""

    row: dict[str, Any]
    planned: dict[str, tuple[Any, Any]]
    id: int | None = None


class _PlanImport:
    """One plan into one transaction. New rows are collected as plain rows and inserted with
    one batched statement per table; every change's history row goes in with one more."""

    def __init__(self, session: Session, plan: Plan, stamp: Stamp, result: ImportResult,
                 problems: list[Problem], prefer: Prefer | None, lock: bool):
        self.session, self.plan, self.stamp, self.result = session, plan, stamp, result
        self.problems, self.prefer, self.lock = problems, prefer, lock
        self.history: list[dict[str, Any]] = []
        self.new_recommendations: list[_NewRecommendation] = []
        self.new_actions: list[tuple[dict[str, Any], Recommendation | _NewRecommendation,
                                     dict[str, tuple[Any, Any]]]] = []

    def _select(self, query):
        # On PostgreSQL the rows are locked until commit, so a concurrent update waits for
        # the import instead of being overwritten by it (SQLite's BEGIN IMMEDIATE does this).
        return query.with_for_update() if self.lock else query

    def run(self) -> None:
        source = self._source()
        if source is None:
            return
        session = self.session
        recommendations: dict[str, Recommendation | _NewRecommendation] = {r.number: r for r in session.scalars(
            self._select(select(Recommendation).where(Recommendation.source_id == source.id)))}
        actions = {a.reference: a for a in session.scalars(
            self._select(select(Action).where(Action.source_id == source.id)))}
        new_references: set[str] = set()
        updated_by_hand = self._updated_by_hand(source.id) if actions else set()
        next_rec_position = max((r.position for r in recommendations.values()
                                 if isinstance(r, Recommendation)), default=0) + 1
        next_action_position = max((a.position for a in actions.values()), default=0) + 1
        origin = self.plan._origin
        for rec_in in self.plan.recommendations:
            rec = recommendations.get(rec_in.number)
            if rec is None:
                if not rec_in.text:
                    self.problems.append(Problem(origin, "a new recommendation needs its text", line=rec_in._line,
                                                 field="recommendation_text",
                                                 fix="give the recommendation's text (the 'Recommendation text' "
                                                     "column)"))
                    continue
                values = rec_in.given()
                row = {"source_id": source.id, "number": rec_in.number, "position": next_rec_position,
                       "addressed_to": None, **values, "text": rec_in.text}
                rec = _NewRecommendation(row, {name: (None, new) for name, new in values.items() if new is not None})
                next_rec_position += 1
                self.new_recommendations.append(rec)
                recommendations[rec_in.number] = rec
                self.result.recommendations_added += 1
            elif isinstance(rec, Recommendation):
                self._change(rec, rec_in.given())
            for action_in in rec_in.actions:
                action = actions.get(action_in.reference)
                if action is None and action_in.reference not in new_references:
                    if self._new_action(source, rec, action_in, next_action_position):
                        next_action_position += 1
                        new_references.add(action_in.reference)
                    continue
                if action is None:
                    self.problems.append(Problem(origin, "this action reference appears twice in the plan",
                                                 line=action_in._line, field="reference",
                                                 fix="give each action its own reference"))
                    continue
                if not isinstance(rec, Recommendation) or action.recommendation_id != rec.id:
                    self.problems.append(Problem(origin, "action is filed under another recommendation in the "
                                                 "tracker", line=action_in._line, field="recommendation",
                                                 fix="keep each action under the recommendation it was imported "
                                                     "with"))
                    continue
                self._existing_action(action, action_in, updated_by_hand)
        self._insert_new_rows()

    def _source(self) -> Source | None:
        plan, session = self.plan, self.session
        given = plan.source.model_fields_set - {"reference"}
        source = session.scalar(self._select(select(Source).where(Source.reference == plan.source.reference)))
        if source is None:
            missing = [name for name in ("kind", "title") if name not in given]
            if missing:
                self.problems.append(Problem(plan._origin, "this source is not in the tracker yet", field="source",
                                             fix="give its details: --title TITLE --kind KIND (and --body, --date)"))
                return None
            source = Source(reference=plan.source.reference, kind=plan.source.kind, title=plan.source.title)
            session.add(source)
            apply_changes(session, source, {n: getattr(plan.source, n) for n in ("kind", "title", "body", "date")},
                          self.stamp, created=True)
            self.result.sources_added.append(source.reference)
        else:
            self.result.changes += apply_changes(session, source, {n: getattr(plan.source, n) for n in given},
                                                 self.stamp)
        return source

    def _updated_by_hand(self, source_id: int) -> set[tuple[int, str]]:
        """(action id, field) whose latest change came from `tracker update`, not an import."""
        latest = (select(func.max(History.id)).where(History.source_id == source_id, History.action_id.is_not(None))
                  .group_by(History.action_id, History.field))
        rows = self.session.execute(select(History.action_id, History.field, History.via)
                                    .where(History.id.in_(latest.scalar_subquery())))
        return {(action_id, name) for action_id, name, via in rows if action_id is not None and via != VIA_IMPORT}

    def _change(self, target: Recommendation | Action, values: dict[str, Any]) -> list[FieldChange]:
        planned = planned_changes(target, values, self.stamp.today)
        for name, (_, new) in planned.items():
            setattr(target, name, new)
        changes, rows = history_rows(where_of(target), planned, self.stamp)
        self.history += rows
        self.result.changes += changes
        return changes

    def _new_action(self, source: Source, rec: Recommendation | _NewRecommendation, action_in: ActionIn,
                    position: int) -> bool:
        values = _action_values(action_in)
        if not values.get("description"):
            self.problems.append(Problem(self.plan._origin, "a new action needs a description", line=action_in._line,
                                         field="description", fix="describe the action"))
            return False
        values.setdefault("status", NOT_STARTED)
        planned = new_action_changes(values, self.stamp.today)
        row = dict.fromkeys(ACTION_FIELDS)
        row.update(source_id=source.id, reference=action_in.reference, position=position,
                   **{name: new for name, (_, new) in planned.items()})
        self.new_actions.append((row, rec, planned))
        self.result.actions_added.append(action_in.reference)
        return True

    def _existing_action(self, action: Action, action_in: ActionIn, updated_by_hand: set[tuple[int, str]]) -> None:
        values = _action_values(action_in)
        planned = planned_changes(action, values, self.stamp.today)
        # Only what the file itself gives can conflict; a completion date that follows its status does not.
        conflicting = [name for name in planned if name in values and (action.id, name) in updated_by_hand]
        for name in conflicting:
            self.result.conflicts.append(Conflict(self.plan._origin, action_in._line, action.reference, name))
        if conflicting and self.prefer != "file":
            values = {k: v for k, v in values.items() if k not in conflicting}
            if "status" in conflicting:
                values.pop("completed_date", None)  # it follows the status the tracker keeps
        if self._change(action, values):
            self.result.actions_changed.add(action.reference)
        else:
            self.result.actions_unchanged += 1

    def _insert_new_rows(self) -> None:
        """Flush the changed objects, insert new recommendations and actions (one batched
        statement each), read their ids back by their unique keys, then insert every
        history row in one more statement."""
        session = self.session
        session.flush()
        if self.new_recommendations:
            insert_rows(session, Recommendation.__table__, [rec.row for rec in self.new_recommendations])
            source_id = self.new_recommendations[0].row["source_id"]
            ids = {number: rec_id for number, rec_id in session.execute(
                select(Recommendation.number, Recommendation.id).where(Recommendation.source_id == source_id))}
            for rec in self.new_recommendations:
                rec.id = ids[rec.row["number"]]
                where = dict(source_id=source_id, recommendation_id=rec.id, reference=rec.row["number"])
                self.history += history_rows(where, rec.planned, self.stamp)[1]
        if self.new_actions:
            for row, parent, _ in self.new_actions:
                row["recommendation_id"] = parent.id
            insert_rows(session, Action.__table__, [row for row, _, _ in self.new_actions])
            source_id = self.new_actions[0][0]["source_id"]
            ids = {reference: action_id for reference, action_id in session.execute(
                select(Action.reference, Action.id).where(Action.source_id == source_id))}
            for row, _, planned in self.new_actions:
                where = dict(source_id=source_id, recommendation_id=row["recommendation_id"],
                             action_id=ids[row["reference"]], reference=row["reference"])
                self.history += history_rows(where, planned, self.stamp)[1]
        if self.history:
            insert_rows(session, History.__table__, self.history)
        self.history, self.new_recommendations, self.new_actions = [], [], []


def _action_values(action_in: ActionIn) -> dict[str, Any]:
    # A blank description or status never wipes one: an action always has both.
    return {k: v for k, v in action_in.given().items() if v is not None or k not in ("description", "status")}


__all__ = ["PREFER_CHOICES", "VIA_UPDATE", "Conflict", "ImportResult", "Prefer", "import_plans"]
