"""The FOI register and tracker pages, each in its own module (app.py holds the shared machinery)."""

from __future__ import annotations

from starlette.routing import BaseRoute


def routes() -> list[BaseRoute]:
    from reviewgen.web import foi_pages, tracker_pages

    return [*foi_pages.routes(), *tracker_pages.routes()]
