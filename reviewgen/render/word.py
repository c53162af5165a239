"""Word output with python-docx: real headings, lists and tables, the protective marking
in the header, page numbers in the footer, and document properties set from the input.

An organisation's reference .docx supplies the house style: its styles, header, footer
and logo are kept and its body is replaced.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from lxml import html as lxml_html

from reviewgen.render.markup import ImageFolders, parse_fragment

_HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def _style_or_none(document, name: str):
    try:
        return document.styles[name]
    except KeyError:
        return None


def _blank_document(reference: Path | None):
    if reference is None:
        return docx.Document()
    document = docx.Document(str(reference))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # keep page set-up, headers and footers
            body.remove(child)
    return document


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    placeholder = OxmlElement("w:t")
    placeholder.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, text, separate, placeholder, end):
        run._r.append(element)


def _has_field(part_element, instruction: str) -> bool:
    return any(instruction in (node.text or "") for node in part_element.iter(qn("w:instrText")))


def _set_header_and_footer(document, marking: str | None) -> None:
    for section in document.sections:
        header = section.header
        header_text = "\n".join(p.text for p in header.paragraphs)
        if marking and marking not in header_text:
            paragraph = header.paragraphs[0] if not header_text.strip() else header.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(marking)
            run.bold = True
        footer = section.footer
        if not _has_field(footer._element, "PAGE"):
            paragraph = footer.paragraphs[0] if not footer.paragraphs[0].text.strip() else footer.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run("Page ")
            _add_field(paragraph, "PAGE")
            paragraph.add_run(" of ")
            _add_field(paragraph, "NUMPAGES")
            if marking:
                paragraph.add_run(f"    {marking}").bold = True


def _set_properties(document, title: str, author: str, created, subject: str, keywords: str) -> None:
    props = document.core_properties
    if isinstance(created, date) and not isinstance(created, datetime):
        created = datetime(created.year, created.month, created.day, tzinfo=UTC)
    created = created or datetime.now(UTC)
    # Everything is set explicitly so nothing of a house-style file's own author survives.
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = created
    props.modified = created
    props.subject = subject
    props.keywords = keywords
    props.comments = ""
    props.category = ""
    props.revision = 1


class _WordWriter:
    def __init__(self, document):
        self.document = document

    def add_inline(self, paragraph: Paragraph, element, bold=False, italic=False, code=False) -> None:
        """Runs for an element's text and children, carrying bold/italic down the tree."""
        tag = element.tag if isinstance(element.tag, str) else ""
        bold = bold or tag in ("strong", "b", "th")
        italic = italic or tag in ("em", "i")
        code = code or tag == "code"
        if tag == "br":
            paragraph.add_run().add_break(WD_BREAK.LINE)
        elif tag == "img":
            self.add_image(paragraph, element)
        if element.text and tag != "img":
            self._run(paragraph, element.text, bold, italic, code)
        for child in element:
            self.add_inline(paragraph, child, bold, italic, code)
            if child.tail:
                self._run(paragraph, child.tail, bold, italic, code)

    def _run(self, paragraph, text, bold, italic, code):
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if code:
            run.font.name = "Consolas"

    def add_image(self, paragraph: Paragraph, element) -> None:
        # parse_fragment left only images from the allowed folders, with their path.
        paragraph.add_run().add_picture(element.get("data-path"), width=Cm(15))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def paragraph(self, style: str | None):
        chosen = style if style and _style_or_none(self.document, style) is not None else None
        return self.document.add_paragraph(style=chosen)

    def block(self, element, list_depth: int = 0) -> None:
        tag = element.tag
        if tag in _HEADING_LEVELS:
            heading = self.document.add_heading(level=_HEADING_LEVELS[tag])
            self.add_inline(heading, element)
        elif tag == "p":
            self.add_inline(self.paragraph(None), element)
        elif tag in ("ul", "ol"):
            self.list(element, ordered=tag == "ol", depth=list_depth)
        elif tag == "table":
            self.table(element)
        elif tag == "blockquote":
            for child in element:
                paragraph = self.paragraph("Quote")
                self.add_inline(paragraph, child)
        elif tag == "hr":
            self.document.add_paragraph()
        elif tag == "pre":
            paragraph = self.paragraph("No Spacing")
            self._run(paragraph, element.text_content(), False, False, True)
        else:
            self.add_inline(self.paragraph(None), element)

    def list(self, element, ordered: bool, depth: int) -> None:
        base = "List Number" if ordered else "List Bullet"
        style = base if depth == 0 else f"{base} {min(depth + 1, 3)}"
        for item in element.findall("li"):
            paragraph = self.paragraph(style)
            if paragraph.style.name != style:  # the house style lacks list styles
                paragraph.add_run(("  " * depth) + ("- " if not ordered else ""))
            nested = [child for child in item if child.tag in ("ul", "ol")]
            inline = lxml_html.fragment_fromstring("<span></span>")
            inline.text = item.text
            for child in item:
                if child.tag in ("ul", "ol"):
                    break
                if child.tag == "p":  # loose lists wrap items in <p>
                    inline.append(lxml_html.fragment_fromstring(f"<span>{lxml_html.tostring(child, encoding='unicode')}</span>"))
                else:
                    inline.append(child.__copy__())
            self.add_inline(paragraph, inline)
            for child in nested:
                self.list(child, ordered=child.tag == "ol", depth=depth + 1)

    def table(self, element) -> None:
        rows = element.findall(".//tr")
        if not rows:
            return
        columns = max(len(row.findall("th") + row.findall("td")) for row in rows)
        table = self.document.add_table(rows=0, cols=columns)
        if _style_or_none(self.document, "Table Grid") is not None:
            table.style = "Table Grid"
        for row in rows:
            cells = row.findall("th") + row.findall("td")
            word_row = table.add_row()
            if row.getparent().tag == "thead":
                _repeat_as_header(word_row)
            for index, cell in enumerate(cells):
                target = word_row.cells[index].paragraphs[0]
                self.add_inline(target, cell)
                for run in target.runs:
                    run.font.size = Pt(9.5)
        self.document.add_paragraph()


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def build_docx(
    markdown_text: str,
    target: Path,
    *,
    title: str,
    author: str,
    created,
    marking: str | None,
    subject: str = "",
    keywords: str = "",
    reference_docx: Path | None = None,
    logo: Path | None = None,
    assets_dir: ImageFolders = None,
) -> None:
    document = _blank_document(reference_docx)
    if logo is not None and logo.exists():
        document.add_picture(str(logo), height=Cm(2))
    writer = _WordWriter(document)
    for element in parse_fragment(markdown_text, assets_dir):
        writer.block(element)
    _set_header_and_footer(document, marking)
    _set_properties(document, title, author, created, subject, keywords)
    document.save(str(target))



