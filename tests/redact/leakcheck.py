"""An independent leak checker: does a released file still hold any planted value?

Written from scratch, deliberately sharing no code with reviewgen.redact, so a blind spot
in the redactor is not repeated here. It reads like an attacker:

- a zip package part by part, XML or not, and the part names too; embedded zip packages
  (.xlsx, .docx, .pptx inside) recursively; zip comments;
- any other file as UTF-8, and as UTF-16 when it has a BOM or NUL bytes; markup both as
  written (names, attributes) and as its character data joined (runs);
- PNG tEXt/zTXt/iTXt/eXIf chunks and JPEG APPn (EXIF, XMP) and comment segments;
- text normalised first: HTML character references and URL escapes decoded, NFKC,
  zero-width characters and soft hyphens dropped, case folded;
- each value as written, with its separators changed or removed ("jordan-ellis",
  "Jordan_Ellis", "JordanEllis"), and for a name each of its words alone, as a whole word.

Results name the file, the part and the planted value's index, never the value; a file or
part whose own name holds a value is shown with that segment withheld.
"""

from __future__ import annotations

import base64
import html
import io
import re
import string
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote_plus

# Characters that render as nothing, so a value can hide behind them.
INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063,
     0x2064, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
SQUASH_KEEPING_NUL = re.compile(r"[^\w\x00]+|_+")
ASCII_SEPARATORS = dict.fromkeys(map(ord, string.punctuation + string.whitespace))
ZIP_MAGIC = b"PK\x03\x04"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8"
MARKUP = re.compile(r"<[^<>]*>")
WITHHELD = "[withheld]"


@dataclass(frozen=True)
class Planted:
    """One value hidden in the corpus. A name is also looked for word by word."""

    value: str
    is_name: bool = False


class Leak(NamedTuple):
    file: str
    part: str
    planted: int  # the index of the planted value found, never the value


def normalise(text: str) -> str:
    """Undo what hides a value from a plain search: escapes, compatibility forms, invisibles."""
    for _ in range(3):  # "&amp;#74;" and "%2526" take more than one round
        decoded = unquote_plus(html.unescape(text))
        if decoded == text:
            break
        text = decoded
    return unicodedata.normalize("NFKC", text).translate(INVISIBLE).casefold()


def squash(text: str) -> str:
    """Only letters and digits (and NUL, which keeps texts apart); translate first, as a
    regular expression over megabytes of Word styles is slow."""
    text = text.translate(ASCII_SEPARATORS)
    return text if text.isascii() else SQUASH_KEEPING_NUL.sub("", text)


