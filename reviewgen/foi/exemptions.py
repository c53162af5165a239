"""Which provision each redaction cites: by the request's Act and by whose data it is.

The personal-data exemption (FOIA s.40(2), FOISA s.38(1)(b), EIR reg 13(1), EISR reg
11(2)) protects living people only. A person marked `deceased: true` in the request (or
the child of a review about a death) has their data withheld under the ground the
regulator's guidance names instead: FOIA s.41(1) (ICO, "Information about the deceased"),
FOISA s.36(2), or s.38(1)(d) for a health record (Scottish Information Commissioner), EIR
reg 12(5)(f) / EISR reg 10(5)(f). The officer can name another provision for any person
(`exemption:` on their entry), e.g. FOIA s.38(1)(a) where disclosure would endanger a
grieving family's mental health. The requester's own details are never a schedule row:
the letter is sent to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reviewgen.foi.acts import DECEASED_SECTIONS, Act, Exemption, cited_section, find_exemption
from reviewgen.foi.model import FoiRequest, PersonMark

DEATH_INCIDENTS = {"death", "suspected suicide", "death of a child"}  # old and SOP categories


def _key(value: str) -> str:
    """Values compare without case, spacing or a possessive: "Kian's" is Kian."""
    return " ".join(re.sub(r"['’]s$", "", value.strip()).split()).casefold()


@dataclass(frozen=True)
class Ground:
    """The provision one redaction is withheld under."""

    exemption: Exemption
    section: str  # as cited, e.g. "41(1)"
    deceased: bool = False

    def schedule_text(self, act: Act) -> str:
        return f"{act.abbreviation}{self.section}" + (" (deceased person)" if self.deceased else "")


@dataclass
class PeopleIndex:
    """Whose data each known value is, and how each person is marked."""

    request: FoiRequest
    requester_label: str
    owners: dict[tuple[str, str], str] = field(default_factory=dict)  # (category, value) -> person key
    marks: dict[str, PersonMark] = field(default_factory=dict)  # person key (label or name) -> mark
    names: dict[str, str] = field(default_factory=dict)  # name -> person key, resolved to a label later

    def __post_init__(self) -> None:
        for mark in self.request.people:
            key = mark.label or mark.name or ""
            self.marks[_key(key)] = mark
            if mark.name:
                self.names[_key(mark.name)] = _key(key)

    def own(self, value: str, category: str, person: str) -> None:
        """Record that `value` is `person`'s data (person: their label, or their name)."""
        self.owners.setdefault((category, _key(value)), _key(person))

    def review_child(self, label: str, incident_type: str) -> None:
        """A review about a child's death marks that child deceased, unless the request says otherwise."""
        if incident_type in DEATH_INCIDENTS and _key(label) not in self.marks:
            self.marks[_key(label)] = PersonMark(label=label, deceased=True)

    def resolve(self, redactor: Any) -> None:
        """Marks given by name apply to the label the redactor gave that name."""
        for name, key in self.names.items():
            label = redactor.label_for("name", name)
            self.marks.setdefault(_key(label), self.marks[key])

    def mark_for(self, redaction: Any) -> PersonMark | None:
        owner = self.owners.get((redaction.category, _key(redaction.original)), _key(redaction.label))
        return self.marks.get(owner) or self.marks.get(_key(redaction.label))

    def is_requester(self, redaction: Any) -> bool:
        return bool(redaction.label == self.requester_label)

    def ground(self, redaction: Any) -> Ground:
        act = self.request.act
        mark = self.mark_for(redaction)
        if mark is not None and mark.exemption:
            exemption = find_exemption(act, mark.exemption)
            if exemption is not None:  # the request model has checked it
                return Ground(exemption, cited_section(exemption, mark.exemption), mark.deceased)
        if mark is not None and mark.deceased:
            default, health_record = DECEASED_SECTIONS[act.key]
            section = health_record if mark.health_record else default
            exemption = find_exemption(act, section)
            assert exemption is not None  # the table names only known provisions
            return Ground(exemption, section, deceased=True)
        exemption = find_exemption(act, act.personal_data_section)
        assert exemption is not None
        return Ground(exemption, exemption.section)
