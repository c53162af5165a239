"""Redact a Word document by rebuilding it from the parts we understand.

Content disarm and reconstruction: the released package is not the input with personal
data cut out; it is a new package assembled from an allow-list of parts, each found
through the package relationships (never by file name), cleaned, and renamed:

    kept and redacted   the body, headers, footers, footnotes, endnotes
    kept and rebuilt    styles (custom style names made neutral), numbering, theme,
                        font table (embedded fonts dropped), settings (only layout
                        settings kept), pictures (PNG and JPEG, renamed, metadata
                        stripped), core properties (title and subject, redacted),
                        application properties (minimal)
    dropped             everything else: embedded objects and workbooks, altChunk,
                        charts, SmartArt, customXml, glossary, comments and people,
                        macros, custom properties, thumbnails, web settings, other
                        picture formats and anything unknown

Each drop is recorded ("removed: chart (2)") for the schedule, never with its content.
In the parts kept, text that Word does not need is dropped: tracked changes are
accepted, hidden text removed, content controls, smart tags and custom XML markup
unwrapped, fields other than page numbering and cross-references turned into their
displayed result, bookmarks renamed, picture names and alt text, permissions, authors,
dates and rsids removed. What remains is redacted paragraph by paragraph, so a value
split across runs is still found.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
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
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
REL_TYPE = R + "/"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class Kind:
    """A part type we keep: how it is named and typed in the rebuilt package."""

    role: str  # "story" (redacted text), "support" (rebuilt) or "image"
    name: str  # file name in word/, {n} numbered
    content_type: str
    location: str  # how the schedule names it, {n} numbered


KEPT = {
    "officeDocument": Kind("story", "document.xml", WORDML + "document.main+xml", "body"),
    "header": Kind("story", "header{n}.xml", WORDML + "header+xml", "header {n}"),
    "footer": Kind("story", "footer{n}.xml", WORDML + "footer+xml", "footer {n}"),
    "footnotes": Kind("story", "footnotes.xml", WORDML + "footnotes+xml", "footnotes"),
    "endnotes": Kind("story", "endnotes.xml", WORDML + "endnotes+xml", "endnotes"),
    "styles": Kind("support", "styles.xml", WORDML + "styles+xml", "styles"),
    "numbering": Kind("support", "numbering.xml", WORDML + "numbering+xml", "numbering"),
    "theme": Kind("support", "theme/theme{n}.xml", "application/vnd.openxmlformats-officedocument.theme+xml",
                  "theme"),
    "fontTable": Kind("support", "fontTable.xml", WORDML + "fontTable+xml", "font table"),
    "settings": Kind("support", "settings.xml", WORDML + "settings+xml", "settings"),
    "image": Kind("image", "media/image{n}", "", "picture"),
}
MAIN_RELATIONSHIPS = ("header", "footer", "footnotes", "endnotes", "styles", "numbering", "theme",
                      "fontTable", "settings", "image")
STORY_RELATIONSHIPS = ("image",)
# What the schedule calls a dropped part, by relationship type; anything else is "other part".
DROPPED_KINDS = {
    "oleObject": "embedded object", "package": "embedded object", "aFChunk": "embedded HTML or document",
    "chart": "chart", "chartUserShapes": "chart", "diagramData": "SmartArt diagram",
    "diagramLayout": "SmartArt diagram", "diagramQuickStyle": "SmartArt diagram",
    "diagramColors": "SmartArt diagram", "diagramDrawing": "SmartArt diagram",
    "customXml": "custom XML data", "glossaryDocument": "Quick Parts (glossary)",
    "comments": "comments", "commentsExtended": "comments", "commentsIds": "comments",
    "commentsExtensible": "comments", "people": "comments", "vbaProject": "macros",
    "webSettings": "web settings", "stylesWithEffects": "duplicate styles", "font": "embedded font",
    "thumbnail": "thumbnail", "custom-properties": "custom document properties",
    "attachedTemplate": "template link", "mailMergeSource": "mail merge source",
    "mailMergeHeaderSource": "mail merge source", "subDocument": "subdocument", "control": "ActiveX control",
    "image": "picture", "hyperlink": "link", "frame": "frame",
}

# Revision records that hold old text, old formatting or their authors: dropped when
# changes are accepted. Every element named *Change is one too (see accept_revisions).
REVISION_DROP = {w(t) for t in (
    "del", "moveFrom", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
    "moveToRangeEnd", "cellDel", "cellIns", "cellMerge", "customXmlDelRangeStart",
    "customXmlDelRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd",
    "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
    "customXmlMoveToRangeEnd",
)}
REVISION_UNWRAP = {w("ins"), w("moveTo")}
# Elements whose content stays but whose own markup carries names (alias, tag, list
# items, smart tag attributes, custom XML element names).
UNWRAPPED = {w("sdt"), w("customXml"), w("smartTag")}
DROPPED_ELEMENTS = {w(t) for t in (
    "commentRangeStart", "commentRangeEnd", "commentReference", "permStart", "permEnd",
    "ffData", "tblCaption", "tblDescription", "proofErr", "sdtPr", "sdtEndPr",
    "customXmlPr", "smartTagPr", "altChunk", "subDoc", "attachedTemplate",
    "fldData", "binData",  # opaque base64 data Word does not need to show the text
)}
# Attributes that hold free text Word does not need: authors, dates, alt text, titles,
# link tips, image names.
DROPPED_ATTRIBUTES = {"author", "initials", "date", "descr", "title", "alt", "href", "tooltip",
                      "docLocation", "tgtFrame", "userId", "providerId", "ed", "edGrp", "gfxdata"}
# Namespaces Office defines; markup in any other is foreign and removed.
KNOWN_NAMESPACES = ("http://schemas.openxmlformats.org/", "http://schemas.microsoft.com/office/",
                    "urn:schemas-microsoft-com:", "http://www.w3.org/XML/1998/namespace",
                    "http://purl.org/dc/", "http://www.w3.org/2001/XMLSchema-instance")
MATH_TEXT = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
TEXT_BREAKS = {w("tab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "-"}
# Fields kept working: page numbers and internal cross-references. Any other field
# (HYPERLINK, MERGEFIELD, AUTHOR, DOCPROPERTY, INCLUDETEXT...) becomes its shown result.
KEPT_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "REF", "PAGEREF", "NOTEREF", "SEQ",
               "TOC", "STYLEREF", "="}
# Bookmarks Word makes itself hold only numbers; others are renamed.
WORD_BOOKMARK = re.compile(r"^_(Toc|Ref|Hlk|GoBack)\d*$")
# Settings that shape the layout; the rest (attached template, document variables, mail
# merge, rsids, protection hashes) is dropped.
KEPT_SETTINGS = {w(t) for t in (
    "zoom", "defaultTabStop", "characterSpacingControl", "compat", "evenAndOddHeaders",
    "mirrorMargins", "gutterAtTop", "footnotePr", "endnotePr", "themeFontLang",
    "clrSchemeMapping", "decimalSymbol", "listSeparator", "displayBackgroundShape",
    "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "titlePg",
)} | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}


@dataclass
class Segment:
    """One run of text to redact and how to write the result back."""

    text: str
    location: str
    write: Callable[[list[tuple[int, int, str]]], None]
    lead: str = ""  # read for context only: the earlier cells of its table row


@dataclass
class SourcePart:
    """A part of the input package that the rebuilt package keeps."""

    name: str  # in the input
    rel_type: str
    kind: Kind
    new_name: str
    location: str
    tree: etree._Element | None = None
    data: bytes = b""
    rels: list[tuple[str, str, str, bool]] = field(default_factory=list)  # new id, type, target, external


@dataclass
class Rebuild:
    """The state of one document's reconstruction."""

    path: Path
    parts: dict[str, bytes]
    kept: dict[str, SourcePart] = field(default_factory=dict)  # by input name
    dropped: Counter = field(default_factory=Counter)
    dropped_names: set[str] = field(default_factory=set)
    counters: Counter = field(default_factory=Counter)
    style_names: dict[str, str] = field(default_factory=dict)  # old style id -> new
    bookmarks: dict[str, str] = field(default_factory=dict)  # old bookmark name -> new
    font_names: dict[str, str] = field(default_factory=dict)  # a font named after a person -> neutral

    def drop(self, what: str, part_name: str = "") -> None:
        if part_name:
            if part_name in self.dropped_names:
                return
            self.dropped_names.add(part_name)
        self.dropped[what] += 1


