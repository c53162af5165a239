"""Is the refusal notice complete? Every element FOIA s.17 (FOISA s.16, EIR reg 14, EISR
reg 13) asks for, checked per exemption claimed, before a pack can be written.

The request model checks the shape of the input (exit 2). This checks what a lawyer
would check in the letter: the provision with its subsection, why it applies in the
officer's own words, the finding on likelihood for a harm test, both sides of the public
interest and the conclusion, the three-part legitimate-interests test for personal data,
where published information is and when intended publication is, and the time limits
of an extension. Each missing element is named with its place and how to supply it.
docs/foi-law.md gives the source of each element.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reviewgen.foi.acts import ACCESSIBLE, FUTURE_PUBLICATION, Exemption, find_exemption, normalise_section
from reviewgen.foi.deadlines import due_date
from reviewgen.foi.model import ExemptionClaim, FoiRequest, LegitimateInterests
from reviewgen.workingdays import add_working_days

# FOISA s.27(1)(a): publication must be intended within twelve weeks of the request.
FOISA_FUTURE_PUBLICATION_WEEKS = 12
# ICO guidance on s.10(3): a public interest extension should normally be no more than
# 20 working days beyond the statutory deadline.
ICO_EXTENSION_WORKING_DAYS = 20
EIR_EXTENDED_WORKING_DAYS = 40  # EIR / EISR reg 7(1)


@dataclass(frozen=True)
class Missing:
    where: str  # field path in the request, e.g. "exemptions[1]"
    element: str  # what a complete notice needs, e.g. "likelihood"
    fix: str

    def __str__(self) -> str:
        return f"{self.where}: missing {self.element}: {self.fix}"


LI_PARTS = (("interest", "legitimate interest (part 1 of 3)"),
            ("necessity", "necessity test (part 2 of 3)"),
            ("balance", "balancing test (part 3 of 3)"))


def _legitimate_interests(where: str, test: LegitimateInterests | None, section: str) -> list[Missing]:
    return [Missing(where, element, f"add `legitimate_interests: {{{key}: ...}}` in your own words: "
                    f"section {section} needs the three-part test")
            for key, element in LI_PARTS if not (getattr(test, key, None) or "").strip()]


def _claim_problems(request: FoiRequest, index: int, claim: ExemptionClaim, exemption: Exemption) -> list[Missing]:
    act = request.act
    where = f"exemptions[{index}] ({act.abbreviation}{exemption.section})"
    found: list[Missing] = []
    if exemption.subsections and normalise_section(claim.section) not in exemption.subsections:
        found.append(Missing(where, "subsection", f"cite one of {', '.join(exemption.subsections)}"))
    needs_reasons = exemption.needs_public_interest_test or exemption.prejudice or exemption.section == "14"
    if needs_reasons and not (claim.reasons or "").strip():
        found.append(Missing(where, "reasons why the exemption applies",
                             "add `reasons:` saying, for this information, why it is exempt"))
    if exemption.prejudice and claim.likelihood is None:
        found.append(Missing(where, "likelihood of prejudice",
                             "add `likelihood: would` or `likelihood: would be likely to` (the finding)"))
    if exemption.needs_public_interest_test:
        test = claim.public_interest
        if not (test and test.for_disclosure):
            found.append(Missing(where, "public interest factors in favour of disclosure",
                                 "add `public_interest: {for_disclosure: [...]}`"))
        if not (test and test.for_withholding):
            found.append(Missing(where, "public interest factors in favour of withholding",
                                 "add `public_interest: {for_withholding: [...]}`"))
        if not (test and (test.conclusion or "").strip()):
            found.append(Missing(where, "public interest conclusion",
                                 "add `public_interest: {conclusion: ...}`: where the balance lies"))
    if exemption.section == act.personal_data_section:
        found += _legitimate_interests(where, claim.legitimate_interests or request.personal_data,
                                       exemption.section)
    if exemption.section == ACCESSIBLE.get(act.key) and not (claim.available_at or "").strip():
        found.append(Missing(where, "where the information is available",
                             "add `available_at:` with the address or web page"))
    if exemption.section == FUTURE_PUBLICATION.get(act.key):
        if claim.publication_date is None:
            found.append(Missing(where, "intended publication date", "add `publication_date: YYYY-MM-DD`"))
        elif act.key == "foisa" and claim.publication_date > request.received + timedelta(
                weeks=FOISA_FUTURE_PUBLICATION_WEEKS):
            found.append(Missing(where, "publication within twelve weeks (s.27(1)(a))",
                                 "section 27(1) covers publication within 12 weeks of the request; "
                                 "choose another exemption or release the information"))
    if claim.neither_confirm_nor_deny and exemption.ncnd is None:
        found.append(Missing(where, "a neither-confirm-nor-deny provision",
                             f"{act.abbreviation}{exemption.section} has none: confirm whether it is held"))
    return found


def _extension_problems(request: FoiRequest, working_days: int) -> list[Missing]:
    found: list[Missing] = []
    statutory = due_date(request.received, request.jurisdiction, request.pauses(), working_days)
    extension = request.public_interest_extension
    if extension is not None:
        if not any((e := find_exemption(request.act, c.section)) and e.needs_public_interest_test
                   for c in request.exemptions):
            found.append(Missing("public_interest_extension", "a qualified exemption",
                                 "s.10(3) extends only to consider the public interest of a qualified exemption"))
        if statutory and extension.notice_date > statutory:
            found.append(Missing("public_interest_extension", "an s.17(2) notice within the 20 working days",
                                 f"the holding notice had to be sent by {statutory.isoformat()}"))
        limit = add_working_days(statutory, ICO_EXTENSION_WORKING_DAYS, request.act.calendar) if statutory else None
        if limit and extension.new_date > limit:
            found.append(Missing("public_interest_extension", "a new date within 20 further working days",
                                 f"ICO guidance: normally no later than {limit.isoformat()}"))
    if request.eir_extension and statutory and request.eir_extension.notice_date > statutory:
        found.append(Missing("eir_extension", "notice of the extension within the 20 working days",
                             f"regulation 7(3): the requester had to be told by {statutory.isoformat()}"))
    return found


def notice_problems(request: FoiRequest, personal_data_withheld: bool = False,
                    working_days: int = 20) -> list[Missing]:
    """Every element missing from the refusal notice `request` would produce.

    `personal_data_withheld`: living people's data was removed from the answers, so the
    Act's personal-data exemption is cited and needs its legitimate-interests test even
    when the officer did not claim it.
    """
    act = request.act
    found: list[Missing] = []
    personal_claimed = False
    for index, claim in enumerate(request.exemptions):
        exemption = find_exemption(act, claim.section)
        if exemption is None:
            continue  # the request model reports an unknown section
        personal_claimed |= exemption.section == act.personal_data_section
        found += _claim_problems(request, index, claim, exemption)
    if personal_data_withheld and not personal_claimed:
        found += _legitimate_interests("personal_data", request.personal_data, act.personal_data_section)
    found += _extension_problems(request, working_days)
    return found


def statutory_due(request: FoiRequest, working_days: int = 20) -> date | None:
    """The due date after any extension: reg 7(1)'s 40 working days, or the s.10(3) new date."""
    if request.public_interest_extension is not None:
        return request.public_interest_extension.new_date
    days = EIR_EXTENDED_WORKING_DAYS if request.eir_extension else working_days
    return due_date(request.received, request.jurisdiction, request.pauses(), days)
