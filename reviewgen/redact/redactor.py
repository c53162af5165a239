"""Redact text: detect, label under the policy, replace, and record every redaction.

One `Redactor` is one consistent batch: the same person gets the same pseudonym in
every document it redacts, and names found in one document are looked for in the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewgen.config import DEFAULT_MODEL
from reviewgen.redact.detect import (
    Candidate,
    Detector,
    DocumentNames,
    KnownTerm,
    context_of,
    merge_overlaps,
    name_words,
)
from reviewgen.redact.normalise import NormalisedText, normalise_text
from reviewgen.redact.policy import Policy, load_policy
from reviewgen.redact.spans import REDACT, REVIEW

Replacement = tuple[int, int, str]
IDENTIFIER_FORM = "identifier form"


@dataclass
class Redaction:
    """One value removed from one place. `original` and `context` are internal only."""

    location: str
    category: str
    exemption: str
    label: str
    original: str
    context: str = ""
    # Why it was found: the finder's name, its score, its reason and tier (internal only).
    source: str = ""
    score: float = 1.0
    reason: str = ""
    tier: str = REDACT


@dataclass
class Removal:
    """A part or kind of content dropped whole from a released file (counted, never shown)."""

    location: str
    what: str
    count: int


def normalise(value: str) -> str:
    """How values are compared: case and runs of whitespace ignored, possessive dropped."""
    value = re.sub(r"['’]s$", "", value.strip())
    return " ".join(value.split()).casefold()


class Redactor:
    """Detects and replaces personal data under one policy, labelling consistently."""

    def __init__(self, policy: Policy | None = None, nlp_model: str | None = None) -> None:
        self.policy = policy if policy is not None else load_policy()
        self.detector = Detector(self.policy, nlp_model or DEFAULT_MODEL)
        self.redactions: list[Redaction] = []
        self.removals: list[Removal] = []
        self._known: list[KnownTerm] = []
        self._keep: set[str] = set()
        self._names = DocumentNames()
        self._labels: dict[tuple[str, str], str] = {}
        self._name_parts: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self._learning = False
        self._identifier_names: dict[str, str] = {}
        # Writing a proposal: review-tier finds are listed for a decision whatever the policy.
        self.proposing = False
        # (category, value) -> the exemption a reviewer chose for it in a proposal.
        self._exemptions: dict[tuple[str, str], str] = {}

    # --- what to remove, what to keep ----------------------------------------------

    def add_known(self, value: str, category: str, label: str | None = None,
                  exemption: str | None = None) -> None:
        """Redact `value` wherever it appears; a full name's first name and surname too.
        `exemption`: the provision a reviewer chose for this value (else the policy's)."""
        if not value.strip():
            return
        self._known.append(KnownTerm(value, category, label))
        if exemption:
            self._exemptions[(category, normalise(value))] = exemption
            if category == "name":
                for word in name_words(value):
                    self._exemptions.setdefault((category, normalise(word)), exemption)
        if label is None:
            return
        self._labels[(category, normalise(value))] = label
        if category == "name":
            for word in name_words(value):
                self._name_parts[word.casefold()] = label

    @property
    def known_terms(self) -> list[KnownTerm]:
        return list(self._known)

    def keep(self, value: str) -> None:
        """Leave `value` as it is even when detected (a reviewer's keep decision)."""
        self._keep.add(value)

    # --- labels --------------------------------------------------------------------

    def label_for(self, category: str, original: str) -> str:
        style = self.policy.label_style
        if style == "blank":
            return self.policy.blank_label
        if style == "category" or self.policy.pseudonym_stem(category) is None:
            return self.policy.category_label(category)
        key = (category, normalise(original))
        if key in self._labels:
            return self._labels[key]
        full_name = self._names.aliases.get(" ".join(original.split()).casefold()) if category == "name" else None
        if full_name is not None and normalise(full_name) != key[1]:
            # A nickname or initials share the label of the name they stand for.
            self._labels[key] = self.label_for(category, full_name)
            return self._labels[key]
        label = None
        words = [w.casefold() for w in name_words(original)] if category == "name" else []
        if len(words) == 1:
            label = self._name_parts.get(words[0])
        if label is None:
            label = self._next_pseudonym(category)
        self._labels[key] = label
        for word in words:
            self._name_parts.setdefault(word, label)
        return label

    def _next_pseudonym(self, category: str) -> str:
        stem = self.policy.pseudonym_stem(category) or category
        taken = set(self._labels.values())
        while True:
            self._counters[stem] = self._counters.get(stem, 0) + 1
            label = f"{stem} {self._counters[stem]}"
            if label not in taken:
                return label

    # --- redaction -----------------------------------------------------------------

    def plan(self, segments: Sequence[str], locations: Sequence[str],
             leads: Sequence[str] | None = None, markup: bool = False) -> list[list[Replacement]]:
        """For each segment of one document, the (start, end, label) replacements to make.

        Records a `Redaction` for each. Segments are detected together, so a name found
        in one segment is found in the others. `leads` (optional, one per segment) is text
        read only for context, such as the earlier cells of a segment's table row.
        Detection reads the normalised text (see `normalise.py`; `markup` decodes character
        references); replacements are offsets into the segments as given.
        """
        views = [normalise_text(s, markup) for s in segments]
        texts = [v.text for v in views]
        found = self.detector.detect_document(texts, self._known, self._names, self._keep, leads)
        found = self._with_identifier_forms(texts, found)
        if self._learning:
            return [[] for _ in segments]
        keep_review = self.policy.review_tier == "keep" and not self.proposing
        plans = []
        for view, location, candidates in zip(views, locations, found):
            plans.append([self._record(view, location, c) for c in candidates
                          if not (keep_review and c.tier == REVIEW)])
        return plans

    def _with_identifier_forms(self, texts: list[str], found: list[list[Candidate]]) -> list[list[Candidate]]:
        """A name is also removed where it is written as an identifier: jordan-ellis,
        Jordan_Ellis, JordanEllis, jordan.ellis (in links, anchors and file names)."""
        names = {" ".join(t[c.start:c.end].split()) for t, cs in zip(texts, found) for c in cs
                 if c.category == "name"}
        names |= {r.original for r in self.redactions if r.category == "name"}
        names |= {k.value for k in self._known if k.category == "name"}
        pattern, self._identifier_names = identifier_forms(names)
        if pattern is None:
            return found
        out = []
        for text, candidates in zip(texts, found):
            extra = [Candidate(m.start(), m.end(), "name", IDENTIFIER_FORM, 90)
                     for m in pattern.finditer(text)]
            out.append(merge_overlaps(candidates + extra) if extra else candidates)
        return out

    def _record(self, view: NormalisedText, location: str, candidate: Candidate) -> Replacement:
        original = view.text[candidate.start:candidate.end]
        if candidate.source == IDENTIFIER_FORM:
            # Labelled as the name it spells, written with its separator: Person-1.
            name = self._identifier_names.get(squash(original), original)
            label = re.sub(r"\s+", _separator_of(original), self.label_for("name", name))
        else:
            label = self.label_for(candidate.category, original)
        self.redactions.append(Redaction(
            location=location,
            category=candidate.category,
            exemption=self._exemptions.get((candidate.category, normalise(original)))
            or self.policy.exemption_for(candidate.category),
            label=label,
            original=original,
            context=context_of(view.text, candidate.start, candidate.end),
            source=candidate.source,
            score=candidate.score,
            reason=candidate.reason,
            tier=candidate.tier,
        ))
        start, end = view.original_span(candidate.start, candidate.end)
        return start, end, label

    def record_removal(self, location: str, what: str, count: int) -> None:
        if not self._learning:
            self.removals.append(Removal(location, what, count))

    def redact_text(self, text: str, location: str) -> str:
        """`text` with every personal value replaced by its label."""
        return apply(text, self.plan([text], [location])[0])

    def redact_texts(self, texts: Sequence[str], locations: Sequence[str], markup: bool = False) -> list[str]:
        """Several parts of one document, redacted together (names carry across parts).
        `markup`: the texts are Markdown or HTML, so character references are read as
        the characters they stand for."""
        return [apply(t, p) for t, p in zip(texts, self.plan(texts, locations, markup=markup))]

    def redact_file(self, in_path: str | Path, out_path: str | Path, location_prefix: str = "") -> None:
        """Redact a .txt, .md or .docx file into `out_path` (the input is never changed)."""
        from reviewgen.redact.files import redact_file

        redact_file(self, Path(in_path), Path(out_path), location_prefix)

    def learn_file(self, in_path: str | Path) -> None:
        """Read a file for the names in it, recording and writing nothing. A batch reads every
        file first, so a name found only in the last file is redacted in the first too."""
        from reviewgen.redact.files import redact_file

        self._learning = True
        try:
            redact_file(self, Path(in_path), None)
        finally:
            self._learning = False

    def redact_docx(self, in_path: str | Path, out_path: str | Path | None, location_prefix: str = "") -> None:
        """Word in, Word out: text removed for real from every part, metadata scrubbed."""
        from reviewgen.redact.word import redact_docx

        redact_docx(self, Path(in_path), Path(out_path) if out_path is not None else None, location_prefix)

    def originals(self) -> list[str]:
        return sorted({r.original for r in self.redactions} | {k.value for k in self._known})


def squash(value: str) -> str:
    """A value with case and separators gone: "Jordan_Ellis" -> "jordanellis"."""
    return re.sub(r"[\W_]+", "", value).casefold()


def identifier_forms(names: Iterable[str]) -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern for the identifier forms of every name of two or more words, and the
    name each squashed form stands for."""
    forms: set[str] = set()
    spelled: dict[str, str] = {}
    for name in sorted(names):
        words = [w for w in re.split(r"[\s\-_.]+", name) if w]
        if len(words) >= 2 and all(len(w) >= 2 for w in words):
            forms.add(r"[\-_.]?".join(re.escape(w) for w in words))
            spelled.setdefault(squash(name), name)
    if not forms:
        return None, {}
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE), spelled


def _separator_of(identifier: str) -> str:
    found = re.search(r"[\-_.]", identifier)
    return found.group() if found else ""


def apply(text: str, replacements: Iterable[Replacement]) -> str:
    out = []
    position = 0
    for start, end, label in sorted(replacements):
        out.append(text[position:start])
        out.append(label)
        position = end
    out.append(text[position:])
    return "".join(out)
