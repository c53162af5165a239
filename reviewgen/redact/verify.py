"""The leak check: an adversary that reads a released file the way an attacker would.

It shares nothing with the redactor but the list of everyday words (and `trie.py`, which
builds regular expressions and decides nothing): it opens every part
of a package (XML or not, and the part names), recurses into packages embedded in it,
reads picture text chunks, normalises what it reads (NFKC, invisible characters,
character references, URL encoding, case) and then looks for each protected value as
written, with its separators removed or changed, and, for a name, each of its words and
its initials. It reports where a value survives, never the value.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import itertools
import re
import unicodedata
import zipfile
import zlib
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lxml import etree

from reviewgen.errors import InputError
from reviewgen.redact.trie import trie_regex

# Characters that draw nothing or change no letter: soft hyphens, joiners, direction
# controls, variation selectors, fillers, tag characters, and the marks an NFKC form leaves
# uncombined (an underline or strike-through laid over each letter: "J̲o̲r̲d̲a̲n̲").
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff"
                       "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Terminal escape sequences and control characters: drawn as nothing, or (a backspace)
# rubbing out the letter before them.
TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SEPARATOR = r"[\W_]*"
MAX_NESTING = 4  # packages inside packages inside packages...


@dataclass(frozen=True)
class Protected:
    """A value that must not appear in a released file; `category` as in the key."""

    value: str
    category: str = ""


Value = str | Protected | tuple[str, str]


def canonical(text: str, fold: bool = True) -> str:
    """Text as an attacker would compare it: references decoded, compatibility forms and
    invisible characters gone, and (with `fold`) case ignored."""
    text = unquote(html.unescape(text))
    text = INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return text.casefold() if fold else text


def _strict(body: str) -> str:
    """Short values and initials: not inside any longer word or number ("CB" of "00CB06")."""
    return rf"(?<![^\W_]){body}(?![^\W_])"


def _bounded(body: str, first: str, last: str) -> str:
    """A letter may touch a digit ("JordanEllis2024"); a digit may touch a letter."""
    before = r"(?<!\d)" if first.isdigit() else r"(?<![^\W\d_])"
    after = r"(?!\d)" if last.isdigit() else r"(?![^\W\d_])"
    return before + body + after


def _value_pattern(value: str) -> str | None:
    """The value with any separators (or none) between its words, and between the digits
    of a number (a phone number written 07700900123 or 077 0090 0123)."""
    tokens = re.findall(r"[^\W_]+", canonical(value))
    if not tokens:
        return None
    digits = "".join(tokens)
    if digits.isdigit() and len(digits) >= 6:
        body = SEPARATOR.join(re.escape(d) for d in digits)
    else:
        body = SEPARATOR.join(re.escape(t) for t in tokens)
    return _bounded(body, tokens[0][0], tokens[-1][-1])


# Two letters that are everyday words or the country when written in capitals ("the IT
# team", "AS level", "UK"): initials spelling one are read only with full stops.
CAPITAL_WORDS = frozenset("IT IS IN ON NO OF OR IF TO BY AT AS AN US UP SO DO GO WE HE ME MY BE UK".split())


def _age_pattern(number: str) -> str:
    return (rf"(?i:(?<![^\W_])(?:aged?|age[ \t]*[:=-]?)[\W_]{{0,3}}{number}(?!\d)"
            rf"|(?<![^\W_])(?:he|she|they|i|who|you)[ \t]+(?:is|was|were|turned|turns|turning)[ \t]+{number}(?!\d)"
            rf"|(?<!\d){number}[\W_]{{0,3}}(?:(?:years?|yrs?)[\W_]{{0,3}}(?:old|of[\W_]+age)|y[ \t]*/?[ \t]*o(?![^\W_])))")


def _looks_like_name(value: str, category: str) -> bool:
    if category:
        return category == "name"
    words = value.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[^\W\d_][^\W\d_'’.\-]*", w) for w in words)


@dataclass(frozen=True)
class NameParts:
    """What of a person's name the check looks for besides the whole: `words` in any case,
    `capitalised` words only as written with their capital (surnames that are everyday
    words: "Hill"), `initials` as written, and `usernames` ("jellis", "ellisj")."""

    words: list[str]
    capitalised: list[str]
    initials: list[str]
    usernames: list[str]


def _name_parts(value: str) -> NameParts:
    from reviewgen.redact.detect import common_words
    from reviewgen.redact.wordlists import word_surnames

    words = [w.strip(".'’") for w in re.split(r"[\s\-]+", canonical(value, fold=False)) if w.strip(".'’")]
    everyday = common_words()
    parts = [w for w in words if len(w) >= 3 and w.casefold() not in everyday and not w.isupper()]
    capitalised = [w for w in parts if w.casefold() in word_surnames()]
    initials, usernames = [], []
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        letters = [w[0] for w in words]
        # Bare initials that spell an acronym ("IT" of Ian Thomas) are read only with full stops.
        bare = [] if "".join(letters) in CAPITAL_WORDS else ["".join(letters)]
        initials = [*bare, ".".join(letters) + ".", ". ".join(letters) + "."]
        given, surname = words[0], words[-1]
        if len(surname) >= 3 and surname.casefold() not in word_surnames() and surname.casefold() not in everyday:
            usernames = [f"{given[0]} {surname}", f"{surname} {given[0]}"]
    return NameParts([w for w in parts if w not in capitalised], capitalised, initials, usernames)


class KeyedChecker:
    """Each protected value's patterns, filed under a literal key that every match of it holds
    once separators are removed (the key is the value's characters, a name's word, or the
    initials). A view is searched only with the patterns whose keys occur in it, found by
    one trie over all keys: sound, and linear in the text rather than in text x values."""

    def __init__(self, values: Iterable[Value]) -> None:
        self._patterns: dict[str, dict[str, set[str]]] = {"folded": {}, "exact": {}, "number": {}}
        for value, protected in _entries(values):
            if len(re.sub(r"[\W_]", "", value)) < 3:
                literal = canonical(value, fold=False)
                if literal.strip().isdigit():
                    # A one- or two-digit number is looked for in text, not in markup, where
                    # every size and id is one ("15" in any styles part); an age only where
                    # the words make it one ("aged 15", "15-year-old"), not in "15 March".
                    number = re.escape(literal.strip())
                    self._file("number", literal.strip(),
                               _age_pattern(number) if protected.category == "age" else _strict(number))
                    continue
                self._file("exact", squash_separators(literal), _strict(re.escape(literal)))
                continue
            folded = _value_pattern(value)
            if folded:
                self._file("folded", "".join(re.findall(r"[^\W_]+", canonical(value))), folded)
            if _looks_like_name(value, protected.category):
                name = _name_parts(value)
                for part in name.words:
                    self._file("folded", part.casefold(), _bounded(re.escape(part.casefold()), part[0], part[-1]))
                for part in name.capitalised:
                    for written in {part, part.upper(), part[0].upper() + part[1:].lower()}:
                        self._file("exact", written, _bounded(re.escape(written), written[0], written[-1]))
                for initial in name.initials:
                    self._file("exact", squash_separators(initial), _strict(re.escape(initial)))
                for username in name.usernames:
                    pattern = _value_pattern(username)
                    if pattern:
                        self._file("folded", "".join(re.findall(r"[^\W_]+", canonical(username))), pattern)
        self._finders: dict[str, re.Pattern | None] = {}
        for kind, keyed in self._patterns.items():
            trie = trie_regex(keyed)
            # A lookahead finds a key starting at every position, overlapping ones too.
            self._finders[kind] = re.compile(f"(?=({trie}))") if trie else None
        self._compiled: dict[tuple[str, str], re.Pattern] = {}

    def _file(self, kind: str, key: str, pattern: str) -> None:
        if key:
            self._patterns[kind].setdefault(key, set()).add(pattern)

    def found_in(self, lowered: str, as_written: str, markup: bool = False) -> bool:
        """Whether a value is in a view; `markup` is a view of an XML part's tags and
        attributes rather than its text."""
        for kind, text in (("folded", lowered), ("exact", as_written), ("number", as_written)):
            if markup and kind == "number":
                continue
            finder = self._finders[kind]
            if finder is None:
                continue
            hits = [(m.start(), m.group(1)) for m in finder.finditer(squash_separators(text))]
            if not hits:
                continue
            # Where each squashed character stands in the text: a match of a key's patterns
            # lies between its key's first and last characters (and a character either side).
            # Found from the runs of word characters, which are fewer than the characters.
            where = _SquashedPositions(text)
            for start, hit in hits:
                first, last = where(start), where(start + len(hit) - 1)
                window = text[max(0, first - WINDOW):last + WINDOW + 1]
                if self._regex(kind, hit).search(window):
                    return True
        return False

    def _regex(self, kind: str, hit: str) -> re.Pattern:
        regex = self._compiled.get((kind, hit))
        if regex is None:
            patterns = set().union(*(self._patterns[kind][k] for k in self._inside(kind, hit)))
            regex = self._compiled[(kind, hit)] = re.compile("|".join(sorted(patterns, key=len, reverse=True)))
        return regex

    def _inside(self, kind: str, hit: str) -> set[str]:
        """The keys inside `hit`, itself one: the longest key at a position hides shorter keys
        inside it. Found by the trie at each position of `hit` and the keys each one starts
        with, so the cost is the hit's length, not the number of keys."""
        keyed, finder = self._patterns[kind], self._finders[kind]
        assert finder is not None
        return {key[:n] for m in finder.finditer(hit) for key in (m.group(1),)
                for n in range(1, len(key) + 1) if key[:n] in keyed}


