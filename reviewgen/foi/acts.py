"""The four access regimes and their exemptions, in one table.

An authority in England, Wales or Northern Ireland answers under the Freedom of
Information Act 2000 (FOIA) or, for environmental information, the Environmental
Information Regulations 2004 (EIR); a Scottish authority under the Freedom of Information
(Scotland) Act 2002 (FOISA) or the Environmental Information (Scotland) Regulations 2004
(EISR). The regime decides the working-day calendar, the provisions cited (sections or
regulations, with their subsections), the wording of the review and appeal rights and who
hears complaints. docs/foi-law.md gives the source of each rule.

Each exemption's standard wording is a Jinja2 template,
`templates/foi/exemptions/<act>-<slug>.md.j2`, so an organisation can override it from
its own templates folder; a request can also override it for one response.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reviewgen.workingdays import JURISDICTION_CALENDAR, CalendarName

Jurisdiction = Literal["england", "wales", "northern-ireland", "scotland"]
# absolute: no public interest test; qualified: a public interest test; cost limit and
# refusal (s.14, s.40(1)) stand outside both.
Kind = Literal["absolute", "qualified", "cost limit", "refusal"]
ActKey = Literal["foia", "foisa", "eir", "eisr"]


@dataclass(frozen=True)
class Act:
    key: ActKey  # also the template prefix
    title: str
    calendar: CalendarName
    provision: str  # "section" or "regulation"
    regulator: str
    regulator_contact: tuple[str, ...]
    personal_data_section: str  # living third parties: cited for every redaction of them
    own_data_section: str  # the requester's own personal data: a subject access request
    deadline_section: str  # the 20 working days
    review_section: str  # the authority's own review
    complaint_section: str  # application to the regulator
    review_mandatory: bool  # FOISA s.21 and EISR reg 16: the authority *must* review in 20 working days
    appeal: str  # after the regulator's decision
    environmental: bool = False

    @property
    def abbreviation(self) -> str:
        return "s." if self.provision == "section" else "reg."

    def cite(self, section: str) -> str:
        """'section 40(2) of the Freedom of Information Act 2000'."""
        return f"{self.provision} {section} of the {self.title}"


@dataclass(frozen=True)
class Exemption:
    section: str  # as the table key: "31", "40(2)", "12(5)(b)"
    title: str
    kind: Kind
    slug: str
    prejudice: bool = False  # a harm test: the officer states "would" or "would be likely to"
    subsections: tuple[str, ...] = ()  # a citation must name one of these
    ncnd: str | None = None  # the provision that lets the authority neither confirm nor deny
    deceased: bool = False  # names the ground the regulator's guidance gives for the dead

    @property
    def needs_public_interest_test(self) -> bool:
        return self.kind == "qualified"

    def template_name(self, act: Act) -> str:
        return f"foi/exemptions/{act.key}-{self.slug}.md.j2"


FOIA = Act(
    key="foia",
    title="Freedom of Information Act 2000",
    calendar="foia",
    provision="section",
    regulator="Information Commissioner's Office",
    regulator_contact=(
        "Information Commissioner's Office", "Wycliffe House", "Water Lane", "Wilmslow",
        "Cheshire", "SK9 5AF", "https://ico.org.uk/make-a-complaint/",
    ),
    personal_data_section="40(2)",
    own_data_section="40(1)",
    deadline_section="10(1)",
    review_section="45 (the section 45 code of practice)",
    complaint_section="50",
    review_mandatory=False,
    appeal="If you disagree with the Commissioner's decision notice you can appeal to the First-tier "
           "Tribunal (General Regulatory Chamber) within 28 days (section 57 of the Act).",
)

FOISA = Act(
    key="foisa",
    title="Freedom of Information (Scotland) Act 2002",
    calendar="foisa",
    provision="section",
    regulator="Scottish Information Commissioner",
    regulator_contact=(
        "Scottish Information Commissioner", "Kinburn Castle", "Doubledykes Road",
        "St Andrews", "Fife", "KY16 9DS", "https://www.foi.scot/appeal",
    ),
    personal_data_section="38(1)(b)",
    own_data_section="38(1)(a)",
    deadline_section="10(1)",
    review_section="20",
    complaint_section="47(1)",
    review_mandatory=True,
    appeal="If you disagree with the Commissioner's decision, you have a right of appeal to the Court of "
           "Session on a point of law only, within 42 days of the date you receive the decision "
           "(section 56 of the Act).",
)

EIR = Act(
    key="eir",
    title="Environmental Information Regulations 2004",
    calendar="foia",
    provision="regulation",
    regulator=FOIA.regulator,
    regulator_contact=FOIA.regulator_contact,
    personal_data_section="13(1)",
    own_data_section="5(3)",
    deadline_section="5(2)",
    review_section="11",
    complaint_section="18 (which applies section 50 of the Freedom of Information Act 2000)",
    review_mandatory=False,
    appeal="If you disagree with the Commissioner's decision notice you can appeal to the First-tier "
           "Tribunal (General Regulatory Chamber) within 28 days (section 57 of the Freedom of Information "
           "Act 2000, as applied by regulation 18).",
    environmental=True,
)

EISR = Act(
    key="eisr",
    title="Environmental Information (Scotland) Regulations 2004",
    calendar="foisa",
    provision="regulation",
    regulator=FOISA.regulator,
    regulator_contact=FOISA.regulator_contact,
    personal_data_section="11(2)",
    own_data_section="11(1)",
    deadline_section="5(2)(a)",
    review_section="16",
    complaint_section="17 (which applies section 47 of the Freedom of Information (Scotland) Act 2002)",
    review_mandatory=True,
    appeal=FOISA.appeal.replace("(section 56 of the Act)",
                                "(section 56 of the Freedom of Information (Scotland) Act 2002, as "
                                "applied by regulation 17)"),
    environmental=True,
)

ACTS: dict[str, Act] = {act.key: act for act in (FOIA, FOISA, EIR, EISR)}

E = Exemption
EXEMPTIONS: dict[str, dict[str, Exemption]] = {
    "foia": {e.section: e for e in (
        E("12", "Cost of compliance exceeds the appropriate limit", "cost limit", "s12-cost", subsections=("12(1)",)),
        E("14", "Vexatious or repeated requests", "refusal", "s14-vexatious", subsections=("14(1)", "14(2)")),
        E("21", "Information accessible to the applicant by other means", "absolute", "s21-accessible",
          subsections=("21(1)",)),
        E("22", "Information intended for future publication", "qualified", "s22-future-publication",
          subsections=("22(1)",), ncnd="22(2)"),
        E("30", "Investigations and proceedings", "qualified", "s30-investigations",
          subsections=("30(1)(a)", "30(1)(b)", "30(1)(c)", "30(2)"), ncnd="30(3)"),
        E("31", "Law enforcement", "qualified", "s31-law-enforcement", prejudice=True,
          subsections=("31(1)(a)", "31(1)(b)", "31(1)(c)", "31(1)(g)"), ncnd="31(3)"),
        E("32", "Court records", "absolute", "s32-court-records",
          subsections=("32(1)(a)", "32(1)(b)", "32(1)(c)", "32(2)"), ncnd="32(3)"),
        E("36", "Prejudice to effective conduct of public affairs", "qualified", "s36-public-affairs",
          prejudice=True, subsections=("36(2)(b)(i)", "36(2)(b)(ii)", "36(2)(c)"), ncnd="36(3)"),
        E("38", "Health and safety", "qualified", "s38-health-safety", prejudice=True,
          subsections=("38(1)(a)", "38(1)(b)"), ncnd="38(2)", deceased=True),
        E("40(1)", "The requester's own personal data", "refusal", "s40-1-own-data", ncnd="40(5A)"),
        E("40(2)", "Personal information", "absolute", "s40-personal", ncnd="40(5B)"),
        E("41", "Information provided in confidence", "absolute", "s41-confidence", subsections=("41(1)",),
          ncnd="41(2)", deceased=True),
        E("42", "Legal professional privilege", "qualified", "s42-legal-privilege", subsections=("42(1)",),
          ncnd="42(2)"),
        E("43", "Commercial interests", "qualified", "s43-commercial", prejudice=True,
          subsections=("43(1)", "43(2)"), ncnd="43(3)"),
        E("44", "Prohibitions on disclosure", "absolute", "s44-prohibitions",
          subsections=("44(1)(a)", "44(1)(b)", "44(1)(c)"), ncnd="44(2)"),
    )},
    "foisa": {e.section: e for e in (
        E("12", "Excessive cost of compliance", "cost limit", "s12-cost", subsections=("12(1)",)),
        E("14", "Vexatious or repeated requests", "refusal", "s14-vexatious", subsections=("14(1)", "14(2)")),
        E("25", "Information otherwise accessible", "absolute", "s25-accessible", subsections=("25(1)",)),
        E("26", "Prohibitions on disclosure", "absolute", "s26-prohibitions",
          subsections=("26(a)", "26(b)", "26(c)"), ncnd="18(1)"),
        E("27", "Information intended for future publication", "qualified", "s27-future-publication",
          subsections=("27(1)",), ncnd="18(1)"),
        E("30", "Prejudice to effective conduct of public affairs", "qualified", "s30-public-affairs",
          prejudice=True, subsections=("30(a)", "30(b)(i)", "30(b)(ii)", "30(c)"), ncnd="18(1)"),
        E("34", "Investigations by Scottish public authorities", "qualified", "s34-investigations",
          subsections=("34(1)(a)", "34(1)(b)", "34(3)"), ncnd="18(1)"),
        E("35", "Law enforcement", "qualified", "s35-law-enforcement", prejudice=True,
          subsections=("35(1)(a)", "35(1)(b)", "35(1)(c)"), ncnd="18(1)"),
        E("36", "Confidentiality", "absolute", "s36-confidence", subsections=("36(2)",), deceased=True),
        E("37", "Court records", "absolute", "s37-court-records", subsections=("37(1)(a)", "37(1)(b)")),
        E("38(1)(a)", "The requester's own personal data", "refusal", "s38-1-a-own-data"),
        E("38(1)(b)", "Personal information", "absolute", "s38-personal", ncnd="18(1)"),
        E("38(1)(d)", "A deceased person's health record", "absolute", "s38-1-d-health-record",
          deceased=True),
        E("39", "Health, safety and the environment", "qualified", "s39-health-safety", prejudice=True,
          subsections=("39(1)",), ncnd="18(1)", deceased=True),
    )},
    "eir": {e.section: e for e in (
        E("12(4)(b)", "Manifestly unreasonable request", "qualified", "r12-4-b-manifestly-unreasonable"),
        E("12(4)(d)", "Material in the course of completion", "qualified", "r12-4-d-unfinished"),
        E("12(4)(e)", "Internal communications", "qualified", "r12-4-e-internal"),
        E("12(5)(a)", "Public safety", "qualified", "r12-5-a-public-safety", ncnd="12(6)"),
        E("12(5)(b)", "The course of justice and inquiries", "qualified", "r12-5-b-course-of-justice"),
        E("12(5)(f)", "Interests of the person who provided the information", "qualified",
          "r12-5-f-provider", deceased=True),
        E("5(3)", "The requester's own personal data", "refusal", "r5-3-own-data"),
        E("13(1)", "Personal data", "absolute", "r13-personal", ncnd="13(5A)"),
    )},
    "eisr": {e.section: e for e in (
        E("10(4)(b)", "Manifestly unreasonable request", "qualified", "r10-4-b-manifestly-unreasonable"),
        E("10(4)(d)", "Material in the course of completion", "qualified", "r10-4-d-unfinished"),
        E("10(4)(e)", "Internal communications", "qualified", "r10-4-e-internal"),
        # EISR reg 10(5) keeps FOISA's harm test: "would, or would be likely to, prejudice substantially".
        E("10(5)(a)", "Public safety", "qualified", "r10-5-a-public-safety", prejudice=True, ncnd="10(8)"),
        E("10(5)(b)", "The course of justice and inquiries", "qualified", "r10-5-b-course-of-justice",
          prejudice=True),
        E("10(5)(f)", "Interests of the person who provided the information", "qualified",
          "r10-5-f-provider", prejudice=True, deceased=True),
        E("11(1)", "The requester's own personal data", "refusal", "r11-1-own-data"),
        E("11(2)", "Personal data", "absolute", "r11-personal", ncnd="11(6)"),
    )},
}
del E

# The ground the regulator's guidance names for a deceased person's data (s.40 and its
# equivalents cover only the living): (default, for a health record).
DECEASED_SECTIONS: dict[str, tuple[str, str]] = {
    "foia": ("41(1)", "41(1)"),
    "foisa": ("36(2)", "38(1)(d)"),
    "eir": ("12(5)(f)", "12(5)(f)"),
    "eisr": ("10(5)(f)", "10(5)(f)"),
}

# Exemptions that an outcome of a part names: already published, intended for publication.
ACCESSIBLE = {"foia": "21", "foisa": "25"}
FUTURE_PUBLICATION = {"foia": "22", "foisa": "27"}


def act_for(jurisdiction: str, environmental: bool = False) -> Act:
    """The regime a request to an authority in `jurisdiction` is answered under."""
    scottish = JURISDICTION_CALENDAR[jurisdiction] == "foisa"
    if environmental:
        return EISR if scottish else EIR
    return FOISA if scottish else FOIA


def normalise_section(section: str) -> str:
    """'s.40(2)', 'section 40 (2)', 'reg 13(1)' and 'regulation 13(1)' lose their prefix and spaces."""
    text = str(section).strip().lower().replace(" ", "")
    text = re.sub(r"^(section|regulation|reg\.?|s\.?)(?=\d)", "", text)
    return text


def find_exemption(act: Act, section: str) -> Exemption | None:
    """The exemption `section` cites, by its table key or as a subsection of one ('31(1)(a)')."""
    text = normalise_section(section)
    table = EXEMPTIONS[act.key]
    if text in table:
        return table[text]
    for key in sorted(table, key=len, reverse=True):
        exemption = table[key]
        if text in exemption.subsections or (text.startswith(key + "(") and not exemption.subsections):
            return exemption
    return None


def known_sections(act: Act) -> list[str]:
    return list(EXEMPTIONS[act.key])


def cited_section(exemption: Exemption, section: str) -> str:
    """The provision as cited: the subsection given when it is one the table knows."""
    text = normalise_section(section)
    return text if text in exemption.subsections else exemption.section
