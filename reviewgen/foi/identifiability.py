"""The identifiability check: what could still identify someone once the names are gone.

The ICO's "motivated intruder" test asks whether a person without special knowledge but
determined to find out, using what is public (local news, social media, the school
gate), could identify someone from a release. A learning review with its names removed
still gives the exact date of an incident, the street and the offence, the court, the
school, the family make-up, the ethnicity and the health conditions: together they point
at one child. This check does not score that risk (no FOI or redaction tool we know
does, and a score would hide the reasoning). It lists each detail as a review item for
the officer, with why it matters and a suggested generalisation, so the officer decides.

    flags = identify_text(text, load_identifiability_policy(config))
    report_markdown(flags, "FOI-2026-0412: the released response")

The words and thresholds are policy (`reviewgen/data/identifiability-policy.yaml`); an
organisation replaces it with `identifiability.yaml` beside its reviewgen.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from reviewgen.errors import InputError
from reviewgen.yamlinput import load_yaml, validate_data

POLICY_FILENAME = "identifiability.yaml"  # an organisation's own, beside its reviewgen.yaml
SHIPPED_POLICY = "identifiability-policy.yaml"  # in reviewgen/data
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
           6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}


class Institution(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]
    suggest: str


class IdentifiabilityPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    small_number_threshold: int = Field(5, ge=1)
    exact_dates: bool = True
    counted_nouns: list[str] = []
    special_category: dict[str, list[str]] = {}
    criminal_offence: list[str] = []
    place_words: list[str] = []
    street_words: list[str] = []
    institutions: dict[str, Institution] = {}
    family_words: list[str] = []
    ignore_fields: list[str] = Field([], description="review fields about the organisation, not a person")


def load_identifiability_policy(config: Any = None, path: str | Path | None = None) -> IdentifiabilityPolicy:
    """`path`, else `identifiability.yaml` beside the organisation's config file, else the shipped one."""
    if path is None and config is not None and getattr(config, "source", None) is not None:
        beside = Path(config.source).parent / POLICY_FILENAME
        path = beside if beside.is_file() else None
    if path is None:
        data = yaml.safe_load((files("reviewgen") / "data" / SHIPPED_POLICY).read_text(encoding="utf-8"))
        return IdentifiabilityPolicy.model_validate(data)
    data, marks = load_yaml(path)
    return validate_data(data, IdentifiabilityPolicy, path, marks)


@dataclass(frozen=True)
class Flag:
    """One detail a motivated intruder could use, for the officer to decide on."""

    kind: str  # exact date, place and offence, school, special category: health, ...
    text: str  # the words found, as released
    location: str
    reason: str
    suggestion: str


def _words(words: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


_MONTH = "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS) + "|Sept"
DATE_PATTERNS = [
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?\s+(\d{{4}})\b", re.IGNORECASE), "dmy"),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "slash"),
]
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|$)")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def _month_of(match: re.Match[str], style: str) -> date | None:
    try:
        if style == "dmy":
            month = next(i for i, m in enumerate(MONTHS, 1) if m.lower().startswith(match.group(2).lower()[:3]))
            return date(int(match.group(3)), month, int(match.group(1)))
        if style == "iso":
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except (ValueError, StopIteration):
        return None