class Matcher:
    """Finds which planted values occur in a set of texts."""

    def __init__(self, planted: Sequence[Planted]) -> None:
        self.squashed: list[list[str]] = []
        self.words: list[tuple[list[str], re.Pattern[str]]] = []
        for item in planted:
            value = normalise(item.value)
            forms = {squash(value)}
            words = [w for w in NOT_ALPHANUMERIC.split(value) if w] if item.is_name else []
            if len(words) > 1:
                forms.add(squash("".join(reversed(words))))  # "EllisJordan"
            self.squashed.append(sorted(f for f in forms if f))
            # Whole word: not touching another letter or digit ("_" and "-" do not join words).
            alternatives = "|".join(re.escape(w) for w in words)
            self.words.append((words, re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")))

    def found(self, texts: Iterable[str]) -> set[int]:
        # All texts in one pass, kept apart by NUL: squashing them one by one keeps
        # unrelated neighbours from gluing into a false match.
        plain = normalise("\x00".join(dict.fromkeys(t for t in texts if t)))
        squashed = squash(plain)
        hits = set()
        for index, (forms, (words, pattern)) in enumerate(zip(self.squashed, self.words)):
            if any(f in squashed for f in forms):
                hits.add(index)
            elif any(w in plain for w in words) and pattern.search(plain):  # `in` first: fast
                hits.add(index)
        return hits

    def mask(self, path: str) -> str:
        """`path` with any segment that itself holds a planted value withheld."""
        segments = re.split(r"([/!])", path)
        return "".join(s if s in "/!" or not self.found([s]) else WITHHELD for s in segments)


# --- reading every byte ------------------------------------------------------------------

def decodings(data: bytes) -> list[str]:
    """Every plausible reading of bytes as text (a wrong one only adds noise, never hides)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return [data.decode("utf-16", "replace")]
    texts = [data.decode("utf-8-sig", "replace")]
    if b"\x00" in data:  # UTF-16 without a BOM, or UTF-16 strings inside a binary
        texts += [data[start:].decode(codec, "ignore") for codec in ("utf-16-le", "utf-16-be")
                  for start in (0, 1)]
    return texts


def markup_views(text: str) -> list[str]:
    """XML or HTML read three ways: as written (names, attributes, comments), and its
    character data joined without and with a gap (a value split over runs or cells)."""
    if "<" not in text:
        return [text]
    return [text, MARKUP.sub("", text), MARKUP.sub(" ", text)]


def png_texts(data: bytes) -> list[str]:
    texts = []
    position = len(PNG_MAGIC)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"tEXt":
            texts.append(body.decode("latin-1"))
        elif kind == b"zTXt":
            keyword, _, rest = body.partition(b"\x00")
            texts += [keyword.decode("latin-1"), _inflate(rest[1:]).decode("latin-1")]
        elif kind == b"iTXt":
            keyword, _, rest = body.partition(b"\x00")
            compressed, rest = rest[:1] == b"\x01", rest[2:]
            language, _, rest = rest.partition(b"\x00")
            translated, _, text = rest.partition(b"\x00")
            text = _inflate(text) if compressed else text
            texts += [part.decode("utf-8", "replace") for part in (keyword, language, translated, text)]
        elif kind == b"eXIf":
            texts += decodings(body)
    return texts


def jpeg_texts(data: bytes) -> list[str]:
    texts = []
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: only image data follows
            break
        if marker in (0x01, *range(0xD0, 0xD9)):
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2:position + 4])
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:  # APPn (EXIF, XMP, IPTC) and COM
            segment = data[position + 4:position + 2 + length]
            texts += [*decodings(segment), segment.decode("utf-16-le", "ignore")]
        position += 2 + length
    return texts


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompress(data)
    except zlib.error:
        return data


def contents(data: bytes) -> list[str]:
    """Texts to search in one non-zip blob."""
    if data.startswith(PNG_MAGIC):
        return png_texts(data)
    if data.startswith(JPEG_MAGIC):
        return jpeg_texts(data)
    views = [view for text in decodings(data) for view in markup_views(text)]
    return views + [decoded for view in views for decoded in base64_texts(view)]


def base64_texts(text: str) -> list[str]:
    """Printable text hidden as base64 (field data, VML picture data, data URIs)."""
    found = []
    for run in re.findall(r"[A-Za-z0-9+/]{16,}={0,2}", text):
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4)).decode("utf-8")
        except ValueError:
            continue
        if decoded.isprintable():
            found.append(decoded)
    return found


# (where, what was read there, texts): `where` is a part path, `what` says if it was its name.
Place = tuple[str, str, list[str]]


def package_texts(data: bytes, prefix: str = "") -> Iterator[Place]:
    """Every part of a zip package and of the packages inside it, names included."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        if package.comment:
            yield prefix, "zip comment", decodings(package.comment)
        for info in package.infolist():
            part = prefix + info.filename
            yield part, "part name", [info.filename, info.comment.decode("utf-8", "replace")]
            blob = package.read(info)
            if blob.startswith(ZIP_MAGIC) and zipfile.is_zipfile(io.BytesIO(blob)):
                yield from package_texts(blob, f"{part}!")
            else:
                yield part, "", contents(blob)


def file_texts(path: Path) -> Iterator[Place]:
    yield "", "file name", [path.name]
    data = path.read_bytes()
    if data.startswith(ZIP_MAGIC) and zipfile.is_zipfile(path):
        yield from package_texts(data)
    else:
        yield "", "text", contents(data)


def find_leaks(path: Path, planted: Sequence[Planted]) -> list[Leak]:
    """Every (file, part, planted index) where a planted value survives in `path`."""
    matcher = Matcher(planted)
    shown = matcher.mask(path.name)
    leaks: list[Leak] = []
    for part, what, texts in file_texts(path):
        where = " ".join(filter(None, [matcher.mask(part), f"({what})" if what else ""]))
        leaks += [Leak(shown, where, index) for index in sorted(matcher.found(texts))]
    return leaks


def find_leaks_in_folder(folder: Path, planted: Sequence[Planted]) -> list[Leak]:
    """Leaks in every file under `folder` (released files and schedules alike)."""
    return [leak for path in sorted(folder.rglob("*")) if path.is_file() for leak in find_leaks(path, planted)]
