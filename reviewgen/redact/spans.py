"""A candidate span of personal data, its tier, and why it was found.

Shared by the detector's stages and the document-level finders (`people.py`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

REDACT = "redact"
REVIEW = "review"


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that is personal data, before the policy labels it.

    `source` names the recogniser or stage that found it; `priority` decides which of
    overlapping candidates names the merged span; `tier` is `redact` for confident finds and
    `review` for possible personal data a person must decide on."""

    start: int
    end: int
    category: str
    source: str
    priority: int = 50
    label: str | None = None
    tier: str = REDACT

    @property
    def score(self) -> float:
        """How sure the finder is, 0 to 1 (a review-tier find is never above 0.5)."""
        score = min(self.priority, 100) / 100
        return min(score, 0.5) if self.tier == REVIEW else score

    @property
    def reason(self) -> str:
        return reason_for(self.source)



# Why each finder thinks a span is personal data: shown in `detect --jsonl`, proposals and
# the key. Recognisers from the registry are "pattern <name>".
REASONS = {
    "ner": "the entity model tagged a person",
    "ner_single": "the entity model tagged one word as a person",
    "title_name": "a title before a capitalised word",
    "initials_surname": "initials before a surname",
    "dotted_initials": "initials written with full stops",
    "proper_nouns": "a run of proper nouns not tagged as a place or body",
    "given_name": "a known given name",
    "person_role": "a word the sentence says acts or speaks like a person",
    "name_list": "a list of single name words",
    "speaker": "a speaker's label used more than once",
    "carried": "a word of a name found elsewhere in the document",
    "consistent": "a value redacted elsewhere in the document",
    "known": "a known value (denylist, person list or reviewer)",
    "identifier form": "a found name written as an identifier",
    "attendance": "initials in a Present or Apologies list",
    "initials_actor": "initials acting in minutes (asked, presented, ACTION)",
    "initials_carried": "initials the document uses for a person elsewhere",
    "initials_after_name": "initials given in brackets after a full name",
    "letter_person": "a single letter standing for a person",
    "letter_carried": "a letter the document uses for a person elsewhere",
    "judicial_title": "a name after a judicial title",
    "councillors_list": "names after Councillors",
    "initial_surname": "an initial before a surname",
    "case_party": "a party named in a case name or before its role",
    "named_initials": "a name followed by the initials its capitals spell",
    "ner_narrative": "a place or body the entity model found in a judgment's facts",
    "listed_code": "a code of the same shape listed after a case number",
    "counsel": "a name before Q.C. or K.C.",
    "judge_office": "a judge's surname before the letters of their office (LJ, J)",
    "tribunal_panel": "a name after JUDGE or MEMBER on a tribunal's panel line",
    "party_represented": "a party named by the advocate appearing for them",
}


def reason_for(source: str) -> str:
    return REASONS.get(source, f"pattern {source}")




# Review-tier finds that other evidence makes sure: a word the sentence says acts or speaks
# like a person ("Tomomi is from ...", "She named him Luís"), and a run of proper nouns that
# starts with a known given name found on its own ("Sophie Lang").
SURE_BY_ROLE = {"person_role"}


def settle_tiers(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates of one segment, review-tier names moved to `redact` where they are sure."""
    given = {c.start for c in candidates if c.source == "given_name" and c.tier == REDACT}
    return [replace(c, tier=REDACT)
            if c.tier == REVIEW and c.category == "name"
            and (c.source in SURE_BY_ROLE or (c.source == "proper_nouns" and c.start in given))
            else c for c in candidates]
