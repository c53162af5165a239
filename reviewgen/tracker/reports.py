"""Progress reports from the tracker: the board's progress report and the council's
"response to recommendations", as Word, HTML, Markdown (through `reviewgen.render`) or
Excel.

`build_report` gathers every figure once into a `Report`; the templates in
`templates/tracker/` and the Excel writer only lay it out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from reviewgen.atomicio import atomic_path
from reviewgen.config import Config
from reviewgen.errors import InputError
from reviewgen.tracker.actions import ActionFilter, ActionView, check_source, to_views, view_query
from reviewgen.tracker.assurance import Assurance, RatingOverride, read_assurance, read_overrides
from reviewgen.tracker.committee import TO_COMPLETE, load_paper
from reviewgen.tracker.excel import write_sheet
from reviewgen.tracker.measures import MeasureView, measures_in
from reviewgen.tracker.models import History, Recommendation, Source
from reviewgen.tracker.risks import RiskView, read_risks
from reviewgen.tracker.status import (
    AMBER,
    BLOCKED,
    BLUE,
    DONE_STATUSES,
    GREEN,
    RED,
    STATUSES,
    brag_rule,
    rag_rating,
)
from reviewgen.tracker.storage import TrackerDB

FORMS = {"board": "board-report", "response": "response-to-recommendations", "committee": "committee-report"}
REPORT_FORMATS = ("docx", "html", "md", "pdf", "xlsx")
RAG_FILLS = {RED: "F4B6B6", AMBER: "FBD99C", GREEN: "B9E0B4", BLUE: "B3D4F5"}


@dataclass
class SourceSummary:
    reference: str
    kind: str
    title: str
    body: str | None
    date: date | None
    total: int = 0
    complete: int = 0


@dataclass
class RecommendationProgress:
    source: str
    number: str
    text: str
    addressed_to: str | None
    priority: str | None = None
    actions: list[ActionView] = field(default_factory=list)
    rag: str = GREEN
    computed_rag: str = GREEN  # the rule's rating, before any officer's override
    override: RatingOverride | None = None

    @property
    def total(self) -> int:
        return len(self.actions)

    @property
    def complete(self) -> int:
        return sum(a.status in DONE_STATUSES for a in self.actions)

    @property
    def percent(self) -> int:
        return round(100 * self.complete / self.total) if self.total else 0

    @property
    def done(self) -> list[ActionView]:
        return [a for a in self.actions if a.status in DONE_STATUSES]

    @property
    def not_done(self) -> list[ActionView]:
        return [a for a in self.actions if a.status not in DONE_STATUSES]

    @property
    def rating_text(self) -> str:
        """The rating as printed: an override says so, with the rule's rating and the reason."""
        if self.override is None:
            return self.rag.title()
        return f"{self.rag.title()} (officer's override of {self.computed_rag.title()}: {self.override.reason})"


@dataclass
class GroupProgress:
    """Actions for one owner or agency."""

    name: str
    total: int = 0
    complete: int = 0
    overdue: int = 0
    at_risk: int = 0


@dataclass
class ChangeSummary:
    """What happened to one action (or recommendation) since the last report."""

    source: str
    reference: str
    summary: str
    last_changed: datetime
    by: str


@dataclass
class Report:
    title: str
    today: date
    since: date | None
    next_report: date | None
    at_risk_days: int
    sources: list[SourceSummary]
    recommendations: list[RecommendationProgress]
    status_counts: dict[str, int]
    by_owner: list[GroupProgress]
    by_agency: list[GroupProgress]
    changes: list[ChangeSummary]
    status_timeline: list[tuple[date, dict[str, int]]]
    list_limit: int = 50
    rag_rule: str = field(default_factory=brag_rule)
    assurance: dict[tuple[str, str], Assurance] = field(default_factory=dict)
    measures: list[MeasureView] = field(default_factory=list)
    risks: list[RiskView] = field(default_factory=list)

    @cached_property
    def actions(self) -> list[ActionView]:
        return [a for rec in self.recommendations for a in rec.actions]

    @property
    def total(self) -> int:
        return sum(self.status_counts.values())

    @property
    def complete(self) -> int:
        return sum(self.status_counts.get(status, 0) for status in DONE_STATUSES)

    @property
    def percent(self) -> int:
        return round(100 * self.complete / self.total) if self.total else 0

    @property
    def headline(self) -> str:
        return f"{self.complete} of {self.total} actions complete"

    @cached_property
    def overdue(self) -> list[ActionView]:
        return sorted((a for a in self.actions if a.overdue), key=lambda a: (a.due_date, a.source, a.reference))

    @cached_property
    def at_risk(self) -> list[ActionView]:
        return sorted((a for a in self.actions if a.at_risk), key=lambda a: (a.due_date, a.source, a.reference))

    @cached_property
    def blocked(self) -> list[ActionView]:
        return [a for a in self.actions if a.status == BLOCKED]

    @property
    def rag_counts(self) -> dict[str, int]:
        counts = Counter(rec.rag for rec in self.recommendations)
        return {rag: counts.get(rag, 0) for rag in (RED, AMBER, GREEN, BLUE)}

    def assured(self, action: ActionView) -> Assurance:
        return self.assurance.get((action.source, action.reference)) or Assurance()

    @cached_property
    def due_date_changes(self) -> list[tuple[ActionView, Assurance]]:
        """Actions whose due date has moved, with the original date and the last reason."""
        return [(a, self.assured(a)) for a in self.actions if self.assured(a).due_changes]

    @cached_property
    def with_notes(self) -> list[ActionView]:
        """Actions still open with progress notes, for the board to read."""
        return [a for a in self.actions if a.notes and a.status not in DONE_STATUSES]

    @cached_property
    def assured_actions(self) -> list[tuple[ActionView, Assurance]]:
        """Verified and closed actions with who checked what, and the meeting that closed them."""
        return [(a, self.assured(a)) for a in self.actions if a.status in DONE_STATUSES[1:]]

    def days_overdue(self, action: ActionView) -> int:
        return (self.today - action.due_date).days if action.due_date else 0


