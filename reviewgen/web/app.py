"""`reviewgen serve`: the browser application (Starlette, Jinja2, htmx, GOV.UK Frontend).

Pages are rendered on the server; htmx swaps in the parts a decision changes. Every page
checks the account and its role on the server; a release of another team is a 404, as if
it did not exist. Every form that changes anything carries the session's CSRF token (a
hidden field, or htmx's X-CSRF-Token header); a request without it gets 403. Nothing is
loaded from the internet: the GOV.UK Frontend and htmx files are vendored in `static/`.
"""

from __future__ import annotations

import asyncio
import html
import io
import zipfile
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from reviewgen.errors import CheckFailed, InputError
from reviewgen.tracker.storage import TrackerDB
from reviewgen.web import releases
from reviewgen.web.accounts import Account, SignInRefused, account_for, record, sign_in, sign_out

SESSION_COOKIE = "reviewgen_session"
SIGN_IN_COOKIE = "reviewgen_sign_in"
STATIC = Path(__file__).resolve().parent / "static"
REVIEWERS = ("reviewer", "ig-officer", "approver")
KEY_READERS = ("ig-officer", "approver")
# Pages hold personal data: never cached, never framed, nothing run but our own files.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


@dataclass
class Settings:
    """What the application needs: the database, the data folder and the redaction setup."""

    db: TrackerDB
    data_dir: Path
    policy_path: Path | None = None
    nlp_model: str | None = None
    upload_limit_mb: int = 20
    retention_days: int = 30
    secure_cookies: bool = False  # set behind HTTPS (a reverse proxy): cookies then carry Secure
    categories: list[str] = field(default_factory=list)
    config: Any = None  # reviewgen.config.Config, for the FOI and tracker pages


class Forbidden(Exception):
    pass


class SignedOut(Exception):
    pass


# Templates ship with the package: no need to check their files for changes on every include.
templates = Environment(loader=PackageLoader("reviewgen.web", "templates"), auto_reload=False,
                        autoescape=select_autoescape(default=True, default_for_string=True))
templates.globals["shown_label"] = lambda item: shown_label(item)


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    account = getattr(request.state, "account", None)
    body = templates.get_template(template).render(request=request, account=account, **context)
    return HTMLResponse(body, status_code=status)


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def current(request: Request, *roles: str) -> Account:
    """The signed-in account, with one of `roles` (any role when none are given)."""
    account = account_for(settings_of(request).db, request.cookies.get(SESSION_COOKIE))
    if account is None:
        raise SignedOut()
    request.state.account = account
    if roles and not account.can(*roles):
        raise Forbidden()
    return account


async def form_of(request: Request, account: Account) -> Any:
    """The posted form, after its CSRF token is checked (403 without the session's own)."""
    form = await request.form(max_files=20, max_fields=2000, max_part_size=settings_of(request).upload_limit_mb
                              * 1_000_000 + 1)
    token = request.headers.get("x-csrf-token") or form.get("csrf_token")
    if not token or token != account.csrf_token:
        raise HTTPException(403, "the form has expired or did not come from this site")
    return form


def number(value: object, field: str) -> int:
    """A whole number from a query or form field (absent means 0); 400 when it is none."""
    text = str(value or "0").strip()
    if not text.isdigit() or len(text) > 12:
        raise HTTPException(400, f"{field} must be a whole number")
    return int(text)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def error_summary(error: InputError) -> list[dict[str, str]]:
    """GOV.UK error summary items from a located InputError (no values are ever in it)."""
    return [{"text": f"{p.file}: {p.message}" + (f". {p.fix[0].upper()}{p.fix[1:]}" if p.fix else ""),
             "field": p.field or ""} for p in error.problems]


@contextmanager
def refusals_as_http(not_allowed: int = 404, detail: str = "") -> Iterator[None]:
    """The workflow's refusals as HTTP answers: a release that is not the account's to
    change (404, or 403 where it is theirs to see), bad input (400), a failed check (409)."""
    try:
        yield
    except releases.NotAllowed as refused:
        raise HTTPException(not_allowed, str(refused) or detail) from None
    except InputError as error:
        raise HTTPException(400, error_summary(error)[0]["text"]) from None
    except CheckFailed as error:
        raise HTTPException(409, str(error).splitlines()[0]) from None


