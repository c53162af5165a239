"""Redact a Word document for real: every part of the package, not just what shows.

Works on the package's XML parts with lxml so nothing is missed: body, tables, text
boxes, headers, footers, footnotes and endnotes are redacted paragraph by paragraph (a
value split across differently formatted runs is still found; the replacement takes the
first run's formatting); tracked changes are accepted so deleted text cannot be
recovered; comments are deleted; mailto and other personal hyperlink targets are
removed; alt text naming a person is removed; document properties are scrubbed.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional
from urllib.parse import unquote

from lxml import etree

from reviewgen.atomicio import atomic_path
from reviewgen.errors import InputError

if TYPE_CHECKING:
    from reviewgen.redact.redactor import Redactor

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
CORE_PROPS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}
EXT_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


STORY_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|glossary/document)\.xml$")
# Removed whole: comments and their authors, and the page thumbnail (a picture of page 1).
REMOVED_PARTS = re.compile(r"^(word/(comments[A-Za-z]*|people)\.xml|docProps/thumbnail\.\w+)$")
# Revision records that hold old text or old formatting: dropped when changes are accepted.
REVISION_DROP = {w(t) for t in (
    "del", "moveFrom", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
    "moveToRangeEnd", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
    "tcPrChange", "tblGridChange", "numberingChange", "cellDel", "cellIns", "cellMerge",
    "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlInsRangeStart",
    "customXmlInsRangeEnd",
)}
REVISION_UNWRAP = {w("ins"), w("moveTo")}
COMMENT_MARKS = {w("commentRangeStart"), w("commentRangeEnd"), w("commentReference")}
TEXT_BREAKS = {w("tab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "-"}
ALT_TEXT_ATTRIBUTES = ("descr", "title", "alt")
CLEARED_CORE = ("creator", "lastModifiedBy")
REDACTED_CORE = ("title", "subject", "description", "keywords", "category")
CLEARED_APP = ("Company", "Manager")


def part_label(name: str) -> str:
    stem = Path(name).stem
    if stem == "document":
        return "glossary" if "glossary" in name else "body"
    match = re.match(r"(header|footer)(\d*)", stem)
    if match:
        return f"{match.group(1)} {match.group(2)}".strip()
    return stem  # footnotes, endnotes


@dataclass
class Segment:
    """One run of text to redact and how to write the result back."""

    text: str
    location: str
    write: Callable[[list[tuple[int, int, str]]], None]
    lead: str = ""  # read for context only: the earlier cells of its table row


def redact_docx(redactor: "Redactor", in_path: Path, out_path: Optional[Path], location_prefix: str = "") -> None:
    parts, infos = read_package(in_path)
    trees: dict[str, etree._Element] = {}
    removed = {name for name in parts if REMOVED_PARTS.match(name)}
    removed |= {rels_part_for(name) for name in removed}
    for rels_name in parts:
        if rels_name.endswith(".rels") and rels_name not in removed:
            rels = trees[rels_name] = _parse(parts[rels_name], in_path, rels_name)
            source = rels_name.replace("_rels/", "").removesuffix(".rels")
            for rel in list(rels):
                if rel.get("TargetMode") != "External" and _resolve(source, rel.get("Target", "")) in removed:
                    rels.remove(rel)
    segments: list[Segment] = []
    link_checks: list[tuple[str, str, etree._Element]] = []  # (story part, rels part, rel element)

    for name in sorted(parts):
        if not STORY_PARTS.match(name):
            continue
        root = _parse(parts[name], in_path, name)
        trees[name] = root
        accept_revisions(root)
        remove_comment_marks(root)
        label = location_prefix + part_label(name)
        segments.extend(paragraph_segments(root, label))
        segments.extend(field_code_segments(root, label))
        segments.extend(alt_text_segments(root, label))
        rels_name = rels_part_for(name)
        if rels_name in parts:
            for rel in trees[rels_name]:
                if rel.get("TargetMode") == "External":
                    link_checks.append((name, rels_name, rel))

    for prop_name, builder in (("docProps/core.xml", core_property_segments),
                               ("docProps/app.xml", app_property_segments),
                               ("docProps/custom.xml", custom_property_segments)):
        if prop_name in parts:
            root = _parse(parts[prop_name], in_path, prop_name)
            trees[prop_name] = root
            segments.extend(builder(root, location_prefix + "document properties"))

    link_segments = [Segment(unquote(rel.get("Target", "")),
                             location_prefix + f"{part_label(story)}, hyperlink target",
                             _link_writer(trees[story], trees[rels_name], rel))
                     for story, rels_name, rel in link_checks]
    all_segments = segments + link_segments
    plans = redactor.plan([s.text for s in all_segments], [s.location for s in all_segments],
                          [s.lead for s in all_segments])
    if out_path is None:  # read for names only
        return
    for segment, plan in zip(all_segments, plans):
        if plan:
            segment.write(plan)

    if "[Content_Types].xml" in parts:
        types = _parse(parts["[Content_Types].xml"], in_path, "[Content_Types].xml")
        for override in list(types):
            if override.get("PartName", "").lstrip("/") in removed:
                types.remove(override)
        trees["[Content_Types].xml"] = types

    with atomic_path(out_path) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
            for info in infos:
                if info.filename in removed:
                    continue
                data = parts[info.filename]
                if info.filename in trees:
                    data = etree.tostring(trees[info.filename], xml_declaration=True,
                                         encoding="UTF-8", standalone=True)
                out.writestr(info, data)


def read_package(path: Path) -> tuple[dict[str, bytes], list[zipfile.ZipInfo]]:
    """Every part of a .docx, after checking it really is a Word document."""
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    if not zipfile.is_zipfile(path):
        raise InputError.single(path, "is not a Word (.docx) document",
                                fix="save it from Word as .docx, or give a .txt or .md file")
    try:
        import docx

        docx.Document(str(path))
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            return {i.filename: package.read(i) for i in infos}, infos
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError.single(path, "is not a Word (.docx) document",
                                fix="save it from Word as .docx, or give a .txt or .md file") from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and others
        raise InputError.single(path, "could not be read as a Word (.docx) document",
                                fix="open it in Word and save it again as .docx") from exc


def _parse(data: bytes, path: Path, part: str) -> etree._Element:
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
    except etree.XMLSyntaxError:
        raise InputError.single(path, f"the part {part} is damaged",
                                fix="open it in Word and save it again as .docx") from None


def rels_part_for(name: str) -> str:
    folder, _, file = name.rpartition("/")
    return f"{folder}/_rels/{file}.rels"


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    folder = source.rpartition("/")[0]
    parts = (folder + "/" + target).split("/")
    resolved: list[str] = []
    for piece in parts:
        if piece == "..":
            if resolved:
                resolved.pop()
        elif piece and piece != ".":
            resolved.append(piece)
    return "/".join(resolved)


# --- tracked changes and comments --------------------------------------------------

def accept_revisions(root: etree._Element) -> None:
    """Accept every tracked change: deleted text goes, inserted text stays, marks go."""
    for deleted_row in root.iter(w("trPr")):
        if deleted_row.find(w("del")) is not None:
            row = deleted_row.getparent()
            if row is not None and row.getparent() is not None:
                row.getparent().remove(row)
    for element in list(root.iter(*REVISION_DROP)):
        if element.getparent() is not None:
            element.getparent().remove(element)
    for element in list(root.iter(*REVISION_UNWRAP)):
        unwrap(element)
    for text in list(root.iter(w("delText"), w("delInstrText"))):
        run = text.getparent()
        if run is not None:
            run.remove(text)


def remove_comment_marks(root: etree._Element) -> None:
    for mark in list(root.iter(*COMMENT_MARKS)):
        parent = mark.getparent()
        parent.remove(mark)
        if parent.tag == w("r") and all(c.tag == w("rPr") for c in parent):
            if parent.getparent() is not None:
                parent.getparent().remove(parent)


def unwrap(element: etree._Element) -> None:
    """Replace `element` by its children, in place."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


