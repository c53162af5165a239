"""Assemble the response letter: every answer redacted by one redactor, exemptions cited.

One `Redactor` serves the whole letter, so a person keeps the same label everywhere
("Young Person A" in part 2 is "Young Person A" in part 4). Personal data removed from
any answer brings the right exemption into the letter without the officer listing it:
the Act's personal-data provision (FOIA s.40(2), FOISA s.38(1)(b), EIR reg 13(1), EISR
reg 11(2)) for the living, and the ground the regulator names for a person marked
deceased (see `reviewgen.foi.exemptions`).

Each part states what happened to it (`PartOutcome`): released, withheld under a named
provision, not held, neither confirmed nor denied, already published (with where) or
intended for publication (with when).

The letter comes in two copies from one text: the personal letter to the requester
(their name and address, "Dear Ms Ellery") and the anonymised copy for the disclosure
log ("Dear Requester"). Both are signed with the officer's role, not their name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from string import ascii_uppercase
from typing import Any, Literal

from reviewgen.config import Config
from reviewgen.foi.acts import ACCESSIBLE, FUTURE_PUBLICATION, Act, Exemption, cited_section, find_exemption
from reviewgen.foi.exemptions import PeopleIndex
from reviewgen.foi.model import ExemptionClaim, FoiRequest, Part
from reviewgen.foi.review_source import review_markdown
from reviewgen.render import long_date, render_template

REQUESTER_LABEL = "[Requester]"
DEFAULT_SIGNATURE = "Information Governance Team"
PartOutcome = Literal["released", "withheld", "not held", "neither confirmed nor denied", "already published",
                      "intended for future publication", "subject access", "refused"]


class Redacted(str):
    """Text that has been through the redaction gate. A public letter holds no other text
    from its input: the letter's dataclasses refuse a plain string (see `_gated`)."""


class RedactionGate:
    """The one way input text reaches a public letter: every piece goes through one
    redactor together, so names carry between them, and comes back `Redacted`."""

    def __init__(self, redactor: Any) -> None:
        self.redactor = redactor
        self._texts: list[tuple[str, str]] = []

    def add(self, location: str, text: str | None) -> int:
        self._texts.append((location, (text or "").strip()))
        return len(self._texts) - 1

    def add_all(self, location: str, texts: list[str]) -> list[int]:
        return [self.add(location, text) for text in texts]

    def run(self) -> list[Redacted]:
        texts = [text for _, text in self._texts]
        done = self.redactor.redact_texts(texts, [where for where, _ in self._texts], markup=True)
        return [Redacted(text) for text in done]


def _gated(instance: object, *names: str) -> None:
    """Refuse a public field that did not pass the gate: a field added later cannot skip it."""
    for name in names:
        value = getattr(instance, name)
        values = value if isinstance(value, list) else [value]
        if not all(isinstance(v, Redacted) for v in values):
            raise TypeError(f"{type(instance).__name__}.{name} must pass the redaction gate")


# Fields of the letter that hold the officer's or the requester's words.
PART_TEXT = ("question", "answer")
EXEMPTION_TEXT = ("wording", "reasons", "for_disclosure", "for_withholding", "conclusion",
                  "interest", "necessity", "balance", "available_at")
RESPONSE_TEXT = ("subject", "request_text", "officer_role")


def _empty() -> Redacted:
    return Redacted("")


@dataclass
class AnsweredPart:
    number: int
    question: Redacted
    held: str
    held_line: str
    answer: Redacted
    outcome: PartOutcome = "released"

    def __post_init__(self) -> None:
        _gated(self, *PART_TEXT)