class _SquashedPositions:
    """Where the character at an index of the squashed text stands in the text, found from
    the runs of word characters (far fewer than the characters)."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in WORD_RUN.finditer(text)]
        self._runs = [start for start, _ in spans]
        self._squashed = list(itertools.accumulate((end - start for start, end in spans), initial=0))

    def __call__(self, index: int) -> int:
        run = bisect_right(self._squashed, index) - 1
        return self._runs[run] + index - self._squashed[run]


def squash_separators(text: str) -> str:
    return SEPARATORS.sub("", text)


SEPARATORS = re.compile(r"[\W_]+")
WORD_RUN = re.compile(r"[^\W_]+")
# Characters read either side of a key when its patterns are tried: their look-arounds
# need one; the rest is margin.
WINDOW = 16


def _entries(values: Iterable[Value]) -> Iterator[tuple[str, Protected]]:
    """Each protected value with its spacing made single, empty ones left out."""
    for item in values:
        protected = _protected(item)
        value = " ".join(protected.value.split())
        if value:
            yield value, protected


def _protected(item: Value) -> Protected:
    if isinstance(item, Protected):
        return item
    if isinstance(item, tuple):
        return Protected(item[0], item[1])
    return Protected(item)


# Letters from other scripts that read as Latin ones: a name spelled with them still leaks.
LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеѕіјорсухԁһӏɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοιν"
    "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ",  # small capitals
    "ABESIJKMHOPCTXYaesijopcyxdhlgABEZHIKMNOPTYXaoiv"
    "ABCDEFGHIJKLMNOPRSTUVWYZ")
# Letters drawn in squares and flags (🅹🅾🆁🅳🅰🅽, 🇯🇴🇷🇩🇦🇳): NFKC leaves them as they are.
LETTER_SYMBOLS = {base + i: chr(ord("A") + i) for base in (0x1F130, 0x1F150, 0x1F170, 0x1F1E6) for i in range(26)}
# A link drawn as its words: "[El](#notes)lis" reads "Ellis".
MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
RIGHT_TO_LEFT = re.compile(r"[\u202d\u202e]|\bbdo\b|<w:rtl(?:\s*/?>|\s+w:val=[\"'](?:1|true|on)[\"'])"
                           r"|dir\s*=\s*[\"']?rtl", re.IGNORECASE)
# Words joined in an identifier ("EllisStyle"): read apart.
CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A word in capitals with a lower-case l, a one or a bar for I, or a zero for O: "ELLlS".
CAPITALS_WORD = re.compile(r"(?<![\w|])[A-Z0-9l|]+(?![\w|])")
CAPITALS_LOOKALIKES = str.maketrans("l1|0", "IIIO")
BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
MARKUP = re.compile(r"<!--.*?-->|</?[A-Za-z][^>]*>|[*_~`]+", re.DOTALL)
# Letters spelled out one by one: "J o r d a n", "J.o.r.d.a.n", "J-o-r-d-a-n".
SPACED_LETTERS = re.compile(r"(?<![^\W_])(?:[^\W_](?P<gap>[ .·_-])){2,}[^\W_](?![^\W_])")
LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\r?\n[ \t]*")


def _derived_views(text: str) -> Iterator[str]:
    """The same text as a reader would see it through tricks: look-alike letters, base64
    (data URIs, link queries, field data), Markdown emphasis or empty tags splitting a word,
    letters spaced out, a word hyphenated over a line break."""
    yield text.translate(LOOKALIKES).translate(LETTER_SYMBOLS)
    for run in BASE64_RUN.findall(text):
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4)).decode("utf-8")
        except (binascii.Error, ValueError):
            continue  # not base64, or not text: nothing a reader could see
        if decoded.isprintable():
            yield decoded
    if "\x1b" in text or "\x08" in text:
        # Terminal escapes draw nothing and a backspace rubs out the letter before it
        # ("El\x1b[0mlis", "Elx\blis").
        yield _overstruck(TERMINAL_ESCAPE.sub("", text))
    controls = len(CONTROL.findall(text))
    if controls and "\x00" not in text and controls * 10 < len(text):
        # Text with a few control characters in it, drawn as nothing. Not binary data,
        # which is full of them and whose bytes they would join.
        yield CONTROL.sub("", text)
    yield MARKUP.sub("", MARKDOWN_LINK.sub(r"\1", text))
    yield SPACED_LETTERS.sub(lambda m: m.group().replace(m.group("gap"), ""), text)
    yield LINE_BREAK_HYPHEN.sub("", text)
    # Written backwards behind a right-to-left override ("\u202esillE nadroJ", `w:bdo`,
    # `<bdo dir="rtl">`). Only there: "mail" read backwards is no leak of a Liam.
    if RIGHT_TO_LEFT.search(text):
        yield "\n".join(line[::-1] for line in text.split("\n"))
    yield CAPITALS_WORD.sub(_capitals_view, text)


def _overstruck(text: str) -> str:
    """`text` as drawn: each backspace rubs out the character before it (one pass)."""
    if "\x08" not in text:
        return text
    drawn: list[str] = []
    for char in text:
        if char != "\x08":
            drawn.append(char)
        elif drawn:
            drawn.pop()
    return "".join(drawn)


def _capitals_view(match: re.Match) -> str:
    word = match.group()
    # Long enough to be a name, with letters in it: not a postcode district or a quarter ("E1", "Q1").
    if len(word) < 4 or sum(c.isupper() for c in word) < 2 or not any(c in "l1|0" for c in word):
        return word
    return word.translate(CAPITALS_LOOKALIKES)


def name_views(name: str) -> list[str]:
    """A file name and what a reader could see in it (backwards, words run together...)."""
    return [name, *_derived_views(name)]


def _symbols(root: etree._Element) -> Iterator[str]:
    """Characters written as Word symbols (`w:sym w:char="004A"`), a paragraph at a time."""
    for paragraph in root.iter():
        if not isinstance(paragraph.tag, str) or etree.QName(paragraph).localname != "p":
            continue
        chars = []
        for element in paragraph.iter():
            if isinstance(element.tag, str) and etree.QName(element).localname == "sym":
                code = next((v for k, v in element.attrib.items() if k.endswith("char")), "")
                try:
                    chars.append(chr(int(code, 16) & 0xFFFF))
                except ValueError:
                    continue
        if chars:
            yield "".join(chars)


# --- reading everything ---------------------------------------------------------------

class Markup(str):
    """A view of an XML part's markup (its attributes, or its bytes with the tags), not of
    the text it holds."""


class Attributes(Markup):
    """A view of an XML part's attribute values alone."""