def build_report(db: TrackerDB, today: date, at_risk_days: int, source: str | None = None,
                 since: date | None = None, next_report: date | None = None,
                 title: str | None = None, list_limit: int = 50,
                 on_track_share: float = 0.75) -> Report:
    """Every figure the reports show, for one source or all of them, as of `today`."""
    where = ActionFilter(source=source)
    with db.reading() as session:
        if source:
            check_source(session, source)
        source_query = select(Source.reference, Source.kind, Source.title, Source.body, Source.date).order_by(Source.id)
        rec_query = (select(Source.reference, Recommendation.number, Recommendation.text,
                            Recommendation.addressed_to, Recommendation.priority)
                     .join(Source, Source.id == Recommendation.source_id)
                     .order_by(Source.id, Recommendation.position))
        if source:
            source_query = source_query.where(Source.reference == source)
            rec_query = rec_query.where(Source.reference == source)
        sources = [SourceSummary(*row) for row in session.execute(source_query)]
        recommendations = {(row[0], row[1]): RecommendationProgress(*row) for row in session.execute(rec_query)}
        views = to_views(session.execute(where.apply(view_query(), today)), today, at_risk_days)
        changes = _changes_since(session, since, source) if since else []
        timeline = _status_timeline(session, source, today)
        assurance = read_assurance(session, source)
        overrides = read_overrides(session, source)
        measures = measures_in(session, source)
        # With one source, only the risks its actions mitigate; with all, the whole register.
        risks = [r for r in read_risks(session, source) if r.actions or not source]
    for view in views:
        recommendations[(view.source, view.recommendation)].actions.append(view)
    for key, rec in recommendations.items():
        rec.computed_rag = rag_rating(((a.status, a.due_date) for a in rec.actions), today, at_risk_days,
                                      on_track_share)
        rec.override = overrides.get(key)
        rec.rag = rec.override.rating if rec.override else rec.computed_rag
    by_source = {s.reference: s for s in sources}
    for view in views:
        by_source[view.source].total += 1
        by_source[view.source].complete += view.status in DONE_STATUSES
    counts = Counter(v.status for v in views)
    if title is None:
        title = (f"{sources[0].title}: action plan progress" if len(sources) == 1
                 else "Recommendations and actions: progress report")
    return Report(title=title, today=today, since=since, next_report=next_report, at_risk_days=at_risk_days,
                  sources=sources, recommendations=list(recommendations.values()),
                  status_counts={status: counts.get(status, 0) for status in STATUSES},
                  by_owner=_groups(views, lambda v: v.owner), by_agency=_groups(views, lambda v: v.agency),
                  changes=changes, status_timeline=timeline, list_limit=list_limit,
                  rag_rule=brag_rule(on_track_share), assurance=assurance, measures=measures, risks=risks)


def _groups(views: Iterable[ActionView], key) -> list[GroupProgress]:
    groups: dict[str, GroupProgress] = {}
    for view in views:
        name = key(view) or "(none)"
        group = groups.setdefault(name, GroupProgress(name))
        group.total += 1
        group.complete += view.status in DONE_STATUSES
        group.overdue += view.overdue
        group.at_risk += view.at_risk
    return sorted(groups.values(), key=lambda g: (-g.overdue, -(g.total - g.complete), g.name.lower()))


