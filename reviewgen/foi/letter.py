"""Assemble the response letter: every answer redacted by one redactor, exemptions cited.

One `Redactor` serves the whole letter, so a person keeps the same label everywhere
("Young Person A" in part 2 is "Young Person A" in part 4). Personal data removed from
any answer brings the Act's personal-data exemption (FOIA s.40(2), FOISA s.38(1)(b))
into the letter without the officer listing it.

The public letter never names the requester: it is addressed "Dear Requester" and
quotes our reference. Their name and contact details go only in the internal note of
the release pack, for whoever sends the letter. The letter is signed with the officer's
role, not their name (the name is in the internal note too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from string import ascii_uppercase
from typing import Any

from reviewgen.config import Config
from reviewgen.foi.acts import Act, Exemption, find_exemption
from reviewgen.foi.model import FoiRequest, Part
from reviewgen.foi.review_source import review_markdown
from reviewgen.render import render_template

REQUESTER_LABEL = "[Requester]"
DEFAULT_SIGNATURE = "Information Governance Team"
NOT_HELD = "The Council does not hold this information."
HELD_LINE = {"held": "", "partly held": "The Council holds some of this information.", "not held": NOT_HELD}


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

    def run(self) -> list[Redacted]:
        texts = [text for _, text in self._texts]
        done = self.redactor.redact_texts(texts, [where for where, _ in self._texts], markup=True)
        return [Redacted(text) for text in done]


def _gated(instance: object, *names: str) -> None:
    """Refuse a public field that did not pass the gate: a field added later cannot skip it."""
    for name in names:
        value = getattr(instance, name)
        if not isinstance(value, Redacted):
            raise TypeError(f"{type(instance).__name__}.{name} must pass the redaction gate")


# Fields of the letter that hold the officer's or the requester's words.
PART_TEXT = ("question", "answer")
EXEMPTION_TEXT = ("wording", "public_interest_test")
RESPONSE_TEXT = ("subject", "request_text", "officer_role")


@dataclass
class AnsweredPart:
    number: int
    question: Redacted
    held: str
    held_line: str
    answer: Redacted

    def __post_init__(self) -> None:
        _gated(self, *PART_TEXT)


@dataclass
class CitedExemption:
    exemption: Exemption
    parts: list[int]
    wording: Redacted
    public_interest_test: Redacted = field(default_factory=lambda: Redacted(""))
    automatic: bool = False

    def __post_init__(self) -> None:
        _gated(self, *EXEMPTION_TEXT)

    @property
    def heading(self) -> str:
        return f"Section {self.exemption.section}: {self.exemption.title}"


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

    def __init__(self, request: FoiRequest, redactor: Any, protected: set[tuple[str, str]]):
        self.request, self.redactor, self.protected = request, redactor, protected
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
            for value, category, label in review.personal_terms():
                if (value, category) not in self.protected:
                    self.redactor.add_known(value, category, label=_case_labels(label, case_index))
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


def _exemption_wording(act: Act, exemption: Exemption, parts: list[int], config: Config,
                       override: str | None) -> str:
    if override:
        return override.strip()
    context = {"act": act, "exemption": exemption, "parts": parts,
               "organisation": config.organisation}
    return render_template(exemption.template_name(act), context, config).strip()


def _outcome(request: FoiRequest, exemptions: list[CitedExemption]) -> str:
    if request.outcome:
        return request.outcome
    if all(p.held == "not held" for p in request.parts):
        return "not held"
    if exemptions:
        return "released in part"
    if any(p.held != "held" for p in request.parts):
        return "partly held"
    return "released in full"


def build_response(request: FoiRequest, redactor: Any, config: Config) -> Response:
    """Redact every answer with `redactor` and work out the exemptions the letter cites."""
    act = request.act
    protected: set[tuple[str, str]] = set()
    for value, category in request.requester.identifying_values():
        redactor.add_known(value, category, label=REQUESTER_LABEL)
        protected.add((value, category))
    pool = _ReviewPool(request, redactor, protected)

    # Review people must be known before any text is redacted, the request quote included.
    answers = [_answer_text(request, i, part, pool) for i, part in enumerate(request.parts)]
    gate = RedactionGate(redactor)
    subject = gate.add("Subject", request.subject)
    request_text = gate.add("Request", request.request_text)
    officer_role = gate.add("Signature", request.officer.role if request.officer else DEFAULT_SIGNATURE)
    texts = [(gate.add(_location(part.number), part.question), gate.add(_location(part.number), answer))
             for part, answer in zip(request.parts, answers)]
    claims = [(_exemption(act, claim.section), claim) for claim in request.exemptions]
    wordings = [(gate.add("Exemption", _exemption_wording(act, exemption, sorted(claim.parts), config,
                                                          claim.wording)),
                 gate.add("Public interest test", claim.public_interest_test))
                for exemption, claim in claims]
    redacted = gate.run()

    parts = [AnsweredPart(number=part.number, question=redacted[q], held=part.held,
                          held_line=HELD_LINE[part.held], answer=redacted[a])
             for part, (q, a) in zip(request.parts, texts)]
    exemptions = [CitedExemption(exemption=exemption, parts=sorted(claim.parts), wording=redacted[wording],
                                 public_interest_test=redacted[test])
                  for (exemption, claim), (wording, test) in zip(claims, wordings)]
    _cite_personal_data(act, redactor, exemptions, config)
    protected |= {(r.original, r.category) for r in redactor.redactions}
    return Response(request=request, subject=redacted[subject], request_text=redacted[request_text],
                    officer_role=redacted[officer_role], parts=parts, exemptions=exemptions,
                    outcome=_outcome(request, exemptions), redactor=redactor, protected=protected)


def _exemption(act: Act, section: str) -> Exemption:
    """The exemption a validated request cites (the request model has checked it exists)."""
    exemption = find_exemption(act, section)
    if exemption is None:
        raise ValueError(f"section {section} is not an exemption of {act.title}")
    return exemption


def _cite_personal_data(act: Act, redactor: Any, exemptions: list[CitedExemption], config: Config) -> None:
    """Cite the personal-data exemption for every part something was removed from."""
    numbers = sorted({int(m.group(1)) for r in redactor.redactions
                      if (m := re.fullmatch(r"Part (\d+)", r.location or ""))})
    if not numbers:
        return
    exemption = _exemption(act, act.personal_data_section)
    for cited in exemptions:
        if cited.exemption == exemption:
            cited.parts = sorted(set(cited.parts) | set(numbers))
            cited.automatic = True
            return
    # Our own template's wording: it passes the gate too, so a letter holds no other text.
    wording = RedactionGate(redactor)
    wording.add("Exemption", _exemption_wording(act, exemption, numbers, config, None))
    exemptions.insert(0, CitedExemption(exemption=exemption, parts=numbers, automatic=True,
                                        wording=wording.run()[0]))


def response_markdown(response: Response, config: Config, today: date | None = None) -> str:
    """The letter as Markdown, from `templates/foi/response.md.j2` (overridable)."""
    request = response.request
    held = {p.held for p in request.parts}
    if held == {"held"}:
        held_statement = "The Council holds the information requested."
    elif held == {"not held"}:
        held_statement = "The Council does not hold the information requested."
    else:
        held_statement = "The Council holds some of the information requested."
    context = {
        "act": response.act,
        "reference": request.reference,
        "subject": response.subject,
        "received": request.received,
        "response_date": request.response_date or request.decision_date or today or date.today(),
        "held_statement": held_statement,
        "request_text": response.request_text,
        "parts": response.parts,
        "exemptions": response.exemptions,
        "officer_role": response.officer_role,
        "organisation": config.organisation,
        "internal_review_working_days": config.foi.internal_review_working_days,
    }
    return render_template("foi/response.md.j2", context, config)

