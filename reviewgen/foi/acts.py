"""The two Acts and their exemptions, in one table.

England, Wales and Northern Ireland answer under the Freedom of Information Act 2000
(FOIA); Scotland under the Freedom of Information (Scotland) Act 2002 (FOISA). The Act
decides the working-day calendar, the section numbers cited and who hears complaints.

Each exemption's standard wording is a Jinja2 template,
`templates/foi/exemptions/<act>-<slug>.md.j2`, so an organisation can override it from
its own templates folder; a request can also override it for one response.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reviewgen.workingdays import JURISDICTION_CALENDAR, CalendarName

Jurisdiction = Literal["england", "wales", "northern-ireland", "scotland"]
Kind = Literal["absolute", "qualified", "cost limit"]


@dataclass(frozen=True)
class Act:
    key: str  # "foia" / "foisa": also the calendar name and the template prefix
    title: str
    short: str
    regulator: str
    regulator_contact: tuple[str, ...]
    personal_data_section: str  # cited automatically when anything was redacted


@dataclass(frozen=True)
class Exemption:
    section: str
    title: str
    kind: Kind
    slug: str

    @property
    def needs_public_interest_test(self) -> bool:
        return self.kind == "qualified"

    def template_name(self, act: Act) -> str:
        return f"foi/exemptions/{act.key}-{self.slug}.md.j2"


FOIA = Act(
    key="foia",
    title="Freedom of Information Act 2000",
    short="the Act",
    regulator="Information Commissioner's Office",
    regulator_contact=(
        "Information Commissioner's Office", "Wycliffe House", "Water Lane", "Wilmslow",
        "Cheshire", "SK9 5AF", "https://ico.org.uk/make-a-complaint/",
    ),
    personal_data_section="40(2)",
)

FOISA = Act(
    key="foisa",
    title="Freedom of Information (Scotland) Act 2002",
    short="the Act",
    regulator="Scottish Information Commissioner",
    regulator_contact=(
        "Scottish Information Commissioner", "Kinburn Castle", "Doubledykes Road",
        "St Andrews", "Fife", "KY16 9DS", "https://www.foi.scot/appeal",
    ),
    personal_data_section="38(1)(b)",
)

ACTS: dict[CalendarName, Act] = {"foia": FOIA, "foisa": FOISA}

EXEMPTIONS: dict[str, dict[str, Exemption]] = {
    "foia": {
        e.section: e
        for e in (
            Exemption("12", "Cost of compliance exceeds the appropriate limit", "cost limit", "s12-cost"),
            Exemption("21", "Information accessible to the applicant by other means", "absolute", "s21-accessible"),
            Exemption("22", "Information intended for future publication", "qualified", "s22-future-publication"),
            Exemption("30", "Investigations and proceedings", "qualified", "s30-investigations"),
            Exemption("31", "Law enforcement", "qualified", "s31-law-enforcement"),
            Exemption("36", "Prejudice to effective conduct of public affairs", "qualified", "s36-public-affairs"),
            Exemption("38", "Health and safety", "qualified", "s38-health-safety"),
            Exemption("40(2)", "Personal information", "absolute", "s40-personal"),
            Exemption("41", "Information provided in confidence", "absolute", "s41-confidence"),
            Exemption("42", "Legal professional privilege", "qualified", "s42-legal-privilege"),
            Exemption("43", "Commercial interests", "qualified", "s43-commercial"),
        )
    },
    "foisa": {
        e.section: e
        for e in (
            Exemption("12", "Excessive cost of compliance", "cost limit", "s12-cost"),
            Exemption("25", "Information otherwise accessible", "absolute", "s25-accessible"),
            Exemption("27", "Information intended for future publication", "qualified", "s27-future-publication"),
            Exemption("30", "Prejudice to effective conduct of public affairs", "qualified", "s30-public-affairs"),
            Exemption("34", "Investigations by Scottish public authorities", "qualified", "s34-investigations"),
            Exemption("35", "Law enforcement", "qualified", "s35-law-enforcement"),
            Exemption("36(2)", "Confidentiality", "absolute", "s36-confidence"),
            Exemption("38(1)(b)", "Personal information", "absolute", "s38-personal"),
            Exemption("39(1)", "Health, safety and the environment", "qualified", "s39-health-safety"),
        )
    },
}


def act_for(jurisdiction: Jurisdiction) -> Act:
    """The Act a request from an authority in `jurisdiction` is answered under."""
    return ACTS[JURISDICTION_CALENDAR[jurisdiction]]


def normalise_section(section: str) -> str:
    """'s.40(2)', 'section 40(2)' and '40 (2)' all name the same section: '40(2)'."""
    text = str(section).strip().lower().replace(" ", "")
    for prefix in ("section", "s."):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    if text.startswith("s") and text[1:2].isdigit():
        text = text[1:]
    return text


def find_exemption(act: Act, section: str) -> Exemption | None:
    return EXEMPTIONS[act.key].get(normalise_section(section))


def known_sections(act: Act) -> list[str]:
    return list(EXEMPTIONS[act.key])
