"""Text as the detector should see it, with a map back to the text as written.

A name can hide from a pattern behind characters a reader never sees: a zero-width space
or joiner, a soft hyphen, a byte-order mark, a compatibility form (full-width letters,
ligatures) or, in Markdown and HTML, a character reference (`&#74;ordan&nbsp;Ellis`). We
detect on the normalised text and replace the matching span of the original, so the
release keeps the writer's characters everywhere we did not redact.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Characters that can sit inside a word and draw nothing: soft hyphens, joiners, direction
# controls, variation selectors, fillers and tag characters. Removed before detection.
INVISIBLE_RE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                          "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]")
# Letters drawn in squares and flags (🅹🅾🆁🅳🅰🅽, 🇯🇴🇷🇩🇦🇳), which NFKC leaves as they are: read as letters.
LETTER_SYMBOLS = {base + i: chr(ord("A") + i) for base in (0x1F130, 0x1F150, 0x1F170, 0x1F1E6) for i in range(26)}
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class NormalisedText:
    """`text` is what detection reads; `starts[i]`/`ends[i]` give the original span that
    produced `text[i]`."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind `text[start:end]`."""
        if self.text is self.original:
            return start, end
        if start >= len(self.text):
            return len(self.original), len(self.original)
        return self.starts[start], self.ends[max(start, end - 1)]


def _pieces(text: str, markup: bool):
    """(original start, original end, replacement) for each unit of `text`: a character
    with its combining marks, or a character reference when `markup` is set."""
    position, length = 0, len(text)
    while position < length:
        if markup and text[position] == "&":
            match = CHARACTER_REFERENCE.match(text, position)
            if match:
                decoded = html.unescape(match.group())
                yield position, match.end(), decoded.replace("\xa0", " ")
                position = match.end()
                continue
        end = position + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        yield position, end, text[position:end]
        position = end


def normalise_text(text: str, markup: bool = False) -> NormalisedText:
    """NFKC, invisible characters dropped, and (for Markdown or HTML) character references
    decoded; the identity, cheaply, for text that needs none of it."""
    if text.isascii() and not (markup and "&" in text):
        return NormalisedText(text, text, (), ())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end, unit in _pieces(text, markup):
        unit = INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", unit)).translate(LETTER_SYMBOLS)
        if len(unit) > 1:
            # Marks that compose with no letter (an underline or strike-through over each
            # one: "E̲l̲l̲i̲s̲") are read past; an accent composes and stays ("é").
            unit = "".join(char for char in unit if not unicodedata.combining(char)) or unit
        for char in unit:
            out.append(char)
            starts.append(start)
            ends.append(end)
    normalised = "".join(out)
    if normalised == text:
        return NormalisedText(text, text, (), ())
    return NormalisedText(text, normalised, tuple(starts), tuple(ends))


def canonical(text: str) -> str:
    """The normalised text alone, for comparisons (verify, labels)."""
    return normalise_text(text, markup=True).text