def redact_docx(redactor: Redactor, in_path: Path, out_path: Path | None, location_prefix: str = "") -> None:
    """Redact `in_path` into a rebuilt package at `out_path` (None: read for names only)."""
    rebuild = Rebuild(in_path, read_package(in_path))
    main = discover(rebuild, redactor.policy.pictures == "keep")
    segments: list[Segment] = []
    link_segments: list[Segment] = []
    for part in rebuild.kept.values():
        label = location_prefix + part.location
        if part.kind.role == "story":
            assert part.tree is not None
            clean_story(part.tree, part, rebuild)
            segments.extend(paragraph_segments(part.tree, label))
            segments.extend(field_code_segments(part.tree, label))
            link_segments.extend(link_target_segments(part, label))
        elif part.kind.name == "numbering.xml":
            assert part.tree is not None
            segments.extend(numbering_segments(part.tree, label))
        elif part.kind.name == "fontTable.xml":
            assert part.tree is not None
            segments.extend(font_segments(part.tree, label, rebuild.font_names))
    for part in rebuild.kept.values():  # style ids are renamed everywhere once styles are read
        if part.tree is not None:
            strip_foreign(part.tree)
            if part.kind.role != "story":
                _remap_relationships(part.tree, part, rebuild)
            rename_styles(part.tree, rebuild.style_names)
    core = core_properties(rebuild)
    segments.extend(Segment(text, f"{location_prefix}document properties: {name}", _element_writer(element))
                    for name, (element, text) in core.items())
    all_segments = segments + link_segments
    plans = redactor.plan([s.text for s in all_segments], [s.location for s in all_segments],
                          [s.lead for s in all_segments])
    for what, count in sorted(rebuild.dropped.items()):
        redactor.record_removal(f"{location_prefix}package", what, count)
    if out_path is None:
        return
    for segment, plan in zip(all_segments, plans):
        if plan:
            segment.write(plan)
    for part in rebuild.kept.values():
        if part.tree is not None and rebuild.font_names:
            rename_fonts(part.tree, rebuild.font_names)
    write_package(rebuild, main, core, out_path)


