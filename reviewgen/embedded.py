"""Embedded objects: every picture, medium, package or attachment a file carries, and
whether each came from somewhere approved.

A released or rendered file may embed only what the organisation approved: a part of the
Word template (the configured house-style .docx, python-docx's own default, the template
folders) or a file in the configured assets (the assets folder, the logo). Each object
is compared by SHA-256 of its bytes; a PDF picture, which WeasyPrint re-encodes, by its
decoded pixels. A redacted file may also keep the input's own pictures when the policy
says `pictures: keep`. Anything else is reported by file part (never its content): an
unknown picture, an OLE object or embedded package, an attachment, a font, a linked or
remote resource in a package or a page.

Read by the release workflow (`reviewgen.redact.release.Staging`) and by `render`
(`reviewgen.render.write_document`); kept outside `reviewgen.redact` so rendering does
not load the detection pipeline.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import posixpath
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import unquote_to_bytes

from lxml import etree
from lxml import html as lxml_html

from reviewgen.errors import CheckFailed

if TYPE_CHECKING:
    from reviewgen.config import Config

PACKAGE_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".xlsx", ".xlsm", ".pptx")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
NOT_APPROVED = "not from the template or the configured assets"

# Attributes through which an HTML element pulls in a resource when the page is opened.
_RESOURCE_ATTRIBUTES = ("src", "data", "poster", "background", "srcset", "lowsrc", "dynsrc", "codebase",
                        "archive", "imagesrcset")
_SVG_LINKS = ("href", "{http://www.w3.org/1999/xlink}href")
_SVG_RESOURCE_TAGS = ("image", "use", "feimage", "script")
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.IGNORECASE | re.DOTALL)
_GENERATED_PART = re.compile(
    r"^(?:(?:word|xl|ppt|docProps|customXml)/)?(?:(?:media|embeddings|theme|fonts|activeX|printerSettings|"
    r"worksheets|drawings|charts|_rels)/)*(?:image|media|oleObject|package|thumbnail|font|vbaProject|"
    r"activeX|printerSettings|item|chart|drawing|document|header|footer|footnotes|endnotes|settings|sheet|"
    r"workbook|Microsoft_(?:Excel|Word|PowerPoint)_(?:Worksheet|Document|Presentation))?\d*(?:\.\w{1,5})?(?:\.rels)?$")
_IMAGE_SIGNATURES = (b"\x89PNG", b"\xff\xd8", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF")
_EMBEDDED_DOCUMENT_TYPES = {"text/html", "application/xhtml+xml", "application/rtf", "text/rtf", "text/plain",
                            "message/rfc822", "multipart/related"}
_PDF_MEDIA_ANNOTATIONS = {"FileAttachment", "Sound", "Movie", "RichMedia", "Screen", "3D"}
_DATA_URI = re.compile(r"^data:([^,]*?)(;base64)?,(.*)$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class EmbeddedObject:
    """One object a file embeds: where it is and what kind, with its bytes when it is inside
    the file (None for a reference to something outside it, which is never approved)."""

    part: str  # a part name or element position, never content
    kind: str
    data: bytes | None = None
    pixel_digest: str | None = None  # a PDF picture, for re-encoded copies of an approved image
    page_scan: bool = False  # a PDF picture that is a whole page with no text: a burned scan


@dataclass
class Approved:
    """What a file may embed: these files (and the parts of packages among them), these
    digests, and, for a redacted PDF, which pictures of its own pages."""

    files: tuple[Path, ...] = ()
    packages: tuple[bytes, ...] = ()  # Word templates, read as bytes: python-docx's own, shipped data
    digests: frozenset[str] = frozenset()
    pdf_pictures: Literal["none", "scans", "all"] = "none"

    @cached_property
    def _blobs(self) -> list[bytes]:
        blobs = list(self.packages)
        for path in self.files:
            try:
                blobs.append(path.read_bytes())
            except OSError:
                continue  # a folder setting pointing at nothing approves nothing
        members = []
        for blob in blobs:
            if blob.startswith(b"PK"):
                members += _zip_members(blob)
        return blobs + members

    @cached_property
    def sha256(self) -> frozenset[str]:
        return self.digests | {_sha256(blob) for blob in self._blobs}

    @cached_property
    def pixels(self) -> frozenset[str]:
        found = set()
        for blob in self._blobs:
            digest = _image_pixel_digest(blob)
            if digest is not None:
                found.add(digest)
        return frozenset(found)

    def allows(self, item: EmbeddedObject) -> bool:
        if item.data is None:
            return False
        if item.page_scan and self.pdf_pictures in ("scans", "all"):
            return True
        if item.pixel_digest is not None and self.pdf_pictures == "all":
            return True
        if _sha256(item.data) in self.sha256:
            return True
        return item.pixel_digest is not None and item.pixel_digest in self.pixels


def approved_for_render(config: Config, folders: Iterable[Path] = ()) -> Approved:
    """The Word template and configured assets of `config`, plus `folders` (a report's own
    charts): what a rendered document may embed."""
    import docx

    folders = [*folders, *(p for p in (config.assets_dir, config.templates_dir) if p is not None)]
    files = [path for folder in folders for path in _files_in(folder)]
    files += [p for p in (config.resolve(config.rendering.reference_docx), config.resolve(config.rendering.logo))
              if p is not None]
    shipped = [Path(docx.__file__).parent / "templates"]  # python-docx's default document and parts
    files += [path for folder in shipped for path in _files_in(folder)]
    from reviewgen.config import SHIPPED_TEMPLATES

    return Approved(files=tuple(files), packages=tuple(_traversable_files(SHIPPED_TEMPLATES)))


def approved_for_redaction(source: Path, pictures: str) -> Approved:
    """What a file redacted from `source` may embed: with `pictures: keep`, the input's own
    pictures as the redactor cleans them (Word) or its redacted page pictures (PDF); with
    `pictures: drop`, nothing but a scanned page's burned image."""
    keep = pictures == "keep"
    digests: set[str] = set()
    if keep and source.suffix.lower() in PACKAGE_SUFFIXES:
        from reviewgen.redact.word import clean_image

        try:
            with zipfile.ZipFile(source) as package:
                for info in package.infolist():
                    cleaned = clean_image(package.read(info))
                    if cleaned is not None:
                        digests.add(_sha256(cleaned[0]))
        except (OSError, zipfile.BadZipFile, RuntimeError):
            pass  # nothing approved: the released file's pictures then fail the check
    return Approved(digests=frozenset(digests), pdf_pictures="all" if keep else "scans")


