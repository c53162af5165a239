"""Outcome measures: one per recommendation (what shows the change worked, and its target),
kept from a learning review on import, with readings recorded over time.

    reviewgen tracker import reviews/clr-example.yaml          # keeps each measure and target
    reviewgen tracker measure R1 --source NYJS-CLR-2026-03 --value 62 --date 2026-09-30
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewgen.errors import InputError
from reviewgen.render.templating import long_date
from reviewgen.tracker.changes import VIA_IMPORT, Stamp, apply_changes
from reviewgen.tracker.models import Measure, MeasureReading, Recommendation, Source
from reviewgen.tracker.storage import TrackerDB
from reviewgen.yamlinput import load_yaml, validate_data


@dataclass
class MeasureView:
    """A measure as reports show it, with its readings oldest first."""

    source: str
    recommendation: str
    name: str
    target: str | None
    readings: list[tuple[date, float, str | None]] = field(default_factory=list)

    @property
    def latest(self) -> float | None:
        return self.readings[-1][1] if self.readings else None

    @property
    def change(self) -> float | None:
        """Latest reading less the first: None until there are two readings."""
        return self.readings[-1][1] - self.readings[0][1] if len(self.readings) > 1 else None

    @property
    def movement(self) -> str:
        if not self.readings:
            return "no readings yet"
        if self.change is None:
            return "one reading: no movement yet"
        since = long_date(self.readings[0][0])
        if self.change == 0:
            return f"no change since {since}"
        return f"{'up' if self.change > 0 else 'down'} {abs(self.change):g} since {since}"


def _recommendation(session: Session, source: str, number: str) -> Recommendation:
    rec = session.scalar(select(Recommendation).join(Source, Source.id == Recommendation.source_id)
                         .where(Source.reference == source, Recommendation.number == number))
    if rec is None:
        raise InputError.single(number, "no recommendation with this number in that source",
                                fix="check --source and the recommendation number, e.g. R1")
    return rec


def set_measure(session: Session, source: str, number: str, name: str, target: str | None) -> Measure:
    """Create or update the measure of one recommendation."""
    rec = _recommendation(session, source, number)
    measure = session.scalar(select(Measure).where(Measure.recommendation_id == rec.id))
    if measure is None:
        measure = Measure(recommendation_id=rec.id, name=name, target=target)
        session.add(measure)
    else:
        measure.name, measure.target = name, target
    session.flush()
    return measure


def import_review_measures(db: TrackerDB, path: str | Path, stamp: Stamp | None = None) -> int:
    """Keep each recommendation's measure, target and priority from a CLR or ELR file already
    imported; a changed priority goes into the history.

    Returns how many measures it set; other files (action plans, sheets) set none.
    """
    path = Path(path)
    if path.suffix.lower() not in (".yaml", ".yml"):
        return 0
    data, _ = load_yaml(path)
    if not isinstance(data, dict) or str(data.get("review_type", "")).upper() not in ("CLR", "ELR"):
        return 0
    from reviewgen.review import load_review

    review = load_review(path)
    # Marked as an import, like the rest of the file's changes (see reviewgen.tracker.changes).
    stamp = replace(stamp or Stamp.now(note=f"import of {path.name}"), via=VIA_IMPORT)
    with db.writing() as session:
        for rec in review.recommendations:
            apply_changes(session, _recommendation(session, review.reference, rec.id),
                          {"priority": rec.priority.value}, stamp)
        measured = [rec for rec in review.recommendations if rec.measure]
        for rec in measured:
            set_measure(session, review.reference, rec.id, rec.measure or "", rec.target)
    return len(measured)


def record_reading(db: TrackerDB, source: str, number: str, value: float, on: date, stamp: Stamp,
                   name: str | None = None, target: str | None = None) -> MeasureView:
    """Record one reading; `name` (and `target`) define the measure if it has none yet."""
    with db.writing() as session:
        rec = _recommendation(session, source, number)
        measure = session.scalar(select(Measure).where(Measure.recommendation_id == rec.id))
        if name:
            measure = set_measure(session, source, number, name, target if target is not None else
                                  (measure.target if measure else None))
        if measure is None:
            raise InputError.single(number, "has no outcome measure yet",
                                    fix="name it with --name (and --target), or import the review that defines it")
        session.add(MeasureReading(measure_id=measure.id, reading_date=on, value=value, note=stamp.note,
                                   recorded_by=stamp.by, recorded_at=stamp.at))
    return read_measures(db, source, number)[0]


def read_measures(db: TrackerDB, source: str | None = None, number: str | None = None) -> list[MeasureView]:
    with db.reading() as session:
        return measures_in(session, source, number)


def measures_in(session: Session, source: str | None = None, number: str | None = None) -> list[MeasureView]:
    """Every measure (of one source, or one recommendation) with its readings."""
    query = (select(Measure.id, Source.reference, Recommendation.number, Measure.name, Measure.target)
             .join(Recommendation, Recommendation.id == Measure.recommendation_id)
             .join(Source, Source.id == Recommendation.source_id)
             .order_by(Source.id, Recommendation.position))
    if source:
        query = query.where(Source.reference == source)
    if number:
        query = query.where(Recommendation.number == number)
    views = {row[0]: MeasureView(*row[1:]) for row in session.execute(query)}
    if views:
        readings = (select(MeasureReading.measure_id, MeasureReading.reading_date, MeasureReading.value,
                           MeasureReading.note)
                    .where(MeasureReading.measure_id.in_(views))
                    .order_by(MeasureReading.reading_date, MeasureReading.id))
        for measure_id, on, value, note in session.execute(readings):
            views[measure_id].readings.append((on, value, note))
    return list(views.values())


def measures_chart(measures: list[MeasureView]) -> tuple[str, bytes] | None:
    """One line per measure with two or more readings, on small multiples."""
    import matplotlib.pyplot as plt

    from reviewgen.tracker.charts import _png

    drawn = [m for m in measures if len(m.readings) > 1]
    if not drawn:
        return None
    figure, axes_list = plt.subplots(len(drawn), 1, figsize=(7, 1.8 * len(drawn)), squeeze=False)
    for axes, measure in zip(axes_list[:, 0], drawn):
        axes.plot([r[0] for r in measure.readings], [r[1] for r in measure.readings], marker="o", color="#1565c0")
        axes.set_title(f"{measure.source} {measure.recommendation}: {measure.name}"[:90], fontsize=8)
        axes.tick_params(labelsize=7)
    figure.autofmt_xdate()
    figure.tight_layout()
    return "Outcome measures over time", _png(figure)


class ReadingIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    source: str = Field(min_length=1)
    recommendation: str = Field(min_length=1)
    date: dt.date
    value: float
    note: str | None = None


class Readings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    readings: list[ReadingIn] = Field(min_length=1)


def import_readings(db: TrackerDB, path: str | Path, stamp: Stamp) -> tuple[int, int]:
    """Record every reading in a YAML file; one already recorded (same date and value) is
    skipped, so the file can be imported again. Returns (recorded, skipped)."""
    data, marks = load_yaml(path)
    readings = validate_data(data, Readings, path, marks).readings
    recorded = skipped = 0
    with db.writing() as session:
        for index, reading in enumerate(readings):
            rec = session.scalar(select(Recommendation).join(Source, Source.id == Recommendation.source_id)
                                 .where(Source.reference == reading.source,
                                        Recommendation.number == reading.recommendation))
            measure = rec and session.scalar(select(Measure).where(Measure.recommendation_id == rec.id))
            if measure is None:
                line = (marks.get(("readings", index)) or (None,))[0]
                raise InputError.single(path, "this recommendation has no outcome measure in the tracker",
                                        line=line, field=f"readings[{index}]",
                                        fix="import the review that defines it, or name it with `tracker measure --name`")
            exists = session.scalar(select(MeasureReading.id).where(
                MeasureReading.measure_id == measure.id, MeasureReading.reading_date == reading.date,
                MeasureReading.value == reading.value))
            if exists is not None:
                skipped += 1
                continue
            session.add(MeasureReading(measure_id=measure.id, reading_date=reading.date, value=reading.value,
                                       note=reading.note, recorded_by=stamp.by, recorded_at=stamp.at))
            recorded += 1
    return recorded, skipped
