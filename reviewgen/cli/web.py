"""The browser application's commands: `serve` and `user add`."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from reviewgen.cli.common import config, new_app
from reviewgen.errors import InputError

user_app = new_app("Accounts for the browser application (reviewgen serve).\n\n"
                   "Example: reviewgen user add alex --role ig-officer --team 'Northshire YJS'")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(user_app, name="user")


def _open_db(db: str | None):
    from reviewgen.tracker import open_tracker
    from reviewgen.tracker.storage import database_url, describe_database

    url = database_url(db or config().tracker_url)
    typer.echo(f"database: {describe_database(url)}", err=True)
    return open_tracker(url)


def settings_for(db: str | None, data_dir: Path | None, secure_cookies: bool = False):
    """The web application's settings from the config, with command-line overrides."""
    from reviewgen.redact import load_policy
    from reviewgen.web.app import Settings

    cfg = config()
    policy_path = cfg.resolve(cfg.redaction.policy)
    return Settings(db=_open_db(db), data_dir=(data_dir or cfg.resolve(cfg.web.data_dir)).resolve(),
                    policy_path=policy_path, nlp_model=cfg.redaction.nlp_model,
                    upload_limit_mb=cfg.web.upload_limit_mb, retention_days=cfg.web.originals_retention_days,
                    secure_cookies=secure_cookies, categories=list(load_policy(policy_path).categories), config=cfg)


def _check_free(host: str, port: int) -> None:
    """Stop before starting when the address cannot be bound (in use, or not this host's)."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError:
        raise InputError.single("--port", f"cannot listen on {host}:{port} (in use, or not this machine's address)",
                                fix="choose another --port, or stop the program using it") from None


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; keep 127.0.0.1 unless behind a reverse proxy."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    db: str | None = typer.Option(None, "--db", envvar="REVIEWGEN_TRACKER_DB",
                                  help="Database file or URL (default: tracker.database in the config)."),
    data_dir: Path | None = typer.Option(None, "--data-dir", help="Folder for uploaded originals, keys and packs "
                                         "(default: web.data_dir in the config)."),
    secure_cookies: bool = typer.Option(False, "--secure-cookies", help="Mark cookies Secure: use behind HTTPS."),
) -> None:
    """Start the browser application: redaction review and approval, the FOI register and the tracker.

    Example: reviewgen serve --db out/tracker.sqlite3 --data-dir out/web-data
    """
    import uvicorn

    from reviewgen.web.app import create_app
    from reviewgen.web.releases import delete_expired_originals

    if not 1 <= port <= 65535:
        raise InputError.single("--port", f"{port} is not a port", fix="give a number from 1 to 65535, e.g. 8000")
    _check_free(host, port)
    settings = settings_for(db, data_dir, secure_cookies)
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise InputError.single("--data-dir", "cannot be created or is not a folder",
                                fix="give a folder you can write to (web.data_dir in the config)") from None
    if not os.access(settings.data_dir, os.W_OK):
        raise InputError.single("--data-dir", "is read-only", fix="give a folder you can write to")
    deleted = delete_expired_originals(settings.db, settings.data_dir, settings.retention_days)
    if deleted:
        typer.echo(f"deleted the originals of {deleted} release(s) past the retention period", err=True)
    typer.echo(f"reviewgen is at http://{host}:{port}/ (Ctrl+C stops it)", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False,
                proxy_headers=True, server_header=False)


@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., help="User name to sign in with."),
    role: str = typer.Option(..., "--role", help="reviewer, ig-officer, approver, manager or viewer."),
    team: str = typer.Option(None, "--team", help="Team whose releases and requests the user sees "
                             "(default: the organisation's name in the config)."),
    password: str = typer.Option(..., "--password", prompt=True, hide_input=True, confirmation_prompt=True,
                                 envvar="REVIEWGEN_NEW_PASSWORD", help="Asked for when not given."),
    db: str | None = typer.Option(None, "--db", envvar="REVIEWGEN_TRACKER_DB",
                                  help="Database file or URL (default: tracker.database in the config)."),
) -> None:
    """Add an account for the browser application.

    Example: reviewgen user add alex --role ig-officer --team "Northshire YJS"
    """
    from reviewgen.web.accounts import add_user

    add_user(_open_db(db), name, role, team or config().organisation.name, password)
    typer.echo(f"user {name} added ({role})")