def _xml_views(root: etree._Element) -> Iterator[str]:
    """The text with runs joined and with element breaks as spaces, each paragraph's runs
    joined (a line each), and every element's attributes (a line each). One view per kind,
    not one per element: a styles part has tens of thousands of elements, and searching
    each on its own made verify's cost grow with the markup, not the text."""
    yield "".join(root.itertext())
    yield " ".join(root.itertext())
    yield "\n".join(_symbols(root))
    paragraphs, attributes = [], []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).localname == "p":
            paragraphs.append("".join(element.itertext()))
        if element.attrib:
            attributes.append(" ".join(element.attrib.values()))
    yield "\n".join(paragraphs)
    yield Attributes("\n".join(attributes))


def _png_text(data: bytes) -> Iterator[str]:
    """Text chunks of a PNG, compressed ones inflated."""
    position = 8
    while position + 8 <= len(data):
        length = int.from_bytes(data[position:position + 4], "big")
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        if kind in (b"zTXt", b"iTXt"):
            for start in range(len(body)):
                try:
                    yield zlib.decompress(body[start:]).decode("utf-8", "replace")
                    break
                except zlib.error:
                    continue
        position += 12 + length


def _byte_views(data: bytes) -> Iterator[str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield data.decode("utf-16", "replace")
    try:
        # Valid UTF-8 read as Latin-1 only garbles its non-ASCII letters: nothing more to see.
        yield data.decode("utf-8")
    except UnicodeDecodeError:
        yield data.decode("utf-8", "replace")
        yield data.decode("latin-1")
    if b"\x00" in data[:4096]:
        yield data.decode("utf-16-le", "replace")
        yield data.decode("utf-16-be", "replace")
    if data.startswith(b"\x89PNG"):
        yield from _png_text(data)


def _views(data: bytes) -> Iterator[str]:
    stripped = data.lstrip()[:200]
    if stripped.startswith(b"<") or stripped.startswith(b"\xef\xbb\xbf<"):
        parser = etree.XMLParser(resolve_entities=False, huge_tree=True, no_network=True, recover=True)
        try:
            root = etree.fromstring(data, parser)
            if root is not None:
                yield from _xml_views(root)
                if not parser.error_log:
                    # The text is read above: the bytes add the markup.
                    yield from map(Markup, _byte_views(data))
                    return
                # Recovered from errors (HTML, several top elements): the parse may have
                # dropped text, so the bytes are read as text too.
        except etree.XMLSyntaxError:
            pass
    yield from _byte_views(data)


PDF_HEX_STRING = re.compile(rb"<([0-9A-Fa-f\s]{4,})>")
PDF_LITERAL_STRING = re.compile(rb"\(((?:\\.|[^\\()])*)\)", re.DOTALL)
PDF_STREAM_BODY = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)
PDF_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_string(raw: bytes) -> str:
    """A PDF string's bytes as text: UTF-16 with its mark, else PDFDocEncoding (~Latin-1)."""
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        return raw.decode("utf-16", "replace")
    return raw.decode("latin-1")


