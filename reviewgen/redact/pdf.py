"""Redact a PDF with PyMuPDF: true removal, then a rebuild from the pages alone.

    read        each page's words with their boxes, in the order the page draws them
                (reading order), off-page text included; a page with no text layer but
                something drawn on it, or mostly a picture, is read by Tesseract; text
                no reader sees (invisible text that is not an OCR layer, text painted
                over by a later filled shape, text off the page) is "hidden"
    detect      one `Redactor.plan` over every block of every page, so names carry
    remove      a redaction annotation over each value's boxes (line by line), applied
                so the text and the pixels of any picture under it are removed from the
                page's content, with any drawing wholly inside the box (a drawing that
                only crosses it, such as a table's ruling, stays); the label is drawn in
                the box;
                hidden text is removed the same way, without a label
    rebuild     the pages are copied into a new document without links, annotations
                or form fields; scanned pages are replaced by the burned page image;
                the catalogue keeps nothing but the pages, so metadata and XMP,
                attachments, JavaScript and actions, outlines, page labels, the
                structure tree and thumbnails are gone; optional content layers are
                dissolved first, so what a switched-off layer held is read and redacted
                like the rest; what was there is counted for the schedule, never shown

PyMuPDF is AGPL-3.0 (see the README's dependencies).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pymupdf

from reviewgen.atomicio import atomic_path
from reviewgen.errors import InputError

if TYPE_CHECKING:
    from reviewgen.redact.redactor import Redactor

OCR_DPI = 300
OCR_BLOCKS = 1_000_000
BURN_DPI = 200
# A scanned page read at a lower mean word confidence than this is refused, not guessed.
MIN_OCR_CONFIDENCE = 55.0
LABEL_FONT = "helv"
# apply_redactions modes (PyMuPDF's PDF_REDACT_* values, which its type hints do not declare):
# blank a picture's pixels under the box, or drop the whole picture; drop drawings wholly
# inside the box; remove the text.
IMAGE_PIXELS, IMAGE_REMOVE, LINE_ART_IF_COVERED, TEXT_REMOVE = 2, 1, 1, 0
# Words are read beyond the page's edges too: text placed off the page is still in the file.
WHOLE_PAGE = pymupdf.TEXTFLAGS_WORDS & ~pymupdf.TEXT_MEDIABOX_CLIP
BLACK, WHITE = (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)
# Catalogue entries that the rebuilt document never carries, by what the schedule calls them.
CATALOGUE_DROPS = {
    "Outlines": "outline (bookmarks)", "Names": "named destinations, attachments or scripts",
    "OpenAction": "action or JavaScript", "AA": "action or JavaScript", "AcroForm": "form fields",
    "PageLabels": "page labels", "OCProperties": "optional content layers", "Metadata": "XMP metadata",
    "StructTreeRoot": "tagged structure", "PieceInfo": "application data", "Threads": "article threads",
    "Collection": "portfolio", "URI": "link base", "SpiderInfo": "web capture data", "Perms": "permissions",
    "Legal": "legal attestation",
}
PAGE_DROPS = {"Thumb": "thumbnail", "AA": "action or JavaScript", "PieceInfo": "application data",
              "Metadata": "XMP metadata", "B": "article threads"}


@dataclass
class Word:
    rect: pymupdf.Rect
    text: str
    block: int
    line: int
    hidden: bool = False


@dataclass
class PageWords:
    """What one page says, and how it was read."""

    words: list[Word]
    ocr_confidence: float | None = None  # mean word confidence, 0-100, for an OCRed page

    @property
    def scanned(self) -> bool:
        return self.ocr_confidence is not None


@dataclass
class Block:
    """One block of one page, as a segment of text with each word's character span."""

    page: int
    text: str
    spans: list[tuple[int, int, Word]] = field(default_factory=list)


def open_pdf(path: Path) -> pymupdf.Document:
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise InputError.single(path, "could not be read as a PDF",
                                fix="open it in a PDF reader and save or print it to PDF again") from exc
    if doc.needs_pass:
        doc.close()
        raise InputError.single(path, "is password-protected",
                                fix="remove the password (save an unprotected copy) and run again")
    return doc