def embedded_objects(path: Path, suffix: str | None = None) -> list[EmbeddedObject]:
    """Every object `path` embeds or references, by its type (`suffix`, else the file's)."""
    suffix = (suffix or path.suffix).lower()
    try:
        if suffix in PACKAGE_SUFFIXES:
            return list(_package_objects(path.read_bytes()))
        if suffix in HTML_SUFFIXES:
            return list(_html_objects(path.read_bytes()))
        if suffix == ".pdf":
            return _pdf_objects(path)
    except (OSError, ValueError, RuntimeError, zipfile.BadZipFile, etree.ParserError):
        return [EmbeddedObject("whole file", "unreadable, so its objects cannot be checked")]
    return []  # text, Markdown and CSV hold no embedded objects


def foreign_objects(path: Path, approved: Approved, suffix: str | None = None) -> list[str]:
    """'part (kind, not from the template or the configured assets)' for every object in
    `path` that `approved` does not allow. Names parts, never content."""
    return [f"{item.part} ({item.kind}, {NOT_APPROVED})" for item in embedded_objects(path, suffix)
            if not approved.allows(item)]


def refuse_foreign(path: Path, approved: Approved, name: str, suffix: str | None = None) -> None:
    """CheckFailed naming `name` and each part that `approved` does not allow."""
    found = foreign_objects(path, approved, suffix)
    if found:
        raise CheckFailed(f"{name}: {len(found)} embedded object(s) {NOT_APPROVED}, nothing written: "
                          f"{'; '.join(found)}. Put approved images in the assets folder (rendering.assets_dir)")


# --- Office packages ------------------------------------------------------------------------