# --- signing in ------------------------------------------------------------------------

async def sign_in_page(request: Request) -> Response:
    import secrets

    token = request.cookies.get(SIGN_IN_COOKIE) or secrets.token_urlsafe(32)
    response = page(request, "sign_in.html", csrf=token, errors=[], name="",
                    next=_safe_next(request.query_params.get("next")))
    _set_cookie(request, response, SIGN_IN_COOKIE, token, max_age=3600)
    return response


def _safe_next(target: str | None) -> str:
    # Only a path on this site: never an open redirect.
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


def _set_cookie(request: Request, response: Response, name: str, value: str, max_age: int | None = None) -> None:
    # Secure when asked, or when the request came over HTTPS (a reverse proxy on this host
    # says so in X-Forwarded-Proto, which uvicorn trusts from loopback only).
    secure = settings_of(request).secure_cookies or request.url.scheme == "https"
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", secure=secure, path="/")


async def sign_in_submit(request: Request) -> Response:
    form = await request.form()
    cookie = request.cookies.get(SIGN_IN_COOKIE)
    if not cookie or form.get("csrf_token") != cookie:
        raise HTTPException(403, "the form has expired or did not come from this site")
    name, password = str(form.get("name", "")).strip(), str(form.get("password", ""))
    next_url = _safe_next(str(form.get("next", "/")))
    errors = []
    if not name:
        errors.append({"text": "Enter your user name", "field": "name"})
    if not password:
        errors.append({"text": "Enter your password", "field": "password"})
    if not errors:
        client = request.client.host if request.client else "unknown"
        try:
            token = sign_in(settings_of(request).db, name, password, client)
        except SignInRefused as refused:
            errors.append({"text": "Too many attempts: wait 15 minutes and try again" if refused.limited
                           else "The user name or password is not right", "field": "name"})
        else:
            response = redirect(next_url)
            _set_cookie(request, response, SESSION_COOKIE, token)
            response.delete_cookie(SIGN_IN_COOKIE, path="/")
            return response
    return page(request, "sign_in.html", status=400, csrf=cookie, errors=errors, name=name, next=next_url)


async def sign_out_submit(request: Request) -> Response:
    account = current(request)
    await form_of(request, account)
    sign_out(settings_of(request).db, request.cookies.get(SESSION_COOKIE, ""), account.name)
    response = redirect("/sign-in")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


async def home(request: Request) -> Response:
    current(request)
    return page(request, "home.html")


# --- releases -------------------------------------------------------------------------