def redact_pdf(redactor: Redactor, in_path: Path, out_path: Path | None, location_prefix: str = "") -> None:
    """Redact `in_path` into a rebuilt PDF at `out_path` (None: read for names only)."""
    doc, layers = _without_layers(open_pdf(in_path))
    try:
        keep_pictures = redactor.policy.pictures == "keep"
        pages = [read_page(in_path, doc, number) for number in range(doc.page_count)]
        blocks = [b for number, page in enumerate(pages) for b in page_blocks(number, page)]
        locations = [f"{location_prefix}page {b.page + 1}" for b in blocks]
        plans = redactor.plan([b.text for b in blocks], locations)
        removals = document_removals(doc, pages, keep_pictures)
        if layers:
            removals.append(("document", "optional content layers (content shown and redacted)", layers))
        for location, what, count in sorted(removals):
            redactor.record_removal(location_prefix + location, what, count)
        if out_path is None:
            return
        marks: dict[int, list[tuple[pymupdf.Rect, str]]] = {}
        for block, plan in zip(blocks, plans):
            for start, end, label in plan:
                for rect, text in _boxes(block, start, end, label):
                    marks.setdefault(block.page, []).append((rect, text))
        for number, page_words in enumerate(pages):
            page = doc[number]
            for rect, text in marks.get(number, []):
                _mark(page, rect, text)
            for word in page_words.words:
                if word.hidden:
                    _mark(page, word.rect, "")
            if not keep_pictures:
                for info in page.get_image_info():
                    page.add_redact_annot(pymupdf.Rect(info["bbox"]), fill=WHITE, cross_out=False)
            page.apply_redactions(images=IMAGE_PIXELS if keep_pictures else IMAGE_REMOVE,
                                  graphics=LINE_ART_IF_COVERED, text=TEXT_REMOVE)
        write_rebuilt(doc, pages, out_path)
    finally:
        doc.close()


# --- reading --------------------------------------------------------------------------

def read_page(path: Path, doc: pymupdf.Document, number: int) -> PageWords:
    """A page's words: its text layer, and what OCR reads on a page with no text layer but
    something drawn on it, or one that is mostly a picture with (almost) no text over it
    (a scan with a page number stamped on it)."""
    page = doc[number]
    words = text_words(page)
    if words and not _unread_picture(page, words):
        return PageWords(words)
    if not words and not _draws_anything(page):
        return PageWords([])
    scanned = ocr_page(path, doc, number)
    read = [w for w in scanned.words if not any(w.rect.intersects(t.rect) for t in words)]
    return PageWords(words + read, scanned.ocr_confidence)


# A picture covering this share of the page with fewer words than this over it is a scan.
SCAN_AREA, SCAN_WORDS = 0.5, 10


def _unread_picture(page: pymupdf.Page, words: list[Word]) -> bool:
    area = page.rect.get_area()
    for info in page.get_image_info():
        picture = pymupdf.Rect(info["bbox"]) & page.rect
        if picture.get_area() >= SCAN_AREA * area and \
                sum(1 for w in words if w.rect.intersects(picture)) < SCAN_WORDS:
            return True
    return False


def text_words(page: pymupdf.Page) -> list[Word]:
    """The page's words in drawing order, each marked hidden if no reader would see it."""
    hidden = _hidden_boxes(page)
    words = []
    for x0, y0, x1, y1, text, block, line, _ in page.get_text("words", sort=False, flags=WHOLE_PAGE,
                                                               clip=pymupdf.INFINITE_RECT()):
        rect = pymupdf.Rect(x0, y0, x1, y1)
        # Hidden when most of its characters are (a box drawn over part of a word hides
        # it), or when it lies off the page, where no viewer shows it.
        hidden_chars = sum(1 for box in hidden if (box.tl + box.br) / 2 in rect)
        off_page = not rect.intersects(page.rect)
        words.append(Word(rect, text, block, line, off_page or hidden_chars * 2 > len(text)))
    return words


def _hidden_boxes(page: pymupdf.Page) -> list[pymupdf.Rect]:
    """Boxes of the characters no reader sees: drawn invisibly (unless over a picture: that
    is an OCR layer, kept and redacted with the picture's pixels) or painted over by a
    later opaque filled shape (the classic failed redaction)."""
    pictures = [pymupdf.Rect(i["bbox"]) for i in page.get_image_info()]
    covers = [(d["seqno"], pymupdf.Rect(d["rect"])) for d in page.get_drawings()
              if d.get("fill") is not None and (d.get("fill_opacity") or 1.0) >= 1.0]
    boxes = []
    for span in page.get_texttrace():
        invisible = span.get("type") == 3 or span.get("opacity", 1.0) == 0 or span.get("size", 10) < 1
        over_picture = any(pymupdf.Rect(span["bbox"]).intersects(p) for p in pictures)
        later = [rect for seqno, rect in covers if seqno > span["seqno"]]
        for char in span["chars"]:
            box = pymupdf.Rect(char[3])
            if (invisible and not over_picture) or any(rect.contains(box) for rect in later):
                boxes.append(box)
    return boxes