def _package_objects(data: bytes) -> Iterator[EmbeddedObject]:
    with zipfile.ZipFile(_bytes_io(data)) as package:
        names = [info.filename for info in package.infolist() if not info.is_dir()]
        types = _content_types(package.read("[Content_Types].xml")) if "[Content_Types].xml" in names else ({}, {})
        for number, name in enumerate(names, start=1):
            if name.endswith(".rels"):
                yield from _external_links(package.read(name), _part_name(name, number))
                continue
            content_type = _content_type(name, *types)
            data = package.read(name)
            kind = _object_kind(name, content_type, data)
            if kind is not None:
                yield EmbeddedObject(_part_name(name, number), kind, data)


def _part_name(name: str, number: int) -> str:
    """The part's name when it is one Office or reviewgen generates (`word/media/image3.png`);
    otherwise its place in the package, because a name someone chose may say who it shows."""
    if _GENERATED_PART.match(name):
        return name
    return f"part {number} of the package ({posixpath.splitext(name)[1].lower()[:6] or 'no extension'})"


def _content_types(xml: bytes) -> tuple[dict[str, str], dict[str, str]]:
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    defaults = {e.get("Extension", "").lower(): e.get("ContentType", "") for e in root.iter(CONTENT_TYPES + "Default")}
    overrides = {e.get("PartName", "").lstrip("/"): e.get("ContentType", "") for e in root.iter(CONTENT_TYPES + "Override")}
    return defaults, overrides


def _content_type(name: str, defaults: dict[str, str], overrides: dict[str, str]) -> str:
    return overrides.get(name) or defaults.get(posixpath.splitext(name)[1].lstrip(".").lower(), "")


def _object_kind(name: str, content_type: str, data: bytes) -> str | None:
    """What an embedded part is, or None for a part of the document's own XML."""
    folders = name.lower().split("/")[:-1]
    content_type = content_type.lower()
    if content_type.startswith("image/") or "thumbnail" in name.lower() or data.startswith(_IMAGE_SIGNATURES):
        return "picture"
    if content_type.startswith(("video/", "audio/")):
        return "media"
    if "embeddings" in folders or "oleobject" in content_type or content_type.endswith(".package") \
            or "activex" in content_type:
        return "embedded object or package"
    if "media" in folders:
        return "media"
    if content_type in _EMBEDDED_DOCUMENT_TYPES or name.lower().endswith((".htm", ".html", ".mht", ".rtf", ".txt")):
        return "embedded document (altChunk)"
    if content_type.endswith(("xml", "vmldrawing")) or name.lower().endswith((".xml", ".vml")):
        return None  # the document's own markup, which the leak check reads
    if "font" in content_type:
        return "embedded font"
    return "embedded part"  # binary and unknown: macros, printer settings, anything else


def _external_links(xml: bytes, part: str) -> Iterator[EmbeddedObject]:
    """A relationship that fetches something from outside the package when it is opened."""
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    for number, rel in enumerate(root.iter(PACKAGE_RELS + "Relationship"), start=1):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        if rel.get("TargetMode") == "External" and kind != "hyperlink":
            yield EmbeddedObject(f"{part} relationship {number}", f"linked {kind or 'resource'} outside the file")


# --- HTML -----------------------------------------------------------------------------------

def _html_objects(data: bytes) -> Iterator[EmbeddedObject]:
    root = lxml_html.document_fromstring(data)
    counts: dict[str, int] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = etree.QName(element).localname.lower()
        references = [element.get(a) for a in _RESOURCE_ATTRIBUTES if element.get(a)]
        if tag == "link" and element.get("href"):
            references.append(element.get("href"))
        if tag in _SVG_RESOURCE_TAGS:
            references += [element.get(a) for a in _SVG_LINKS if element.get(a)]
        styles = [element.get("style") or ""] + ([element.text or ""] if tag == "style" else [])
        references += [m.group(2) or m.group(4) for css in styles for m in _CSS_URL.finditer(css)]
        for reference in references:
            counts[tag] = counts.get(tag, 0) + 1
            yield _html_reference(f"<{tag}> {counts[tag]}", (reference or "").strip())