# --- text segments -----------------------------------------------------------------

def paragraph_segments(root: etree._Element, label: str) -> list[Segment]:
    segments = []
    for number, paragraph in enumerate(root.iter(w("p")), start=1):
        pieces = paragraph_pieces(paragraph)
        text = "".join(t for _, t in pieces)
        if not text.strip():
            continue
        where = label
        if _has_ancestor(paragraph, w("txbxContent")):
            where += ", text box"
        elif _has_ancestor(paragraph, w("tbl")):
            where += ", table"
        segments.append(Segment(text, f"{where}, paragraph {number}", _runs_writer(pieces),
                                row_lead(paragraph)))
    return segments


def row_lead(paragraph: etree._Element) -> str:
    """The text of the cells before this paragraph's cell in its table row ("Date of
    birth" for the cell holding the date), for context; "" outside tables."""
    cell = _nearest(paragraph, w("tc"))
    row = _nearest(cell, w("tr")) if cell is not None else None
    if row is None:
        return ""
    texts = []
    for other in row.iterchildren(w("tc")):
        if other is cell:
            break
        texts.append(" ".join("".join(t for _, t in paragraph_pieces(p)) for p in other.iter(w("p"))))
    return " | ".join(t for t in texts if t.strip())


def _nearest(element: etree._Element, tag: str) -> Optional[etree._Element]:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def paragraph_pieces(paragraph: etree._Element) -> list[tuple[Optional[etree._Element], str]]:
    """The paragraph's own text nodes in order (not those of text boxes nested in it)."""
    pieces: list[tuple[Optional[etree._Element], str]] = []
    for element in paragraph.iter(w("t"), *TEXT_BREAKS):
        if _owner_paragraph(element) is not paragraph:
            continue
        if element.tag == w("t"):
            pieces.append((element, element.text or ""))
        elif element.getparent() is not None and element.getparent().tag == w("r"):
            pieces.append((None, TEXT_BREAKS[element.tag]))
    return pieces


