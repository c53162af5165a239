"""Rendering: Jinja2 template -> Markdown -> HTML and Word, written atomically.

Every document reviewgen produces (reviews, FOI letters, board reports) goes through
`write_document`, so house style, marking and properties behave the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reviewgen.atomicio import atomic_path, write_text
from reviewgen.config import Config
from reviewgen.embedded import approved_for_render, refuse_foreign
from reviewgen.errors import CheckFailed, InputError
from reviewgen.render.html import build_html
from reviewgen.render.templating import long_date, render_template
from reviewgen.render.word import build_docx

FORMATS = ("md", "html", "docx", "pdf")


@dataclass
class DocumentMeta:
    """What a document says about itself: title, author, when, and its protective marking."""

    title: str
    author: str = ""
    created: date | datetime | None = None
    marking: str | None = None
    subject: str = ""
    keywords: str = ""


def write_document(
    markdown_text: str,
    meta: DocumentMeta,
    out_stem: Path,
    formats: Iterable[str],
    config: Config,
    assets_dir: Path | None = None,
) -> list[Path]:
    """Write `out_stem`.md/.html/.docx/.pdf as asked; returns the paths written.

    Each HTML, Word and PDF file is checked before it is put in place: every object it
    embeds must come from the Word template or the assets (`reviewgen.embedded`). One
    that fails is CheckFailed, and no file of this document is left behind."""
    out_stem = Path(out_stem)
    # Images may come only from the configured assets and the caller's own folder (a report's charts).
    images = tuple(folder for folder in (assets_dir, config.assets_dir) if folder is not None)
    reference = config.resolve(config.rendering.reference_docx)
    logo = config.resolve(config.rendering.logo)
    for setting, path in (("rendering.reference_docx", reference), ("rendering.logo", logo)):
        if path is not None and not path.is_file():
            raise InputError.single(config.source or "config", "file not found", field=setting,
                                    fix="point it at an existing file, relative to the config file")
    if config.assets_dir is not None and not config.assets_dir.is_dir():
        raise InputError.single(config.source or "config", "folder not found", field="rendering.assets_dir",
                                fix="point it at the folder of images documents may use, relative to the config file")
    approved = approved_for_render(config, images)
    written: list[Path] = []
    try:
        for fmt in formats:
            if fmt not in FORMATS:
                raise InputError.single(str(out_stem), f"unknown output format '{fmt}'",
                                        fix=f"use one of: {', '.join(FORMATS)}")
            target = out_stem.with_name(f"{out_stem.name}.{fmt}")
            if fmt == "md":
                write_text(target, markdown_text)
                written.append(target)
                continue
            with atomic_path(target) as tmp:
                if fmt == "html":
                    tmp.write_text(build_html(markdown_text, meta.title, meta.marking, images, logo), encoding="utf-8")
                elif fmt == "pdf":
                    from reviewgen.render.pdf import build_pdf

                    build_pdf(markdown_text, tmp, meta.title, meta.marking, meta.author, meta.created, meta.subject,
                              meta.keywords, images, logo)
                else:
                    build_docx(markdown_text, tmp, title=meta.title, author=meta.author,
                               created=meta.created, marking=meta.marking, subject=meta.subject,
                               keywords=meta.keywords, reference_docx=reference, logo=logo,
                               assets_dir=images)
                refuse_foreign(tmp, approved, target.name, suffix=f".{fmt}")  # before it is put in place
            written.append(target)
    except CheckFailed:
        for path in written:  # the document's other formats go too: nothing half released
            path.unlink(missing_ok=True)
        raise
    return written


__all__ = ["FORMATS", "DocumentMeta", "long_date", "render_template", "write_document"]
