"""Personal-data recognisers: one small declarative unit per kind of identifier.

Each `Recogniser` is its pattern, the context words that must (or may) appear shortly
before it, and its validator (a check digit where the identifier has one). They are
declared in YAML, one file per family, in `reviewgen/data/recognisers/` and loaded by
`reviewgen.redact.registry`; this module holds the Python they need: the matching, the
validators (named in the YAML) and the shared regex fragments. Names, which need the
tagger and the entity recogniser, are found by `reviewgen.redact.detect` with spaCy's
`Matcher`.

A pattern with a named group `value` redacts only that group ("aged (15)"), so the
words around it stay and the text still reads.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reviewgen.errors import InputError
from reviewgen.yamlinput import load_yaml

Validator = Callable[[str], bool]
# A field's label at the start of a line: "Date:", "Meeting date:", "Next review (date):".
FIELD_LABEL = re.compile(r"[ \t]*[^\W\d_][\w '’()/.-]{0,40}:")


@dataclass(frozen=True)
class Recogniser:
    """One kind of identifier: what it looks like, what must surround it, how to check it."""

    name: str
    category: str
    pattern: str
    validator: Validator | None = None
    context: tuple[str, ...] = ()
    context_required: bool = False
    context_window: int = 40
    # Characters after the match also read for context ("Cedar House, a children's home").
    context_after: int = 0
    # A line that starts with its own label ("Date: 2 October 2025") reads only that line
    # for context, not the line above ("... (DOB 05/05/2011)").
    label_ends_context: bool = False
    # Without its context the match is only possible personal data: the review tier.
    review_without_context: bool = False
    # "any", or "case_narrative": only in a judgment telling what happened to its parties.
    scope: str = "any"
    # "redact", or "review": its finds are only possible personal data.
    tier: str = "redact"
    not_on_labelled_line: bool = False
    flags: int = 0
    # Merging keeps the strongest of overlapping finds: the YAML's score (0..1) times 100.
    priority: int = 50
    _regex: re.Pattern = field(init=False, repr=False, compare=False)
    _context_regex: re.Pattern | None = field(init=False, repr=False, compare=False)
    _value_groups: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.compile(self.pattern, self.flags)
        object.__setattr__(self, "_regex", regex)
        # Groups named value, value2, ...: only that part is personal data.
        groups = tuple(sorted(g for g in regex.groupindex if g.startswith("value")))
        object.__setattr__(self, "_value_groups", groups)
        context = None
        if self.context:
            words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in self.context)
            context = re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])", re.IGNORECASE)
        object.__setattr__(self, "_context_regex", context)

    @property
    def score(self) -> float:
        return self.priority / 100

    def find(self, text: str, lead: str = "") -> Iterator[tuple[int, int]]:
        """Character spans of every valid match in `text`. `lead` is text shown just before
        it elsewhere (the earlier cells of a table row): read for context only."""
        if self.context_required and self._context_regex is not None \
                and not self._context_regex.search(f"{lead}\n{text}" if lead else text):
            return  # no context word anywhere: no match could be confirmed (and a long scan is saved)
        for match in self._regex.finditer(text):
            start, end = match.span()
            for group in self._value_groups:
                if match.group(group) is not None:
                    start, end = match.span(group)
                    break
            if start == end:
                continue
            if self.validator is not None and not self.validator(text[start:end]):
                continue
            if self.not_on_labelled_line and FIELD_LABEL.match(text, text.rfind("\n", 0, start) + 1, start):
                continue  # "Hearing date: 20 February 2024": the court's date, not a party's
            if self.context_required and not self.confirmed(text, match.start(), match.end(), lead):
                continue
            yield start, end

    def has_context(self, text: str, start: int, lead: str = "") -> bool:
        if self._context_regex is None:
            return True
        # Only the window is sliced: copying all the text before every match is quadratic.
        window_start = max(0, start - self.context_window)
        if self.label_ends_context:
            line_start = text.rfind("\n", 0, start) + 1
            if FIELD_LABEL.match(text[line_start:start]):
                window_start, lead = max(window_start, line_start), ""
        window = text[window_start:start]
        if lead and start < self.context_window:
            window = (lead + "\n" + window)[-self.context_window:]
        return self._context_regex.search(window) is not None

    def confirmed(self, text: str, start: int, end: int, lead: str = "") -> bool:
        """Its context words are before or after the match (always, when it declares none)."""
        return self.has_context(text, start, lead) or self.has_context_after(text, end)

    def has_context_after(self, text: str, end: int) -> bool:
        if self._context_regex is None or not self.context_after:
            return False
        return self._context_regex.search(text[end:end + self.context_after]) is not None


# --- validators ------------------------------------------------------------------------

def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def nhs_number_valid(value: str) -> bool:
    """NHS number: 10 digits, the last a modulus 11 check digit (10 is never issued)."""
    number = digits(value)
    if len(number) != 10 or len(set(number)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(number[9])


UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check_letter(twelve_digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(twelve_digits, range(2, 14)))
    return UPN_CHECK_LETTERS[total % 23]


def upn_valid(value: str) -> bool:
    """Unique Pupil Number: a check letter (DfE modulus 23) then 12 digits."""
    value = value.upper()
    return len(value) == 13 and value[1:].isdigit() and upn_check_letter(value[1:]) == value[0]


def luhn_valid(value: str, shortest: int = 13) -> bool:
    """Payment card: 13-19 digits (12 for some Maestro cards) passing the Luhn check."""
    number = digits(value)
    if not shortest <= len(number) <= 19 or len(set(number)) == 1:
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        d = int(char)
        if index % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def maestro_valid(value: str) -> bool:
    return luhn_valid(value, shortest=12)


# Countries that issue IBANs (ISO 3166 codes of the IBAN registry).
IBAN_COUNTRIES = frozenset(
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE "
    "GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU "
    "NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE".split())


def iban_valid(value: str) -> bool:
    """IBAN: country, check digits, account; the whole rearranged number mod 97 is 1.
    Written all in capitals or all in lower case ("gb82west...")."""
    compact = re.sub(r"[\s-]", "", value)
    if not (compact.isupper() or compact.islower()):
        return False
    compact = compact.upper()
    if not 15 <= len(compact) <= 34 or compact[:2] not in IBAN_COUNTRIES:
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def ip_address_valid(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (address.is_unspecified or address.is_loopback)


def us_ssn_valid(value: str) -> bool:
    number = digits(value)
    if len(number) != 9 or len(set(number)) == 1:
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def uk_phone_valid(value: str) -> bool:
    """A UK number has 10 digits after the trunk 0 (9 for a few small exchanges)."""
    number = digits(value)
    if number.startswith("0044"):
        number = "0" + number[4:]
    elif number.startswith("44") and value.lstrip().startswith("+"):
        number = "0" + number[2:]
    if value.count("(0)") and number.startswith("00"):
        number = number[1:]
    number = re.sub(r"^0+", "0", number)
    return number.startswith("0") and len(number) in (10, 11) and number[1] in "1235789"


def phone_valid(value: str) -> bool:
    return 7 <= len(digits(value)) <= 15


def vehicle_registration_valid(value: str) -> bool:
    """Current GB format: two letters, an age identifier (02-29 or 51-79), three letters."""
    compact = value.replace(" ", "").upper()
    age = int(compact[2:4])
    return (2 <= age <= 29 or 51 <= age <= 79) and not set(compact[4:]) & set("IQ")


# --- shared pattern pieces -------------------------------------------------------------

FRAGMENTS_FILE = Path(__file__).resolve().parents[1] / "data" / "recognisers" / "fragments.yaml"
FRAGMENT_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@cache
def fragments() -> dict[str, str]:
    """The named regex pieces of fragments.yaml, each with the pieces it uses put in.
    A piece written as a list is its items as alternatives: "a|b|c"."""
    data, marks = load_yaml(FRAGMENTS_FILE)
    raw = data.get("fragments") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        raise InputError.single(FRAGMENTS_FILE, "should hold a `fragments:` section of named pieces",
                                fix="write `fragments:` then `NAME: regex` lines")
    written: dict[str, str] = {}
    for name, value in raw.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "|".join(value)
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", str(name)) or not isinstance(value, str):
            line, column = marks.get(("fragments", str(name)), (None, None))
            raise InputError.single(FRAGMENTS_FILE,
                                    "a fragment is an UPPER_CASE name and a regex (or a list of alternatives)",
                                    line=line, column=column, field=f"fragments.{name}",
                                    fix="write e.g. `MONTHS: '(?:Jan|Feb)'`")
        written[name] = value
    expanded: dict[str, str] = {}
    for name in written:
        try:
            expanded[name] = _expand(written[name], written, (name,))
        except KeyError as exc:
            line, column = marks.get(("fragments", name), (None, None))
            raise InputError.single(FRAGMENTS_FILE, f"uses the fragment {{{exc.args[0]}}}, which is not defined here",
                                    line=line, column=column, field=f"fragments.{name}",
                                    fix=f"define {exc.args[0]} in this file, or correct the name") from None
    return expanded


def _expand(pattern: str, written: dict[str, str], seen: tuple[str, ...]) -> str:
    def piece(match: re.Match) -> str:
        name = match.group(1)
        if name not in written:
            raise KeyError(name)
        if name in seen:
            raise KeyError(f"{name} (it uses itself)")
        return _expand(written[name], written, (*seen, name))
    return FRAGMENT_REF.sub(piece, pattern)


def expand_fragments(pattern: str) -> str:
    """`pattern` with every {NAME} replaced by its fragment; KeyError names an unknown one.
    Regex quantifiers ({2}, {1,4}) are never UPPER_CASE names, so they stay as written."""
    known = fragments()

    def piece(match: re.Match) -> str:
        if match.group(1) not in known:
            raise KeyError(match.group(1))
        return known[match.group(1)]
    return FRAGMENT_REF.sub(piece, pattern)


# The pieces the Python below uses itself, from the same file.
UNIT = fragments()["UNIT"]
UK_POSTCODE = fragments()["UK_POSTCODE"]
CA_POSTCODE = fragments()["CA_POSTCODE"]
CAP_WORD = fragments()["CAP_WORD"]
DATE_ONLY = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([/.-])\d{1,2}\2\d{1,2}")
# A street word anywhere in a phrase: what makes "the corner of X and Y" two streets.
STREET_WORD_RE = re.compile(
    rf"\b(?:{fragments()['STREET_WORDS']})\b|\B{fragments()['CONTINENTAL_SUFFIX']}\b"
    rf"|\b{fragments()['SEPARATE_SUFFIX']}(?!\w)"
    rf"|\b(?:{fragments()['LOWER_STREET_WORD']}|courts?)(?!\w)")


# --- validators named in the YAML (the lambdas of old, now with names) -----------------

def case_id_valid(value: str) -> bool:
    """A record number has three digits at least, and is no year, date or decimal."""
    if sum(c.isdigit() for c in value) < 3 or DATE_ONLY.fullmatch(value):
        return False
    return not re.fullmatch(r"(?:19|20)\d\d", value)


# What a named building of a body ends with: "Haworth Fire Station, Station Road" and "Gibson
# Building, Kings Hill" are premises, not a home.
PREMISES_WORDS = frozenset(
    "station building buildings centre center office offices hall school academy college church library "
    "hospital surgery club inn hotel chambers court courts suite council depot works stadium".split())


def named_house_valid(value: str) -> bool:
    """A named house's address: the name before the first comma is two words or more ("The
    Old Forge", "Cuckoo Farm"; one word is as often a town: "Brackenmoor, Dorset Way") and no
    public building."""
    first = value.split(",", 1)[0].split()
    return len(first) >= 2 and first[-1].lower().strip("'’") not in PREMISES_WORDS


def online_id_valid(value: str) -> bool:
    """A username has a letter and a digit, an underscore or an inner full stop:
    "mia_x_robbo09", never a year or a count."""
    return bool(re.search(r"[^\W\d_]", value)) and bool(re.search(r"[\d_]", value) or "." in value[1:-1])


def phone_not_date_valid(value: str) -> bool:
    """A short local number ("450 0840"), never a date written with dots or slashes."""
    return phone_valid(value) and not DATE_ONLY.fullmatch(value)


def has_digit_valid(value: str) -> bool:
    return any(c.isdigit() for c in value)


def handle_length_valid(value: str) -> bool:
    """"@ab" is a reply marker or a typo more often than a username."""
    return len(value) >= 3


def street_corner_valid(value: str) -> bool:
    """A corner is of streets: a house number or a street word in the phrase."""
    return bool(re.search(r"\d", value) or STREET_WORD_RE.search(value))


# Validators by the name a recogniser's YAML gives; check digits stay in Python.
VALIDATORS: dict[str, Validator] = {
    f.__name__: f for f in (
        nhs_number_valid, upn_valid, luhn_valid, maestro_valid, iban_valid, ip_address_valid,
        us_ssn_valid, uk_phone_valid, phone_valid, vehicle_registration_valid, case_id_valid,
        online_id_valid, named_house_valid, phone_not_date_valid, has_digit_valid, handle_length_valid,
        street_corner_valid,
    )
}


# What may follow a street address in the same address block: units, towns, regions,
# postcodes and zip codes, each after a comma, line break or space. Lower-case words and
# full stops end the block.
ADDRESS_CONTINUATION = re.compile(
    # A tab is the next cell of a table row, not more of the address.
    rf"(?:[ \t]*[,\n>][ \t\n>,]*| +)"
    rf"(?:{UNIT}|(?:suite|apt\.?)[ \t]+\d{{1,5}}[a-z]?\b|(?:PO|P\.O\.)\s+Box\s+\d+|{UK_POSTCODE}\b"
    rf"|{CA_POSTCODE}\b|\d{{3,6}}(?:[ -]\d{{2,4}})?\b"
    # Towns, regions, countries; a field label ("Mobile:", "Tel:") starts the next field.
    rf"|{CAP_WORD}(?: +(?:{CAP_WORD}|u|v|na|nad|pod|de|la|do|an|am|im|sur|del))*(?<![.])(?![\w'’-]|\.\w|[ \t]*:))"
)
# Before the house number: a postal number block ("9816 214 ...") or a flat ("Flat 3 12 ...").
ADDRESS_PREFIX = re.compile(rf"(?<![\w.,/-])(?:{UNIT},?[ \t]+(?:\d{{3,6}}[ \t]+)?|\d{{3,6}}[ \t]+)$")
MAX_ADDRESS_PIECES = 6
SENTENCE_GOES_ON = re.compile(r"[ \t]+(?:on|of|to|for|with|and|or|the|a|was|were|is|are|at|in|by|from|as|that|be|has|had)\b")


def extend_address(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a street address over the rest of its block: town, region, postcode."""
    for _ in range(MAX_ADDRESS_PIECES):
        match = ADDRESS_CONTINUATION.match(text, end)
        if match is None:
            break
        # The next line reading as a sentence ("Consultee Comment on Discharge ...",
        # "Erection of a single storey ...") is no town of the address.
        piece = text[end:match.end()]
        if "\n" in piece and not any(ch.isdigit() for ch in piece) and SENTENCE_GOES_ON.match(text, match.end()):
            break
        end = match.end()
    # Searched in place, so the window never starts inside a longer number.
    prefix = ADDRESS_PREFIX.search(text, max(0, start - 24), start)
    if prefix:
        start = prefix.start()
    return start, end


def all_recognisers() -> tuple[Recogniser, ...]:
    """Every shipped recogniser, whatever the profile, in registry order."""
    from reviewgen.redact.registry import RecogniserSettings, load_registry

    return load_registry(RecogniserSettings(profile="international")).recognisers


def __getattr__(name: str) -> Any:
    # `RECOGNISERS` was a tuple here; it is now read from the YAML on first use.
    if name == "RECOGNISERS":
        return all_recognisers()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find_all(text: str, recognisers: tuple[Recogniser, ...] | None = None) -> Iterator[tuple[int, int, Recogniser]]:
    """Every recogniser's matches in `text`, unresolved (overlaps allowed)."""
    for recogniser in all_recognisers() if recognisers is None else recognisers:
        for start, end in recogniser.find(text):
            yield start, end, recogniser
