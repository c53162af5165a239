"""Put action plans into the tracker: new rows added, changed fields updated, every
change in the history, and nothing written at all if any row is wrong.

Matching is by source reference, recommendation number and action reference, so
importing the same plan again adds nothing and records only what changed.

A re-import never silently reverts what a person changed with `tracker update` since
the field was last imported: such a field is a conflict. Conflicts stop the import
(nothing written) unless `prefer` says which side wins: "file" or "database".

Existing rows are read once as plain rows (no ORM objects); changed ones are written
with one batched UPDATE per set of changed columns, new ones with one batched INSERT
per table (COPY on PostgreSQL), and every history row with one more. The statements
sent do not grow with the plan's rows, so a 20,000-row plan takes seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from reviewgen.errors import InputError, Problem
from reviewgen.tracker.changes import (
    ACTION_FIELDS,
    RECOMMENDATION_FIELDS,
    VIA_IMPORT,
    VIA_UPDATE,
    FieldChange,
    Stamp,
    apply_changes,
    as_text,
    completion_dated,
)
from reviewgen.tracker.models import Action, History, Recommendation, Source
from reviewgen.tracker.plans import ActionIn, Plan
from reviewgen.tracker.status import NOT_STARTED
from reviewgen.tracker.storage import TrackerDB, insert_rows

ACTIONS = cast(Table, Action.__table__)
RECOMMENDATIONS = cast(Table, Recommendation.__table__)
HISTORY = cast(Table, History.__table__)

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


# Rows are read and written as plain tuples and dicts through SQLAlchemy Core: at 20,000
# actions, ORM objects (identity map, change tracking, a flush per object) cost more
# than the database's own work.
RECOMMENDATION_COLUMNS = ("id", "number", "position", *RECOMMENDATION_FIELDS)
ACTION_COLUMNS = ("id", "recommendation_id", "reference", "position", *ACTION_FIELDS)
NEW_RECOMMENDATION_COLUMNS = ("source_id", "number", "position", *RECOMMENDATION_FIELDS)
NEW_ACTION_COLUMNS = ("source_id", "recommendation_id", "reference", "position", *ACTION_FIELDS)
HISTORY_COLUMNS = ("source_id", "recommendation_id", "action_id", "reference", "field", "old_value", "new_value",
                   "changed_at", "changed_by", "note", "via")


@dataclass
class _NewRecommendation:
    """A recommendation to insert; `id` is filled in once it is."""

    number: str
    position: int
    values: dict[str, Any]
    id: int | None = None


@dataclass
class _NewAction:
    reference: str
    position: int
    parent: dict[str, Any] | _NewRecommendation
    planned: dict[str, Any]  # field: value, for every field given (blank ones left out)


class _PlanImport:
    """One plan into one transaction. Existing rows are read once (locked on PostgreSQL);
    changes to them go in as one batched UPDATE per set of changed columns, new rows as
    one batched INSERT per table, and every change's history row in one more."""

    def __init__(self, session: Session, plan: Plan, stamp: Stamp, result: ImportResult,
                 problems: list[Problem], prefer: Prefer | None, lock: bool):
        self.session, self.plan, self.stamp, self.result = session, plan, stamp, result
        self.problems, self.prefer, self.lock = problems, prefer, lock
        self.history: list[tuple] = []
        self.updates: dict[tuple[Table, tuple[str, ...]], list[dict[str, Any]]] = {}
        self.new_recommendations: list[_NewRecommendation] = []
        self.new_actions: list[_NewAction] = []

    def _select(self, query):
        # On PostgreSQL the rows are locked until commit, so a concurrent update waits for
        # the import instead of being overwritten by it (SQLite's BEGIN IMMEDIATE does this).
        return query.with_for_update() if self.lock else query

    def _rows(self, table: Table, columns: tuple[str, ...], source_id: int) -> list[dict[str, Any]]:
        query = self._select(select(*(table.c[name] for name in columns)).where(table.c.source_id == source_id))
        return [dict(zip(columns, row)) for row in self.session.connection().execute(query)]

    def run(self) -> None:
        source = self._source()
        if source is None:
            return
        self.source_id = source_id = source.id
        recommendations: dict[str, dict[str, Any] | _NewRecommendation] = {
            row["number"]: row for row in self._rows(RECOMMENDATIONS, RECOMMENDATION_COLUMNS, source_id)}
        actions = {row["reference"]: row for row in self._rows(ACTIONS, ACTION_COLUMNS, source_id)}
        new_references: set[str] = set()
        updated_by_hand = self._updated_by_hand(source_id) if actions else set()
        next_rec_position = max((r["position"] for r in recommendations.values() if isinstance(r, dict)),
                                default=0) + 1
        next_action_position = max((a["position"] for a in actions.values()), default=0) + 1
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
                rec = _NewRecommendation(rec_in.number, next_rec_position, {**rec_in.given(), "text": rec_in.text})
                next_rec_position += 1
                self.new_recommendations.append(rec)
                recommendations[rec_in.number] = rec
                self.result.recommendations_added += 1
            elif isinstance(rec, dict):
                self._change(RECOMMENDATIONS, rec, rec_in.given(),
                             (source_id, rec["id"], None, rec["number"]))
            for action_in in rec_in.actions:
                action = actions.get(action_in.reference)
                if action is None and action_in.reference not in new_references:
                    if self._new_action(rec, action_in, next_action_position):
                        next_action_position += 1
                        new_references.add(action_in.reference)
                    continue
                if action is None:
                    self.problems.append(Problem(origin, "this action reference appears twice in the plan",
                                                 line=action_in._line, field="reference",
                                                 fix="give each action its own reference"))
                    continue
                if not isinstance(rec, dict) or action["recommendation_id"] != rec["id"]:
                    self.problems.append(Problem(origin, "action is filed under another recommendation in the "
                                                 "tracker", line=action_in._line, field="recommendation",
                                                 fix="keep each action under the recommendation it was imported "
                                                     "with"))
                    continue
                self._existing_action(action, action_in, updated_by_hand)
        if not self.problems:  # nothing will be written: skip the work
            self._write()

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
        session.flush()  # its history rows go before the rest of the plan's
        return source

    def _updated_by_hand(self, source_id: int) -> set[tuple[int, str]]:
        """(action id, field) whose latest change came from `tracker update`, not an import."""
        latest = (select(func.max(History.id)).where(History.source_id == source_id, History.action_id.is_not(None))
                  .group_by(History.action_id, History.field))
        rows = self.session.execute(select(History.action_id, History.field, History.via)
                                    .where(History.id.in_(latest.scalar_subquery())))
        return {(action_id, name) for action_id, name, via in rows if action_id is not None and via != VIA_IMPORT}

    def _change(self, table: Table, current: dict[str, Any], planned: dict[str, Any],
                where: tuple[int, int | None, int | None, str]) -> bool:
        """Queue the update of `current` to the `planned` values that differ, with their history."""
        changed = {name: new for name, new in planned.items() if current[name] != new}
        if not changed:
            return False
        stamp = self.stamp
        for name, new in changed.items():
            change = FieldChange(where[3], name, as_text(current[name]), as_text(new))
            self.result.changes.append(change)
            self.history.append((*where, name, change.old, change.new, stamp.at, stamp.by, stamp.note, stamp.via))
            current[name] = new
        self.updates.setdefault((table, tuple(changed)), []).append({"_id": current["id"], **changed})
        return True

    def _new_action(self, rec: dict[str, Any] | _NewRecommendation, action_in: ActionIn, position: int) -> bool:
        values = _action_values(action_in)
        if not values.get("description"):
            self.problems.append(Problem(self.plan._origin, "a new action needs a description", line=action_in._line,
                                         field="description", fix="describe the action"))
            return False
        values.setdefault("status", NOT_STARTED)
        planned = completion_dated(NOT_STARTED, None, values, self.stamp.today)
        self.new_actions.append(_NewAction(action_in.reference, position, rec,
                                           {name: new for name, new in planned.items() if new is not None}))
        self.result.actions_added.append(action_in.reference)
        return True

    def _existing_action(self, action: dict[str, Any], action_in: ActionIn,
                         updated_by_hand: set[tuple[int, str]]) -> None:
        values = _action_values(action_in)
        today = self.stamp.today
        planned = completion_dated(action["status"], action["completed_date"], values, today)
        # Only what the file itself gives can conflict; a completion date that follows its status does not.
        conflicting = [name for name, new in planned.items() if name in values and action[name] != new
                       and (action["id"], name) in updated_by_hand]
        for name in conflicting:
            self.result.conflicts.append(Conflict(self.plan._origin, action_in._line, action["reference"], name))
        if conflicting and self.prefer != "file":
            values = {k: v for k, v in values.items() if k not in conflicting}
            if "status" in conflicting:
                values.pop("completed_date", None)  # it follows the status the tracker keeps
            planned = completion_dated(action["status"], action["completed_date"], values, today)
        where = (self.source_id, action["recommendation_id"], action["id"], action["reference"])
        if self._change(ACTIONS, action, planned, where):
            self.result.actions_changed.add(action["reference"])
        else:
            self.result.actions_unchanged += 1

    def _ids(self, key, table: Table) -> dict[str, int]:
        """{unique key: id} of the source's rows in `table`, e.g. action reference: id."""
        query = select(key, table.c.id).where(table.c.source_id == self.source_id)
        return {name: row_id for name, row_id in self.session.connection().execute(query)}

    def _write(self) -> None:
        """Batched UPDATEs of changed rows; new recommendations and actions (one batched
        INSERT each, their ids read back by their unique keys); then every history row."""
        session = self.session
        for (table, names), parameters in self.updates.items():
            statement = (update(table).where(table.c.id == bindparam("_id"))
                         .values({name: bindparam(name) for name in names}))
            session.execute(statement, parameters)
        source_id = self.source_id
        if self.new_recommendations:
            insert_rows(session, RECOMMENDATIONS, NEW_RECOMMENDATION_COLUMNS,
                        [(source_id, rec.number, rec.position, *map(rec.values.get, RECOMMENDATION_FIELDS))
                         for rec in self.new_recommendations])
            ids = self._ids(RECOMMENDATIONS.c.number, RECOMMENDATIONS)
            for rec in self.new_recommendations:
                rec.id = ids[rec.number]
        parents = [action.parent["id"] if isinstance(action.parent, dict) else action.parent.id
                   for action in self.new_actions]
        if self.new_actions:
            insert_rows(session, ACTIONS, NEW_ACTION_COLUMNS,
                        ((source_id, parent, action.reference, action.position, *map(action.planned.get, ACTION_FIELDS))
                         for action, parent in zip(self.new_actions, parents)))
        action_ids = self._ids(ACTIONS.c.reference, ACTIONS) if self.new_actions else {}
        insert_rows(session, HISTORY, HISTORY_COLUMNS, self._history_rows(parents, action_ids))
        self.history, self.updates, self.new_recommendations, self.new_actions = [], {}, [], []

    def _history_rows(self, parents: list[int | None], action_ids: dict[str, int]) -> Iterator[tuple]:
        """Every history row of the plan, in order: changes to existing rows, then each new
        recommendation's and new action's fields. Made as they are written."""
        yield from self.history
        source_id, stamp = self.source_id, self.stamp
        tail = (stamp.at, stamp.by, stamp.note, stamp.via)
        for rec in self.new_recommendations:
            for name, new in rec.values.items():
                if new is not None:
                    yield (source_id, rec.id, None, rec.number, name, None, as_text(new), *tail)
        for action, parent in zip(self.new_actions, parents):
            head = (source_id, parent, action_ids[action.reference], action.reference)
            for name, new in action.planned.items():
                yield (*head, name, None, new if type(new) is str else as_text(new), *tail)


def _action_values(action_in: ActionIn) -> dict[str, Any]:
    # A blank description or status never wipes one: an action always has both.
    values = action_in.given()
    if values.get("description", "") is None:
        del values["description"]
    if values.get("status", "") is None:
        del values["status"]
    return values


__all__ = ["PREFER_CHOICES", "VIA_UPDATE", "Conflict", "ImportResult", "Prefer", "import_plans"]
