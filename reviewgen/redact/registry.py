"""The recogniser registry, in the spirit of Presidio's `conf/default_recognizers.yaml`.

The shipped recognisers are declared in `reviewgen/data/recognisers/`, one YAML file per
family: each recogniser's patterns (with `{FRAGMENT}` references to `fragments.yaml`),
context words, validator (by name), score, profiles and examples. A policy's
`recognisers:` section (`RecogniserSettings`) picks a profile, switches recognisers off
by name, adds pattern recognisers and deny lists; `load_registry` builds the result.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from reviewgen.errors import InputError
from reviewgen.redact.recognisers import VALIDATORS, Recogniser, expand_fragments
from reviewgen.yamlinput import load_yaml, validate_data

RECOGNISER_DIR = Path(__file__).resolve().parents[1] / "data" / "recognisers"
# The family files in the order their recognisers run. Order is behaviour: when two
# finds cover the same span with the same score, merging keeps the first.
FAMILIES = ("contact", "postcodes", "uk_identifiers", "finance", "online", "us_identifiers",
            "dates_and_ages", "case_records", "names", "schools_and_placements", "addresses")
Profile = Literal["uk", "us", "international"]
PROFILES: tuple[Profile, ...] = ("uk", "us", "international")
Flag = Literal["ignore_case"]
FLAG_BITS = {"ignore_case": re.IGNORECASE}
# An example marks what the recogniser must find: "mobile [[07700 900123]] today".
EXAMPLE_MARK = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
NAME_PATTERN = r"^[a-z][a-z0-9_]*$"


def _compiles(pattern: str) -> str:
    """A pattern item: its fragments exist and, put in, it is a regular expression."""
    try:
        re.compile(expand_fragments(pattern))
    except KeyError as exc:
        raise ValueError(f"uses the fragment {{{exc.args[0]}}}, which fragments.yaml does not define; "
                         "use a fragment defined there, or write the regex out") from None
    except re.error as exc:
        # re.error names the problem and its position, never the pattern's text.
        raise ValueError(f"is not a valid regular expression ({exc.msg} at position {exc.pos}); "
                         "check brackets and escape special characters with a backslash") from None
    return pattern


def _known_validator(name: str | None) -> str | None:
    if name is not None and name not in VALIDATORS:
        raise ValueError(f"no validator is called {name}; use one of: {', '.join(sorted(VALIDATORS))}, "
                         "or leave `validator` out")
    return name


Pattern = Annotated[str, Field(min_length=1), AfterValidator(_compiles)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Examples(Strict):
    # Text with the value to find marked [[like this]]; every mark must be found, nothing else.
    match: list[str] = []
    # Text in which the recogniser must find nothing.
    no_match: list[str] = []


class RecogniserSpec(Strict):
    """One pattern recogniser as YAML declares it (shipped, or added by a policy)."""

    name: str = Field(pattern=NAME_PATTERN)
    category: str = Field(pattern=NAME_PATTERN)
    # Alternatives of one regular expression, joined with "|" in order.
    patterns: list[Pattern] = Field(min_length=1)
    flags: list[Flag] = []
    context: list[str] = []
    context_required: bool = False
    context_window: int = Field(40, ge=1, le=1000)
    context_after: int = Field(0, ge=0, le=1000)
    label_ends_context: bool = False
    # Found without its context words, the match is only for a person to decide (review).
    review_without_context: bool = False
    # `case_narrative`: runs only in a judgment or decision telling what happened to its
    # parties (detect.py's `is_case_narrative`).
    scope: Literal["any", "case_narrative"] = "any"
    # `review`: every find is only possible personal data, for a person to decide.
    tier: Literal["redact", "review"] = "redact"
    # Never a value on a labelled line ("Hearing date: 20 February 2024" is the court's).
    not_on_labelled_line: bool = False
    validator: Annotated[str | None, AfterValidator(_known_validator)] = None
    score: float = Field(0.5, ge=0, le=1)
    profiles: list[Profile] = list(PROFILES)
    examples: Examples = Field(default_factory=Examples)

    @model_validator(mode="after")
    def _one_regex(self) -> RecogniserSpec:
        try:
            re.compile(self.pattern, self.flag_bits)
        except re.error as exc:
            raise ValueError(f"patterns do not join into one regular expression ({exc.msg}); "
                             "a named group such as `value` may appear in one pattern only: "
                             "call the others value2, value3") from None
        if self.context_required and not self.context:
            raise ValueError("context_required is true but no context words are given; "
                             "add `context: [word, ...]` or set context_required: false")
        if self.review_without_context and not self.context:
            raise ValueError("review_without_context is true but no context words are given; "
                             "add `context: [word, ...]` or set review_without_context: false")
        return self

    @property
    def pattern(self) -> str:
        return "|".join(expand_fragments(p) for p in self.patterns)

    @property
    def flag_bits(self) -> int:
        bits = 0
        for flag in self.flags:
            bits |= FLAG_BITS[flag]
        return bits

    def build(self) -> Recogniser:
        return Recogniser(
            self.name, self.category, self.pattern,
            validator=VALIDATORS[self.validator] if self.validator else None,
            context=tuple(self.context), context_required=self.context_required,
            context_window=self.context_window, context_after=self.context_after,
            label_ends_context=self.label_ends_context, flags=self.flag_bits,
            review_without_context=self.review_without_context, scope=self.scope, tier=self.tier,
            not_on_labelled_line=self.not_on_labelled_line,
            priority=round(self.score * 100),
        )


class FamilyFile(Strict):
    recognisers: list[RecogniserSpec] = Field(min_length=1)


def parse_example(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The example's text without its [[marks]], and the character spans they marked."""
    text, spans, last = "", [], 0
    for match in EXAMPLE_MARK.finditer(marked):
        text += marked[last:match.start()]
        spans.append((len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        last = match.end()
    return text + marked[last:], spans


def example_failures(spec: RecogniserSpec, recogniser: Recogniser | None = None) -> list[str]:
    """Which of the spec's examples the recogniser gets wrong, by position (never by text)."""
    recogniser = recogniser or spec.build()
    failures = []
    for index, marked in enumerate(spec.examples.match):
        text, spans = parse_example(marked)
        if not spans or list(recogniser.find(text)) != spans:
            failures.append(f"examples.match[{index}]")
    for index, text in enumerate(spec.examples.no_match):
        if list(recogniser.find(text)):
            failures.append(f"examples.no_match[{index}]")
    return failures


def load_families(paths: tuple[Path, ...]) -> tuple[RecogniserSpec, ...]:
    """The recognisers of these family files, in order; a problem is a located InputError."""
    specs: list[RecogniserSpec] = []
    seen: dict[str, Path] = {}
    for path in paths:
        data, marks = load_yaml(path)
        for index, spec in enumerate(validate_data(data, FamilyFile, path, marks).recognisers):
            if spec.name in seen:
                line, column = marks.get(("recognisers", index, "name"), (None, None))
                raise InputError.single(path, f"the name {spec.name} is also used in {seen[spec.name].name}",
                                        line=line, column=column, field=f"recognisers[{index}].name",
                                        fix="give each recogniser its own name")
            seen[spec.name] = path
            specs.append(spec)
    return tuple(specs)


@cache
def shipped_specs() -> tuple[RecogniserSpec, ...]:
    """Every shipped recogniser, in run order (FAMILIES, then order within the file)."""
    return load_families(tuple(RECOGNISER_DIR / f"{family}.yaml" for family in FAMILIES))


@cache
def shipped_recognisers() -> tuple[Recogniser, ...]:
    """The shipped specs built once: every registry shares the compiled recognisers."""
    return tuple(spec.build() for spec in shipped_specs())


def shipped_names() -> frozenset[str]:
    return frozenset(spec.name for spec in shipped_specs())


def _shipped_name(name: str) -> str:
    if name not in shipped_names():
        close = difflib.get_close_matches(name, sorted(shipped_names()), n=1)
        hint = f"did you mean {close[0]}?" if close else "the names are in reviewgen/data/recognisers/*.yaml"
        raise ValueError(f"no shipped recogniser is called {name}; {hint}")
    return name


DenyTerm = Annotated[str, Field(min_length=1)]


class RecogniserSettings(Strict):
    """The policy's `recognisers:` section."""

    # uk: UK and general recognisers, US-only ones off; us: the reverse; international: all.
    profile: Profile = "uk"
    disable: list[Annotated[str, AfterValidator(_shipped_name)]] = []
    add: list[RecogniserSpec] = []
    # Terms always removed, by category: {name: [Jaydee], case_id: [NS-0001]}.
    deny_lists: dict[Annotated[str, Field(pattern=NAME_PATTERN)], list[DenyTerm]] = {}

    @field_validator("add")
    @classmethod
    def _added_are_new_and_keep_their_examples(cls, added: list[RecogniserSpec]) -> list[RecogniserSpec]:
        names = [spec.name for spec in added]
        for index, spec in enumerate(added):
            if spec.name in shipped_names() or names.index(spec.name) != index:
                raise ValueError(f"add[{index}].name: {spec.name} is already a recogniser; "
                                 "give the added recogniser a name of its own")
            failures = example_failures(spec)
            if failures:
                raise ValueError(f"add[{index}]: the pattern does not do what {', '.join(failures)} "
                                 "says; correct the pattern or the example")
        return added


@dataclass(frozen=True)
class Registry:
    """The recognisers one policy runs, in order, and its deny-list terms."""

    profile: str
    recognisers: tuple[Recogniser, ...]
    deny_terms: tuple[tuple[str, str], ...] = ()

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(r.category for r in self.recognisers) | frozenset(c for _, c in self.deny_terms)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.recognisers)

    def get(self, name: str) -> Recogniser:
        for recogniser in self.recognisers:
            if recogniser.name == name:
                return recogniser
        raise KeyError(name)


_REGISTRIES: dict[str, Registry] = {}


def load_registry(settings: RecogniserSettings | None = None) -> Registry:
    """The registry for these settings (the default: uk profile, nothing added); cached."""
    settings = settings or RecogniserSettings()
    key = settings.model_dump_json()
    if key not in _REGISTRIES:
        disabled = set(settings.disable)
        shipped = [recogniser for spec, recogniser in zip(shipped_specs(), shipped_recognisers())
                   if settings.profile in spec.profiles and spec.name not in disabled]
        added = [spec.build() for spec in settings.add if settings.profile in spec.profiles]
        deny = tuple((term, category) for category, terms in settings.deny_lists.items() for term in terms)
        _REGISTRIES[key] = Registry(settings.profile, tuple(shipped + added), deny)
    return _REGISTRIES[key]