class _Checker:
    def __init__(self, policy: IdentifiabilityPolicy) -> None:
        self.policy = policy
        self.offence = _words(policy.criminal_offence)
        self.place = _words(policy.place_words)
        streets = "|".join(re.escape(w) for w in policy.street_words)
        self.street = re.compile(rf"\b[A-Z][a-z]+\s+(?:{streets})\b") if streets else None
        self.family = _words(policy.family_words)
        self.special = {kind: _words(words) for kind, words in policy.special_category.items()}
        self.institutions = {kind: (_words(i.words), i.suggest) for kind, i in policy.institutions.items()}
        self.counted = _words(policy.counted_nouns)
        limit = policy.small_number_threshold
        self.small_words = [w for w, n in NUMBER_WORDS.items() if 1 <= n < limit]

    def dates(self, text: str, where: str) -> list[Flag]:
        if not self.policy.exact_dates:
            return []
        found = []
        for pattern, style in DATE_PATTERNS:
            for match in pattern.finditer(text):
                day = _month_of(match, style)
                if day is None:
                    continue
                found.append(Flag(
                    "exact date", match.group(0), where,
                    "An exact date tied to an event lets anyone who knew of the event (neighbours, "
                    "classmates, local news) match the record to the person.",
                    f'give the month ("{MONTHS[day.month - 1]} {day.year}") or the season '
                    f'("{SEASONS[day.month]} {day.year}")'))
        return found

    def sentence(self, sentence: str, where: str) -> list[Flag]:
        found = []
        text = sentence.strip()
        offence = self.offence.search(text) if self.offence else None
        places = [m.group(0) for pattern in (self.street, self.place) if pattern for m in pattern.finditer(text)]
        if offence and places:
            offences = dict.fromkeys(m.group(0).casefold() for m in self.offence.finditer(text)) if self.offence else {}
            found.append(Flag(
                "place and offence", text, where,
                f"The offence ({', '.join(offences)}) with where it happened ({', '.join(dict.fromkeys(places))}) "
                "is what local news reports: together they point to one incident and so one person.",
                'describe the place at authority level ("a town in the county") or leave it out'))
        elif offence:
            found.append(Flag(
                "criminal offence data", offence.group(0), where,
                "Criminal offence data (UK GDPR Article 10): an offence, charge or sentence about a "
                "specific person needs a condition in Schedule 1 to the Data Protection Act 2018 to be released.",
                'generalise ("a serious offence", "a court order") or remove'))
        for kind, (pattern, suggest) in self.institutions.items():
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                named = re.search(rf"((?:[A-Z][\w']+\s+){{1,3}}){re.escape(match.group(0))}", text)
                if not named:
                    continue  # "school" or "the court" alone names no one place
                found.append(Flag(
                    kind, named.group(0).strip(), where,
                    f"A named {kind} narrows the person down to the few people who attend or appear there.",
                    f'say "{suggest}"'))
                break
        for kind, pattern in self.special.items():
            special = pattern.search(text) if pattern else None
            if special:
                found.append(Flag(
                    f"special category: {kind}", special.group(0), where,
                    f"Special category data (UK GDPR Article 9): {kind} of a specific person. With the "
                    "other details it can identify them, and its release needs an Article 9 condition.",
                    "remove it, or give it only in aggregate across several cases"))
        family = self.family.findall(text) if self.family else []
        if len({f.casefold() for f in family}) >= 2:
            found.append(Flag(
                "family make-up", text, where,
                "The household's make-up (" + ", ".join(dict.fromkeys(f.casefold() for f in family)) +
                ") describes one family to anyone who knows it.",
                'say "the family" or "a parent"'))
        found += self.small_counts(text, where)
        return found

    def small_counts(self, text: str, where: str) -> list[Flag]:
        if self.counted is None:
            return []
        found = []
        limit = self.policy.small_number_threshold
        numbers = "|".join([r"\d{1,3}", *self.small_words])  # not a year: "2026 two children"
        for match in re.finditer(rf"\b({numbers})\s+(?:\w+\s+)?({self.counted.pattern})", text, re.IGNORECASE):
            value = match.group(1).lower()
            count = NUMBER_WORDS.get(value) if not value.isdigit() else int(value)
            if count is not None and 1 <= count < limit:
                found.append(self._small(match.group(0), where, limit))
        return found

    def table(self, rows: list[str], where: str) -> list[Flag]:
        """Cells of a Markdown table holding a count under the threshold, named by row and column."""
        cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows
                 if not TABLE_RULE.match(row)]
        if len(cells) < 2:
            return []
        header, found = cells[0], []
        limit = self.policy.small_number_threshold
        for row in cells[1:]:
            for column, cell in enumerate(row[1:], start=1):
                if cell.isdigit() and 1 <= int(cell) < limit:
                    name = header[column] if column < len(header) else f"column {column + 1}"
                    found.append(self._small(f"{row[0]}, {name}: {cell}", where, limit))
        return found

    @staticmethod
    def _small(text: str, where: str, limit: int) -> Flag:
        return Flag("small number", text, where,
                    f"A count under {limit}, with the year and type, can point to one known case "
                    "(\"1 death in 2024\" is the death everyone locally heard about).",
                    f'publish "fewer than {limit}" (and suppress another cell if a total would reveal it)')