def _draws_anything(page: pymupdf.Page) -> bool:
    return bool(page.get_image_info() or page.get_drawings())


# OCR is slow; a batch reads each file twice (once for names, once to redact).
_OCR_CACHE: OrderedDict[tuple[str, int], PageWords] = OrderedDict()


def ocr_page(path: Path, doc: pymupdf.Document, number: int) -> PageWords:
    """The words Tesseract reads on a page rendered at OCR_DPI, in PDF coordinates."""
    page = doc[number]
    pixmap = page.get_pixmap(dpi=OCR_DPI, colorspace=pymupdf.csGRAY, annots=False)
    key = (hashlib.sha256(pixmap.samples).hexdigest(), number)
    if key in _OCR_CACHE:
        return _OCR_CACHE[key]
    data = _tesseract(path, pixmap)
    scale = pymupdf.Matrix(72 / OCR_DPI, 72 / OCR_DPI) * page.derotation_matrix
    words, confidences = [], []
    for i, text in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if not text.strip() or confidence < 0:
            continue
        left, top, width, height = (data[k][i] for k in ("left", "top", "width", "height"))
        rect = pymupdf.Rect(left, top, left + width, top + height) * scale
        block = OCR_BLOCKS + data["block_num"][i] * 1000 + data["par_num"][i]  # apart from text blocks
        words.append(Word(rect, text.strip(), block, data["line_num"][i]))
        confidences.append(confidence)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    if not words or mean < MIN_OCR_CONFIDENCE:
        raise InputError.single(path, f"page {number + 1} has no text layer and OCR could not read it "
                                f"(mean word confidence {mean:.0f}%, need {MIN_OCR_CONFIDENCE:.0f}%)",
                                fix="rescan the page at 300 dpi or better, or take it out and redact it by hand")
    result = PageWords(words, round(mean, 1))
    _OCR_CACHE[key] = result
    while len(_OCR_CACHE) > 64:
        _OCR_CACHE.popitem(last=False)
    return result


def _tesseract(path: Path, pixmap: pymupdf.Pixmap) -> dict[str, list[Any]]:
    import pytesseract
    from PIL import Image

    image = Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract's threads only fight on a small machine
    try:
        return pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError:
        raise InputError.single(path, "has scanned pages, and Tesseract (OCR) is not installed",
                                fix="install it: apt-get install tesseract-ocr (make venv does this)") from None


def page_blocks(number: int, page: PageWords) -> list[Block]:
    """Each block's words joined (lines by a newline) for detection. Hidden words are read
    too, so a name found only there is known in the rest of the batch; they are removed
    whole, without a label."""
    blocks: dict[int, Block] = {}
    last_line: dict[int, int] = {}
    for word in page.words:
        block = blocks.setdefault(word.block, Block(number, ""))
        if block.text:
            block.text += "\n" if last_line[word.block] != word.line else " "
        start = len(block.text)
        block.text += word.text
        block.spans.append((start, len(block.text), word))
        last_line[word.block] = word.line
    return list(blocks.values())


def _boxes(block: Block, start: int, end: int, label: str) -> list[tuple[pymupdf.Rect, str]]:
    """The boxes covering characters start..end, one per line; the label goes in the first."""
    lines: dict[tuple[int, int], pymupdf.Rect] = {}
    for word_start, word_end, word in block.spans:
        if word_start < end and word_end > start and not word.hidden:
            key = (word.block, word.line)
            lines[key] = lines[key] | word.rect if key in lines else pymupdf.Rect(word.rect)
    return [(rect, label if index == 0 else "") for index, rect in enumerate(lines.values())]


def _mark(page: pymupdf.Page, rect: pymupdf.Rect, label: str) -> None:
    """A redaction over `rect`, black, with the label in white shrunk to fit."""
    size = 0.0
    if label:
        width = pymupdf.get_text_length(label, fontname=LABEL_FONT, fontsize=1) or 1
        size = max(3.0, min(rect.height * 0.8, (rect.width - 1) / width))
        if size * width > rect.width:  # too narrow even at the smallest size: widen to the right
            rect = pymupdf.Rect(rect.x0, rect.y0, rect.x0 + size * width + 1, rect.y1)
    page.add_redact_annot(rect, text=label or None, fontname=LABEL_FONT, fontsize=size or 11,
                          fill=BLACK, text_color=WHITE, cross_out=False)