# --- reading and discovering --------------------------------------------------------

def read_package(path: Path) -> dict[str, bytes]:
    """Every part of a .docx, after checking it really is a Word document."""
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    if not zipfile.is_zipfile(path):
        raise InputError.single(path, "is not a Word (.docx) document",
                                fix="save it from Word as .docx, or give a .txt or .md file")
    try:
        with zipfile.ZipFile(path) as package:
            return {i.filename: package.read(i) for i in package.infolist() if not i.is_dir()}
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise InputError.single(path, "could not be read as a Word (.docx) document",
                                fix="open it in Word and save it again as .docx") from exc


def _parse(data: bytes, path: Path, part: str) -> etree._Element:
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True,
                                                      no_network=True))
    except etree.XMLSyntaxError:
        raise InputError.single(path, f"a part of the package ({part.rsplit('/', 1)[-1]}) is damaged",
                                fix="open it in Word and save it again as .docx") from None


def rels_part_for(name: str) -> str:
    folder, _, file = name.rpartition("/")
    return f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels"


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    folder = source.rpartition("/")[0]
    resolved: list[str] = []
    for piece in (folder + "/" + unquote(target)).split("/"):
        if piece == "..":
            if resolved:
                resolved.pop()
        elif piece and piece != ".":
            resolved.append(piece)
    return "/".join(resolved)


def _relationships(rebuild: Rebuild, source: str) -> Iterator[tuple[str, str, str, bool]]:
    """(id, short type, target, external) for each relationship of part `source`."""
    rels_name = rels_part_for(source)
    if rels_name not in rebuild.parts:
        return
    for rel in _parse(rebuild.parts[rels_name], rebuild.path, rels_name):
        if not isinstance(rel.tag, str):
            continue
        external = rel.get("TargetMode") == "External"
        target = rel.get("Target", "")
        yield (rel.get("Id", ""), rel.get("Type", "").rsplit("/", 1)[-1],
               target if external else _resolve(source, target), external)


def discover(rebuild: Rebuild, keep_pictures: bool) -> SourcePart:
    """Walk the relationships from the package root; keep the allow-listed parts."""
    main: SourcePart | None = None
    for _, rel_type, target, external in _relationships(rebuild, ""):
        if rel_type == "officeDocument" and not external and target in rebuild.parts and main is None:
            main = _keep(rebuild, target, rel_type)
        elif rel_type not in ("core-properties", "extended-properties"):
            rebuild.drop(DROPPED_KINDS.get(rel_type, "other part"), target)
    if main is None:
        raise InputError.single(rebuild.path, "has no main document part",
                                fix="open it in Word and save it again as .docx")
    queue = [main]
    while queue:
        part = queue.pop(0)
        for rel_id, rel_type, target, external in _relationships(rebuild, part.name):
            kept = _follow(rebuild, part, rel_id, rel_type, target, external, keep_pictures)
            if kept is not None:
                queue.append(kept)
    return main