def _pdf_strings(source: bytes) -> Iterator[str]:
    """Every string written in a PDF object or content stream, decoded: hex strings and
    literal strings with their escapes (octal codes too)."""
    for match in PDF_HEX_STRING.finditer(source):
        digits = re.sub(rb"\s", b"", match.group(1))
        try:
            yield _pdf_string(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii")))
        except ValueError:
            continue
    for match in PDF_LITERAL_STRING.finditer(source):
        body = re.sub(rb"\\([0-7]{1,3})", lambda m: bytes([int(m.group(1), 8) & 0xFF]), match.group(1))
        body = re.sub(rb"\\(.)", lambda m: PDF_ESCAPES.get(m.group(1), m.group(1)), body, flags=re.DOTALL)
        yield _pdf_string(body)


def _joined(strings: Iterable[str]) -> list[str]:
    """Strings read together, touching (a value split over text-showing operators) and apart."""
    found = list(strings)
    return ["".join(found), " ".join(found)] if found else []


def pdf_parts(name: str, data: bytes, depth: int = 0) -> Iterator[tuple[str, list[str]]] | None:
    """(part, views) for a PDF: each page's text as a reader extracts it, the properties
    and XMP, annotations, form fields, links, outline, page labels, every object's
    strings, every stream but picture samples, and the attached files (recursively).
    None when it cannot be opened as a PDF (it is then read as bytes); a password-protected
    one is bad input, as nothing in it can be checked."""
    import pymupdf

    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception:  # not a PDF after all, or too damaged for MuPDF: read its bytes
        return None
    if doc.page_count == 0:  # "%PDF-" and then anything: text, as far as a reader goes
        doc.close()
        return None
    if doc.needs_pass:  # nothing in it can be read, so it cannot be called clean
        doc.close()
        raise InputError.single(name, "is a password-protected PDF, which cannot be checked",
                                fix="check and release an unprotected copy")
    if doc.xref_get_key(doc.pdf_catalog(), "OCProperties")[0] != "null":
        # Without its layer definitions a PDF's switched-off layers are extracted too
        # (reopened: MuPDF keeps the layer state it has once read).
        doc.xref_set_key(doc.pdf_catalog(), "OCProperties", "null")
        doc = pymupdf.open(stream=doc.tobytes(), filetype="pdf")

    def parts() -> Iterator[tuple[str, list[str]]]:
        prefix = f"{name}/" if depth else ""
        try:
            yield f"{prefix}properties", [" \n ".join(str(v) for v in (doc.metadata or {}).values() if v),
                                          doc.get_xml_metadata()]
            yield f"{prefix}outline", [" \n ".join(str(entry[1]) for entry in doc.get_toc(simple=True))]
            yield f"{prefix}page labels", [" ".join(str(label.get("prefix", "")) for label in doc.get_page_labels())]
            for number in range(1, doc.page_count + 1):
                page = doc[number - 1]
                # Beyond the page's edges too: text placed off the page is still in the file.
                whole = {"flags": pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_MEDIABOX_CLIP,
                         "clip": pymupdf.INFINITE_RECT()}
                texts = [page.get_text("text", **whole), " ".join(w[4] for w in page.get_text("words", **whole))]
                for annot in page.annots():
                    texts.extend(str(v) for v in annot.info.values())
                for widget in page.widgets():
                    texts.extend(str(v) for v in (widget.field_name, widget.field_value, widget.field_label) if v)
                texts.extend(str(link.get("uri") or link.get("file") or "") for link in page.get_links())
                yield f"{prefix}page {number}", [t for t in texts if t] + \
                    [d for t in texts for d in _derived_views(t)]
            for index, attachment in enumerate(doc.embfile_names(), start=1):
                info = doc.embfile_info(attachment)
                yield f"{prefix}attachment {index} (name)", [" ".join(str(v) for v in info.values())]
                if depth < MAX_NESTING:
                    yield from parts_of(f"{prefix}attachment {index}", doc.embfile_get(attachment), depth + 1)
            binary = _font_programs(doc)
            for xref in range(1, doc.xref_length()):
                source = doc.xref_object(xref, compressed=False).encode("latin-1", "replace")
                views = [source.decode("latin-1"), *_joined(_pdf_strings(source))]
                # Picture samples and font programs are binary: read as text they only
                # match by chance. Their dictionaries (names, metadata) are read above.
                if doc.xref_is_stream(xref) and doc.xref_get_key(xref, "Subtype")[1] != "/Image" \
                        and xref not in binary:
                    try:
                        stream = doc.xref_stream(xref) or b""
                    except Exception:  # a stream MuPDF cannot decode: its raw bytes instead
                        stream = doc.xref_stream_raw(xref) or b""
                    views.extend([*_byte_views(stream), *_joined(_pdf_strings(stream))])
                elif xref in binary:
                    # A font program's own strings (its names, copyright, designer): read as
                    # runs of letters, so its binary glyph data cannot match by chance.
                    try:
                        views.append(FontStrings(_font_strings(doc.xref_stream(xref) or b"")))
                    except Exception:
                        pass
                yield f"{prefix}object {xref}", views + [d for v in views if not isinstance(v, FontStrings)
                                                         for d in _derived_views(v)]
            # The file's own bytes, streams left out: text outside any object (after the
            # end-of-file marker, between objects) is invisible to MuPDF but not to a reader.
            # Its strings are not decoded here: the file ID's random bytes would match by chance.
            outside = PDF_STREAM_BODY.sub(b" ", data).decode("latin-1")
            yield f"{prefix}file bytes outside streams", [outside, *_derived_views(outside)]
        finally:
            doc.close()

    return parts()


class FontStrings(str):
    """A font program's printable strings: looked in for whole values only, since font
    names are words and given names too ("Georgia", "Gill Sans", "Bitstream Vera")."""


FONT_STRING = re.compile(rb"[\x20-\x7e]{4,}|(?:\x00[\x20-\x7e]){4,}")


def _font_strings(program: bytes) -> str:
    """The printable runs of a font program (ASCII, or UTF-16 as its name table holds them),
    one a line: its family, style and full names, copyright and designer."""
    return "\n".join(m.group().replace(b"\x00", b"").decode("ascii") for m in FONT_STRING.finditer(program))


def _font_programs(doc: Any) -> set[int]:
    """The objects holding embedded font programs (FontFile, FontFile2, FontFile3)."""
    found = set()
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "Type")[1] != "/FontDescriptor":
            continue
        for key in ("FontFile", "FontFile2", "FontFile3"):
            kind, value = doc.xref_get_key(xref, key)
            if kind == "xref":
                found.add(int(value.split()[0]))
    return found


