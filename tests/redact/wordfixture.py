"""Builds a Word file with an invented person's name in every place Word hides text."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import docx
from docx.shared import Inches
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (f'xmlns:w="{W}" xmlns:r="{R}" xmlns:v="urn:schemas-microsoft-com:vml"')
CHILD = "Tobias Quenby"
CHILD_EMAIL = "tobias.quenby@example.org"


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def _paragraphs(xml: str) -> list[etree._Element]:
    return list(etree.fromstring(f"<root {NS}>{xml}</root>"))


def build(path: Path) -> Path:
    """A .docx naming the child in body, table, header, footer, footnote, comment, tracked
    deletion, text box, alt text, a mailto link, a split run and the properties."""
    document = docx.Document()
    document.add_paragraph(f"Learning review for {CHILD}, supervised by the Youth Offending Team.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Young person"
    table.cell(0, 1).text = CHILD
    section = document.sections[0]
    section.header.paragraphs[0].text = f"OFFICIAL-SENSITIVE: {CHILD}"
    section.footer.paragraphs[0].text = f"Review of {CHILD}'s case"
    picture_path = path.with_suffix(".png")
    picture_path.write_bytes(tiny_png())
    document.add_picture(str(picture_path), width=Inches(0.2))
    picture_path.unlink()
    properties = document.core_properties
    properties.author = "Priya Author"
    properties.last_modified_by = "Priya Author"
    properties.title = f"Review: {CHILD}"
    properties.subject = "Critical Learning Review"
    document.save(str(path))
    _add_hidden_places(path)
    return path


def _add_hidden_places(path: Path) -> None:
    with zipfile.ZipFile(path) as package:
        parts = {i.filename: package.read(i) for i in package.infolist()}
    body_root = etree.fromstring(parts["word/document.xml"])
    body = body_root.find(f"{{{W}}}body")
    for drawing_props in body_root.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        drawing_props.set("descr", f"Photograph of {CHILD}")
    extra = _paragraphs(f"""
      <w:p><w:r><w:t xml:space="preserve">Met with Tob</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ias Quen</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">by at home.</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Plan agreed. </w:t></w:r><w:del w:id="91" w:author="Priya Author" w:date="2026-01-05T10:00:00Z"><w:r><w:delText>{CHILD} refused.</w:delText></w:r></w:del><w:ins w:id="92" w:author="Priya Author" w:date="2026-01-05T10:00:00Z"><w:r><w:t>Inserted sentence.</w:t></w:r></w:ins></w:p>
      <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Commented sentence.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
      <w:p><w:r><w:t>See the note.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
      <w:p><w:hyperlink r:id="rIdMail99"><w:r><w:t>Email the family</w:t></w:r></w:hyperlink></w:p>
      <w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Box: {CHILD}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
    """)
    section_properties = body.find(f"{{{W}}}sectPr")
    for paragraph in extra:
        section_properties.addprevious(paragraph)
    parts["word/document.xml"] = etree.tostring(body_root, xml_declaration=True, encoding="UTF-8")
    parts["word/footnotes.xml"] = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {NS}><w:footnote w:id="1"><w:p><w:r><w:t>Information from {CHILD}'s school.</w:t></w:r></w:p></w:footnote></w:footnotes>""".encode()
    parts["word/comments.xml"] = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {NS}><w:comment w:id="0" w:author="Priya Author"><w:p><w:r><w:t>Ask {CHILD} about this.</w:t></w:r></w:p></w:comment></w:comments>""".encode()
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    for rid, kind, target, mode in (("rIdFoot99", "footnotes", "footnotes.xml", None),
                                    ("rIdComm99", "comments", "comments.xml", None),
                                    ("rIdMail99", "hyperlink", f"mailto:{CHILD_EMAIL}", "External")):
        rel = etree.SubElement(rels, f"{{{pkg}}}Relationship", Id=rid, Type=base + kind, Target=target)
        if mode:
            rel.set("TargetMode", mode)
    parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8")
    types = etree.fromstring(parts["[Content_Types].xml"])
    ct = "http://schemas.openxmlformats.org/package/2006/content-types"
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    for name, kind in (("footnotes", "footnotes"), ("comments", "comments")):
        etree.SubElement(types, f"{{{ct}}}Override", PartName=f"/word/{name}.xml",
                         ContentType=f"{main}{kind}+xml")
    parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8")
    app = parts["docProps/app.xml"].decode()
    if "<Company>" not in app:
        app = app.replace("</Properties>", "<Company>Quenby Family Trust</Company></Properties>")
    parts["docProps/app.xml"] = app.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