def _follow(rebuild: Rebuild, part: SourcePart, rel_id: str, rel_type: str, target: str,
            external: bool, keep_pictures: bool) -> SourcePart | None:
    """Keep one relationship of a kept part, or record what is dropped. Returns a newly
    kept part whose own relationships must be followed."""
    new_id = f"rId{len(part.rels) + 1}"
    if rel_type == "hyperlink" and external and part.kind.role == "story":
        part.rels.append((new_id, rel_type, target, True))
        rebuild.counters[("id", part.name, rel_id)] = len(part.rels)
        return None
    allowed = rel_type in (MAIN_RELATIONSHIPS if part.kind.name == "document.xml"
                           else STORY_RELATIONSHIPS if part.kind.role == "story" else ())
    if external or not allowed or target not in rebuild.parts:
        rebuild.drop(DROPPED_KINDS.get(rel_type, "other part"), target if not external else "")
        return None
    if rel_type == "image":
        image = clean_image(rebuild.parts[target]) if keep_pictures else None
        if image is None:
            rebuild.drop("picture" if keep_pictures else "picture (policy)", target)
            return None
    already = rebuild.kept.get(target)
    kept = already or _keep(rebuild, target, rel_type)
    part.rels.append((new_id, rel_type, kept.new_name, False))
    rebuild.counters[("id", part.name, rel_id)] = len(part.rels)
    return None if already else kept


def _keep(rebuild: Rebuild, name: str, rel_type: str) -> SourcePart:
    kind = KEPT[rel_type]
    rebuild.counters[rel_type] += 1
    number = rebuild.counters[rel_type]
    new_name = "word/" + kind.name.format(n=number)
    data = rebuild.parts[name]
    tree = None
    if kind.role == "image":
        cleaned = clean_image(data)
        assert cleaned is not None
        data, extension = cleaned
        new_name += "." + extension
    else:
        tree = _parse(data, rebuild.path, name)
        if rel_type == "officeDocument" and etree.QName(tree).localname != "document":
            raise InputError.single(rebuild.path, "is not a Word (.docx) document",
                                    fix="save it from Word as .docx, or give a .txt or .md file")
    part = SourcePart(name, rel_type, kind, new_name, kind.location.format(n=number), tree, data)
    rebuild.kept[name] = part
    if rel_type == "styles":
        assert tree is not None
        neutral_styles(tree, rebuild.style_names)
    elif rel_type == "settings":
        assert tree is not None
        part.tree = rebuilt_settings(tree)
    elif rel_type == "fontTable":
        assert tree is not None
        for element in list(tree.iter(w("embedRegular"), w("embedBold"), w("embedItalic"),
                                      w("embedBoldItalic"), w("altName"))):
            _remove(element)
    elif rel_type == "theme":
        assert tree is not None
        tree.set("name", "Theme")
    return part


# --- cleaning a story part ------------------------------------------------------------

def clean_story(root: etree._Element, part: SourcePart, rebuild: Rebuild) -> None:
    """Everything in a story part that is not plain content goes, before redaction."""
    _remap_relationships(root, part, rebuild)
    accept_revisions(root)
    hidden = _remove_hidden_text(root)
    if hidden:
        rebuild.dropped["hidden text"] += hidden
    for element in list(root.iter(*DROPPED_ELEMENTS)):
        _remove(element)
    for element in list(root.iter(*UNWRAPPED)):
        if element.tag == w("sdt"):
            content = element.find(w("sdtContent"))
            if content is not None:
                unwrap(content)
        unwrap(element)
    flatten_fields(root)
    _rename_bookmarks(root, rebuild.bookmarks)
    _neutral_drawings(root)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in list(element.attrib):
            local = etree.QName(attribute).localname
            if local in DROPPED_ATTRIBUTES or local.startswith("rsid"):
                del element.attrib[attribute]