def parts_of(name: str, data: bytes, depth: int = 0) -> Iterator[tuple[str, list[str]]]:
    """(part name, views) for a file and, if it is a package or a PDF, every part inside it."""
    if data.lstrip()[:1024].find(b"%PDF-") >= 0 and depth < MAX_NESTING:
        pdf = pdf_parts(name, data, depth)
        if pdf is not None:
            yield from pdf
            return
    if data.startswith(b"PK") and depth < MAX_NESTING:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = package.namelist()
                yield f"{name} (part names)" if depth else "part names", ["\n".join(names)]
                for inner in names:
                    label = f"{name}/{inner}" if depth else inner
                    yield from parts_of(label, package.read(inner), depth + 1)
                return
        except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError):
            pass
    views = list(_views(data))
    derived = [Markup(d) if isinstance(view, Markup) else d for view in views for d in _derived_views(view)]
    # Words joined in an identifier of the markup ("EllisStyle"); not in text, where
    # "PowerPoint" is no leak of a Mr Power.
    derived += [Markup(CAMEL_JOIN.sub(" ", view)) for view in views if isinstance(view, Attributes)]
    yield name, views + derived


def label_remover(labels: Iterable[str]) -> re.Pattern | None:
    """The run's own labels ("Person 101", "Person-101"), in any case and with any
    separators: read past, so that a label's number is never taken for a redacted number
    ("101", a case number) that it only happens to equal."""
    numbers: dict[tuple[str, ...], set[str]] = {}
    for label in labels:
        words = re.findall(r"[^\W_]+", label.casefold())
        if len(words) >= 2 and words[-1].isdigit():
            numbers.setdefault(tuple(words[:-1]), set()).add(words[-1])
        elif words and all(w.isdigit() for w in words):
            numbers.setdefault((), set()).add("".join(words))
    forms = []
    for stem, used in numbers.items():
        digits = trie_regex(used)
        forms.append(SEPARATOR.join([*(re.escape(w) for w in stem), f"(?:{digits})"]))
    if not forms:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(forms) + r")(?![^\W_])", re.IGNORECASE)


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", canonical(text))


