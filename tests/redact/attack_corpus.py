"""An adversarial corpus: one invented person hidden in the places Word and text keep data.

Each case is (case_id, filename, build): `build()` returns the file's bytes. Every file
names the person in its visible text as well ("Jordan Ellis attended the meeting."), so a
redactor knows who to remove; the case then hides the person somewhere else. Every file
also holds the control phrases, which must survive redaction.

All people, addresses and numbers here are invented (07700 900xxx is Ofcom's drama range,
example.org is reserved). Case ids and file names of most cases carry no personal data; the
two "filename-person" cases are named after the person on purpose.

    for case, path in generate(tmp_path): ...
"""

from __future__ import annotations

import base64
import io
import posixpath
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import NamedTuple

import docx
import openpyxl
from docx.document import Document as WordDocument
from lxml import etree
from PIL import Image

from .leakcheck import Planted

GIVEN = "Jordan"
SURNAME = "Ellis"
FULL_NAME = f"{GIVEN} {SURNAME}"
EMAIL = "jordan.ellis@example.org"
PHONE = "07700 900123"
DATE_OF_BIRTH = "14/03/2009"
PLANTED: tuple[Planted, ...] = (
    Planted(FULL_NAME, is_name=True), Planted(EMAIL), Planted(PHONE), Planted(DATE_OF_BIRTH),
)

CONTROLS = ("Youth Justice Service", "Assistant Director", "Section 40(2)")
VISIBLE = f"{FULL_NAME} attended the meeting."
CONTROL_SENTENCE = "The Youth Justice Service asked the Assistant Director to consider Section 40(2)."
PERSON_FILE_STEM = f"{FULL_NAME} case note"


class Case(NamedTuple):
    case_id: str
    filename: str
    build: Callable[[], bytes]

    def __repr__(self) -> str:  # the file name may hold the person's name
        return f"Case({self.case_id})"


CASES: list[Case] = []


def case(case_id: str, filename: str = "case-note.docx") -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    def register(build: Callable[[], bytes]) -> Callable[[], bytes]:
        CASES.append(Case(case_id, filename, build))
        return build
    return register


def generate(folder: Path) -> list[tuple[Case, Path]]:
    """Write every case into its own sub-folder of `folder` (so names never collide)."""
    written = []
    for item in CASES:
        path = folder / item.case_id / item.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(item.build())
        written.append((item, path))
    return written