def _remap_relationships(root: etree._Element, part: SourcePart, rebuild: Rebuild) -> None:
    """Point every r:id at the renumbered relationship, and take out whatever pointed at
    a dropped one (an embedded object goes with its drawing; a link keeps its text)."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or (element.getparent() is None and element is not root):
            continue
        for attribute, value in list(element.attrib.items()):
            if not attribute.startswith(f"{{{R}}}"):
                continue
            index = rebuild.counters.get(("id", part.name, value))
            if index:
                element.set(attribute, part.rels[index - 1][0])
            else:
                _remove_reference(element)
                break


def _remove_reference(element: etree._Element) -> None:
    local = etree.QName(element).localname
    if local == "hyperlink":
        unwrap(element)
        return
    if local in ("headerReference", "footerReference", "altChunk", "subDoc"):
        _remove(element)
        return
    ancestor = element
    while ancestor is not None:
        name = etree.QName(ancestor).localname if isinstance(ancestor.tag, str) else ""
        if name == "ext" and ancestor.getparent() is not None:  # an extension (an SVG copy)
            _remove(ancestor)
            return
        if ancestor.tag in (w("drawing"), w("pict"), w("object")):
            _remove(ancestor)
            return
        ancestor = ancestor.getparent()
    _remove(element)


def accept_revisions(root: etree._Element) -> None:
    """Accept every tracked change: deleted text goes, inserted text stays, marks go."""
    for deleted_row in root.iter(w("trPr")):
        if deleted_row.find(w("del")) is not None:
            row = deleted_row.getparent()
            if row is not None and row.getparent() is not None:
                row.getparent().remove(row)
    changes = [e for e in root.iter() if isinstance(e.tag, str) and e.tag.startswith(f"{{{W}}}")
               and (e.tag in REVISION_DROP or etree.QName(e).localname.endswith("Change")
                    or (etree.QName(e).localname in ("ins", "del") and e.getparent() is not None
                    and etree.QName(e.getparent()).localname in ("rPr", "trPr", "numPr")))]
    for element in changes:
        _remove(element)
    for element in list(root.iter(*REVISION_UNWRAP)):
        unwrap(element)
    for text in list(root.iter(w("delText"), w("delInstrText"))):
        _remove(text)


def _remove_hidden_text(root: etree._Element) -> int:
    """Runs formatted as hidden are removed: nobody reviewing the release can see them."""
    removed = 0
    for vanish in list(root.iter(w("vanish"), w("specVanish"))):
        properties = vanish.getparent()
        if properties is None or properties.tag != w("rPr"):
            continue
        if vanish.get(w("val"), "true").lower() in ("0", "false", "off"):
            continue
        run = properties.getparent()
        if run is not None and run.tag == w("r") and run.getparent() is not None:
            _remove(run)
            removed += 1
    return removed


def flatten_fields(root: etree._Element) -> None:
    """Fields other than page numbers and cross-references become their shown result:
    their instructions (link targets, merge fields, file paths) go."""
    for simple in list(root.iter(w("fldSimple"))):
        if _field_keyword(simple.get(w("instr"), "")) not in KEPT_FIELDS:
            unwrap(simple)
    # Fields can span paragraphs, so the whole part is scanned in document order once.
    runs = list(root.iter(w("r")))
    stack: list[dict] = []
    for run in runs:
        marker = run.find(w("fldChar"))
        if marker is not None:
            kind = marker.get(w("fldCharType"))
            if kind == "begin":
                stack.append({"runs": [run], "instr": [], "separated": False})
                continue
            if not stack:
                continue
            current = stack[-1]
            current["runs"].append(run)
            if kind == "separate":
                current["separated"] = True
            elif kind == "end":
                stack.pop()
                keyword = _field_keyword("".join(t.text or "" for t in current["instr"]))
                if keyword not in KEPT_FIELDS:
                    for marker_run in current["runs"]:
                        _remove(marker_run)
            continue
        if stack and not stack[-1]["separated"]:
            instr = run.findall(w("instrText"))
            stack[-1]["instr"].extend(instr)
            if instr:
                stack[-1]["runs"].append(run)


def _field_keyword(instruction: str) -> str:
    words = instruction.strip().split()
    if not words:
        return ""
    return "=" if words[0].startswith("=") else words[0].upper()


def _rename_bookmarks(root: etree._Element, names: dict[str, str]) -> None:
    for bookmark in root.iter(w("bookmarkStart")):
        old = bookmark.get(w("name"), "")
        if WORD_BOOKMARK.match(old):
            continue
        new = names.setdefault(old, f"_Ref{900000000 + len(names)}")
        bookmark.set(w("name"), new)
    for link in root.iter(w("hyperlink")):
        anchor = link.get(w("anchor"))
        if anchor is not None and not WORD_BOOKMARK.match(anchor):
            if anchor in names:
                link.set(w("anchor"), names[anchor])
            else:
                del link.attrib[w("anchor")]
    def renamed(text: str) -> str:
        for old, new in names.items():
            text = re.sub(rf"(?<![\w]){re.escape(old)}(?![\w])", new, text)
        return text

    for instruction in root.iter(w("instrText")):
        instruction.text = renamed(instruction.text or "")
    for simple in root.iter(w("fldSimple")):
        simple.set(w("instr"), renamed(simple.get(w("instr"), "")))


def _neutral_drawings(root: etree._Element) -> None:
    """Pictures and shapes are called "Picture n" whatever their author named them."""
    number = 0
    for element in root.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname in ("docPr", "cNvPr"):
            number += 1
            if element.get("name") is not None:
                element.set("name", f"Picture {number}")
            for child in list(element):  # a link on the picture
                _remove(child)


def _known_namespace(uri: str | None) -> bool:
    return uri is None or uri.startswith(KNOWN_NAMESPACES)


def strip_foreign(root: etree._Element) -> None:
    """XML comments, processing instructions and markup in namespaces Office does not
    define ("ignorable" extensions can carry anything) are removed, and so are namespace
    declarations nothing uses."""
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(node)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if not _known_namespace(etree.QName(element).namespace):
            _remove(element)
            continue
        for attribute in list(element.attrib):
            if not _known_namespace(etree.QName(attribute).namespace):
                del element.attrib[attribute]
    ignorable_name = f"{{{MC}}}Ignorable"
    declared = {prefix for prefix, uri in root.nsmap.items() if prefix and _known_namespace(uri)}
    etree.cleanup_namespaces(root, keep_ns_prefixes=sorted(declared))
    if root.get(ignorable_name) is not None:
        kept = [p for p in root.get(ignorable_name, "").split() if p in root.nsmap and p in declared]
        root.set(ignorable_name, " ".join(kept))


# --- text segments ------------------------------------------------------------------

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


def _nearest(element: etree._Element, tag: str) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def paragraph_pieces(paragraph: etree._Element) -> list[tuple[etree._Element | None, str]]:
    """The paragraph's own text nodes in order (not those of text boxes nested in it)."""
    pieces: list[tuple[etree._Element | None, str]] = []
    guide: etree._Element | None = None
    for element in paragraph.iter(w("t"), MATH_TEXT, *TEXT_BREAKS):
        if _nearest(element, w("p")) is not paragraph:
            continue
        if element.tag in (w("t"), MATH_TEXT):
            # A phonetic guide (ruby) is read apart from the text it stands over.
            ruby_text = _nearest(element, w("rt"))
            if ruby_text is not guide:
                pieces.append((None, "\n"))
                guide = ruby_text
            pieces.append((element, element.text or ""))
        elif element.getparent() is not None and element.getparent().tag == w("r"):
            pieces.append((None, TEXT_BREAKS[element.tag]))
    return pieces