@dataclass
class CitedExemption:
    exemption: Exemption
    parts: list[int]
    wording: Redacted
    section: str = ""  # as cited, with its subsection: "31(1)(a)"
    reasons: Redacted = field(default_factory=_empty)
    likelihood: str | None = None
    for_disclosure: list[Redacted] = field(default_factory=list)
    for_withholding: list[Redacted] = field(default_factory=list)
    conclusion: Redacted = field(default_factory=_empty)
    interest: Redacted = field(default_factory=_empty)
    necessity: Redacted = field(default_factory=_empty)
    balance: Redacted = field(default_factory=_empty)
    available_at: Redacted = field(default_factory=_empty)
    publication_date: date | None = None
    ncnd: str | None = None  # the neither-confirm-nor-deny provision relied on
    automatic: bool = False
    deceased: bool = False
    provision: str = "Section"

    def __post_init__(self) -> None:
        self.section = self.section or self.exemption.section
        _gated(self, *EXEMPTION_TEXT)

    @property
    def heading(self) -> str:
        return f"{self.provision} {self.section}: {self.exemption.title}"

    @property
    def legitimate_interests(self) -> bool:
        return bool(self.interest or self.necessity or self.balance)


@dataclass
class Response:
    """A response ready for the template: all text already redacted."""

    request: FoiRequest
    subject: Redacted
    request_text: Redacted
    officer_role: Redacted
    parts: list[AnsweredPart]
    exemptions: list[CitedExemption]
    outcome: str
    redactor: Any
    # Every value that must not appear in a public file, for `verify`: (value, category).
    protected: set[tuple[str, str]] = field(default_factory=set)
    # The requester's own values: protected everywhere except their personal letter.
    requester_values: set[tuple[str, str]] = field(default_factory=set)
    people: PeopleIndex | None = None

    def __post_init__(self) -> None:
        _gated(self, *RESPONSE_TEXT)

    @property
    def act(self) -> Act:
        return self.request.act


def _location(number: int) -> str:
    return f"Part {number}"


def _case_labels(label: str | None, case_index: int) -> str | None:
    """Labels of the second review's people move on a letter: Young Person A -> Young Person B."""
    if label is None or case_index == 0:
        return label
    return re.sub(r"\bA\b", ascii_uppercase[case_index % 26], label)


class _ReviewPool:
    """Each review file loaded once; its people made known to the redactor.

    Each child is a case: the first child's people keep the review's labels ("Young
    Person A"), the second child's move on a letter ("Young Person B"), and two reviews
    of the same child share their labels.
    """

    def __init__(self, request: FoiRequest, redactor: Any, protected: set[tuple[str, str]],
                 people: PeopleIndex):
        self.request, self.redactor, self.protected, self.people = request, redactor, protected, people
        self.loaded: dict[Path, tuple[int, dict]] = {}
        self.children: dict[str, int] = {}
        files = {request.resolve(p.from_review.file).resolve() for p in request.parts if p.from_review}
        self.several = len(files) > 1  # then each review's material is headed "Case 1", "Case 2"

    def data(self, part: Part) -> tuple[int, dict]:
        """(case index, the review's fields as plain data) for the review a part draws on."""
        from reviewgen.review import load_review  # the review package is only needed here

        assert part.from_review is not None  # only parts drawing on a review come here
        path = self.request.resolve(part.from_review.file).resolve()
        if path not in self.loaded:
            review = load_review(path)
            child = " ".join(review.child.name.split()).casefold()
            case_index = self.children.setdefault(child, len(self.children))
            child_label = _case_labels("Young Person A", case_index) or "Young Person A"
            self.people.review_child(child_label, review.incident.type.value)
            for value, category, label in review.personal_terms():
                label = _case_labels(label, case_index)
                # The child's date of birth and address are the child's, though labelled by category.
                self.people.own(value, category, label or (child_label if category != "name" else value))
                if (value, category) not in self.protected:
                    self.redactor.add_known(value, category, label=label)
                    self.protected.add((value, category))
            self.loaded[path] = (case_index, review.model_dump(mode="json"))
        return self.loaded[path]


def _answer_text(request: FoiRequest, index: int, part: Part, pool: _ReviewPool) -> str:
    blocks = []
    if part.answer:
        blocks.append(part.answer.strip())
    if part.from_review:
        case_index, data = pool.data(part)
        pulled = review_markdown(data, part.from_review.fields, str(request.source),
                                 f"parts[{index}].from_review")
        blocks.append(f"**Case {case_index + 1}**\n\n{pulled}" if pool.several else pulled)
    return "\n\n".join(blocks)


