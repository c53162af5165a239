"""The redaction policy: what to remove, what to keep, which exemption, which labels.

The shipped default (`reviewgen/data/default-redaction-policy.yaml`) is layered with an
organisation's own file: sections merge, lists extend, single values replace.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from reviewgen.redact.registry import RecogniserSettings, load_registry
from reviewgen.redact.wordlists import WordListSettings, load_word_lists
from reviewgen.yamlinput import load_yaml, validate_data

DEFAULT_POLICY = Path(__file__).resolve().parents[1] / "data" / "default-redaction-policy.yaml"
LabelStyle = Literal["blank", "category", "pseudonym"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CategoryPolicy(Strict):
    redact: bool = True
    exemption: str | None = Field(None, description="exemption cited; the policy default when unset")
    label: str | None = Field(None, description="label with label_style: category")
    pseudonym: str | None = Field(None, description="stem numbered per value, e.g. Person")


class DenyTerm(Strict):
    term: str = Field(min_length=1)
    category: str = "name"


class Policy(Strict):
    label_style: LabelStyle = "pseudonym"
    blank_label: str = "[REDACTED]"
    exemption: str = "s.40(2)"
    ner_labels: dict[str, str] = {"PERSON": "name"}
    # Entity labels that are personal data only in a case narrative (a judgment or decision
    # telling what happened to its parties), where places and bodies single a party out.
    narrative_labels: dict[str, str] = {}
    categories: dict[str, CategoryPolicy] = {}
    allowlist: list[str] = []
    denylist: list[DenyTerm | str] = []
    # What a plain `redact` run does with the review tier (possible personal data a person
    # should decide on): redact it (the default: a leak is worse than an extra box) or keep
    # it. `--propose` always lists it for a decision.
    review_tier: Literal["redact", "keep"] = "redact"
    # Hidden and very hidden sheets of a workbook: shown in the released file (so it shows
    # what it holds) or dropped whole (each a schedule row).
    hidden_sheets: Literal["unhide", "drop"] = "unhide"
    # Pictures in Word files: kept (PNG and JPEG, metadata stripped) or dropped whole.
    pictures: Literal["keep", "drop"] = "keep"
    # Which recognisers run: profile, switched off by name, added patterns, deny lists.
    recognisers: RecogniserSettings = Field(default_factory=RecogniserSettings)
    # Local additions to the shipped word lists: places, not-names, staff to keep, given names.
    word_lists: WordListSettings = Field(default_factory=WordListSettings)

    model_config = ConfigDict(extra="forbid", frozen=False)

    @model_validator(mode="after")
    def _categories_known(self) -> Policy:
        used = set(load_registry(self.recognisers).categories) | {"name"} | set(self.ner_labels.values())
        used |= set(self.narrative_labels.values())
        used |= {t.category for t in self.deny_terms}
        missing = sorted(used - set(self.categories))
        if missing:
            raise ValueError(
                f"categories used but not described: {', '.join(missing)}; "
                "add each under `categories:` with at least a label"
            )
        return self

    @model_validator(mode="after")
    def _word_lists_agree(self) -> Policy:
        lists = load_word_lists(self.word_lists)
        local_names = lists.first_names - load_word_lists().first_names
        if local_names & lists.not_names:
            raise ValueError("word_lists.first_names: an entry is also a not-name (word_lists.not_names or "
                             "reviewgen/data/not-names.txt); keep it in one list only")
        denied = {" ".join(t.term.split()).lower() for t in self.deny_terms}
        if denied & lists.keep:
            raise ValueError("word_lists.keep: an entry is also on a deny list (denylist or "
                             "recognisers.deny_lists); keep it in one list only")
        return self

    @property
    def deny_terms(self) -> list[DenyTerm]:
        terms = [DenyTerm(term=t) if isinstance(t, str) else t for t in self.denylist]
        return terms + [DenyTerm(term=term, category=category)
                        for term, category in load_registry(self.recognisers).deny_terms]

    def redacts(self, category: str) -> bool:
        entry = self.categories.get(category)
        return entry is None or entry.redact

    def exemption_for(self, category: str) -> str:
        entry = self.categories.get(category)
        return (entry.exemption if entry and entry.exemption else None) or self.exemption

    def category_label(self, category: str) -> str:
        entry = self.categories.get(category)
        if entry and entry.label:
            return entry.label
        return f"[{category.replace('_', ' ').upper()}]"

    def pseudonym_stem(self, category: str) -> str | None:
        """The numbered label's stem; None when the category is labelled by name only."""
        entry = self.categories.get(category)
        return entry.pseudonym if entry else None

    @cached_property
    def allow_regex(self) -> re.Pattern | None:
        return phrase_regex(self.allowlist + self.word_lists.keep)


def phrase_regex(phrases: list[str]) -> re.Pattern | None:
    """One case-insensitive, whole-word regex for the phrases (longest first)."""
    cleaned = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    parts = [r"\s+".join(re.escape(w) for w in p.split()) for p in cleaned]
    # Apostrophes differ between typed and Word text: accept either.
    body = "|".join(parts).replace("'", "['’]")
    return re.compile(rf"(?<![\w]){'(?:' + body + ')'}(?![\w])", re.IGNORECASE)


def _merge(base: object, override: object) -> object:
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(override, list):
        return base + override
    return override


def load_policy(path: str | Path | None = None) -> Policy:
    """The shipped default policy, layered with the organisation's file at `path` if given."""
    data, marks = load_yaml(DEFAULT_POLICY)
    source: Path = DEFAULT_POLICY
    if path is not None:
        override, marks = load_yaml(path)
        if not isinstance(override, dict):
            from reviewgen.errors import InputError

            raise InputError.single(path, "a policy must be a set of named sections",
                                    fix="start from reviewgen/data/default-redaction-policy.yaml")
        data = _merge(data, override)
        source = Path(path)
    return validate_data(data, Policy, source, marks)