def _has_ancestor(element: etree._Element, tag: str) -> bool:
    return _nearest(element, tag) is not None


def _runs_writer(pieces: list[tuple[etree._Element | None, str]]) -> Callable[[list[tuple[int, int, str]]], None]:
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
                node.set(XML_SPACE, "preserve")

    return write


def field_code_segments(root: etree._Element, label: str) -> list[Segment]:
    """The instructions of the fields kept (a cross-reference's bookmark, a TOC switch),
    each read whole even when Word split it over several runs."""
    segments = []
    for paragraph in root.iter(w("p")):
        pieces = [(node, node.text or "") for node in paragraph.iter(w("instrText"))
                  if _nearest(node, w("p")) is paragraph]
        text = "".join(t for _, t in pieces)
        if text.strip():
            segments.append(Segment(text, f"{label}, field code", _runs_writer(list(pieces))))
    return segments


def link_target_segments(part: SourcePart, label: str) -> list[Segment]:
    """External link targets: a link whose target holds personal data is removed."""
    segments = []
    for index, (_rel_id, rel_type, target, external) in enumerate(part.rels):
        if rel_type == "hyperlink" and external:
            segments.append(Segment(unquote(target), f"{label}, hyperlink target",
                                    _link_writer(part, index)))
    return segments


def _link_writer(part: SourcePart, index: int) -> Callable[[list[tuple[int, int, str]]], None]:
    def write(plan: list[tuple[int, int, str]]) -> None:
        rel_id = part.rels[index][0]
        assert part.tree is not None
        for link in list(part.tree.iter(w("hyperlink"))):
            if link.get(f"{{{R}}}id") == rel_id:
                unwrap(link)
        part.rels[index] = (rel_id, "", "", True)  # written as no relationship at all

    return write


def numbering_segments(root: etree._Element, label: str) -> list[Segment]:
    """List numbering text ("Step %1") is shown in the document: redacted where it must be."""
    segments = []
    for level_text in root.iter(w("lvlText")):
        value = level_text.get(w("val"), "")
        if value.strip():
            segments.append(Segment(value, f"{label}, list text", _attribute_writer(level_text, w("val"))))
    for element in list(root.iter(w("name"), w("numPicBullet"), w("lvlPicBulletId"))):
        _remove(element)
    return segments


def font_segments(root: etree._Element, label: str, renamed: dict[str, str]) -> list[Segment]:
    """Font names are redacted like text; a font whose name holds personal data is renamed
    everywhere it is used (Word then shows a substitute font)."""
    segments = []
    for font in root.iter(w("font")):
        name = font.get(w("name"), "")
        if name.strip():
            segments.append(Segment(name, f"{label}, font name", _font_renamer(font, renamed)))
    return segments


def _font_renamer(font: etree._Element, renamed: dict[str, str]) -> Callable[[list[tuple[int, int, str]]], None]:
    def write(plan: list[tuple[int, int, str]]) -> None:
        old = font.get(w("name"), "")
        renamed[old] = renamed.get(old) or f"Font {len(renamed) + 1}"
        font.set(w("name"), renamed[old])

    return write