def _owner_paragraph(element: etree._Element) -> Optional[etree._Element]:
    parent = element.getparent()
    while parent is not None and parent.tag != w("p"):
        parent = parent.getparent()
    return parent


def _has_ancestor(element: etree._Element, tag: str) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def _runs_writer(pieces):
    """Write replacements back across runs: the label goes in the run where the value
    starts (keeping that run's formatting); the rest of the value is cut from the others."""

    def write(plan: list[tuple[int, int, str]]) -> None:
        offset = 0
        for node, text in pieces:
            start_of_piece = offset
            offset += len(text)
            if node is None:
                continue
            out = []
            for index, char in enumerate(text, start=start_of_piece):
                span = next((s for s in plan if s[0] <= index < s[1]), None)
                if span is None:
                    out.append(char)
                elif index == span[0]:
                    out.append(span[2])
            new_text = "".join(out)
            if new_text != text:
                node.text = new_text
                node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    return write


def field_code_segments(root: etree._Element, label: str) -> list[Segment]:
    """Field instructions (HYPERLINK "mailto:...", MERGEFIELD ...) hold text too."""
    segments = []
    for node in root.iter(w("instrText")):
        if node.text and node.text.strip():
            segments.append(Segment(node.text, f"{label}, field code", _text_writer(node)))
    return segments


def alt_text_segments(root: etree._Element, label: str) -> list[Segment]:
    """Alt text and titles on pictures and shapes: removed when they hold personal data."""
    segments = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in ALT_TEXT_ATTRIBUTES:
            value = element.get(attribute)
            if value and value.strip():
                segments.append(Segment(value, f"{label}, alt text",
                                        _attribute_remover(element, attribute)))
    return segments


def _text_writer(node: etree._Element):
    def write(plan):
        from reviewgen.redact.redactor import apply

        node.text = apply(node.text or "", plan)

    return write


def _attribute_remover(element: etree._Element, attribute: str):
    def write(plan):
        if attribute in element.attrib:
            del element.attrib[attribute]

    return write


def _link_writer(story: etree._Element, rels: etree._Element, rel: etree._Element):
    """Remove a personal hyperlink: the relationship goes, the link's text stays as text."""

    def write(plan):
        rel_id = rel.get("Id")
        for link in list(story.iter(w("hyperlink"))):
            if link.get(f"{{{R}}}id") == rel_id:
                unwrap(link)
        if rel.getparent() is not None:
            rels.remove(rel)

    return write


# --- document properties -----------------------------------------------------------

def core_property_segments(root: etree._Element, label: str) -> list[Segment]:
    segments = []
    for element in root:
        local = etree.QName(element).localname
        if local in CLEARED_CORE:
            element.text = ""
        elif local in REDACTED_CORE and element.text and element.text.strip():
            segments.append(Segment(element.text, f"{label}: {local}", _text_writer(element)))
    return segments


def app_property_segments(root: etree._Element, label: str) -> list[Segment]:
    for element in root:
        if etree.QName(element).localname in CLEARED_APP:
            element.text = ""
    return []


def custom_property_segments(root: etree._Element, label: str) -> list[Segment]:
    segments = []
    for prop in root:
        for value in prop:
            if value.text and value.text.strip():
                segments.append(Segment(value.text, f"{label}: {prop.get('name', 'custom')}",
                                        _text_writer(value)))
    return segments