def _without_layers(doc: pymupdf.Document) -> tuple[pymupdf.Document, int]:
    """The document with its optional content definitions removed, and how many layers it
    had. Without them every reader shows (and MuPDF extracts) the content of switched-off
    layers, so it is read and redacted like the rest. Reopened from bytes, because MuPDF
    keeps the layer state it has once read."""
    catalogue = doc.pdf_catalog()
    kind, layers = doc.xref_get_key(catalogue, "OCProperties/OCGs")
    if doc.xref_get_key(catalogue, "OCProperties")[0] == "null":
        return doc, 0
    doc.xref_set_key(catalogue, "OCProperties", "null")
    reopened = pymupdf.open(stream=doc.tobytes(), filetype="pdf")
    doc.close()
    return reopened, layers.count(" R") if kind == "array" else 1


# --- what the rebuild drops --------------------------------------------------------------

def document_removals(doc: pymupdf.Document, pages: Sequence[PageWords],
                      keep_pictures: bool) -> list[tuple[str, str, int]]:
    """(location, what, count) for everything the rebuilt document leaves out."""
    found: Counter[tuple[str, str]] = Counter()
    catalogue = doc.pdf_catalog()
    for key, what in CATALOGUE_DROPS.items():
        if doc.xref_get_key(catalogue, key)[0] != "null":
            found[("document", what)] += 1
    if doc.metadata and any(v for k, v in doc.metadata.items() if k not in ("format", "encryption")):
        found[("document", "document properties")] += 1
    found[("document", "attached file")] += doc.embfile_count()
    for number, page_words in enumerate(pages):
        page = doc[number]
        where = f"page {number + 1}"
        for annot in page.annots():
            kind = annot.type[1]
            found[(where, "attached file" if kind == "FileAttachment" else f"annotation ({kind})")] += 1
        found[(where, "form field")] += len(list(page.widgets()))
        found[(where, "link")] += len(page.get_links())
        for key, what in PAGE_DROPS.items():
            if doc.xref_get_key(page.xref, key)[0] != "null":
                found[(where, what)] += 1
        found[(where, "hidden text (words)")] += sum(w.hidden for w in page_words.words)
        if not keep_pictures:
            found[(where, "picture (policy)")] += len(page.get_image_info())
        if page_words.scanned:
            found[(where, f"scanned page, read by OCR at {page_words.ocr_confidence:.0f}% mean word "
                          "confidence and replaced by the burned image")] += 1
    return [(where, what, count) for (where, what), count in found.items() if count]


# --- writing ------------------------------------------------------------------------------

def write_rebuilt(doc: pymupdf.Document, pages: Sequence[PageWords], out_path: Path) -> None:
    """A new document holding only the pages; scanned pages as their burned image."""
    out = pymupdf.open()
    try:
        out.insert_pdf(doc, links=False, annots=False, widgets=False)
        for number, page_words in enumerate(pages):
            if page_words.scanned:
                _burn(doc[number], out, number)
        for number in range(out.page_count):
            for key in PAGE_DROPS:
                out.xref_set_key(out[number].xref, key, "null")
        catalogue = out.pdf_catalog()
        for key in CATALOGUE_DROPS:
            out.xref_set_key(catalogue, key, "null")
        out.set_metadata({})
        out.del_xml_metadata()
        with atomic_path(out_path) as tmp:
            # garbage=4 drops every object no page uses and merges duplicates; no_new_id
            # keeps the file ID from being derived from anything of the input.
            out.save(tmp, garbage=4, deflate=True, clean=True, no_new_id=True)
    finally:
        out.close()


def _burn(page: pymupdf.Page, out: pymupdf.Document, number: int) -> None:
    """Replace page `number` of `out` by an image of the redacted page: only pixels remain."""
    pixmap = page.get_pixmap(dpi=BURN_DPI, colorspace=pymupdf.csGRAY, annots=False)
    rect = page.rect
    out.delete_page(number)
    new = out.new_page(pno=number, width=rect.width, height=rect.height)
    new.insert_image(new.rect, pixmap=pixmap)