def _changes_since(session, since: date, source: str | None) -> list[ChangeSummary]:
    query = (select(Source.reference, History.reference, History.action_id, History.field, History.old_value,
                    History.new_value, History.changed_at, History.changed_by)
             .join(Source, Source.id == History.source_id)
             .where(History.changed_at >= datetime.combine(since, datetime.min.time()))
             .order_by(History.changed_at, History.id))
    if source:
        query = query.where(Source.reference == source)
    grouped: dict[tuple, list] = defaultdict(list)
    for row in session.execute(query):
        grouped[(row[0], row[1], row[2] is None)].append(row)
    summaries = []
    for (source_ref, reference, not_action), rows in grouped.items():
        fields = [r[3] for r in rows]
        added = all(r[4] is None for r in rows) and ("status" in fields or "text" in fields or "title" in fields)
        if added:
            text = "added"
            statuses = [r for r in rows if r[3] == "status"]
            if statuses:
                text += f" ({statuses[-1][5]})"
        else:
            parts = []
            statuses = [r for r in rows if r[3] == "status"]
            if statuses and statuses[0][4] != statuses[-1][5]:
                parts.append(f"status {statuses[0][4]} → {statuses[-1][5]}")
            due = [r for r in rows if r[3] == "due_date"]
            if due and due[0][4] != due[-1][5]:
                parts.append(f"due date {due[0][4] or 'none'} → {due[-1][5] or 'none'}")
            others = sorted({f.replace("_", " ") for f in fields} - {"status", "due date", "completed date"})
            if others:
                parts.append("updated " + ", ".join(others))
            text = "; ".join(parts) or "updated"
        if not_action and reference == source_ref:
            text, reference = "source " + text, "(source)"
        elif not_action:
            text = "recommendation " + text
        summaries.append(ChangeSummary(source_ref, reference, text, rows[-1][6], rows[-1][7]))
    summaries.sort(key=lambda c: (c.source, _natural(c.reference)))
    return summaries


def _natural(reference: str) -> list:
    import re

    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", reference)]


def _status_timeline(session, source: str | None, today: date, points: int = 24
                     ) -> list[tuple[date, dict[str, int]]]:
    """Counts of actions by status at evenly spaced dates, replayed from the history."""
    query = (select(History.action_id, History.new_value, History.changed_at)
             .where(History.field == "status", History.action_id.is_not(None))
             .order_by(History.changed_at, History.id))
    if source:
        query = query.join(Source, Source.id == History.source_id).where(Source.reference == source)
    rows = session.execute(query).all()
    if not rows:
        return []
    start = rows[0][2].date()
    span = max((today - start).days, 0)
    step = max(span / (points - 1), 1) if span else 1
    samples = sorted({date.fromordinal(start.toordinal() + round(i * step)) for i in range(points)
                      if round(i * step) <= span} | {today})
    current: dict[int, str] = {}
    timeline = []
    index = 0
    for sample in samples:
        end = datetime.combine(sample, datetime.max.time())
        while index < len(rows) and rows[index][2] <= end:
            current[rows[index][0]] = rows[index][1]
            index += 1
        counts = Counter(current.values())
        timeline.append((sample, {status: counts.get(status, 0) for status in STATUSES}))
    return timeline


# --- writing ---------------------------------------------------------------------------

def write_report(db: TrackerDB, out_dir: str | Path, formats: Iterable[str], config: Config,
                 form: str = "board", source: str | None = None, today: date | None = None,
                 since: date | None = None, next_report: date | None = None,
                 title: str | None = None, paper: str | Path | None = None) -> list[Path]:
    """Write the `form` report ("board", "response" or "committee") in each format; return
    the paths. `paper` is the committee paper's YAML (see reviewgen.tracker.committee)."""
    formats = list(dict.fromkeys(formats))
    if form not in FORMS:
        raise InputError.single("--form", f"unknown report form '{form}'", fix=f"use one of: {', '.join(FORMS)}")
    unknown = [f for f in formats if f not in REPORT_FORMATS]
    if unknown or not formats:
        raise InputError.single("--to", f"unknown report format '{', '.join(unknown)}'",
                                fix=f"use one or more of: {', '.join(REPORT_FORMATS)}")
    today = today or date.today()
    if paper is not None and form != "committee":
        raise InputError.single("--paper", "is only for the committee report", fix="add --form committee")
    committee_paper = load_paper(paper) if form == "committee" else None  # bad input stops before any output
    report = build_report(db, today, config.tracker.at_risk_days, source, since, next_report, title,
                          config.tracker.report_list_limit, config.tracker.on_track_percent / 100)
    out_dir = Path(out_dir)
    stem = FORMS[form] + (f"-{source}" if source else "")
    written = []
    if "xlsx" in formats:
        written.append(write_report_xlsx(report, out_dir / f"{stem}.xlsx"))
    documents = [f for f in formats if f != "xlsx"]
    if documents:
        from reviewgen.render import DocumentMeta, render_template, write_document

        charts = {}
        if form == "board":
            from reviewgen.tracker.charts import write_charts

            charts = write_charts(report, out_dir / f"{stem}-charts", relative_to=out_dir)
        context = {"report": report, "charts": charts, "organisation": config.organisation,
                   "form": form}
        if committee_paper is not None:
            context.update(paper=committee_paper, to_complete=TO_COMPLETE)
        markdown_text = render_template(f"tracker/{FORMS[form]}.md.j2", context, config)
        meta = DocumentMeta(title=report.title, author=config.organisation.name, created=today,
                            marking=None, subject="Recommendation tracking",
                            keywords="action plan, recommendations, progress")
        written += write_document(markdown_text, meta, out_dir / stem, documents, config, assets_dir=out_dir)
    return written


