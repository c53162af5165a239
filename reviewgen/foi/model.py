"""An FOI request as the officer writes it in YAML, and its validation.

Pydantic checks the shape; `request_problems` then checks what depends on more than one
field (part numbers, exemptions known to the Act, public interest tests, dates in order)
and reports every problem at once with its line and field path.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from reviewgen.errors import InputError, Problem
from reviewgen.foi.acts import Act, Jurisdiction, act_for, find_exemption, known_sections
from reviewgen.foi.deadlines import Pause
from reviewgen.yamlinput import PathKey, _nearest_mark, format_path, load_yaml, validate_data

Held = Literal["held", "not held", "partly held"]
Outcome = Literal["released in full", "released in part", "partly held", "refused", "not held",
                  "neither confirmed nor denied"]
Likelihood = Literal["would", "would be likely to"]


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Requester(InputModel):
    """Who asked. Kept for the officer only: never printed in a public output."""

    name: str
    title: str | None = Field(None, description="e.g. Ms, Mr, Mx, Dr: the letter opens 'Dear Ms Surname'")
    address: list[str] = []
    email: str | None = None
    phone: str | None = None

    @property
    def salutation(self) -> str:
        """'Dear Ms Ellery', or the full name when no title is given ('Dear Jordan Ellery')."""
        if self.title:
            return f"Dear {self.title.rstrip('.')} {self.name.split()[-1]}"
        return f"Dear {self.name}"

    def identifying_values(self) -> list[tuple[str, str]]:
        """(value, category) of what identifies the requester: never in a public file.

        Of the address, the first line and any line with a number (house, postcode):
        a town or county alone identifies no one, and is often our own address too.
        """
        values = [(self.name, "name")]
        values += [(line, "address") for i, line in enumerate(self.address)
                   if i == 0 or any(ch.isdigit() for ch in line)]
        values += [(v, kind) for v, kind in ((self.email, "email"), (self.phone, "phone")) if v]
        return values


class ReviewSource(InputModel):
    file: Path = Field(description="review YAML, relative to the request file")
    fields: list[str] = Field(min_length=1, description="e.g. learning, recommendations, analysis.good_practice")


class Part(InputModel):
    number: int = Field(ge=1)
    question: str = Field(min_length=1, description="the part of the request, in the requester's words")
    held: Held
    answer: str | None = Field(None, description="the answer, Markdown allowed")
    from_review: ReviewSource | None = None


class PublicInterest(InputModel):
    """The public interest test of a qualified exemption, as s.17(3) asks it to be given."""

    for_disclosure: list[str] = Field([], description="factors in favour of disclosure")
    for_withholding: list[str] = Field([], description="factors in favour of maintaining the exemption")
    conclusion: str | None = Field(None, description="where the balance lies, and why")


class LegitimateInterests(InputModel):
    """The three-part test for disclosing a living third party's personal data (UK GDPR
    Art. 6(1)(f), as FOIA s.40(3A), FOISA s.38(2A) and EIR reg 13(2A) apply it)."""

    interest: str | None = Field(None, description="the legitimate interest in disclosure")
    necessity: str | None = Field(None, description="whether disclosure is necessary to meet it")
    balance: str | None = Field(None, description="that interest against the person's rights and freedoms")


class ExemptionClaim(InputModel):
    section: str = Field(description="provision with its subsection, e.g. 40(2), 31(1)(a), 12(5)(b)")
    parts: list[int] = Field(min_length=1, description="numbers of the parts it covers")
    reasons: str | None = Field(None, description="why it applies to this information, in the officer's words")
    likelihood: Likelihood | None = Field(None, description="for a prejudice-based exemption: the finding")
    public_interest: PublicInterest | None = Field(None, description="required for a qualified exemption")
    legitimate_interests: LegitimateInterests | None = None
    neither_confirm_nor_deny: bool = Field(False, description="neither confirm nor deny that it is held")
    available_at: str | None = Field(None, description="s.21 / s.25: where the information is published")
    publication_date: date | None = Field(None, description="s.22 / s.27: when it will be published")
    wording: str | None = Field(None, description="replaces the standard wording for this response")


class PersonMark(InputModel):
    """Someone in a review or the request whose data is handled differently: a person who
    has died (never withheld under s.40), or one whose redactions cite another exemption."""

    name: str | None = Field(None, description="as written in the review or the answers")
    label: str | None = Field(None, description="or the label a review gives them, e.g. Young Person A")
    deceased: bool = False
    health_record: bool = Field(False, description="their data is from a health record (FOISA s.38(1)(d))")
    exemption: str | None = Field(None, description="provision cited for their redactions instead of the default")


class InterestExtension(InputModel):
    """FOIA s.10(3): more time to consider the public interest, told by an s.17(2) notice."""

    notice_date: date = Field(description="date of the holding notice, within the 20 working days")
    new_date: date = Field(description="the date by which the authority now expects to decide")


class EirExtension(InputModel):
    """EIR / EISR reg 7(1): 40 working days for a complex and voluminous request."""

    notice_date: date = Field(description="date the requester was told, within the 20 working days")
    reason: str | None = Field(None, description="why the request is complex and voluminous")


class Clarification(InputModel):
    asked: date
    answered: date | None = Field(None, description="date the clarification arrived; empty while waiting")


class FeeNotice(InputModel):
    notice_given: date
    paid: date | None = Field(None, description="date the fee was received; empty while waiting")


class Officer(InputModel):
    name: str
    role: str = "Information Governance Officer"


class FoiRequest(InputModel):
    reference: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$", max_length=100, description="e.g. FOI-2026-0142")
    received: date = Field(description="the calendar day the request arrived, even a weekend")
    jurisdiction: Jurisdiction
    environmental: bool = Field(False, description="environmental information: EIR (EISR in Scotland)")
    subject: str = Field(min_length=1, description="one line, no personal data: printed on the disclosure log")
    requester: Requester
    request_text: str = Field(min_length=1)
    parts: list[Part] = Field(min_length=1)
    exemptions: list[ExemptionClaim] = []
    people: list[PersonMark] = []
    personal_data: LegitimateInterests | None = Field(
        None, description="legitimate-interests test for the personal data withheld from the answers")
    public_interest_extension: InterestExtension | None = None
    eir_extension: EirExtension | None = None
    clarifications: list[Clarification] = []
    fees: list[FeeNotice] = []
    officer: Officer | None = None
    decision_date: date | None = None
    response_date: date | None = Field(None, description="date the response was sent: marks it answered")
    outcome: Outcome | None = Field(None, description="for the disclosure log; worked out when left empty")
    publish: bool = Field(True, description="put the response on the disclosure log")

    _source: Path | None = PrivateAttr(None)
    _review_folder: Path | None = PrivateAttr(None)  # review files must lie in it (the web register)

    @property
    def source(self) -> Path | None:
        """The YAML file this request was read from (paths in it are relative to it)."""
        return self._source

    @property
    def act(self) -> Act:
        return act_for(self.jurisdiction, self.environmental)

    def claims_for(self, number: int) -> list[ExemptionClaim]:
        return [claim for claim in self.exemptions if number in claim.parts]

    @property
    def answered(self) -> bool:
        return self.response_date is not None

    def pauses(self) -> list[Pause]:
        return [Pause("clarification", c.asked, c.answered) for c in self.clarifications] + [
            Pause("fee", f.notice_given, f.paid) for f in self.fees
        ]

    def part(self, number: int) -> Part:
        return next(p for p in self.parts if p.number == number)

    def resolve(self, path: Path) -> Path:
        """A path written in the request, relative to the request file's folder."""
        if path.is_absolute() or self.source is None:
            return path
        return self.source.parent / path

    def _review_file_problem(self, path: Path) -> tuple[str, str] | None:
        """(message, fix) when a review file cannot be used. Outside the review folder, the
        same answer whether the path exists or not: nothing is learnt about the disk."""
        resolved = self.resolve(path)
        if self._review_folder is not None and not _inside(resolved, self._review_folder):
            return ("is not in the folder of review files",
                    "give the path of a review in that folder, relative to it, without `..`")
        if not resolved.is_file():
            return "review file not found", "give the path relative to this request file"
        return None

    def problems(self) -> list[tuple[PathKey, str, str]]:
        """What depends on more than one field, as (field path, message, fix)."""
        found: list[tuple[PathKey, str, str]] = []
        numbers = [p.number for p in self.parts]
        for i, part in enumerate(self.parts):
            if numbers.count(part.number) > 1:
                found.append((("parts", i, "number"), f"part {part.number} is numbered twice",
                              "number the parts 1, 2, 3 ... once each"))
            withheld = any(part.number in claim.parts for claim in self.exemptions)
            if part.held != "not held" and not part.answer and part.from_review is None and not withheld:
                found.append((("parts", i), f"part {part.number} has no answer",
                              "add `answer:` text or `from_review:` (file and fields), or the exemption "
                              "it is withheld under"))
            if part.from_review and (problem := self._review_file_problem(part.from_review.file)):
                found.append((("parts", i, "from_review", "file"), *problem))
        for i, claim in enumerate(self.exemptions):
            exemption = find_exemption(self.act, claim.section)
            if exemption is None:
                found.append((("exemptions", i, "section"),
                              f"'{claim.section[:20]}' is not an exemption this tool knows under the "
                              f"{self.act.title}",
                              f"use one of: {', '.join(known_sections(self.act))}"))
            for j, number in enumerate(claim.parts):
                if number not in numbers:
                    found.append((("exemptions", i, "parts", j), f"there is no part {number}",
                                  f"use one of: {', '.join(map(str, numbers))}"))
        for i, person in enumerate(self.people):
            if not (person.name or person.label):
                found.append((("people", i), "names no one", "give `name:` or `label:` (e.g. Young Person A)"))
            if person.exemption and find_exemption(self.act, person.exemption) is None:
                found.append((("people", i, "exemption"), f"is not an exemption of the {self.act.title}",
                              f"use one of: {', '.join(known_sections(self.act))}"))
        if self.public_interest_extension and self.act.key != "foia":
            found.append((("public_interest_extension",), f"the {self.act.title} has no extension for the "
                          "public interest test", "remove it; under the EIR use `eir_extension:` (reg 7(1))"
                          if self.act.environmental else "remove it: the 20 working days are fixed"))
        if self.eir_extension and not self.act.environmental:
            found.append((("eir_extension",), "only environmental requests (EIR, EISR) can be extended under "
                          "regulation 7(1)", "set `environmental: true` or remove it"))
        found += self._date_problems()
        return found

    def _date_problems(self) -> list[tuple[PathKey, str, str]]:
        found = []
        fix = "check the dates: a later step cannot come before an earlier one"

        def before(loc: PathKey, earlier: date | None, later: date | None, what: str) -> None:
            if earlier and later and later < earlier:
                found.append((loc, what, fix))

        for i, c in enumerate(self.clarifications):
            before(("clarifications", i, "asked"), self.received, c.asked, "asked before the request was received")
            before(("clarifications", i, "answered"), c.asked, c.answered, "answered before it was asked")
        for i, f in enumerate(self.fees):
            before(("fees", i, "notice_given"), self.received, f.notice_given,
                   "given before the request was received")
            before(("fees", i, "paid"), f.notice_given, f.paid, "paid before the notice was given")
        before(("decision_date",), self.received, self.decision_date, "is before the request was received")
        before(("response_date",), self.received, self.response_date, "is before the request was received")
        return found


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path`, its links followed, lies in `folder`."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # a loop of links, a NUL byte
        return False


def load_request(path: str | Path) -> FoiRequest:
    """A validated FOI request; InputError listing every problem otherwise."""
    data, marks = load_yaml(path)
    return validate_request(data, marks, path)


def validate_request(data: object, marks: dict[PathKey, tuple[int, int]], path: str | Path,
                     location: Path | None = None, review_folder: Path | None = None) -> FoiRequest:
    """`load_request` for data already read (the web register): `path` names it in problems,
    `location` is where paths in it are relative to (default: `path`), and `review_folder`,
    when given, the folder every `from_review` file must lie in, links followed."""
    if not isinstance(data, dict):
        raise InputError.single(path, "should be a set of named fields, not a single value", line=1,
                                fix="start from reviews/foi-example-learning.yaml")
    request = validate_data(data, FoiRequest, path, marks)
    request._source = location if location is not None else Path(path)
    request._review_folder = review_folder
    problems = []
    for loc, message, fix in request.problems():
        line, column = _nearest_mark(loc, marks) or (None, None)
        problems.append(Problem(file=str(path), line=line, column=column, field=format_path(loc),
                                message=message, fix=fix))
    if problems:
        raise InputError(problems)
    return request

