"""A real application on a real SQLite database in a temporary folder, with signed-in clients.

`web.client("alex")` signs in through the sign-in form (argon2, session cookie, CSRF) and
returns a Starlette TestClient; `client.csrf` is the session's token for posting forms.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from reviewgen.config import Config
from reviewgen.redact import load_policy
from reviewgen.tracker import open_tracker
from reviewgen.tracker.storage import TrackerDB
from reviewgen.web.accounts import add_user
from reviewgen.web.app import Settings, create_app

PASSWORD = "correct horse battery staple"
# Invented staff accounts: name -> (role, team).
USERS = {
    "alex": ("ig-officer", "Northshire YJS"),
    "sam": ("approver", "Northshire YJS"),
    "rowan": ("reviewer", "Northshire YJS"),
    "morgan": ("manager", "Northshire YJS"),
    "vic": ("viewer", "Northshire YJS"),
    "other": ("approver", "Southshire YJS"),
}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Web:
    db: TrackerDB
    data_dir: Path
    settings: Settings
    clients: list = field(default_factory=list)

    def anonymous(self, base_url: str = "http://testserver"):
        from starlette.testclient import TestClient

        client = TestClient(create_app(self.settings), follow_redirects=False, base_url=base_url)
        self.clients.append(client)
        return client

    def client(self, name: str):
        client = self.anonymous()
        token = CSRF.search(client.get("/sign-in").text).group(1)
        response = client.post("/sign-in", data={"name": name, "password": PASSWORD, "csrf_token": token,
                                                  "next": "/"})
        assert response.status_code == 303, response.text
        client.csrf = CSRF.search(client.get("/").text).group(1)
        return client


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the users, built once and copied for each test."""
    path = tmp_path_factory.mktemp("web-template") / "tracker.sqlite3"
    db = open_tracker(path)
    for name, (role, team) in USERS.items():
        add_user(db, name, role, team, PASSWORD)
    db.close()
    return path


def _web(db: TrackerDB, data_dir: Path) -> Web:
    settings = Settings(db=db, data_dir=data_dir, categories=list(load_policy(None).categories),
                        config=Config(), upload_limit_mb=2)
    return Web(db, data_dir, settings)


@pytest.fixture
def web(tmp_path: Path, migrated_database: Path) -> Iterator[Web]:
    shutil.copy(migrated_database, tmp_path / "tracker.sqlite3")
    web = _web(open_tracker(tmp_path / "tracker.sqlite3"), tmp_path / "data")
    yield web
    for client in web.clients:
        client.close()
    web.db.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def web_any(request, tmp_path: Path, migrated_database: Path) -> Iterator[Web]:
    """The application on SQLite, then on PostgreSQL: each test using it runs on both."""
    if request.param == "sqlite":
        yield request.getfixturevalue("web")
        return
    db = open_tracker(request.getfixturevalue("pg_url"))
    for name, (role, team) in USERS.items():
        add_user(db, name, role, team, PASSWORD)
    web = _web(db, tmp_path / "data")
    yield web
    for client in web.clients:
        client.close()
    db.close()


# --- a real browser against the application served on loopback -------------------------

CHROMIUM = "/usr/bin/chromium"
# As root in a container, with no network: no sandbox, and none of Chromium's own traffic.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(web) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(web.settings), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def sign_in(browser: Browser, base: str, name: str, bypass_csp: bool = False) -> Page:
    """A new browser context signed in as `name` (`bypass_csp` lets a test inject axe-core)."""
    page = browser.new_context(viewport={"width": 1600, "height": 1000}, accept_downloads=True,
                               bypass_csp=bypass_csp).new_page()
    page.goto(base + "/releases")
    expect(page).to_have_url(f"{base}/sign-in?next=/releases")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Redaction reviews")).to_be_visible()
    return page


def shot(page: Page, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    if folder := os.environ.get("REVIEWGEN_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)