def identify_text(text: str, policy: IdentifiabilityPolicy, location: str = "text") -> list[Flag]:
    """Every detail in `text` a motivated intruder could use, in reading order."""
    checker = _Checker(policy)
    found: list[Flag] = []
    lines = text.splitlines()
    table: list[str] = []
    for number, line in enumerate([*lines, ""], start=1):
        where = f"{location}, line {number}" if len(lines) > 1 else location
        if line.lstrip().startswith("|"):
            table.append(line)
            continue
        if table:
            found += checker.table(table, f"{location}, table ending line {number - 1}")
            table = []
        found += checker.dates(line, where)
        for sentence in SENTENCE.findall(line):
            found += checker.sentence(sentence, where)
    return found


def _strings(value: Any, path: str) -> Iterable[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")
    elif isinstance(value, date):
        yield path, value.strftime("%-d %B %Y")
    elif isinstance(value, str):
        yield path, value


def identify_file(path: Path, policy: IdentifiabilityPolicy) -> list[Flag]:
    """Flags for a text, Markdown, Word or review YAML file (YAML fields named by their path)."""
    path = Path(path)
    if not path.is_file():
        raise InputError.single(path, "file not found", fix="give a .md, .txt, .docx or review .yaml file")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        data, _ = load_yaml(path)
        found: list[Flag] = []
        for where, text in _strings(data, ""):
            if not any(re.match(rf"{re.escape(f)}(?:[.\[]|$)", where) for f in policy.ignore_fields):
                found += identify_text(text, policy, where or "value")
        return found
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        texts = [p.text for p in document.paragraphs]
        texts += ["| " + " | ".join(c.text for c in row.cells) + " |" for t in document.tables for row in t.rows]
        return identify_text("\n".join(texts), policy, path.name)
    if suffix in (".md", ".txt", ".markdown"):
        try:
            return identify_text(path.read_text(encoding="utf-8"), policy, path.name)
        except UnicodeDecodeError:
            raise InputError.single(path, "is not UTF-8 text", fix="save it as UTF-8") from None
    raise InputError.single(path, f"cannot read '{suffix}' files", fix="give a .md, .txt, .docx or .yaml file")


def report_markdown(flags: list[Flag], title: str) -> str:
    """The report for the officer: each flag with its reason and a suggestion, grouped by kind."""
    lines = [
        f"# Identifiability check: {title}",
        "",
        "INTERNAL: for the officer deciding the release. Names have been removed, but the details "
        "below could still let a motivated intruder (ICO anonymisation guidance) identify someone "
        "when put together with what is already public. This is not a score: decide for each item "
        "whether to generalise it as suggested, remove it, or keep it and record why.",
        "",
        f"{len(flags)} item(s) to review." if flags else "Nothing flagged. Read the release once more "
        "for details this check cannot know (a rare job, a local event).",
        "",
    ]
    kinds: dict[str, list[Flag]] = {}
    for flag in flags:
        kinds.setdefault(flag.kind, []).append(flag)
    for kind, items in kinds.items():
        lines += [f"## {kind.capitalize()} ({len(items)})", "", f"Why: {items[0].reason}", ""]
        for flag in items:
            text = " ".join(flag.text.split())
            lines.append(f"- **{flag.location}**: \"{text[:200]}\" - suggestion: {flag.suggestion}")
            if flag.reason != items[0].reason:
                lines.append(f"  - why: {flag.reason}")
        lines.append("")
    return "\n".join(lines)