# --- OOXML plumbing -----------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DOCUMENT = "word/document.xml"
# Every prefix a fragment below may use; lxml keeps only the ones a fragment needs.
NAMESPACES = {
    "w": W, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
}
XMLNS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def rels_name(part: str) -> str:
    """The relationships part of `part` ("" is the package itself)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


class Package:
    """A .docx as a dict of parts, kept consistent with its rels and [Content_Types].xml."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            self.parts = {name: package.read(name) for name in package.namelist()}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def put_xml(self, name: str, root: etree._Element) -> None:
        self.parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def add(self, name: str, data: bytes | str, content_type: str | None = None) -> None:
        self.parts[name] = data.encode() if isinstance(data, str) else data
        if content_type is not None:
            types = self.xml("[Content_Types].xml")
            etree.SubElement(types, f"{{{CONTENT_TYPES}}}Override", PartName=f"/{name}",
                             ContentType=content_type)
            self.put_xml("[Content_Types].xml", types)

    def default(self, extension: str, content_type: str) -> None:
        types = self.xml("[Content_Types].xml")
        if not any(d.get("Extension") == extension for d in types):
            types.insert(0, etree.Element(f"{{{CONTENT_TYPES}}}Default", Extension=extension,
                                          ContentType=content_type))
            self.put_xml("[Content_Types].xml", types)

    def relate(self, source: str, kind: str, target: str, external: bool = False) -> str:
        """Add a relationship from `source` ("" = the package); returns its id."""
        name = rels_name(source) if source else "_rels/.rels"
        root = self.xml(name) if name in self.parts else etree.Element(f"{{{PKG_RELS}}}Relationships",
                                                                       nsmap={None: PKG_RELS})
        taken = {rel.get("Id") for rel in root}
        rid = next(f"rIdAttack{n}" for n in count(1) if f"rIdAttack{n}" not in taken)
        rel = etree.SubElement(root, f"{{{PKG_RELS}}}Relationship", Id=rid,
                               Type=kind if kind.startswith("http") else OFFICE_REL + kind, Target=target)
        if external:
            rel.set("TargetMode", "External")
        self.put_xml(name, root)
        return rid

    def rename(self, old: str, new: str) -> None:
        """Move a part, its rels and its content-type override; repoint every rel to it."""
        self.parts[new] = self.parts.pop(old)
        if rels_name(old) in self.parts:
            self.parts[rels_name(new)] = self.parts.pop(rels_name(old))
        types = self.parts["[Content_Types].xml"].replace(f'"/{old}"'.encode(), f'"/{new}"'.encode())
        self.parts["[Content_Types].xml"] = types
        for name in [n for n in self.parts if n.endswith(".rels")]:
            source_folder = posixpath.dirname(posixpath.dirname(name))
            root = self.xml(name)
            for rel in root:
                target = rel.get("Target", "")
                if rel.get("TargetMode") == "External":
                    continue
                resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(source_folder, target))
                if resolved == old:
                    rel.set("Target", posixpath.relpath(new, source_folder or "."))
            self.put_xml(name, root)

    def append_body(self, fragment: str, part: str = DOCUMENT) -> None:
        """Add block-level XML (paragraphs, tables) at the end of a story, before sectPr."""
        root = self.xml(part)
        body = root.find(f"{{{W}}}body")
        container = body if body is not None else root
        anchor = container.find(f"{{{W}}}sectPr")
        for element in etree.fromstring(f"<root {XMLNS}>{fragment}</root>"):
            if anchor is not None:
                anchor.addprevious(element)
            else:
                container.append(element)
        self.put_xml(part, root)

    def save(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in self.parts.items():
                package.writestr(name, data)
        return buffer.getvalue()


def base_document() -> WordDocument:
    document = docx.Document()
    document.add_paragraph("Case note")
    document.add_paragraph(VISIBLE)
    document.add_paragraph(CONTROL_SENTENCE)
    return document


def to_bytes(document: WordDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def base_package() -> Package:
    return Package(to_bytes(base_document()))


def with_body(fragment: str) -> bytes:
    package = base_package()
    package.append_body(fragment)
    return package.save()


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def inline_graphic(uri: str, graphic: str, shape_id: int, name: str = "Graphic") -> str:
    return (f'<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="1828800" cy="914400"/><wp:docPr id="{shape_id}" name="{name}"/>'
            f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{uri}">{graphic}'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def png(text_chunks: tuple[tuple[bytes, bytes], ...] = ()) -> bytes:
    """A 1x1 PNG; `text_chunks` are (chunk type, data) pairs placed before the image data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + b"".join(chunk(kind, data) for kind, data in text_chunks)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def workbook() -> bytes:
    """An .xlsx naming the person on a visible sheet, a hidden sheet and in its properties."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Contacts"
    sheet.append(["Name", "Calls"])
    sheet.append([FULL_NAME, 3])
    hidden = book.create_sheet("Private")
    hidden.sheet_state = "hidden"
    hidden.append(["Email", EMAIL])
    hidden.append(["Phone", PHONE])
    hidden.append(["Born", DATE_OF_BIRTH])
    book.properties.creator = FULL_NAME
    book.properties.title = f"Contacts with {FULL_NAME}"
    book.properties.lastModifiedBy = EMAIL
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def embed_package(data: bytes, name: str, extension: str, content_type: str, prog_id: str) -> bytes:
    package = base_package()
    package.default(extension, content_type)
    package.add(f"word/embeddings/{name}", data)
    rid = package.relate(DOCUMENT, "package", f"embeddings/{name}")
    package.append_body(f'<w:p><w:r><w:object><o:OLEObject Type="Embed" ProgID="{prog_id}" '
                        f'ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1700000001" r:id="{rid}"/>'
                        f'</w:object></w:r></w:p>')
    return package.save()


# --- the main part and headers found by their relationships, not their names --------

@case("docx-body-document2")
def _body_document2() -> bytes:
    package = base_package()
    package.append_body(paragraph(f"Contact: {EMAIL}, {PHONE}."))
    package.rename(DOCUMENT, "word/document2.xml")
    return package.save()


@case("docx-header-firstheader")
def _header_first_header() -> bytes:
    document = base_document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = f"OFFICIAL-SENSITIVE: {FULL_NAME}, {PHONE}"
    package = Package(to_bytes(document))
    body = package.xml(DOCUMENT)
    reference = body.find(f".//{{{W}}}headerReference[@{{{W}}}type='first']")
    assert reference is not None
    rid = reference.get(f"{{{NAMESPACES['r']}}}id")
    rel = package.xml(rels_name(DOCUMENT)).find(f"{{{PKG_RELS}}}Relationship[@Id='{rid}']")
    assert rel is not None
    package.rename(posixpath.join("word", rel.get("Target", "")), "word/firstHeader.xml")
    return package.save()


# --- parts nobody reads ---------------------------------------------------------------

@case("docx-embedded-workbook")
def _embedded_workbook() -> bytes:
    return embed_package(workbook(), "Microsoft_Excel_Worksheet1.xlsx", "xlsx", XLSX_TYPE, "Excel.Sheet.12")


@case("docx-embedded-document")
def _embedded_document() -> bytes:
    inner = base_package()
    inner.append_body(paragraph(f"{FULL_NAME}, born {DATE_OF_BIRTH}, phone {PHONE}."))
    return embed_package(inner.save(), "Microsoft_Word_Document1.docx", "docx", DOCX_TYPE, "Word.Document.12")


@case("docx-altchunk-html")
def _altchunk_html() -> bytes:
    package = base_package()
    html = (f"<html><head><title>{FULL_NAME}</title></head><body><p>{FULL_NAME} "
            f"(<a href='mailto:{EMAIL}'>email</a>, {PHONE}) was born on {DATE_OF_BIRTH}.</p></body></html>")
    package.add("word/afchunk1.html", html, "text/html")
    rid = package.relate(DOCUMENT, "aFChunk", "afchunk1.html")
    package.append_body(f'<w:altChunk r:id="{rid}"/>')
    return package.save()


@case("docx-chart-strcache")
def _chart() -> bytes:
    package = base_package()
    package.default("xlsx", XLSX_TYPE)
    package.add("word/embeddings/Microsoft_Excel_Worksheet2.xlsx", workbook())
    chart = f"""{XML_DECLARATION}<c:chartSpace {XMLNS}><c:chart>
<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Contacts with {FULL_NAME}</a:t></a:r></a:p></c:rich></c:tx></c:title>
<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Contacts!$B$1</c:f><c:strCache><c:ptCount val="1"/>
<c:pt idx="0"><c:v>{FULL_NAME}</c:v></c:pt></c:strCache></c:strRef></c:tx>
<c:cat><c:strRef><c:f>Contacts!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/>
<c:pt idx="0"><c:v>Calls to {PHONE}</c:v></c:pt><c:pt idx="1"><c:v>Emails</c:v></c:pt></c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>Contacts!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/>
<c:pt idx="0"><c:v>3</c:v></c:pt><c:pt idx="1"><c:v>5</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>
<c:axId val="1"/><c:axId val="2"/></c:barChart>
<c:catAx><c:axId val="1"/><c:scaling/><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
<c:valAx><c:axId val="2"/><c:scaling/><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>
</c:plotArea></c:chart><c:externalData r:id="rIdAttack1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>"""
    package.add("word/charts/chart1.xml", chart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
    package.relate("word/charts/chart1.xml", "package", "../embeddings/Microsoft_Excel_Worksheet2.xlsx")
    rid = package.relate(DOCUMENT, "chart", "charts/chart1.xml")
    package.append_body(inline_graphic(NAMESPACES["c"], f'<c:chart r:id="{rid}"/>', 31, "Chart 1"))
    return package.save()


@case("docx-smartart")
def _smartart() -> bytes:
    package = base_package()
    diagram = "application/vnd.openxmlformats-officedocument.drawingml.diagram"
    point = "{00000000-0000-4000-8000-00000000000%d}"
    data = f"""{XML_DECLARATION}<dgm:dataModel {XMLNS}><dgm:ptLst>
<dgm:pt modelId="{point % 1}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>
<dgm:pt modelId="{point % 2}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>{FULL_NAME}</a:t></a:r></a:p></dgm:t></dgm:pt>
</dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="{point % 3}" srcId="{point % 1}" destId="{point % 2}" srcOrd="0" destOrd="0"/></dgm:cxnLst>
<dgm:bg/><dgm:whole/></dgm:dataModel>"""
    drawing = f"""{XML_DECLARATION}<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" {XMLNS}>
<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>
<dsp:sp modelId="{point % 4}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr/>
<dsp:txBody><a:bodyPr/><a:p><a:r><a:t>{FULL_NAME}, {PHONE}</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>"""
    office = "urn:microsoft.com/office/officeart/2005/8"
    ids = {}
    for name, kind, content_type, xml in (
            ("data1.xml", "diagramData", f"{diagram}Data+xml", data),
            ("layout1.xml", "diagramLayout", f"{diagram}Layout+xml",
             f'<dgm:layoutDef {XMLNS} uniqueId="{office}/layout/default"><dgm:layoutNode/></dgm:layoutDef>'),
            ("quickStyle1.xml", "diagramQuickStyle", f"{diagram}Style+xml",
             f'<dgm:styleDef {XMLNS} uniqueId="{office}/quickstyle/simple1"/>'),
            ("colors1.xml", "diagramColors", f"{diagram}Colors+xml",
             f'<dgm:colorsDef {XMLNS} uniqueId="{office}/colors/accent1_2"/>'),
            ("drawing1.xml", "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
             "application/vnd.ms-office.drawingml.diagramDrawing+xml", drawing)):
        package.add(f"word/diagrams/{name}", xml, content_type)
        ids[kind] = package.relate(DOCUMENT, kind, f"diagrams/{name}")
    relation_ids = (f'<dgm:relIds r:dm="{ids["diagramData"]}" r:lo="{ids["diagramLayout"]}" '
                    f'r:qs="{ids["diagramQuickStyle"]}" r:cs="{ids["diagramColors"]}"/>')
    package.append_body(inline_graphic(NAMESPACES["dgm"], relation_ids, 32, "Diagram 1"))
    return package.save()


CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


def add_custom_xml(package: Package, number: int, item: str, store_id: str) -> None:
    package.add(f"customXml/item{number}.xml", XML_DECLARATION + item)
    package.add(f"customXml/itemProps{number}.xml",
                f'{XML_DECLARATION}<ds:datastoreItem ds:itemID="{store_id}" xmlns:ds="{DATASTORE}">'
                f'<ds:schemaRefs/></ds:datastoreItem>', CUSTOM_XML_PROPS)
    package.relate(f"customXml/item{number}.xml", "customXmlProps", f"itemProps{number}.xml")
    package.relate(DOCUMENT, "customXml", f"../customXml/item{number}.xml")


@case("docx-customxml-bound-control")
def _customxml_bound() -> bytes:
    package = base_package()
    store_id = "{6C1D0E64-0000-4000-8000-000000000002}"
    add_custom_xml(package, 2, f'<case xmlns="urn:example:case"><child>{FULL_NAME}</child>'
                               f'<email>{EMAIL}</email><born>{DATE_OF_BIRTH}</born></case>', store_id)
    package.append_body(
        f'<w:p><w:r><w:t xml:space="preserve">Young person: </w:t></w:r><w:sdt><w:sdtPr><w:id w:val="101"/>'
        f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:example:case\'" '
        f'w:xpath="/ns0:case[1]/ns0:child[1]" w:storeItemID="{store_id}"/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>{FULL_NAME}</w:t></w:r></w:sdtContent></w:sdt></w:p>')
    return package.save()


@case("docx-customxml-metadata")
def _customxml_metadata() -> bytes:
    package = base_package()
    add_custom_xml(package, 2,
                   '<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties">'
                   f'<documentManagement><CaseSubject xmlns="urn:example:sp">{FULL_NAME}</CaseSubject>'
                   f'<Owner xmlns="urn:example:sp"><DisplayName>{FULL_NAME}</DisplayName>'
                   f'<AccountId>{EMAIL}</AccountId></Owner></documentManagement></p:properties>',
                   "{6C1D0E64-0000-4000-8000-000000000003}")
    add_custom_xml(package, 3,
                   '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
                   'SelectedStyle="" StyleName=""><b:Source><b:Tag>Ell26</b:Tag><b:SourceType>Report</b:SourceType>'
                   f'<b:Author><b:Author><b:NameList><b:Person><b:Last>{SURNAME}</b:Last><b:First>{GIVEN}</b:First>'
                   f'</b:Person></b:NameList></b:Author></b:Author><b:Title>Statement of {FULL_NAME}</b:Title>'
                   '</b:Source></b:Sources>', "{6C1D0E64-0000-4000-8000-000000000004}")
    return package.save()


@case("docx-glossary")
def _glossary() -> bytes:
    package = base_package()
    glossary = (f'{XML_DECLARATION}<w:glossaryDocument {XMLNS}><w:docParts><w:docPart><w:docPartPr>'
                f'<w:name w:val="{FULL_NAME} signature"/><w:category><w:name w:val="General"/>'
                f'<w:gallery w:val="autoTxt"/></w:category><w:guid w:val="{{6C1D0E64-0000-4000-8000-000000000005}}"/>'
                f'</w:docPartPr><w:docPartBody>{paragraph(f"{FULL_NAME}, {PHONE}, {EMAIL}")}'
                f'</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>')
    package.add("word/glossary/document.xml", glossary, f"{WML}document.glossary+xml")
    package.relate(DOCUMENT, "glossaryDocument", "glossary/document.xml")
    return package.save()


def add_settings(package: Package, xml: str, before: str) -> None:
    """Put one child into settings.xml before `before` (the order Word's schema wants)."""
    settings = package.xml("word/settings.xml")
    anchor = settings.find(f"{{{W}}}{before}")
    element = etree.fromstring(f"<root {XMLNS}>{xml}</root>")[0]
    if anchor is not None:
        anchor.addprevious(element)
    else:
        settings.append(element)
    package.put_xml("word/settings.xml", settings)


@case("docx-settings-attached-template")
def _settings_template() -> bytes:
    package = base_package()
    rid = package.relate("word/settings.xml", "attachedTemplate",
                         f"file:///C:/Users/{GIVEN.lower()}.{SURNAME.lower()}/Templates/"
                         f"{GIVEN}%20{SURNAME}%20letter.dotm", external=True)
    add_settings(package, f'<w:attachedTemplate r:id="{rid}"/>', "defaultTabStop")
    return package.save()


@case("docx-settings-docvars")
def _settings_docvars() -> bytes:
    package = base_package()
    add_settings(package, f'<w:docVars><w:docVar w:name="ChildName" w:val="{FULL_NAME}"/>'
                          f'<w:docVar w:name="ChildEmail" w:val="{EMAIL}"/></w:docVars>', "rsids")
    return package.save()


@case("docx-settings-mailmerge")
def _settings_mailmerge() -> bytes:
    package = base_package()
    rid = package.relate("word/settings.xml", "mailMergeSource",
                         f"file:///C:/Users/{GIVEN}{SURNAME}/contacts.xlsx", external=True)
    source = f"C:\\Users\\{GIVEN}{SURNAME}\\contacts.xlsx"
    add_settings(package,
                 '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/><w:dataType w:val="native"/>'
                 f'<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;User ID=Admin;Data Source={source};Mode=Read"/>'
                 f'<w:query w:val="SELECT * FROM `Contacts$` WHERE `Email` = \'{EMAIL}\' AND `Phone` = \'{PHONE}\'"/>'
                 f'<w:dataSource r:id="{rid}"/></w:mailMerge>', "defaultTabStop")
    return package.save()


@case("docx-app-properties")
def _app_properties() -> bytes:
    package = base_package()
    app = package.parts["docProps/app.xml"].decode()
    app = app.replace("<Template>Normal.dotm</Template>", f"<Template>{FULL_NAME} letter.dotm</Template>")
    app = app.replace("<vt:lpstr/>", f"<vt:lpstr>{FULL_NAME} case note</vt:lpstr>")
    app = app.replace("<HyperlinkBase/>",
                      f"<HyperlinkBase>https://example.org/people/{GIVEN.lower()}-{SURNAME.lower()}/</HyperlinkBase>")
    package.parts["docProps/app.xml"] = app.encode()
    return package.save()


@case("docx-core-and-custom-properties")
def _core_and_custom_properties() -> bytes:
    document = base_document()
    properties = document.core_properties
    properties.author = FULL_NAME
    properties.last_modified_by = EMAIL
    properties.title = f"Case note: {FULL_NAME}"
    properties.keywords = f"{SURNAME}; {PHONE}"
    properties.comments = f"Born {DATE_OF_BIRTH}"
    properties.identifier = f"{GIVEN}-{SURNAME}-2026"
    properties.category = f"Young person: {FULL_NAME}"
    properties.content_status = f"Checked by {FULL_NAME}"
    properties.version = EMAIL
    package = Package(to_bytes(document))
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    custom = (f'{XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
              f'custom-properties" xmlns:vt="{vt}">'
              f'<property fmtid="{fmtid}" pid="2" name="{FULL_NAME}"><vt:lpwstr>Case subject</vt:lpwstr></property>'
              f'<property fmtid="{fmtid}" pid="3" name="ContactEmail"><vt:lpwstr>{EMAIL}</vt:lpwstr></property>'
              '</Properties>')
    package.add("docProps/custom.xml", custom, "application/vnd.openxmlformats-officedocument.custom-properties+xml")
    package.relate("", "custom-properties", "docProps/custom.xml")
    return package.save()


@case("docx-style-named-after-person")
def _style_named() -> bytes:
    package = base_package()
    style = (f'<w:style {XMLNS} w:type="paragraph" w:customStyle="1" w:styleId="{GIVEN}{SURNAME}">'
             f'<w:name w:val="{FULL_NAME}"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>')
    for part in ("word/styles.xml", "word/stylesWithEffects.xml"):
        styles = package.xml(part)
        styles.append(etree.fromstring(style))
        package.put_xml(part, styles)
    package.append_body(f'<w:p><w:pPr><w:pStyle w:val="{GIVEN}{SURNAME}"/></w:pPr>'
                        f'<w:r><w:t>Styled paragraph.</w:t></w:r></w:p>')
    return package.save()


def with_picture(image: bytes, extension: str) -> Package:
    document = base_document()
    document.add_picture(io.BytesIO(image))
    package = Package(to_bytes(document))
    media = next(n for n in package.parts if n.startswith("word/media/"))
    package.rename(media, f"word/media/{GIVEN}_{SURNAME}_home_visit.{extension}")
    return package


@case("docx-picture-png-text")
def _picture_png() -> bytes:
    chunks = ((b"tEXt", b"Author\x00" + FULL_NAME.encode("latin-1")),
              (b"zTXt", b"Comment\x00\x00" + zlib.compress(f"Call {PHONE}".encode())),
              (b"iTXt", b"Description\x00\x00\x00en\x00\x00" + f"{FULL_NAME}, born {DATE_OF_BIRTH}".encode()))
    return with_picture(png(chunks), "png").save()


@case("docx-picture-jpeg-exif")
def _picture_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = FULL_NAME                                   # Artist
    exif[0x010E] = f"{FULL_NAME} at home, {PHONE}"             # ImageDescription
    exif[0x9C9B] = f"{FULL_NAME}\x00".encode("utf-16-le")      # XPTitle, as Windows writes it
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "JPEG", exif=exif, comment=f"Photo: {EMAIL}".encode())
    return with_picture(buffer.getvalue(), "jpg").save()


@case("docx-drawing-names")
def _drawing_names() -> bytes:
    document = base_document()
    document.add_picture(io.BytesIO(png()))
    package = Package(to_bytes(document))
    body = package.xml(DOCUMENT)
    for element in body.iter(f"{{{NAMESPACES['wp']}}}docPr", f"{{{NAMESPACES['pic']}}}cNvPr"):
        element.set("name", f"{FULL_NAME} photo")
        element.set("descr", f"{FULL_NAME} at home")
        element.set("title", FULL_NAME)
    package.put_xml(DOCUMENT, body)
    return package.save()


@case("docx-vml-title")
def _vml_title() -> bytes:
    package = base_package()
    package.default("png", "image/png")
    package.add("word/media/image9.png", png())
    rid = package.relate(DOCUMENT, "image", "media/image9.png")
    package.append_body(f'<w:p><w:r><w:pict><v:shape id="_x0000_s1026" type="#_x0000_t75" '
                        f'style="width:10pt;height:10pt" alt="Photo of {FULL_NAME}" o:title="{FULL_NAME}">'
                        f'<v:imagedata r:id="{rid}" o:title="{FULL_NAME} photo"/></v:shape></w:pict></w:r></w:p>')
    return package.save()


# --- attributes that carry text -------------------------------------------------------

@case("docx-content-control-attributes")
def _content_control() -> bytes:
    return with_body(
        f'<w:p><w:sdt><w:sdtPr><w:alias w:val="{FULL_NAME}"/><w:tag w:val="{EMAIL}"/><w:id w:val="201"/>'
        f'<w:dropDownList><w:listItem w:displayText="{FULL_NAME}" w:value="{GIVEN}{SURNAME}"/>'
        f'<w:listItem w:displayText="Another person" w:value="other"/></w:dropDownList></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t>Another person</w:t></w:r></w:sdtContent></w:sdt></w:p>'
        f'<w:p><w:sdt><w:sdtPr><w:id w:val="202"/><w:comboBox><w:listItem w:displayText="{PHONE}" '
        f'w:value="{PHONE}"/></w:comboBox></w:sdtPr><w:sdtContent><w:r><w:t>Phone withheld</w:t></w:r>'
        f'</w:sdtContent></w:sdt></w:p>')


@case("docx-legacy-form-field")
def _legacy_form_field() -> bytes:
    def field(data: str, result: str, bookmark: int) -> str:
        return (f'<w:p><w:bookmarkStart w:id="{bookmark}" w:name="Field{bookmark}"/><w:r><w:fldChar w:fldCharType="begin">'
                f'<w:ffData><w:name w:val="Field{bookmark}"/><w:enabled/><w:calcOnExit w:val="0"/>{data}</w:ffData>'
                f'</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r>'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="{bookmark}"/></w:p>')

    return with_body(
        field(f'<w:helpText w:type="text" w:val="Call {FULL_NAME} on {PHONE}"/>'
              f'<w:statusText w:type="text" w:val="Ask {FULL_NAME}"/>'
              f'<w:textInput><w:default w:val="{FULL_NAME}"/></w:textInput>', "Client", 301)
        + field(f'<w:ddList><w:listEntry w:val="{FULL_NAME}"/><w:listEntry w:val="Other"/></w:ddList>',
                "Other", 302))


@case("docx-permission-editor")
def _permission_editor() -> bytes:
    return with_body(f'<w:p><w:permStart w:id="401" w:ed="{EMAIL}"/><w:r><w:t>Editable section.</w:t></w:r>'
                     f'<w:permEnd w:id="401"/></w:p>'
                     f'<w:p><w:permStart w:id="402" w:ed="EXAMPLE\\{GIVEN}{SURNAME}"/>'
                     f'<w:r><w:t>Second section.</w:t></w:r><w:permEnd w:id="402"/></w:p>')


@case("docx-revision-authors")
def _revision_authors() -> bytes:
    who = f'w:author="{FULL_NAME}" w:date="2026-01-05T10:00:00Z"'
    return with_body(
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblPrChange w:id="501" {who}><w:tblPr/></w:tblPrChange>'
        f'</w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tblPrEx><w:tblBorders/>'
        f'<w:tblPrExChange w:id="502" {who}><w:tblPrEx/></w:tblPrExChange></w:tblPrEx>'
        f'<w:trPr><w:ins w:id="503" {who}/></w:trPr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/>'
        f'<w:tcPrChange w:id="504" {who}><w:tcPr/></w:tcPrChange></w:tcPr>{paragraph("Table cell.")}</w:tc></w:tr></w:tbl>'
        f'<w:p><w:pPr><w:pPrChange w:id="505" {who}><w:pPr/></w:pPrChange></w:pPr>'
        f'<w:r><w:rPr><w:b/><w:rPrChange w:id="506" {who}><w:rPr/></w:rPrChange></w:rPr><w:t>Bold text.</w:t></w:r>'
        f'<w:ins w:id="507" {who}><w:r><w:t xml:space="preserve"> Inserted text.</w:t></w:r></w:ins></w:p>')


@case("docx-bookmark-anchor")
def _bookmark_anchor() -> bytes:
    return with_body(
        f'<w:p><w:bookmarkStart w:id="601" w:name="{GIVEN}_{SURNAME}"/><w:r><w:t>Background</w:t></w:r>'
        f'<w:bookmarkEnd w:id="601"/></w:p>'
        f'<w:p><w:hyperlink w:anchor="{GIVEN}_{SURNAME}"><w:r><w:t>See background</w:t></w:r></w:hyperlink></w:p>'
        f'<w:p><w:fldSimple w:instr=" REF {GIVEN}_{SURNAME} \\h "><w:r><w:t>Background</w:t></w:r></w:fldSimple></w:p>')


@case("docx-instrtext-split-mailto")
def _instrtext_split() -> bytes:
    local, domain = EMAIL.split("@")
    given, rest = local.split(".")
    pieces = [f' HYPERLINK "mailto:{given}.', f'{rest}@{domain[:4]}', f'{domain[4:]}" ']
    instructions = "".join(f'<w:r><w:instrText xml:space="preserve">{p}</w:instrText></w:r>' for p in pieces)
    return with_body(f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{instructions}'
                     f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Email the family</w:t></w:r>'
                     f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


# --- names written as identifiers -------------------------------------------------------

IDENTIFIERS = (f"{GIVEN.lower()}-{SURNAME.lower()}", f"{GIVEN}_{SURNAME}", f"{GIVEN}{SURNAME}")


@case("docx-identifier-urls")
def _identifier_urls() -> bytes:
    package = base_package()
    links = []
    for n, identifier in enumerate((*IDENTIFIERS, f"{GIVEN}%20{SURNAME}"), start=1):
        rid = package.relate(DOCUMENT, "hyperlink", f"https://example.org/people/{identifier}/notes", external=True)
        links.append(f'<w:p><w:hyperlink r:id="{rid}"><w:r><w:t>Profile {n}</w:t></w:r></w:hyperlink></w:p>')
    package.append_body("".join(links))
    return package.save()


# --- invisible characters ---------------------------------------------------------------

INVISIBLE_SPELLINGS = (f"Jor\u200bdan {SURNAME}", f"{GIVEN} El\u00adlis", f"Jor\u200ddan\u2060 {SURNAME}",
                       f"{GIVEN}\u200c{SURNAME}")


@case("docx-zero-width-in-name")
def _docx_zero_width() -> bytes:
    return with_body("".join(paragraph(f"{spelling} phoned on Monday.") for spelling in INVISIBLE_SPELLINGS))


# --- file names -------------------------------------------------------------------------

@case("docx-filename-person", f"{PERSON_FILE_STEM}.docx")
def _docx_filename() -> bytes:
    return base_package().save()


# --- places that work today (regression guards) ----------------------------------------

def add_story(package: Package, name: str, root_tag: str, item_tag: str, kind: str, text: str) -> None:
    """Footnotes or endnotes with the separators Word writes and one note (id 1)."""
    separators = "".join(f'<w:{item_tag} w:type="{t}" w:id="{i}"><w:p><w:r><w:{t}/></w:r></w:p></w:{item_tag}>'
                         for i, t in ((-1, "separator"), (0, "continuationSeparator")))
    package.add(f"word/{name}", f'{XML_DECLARATION}<w:{root_tag} {XMLNS}>{separators}<w:{item_tag} w:id="1">'
                                f'{paragraph(text)}</w:{item_tag}></w:{root_tag}>', f"{WML}{kind}+xml")
    package.relate(DOCUMENT, kind, name)


@case("docx-footnotes-endnotes")
def _notes() -> bytes:
    package = base_package()
    add_story(package, "footnotes.xml", "footnotes", "footnote", "footnotes", f"Told by {FULL_NAME}'s school.")
    add_story(package, "endnotes.xml", "endnotes", "endnote", "endnotes", f"{FULL_NAME} can be reached on {PHONE}.")
    package.append_body('<w:p><w:r><w:t>See the notes.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
                        '<w:r><w:endnoteReference w:id="1"/></w:r></w:p>')
    return package.save()


@case("docx-headers-footers")
def _headers_footers() -> bytes:
    document = base_document()
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    section.different_first_page_header_footer = True
    for n, story in enumerate((section.header, section.footer, section.first_page_header,
                               section.first_page_footer, section.even_page_header, section.even_page_footer)):
        story.paragraphs[0].text = f"{FULL_NAME} ({PHONE}) page {n}" if n % 2 else f"Case of {FULL_NAME}"
    return to_bytes(document)


@case("docx-comments-people")
def _comments_people() -> bytes:
    package = base_package()
    package.add("word/comments.xml",
                f'{XML_DECLARATION}<w:comments {XMLNS}><w:comment w:id="0" w:author="{FULL_NAME}" w:initials="JE" '
                f'w:date="2026-01-05T10:00:00Z">{paragraph(f"{FULL_NAME} disagreed; call {PHONE}.")}'
                f'</w:comment></w:comments>', f"{WML}comments+xml")
    package.add("word/people.xml",
                f'{XML_DECLARATION}<w15:people {XMLNS}><w15:person w15:author="{FULL_NAME}">'
                f'<w15:presenceInfo w15:providerId="AD" w15:userId="S::{EMAIL}::0000"/></w15:person></w15:people>',
                f"{WML}people+xml")
    package.relate(DOCUMENT, "comments", "comments.xml")
    package.relate(DOCUMENT, "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml")
    package.append_body('<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Commented sentence.</w:t></w:r>'
                        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
    return package.save()


@case("docx-tracked-deletion-and-move")
def _tracked() -> bytes:
    who = 'w:author="Case Worker" w:date="2026-01-05T10:00:00Z"'
    return with_body(
        f'<w:p><w:r><w:t xml:space="preserve">Plan agreed. </w:t></w:r><w:del w:id="701" {who}><w:r>'
        f'<w:delText>{FULL_NAME} refused, born {DATE_OF_BIRTH}.</w:delText></w:r></w:del></w:p>'
        f'<w:p><w:moveFromRangeStart w:id="702" w:name="move1" {who}/><w:moveFrom w:id="703" {who}><w:r>'
        f'<w:t>{FULL_NAME} asked to be called on {PHONE}.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="702"/></w:p>')


@case("docx-textbox-choice-fallback")
def _text_boxes() -> bytes:
    text = paragraph(f"Box: {FULL_NAME}, {PHONE}")
    choice = inline_graphic(NAMESPACES["wps"],
                            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
                            f'<a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
                            f'</a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{text}</w:txbxContent></wps:txbx>'
                            f'<wps:bodyPr/></wps:wsp>', 41, "Text Box 1")
    drawing = etree.fromstring(f"<root {XMLNS}>{choice}</root>")[0].find(f".//{{{W}}}drawing")
    assert drawing is not None
    drawing_xml = etree.tostring(drawing).decode()
    return with_body(f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing_xml}</mc:Choice>'
                     f'<mc:Fallback><w:pict><v:shape style="width:144pt;height:36pt"><v:textbox><w:txbxContent>'
                     f'{text}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
                     f'</w:r></w:p>')


@case("docx-hidden-text")
def _hidden_text() -> bytes:
    return with_body(f'<w:p><w:r><w:t xml:space="preserve">Visible sentence. </w:t></w:r><w:r><w:rPr><w:vanish/>'
                     f'</w:rPr><w:t>{FULL_NAME} was born on {DATE_OF_BIRTH}; phone {PHONE}.</w:t></w:r></w:p>')


# --- further attacks on the parts a rebuilt package keeps ----------------------------------

@case("docx-orphan-part-and-zip-comment")
def _orphan_part() -> bytes:
    package = base_package()
    package.add("word/notes-private.xml", f"{XML_DECLARATION}<notes><child>{FULL_NAME}</child><phone>{PHONE}</phone></notes>",
                "application/xml")
    data = package.save()
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a") as archive:  # a comment on the archive itself
        archive.comment = f"Prepared for {FULL_NAME}".encode()
    return buffer.getvalue()


@case("docx-numbering-level-text")
def _numbering() -> bytes:
    package = base_package()
    numbering = package.xml("word/numbering.xml")
    level_text = numbering.find(f".//{{{W}}}lvlText")
    assert level_text is not None
    level_text.set(f"{{{W}}}val", f"{FULL_NAME} %1.")
    package.put_xml("word/numbering.xml", numbering)
    number_id = numbering.find(f"{{{W}}}num")
    assert number_id is not None
    package.append_body(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{number_id.get(f"{{{W}}}numId")}"/>'
                        f'</w:numPr></w:pPr><w:r><w:t>First point.</w:t></w:r></w:p>')
    return package.save()


@case("docx-theme-and-font-names")
def _theme_and_fonts() -> bytes:
    package = base_package()
    theme = package.xml("word/theme/theme1.xml")
    theme.set("name", f"{FULL_NAME} theme")
    package.put_xml("word/theme/theme1.xml", theme)
    fonts = package.xml("word/fontTable.xml")
    font = etree.SubElement(fonts, f"{{{W}}}font", {f"{{{W}}}name": f"{GIVEN} {SURNAME} Hand"})
    etree.SubElement(font, f"{{{W}}}altName", {f"{{{W}}}val": f"{GIVEN}{SURNAME}Script"})
    package.put_xml("word/fontTable.xml", fonts)
    return package.save()


@case("docx-style-aliases-and-latent")
def _style_aliases() -> bytes:
    package = base_package()
    styles = package.xml("word/styles.xml")
    normal = styles.find(f"{{{W}}}style[@{{{W}}}styleId='Normal']")
    assert normal is not None
    name = normal.find(f"{{{W}}}name")
    assert name is not None
    name.addnext(etree.fromstring(f'<w:aliases {XMLNS} w:val="{FULL_NAME},{PHONE}"/>'))
    latent = styles.find(f"{{{W}}}latentStyles")
    if latent is not None:
        etree.SubElement(latent, f"{{{W}}}lsdException", {f"{{{W}}}name": f"{FULL_NAME} heading"})
    package.put_xml("word/styles.xml", styles)
    return package.save()


@case("docx-settings-schema-and-xslt")
def _settings_schema() -> bytes:
    package = base_package()
    rid = package.relate("word/settings.xml", "transform",
                         f"file:///C:/Users/{GIVEN}{SURNAME}/export.xslt", external=True)
    add_settings(package, f'<w:saveThroughXslt r:id="{rid}" w:solutionID="{EMAIL}"/>', "defaultTabStop")
    add_settings(package, f'<w:attachedSchema w:val="urn:example:{GIVEN.lower()}-{SURNAME.lower()}"/>',
                 "themeFontLang")
    return package.save()


@case("docx-picture-svg-text")
def _picture_svg() -> bytes:
    document = base_document()
    document.add_picture(io.BytesIO(png()))
    package = Package(to_bytes(document))
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>{FULL_NAME}</title>'
           f'<desc>Born {DATE_OF_BIRTH}</desc><text x="0" y="9">{PHONE}</text></svg>')
    package.default("svg", "image/svg+xml")
    package.add("word/media/image2.svg", svg)
    rid = package.relate(DOCUMENT, "image", "media/image2.svg")
    body = package.xml(DOCUMENT)
    blip = body.find(f".//{{{NAMESPACES['a']}}}blip")
    assert blip is not None
    blip.append(etree.fromstring(
        f'<a:extLst {XMLNS}><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}">'
        f'<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{rid}"/>'
        f'</a:ext></a:extLst>'))
    package.put_xml(DOCUMENT, body)
    return package.save()


@case("docx-more-text-attributes")
def _more_attributes() -> bytes:
    package = base_package()
    rid = package.relate(DOCUMENT, "hyperlink", "https://example.org/", external=True)
    package.append_body(
        f'<w:p><w:hyperlink r:id="{rid}" w:tooltip="Profile of {FULL_NAME}" w:docLocation="{GIVEN}{SURNAME}">'
        f'<w:r><w:t>Profile</w:t></w:r></w:hyperlink></w:p>'
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblCaption w:val="Contacts of {FULL_NAME}"/>'
        f'<w:tblDescription w:val="Phone {PHONE}"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>'
        f'<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{paragraph("Cell.")}</w:tc></w:tr></w:tbl>'
        f'<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
        f'<w:smartTagPr><w:attr w:name="FullName" w:val="{FULL_NAME}"/></w:smartTagPr>'
        f'<w:r><w:t>the young person</w:t></w:r></w:smartTag></w:p>')
    return package.save()


@case("docx-math-and-ruby")
def _math_and_ruby() -> bytes:
    return with_body(
        f'<w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>{FULL_NAME}</m:t>'
        f'</m:r></m:oMath></w:p>'
        f'<w:p><w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/>'
        f'<w:hpsBaseText w:val="22"/><w:lid w:val="en-GB"/></w:rubyPr><w:rt><w:r><w:t>{FULL_NAME}</w:t></w:r></w:rt>'
        f'<w:rubyBase><w:r><w:t>YP</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>')


@case("docx-app-hyperlink-list")
def _app_hlinks() -> bytes:
    package = base_package()
    links = (f"<HLinks><vt:vector size=\"6\" baseType=\"variant\"><vt:variant><vt:i4>1</vt:i4></vt:variant>"
             f"<vt:variant><vt:i4>0</vt:i4></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant>"
             f"<vt:variant><vt:i4>5</vt:i4></vt:variant><vt:variant><vt:lpwstr>mailto:{EMAIL}</vt:lpwstr></vt:variant>"
             f"<vt:variant><vt:lpwstr></vt:lpwstr></vt:variant></vt:vector></HLinks>")
    app = package.parts["docProps/app.xml"].decode()
    package.parts["docProps/app.xml"] = app.replace("<HyperlinksChanged>", links + "<HyperlinksChanged>").encode()
    return package.save()


@case("docx-xml-comments-and-foreign-markup")
def _foreign_markup() -> bytes:
    package = base_package()
    body = package.xml(DOCUMENT)
    body.insert(0, etree.Comment(f" drafted for {FULL_NAME}, {PHONE} "))
    body.append(etree.ProcessingInstruction("case-note", f"child='{FULL_NAME}'"))
    body.set("{urn:example:notes}child", FULL_NAME)  # an ignorable namespace may carry anything
    ignorable = body.get(f"{{{NAMESPACES['mc']}}}Ignorable", "")
    body.set(f"{{{NAMESPACES['mc']}}}Ignorable", f"{ignorable} x".strip())
    package.put_xml(DOCUMENT, body)
    package.append_body(
        f'<w:p xmlns:x="urn:example:notes" x:child="{EMAIL}"><x:note>{FULL_NAME}</x:note>'
        f'<w:r><w:t>Plain paragraph.</w:t></w:r></w:p>'
        f'<w:customXml w:uri="urn:example:case" w:element="child"><w:customXmlPr>'
        f'<w:attr w:name="fullName" w:val="{FULL_NAME}"/></w:customXmlPr>{paragraph("Custom XML paragraph.")}'
        f'</w:customXml>')
    return package.save()


@case("docx-duplicate-zip-entry")
def _duplicate_entry() -> bytes:
    """Two entries named word/document.xml: zip readers differ on which one counts."""
    shadowed = base_package()
    shadowed.append_body(paragraph(f"{FULL_NAME}, born {DATE_OF_BIRTH}, phone {PHONE}."))
    clean = base_package()
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that is the point
        archive.writestr(DOCUMENT, shadowed.parts[DOCUMENT])
        for name, data in clean.parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@case("docx-body-utf16-xml")
def _body_utf16() -> bytes:
    package = base_package()
    package.append_body(paragraph(f"Phone {PHONE}; born {DATE_OF_BIRTH}."))
    package.parts[DOCUMENT] = etree.tostring(package.xml(DOCUMENT), xml_declaration=True, encoding="UTF-16")
    return package.save()


@case("docx-second-section-header")
def _second_section() -> bytes:
    document = base_document()
    section = document.add_section()
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = f"Section two: {FULL_NAME}, {PHONE}"
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0].text = f"Contact {EMAIL}"
    document.add_paragraph("Second section text.")
    return to_bytes(document)


# --- Markdown and plain text ------------------------------------------------------------

def text_file(*paragraphs: str, head: str = "") -> str:
    return head + "\n\n".join(("# Case note", VISIBLE, *paragraphs, CONTROL_SENTENCE)) + "\n"


@case("md-html-comment", "case-note.md")
def _md_comment() -> bytes:
    return text_file(f"<!-- reviewer: {FULL_NAME}, {PHONE}, born {DATE_OF_BIRTH} -->", "Plan agreed.").encode()


@case("md-front-matter", "case-note.md")
def _md_front_matter() -> bytes:
    head = f"---\ntitle: Case note for {FULL_NAME}\nauthor: {FULL_NAME}\nemail: {EMAIL}\nphone: {PHONE}\n---\n\n"
    return text_file("Plan agreed.", head=head).encode()


@case("md-link-identifiers", "case-note.md")
def _md_links() -> bytes:
    slug, snake, joined = IDENTIFIERS
    return text_file(f"See [the profile](https://example.org/people/{slug}) and [notes][{slug}].",
                     f"Shared folder: <https://example.org/files/{snake}/> and [chat](https://example.org/{joined}).",
                     f"[{slug}]: https://example.org/people/{joined}/notes \"Notes\"").encode()


@case("md-html-entities", "case-note.md")
def _md_entities() -> bytes:
    return text_file("&#74;ordan&nbsp;Ellis phoned.", f"&#x4A;ordan {SURNAME} was late.",
                     "Email &#106;ordan.ellis&#64;example.org for details.").encode()


@case("md-zero-width-in-name", "case-note.md")
def _md_zero_width() -> bytes:
    return text_file(*(f"{spelling} phoned on Monday." for spelling in INVISIBLE_SPELLINGS)).encode()


@case("md-filename-person", f"{PERSON_FILE_STEM}.md")
def _md_filename() -> bytes:
    return text_file("Plan agreed.").encode()


@case("txt-bom-before-first-word", "case-note.txt")
def _txt_bom() -> bytes:
    body = f"{FULL_NAME} phoned on {PHONE}.\n\n{CONTROL_SENTENCE}\n"
    return b"\xef\xbb\xbf" + body.encode()


@case("txt-utf16-bom", "case-note.txt")
def _txt_utf16_bom() -> bytes:
    return text_file(f"Call {PHONE} or email {EMAIL}.").encode("utf-16")


# A redactor may refuse this one (exit 2): without a BOM the encoding cannot be told for sure.
@case("txt-utf16le-no-bom", "case-note.txt")
def _txt_utf16_no_bom() -> bytes:
    return text_file(f"Call {PHONE} or email {EMAIL}.").encode("utf-16-le")


@case("md-html-code-and-footnotes", "case-note.md")
def _md_html_code() -> bytes:
    return text_file(f'<span title="{FULL_NAME}">the young person</span> moved.',
                     f"![{FULL_NAME} at home](images/{IDENTIFIERS[0]}.png)",
                     f"Run `notify --to {EMAIL}` each week.[^1]",
                     f"```\ncontact: {PHONE}\nborn: {DATE_OF_BIRTH}\n```",
                     f"[^1]: Agreed with {FULL_NAME}.").encode()


@case("txt-name-across-line-break", "case-note.txt")
def _txt_line_break() -> bytes:
    return text_file(f"The review spoke to {GIVEN}\n{SURNAME} and to the school.").replace("\n", "\r\n").encode()


FULLWIDTH = dict(zip(range(0x21, 0x7F), range(0xFF01, 0xFF5F)))


@case("txt-fullwidth-name", "case-note.txt")
def _txt_fullwidth() -> bytes:
    return text_file(f"{FULL_NAME.translate(FULLWIDTH)} phoned from {PHONE.translate(FULLWIDTH)}.").encode()


@case("txt-utf16be-bom", "case-note.txt")
def _txt_utf16_be() -> bytes:
    return b"\xfe\xff" + text_file(f"Call {PHONE} or email {EMAIL}.").encode("utf-16-be")


@case("docx-base64-field-and-shape-data")
def _base64_data() -> bytes:
    # Found by a red-team pass: opaque base64 that Word keeps but never shows.
    hidden = base64.b64encode(f"{FULL_NAME} {PHONE}".encode()).decode()
    return with_body(
        f'<w:p><w:r><w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{hidden}</w:fldData>'
        f'</w:fldChar></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
        f'</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        f'<w:p><w:r><w:pict><v:rect style="width:10pt;height:10pt" o:gfxdata="{hidden}"/></w:pict></w:r></w:p>'
        f'<w:p><w:r><w:pict><w:binData w:name="wordml://03000001.png">{hidden}</w:binData></w:pict></w:r></w:p>')


REFUSABLE = frozenset({"txt-utf16le-no-bom"})