def _exemption_wording(act: Act, exemption: Exemption, section: str, parts: list[int], config: Config,
                       claim: ExemptionClaim | None = None, deceased: bool = False) -> str:
    if claim is not None and claim.wording:
        return claim.wording.strip()
    context = {"act": act, "exemption": exemption, "section": section, "cite": act.cite(section),
               "parts": parts, "organisation": config.organisation, "deceased": deceased,
               "likelihood": claim.likelihood if claim else None,
               "ncnd": exemption.ncnd if claim is not None and claim.neither_confirm_nor_deny else None,
               "publication_date": claim.publication_date if claim else None}
    return render_template(exemption.template_name(act), context, config).strip()


def _part_outcome(request: FoiRequest, part: Part) -> PartOutcome:
    if part.held == "not held":
        return "not held"
    act = request.act
    sections = []
    for claim in request.claims_for(part.number):
        exemption = find_exemption(act, claim.section)
        if claim.neither_confirm_nor_deny:
            return "neither confirmed nor denied"
        if exemption is not None:
            sections.append(exemption)
    bases = {e.section for e in sections}
    if bases & {act.own_data_section}:
        return "subject access"
    if ACCESSIBLE.get(act.key) in bases:
        return "already published"
    if FUTURE_PUBLICATION.get(act.key) in bases:
        return "intended for future publication"
    if any(e.kind in ("cost limit", "refusal") for e in sections):
        return "refused"
    if sections:
        return "withheld"
    return "released"


def _held_line(request: FoiRequest, part: AnsweredPart, exemptions: list[CitedExemption]) -> str:
    """What happened to this part, in one or two sentences the requester can rely on."""
    act = request.act
    cited = [c for c in exemptions if part.number in c.parts and not c.automatic]
    names = " and ".join(f"{act.provision} {c.section}" for c in cited)
    some = "Some of this information is" if part.answer else "This information is"

    def claim(section: str | None = None) -> CitedExemption | None:
        """The claim the outcome rests on: the one for `section`, or the one that neither confirms nor denies."""
        return next((c for c in cited if (c.exemption.section == section if section else c.ncnd)), None)

    if part.outcome == "not held":
        line = "The Council does not hold this information."
        if act.environmental:
            line += (f" This is an exception to the duty to make it available under {act.provision} "
                     f"{'12(4)(a)' if act.key == 'eir' else '10(4)(a)'} of the {act.title}.")
        return line
    if part.outcome == "neither confirmed nor denied" and (ncnd := claim()) is not None:
        return (f"The Council neither confirms nor denies that it holds this information, as "
                f"{act.provision} {ncnd.ncnd} of the {act.title} allows; this is explained below.")
    if part.outcome == "already published" and (published := claim(ACCESSIBLE.get(act.key))) is not None:
        return (f"The Council holds this information and it is already published: {published.available_at}. "
                f"It is therefore exempt under {names}, as explained below.")
    if part.outcome == "intended for future publication" and (
            future := claim(FUTURE_PUBLICATION.get(act.key))) is not None:
        when = long_date(future.publication_date) if future.publication_date else "a later date"
        return (f"The Council holds this information. {some} intended for publication on {when}, and "
                f"is withheld until then under {names}, as explained below.")
    if part.outcome == "subject access":
        return ("This part asks for your own personal data, which is exempt from the "
                f"{act.title} under {names}. We are dealing with it as a subject access request under "
                "Article 15 of the UK General Data Protection Regulation, and will respond within one "
                "calendar month (Article 12(3)).")
    if part.outcome == "refused":
        return f"The Council has not answered this part, under {names}, as explained below."
    if part.outcome == "withheld":
        return f"The Council holds this information. {some} withheld under {names}, as explained below."
    if part.held == "partly held":
        return "The Council holds some of this information; what it holds is given below."
    return ""


