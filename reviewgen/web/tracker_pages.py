"""The recommendation tracker in the browser: the actions, filtered as `reviewgen tracker list`
filters them; one action with its recommendation, an update form and its history; the board
report in Word, Excel and HTML.

Everything goes through the tracker's own functions: `list_actions` with an `ActionFilter`,
`update_action` with a `Stamp` for the signed-in user (so the history records a change made
here exactly as `reviewgen tracker update` records it), `read_history` and `write_report`.
Managers, IG officers and approvers update; reviewers and viewers read.

An update carries the id of the action's newest history row when the form was shown: if the
action has changed since (someone else's update, or a re-import), nothing is saved and the
page says so, with the action as it now stands.
"""

from __future__ import annotations

import tempfile
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from reviewgen.config import Config
from reviewgen.errors import InputError, Problem
from reviewgen.tracker import (
    STATUSES,
    ActionFilter,
    ActionView,
    Stamp,
    is_at_risk,
    is_overdue,
    list_actions,
    rag_rating,
    read_history,
    update_action,
)
from reviewgen.tracker.assurance import read_overrides
from reviewgen.tracker.models import Action, History, Source
from reviewgen.tracker.status import DEFERRED, DONE_STATUSES
from reviewgen.web.accounts import Account, record
from reviewgen.web.app import current, error_summary, form_of, page, redirect, settings_of

UPDATERS = ("manager", "ig-officer", "approver")
PAGE_SIZE = 200
REPORT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
}
# The charts are drawn with pyplot, whose figures are global state: one report at a time.
_report_lock = threading.Lock()


def _config(request: Request) -> Config:
    return settings_of(request).config or Config()


# --- the list ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    """The list's filters as the GET form sends them."""

    source: str = ""
    status: str = ""
    owner: str = ""
    agency: str = ""
    overdue: bool = False
    at_risk: bool = False

    @classmethod
    def of(cls, params: QueryParams) -> Filters:
        text = {name: params.get(name, "").strip() for name in ("source", "status", "owner", "agency")}
        return cls(**text, overdue=params.get("overdue") == "yes", at_risk=params.get("at_risk") == "yes")

    def action_filter(self, at_risk_days: int) -> ActionFilter:
        """The CLI's filter. At risk is `--due-within` the config's at-risk days, the same
        rule as `is_at_risk`; overdue and at risk together mean either (see `keep`)."""
        either = self.overdue and self.at_risk
        return ActionFilter(source=self.source or None, owner=self.owner or None, agency=self.agency or None,
                            status=self.status or None, overdue=self.overdue and not either,
                            due_within_days=at_risk_days if self.at_risk and not either else None)

    def keep(self, views: list[ActionView]) -> list[ActionView]:
        if self.overdue and self.at_risk:
            return [v for v in views if v.overdue or v.at_risk]
        return views

    def query(self, **extra: Any) -> str:
        values = {"source": self.source, "status": self.status, "owner": self.owner, "agency": self.agency,
                  "overdue": "yes" if self.overdue else "", "at_risk": "yes" if self.at_risk else "", **extra}
        return urlencode({name: value for name, value in values.items() if value})


def progress(view: ActionView) -> tuple[str, str]:
    """(text, tag colour) for how an action stands: the words carry it, the colour only repeats it."""
    if view.overdue:
        return "Overdue", "red"
    if view.at_risk:
        return "At risk", "orange"
    if view.status in DONE_STATUSES:
        return "Done", "green"
    if view.status == DEFERRED:
        return "Deferred", "grey"
    return "On track", "turquoise"


# The tag colour of each status (none: GOV.UK's default blue).
STATUS_COLOURS = {"not started": "grey", "in progress": "", "complete": "green", "verified": "teal",
                  "closed": "purple", "blocked": "red", "deferred": "yellow"}


def _choices(session: Any) -> dict[str, list[Any]]:
    """The values the filter selects offer: every source, owner and agency in the tracker."""
    def distinct(column: Any) -> list[str]:
        return sorted((v for v in session.scalars(select(column).distinct()) if v), key=str.casefold)

    return {"sources": [tuple(row) for row in session.execute(select(Source.reference, Source.title)
                                                              .order_by(Source.id))],
            "owners": distinct(Action.owner), "agencies": distinct(Action.agency)}


def _action_ids(session: Any, views: list[ActionView]) -> dict[tuple[str, str], int]:
    """{(source, reference): action id} for the actions on one page of the list."""
    query = (select(Source.reference, Action.reference, Action.id).join(Source, Source.id == Action.source_id)
             .where(Source.reference.in_(sorted({v.source for v in views})),
                    Action.reference.in_(sorted({v.reference for v in views}))))
    return {(source, reference): action_id for source, reference, action_id in session.execute(query)}