def _html_reference(part: str, reference: str) -> EmbeddedObject:
    match = _DATA_URI.match(reference)
    if match is None:
        return EmbeddedObject(part, "reference to a file outside the page (remote or local)")
    try:
        data = (base64.b64decode(re.sub(r"\s+", "", match.group(3)), validate=True) if match.group(2)
                else unquote_to_bytes(match.group(3)))
    except (binascii.Error, ValueError):
        return EmbeddedObject(part, "undecodable inline data")
    kind = "picture" if match.group(1).lower().startswith("image/") else "inline data"
    return EmbeddedObject(part, kind, data)


# --- PDF ------------------------------------------------------------------------------------

def _pdf_objects(path: Path) -> list[EmbeddedObject]:
    import pymupdf

    found = []
    with pymupdf.open(path) as doc:
        for number in range(doc.embfile_count()):
            found.append(EmbeddedObject(f"attached file {number + 1}", "embedded file", doc.embfile_get(number)))
        seen: set[int] = set()
        for page in doc:
            where = f"page {page.number + 1}"
            for annot in page.annots() or []:
                if annot.type[1] in _PDF_MEDIA_ANNOTATIONS:
                    found.append(EmbeddedObject(f"{where} annotation {annot.xref}", "attachment or media"))
            images = page.get_images(full=True)
            whole_page = not page.get_text().strip() and len(images) == 1 and any(
                _covers(pymupdf.Rect(info["bbox"]), page.rect) for info in page.get_image_info())
            for xref, smask, *_ in images:
                if xref in seen:
                    continue
                seen.add(xref)
                image = doc.extract_image(xref)
                found.append(EmbeddedObject(f"{where} picture {len(seen)}", "picture", image["image"],
                                            _pdf_pixel_digest(doc, xref, smask), page_scan=whole_page))
    return found


def _covers(box, page) -> bool:
    return box.x0 <= page.x0 + 1 and box.y0 <= page.y0 + 1 and box.x1 >= page.x1 - 1 and box.y1 >= page.y1 - 1


def _pdf_pixel_digest(doc, xref: int, smask: int) -> str | None:
    import pymupdf

    try:
        pixmap = pymupdf.Pixmap(doc, xref)
        if smask:
            pixmap = pymupdf.Pixmap(pixmap, pymupdf.Pixmap(doc, smask))
        return _pixel_digest(pixmap)
    except (RuntimeError, ValueError):
        return None


def _image_pixel_digest(data: bytes) -> str | None:
    """The decoded pixels of an image file (None if it is not one PyMuPDF reads)."""
    import pymupdf

    if not data.startswith(_IMAGE_SIGNATURES):
        return None
    try:
        return _pixel_digest(pymupdf.Pixmap(data))
    except (RuntimeError, ValueError, TypeError):
        return None


def _pixel_digest(pixmap) -> str:
    import pymupdf

    if pixmap.colorspace is None or pixmap.colorspace.n != 3:
        pixmap = pymupdf.Pixmap(pymupdf.csRGB, pixmap)
    header = f"{pixmap.width}x{pixmap.height}:{int(pixmap.alpha)}:".encode()
    return hashlib.sha256(header + pixmap.samples).hexdigest()


# --- helpers --------------------------------------------------------------------------------

def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _bytes_io(data: bytes):
    import io

    return io.BytesIO(data)


def _zip_members(blob: bytes) -> list[bytes]:
    try:
        with zipfile.ZipFile(_bytes_io(blob)) as package:
            return [package.read(info) for info in package.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, RuntimeError, OSError):
        return []


def _files_in(folder: Path) -> list[Path]:
    """The files in `folder`; as `render.markup.allowed_image` does, a link out of it is not in it."""
    if folder.is_file():
        return [folder]
    root = folder.resolve()
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.resolve().is_relative_to(root)) \
        if folder.is_dir() else []


def _traversable_files(folder: Traversable) -> list[bytes]:
    found = []
    for entry in folder.iterdir():
        if entry.is_dir():
            found += _traversable_files(entry)
        elif entry.is_file():
            found.append(entry.read_bytes())
    return found