def _outcome(request: FoiRequest, parts: list[AnsweredPart], exemptions: list[CitedExemption]) -> str:
    if request.outcome:
        return request.outcome
    outcomes = {p.outcome for p in parts}
    if outcomes == {"not held"}:
        return "not held"
    if outcomes == {"neither confirmed nor denied"}:
        return "neither confirmed nor denied"
    if not any(p.answer for p in parts) and outcomes - {"not held", "released"}:
        return "refused"
    if exemptions:
        return "released in part"
    if any(p.held != "held" for p in request.parts):
        return "partly held"
    return "released in full"


def build_response(request: FoiRequest, redactor: Any, config: Config) -> Response:
    """Redact every answer with `redactor` and work out the exemptions the letter cites."""
    act = request.act
    protected: set[tuple[str, str]] = set()
    requester_values = set(request.requester.identifying_values())
    for value, category in requester_values:
        redactor.add_known(value, category, label=REQUESTER_LABEL)
        protected.add((value, category))
    people = PeopleIndex(request, REQUESTER_LABEL)
    for mark in request.people:
        if mark.name:
            redactor.add_known(mark.name, "name", label=mark.label)
            protected.add((mark.name, "name"))
    pool = _ReviewPool(request, redactor, protected, people)

    # Review people must be known before any text is redacted, the request quote included.
    answers = [_answer_text(request, i, part, pool) for i, part in enumerate(request.parts)]
    gate = RedactionGate(redactor)
    subject = gate.add("Subject", request.subject)
    request_text = gate.add("Request", request.request_text)
    officer_role = gate.add("Signature", request.officer.role if request.officer else DEFAULT_SIGNATURE)
    texts = [(gate.add(_location(part.number), part.question), gate.add(_location(part.number), answer))
             for part, answer in zip(request.parts, answers)]
    claims = [(_exemption(act, claim.section), claim) for claim in request.exemptions]
    claim_texts: list[dict[str, Any]] = []
    for exemption, claim in claims:
        section = cited_section(exemption, claim.section)
        test, li = claim.public_interest, claim.legitimate_interests or (
            request.personal_data if exemption.section == act.personal_data_section else None)
        claim_texts.append({
            "wording": gate.add("Exemption", _exemption_wording(act, exemption, section, sorted(claim.parts),
                                                                config, claim)),
            "reasons": gate.add("Exemption", claim.reasons),
            "for_disclosure": gate.add_all("Public interest test", test.for_disclosure if test else []),
            "for_withholding": gate.add_all("Public interest test", test.for_withholding if test else []),
            "conclusion": gate.add("Public interest test", test.conclusion if test else None),
            "interest": gate.add("Legitimate interests", li.interest if li else None),
            "necessity": gate.add("Legitimate interests", li.necessity if li else None),
            "balance": gate.add("Legitimate interests", li.balance if li else None),
            "available_at": gate.add("Exemption", claim.available_at),
        })
    redacted = gate.run()
    people.resolve(redactor)

    def pick(index: int | list[int]) -> Any:
        return [redacted[i] for i in index] if isinstance(index, list) else redacted[index]

    exemptions = [CitedExemption(exemption=exemption, parts=sorted(claim.parts),
                                 section=cited_section(exemption, claim.section), likelihood=claim.likelihood,
                                 publication_date=claim.publication_date, provision=act.provision.capitalize(),
                                 ncnd=exemption.ncnd if claim.neither_confirm_nor_deny else None,
                                 **{name: pick(index) for name, index in found.items()})
                  for (exemption, claim), found in zip(claims, claim_texts)]
    parts = []
    for part, (q, a) in zip(request.parts, texts):
        answered = AnsweredPart(number=part.number, question=redacted[q], held=part.held, held_line="",
                                answer=redacted[a], outcome=_part_outcome(request, part))
        answered.held_line = _held_line(request, answered, exemptions)
        parts.append(answered)
    _cite_redactions(request, redactor, people, exemptions, config)
    protected |= {(r.original, r.category) for r in redactor.redactions}
    return Response(request=request, subject=redacted[subject], request_text=redacted[request_text],
                    officer_role=redacted[officer_role], parts=parts, exemptions=exemptions,
                    outcome=_outcome(request, parts, exemptions), redactor=redactor, protected=protected,
                    requester_values=requester_values, people=people)


