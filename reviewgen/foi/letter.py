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
from typing import Any, Optional

from reviewgen.config import Config
from reviewgen.foi.acts import Act, Exemption, find_exemption
from reviewgen.foi.model import FoiRequest, Part
from reviewgen.foi.review_source import review_markdown
from reviewgen.render import render_template

REQUESTER_LABEL = "[Requester]"
NOT_HELD = "The Council does not hold this information."
HELD_LINE = {"held": "", "partly held": "The Council holds some of this information.", "not held": NOT_HELD}


@dataclass
class AnsweredPart:
    number: int
    question: str
    held: str
    held_line: str
    answer: str


@dataclass
class CitedExemption:
    exemption: Exemption
    parts: list[int]
    wording: str
    public_interest_test: str = ""
    automatic: bool = False

    @property
    def heading(self) -> str:
        return f"Section {self.exemption.section}: {self.exemption.title}"


@dataclass
class Response:
    """A response ready for the template: all text already redacted."""

    request: FoiRequest
    subject: str
    request_text: str
    parts: list[AnsweredPart]
    exemptions: list[CitedExemption]
    outcome: str
    redactor: Any
    # Every value that must not appear in a public file, for `verify`.
    protected: set[str] = field(default_factory=set)

    @property
    def act(self) -> Act:
        return self.request.act


def _location(number: int) -> str:
    return f"Part {number}"


def _case_labels(label: Optional[str], case_index: int) -> Optional[str]:
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

    def __init__(self, request: FoiRequest, redactor: Any, protected: set[str]):
        self.request, self.redactor, self.protected = request, redactor, protected
        self.loaded: dict[Path, tuple[int, dict]] = {}
        self.children: dict[str, int] = {}
        files = {request.resolve(p.from_review.file).resolve() for p in request.parts if p.from_review}
        self.several = len(files) > 1  # then each review's material is headed "Case 1", "Case 2"

    def data(self, part: Part) -> tuple[int, dict]:
        """(case index, the review's fields as plain data) for the review a part draws on."""
        from reviewgen.review import load_review  # the review package is only needed here

        path = self.request.resolve(part.from_review.file).resolve()
        if path not in self.loaded:
            review = load_review(path)
            child = " ".join(review.child.name.split()).casefold()
            case_index = self.children.setdefault(child, len(self.children))
            for value, category, label in review.personal_terms():
                if value not in self.protected:
                    self.redactor.add_known(value, category, label=_case_labels(label, case_index))
                    self.protected.add(value)
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
                       override: Optional[str]) -> str:
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
    protected = set()
    for value, category in request.requester.identifying_values():
        redactor.add_known(value, category, label=REQUESTER_LABEL)
        protected.add(value)
    pool = _ReviewPool(request, redactor, protected)

    # Review people must be known before any text is redacted, the request quote included.
    answers = [_answer_text(request, i, part, pool) for i, part in enumerate(request.parts)]
    # Everything goes to the redactor as one document, so a name it finds in one part is
    # removed from every other part too.
    segments: list[tuple[str, str]] = [("Request", request.request_text.strip())]
    for part, answer in zip(request.parts, answers):
        segments += [(_location(part.number), part.question), (_location(part.number), answer)]
    segments += [("Public interest test", (claim.public_interest_test or "").strip()) for claim in request.exemptions]
    redacted = iter(redactor.redact_texts([text for _, text in segments], [where for where, _ in segments]))

    request_text = next(redacted)
    parts = [AnsweredPart(number=part.number, question=next(redacted), held=part.held,
                          held_line=HELD_LINE[part.held], answer=next(redacted))
             for part in request.parts]
    exemptions = []
    for claim in request.exemptions:
        exemption = find_exemption(act, claim.section)
        exemptions.append(CitedExemption(
            exemption=exemption, parts=sorted(claim.parts),
            wording=_exemption_wording(act, exemption, sorted(claim.parts), config, claim.wording),
            public_interest_test=next(redacted),
        ))
    _cite_personal_data(act, redactor, exemptions, config)
    protected |= {r.original for r in redactor.redactions}
    return Response(request=request, subject=request.subject, request_text=request_text, parts=parts,
                    exemptions=exemptions, outcome=_outcome(request, exemptions), redactor=redactor,
                    protected=protected)


def _cite_personal_data(act: Act, redactor: Any, exemptions: list[CitedExemption], config: Config) -> None:
    """Cite the personal-data exemption for every part something was removed from."""
    numbers = sorted({int(m.group(1)) for r in redactor.redactions
                      if (m := re.fullmatch(r"Part (\d+)", r.location or ""))})
    if not numbers:
        return
    exemption = find_exemption(act, act.personal_data_section)
    for cited in exemptions:
        if cited.exemption == exemption:
            cited.parts = sorted(set(cited.parts) | set(numbers))
            cited.automatic = True
            return
    exemptions.insert(0, CitedExemption(
        exemption=exemption, parts=numbers, automatic=True,
        wording=_exemption_wording(act, exemption, numbers, config, None),
    ))


def response_markdown(response: Response, config: Config, today: Optional[date] = None) -> str:
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
        "officer_role": request.officer.role if request.officer else "Information Governance Team",
        "organisation": config.organisation,
        "internal_review_working_days": config.foi.internal_review_working_days,
    }
    return render_template("foi/response.md.j2", context, config)