FONT_ATTRIBUTES = [w(a) for a in ("ascii", "hAnsi", "cs", "eastAsia")]


def rename_fonts(root: etree._Element, renamed: dict[str, str]) -> None:
    for fonts in root.iter(w("rFonts")):
        for attribute in FONT_ATTRIBUTES:
            if fonts.get(attribute) in renamed:
                fonts.set(attribute, renamed[fonts.get(attribute)])


def _attribute_writer(element: etree._Element, attribute: str) -> Callable[[list[tuple[int, int, str]]], None]:
    def write(plan: list[tuple[int, int, str]]) -> None:
        from reviewgen.redact.redactor import apply

        element.set(attribute, apply(element.get(attribute, ""), plan))

    return write


def _element_writer(element: etree._Element) -> Callable[[list[tuple[int, int, str]]], None]:
    def write(plan: list[tuple[int, int, str]]) -> None:
        from reviewgen.redact.redactor import apply

        element.text = apply(element.text or "", plan)

    return write


# --- styles, settings, properties, pictures ----------------------------------------------

def _builtin_style_names() -> frozenset[str]:
    """Word's own style names, from the template python-docx ships (its latent styles
    list every built-in style)."""
    import docx

    template = Path(docx.__file__).parent / "templates" / "default-styles.xml"
    names = set()
    if template.exists():
        root = etree.fromstring(template.read_bytes())
        names = {e.get(w("name"), "").casefold() for e in root.iter(w("lsdException"), w("name"))}
    return frozenset(n for n in names if n)


BUILTIN_STYLES: frozenset[str] | None = None


def is_builtin_style(name: str) -> bool:
    global BUILTIN_STYLES
    if BUILTIN_STYLES is None:
        BUILTIN_STYLES = _builtin_style_names()
    return name.casefold() in BUILTIN_STYLES or bool(
        re.fullmatch(r"(heading|toc|index|list( bullet| number| continue)?) ?\d", name.casefold()))


def neutral_styles(root: etree._Element, names: dict[str, str]) -> None:
    """Custom style names and ids become "Custom Style n"; aliases and unknown latent
    style names go. Built-in styles keep their names, so the document still looks right."""
    for exception in list(root.iter(w("lsdException"))):
        if not is_builtin_style(exception.get(w("name"), "")):
            _remove(exception)
    for element in list(root.iter(w("aliases"))):
        _remove(element)
    for style in root.iter(w("style")):
        name_element = style.find(w("name"))
        name = name_element.get(w("val"), "") if name_element is not None else ""
        style_id = style.get(w("styleId"), "")
        if is_builtin_style(name) and re.fullmatch(r"[A-Za-z0-9]+", style_id) and (
                style_id.casefold() == re.sub(r"\W", "", name).casefold() or is_builtin_style(style_id)):
            continue
        number = len(names) + 1
        names[style_id] = f"CustomStyle{number}"
        style.set(w("styleId"), names[style_id])
        if name_element is not None:
            name_element.set(w("val"), f"Custom Style {number}")


STYLE_REFERENCES = {w(t) for t in ("pStyle", "rStyle", "tblStyle", "basedOn", "next", "link",
                                   "numStyleLink", "styleLink")}


def rename_styles(root: etree._Element, names: dict[str, str]) -> None:
    for reference in root.iter(*STYLE_REFERENCES):
        value = reference.get(w("val"))
        if value in names:
            reference.set(w("val"), names[value])
        elif value is not None and etree.QName(root).localname != "styles" and not re.fullmatch(
                r"[A-Za-z0-9]+", value):
            _remove(reference)


def rebuilt_settings(root: etree._Element) -> etree._Element:
    settings = etree.Element(w("settings"), nsmap={"w": W, "m": "http://schemas.openxmlformats.org/officeDocument/2006/math"})
    for child in root:
        if child.tag in KEPT_SETTINGS:
            for attribute in list(child.attrib):
                if etree.QName(attribute).localname.startswith("rsid"):
                    del child.attrib[attribute]
            settings.append(child)
    return settings


def core_properties(rebuild: Rebuild) -> dict[str, tuple[etree._Element, str]]:
    """A new core-properties part holding only the title and subject, to be redacted."""
    old = None
    for _, rel_type, target, external in _relationships(rebuild, ""):
        if rel_type == "core-properties" and not external and target in rebuild.parts:
            old = _parse(rebuild.parts[target], rebuild.path, target)
    root = etree.Element(f"{{{CP}}}coreProperties", nsmap={"cp": CP, "dc": DC})
    found = {}
    for local in ("title", "subject"):
        element = etree.SubElement(root, f"{{{DC}}}{local}")
        value = old.find(f"{{{DC}}}{local}") if old is not None else None
        if value is not None and value.text and value.text.strip():
            element.text = value.text
            found[local] = (element, value.text)
    rebuild.kept["docProps/core.xml"] = SourcePart("", "core-properties", Kind("support", "", "", ""),
                                                   "docProps/core.xml", "document properties", root)
    return found