def _exemption(act: Act, section: str) -> Exemption:
    """The exemption a validated request cites (the request model has checked it exists)."""
    exemption = find_exemption(act, section)
    if exemption is None:
        raise ValueError(f"section {section} is not an exemption of {act.title}")
    return exemption


def _cite_redactions(request: FoiRequest, redactor: Any, people: PeopleIndex,
                     exemptions: list[CitedExemption], config: Config) -> None:
    """Cite, for every part something was removed from, the ground of each removal."""
    act = request.act
    grounds: dict[tuple[str, str, bool], tuple[Any, set[int]]] = {}
    for r in redactor.redactions:
        m = re.fullmatch(r"Part (\d+)", r.location or "")
        if not m or people.is_requester(r):
            continue
        ground = people.ground(r)
        key = (ground.exemption.section, ground.section, ground.deceased)
        grounds.setdefault(key, (ground, set()))[1].add(int(m.group(1)))
    for position, (ground, numbers) in enumerate(grounds.values()):
        cited = next((c for c in exemptions if c.exemption == ground.exemption and c.section == ground.section), None)
        if cited is not None:
            cited.parts = sorted(set(cited.parts) | numbers)
            cited.automatic = True
            cited.deceased = cited.deceased or ground.deceased
            continue
        li = request.personal_data if ground.exemption.section == act.personal_data_section else None
        # Our own template's wording and the officer's test pass the gate too.
        gate = RedactionGate(redactor)
        wording = gate.add("Exemption", _exemption_wording(act, ground.exemption, ground.section, sorted(numbers),
                                                           config, deceased=ground.deceased))
        tests = [gate.add("Legitimate interests", getattr(li, key) if li else None)
                 for key in ("interest", "necessity", "balance")]
        done = gate.run()
        exemptions.insert(position, CitedExemption(
            exemption=ground.exemption, parts=sorted(numbers), automatic=True, section=ground.section,
            deceased=ground.deceased, wording=done[wording], interest=done[tests[0]],
            necessity=done[tests[1]], balance=done[tests[2]], provision=act.provision.capitalize()))


def schedule_redactions(response: Response) -> list[Any]:
    """The redactions as the schedule lists them: each with its ground, the requester's never."""
    people = response.people
    assert people is not None  # set by build_response
    return [replace(r, exemption=people.ground(r).schedule_text(response.act))
            for r in response.redactor.redactions if not people.is_requester(r)]


def response_markdown(response: Response, config: Config, today: date | None = None,
                      personal: bool = False) -> str:
    """The letter as Markdown, from `templates/foi/response.md.j2` (overridable).

    `personal`: the letter to the requester, with their name and address; otherwise the
    anonymised copy for the disclosure log. `today` is not printed: a letter carries a date
    only once `foi sent` has recorded it.
    """
    request = response.request
    outcomes = {p.outcome for p in response.parts}
    if outcomes == {"released"} and {p.held for p in request.parts} == {"held"}:
        held_statement = "The Council holds the information requested."
    elif outcomes == {"not held"}:
        held_statement = "The Council does not hold the information requested."
    else:
        held_statement = "What the Council holds, and what it can release, is set out for each part below."
    requester = request.requester
    context = {
        "act": response.act,
        "reference": request.reference,
        "subject": response.subject,
        "received": request.received,
        "response_date": request.response_date,
        "personal": personal,
        "addressee": [requester.name, *requester.address] if personal else [],
        "salutation": requester.salutation if personal else "Dear Requester",
        "held_statement": held_statement,
        "request_text": response.request_text,
        "parts": response.parts,
        "exemptions": response.exemptions,
        "extension": request.public_interest_extension,
        "eir_extension": request.eir_extension,
        "officer_role": response.officer_role,
        "organisation": config.organisation,
        "internal_review_working_days": config.foi.internal_review_working_days,
    }
    return render_template("foi/response.md.j2", context, config)