FILTER_FIELDS = {"--status": ("status", "Choose a status from the list"),
                 "--source": ("source", "Choose a source from the list")}


def _field_errors(error: InputError) -> list[dict[str, str]]:
    """Error summary items, linked to the form field each problem belongs to."""
    items = []
    for problem in error.problems:
        if problem.file in FILTER_FIELDS:
            field, text = FILTER_FIELDS[problem.file]
            items.append({"text": text, "field": field})
        else:
            items.extend(error_summary(InputError([problem])))
    return items


def _page_number(value: str | None) -> int:
    return int(value) if value and value.isdigit() and 0 < int(value) < 1_000_000 else 1


async def tracker_list(request: Request) -> Response:
    account = current(request)
    settings = settings_of(request)
    config = _config(request)
    filters = Filters.of(request.query_params)
    today = date.today()
    errors: list[dict[str, str]] = []
    try:
        views = filters.keep(await run_in_threadpool(list_actions, settings.db, today, config.tracker.at_risk_days,
                                                     filters.action_filter(config.tracker.at_risk_days)))
    except InputError as error:
        errors, views = _field_errors(error), []
    pages = max(1, -(-len(views) // PAGE_SIZE))
    number = min(_page_number(request.query_params.get("page")), pages)
    shown = views[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
    with settings.db.reading() as session:
        choices = _choices(session)
        ids = _action_ids(session, shown) if shown else {}
    counts = _counts(views)
    rows = [{"view": v, "id": ids.get((v.source, v.reference)), "progress": progress(v)} for v in shown]
    return page(request, "tracker_list.html", status=400 if errors else 200, errors=errors, filters=filters,
                rows=rows, counts=counts, statuses=STATUSES, status_colours=STATUS_COLOURS, today=today,
                page_number=number, pages=pages, first=(number - 1) * PAGE_SIZE + 1 if shown else 0,
                last=(number - 1) * PAGE_SIZE + len(shown), page_links=_page_links(number, pages),
                can_update=account.can(*UPDATERS), **choices)


def _counts(views: list[ActionView]) -> dict[str, Any]:
    statuses = Counter(v.status for v in views)
    overdue = at_risk = 0
    for view in views:  # one pass: the list may hold 20,000 actions
        overdue += view.overdue
        at_risk += view.at_risk
    return {"all": len(views), "overdue": overdue, "at_risk": at_risk,
            "statuses": {status: statuses[status] for status in STATUSES if statuses[status]}}


def _page_links(number: int, pages: int) -> list[int | None]:
    """Page numbers to link, GOV.UK style: first, last, and the current one's neighbours (None: an ellipsis)."""
    wanted = sorted({1, pages, number - 1, number, number + 1} & set(range(1, pages + 1)))
    links: list[int | None] = []
    for n in wanted:
        if links and n - (links[-1] or 0) > 1:
            links.append(None)
        links.append(n)
    return links


# --- one action ----------------------------------------------------------------------------

@dataclass
class ActionDetail:
    id: int
    view: ActionView
    source_title: str
    source_kind: str
    source_body: str | None
    recommendation_text: str
    addressed_to: str | None
    rating: str
    override: Any  # reviewgen.tracker.assurance.RatingOverride, when an officer set the rating
    last_change: int  # id of the newest history row: what the update form was shown against


def _detail(request: Request, action_id: int) -> ActionDetail:
    config = _config(request)
    today = date.today()
    with settings_of(request).db.reading() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise HTTPException(404)
        recommendation = action.recommendation
        source = recommendation.source
        view = ActionView(source.reference, recommendation.number, action.reference, action.description,
                          action.owner, action.agency, action.due_date, action.status, action.completed_date,
                          action.evidence, action.notes,
                          overdue=is_overdue(action.status, action.due_date, today),
                          at_risk=is_at_risk(action.status, action.due_date, today, config.tracker.at_risk_days))
        siblings = session.execute(select(Action.status, Action.due_date)
                                   .where(Action.recommendation_id == recommendation.id)).all()
        rating = rag_rating([(status, due_date) for status, due_date in siblings], today, config.tracker.at_risk_days,
                            config.tracker.on_track_percent / 100)
        override = read_overrides(session, source.reference).get((source.reference, recommendation.number))
        last_change = session.scalar(select(func.max(History.id)).where(History.action_id == action_id)) or 0
        return ActionDetail(action_id, view, source.title, source.kind, source.body, recommendation.text,
                            recommendation.addressed_to, override.rating if override else rating, override,
                            last_change)


def _action_page(request: Request, detail: ActionDetail, status: int = 200, errors: list[dict[str, str]] | None
                 = None, entered: dict[str, str] | None = None, conflict: bool = False) -> Response:
    account: Account = request.state.account
    view = detail.view
    history = read_history(settings_of(request).db, view.reference, view.source)
    updated = request.query_params.get("updated")
    form = entered or {"status": view.status, "evidence": view.evidence or "", "notes": view.notes or "",
                       "note": ""}
    return page(request, "tracker_action.html", status=status, detail=detail, action=view,
                progress=progress(view), history=history[::-1], statuses=STATUSES, status_colours=STATUS_COLOURS,
                form=form, errors=errors or [], conflict=conflict, can_update=account.can(*UPDATERS),
                updated=int(updated) if updated and updated.isdigit() else None)


async def action_page(request: Request) -> Response:
    current(request)
    return _action_page(request, _detail(request, request.path_params["action_id"]))


def _text(value: Any) -> str:
    # Browsers send a textarea's line breaks as CRLF.
    return str(value or "").replace("\r\n", "\n").replace("\r", "\n")


def _unless_same(entered: str, before: str | None) -> str | None:
    """The value to save: the one held when only spacing differs (no history row for that),
    nothing for a cleared field."""
    if entered.strip() == (before or "").strip():
        return before
    return entered.strip() or None


def _update_errors(error: InputError) -> list[dict[str, str]]:
    items = []
    for problem in error.problems:
        if problem.file == "--status":
            items.append({"text": "Choose a status from the list", "field": "status"})
        elif " needs " in problem.message:  # verifying or closing needs a note saying what or where
            items.append({"text": f"{_sentence(problem.message)}: write it in the note", "field": "note"})
        else:
            items.append({"text": _sentence(problem.message) + (f": {problem.fix}" if problem.fix else ""),
                          "field": "status"})
    return items


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


async def action_update(request: Request) -> Response:
    account = current(request, *UPDATERS)
    settings = settings_of(request)
    action_id = request.path_params["action_id"]
    form = await form_of(request, account)
    detail = _detail(request, action_id)
    view = detail.view
    entered = {"status": str(form.get("status", "")), "evidence": _text(form.get("evidence")),
               "notes": _text(form.get("notes")), "note": _text(form.get("note")).strip()}
    if str(form.get("last_change", "")) != str(detail.last_change):
        return _action_page(request, detail, status=409, entered=entered, conflict=True)
    changes = {"status": entered["status"], "evidence": _unless_same(entered["evidence"], view.evidence),
               "notes": _unless_same(entered["notes"], view.notes)}
    stamp = Stamp.now(by=account.name, note=entered["note"] or None)
    try:
        done = await run_in_threadpool(update_action, settings.db, view.reference, changes, stamp,
                                       source=view.source)
    except InputError as error:
        return _action_page(request, detail, status=400, errors=_update_errors(error), entered=entered)
    if done:
        with settings.db.writing() as session:
            record(session, account.name, "updated", "tracker action", action_id,
                   "changed " + ", ".join(change.field for change in done))
    return redirect(f"/tracker/actions/{action_id}?updated={len(done)}#main-content")


# --- the board report --------------------------------------------------------------------------

def _write_report(request: Request, folder: Path, kind: str, source: str | None) -> Path:
    with _report_lock:
        from reviewgen.tracker import write_report

        paths = write_report(settings_of(request).db, folder, [kind], _config(request), form="board",
                             source=source, today=date.today())
    return next(p for p in paths if p.suffix == f".{kind}")


async def report_download(request: Request) -> Response:
    account = current(request)
    settings = settings_of(request)
    kind = request.path_params["kind"]
    if kind not in REPORT_TYPES:
        raise HTTPException(404)
    source = request.query_params.get("source", "").strip() or None
    scratch = settings.data_dir / "tmp"
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tracker-report-", dir=scratch) as folder:
        try:
            path = await run_in_threadpool(_write_report, request, Path(folder), kind, source)
        except InputError as error:
            problem: Problem = error.problems[0]
            text = "Choose a source from the list" if problem.file == "--source" else error_summary(error)[0]["text"]
            raise HTTPException(400, text) from None
        body, name = path.read_bytes(), path.name
    with settings.db.writing() as session:
        record(session, account.name, "downloaded", "tracker report", kind, f"source {source}" if source else None)
    return Response(body, media_type=REPORT_TYPES[kind],
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


def routes() -> list[BaseRoute]:
    return [
        Route("/tracker", tracker_list, methods=["GET"]),
        Route("/tracker/actions/{action_id:int}", action_page, methods=["GET"]),
        Route("/tracker/actions/{action_id:int}", action_update, methods=["POST"]),
        Route("/tracker/report.{kind}", report_download, methods=["GET"]),
    ]