def _whole_values(values: Iterable[Value]) -> list[str]:
    """Values that identify on their own whatever surrounds them: a name of two words or
    more, an email address, a number of six digits or more; squashed."""
    wholes = []
    for value, _ in _entries(values):
        if len(value.split()) >= 2 or "@" in value or sum(c.isdigit() for c in value) >= 6:
            squashed = _squashed(value)
            if len(squashed) >= 6:
                wholes.append(squashed)
    return wholes


def verify_file(path: str | Path, values: Iterable[Value], labels: Iterable[str] = ()) -> list[str]:
    """Names of the parts of `path` in which a protected value survives ([] when clean).

    Every part of a package is read, XML or not, packages inside it too. `labels` are the
    run's own labels, read past (see `label_remover`). Never returns the value itself."""
    path = Path(path)
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    if path.is_dir():
        raise InputError.single(path, "is a folder, not a file", fix="verify each released file in it")
    try:
        data = path.read_bytes()
    except OSError:
        raise InputError.single(path, "cannot be read", fix="check its permissions") from None
    values = list(values)
    keyed = KeyedChecker(values)
    wholes = _whole_values(values)
    own_labels = label_remover(labels)
    leaks = []
    top = path.name if data.startswith(b"PK") or b"%PDF-" in data[:1024] else "text"
    for part, views in [("file name", name_views(path.name)), *parts_of(top, data)]:
        # Most derived views of plain text are the text itself: each distinct one is read once.
        read: set[tuple[str, str, bool]] = set()
        for view in views:
            if isinstance(view, FontStrings):
                if any(value in _squashed(view) for value in wholes):
                    leaks.append(part)
                    break
                continue
            as_written = canonical(view, fold=False)
            lowered = as_written.casefold()  # canonical(view): folding is its last step
            if own_labels is not None:
                lowered, as_written = own_labels.sub(" ", lowered), own_labels.sub(" ", as_written)
            if (lowered, as_written, isinstance(view, Markup)) in read:
                continue
            read.add((lowered, as_written, isinstance(view, Markup)))
            if keyed.found_in(lowered, as_written, markup=isinstance(view, Markup)):
                leaks.append(part)
                break
    return leaks
