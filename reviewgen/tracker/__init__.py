"""Recommendation tracker: one database for inspection and learning review recommendations,
their actions, an append-only history of every change, and progress reports.

    db = open_tracker("tracker.sqlite3")                 # or a postgresql:// URL
    plans, _ = load_plans("reviews/inspection-action-plan.yaml")
    import_plans(db, plans, Stamp.now(by="Service Manager"))
    update_action(db, "R2.3", {"status": "complete", "evidence": "..."}, Stamp.now(by="..."))
    list_actions(db, today, at_risk_days, ActionFilter(overdue=True))
    write_report(db, "out/tracker", ["docx", "html"], config, since=last_board)
"""

from reviewgen.tracker.actions import (
    ActionFilter,
    ActionView,
    HistoryEntry,
    find_action,
    list_actions,
    read_history,
    update_action,
)
from reviewgen.tracker.changes import FieldChange, Stamp, apply_changes
from reviewgen.tracker.importer import ImportResult, import_plans
from reviewgen.tracker.plans import Plan, SourceIn, load_plans, plan_from_review
from reviewgen.tracker.status import RAG_RULE, STATUSES, is_at_risk, is_overdue, rag_rating
from reviewgen.tracker.storage import TrackerDB, open_tracker

__all__ = [
    "RAG_RULE",
    "STATUSES",
    "ActionFilter",
    "ActionView",
    "FieldChange",
    "HistoryEntry",
    "ImportResult",
    "Plan",
    "SourceIn",
    "Stamp",
    "TrackerDB",
    "apply_changes",
    "build_report",
    "export_actions",
    "find_action",
    "import_plans",
    "is_at_risk",
    "is_overdue",
    "list_actions",
    "load_plans",
    "open_tracker",
    "plan_from_review",
    "rag_rating",
    "read_history",
    "update_action",
    "write_report",
]


def __getattr__(name):
    # Reports pull in matplotlib and the renderer, the export openpyxl: load them only when
    # asked for, so a quick command (`tracker list`) starts quickly.
    if name in ("build_report", "write_report"):
        from reviewgen.tracker import reports

        return getattr(reports, name)
    if name == "export_actions":
        from reviewgen.tracker.excel import export_actions

        return export_actions
    raise AttributeError(name)
