"""Jinja2 templates that produce Markdown. Templates are data: an organisation's own
folder (config `rendering.templates_dir`) is searched before the templates shipped inside
the package (`reviewgen/templates`, loaded as package resources)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

import jinja2

from reviewgen.config import Config
from reviewgen.errors import InputError


class SectionNumbers:
    """Numbers headings as a template writes them: `{{ sections.next("Summary") }}` -> "1. Summary",
    `{{ sections.sub("Chronology") }}` -> "1.1 Chronology". A fresh one per document."""

    def __init__(self) -> None:
        self.section = 0
        self.subsection = 0

    def next(self, title: str) -> str:
        self.section += 1
        self.subsection = 0
        return f"{self.section}. {title}"

    def sub(self, title: str) -> str:
        self.subsection += 1
        return f"{self.section}.{self.subsection} {title}"


def long_date(value: Any) -> str:
    """17 April 2026: the form letters and reports use."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    if isinstance(value, datetime):
        value = value.date()
    return f"{value.day} {value:%B %Y}"


def table_cell(value: Any) -> str:
    """Text safe inside a Markdown pipe table: one line, pipes escaped."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text.replace("|", "\\|")


def one_line(value: Any) -> str:
    return " ".join(str(value or "").split())


@lru_cache(maxsize=16)
def _environment(own_folder: str | None) -> jinja2.Environment:
    shipped = jinja2.PackageLoader("reviewgen", "templates")
    loader: jinja2.BaseLoader = shipped
    if own_folder is not None:
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(own_folder), shipped])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # output is Markdown; raw HTML is escaped when Markdown becomes HTML
    )
    env.filters.update(long_date=long_date, cell=table_cell, one_line=one_line)
    return env


def render_template(name: str, context: dict[str, Any], config: Config) -> str:
    """Render the Markdown template `name` with `context`; InputError if it is missing or broken."""
    own_folder = config.templates_dir
    env = _environment(str(own_folder.resolve()) if own_folder is not None else None)
    try:
        template = env.get_template(name)
        return template.render(**context, sections=SectionNumbers())
    except jinja2.TemplateNotFound:
        if own_folder is None:
            raise InputError.single(
                name, "template not found among the shipped templates",
                fix="reinstall reviewgen, or set rendering.templates_dir to a folder that has it",
            ) from None
        raise InputError.single(
            own_folder / name, "template not found",
            fix=f"add {name} to your templates folder or unset rendering.templates_dir",
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise InputError.single(
            exc.filename or name, f"template error: {exc.message}", line=exc.lineno,
            fix="correct the Jinja2 syntax",
        ) from None
    except jinja2.UndefinedError as exc:
        raise InputError.single(
            name, f"template uses something the input does not have ({exc.message})",
            fix="check the field names the template uses",
        ) from None
