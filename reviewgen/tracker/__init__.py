"""Recommendation tracker: one database for inspection and learning review recommendations,
their actions, an append-only history of every change, and progress reports.

    db = open_tracker("tracker.sqlite3")                 # or a postgresql:// URL
    plans, _ = load_plans("reviews/inspection-action-plan.yaml")
    import_plans(db, plans, Stamp.now(by="Service Manager"))
    update_action(db, "R2.3", {"status": "complete", "evidence": "..."}, Stamp.now(by="..."))
    list_actions(db, today, at_risk_days, ActionFilter(overdue=True))
    write_report(db, "out/tracker", ["docx", "html"], config, since=last_board)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Each name is loaded from its module when first used, so a quick command (`tracker list`)
# imports neither the plan loaders nor the reports (matplotlib, the renderer, openpyxl).
_HOMES = {
    "reviewgen.tracker.actions": ("ActionFilter", "ActionView", "HistoryEntry", "find_action", "list_actions",
                                  "read_history", "update_action"),
    "reviewgen.tracker.changes": ("FieldChange", "Stamp", "apply_changes"),
    "reviewgen.tracker.importer": ("ImportResult", "import_plans"),
    "reviewgen.tracker.plans": ("Plan", "SourceIn", "load_plans", "plan_from_review"),
    "reviewgen.tracker.status": ("RAG_RULE", "STATUSES", "is_at_risk", "is_overdue", "rag_rating"),
    "reviewgen.tracker.storage": ("TrackerDB", "open_tracker"),
    "reviewgen.tracker.reports": ("build_report", "write_report"),
    "reviewgen.tracker.excel": ("export_actions",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

if TYPE_CHECKING:
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
    from reviewgen.tracker.excel import export_actions
    from reviewgen.tracker.importer import ImportResult, import_plans
    from reviewgen.tracker.plans import Plan, SourceIn, load_plans, plan_from_review
    from reviewgen.tracker.reports import build_report, write_report
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


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(module), name)