async def release_list(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    return page(request, "releases.html", releases=releases.list_releases(settings_of(request).db, account))


async def release_new(request: Request) -> Response:
    current(request, *REVIEWERS)
    return page(request, "release_new.html", errors=[], title="",
                foi_reference=request.query_params.get("foi", ""),
                limit_mb=settings_of(request).upload_limit_mb)


async def release_create(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    try:
        form = await form_of(request, account)
    except HTTPException as exc:
        raise exc
    except Exception:  # a multipart part over the limit, or a broken upload
        return page(request, "release_new.html", status=400, title="", foi_reference="",
                    limit_mb=settings.upload_limit_mb,
                    errors=[{"text": f"The upload is larger than the {settings.upload_limit_mb} MB limit, "
                             "or was interrupted: choose smaller files and try again", "field": "files"}])
    uploads = []
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            uploads.append(releases.Upload(item.filename, await item.read()))
    title = str(form.get("title", ""))
    foi_reference = str(form.get("foi_reference", "")).strip() or None
    try:
        known = requester_values(settings, account, foi_reference) if foi_reference else []
        release_id = releases.create_release(settings.db, settings.data_dir, account, title, uploads,
                                             settings.upload_limit_mb * 1_000_000, settings.policy_path,
                                             settings.nlp_model, foi_reference, known)
    except InputError as error:
        return page(request, "release_new.html", status=400, errors=error_summary(error), title=title,
                    foi_reference=foi_reference or "", limit_mb=settings.upload_limit_mb)
    return redirect(f"/releases/{release_id}")


def requester_values(settings: Settings, account: Account, reference: str) -> list[tuple[str, str]]:
    """What identifies the requester of an FOI request in the team's register: never released."""
    import yaml
    from sqlalchemy import select

    from reviewgen.web.foi_pages import request_of
    from reviewgen.web.models import FoiRecord

    with settings.db.reading() as session:
        document = session.scalar(select(FoiRecord.document).where(FoiRecord.reference == reference,
                                                                   FoiRecord.team == account.team))
    if document is None:
        raise InputError.single("foi_reference", "is not a request in your team's FOI register",
                                field="foi_reference", fix="check the reference, or leave it empty")
    try:
        return request_of(document).requester.identifying_values()
    except (ValueError, yaml.YAMLError):
        raise InputError.single("foi_reference", "the request in the register needs correcting first",
                                field="foi_reference", fix="open it in the FOI register and save it") from None


def _release(request: Request, account: Account) -> releases.Release:
    try:
        return releases.get_release(settings_of(request).db, account, int(request.path_params["release_id"]))
    except releases.NotAllowed:
        raise HTTPException(404) from None


def highlighted(text: str, spans: list[list[int]], by_position: dict[int, Any], added: list[Any],
                file_number: int, segment_number: int, preview: bool) -> Markup:
    """One segment as HTML: the original with each candidate marked, or the preview with
    redacted values replaced by their labels. Everything from the document is escaped.
    (Built as plain strings: the review page of a long document has thousands of marks.)"""
    marks = [(s, e, by_position[p]) for s, e, p in spans if p in by_position]
    if added:
        taken = [(s, e) for s, e, _ in marks]
        lowered = text.casefold()
        for item in added:  # a person's added terms, found wherever they are written
            needle, start = item.value.casefold(), 0
            while needle and (start := lowered.find(needle, start)) >= 0:
                end = start + len(needle)
                if not any(s < end and start < e for s, e in taken):
                    marks.append((start, end, item))
                    taken.append((start, end))
                start = end
        marks.sort(key=lambda m: m[0])
    out, at = [], 0
    for n, (start, end, item) in enumerate(marks):
        if start < at:
            continue
        out.append(html.escape(text[at:start], quote=False))
        classes = f"rg-mark rg-cat-{html.escape(item.category)} rg-tier-{item.tier} rg-dec-{item.decision}"
        value = html.escape(text[start:end], quote=False)
        if preview:
            out.append(f'<span class="{classes}" data-c="{item.id}"><span class="rg-original">{value}</span>'
                       f'<span class="rg-label">{html.escape(shown_label(item), quote=False)}</span></span>')
        else:
            out.append(f'<mark class="{classes}" data-c="{item.id}" id="o-{file_number}-{segment_number}-{n}" '
                       f'title="{html.escape(item.category)}, {item.tier} tier">{value}</mark>')
        at = end
    out.append(html.escape(text[at:], quote=False))
    return Markup("".join(out))


def shown_label(item: Any) -> str:
    """The label as the preview shows it: in square brackets, once."""
    label = item.label or item.category
    return label if label.startswith("[") else f"[{label}]"


def _groups(items: list[Any]) -> list[dict[str, Any]]:
    """Candidates by person (the redactor gives a name, its parts and initials one label),
    else by value."""
    grouped: OrderedDict[str, list[Any]] = OrderedDict()
    for item in items:
        key = f"label:{item.label}" if item.category == "name" and item.label else f"id:{item.id}"
        grouped.setdefault(key, []).append(item)
    return [{"key": key, "label": members[0].label, "items": members} for key, members in grouped.items()]


async def release_page(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    release = _release(request, account)
    items = releases.candidates(settings.db, release.id)
    tier = request.query_params.get("tier", "")
    category = request.query_params.get("category", "")
    shown = [c for c in items if (not tier or c.tier == tier) and (not category or c.category == category)]
    by_position = {c.position: c for c in items if not c.added}
    added = [c for c in items if c.added]
    documents = []
    for number, (upload, segments) in enumerate(zip(releases.files(settings.db, release.id),
                                                     releases.read_view(settings.data_dir, release.id)), start=1):
        documents.append({
            "file": upload,
            "segments": [{"location": s["location"],
                          "original": highlighted(s["text"], s["spans"], by_position, added, number, i, False),
                          "preview": highlighted(s["text"], s["spans"], by_position, added, number, i, True)}
                         for i, s in enumerate(segments) if s["spans"] or not _is_furniture(s["location"])],
        })
    with settings.db.writing() as session:
        record(session, account.name, "viewed", "release", release.id)
    groups, more = _batch(_groups(shown), 0)
    return page(request, "release.html", release=release, documents=documents, groups=groups, more=more,
                counts=_counts(items), tier=tier, category=category,
                categories=sorted({c.category for c in items}), policy_categories=settings.categories,
                editable=release.status in releases.EDITABLE,
                proposer=releases.user_name(settings.db, release.proposer_id))


# Parts of a Word file that hold no prose (font names, list numbering): shown only when
# something was found in them, so the page reads like the document.
FURNITURE = ("font table", "numbering", "styles", "settings", "web settings", "theme", "document properties",
             "custom properties", "app properties")


def _is_furniture(location: str) -> bool:
    return location.split(",")[0].split(":")[-1].strip() in FURNITURE


PANEL_BATCH = 200  # candidates per part of the panel: the rest load as the reviewer scrolls


def _batch(groups: list[dict[str, Any]], offset: int) -> tuple[list[dict[str, Any]], int | None]:
    """The groups holding candidates `offset` to `offset + PANEL_BATCH` (whole groups), and
    where the next batch starts (None at the end)."""
    chosen: list[dict[str, Any]] = []
    seen = 0
    for group in groups:
        if seen >= offset + PANEL_BATCH:
            return chosen, seen
        if seen >= offset:
            chosen.append(group)
        seen += len(group["items"])
    return chosen, None


async def panel_part(request: Request) -> Response:
    """The next part of the candidates panel (htmx loads it when the reviewer scrolls to it)."""
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    release = _release(request, account)
    tier = request.query_params.get("tier", "")
    category = request.query_params.get("category", "")
    offset = number(request.query_params.get("offset"), "offset")
    items = [c for c in releases.candidates(settings.db, release.id)
             if (not tier or c.tier == tier) and (not category or c.category == category)]
    groups, more = _batch(_groups(items), offset)
    return page(request, "_panel.html" if is_htmx(request) else "panel_page.html", release=release,
                groups=groups, more=more, tier=tier, category=category,
                editable=release.status in releases.EDITABLE)


def _counts(items: list[Any]) -> dict[str, int]:
    return {"all": len(items), "undecided": sum(c.decision == releases.UNDECIDED for c in items),
            "review": sum(c.tier == "review" for c in items),
            "redact": sum(c.decision == "redact" for c in items), "keep": sum(c.decision == "keep" for c in items)}


async def decide(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    release = _release(request, account)
    form = await form_of(request, account)
    candidate_id = int(request.path_params["candidate_id"])
    conflict = False
    try:
        releases.decide(settings.db, account, release, candidate_id, number(form.get("version"), "version"),
                        decision=_field(form, "decision"), label=_field(form, "label"),
                        exemption=_field(form, "exemption"))
    except releases.Conflict:
        conflict = True
    except releases.NotAllowed:
        raise HTTPException(404) from None
    except InputError as error:
        raise HTTPException(400, error_summary(error)[0]["text"]) from None
    if not is_htmx(request):
        back = "/candidates/" + str(candidate_id) if form.get("from") == "candidate" else f"#c-{candidate_id}"
        return redirect(f"/releases/{release.id}{back}")
    item, undecided = releases.candidate_and_undecided(settings.db, release.id, candidate_id)
    return page(request, "_candidate.html", item=item, release=release, editable=True, conflict=conflict,
                counts={"undecided": undecided}, oob=True)


async def candidate_page(request: Request) -> Response:
    """One candidate's label and exemption, on a page of its own (the review page stays light)."""
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    release = _release(request, account)
    try:
        item, _ = releases.candidate_and_undecided(settings.db, release.id, int(request.path_params["candidate_id"]))
    except releases.NotAllowed:
        raise HTTPException(404) from None
    return page(request, "candidate.html", release=release, item=item,
                editable=release.status in releases.EDITABLE)


def _field(form: Any, name: str) -> str | None:
    value = form.get(name)
    return None if value is None else str(value)


async def decide_group(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    release = _release(request, account)
    form = await form_of(request, account)
    ids = [int(v) for v in form.getlist("candidate") if str(v).isdigit()]
    with refusals_as_http():
        releases.decide_many(settings_of(request).db, account, release, ids, str(form.get("decision", "")))
    return redirect(f"/releases/{release.id}" + (f"#c-{ids[0]}" if ids else ""))


async def add_term(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    release = _release(request, account)
    form = await form_of(request, account)
    with refusals_as_http():
        releases.add_term(settings.db, account, release, str(form.get("term", "")),
                          str(form.get("category", "name")), settings.categories)
    return redirect(f"/releases/{release.id}")


async def submit(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    release = _release(request, account)
    await form_of(request, account)
    with refusals_as_http():
        releases.submit(settings_of(request).db, account, release)
    return redirect(f"/releases/{release.id}/approval")


async def approval_page(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    release = _release(request, account)
    items = releases.candidates(settings.db, release.id)
    schedule = [c for c in items if c.decision == "redact"]
    by_category = Counter(c.category for c in schedule)
    with settings.db.writing() as session:
        record(session, account.name, "viewed approval", "release", release.id)
    return page(request, "approval.html", release=release, files=releases.files(settings.db, release.id),
                schedule=schedule, by_category=sorted(by_category.items()),
                review_items=[c for c in items if c.tier == "review"], counts=_counts(items),
                proposer=releases.user_name(settings.db, release.proposer_id),
                approver=releases.user_name(settings.db, release.approver_id),
                can_approve=account.can("approver") and account.id != release.proposer_id
                and release.status == "submitted" and not releases.took_part(settings.db, account, release),
                keys=[p.name for p in releases.key_paths(settings.data_dir, release.id)]
                if account.can(*KEY_READERS) else [])


async def approve(request: Request) -> Response:
    account = current(request, "approver")
    settings = settings_of(request)
    release = _release(request, account)
    await form_of(request, account)
    with refusals_as_http(403, "only a submitted release can be approved"):
        releases.approve(settings.db, settings.data_dir, account, release, settings.policy_path, settings.nlp_model)
    return redirect(f"/releases/{release.id}/approval")


async def send_back(request: Request) -> Response:
    account = current(request, "approver")
    settings = settings_of(request)
    release = _release(request, account)
    form = await form_of(request, account)
    with refusals_as_http(403, "only a submitted release can be returned"):
        releases.send_back(settings.db, account, release, str(form.get("comment", "")))
    return redirect(f"/releases/{release.id}/approval")


async def download_pack(request: Request) -> Response:
    account = current(request, *REVIEWERS)
    settings = settings_of(request)
    release = _release(request, account)
    pack = releases.pack_path(settings.data_dir, release.id)
    if release.status not in ("approved", "released") or not pack.exists():
        raise HTTPException(404)
    if request.method == "GET":  # a HEAD request downloads nothing
        releases.record_download(settings.db, account, release, "pack")
    return FileResponse(pack, media_type="application/zip", filename=pack.name)


async def download_key(request: Request) -> Response:
    account = current(request, *KEY_READERS)
    settings = settings_of(request)
    release = _release(request, account)
    keys = releases.key_paths(settings.data_dir, release.id)
    if not keys:
        raise HTTPException(404)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in keys:
            archive.write(path, path.name)
    if request.method == "GET":  # a HEAD request downloads nothing
        releases.record_download(settings.db, account, release, "key")
    name = f"release-{release.id}-KEY-NOT-FOR-RELEASE.zip"
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


# --- errors and the application ----------------------------------------------------------

async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    titles = {400: "There is a problem", 403: "You cannot do that", 404: "Page not found",
              409: "This could not be done", 405: "Not allowed"}
    detail = exc.detail if isinstance(exc.detail, str) and exc.status_code != 404 else ""
    return page(request, "error.html", status=exc.status_code, title=titles.get(exc.status_code, "Error"),
                detail=detail)


async def signed_out(request: Request, exc: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method != "GET":
        target = "/"
    return redirect("/sign-in?next=" + quote(target, safe="/"))


async def forbidden(request: Request, exc: Exception) -> Response:
    return page(request, "error.html", status=403, title="You cannot do that",
                detail="Your role does not allow this page. Ask an administrator if you need it.")


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            if name == "Cache-Control" and request.url.path.startswith("/static/"):
                continue
            response.headers.setdefault(name, value)
        return response


RETENTION_CHECK_SECONDS = 6 * 3600


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    """While the server runs, originals past their retention period are deleted (at start,
    then every six hours), so a server left running for weeks still forgets them."""
    settings: Settings = app.state.settings

    async def sweep() -> None:
        while True:
            await asyncio.to_thread(releases.delete_expired_originals, settings.db, settings.data_dir,
                                    settings.retention_days)
            await asyncio.sleep(RETENTION_CHECK_SECONDS)

    task = asyncio.create_task(sweep())
    try:
        yield
    finally:
        task.cancel()


async def audit_page(request: Request) -> Response:
    """The audit log, newest first: who saw, decided, approved or downloaded what."""
    account = current(request, *KEY_READERS)
    from sqlalchemy import select

    from reviewgen.web.models import AuditEntry, User

    with settings_of(request).db.reading() as session:
        # Only what the people of one's own team did: another team's work is not ours to see.
        entries = list(session.scalars(
            select(AuditEntry).join(User, User.name == AuditEntry.user_name).where(User.team == account.team)
            .order_by(AuditEntry.id.desc()).limit(500)))
    return page(request, "audit.html", entries=entries)


def create_app(settings: Settings) -> Starlette:
    from reviewgen.web import pages

    routes = [
        Route("/", home),
        Route("/sign-in", sign_in_page, methods=["GET"]),
        Route("/sign-in", sign_in_submit, methods=["POST"]),
        Route("/sign-out", sign_out_submit, methods=["POST"]),
        Route("/releases", release_list, methods=["GET"]),
        Route("/releases", release_create, methods=["POST"]),
        Route("/releases/new", release_new),
        Route("/releases/{release_id:int}", release_page),
        Route("/releases/{release_id:int}/candidates/{candidate_id:int}", decide, methods=["POST"]),
        Route("/releases/{release_id:int}/candidates/{candidate_id:int}", candidate_page, methods=["GET"]),
        Route("/releases/{release_id:int}/candidates", decide_group, methods=["POST"]),
        Route("/releases/{release_id:int}/panel", panel_part, methods=["GET"]),
        Route("/releases/{release_id:int}/terms", add_term, methods=["POST"]),
        Route("/releases/{release_id:int}/submit", submit, methods=["POST"]),
        Route("/releases/{release_id:int}/approval", approval_page),
        Route("/releases/{release_id:int}/approve", approve, methods=["POST"]),
        Route("/releases/{release_id:int}/return", send_back, methods=["POST"]),
        Route("/releases/{release_id:int}/pack.zip", download_pack),
        Route("/releases/{release_id:int}/key.zip", download_key),
        Route("/audit", audit_page),
        *pages.routes(),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)], lifespan=lifespan,
                    exception_handlers={HTTPException: http_error, SignedOut: signed_out, Forbidden: forbidden})
    app.state.settings = settings
    return app