def app_properties() -> etree._Element:
    root = etree.Element(f"{{{EP}}}Properties", nsmap={None: EP})
    etree.SubElement(root, f"{{{EP}}}Application").text = "Microsoft Office Word"
    return root


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEPT_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT"}


def clean_image(data: bytes) -> tuple[bytes, str] | None:
    """A PNG or JPEG with its text, EXIF and other metadata removed; None for any other
    format or a damaged file (those cannot be checked, so they are not released)."""
    if data.startswith(PNG_SIGNATURE):
        return _clean_png(data), "png"
    if data.startswith(b"\xff\xd8"):
        cleaned = _clean_jpeg(data)
        return (cleaned, "jpeg") if cleaned else None
    return None


def _clean_png(data: bytes) -> bytes:
    out = [PNG_SIGNATURE]
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position:position + 12 + length]
        if kind in PNG_KEPT_CHUNKS:
            out.append(chunk)
        position += 12 + length
        if kind == b"IEND":
            break
    return b"".join(out)


def _clean_jpeg(data: bytes) -> bytes | None:
    """Keep the markers a decoder needs; drop APPn (EXIF, XMP, ICC text) and comments."""
    out = [b"\xff\xd8"]
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xD9:
            break
        length = struct.unpack(">H", data[position + 2:position + 4])[0]
        segment = data[position:position + 2 + length]
        if marker == 0xDA:  # start of scan: the image data runs to the end
            out.append(data[position:])
            return b"".join(out)
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE):
            out.append(segment)
        position += 2 + length
    return None


# --- writing the rebuilt package --------------------------------------------------------

def write_package(rebuild: Rebuild, main: SourcePart, core: dict, out_path: Path) -> None:
    files: dict[str, bytes] = {}
    overrides = {"/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                 "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml"}
    for part in rebuild.kept.values():
        if part.tree is not None:
            files[part.new_name] = _xml(part.tree)
            if part.kind.content_type:
                overrides["/" + part.new_name] = part.kind.content_type
        else:
            files[part.new_name] = part.data
        if part.rels:
            files[rels_part_for(part.new_name)] = _rels_xml(
                [(i, t, target.removeprefix("word/") if not ext else target, ext)
                 for i, t, target, ext in part.rels if t])
    files["docProps/app.xml"] = _xml(app_properties())
    files["_rels/.rels"] = _rels_xml([
        ("rId1", "officeDocument", main.new_name, False),
        ("rId2", CORE_REL, "docProps/core.xml", False),
        ("rId3", "extended-properties", "docProps/app.xml", False),
    ])
    types = etree.Element(f"{{{CT}}}Types", nsmap={None: CT})
    for extension, content_type in (("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                                    ("xml", "application/xml"), ("png", "image/png"), ("jpeg", "image/jpeg")):
        etree.SubElement(types, f"{{{CT}}}Default", Extension=extension, ContentType=content_type)
    for name, content_type in sorted(overrides.items()):
        etree.SubElement(types, f"{{{CT}}}Override", PartName=name, ContentType=content_type)
    with atomic_path(out_path) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
            out.writestr(_entry("[Content_Types].xml"), _xml(types))
            for name in ("_rels/.rels", "docProps/core.xml", "docProps/app.xml"):
                out.writestr(_entry(name), files.pop(name) if name in files else b"")
            for name, data in sorted(files.items()):
                out.writestr(_entry(name), data)


def _entry(name: str) -> zipfile.ZipInfo:
    # A fixed timestamp and no extra fields: the package says nothing about when or where.
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels_xml(rels: Iterable[tuple[str, str, str, bool]]) -> bytes:
    root = etree.Element(f"{{{PKG_REL}}}Relationships", nsmap={None: PKG_REL})
    for rel_id, rel_type, target, external in rels:
        full_type = rel_type if "/" in rel_type else REL_TYPE + rel_type
        element = etree.SubElement(root, f"{{{PKG_REL}}}Relationship", Id=rel_id, Type=full_type,
                                   Target=target)
        if external:
            element.set("TargetMode", "External")
    return _xml(root)


# --- small tree helpers ---------------------------------------------------------------

def unwrap(element: etree._Element) -> None:
    """Replace `element` by its children, in place."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    _remove(element)


def _remove(element: etree._Element) -> None:
    """Remove `element`, keeping the text that follows it (lxml stores it on the element)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