def write_report_xlsx(report: Report, target: Path) -> Path:
    """The board report's figures as a workbook, one visible sheet per table."""
    book = Workbook()
    summary = book.active
    assert isinstance(summary, Worksheet)  # a new workbook opens on one worksheet
    summary.title = "Summary"
    rows = [("Report date", report.today), ("Headline", report.headline),
            ("Per cent complete", report.percent / 100), ("Overdue", len(report.overdue)),
            ("At risk", len(report.at_risk))]
    rows += [(f"Status: {status}", count) for status, count in report.status_counts.items()]
    rows += [(f"Recommendations rated {rag}", count) for rag, count in report.rag_counts.items()]
    if report.since:
        rows.append(("Changes since", report.since))
    if report.next_report:
        rows.append(("Next report", report.next_report))
    rows.append(("RAG rule", report.rag_rule))
    write_sheet(summary, [("Measure", 30), ("Value", 60)], rows)
    summary["B4"].number_format = "0%"
    for row in summary.iter_rows(min_row=2, min_col=2, max_col=2):
        if isinstance(row[0].value, date):
            row[0].number_format = "yyyy-mm-dd"

    recs = book.create_sheet("Recommendations")
    write_sheet(recs, [("Source", 16), ("Recommendation", 10), ("Text", 60), ("Actions", 9), ("Complete", 9),
                       ("Per cent", 9), ("RAG", 8), ("Override reason", 40)],
                [(r.source, r.number, r.text, r.total, r.complete, r.percent / 100, r.rag.title(),
                  f"{r.override.reason} (rule: {r.computed_rag})" if r.override else None)
                 for r in report.recommendations])
    for (pct, rag) in recs.iter_rows(min_row=2, min_col=6, max_col=7):
        pct.number_format = "0%"
        rag.fill = PatternFill("solid", fgColor=RAG_FILLS[rag.value.lower()])

    action_headers = [("Source", 16), ("Reference", 10), ("Action", 50), ("Owner", 22), ("Agency", 22),
                      ("Due date", 12), ("Status", 13)]
    for name, actions in (("Overdue", report.overdue), ("At risk", report.at_risk)):
        write_sheet(book.create_sheet(name), action_headers,
                    [(a.source, a.reference, a.description, a.owner, a.agency, a.due_date, a.status)
                     for a in actions], date_columns=(6,))
    write_sheet(book.create_sheet("Due date changes"),
                [("Source", 16), ("Reference", 10), ("Action", 50), ("Original due", 12), ("Current due", 12),
                 ("Changes", 9), ("Last reason", 40)],
                [(a.source, a.reference, a.description, h.original_due, a.due_date, h.due_changes, h.last_due_reason)
                 for a, h in report.due_date_changes], date_columns=(4, 5))
    if report.since:
        write_sheet(book.create_sheet("Changes"), [("Source", 16), ("Reference", 10), ("Change", 50),
                                                   ("When", 18), ("By", 20)],
                    [(c.source, c.reference, c.summary, c.last_changed, c.by) for c in report.changes])
    group_headers = [("Actions", 9), ("Complete", 9), ("Overdue", 9), ("At risk", 9)]
    for name, groups in (("By owner", report.by_owner), ("By agency", report.by_agency)):
        write_sheet(book.create_sheet(name), [(name[3:].title(), 30), *group_headers],
                    [(g.name, g.total, g.complete, g.overdue, g.at_risk) for g in groups])
    with atomic_path(target) as tmp:
        book.save(tmp)
    return target
