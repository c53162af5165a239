"""Redact text: detect, label under the policy, replace, and record every redaction.

One `Redactor` is one consistent batch: the same person gets the same pseudonym in
every document it redacts, and names found in one document are looked for in the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from reviewgen.config import DEFAULT_MODEL
from reviewgen.redact.detect import (
    Candidate, Detector, DocumentNames, KnownTerm, context_of, name_words,
)
from reviewgen.redact.policy import Policy, load_policy

Replacement = tuple[int, int, str]


@dataclass
class Redaction:
    """One value removed from one place. `original` and `context` are internal only."""

    location: str
    category: str
    exemption: str
    label: str
    original: str
    context: str = ""


def normalise(value: str) -> str:
    """How values are compared: case and runs of whitespace ignored, possessive dropped."""
    value = re.sub(r"['’]s$", "", value.strip())
    return " ".join(value.split()).casefold()


class Redactor:
    """Detects and replaces personal data under one policy, labelling consistently."""

    def __init__(self, policy: Optional[Policy] = None, nlp_model: Optional[str] = None) -> None:
        self.policy = policy if policy is not None else load_policy()
        self.detector = Detector(self.policy, nlp_model or DEFAULT_MODEL)
        self.redactions: list[Redaction] = []
        self._known: list[KnownTerm] = []
        self._keep: set[str] = set()
        self._names = DocumentNames()
        self._labels: dict[tuple[str, str], str] = {}
        self._name_parts: dict[str, str] = {}
        self._counters: dict[str, int] = {}
        self._learning = False

    # --- what to remove, what to keep ----------------------------------------------

    def add_known(self, value: str, category: str, label: Optional[str] = None) -> None:
        """Redact `value` wherever it appears; a full name's first name and surname too."""
        if not value.strip():
            return
        self._known.append(KnownTerm(value, category, label))
        if label is None:
            return
        self._labels[(category, normalise(value))] = label
        if category == "name":
            for word in name_words(value):
                self._name_parts[word.casefold()] = label

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
             leads: Optional[Sequence[str]] = None) -> list[list[Replacement]]:
        """For each segment of one document, the (start, end, label) replacements to make.

        Records a `Redaction` for each. Segments are detected together, so a name found
        in one segment is found in the others. `leads` (optional, one per segment) is text
        read only for context, such as the earlier cells of a segment's table row.
        """
        found = self.detector.detect_document(segments, self._known, self._names, self._keep, leads)
        if self._learning:
            return [[] for _ in segments]
        plans = []
        for text, location, candidates in zip(segments, locations, found):
            plans.append([self._record(text, location, c) for c in candidates])
        return plans

    def _record(self, text: str, location: str, candidate: Candidate) -> Replacement:
        original = text[candidate.start:candidate.end]
        label = self.label_for(candidate.category, original)
        self.redactions.append(Redaction(
            location=location,
            category=candidate.category,
            exemption=self.policy.exemption_for(candidate.category),
            label=label,
            original=original,
            context=context_of(text, candidate.start, candidate.end),
        ))
        return candidate.start, candidate.end, label

    def redact_text(self, text: str, location: str) -> str:
        """`text` with every personal value replaced by its label."""
        return apply(text, self.plan([text], [location])[0])

    def redact_texts(self, texts: Sequence[str], locations: Sequence[str]) -> list[str]:
        """Several parts of one document, redacted together (names carry across parts)."""
        return [apply(t, p) for t, p in zip(texts, self.plan(texts, locations))]

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

    def redact_docx(self, in_path: str | Path, out_path: Optional[str | Path], location_prefix: str = "") -> None:
        """Word in, Word out: text removed for real from every part, metadata scrubbed."""
        from reviewgen.redact.word import redact_docx

        redact_docx(self, Path(in_path), Path(out_path) if out_path is not None else None, location_prefix)

    def originals(self) -> list[str]:
        return sorted({r.original for r in self.redactions} | {k.value for k in self._known})


def apply(text: str, replacements: Iterable[Replacement]) -> str:
    out = []
    position = 0
    for start, end, label in sorted(replacements):
        out.append(text[position:start])
        out.append(label)
        position = end
    out.append(text[position:])
    return "".join(out)
