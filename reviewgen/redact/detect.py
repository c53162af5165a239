"""Find personal data in text: a declared pipeline of stages (`PIPELINE`, near the end).

1. candidates: the registry's pattern recognisers, spaCy's entity recogniser (one
   recogniser among the others, as in Presidio), the name `Matcher` (titles, initials),
   name patterns, and people written as initials or letters (`people.py`);
2. filters: the policy's allowlist and a reviewer's keeps, places and bodies' qualifiers,
   everyday words the model alone took for names, categories the policy keeps;
3. carry: every word of a name found anywhere is found everywhere else in the document,
   as are initials used for a person, names spelled out in emails and known values;
4. merge: overlapping candidates become one span, the strongest deciding the category;
5. consistency: a value redacted once is redacted wherever it recurs.
Labels come last, from the Redactor. Every span carries its `source`, a `score` and a
`tier`: `redact` for confident finds, `review` for possible personal data a person decides.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from reviewgen.errors import InputError
from reviewgen.redact.people import people_by_initials
from reviewgen.redact.policy import Policy, phrase_regex
from reviewgen.redact.recognisers import Recogniser, extend_address
from reviewgen.redact.registry import load_registry
from reviewgen.redact.spans import REDACT, REVIEW, Candidate, reason_for, settle_tiers  # noqa: F401 - re-exported
from reviewgen.redact.trie import trie_regex, words_unit
from reviewgen.redact.wordlists import WordLists, load_word_lists, shipped_word_lists

# Pipes the recognisers never read: left out for speed. The attribute ruler only maps the
# tagger's fine tags to coarse ones; the detector reads the fine tags (`tag_`) directly.
UNUSED_PIPES = ("parser", "lemmatizer", "senter", "attribute_ruler")
PROPER_NOUN_TAGS = {"NNP", "NNPS"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}

TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "sir", "dame",
          "lady", "lord", "dc", "ds", "di", "dci", "dsi", "pc", "pcso", "sgt", "sergeant",
          "insp", "inspector", "cllr", "councillor", "judge", "hhj", "superintendent", "supt",
          "constable", "sister", "nurse")
# Titles that only ever come before a name ("Mr Will Young"), unlike ranks and jobs ("Nurse").
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "lady", "lord",
              "dc", "ds", "di", "dci", "dsi", "pc", "pcso", "cllr", "councillor", "hhj"}
TITLE_FORMS = sorted({t for t in TITLES} | {t + "." for t in TITLES})
# Words after a title that are another title or an office, never the name: "LORD JUSTICE
# HOLROYDE", "the Lord Mayor", "Lord Lieutenant".
JUDICIAL_WORDS = {"justice", "honour", "judge", "judges", "lord", "lady", "mr", "mrs", "ms", "sir",
                  "mayor", "mayoress", "lieutenant", "chancellor", "chief", "president", "bishop"}
# Capitalised words that start sentences or headings but are never name parts.
NOT_NAME_WORDS = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
    "he", "she", "they", "his", "her", "their", "it", "we", "i", "you", "my", "our", "your",
    "this", "that", "these", "those", "there", "here", "mr", "mrs", "ms", "miss", "dr",
    "young", "person", "child", "mother", "father", "mum", "dad", "parent", "carer", "sister",
    "brother", "nan", "grandmother", "grandfather", "aunt", "uncle", "case", "manager",
    "worker", "officer", "team", "service", "council", "school", "police", "court", "board",
    "report", "review", "section", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "yes", "no", "not", "all",
    "email", "e-mail", "phone", "tel", "mobile", "address", "name", "dear", "regards",
    "thanks", "hi", "hello", "date", "dob", "born", "aged", "age", "ref", "re", "subject",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "nobody", "somebody",
    "someone", "anyone", "anybody", "everyone", "everybody", "none",
    # Words of meetings and committees, capitalised in minutes but never names.
    "councillors", "governor", "governors", "apologies", "members", "member", "trustee",
    "trustees", "minutes", "present", "attendance", "crown",
}
# Organisation words that are never surnames: a name followed by one is a body's name
# ("... Foundation", "St Andrew's Day"). Not "Hall", "Park", "Lane": Sophie Hall is a person.
BODY_WORDS = {
    "council", "team", "service", "services", "board", "trust", "school", "academy", "college",
    "university", "court", "police", "hospital", "centre", "center", "unit", "ltd", "limited",
    "inc", "plc", "llc", "group", "associates", "partnership", "company", "department",
    "ministry", "agency", "authority", "office", "committee", "project", "programme", "network",
    "foundation", "station", "airport", "day", "eve", "act", "order", "review", "plan", "panel",
    "safeguarding", "justice", "offending", "commission", "commissioner", "directorate",
    "solicitors", "chambers", "llp", "homes", "stadium", "building", "suite", "room", "event", "borough",
    "copyright", "notes", "hub", "surgery", "library", "museum", "gallery", "theatre", "arena",
    "constabulary", "probation", "prison", "tribunal", "ambulance", "rescue", "scheme",
}
# Words that make a run of proper nouns an organisation, place or thing, not a person: the
# body words, and place and building words that can also be surnames ("Hall", "Park").
ORGANISATION_WORDS = BODY_WORDS | {
    "house", "home", "road", "street", "lane", "avenue", "close", "drive", "way", "park", "square",
    "hall", "church", "club", "county", "city", "borough", "district", "north", "south", "east",
    "west", "new", "bank", "care", "health", "youth", "children", "river", "mount", "lake",
    "island", "kingdom", "republic", "greater", "upon", "port", "saint", "fort", "bay", "upper",
    "lower", "great", "little", "united", "states", "central", "royal", "national",
    "international", "general",
}
# Capitalised words that end a role or body's title ("Practice Development Manager").
ROLE_WORDS = {"manager", "lead", "officer", "worker", "director", "coordinator", "co-ordinator",
              "president", "mayor", "chairman", "chairwoman", "clerk", "secretary", "treasurer",
              "adviser", "advisor", "practitioner", "head", "chair", "panel", "meeting",
              "forum", "group", "partnership", "inspection", "assessment", "report", "sheriff",
              "lieutenant", "headteacher", "governor", "deputy", "vice", "acting", "interim", "assistant",
              "appellant", "respondent", "claimant", "defendant", "applicant", "petitioner"}
PRISON_WORDS = {"HMP", "HMYOI", "YOI", "STC"}
COUNCIL_TIERS = {"borough", "county", "district", "town", "parish", "city", "community", "unitary", "ward"}
# Words after a name that make it the name of a place of work or custody.
PREMISES_AFTER = {"prison", "surgery", "practice", "hospital", "hospice", "clinic", "school", "academy",
                  "college", "centre", "library", "station"}
PLACE_VERBS = {"born", "lives", "lived", "living", "live", "moved", "moving", "grew", "raised", "settled",
               "emigrated", "returned", "relocated", "resident", "residing", "resides", "domiciled", "based"}
# The last word of a place's name ("Wetherden Ward"), and the first ("Upper Heyford").
AREA_WORDS = {"ward", "parish", "division", "estate", "village", "green", "common", "hill", "heath", "vale"}
PLACE_PREFIXES = {"upper", "lower", "great", "little", "nether", "north", "south", "east", "west", "old", "new"}
# Not GPE: the small model takes many people's names for places ("Jayden Okafor").
NOT_PERSON_ENTITIES = {"LOC", "FAC", "DATE", "TIME", "EVENT", "LAW", "MONEY", "QUANTITY",
                       "PERCENT", "CARDINAL", "ORDINAL", "LANGUAGE", "PRODUCT", "WORK_OF_ART"}
# A capital first: Latin (with the accented and Central European capitals: "Šušulić",
# "Željko"), Greek or Cyrillic.
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩЀ-Я][\w'’]*$")
INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")
CONTEXT_CHARS = 40
# Shorter values (an initial, an age) are not carried to other occurrences: the leak check
# skips them too.
MIN_CONSISTENT_LENGTH = 3
# Name candidates found from weak evidence alone (a single word, a run of capitals): dropped
# when the words name a place, or qualify a body elsewhere ("Kelderby" of "Kelderby Council").
WEAK_NAME_SOURCES = {"ner_single", "proper_nouns", "name_list", "person_role", "given_name"}
# Words after a place name that make it a body or building: "Northshire County Hall".
QUALIFIED_BY = {"county", "city", "borough", "civic", "locality", "magistrates", "town", "district",
                "estate", "flats", "community", "hub", "surgery", "custody", "gazette", "foodbank"}
# A single word after these is a place: "in Kelderby", "near Westgate".
PLACE_PREPOSITIONS = {"in", "near", "around", "across", "outside", "within", "throughout"}


# The word lists in force: the shipped lists with the policy's local additions (places,
# not-names, given names), set by the Detector while it works (one loader: wordlists.py).
_WORD_LISTS: ContextVar[WordLists | None] = ContextVar("word_lists", default=None)


def _lists() -> WordLists:
    return _WORD_LISTS.get() or shipped_word_lists()


def first_names() -> frozenset[str]:
    """The given-name gazetteer: a capitalised word in it is a name even standing alone."""
    return _lists().first_names


def common_words() -> frozenset[str]:
    """Everyday words mostly written in lower case ("information", "director")."""
    return _lists().common_words


def uk_places() -> frozenset[str]:
    """UK local authorities, counties, cities and towns, and the policy's local places."""
    return _lists().places


def never_names() -> frozenset[str]:
    """Languages, peoples, vehicle makes, apps: never a name alone or first in a name."""
    return _lists().not_names


def is_common_word(word: str) -> bool:
    """An everyday word ("Assessment", "Director"), not a given name."""
    lower = word.lower()
    return lower in common_words() or lower in ROLE_WORDS or lower in BODY_WORDS


@dataclass(frozen=True)
class KnownTerm:
    """A value to redact wherever it appears: from the denylist, a person, or a proposal."""

    value: str
    category: str
    label: str | None = None


@dataclass
class DocumentNames:
    """Names seen so far in one document (or batch), carried to every other mention."""

    parts: dict[str, str] = field(default_factory=dict)  # word -> category
    # Words found only by review-tier finders: carried, but for a person to decide.
    review_parts: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)  # lower case: places, bodies' qualifiers
    # Lower-case words the documents use as ordinary words ("training"): never carried as
    # a confident name, so one wrong find does not spread.
    lower_words: set[str] = field(default_factory=set)
    # Names the text introduces ("known as JJ"): carried as written however short.
    nicknames: set[str] = field(default_factory=set)
    # Nickname or initials -> the full name they stand for ("JJ" -> "Jayden Okafor"), so
    # both get one label.
    aliases: dict[str, str] = field(default_factory=dict)
    _compiled: tuple[tuple[int, ...], list[tuple[re.Pattern, str]]] | None = field(default=None, repr=False)

    def add_name(self, text: str, category: str = "name", tier: str = REDACT) -> None:
        words = name_words(text)
        for word in words:
            lower = word.lower()
            if lower in self.not_names or word in self.parts:
                continue
            given = lower in first_names()
            # A name word that is also an everyday word or a place ("White", "Custody",
            # "Dorset" of "Ian Grant Dorset") is carried only for review: one wrong find must
            # not spread through a document as a confident one.
            ordinary = is_common_word(word) or lower in uk_places()
            if tier == REDACT and (given or not ordinary):
                self.parts[word] = category
                self.review_parts.discard(word)
            elif given or (len(word) > 2 and not word.isupper() and (tier == REDACT or not ordinary)
                           and (lower not in uk_places() or (tier == REDACT and len(words) <= 2))):
                # Capitals and short words ("JUSTICE", "Co"), everyday words of a doubtful find
                # ("Custody") and a place run on after a full name ("Dorset" of "Ian Grant
                # Dorset") are not carried at all: they would only ask questions. A place that
                # is a surname ("Ruth Kendal") is carried for review.
                self.review_parts.add(word)

    def add_nickname(self, text: str) -> None:
        if len(text) >= 2 and any(ch.isalpha() for ch in text):
            self.nicknames.add(text)

    def carried(self, text: str) -> list[Candidate]:
        """Every other mention of a name word in `text`: confident words at the redact
        tier, unless the documents also use them as ordinary lower-case words ("Training"),
        which are carried, like words from review-tier finds, only for a person to decide."""
        found = []
        for regex, tier in self._carriers():
            found += [Candidate(m.start(), m.end(), "name", "carried", 45, tier=tier)
                      for m in regex.finditer(text)]
        return found

    def _carriers(self) -> list[tuple[re.Pattern, str]]:
        # Compiled once per state of the names, not once per paragraph.
        state = (len(self.parts), len(self.review_parts), len(self.nicknames), len(self.lower_words))
        if self._compiled is None or self._compiled[0] != state:
            confident = [w for w in self.parts if w.lower() not in self.lower_words]
            doubtful = [w for w in self.parts if w.lower() in self.lower_words] + list(self.review_parts)
            carriers = []
            for words, nicknames, tier in ((confident, self.nicknames, REDACT), (doubtful, (), REVIEW)):
                regex = _words_regex(words, nicknames)
                if regex is not None:
                    carriers.append((regex, tier))
            self._compiled = (state, carriers)
        return self._compiled[1]


def _words_regex(words: Iterable[str], nicknames: Iterable[str] = ()) -> re.Pattern | None:
    words, nicknames = list(words), list(nicknames)
    if not words and not nicknames:
        return None
    # Names are matched as written or in capitals; "young" stays when "Young" is a surname.
    forms = {form for w in words for form in (w, w.upper(), fold_accents(w), fold_accents(w).upper())}
    # Longest first, so "Zielinski" is not cut short by "Zielin" (a trie tries the longest
    # first); nicknames after the words. A trie costs the text's length, whatever the count.
    alternatives = [trie for trie in (trie_regex(forms), trie_regex(nicknames)) if trie is not None]
    return re.compile(rf"(?<![\w@.]){'(?:' + '|'.join(alternatives) + ')'}(?![\w@])")


@dataclass
class Batch:
    """One document's segments as they pass through the pipeline."""

    docs: list[Any]
    texts: list[str]
    leads: list[str]
    known: list[KnownTerm]
    names: DocumentNames
    allow: list[re.Pattern]
    found: list[list[Candidate]] = field(default_factory=list)


@dataclass(frozen=True)
class Stage:
    name: str
    does: str
    run: Callable[[Detector, Batch], None]


def _not_a_surname(word: str) -> bool:
    """An everyday word, place, body or title: never the surname after an initial."""
    lower = word.lower()
    return (is_common_word(word) or lower in uk_places() or lower in never_names() or lower in ORGANISATION_WORDS
            or lower in NOT_NAME_WORDS or lower in TITLES)


# Words that make nearby contact details an organisation's: a letterhead, a court's or a
# council's address, a company's switchboard.
BODY_CONTACT = re.compile(
    r"\b(?:council|court|courts|ltd|limited|llp|plc|centre|center|civic|town hall|county hall|inspectorate|"
    r"probation|police|constabulary|headquarters|office|offices|service|services|trust|hospital|school|"
    r"academy|college|university|solicitors|chambers|commission|commissioner|authority|department|"
    r"library|partnership|board|committee|secretariat|ministry|agency|switchboard|reception|"
    r"shorthand writers|transcript)\b", re.IGNORECASE)
CONTACT_CATEGORIES = {"address", "postcode", "phone"}
# What only an office has beside its address or number: "8th Floor, 165 Fleet Street", "Fax:",
# "DX 12345". A home has none of them, so nearby names do not make it a person's.
OFFICE_ONLY = re.compile(r"\b(?:\d+(?:st|nd|rd|th)[ \t]+floor|floor[ \t]+\d+|fax(?:[ \t]+no)?\.?:|"
                         r"dx[ \t]+\d+|switchboard)", re.IGNORECASE)
CONTACT_WINDOW = 160


# Words of a firm's, court's or premises' own name, or a meeting's venue: an address or number
# straight after one, with no person named in between, is theirs ("Royal Courts of Justice, Strand, London
# WC2A 2LL", "Epiq Europe Ltd, Lower Ground, 18-22 Furnival Street", "Black Bull Inn, 119 Main
# Street").
FIRM = re.compile(r"\b(?:solicitors|chambers|llp|ltd|limited|plc|courts?|tribunal|inspectorate|headquarters|"
                  r"town hall|county hall|civic (?:centre|offices)|shorthand writers|inn|hotel|club|venue)\b",
                  re.IGNORECASE)
# Non-geographic numbers (03, 08): switchboards and contact centres, not a person's own line.
SHARED_LINE = re.compile(r"(?:\+44[ \t]?(?:\(0\))?[ \t]?|0)[38]")


class _Nearby:
    """One paragraph's confident names sorted by position, and its addresses: the
    candidates near a contact detail found by bisection, not by reading every candidate for
    each (quadratic on a long paragraph)."""

    def __init__(self, text: str, candidates: list[Candidate]) -> None:
        self._names = sorted((c for c in candidates
                              if c.category == "name" and c.tier == REDACT and not _weak_name(text, c)),
                             key=lambda c: c.start)
        self._starts = [c.start for c in self._names]
        self._longest = max((c.end - c.start for c in self._names), default=0)
        self.addresses = _Cover(c for c in candidates if c.category == "address")

    def names_starting(self, low: int, high: int) -> list[Candidate]:
        """The names starting at `low` or after, and before `high`."""
        return self._names[bisect_left(self._starts, low):bisect_left(self._starts, high)]

    def names_meeting(self, start: int, end: int) -> list[Candidate]:
        """The names with a character in start:end."""
        return [o for o in self.names_starting(start - self._longest + 1, end) if o.end > start]


def _owned_by_firm(text: str, candidate: Candidate, near: _Nearby) -> bool:
    firms = list(FIRM.finditer(text, max(0, candidate.start - CONTACT_WINDOW), candidate.start))
    if not firms:
        return False
    firm = firms[-1]
    # A building's name in between ("Solicitors Stoneham House 17 ...") or a name inside an
    # address ("Shenfield Common, Seven Arches Road") is no person.
    return not any(
        text[o.start:o.end].split()[-1].lower() not in ORGANISATION_WORDS and not near.addresses.covers(o.start, o.end)
        for o in near.names_starting(firm.end(), candidate.start))


def _body_contact(text: str, candidate: Candidate, near: _Nearby) -> Candidate:
    """An address, postcode or phone number beside an organisation's name and no person's
    is the organisation's: kept for a person to decide (the review tier), not redacted as
    surely personal data."""
    if candidate.category not in CONTACT_CATEGORIES or candidate.tier != REDACT:
        return candidate
    if candidate.category == "phone" and SHARED_LINE.match(text, candidate.start):
        return replace(candidate, tier=REVIEW)
    if _owned_by_firm(text, candidate, near):
        return replace(candidate, tier=REVIEW)
    if OFFICE_ONLY.search(text, max(0, candidate.start - 60), candidate.end + 80):
        return replace(candidate, tier=REVIEW)  # a floor of a building, a fax or DX number: an office's
    start = max(0, candidate.start - CONTACT_WINDOW)
    end = candidate.end + 60
    if not BODY_CONTACT.search(text, start, end):
        return candidate
    if near.names_meeting(start, end):
        return candidate
    return replace(candidate, tier=REVIEW)


def _written_twice(text: str, words: set[str]) -> set[str]:
    """Those of `words` that `text` holds at least twice without overlap (`str.count(word) > 1`),
    all found in one pass: a trie finds the longest word starting at each position, and the
    words it starts with are the others starting there."""
    pattern = trie_regex(words)
    if pattern is None:
        return set()
    starting = {word: [word[:n] for n in range(1, len(word) + 1) if word[:n] in words] for word in words}
    free_from: dict[str, int] = {}
    twice: set[str] = set()
    for m in re.finditer(f"(?=({pattern}))", text):
        for word in starting[m.group(1)]:
            if word in twice or m.start() < free_from.get(word, 0):
                continue
            if word in free_from:
                twice.add(word)
            free_from[word] = m.start() + len(word)
    return twice


class _Cover:
    """Whether a span lies inside one of some candidates, in log time: the candidates sorted
    by start, with the furthest end reached by any of them up to each."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        spans = sorted((c.start, c.end) for c in candidates)
        self._starts = [start for start, _ in spans]
        self._reach = list(itertools.accumulate((end for _, end in spans), max))

    def covers(self, start: int, end: int) -> bool:
        before = bisect_right(self._starts, start)
        return before > 0 and self._reach[before - 1] >= end


LETTER_RUN = re.compile(r"[^\W\d_]{3,}")


def _lower_case_words(docs) -> set[str]:
    """Words the documents write in lower case as ordinary words (three letters or more).
    Read from the text, not the tokens: building a Token for every word cost a tenth of
    detection."""
    return {w for doc in docs for w in LETTER_RUN.findall(doc.text) if w.islower()}


# Letters that do not decompose into a base letter and an accent.
UNSPLIT_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                 "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "ð": "d"})


def fold_accents(word: str) -> str:
    """The name as typed without accents: "Zieliński" -> "Zielinski", "Łukasz" -> "Lukasz"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(UNSPLIT_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(text: str) -> list[str]:
    """The words of a name worth carrying: not titles, initials or common words."""
    words = re.split(r"[\s\-]+", text.strip())
    found = []
    for word in words:
        word = re.sub(r"['’]s$", "", word).strip(".,;:()[]\"")
        if len(word) < 2 or not NAME_WORD.match(word) or word.lower() in NOT_NAME_WORDS:
            continue
        if word.lower() in TITLES or (word.isupper() and len(word) <= 3):
            continue
        found.append(word)
    return found


def local_part_pieces(email: str) -> list[str]:
    """The words of an email's local part: "jane.doe84" -> ["jane", "doe"]."""
    return [p for p in re.split(r"[._\-+0-9]+", email.split("@", 1)[0]) if p]


def email_name_words(email: str) -> list[str]:
    """Name words spelled out in an email's local part: jane.doe, jane_doe, JaneDoe."""
    pieces = local_part_pieces(email)
    if len(pieces) == 1:
        pieces = re.findall(r"[A-Z][a-z]+", pieces[0])
    words = [p.capitalize() for p in pieces if len(p) >= 2 and p.isalpha()]
    return words if len(words) >= 2 else []


@cache
def load_nlp(model_name: str):
    """The spaCy pipeline `model_name`, loaded once per process without unused pipes."""
    import spacy

    try:
        nlp = spacy.load(model_name, exclude=list(UNUSED_PIPES))
    except OSError:
        raise InputError.single(
            "config", f"the spaCy model '{model_name}' is not installed",
            field="redaction.nlp_model",
            fix="install the pinned model (make venv) or name an installed pipeline",
        ) from None
    # Table cells glued together by text extraction are split where a word runs into the
    # next cell: "OkaforHead of", "CouncilR Marsh", "Marsh04/05/2021".
    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_CELLS)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    _multiply_with_numpy(nlp)
    return nlp


def _multiply_with_numpy(nlp) -> None:
    """The model's matrix products through numpy's OpenBLAS on one thread instead of thinc's
    bundled BLIS, which falls back to its slow generic kernel on CPUs it does not recognise
    (three times slower here; the products are most of the model's time). Kept as it is when
    numpy's OpenBLAS cannot be held to one thread: threads spinning on small matrices on a
    busy machine cost more than they save."""
    if not _one_blas_thread():
        return
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


def _one_blas_thread() -> bool:
    """Hold the OpenBLAS that numpy's wheel bundles to one thread; False when there is none."""
    import ctypes
    from pathlib import Path

    import numpy

    for path in sorted((Path(numpy.__file__).resolve().parent.parent / "numpy.libs").glob("lib*openblas*")):
        try:
            library = ctypes.CDLL(str(path))
        except OSError:
            continue
        for prefix in ("scipy_openblas", "openblas"):
            for suffix in ("64_", "_64_", ""):
                setter = getattr(library, f"{prefix}_set_num_threads{suffix}", None)
                getter = getattr(library, f"{prefix}_get_num_threads{suffix}", None)
                if setter is not None and getter is not None:
                    setter(1)
                    return getter() == 1
    return False


# The most characters spaCy reads at once (its own limit is 1,000,000): a longer text is
# read in pieces (`Detector.docs`), so memory stays bounded whatever the paragraph's length.
CHUNK_CHARS = 100_000


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` in pieces of about `size` characters, each ending at the end of a line (or
    failing that, a space) in its second half, the whitespace after it kept with it so that
    no token is cut and the pieces join back into `text`."""
    pieces, start = [], 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        cut = text.rfind("\n", low, high)
        if cut == -1:
            cut = text.rfind(" ", low, high)
        end = high if cut == -1 else cut + 1
        while end < len(text) and text[end].isspace():
            end += 1
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


# Words that start a role or body's cell in a table: "OkaforHead of ..."
CELL_START = (r"(?:Head|Director|Chief|Interim|Assistant|Deputy|Manager|Executive|Service|Services|"
              r"Council|Officer|Strategic|Corporate|Senior|Principal|Lead|Team|Chair|Vice|Cabinet|Portfolio|"
              r"Commissioner|Inspector|Superintendent|Councillor|Member|Clerk|Headteacher|Governor)\b")
GLUED_CELLS = (
    rf"(?<=[a-z]{{2}})(?={CELL_START})",
    r"(?<=[a-z]{3})(?=[A-Z]$)",
    r"(?<=[A-Za-z]{2})(?=\d{1,2}/\d{1,2}/\d{2,4})",
)


class Detector:
    """Finds candidates in documents under one policy; holds the loaded model."""

    def __init__(self, policy: Policy, nlp_model: str) -> None:
        self.policy = policy
        self.registry = load_registry(policy.recognisers)
        self.word_lists = load_word_lists(policy.word_lists)
        self.nlp_model = nlp_model
        self._matcher: Any = None
        self._deny = [KnownTerm(t.term, t.category) for t in policy.deny_terms]

    @property
    def nlp(self):
        return load_nlp(self.nlp_model)

    @property
    def matcher(self):
        if self._matcher is None:
            from spacy.matcher import Matcher

            matcher = Matcher(self.nlp.vocab)
            name = {"TEXT": {"REGEX": NAME_WORD.pattern}}
            # "LORD JUSTICE HOLROYDE": the judicial title's own words are never the name.
            name_after_title = {"TEXT": {"REGEX": NAME_WORD.pattern}, "LOWER": {"NOT_IN": sorted(JUDICIAL_WORDS)}}
            matcher.add("title_name", [[{"LOWER": {"IN": TITLE_FORMS}}, name_after_title],
                                       [{"LOWER": {"IN": TITLE_FORMS}}, {"TEXT": "."}, name_after_title]])
            matcher.add("initials_surname", [[
                {"TEXT": {"REGEX": r"^(?:[A-Z]\.){1,3}$"}}, {**name, "TAG": {"IN": sorted(NOUN_TAGS)}},
            ], [
                {"TEXT": {"REGEX": r"^[B-HJ-Z]$"}}, {**name, "TAG": {"IN": sorted(NOUN_TAGS)}},
            ]])
            self._matcher = matcher
        return self._matcher

    # --- entry points --------------------------------------------------------------

    def detect(self, text: str, known: Sequence[KnownTerm] = ()) -> list[Candidate]:
        return self.detect_document([text], known)[0]

    def detect_document(self, segments: Sequence[str], known: Sequence[KnownTerm] = (),
                        names: DocumentNames | None = None,
                        keep: Iterable[str] = (),
                        leads: Sequence[str] | None = None) -> list[list[Candidate]]:
        """Candidates for each segment of one document; names carry across segments.

        `leads`, one per segment, is text shown just before it elsewhere (the earlier cells
        of its table row): read for context ("Date of birth | 17 April 2009"), never redacted."""
        docs = list(self.docs(segments, batch_size=64))
        using = _WORD_LISTS.set(self.word_lists)
        try:
            return self._finish(docs, known, names or DocumentNames(), keep, leads)
        finally:
            _WORD_LISTS.reset(using)

    def detect_many(self, texts: Iterable[str], batch_size: int = 128) -> Iterator[list[Candidate]]:
        """Candidates for many independent texts (one document each), batched through spaCy."""
        for doc in self.docs(texts, batch_size=batch_size):
            using = _WORD_LISTS.set(self.word_lists)
            try:
                found = self._finish([doc], (), DocumentNames(), ())[0]
            finally:
                _WORD_LISTS.reset(using)
            yield found

    def docs(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
        """spaCy's Doc of each text, in order. A text longer than `CHUNK_CHARS` is read in
        pieces cut at a line break or space and joined into one Doc, offsets as in the text
        (spaCy refuses a text over a million characters, and its memory grows with the text).
        The model's token vectors are dropped once its components have read them: the
        rules never read them, and a long document's would take more memory than the rest."""
        import numpy
        from spacy.tokens import Doc

        no_vectors = numpy.zeros((0,), dtype="float32")
        counts: deque[int] = deque()

        def pieces() -> Iterator[str]:
            for text in texts:
                cut = _chunks(text, CHUNK_CHARS)
                counts.append(len(cut))
                yield from cut

        parsed = self.nlp.pipe(pieces(), batch_size=batch_size)
        for doc in parsed:
            parts = [doc, *(next(parsed) for _ in range(counts.popleft() - 1))]
            for part in parts:
                part.tensor = no_vectors
            yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)

    # --- steps ---------------------------------------------------------------------

    def _finish(self, docs, known, names: DocumentNames, keep,
                leads: Sequence[str] | None = None) -> list[list[Candidate]]:
        """Run the declared `PIPELINE` over one document's segments."""
        # A reviewer's keep decisions work like the allowlist, for this redactor only.
        allow = [r for r in (self.policy.allow_regex, phrase_regex(list(keep))) if r is not None]
        batch = Batch(
            docs=list(docs),
            texts=[doc.text for doc in docs],  # Doc.text is rebuilt on every call: read it once
            leads=list(leads) if leads is not None else [""] * len(docs),
            known=list(self._deny) + list(known),
            names=names,
            allow=allow,
        )
        for stage in PIPELINE:
            stage.run(self, batch)
        return batch.found

    # --- the stages, in the order PIPELINE runs them ---------------------------------

    def _stage_candidates(self, batch: Batch) -> None:
        narrative = is_case_narrative(batch.texts)
        batch.found = [self._base_candidates(doc, text, lead, narrative)
                       for doc, text, lead in zip(batch.docs, batch.texts, batch.leads)]
        for index, extra in people_by_initials(batch.texts, _not_a_surname):
            batch.found[index].extend(extra)
        batch.found = [[_wrapped_on(text, c) for c in cs] for text, cs in zip(batch.texts, batch.found)]

    def _stage_filters(self, batch: Batch) -> None:
        texts, docs = batch.texts, batch.docs
        found = [self._allowed_out(text, cs, batch.allow) for text, cs in zip(texts, batch.found)]
        found = _drop_common_singles(docs, texts, found)
        # A word in a well-evidenced name ("Jayden Preston", "Mrs Preston") stays a name.
        named = {w.lower() for text, cs in zip(texts, found) for c in cs
                 if c.category == "name" and not _weak_name(text, c) for w in name_words(text[c.start:c.end])}
        not_names = _place_words(docs) - named
        found = [[_lone_word_tier(text, c, named) for c in cs] for text, cs in zip(texts, found)]
        batch.found = [settle_tiers([_body_contact(text, _place_tail_cut(text, c), near) for c in cs
                                     if not _names_a_place(text, c, not_names) and not _instructing_firm(text, c)
                                     and self.policy.redacts(c.category)])
                       for text, cs in zip(texts, found) for near in (_Nearby(text, cs),)]
        batch.names.not_names |= not_names
        batch.names.lower_words |= _lower_case_words(docs)

    def _stage_carry(self, batch: Batch) -> None:
        texts, names = batch.texts, batch.names
        for term in batch.known:
            if term.category == "name":
                names.add_name(term.value)
        _collect_names(texts, batch.found, names)
        for index, extra in _speakers(texts, names):
            batch.found[index].extend(extra)
        known_regex = phrase_regex([t.value for t in batch.known])
        known_by_value = {_norm(t.value): t for t in batch.known}
        for text, candidates in zip(texts, batch.found):
            candidates.extend(names.carried(text))
            candidates[:] = self._allowed_out(text, candidates, batch.allow)
            if known_regex is not None:
                for m in known_regex.finditer(text):
                    found = known_by_value.get(_norm(m.group()))
                    if found is not None and self.policy.redacts(found.category):
                        candidates.append(Candidate(m.start(), m.end(), found.category, "known",
                                                    100, found.label))

    def _stage_merge(self, batch: Batch) -> None:
        # A word carried into an "instructed by" clause is the firm's ("Michael ... & Co").
        batch.found = [merge_overlaps([c for c in cs if self.policy.redacts(c.category) and not _instructing_firm(text, c)])
                       for text, cs in zip(batch.texts, batch.found)]

    def _stage_consistency(self, batch: Batch) -> None:
        batch.found = self._consistent(batch.texts, batch.found, batch.allow, batch.names.lower_words)

    def _consistent(self, texts: list[str], results: list[list[Candidate]], allow,
                    lower_words: set[str] | frozenset[str] = frozenset()) -> list[list[Candidate]]:
        """Every value redacted somewhere in the batch is redacted wherever else it appears
        (whole word, case and spacing ignored, as the leak check looks), with the category
        it was given first; allowed and kept phrases stay. Repeated until nothing changes,
        since a merge can make a longer value."""
        lowered = "\n".join(texts).casefold()
        done: set[str] = set()
        for _ in range(4):
            values: dict[str, tuple[str, str]] = {}  # value -> category, tier
            firsts: dict[str, tuple[str, str]] = {}
            for text, candidates in zip(texts, results):
                for c in candidates:
                    value = _carry_norm(text[c.start:c.end])
                    if len(value) < MIN_CONSISTENT_LENGTH or value in done:
                        continue
                    done.add(value)
                    # A one-word name the document also writes as an everyday lower-case word
                    # ("Training", "Appendix") is carried only for review: one wrong find must
                    # not spread as a confident one.
                    tier = REVIEW if c.category == "name" and c.source != "known" and value in lower_words else c.tier
                    firsts.setdefault(value, (c.category, tier))
            # Cheap test first: a value whose first word is written only once cannot recur.
            recurring = _written_twice(lowered, {value.split()[0] for value in firsts})
            values = {value: found for value, found in firsts.items() if value.split()[0] in recurring}
            if not values:
                break
            # One trie over the values, not an alternation of them: linear in the text.
            regex = re.compile(r"(?<!\w)(?:" + (trie_regex(values, words_unit) or "") + r")(?!\w)", re.IGNORECASE)
            changed = False
            for index, text in enumerate(texts):
                covered = results[index]
                cover = _Cover(covered)
                extra = []
                for m in regex.finditer(text):
                    if cover.covers(m.start(), m.end()):
                        continue
                    found = values.get(_carry_norm(m.group()))
                    if found is not None:
                        extra.append(Candidate(m.start(), m.end(), found[0], "consistent", 44, tier=found[1]))
                extra = self._allowed_out(text, extra, allow)
                if extra:
                    changed = True
                    results[index] = merge_overlaps(covered + extra)
            if not changed:
                break
        return results

    def _base_candidates(self, doc, text: str, lead: str = "", narrative: bool = False) -> list[Candidate]:
        candidates: list[Candidate] = []
        for recogniser in self.registry.recognisers:
            if recogniser.scope == "case_narrative" and not narrative:
                continue
            for start, end in recogniser.find(text, lead):
                if recogniser.category == "address":
                    start, end = extend_address(text, start, end)
                elif recogniser.category == "name" and _all_common(words := text[start:end].split()) \
                        and (not PLAINLY_INTRODUCED.search(text[max(0, start - 30):start])
                             or (len(words) > 1 and words[-1].lower().endswith("s"))):
                    # "a process called Triage", "previously known as Serious Case Reviews";
                    # but "known only as "Hope"" is a name
                    continue
                tier = REVIEW if recogniser.tier == REVIEW or (recogniser.review_without_context and not
                                                               recogniser.confirmed(text, start, end, lead)) else REDACT
                candidates.append(Candidate(start, end, recogniser.category, recogniser.name,
                                            _priority(recogniser, text, start, lead), tier=tier))
        for match_id, start, end in self.matcher(doc):
            rule = self.nlp.vocab.strings[match_id]
            surname = doc[end - 1]
            if rule == "initials_surname" and is_common_word(surname.text) and _extend_name_back(doc, start) == start \
                    and not (start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS):
                continue  # "B Block", "A Level", "M.R. Staff on shift"; not "Brad L Key" nor "Mr D. Thatcher"
            if rule == "initials_surname" and end - start == 2 and _abbreviated_place(doc, start):
                continue  # "W Midlands", "S Yorkshire", "Q/E March": a place or a term, not "J Smith"
            if rule == "title_name" and doc[start].lower_.rstrip(".") not in HONORIFICS \
                    and is_common_word(surname.text):
                continue  # a rank or job before an everyday word: "Clinical Nurse Specialist"
            if rule == "title_name" and doc[start].lower_ == "councillor" and start > 0 \
                    and doc[start - 1].lower_ in COUNCIL_TIERS and is_common_word(surname.text):
                continue  # "Borough Councillor Report": a role, then a heading; not "Councillor Field"
            first = end - 1 if rule == "title_name" else _extend_name_back(doc, start)
            span_start, span_end = _extend_name(doc, first, end)
            candidates.append(Candidate(doc[span_start].idx, _end_char(doc, span_end), "name",
                                        rule, 64))
        for m in DOTTED_INITIALS.finditer(text):
            if m.group().replace(".", "").upper() not in NOT_INITIALS:
                candidates.append(Candidate(m.start(), m.end(), "name", "dotted_initials", 52))
        if self.policy.ner_labels.get("PERSON") == "name":
            for start, end in self._proper_noun_runs(doc):
                start, end = _trim_common_phrase(doc, start, end)
                if not _could_be_full_name(doc, start, end):
                    continue
                candidates.append(Candidate(doc[start].idx, _end_char(doc, end), "name", "proper_nouns", 48, tier=REVIEW))
            for start, end, tier in self._given_names(doc):
                candidates.append(Candidate(doc[start].idx, _end_char(doc, end), "name", "given_name", 47, tier=tier))
            # Token objects are built on every `doc[i]`: built once here, and the test shared.
            tokens = list(doc)
            single = [_single_name_like(t) for t in tokens]
            for start, end in _names_by_role(tokens, single, text):
                candidates.append(Candidate(doc[start].idx, _end_char(doc, end), "name", "person_role", 46, tier=REVIEW))
            for start, end in _listed_names(tokens, single):
                candidates.append(Candidate(doc[start].idx, _end_char(doc, end), "name", "name_list", 46, tier=REVIEW))
        # A judgment's places and bodies are read in its sentences only, never in a font's or a
        # style's name that a Word file also gives for checking ("Cambria", "Times New Roman").
        prose = narrative and PROSE_WORD.search(text) is not None
        for ent in doc.ents:
            category = self.policy.ner_labels.get(ent.label_)
            start, end = ent.start, ent.end
            if category is None and narrative and prose:
                category = self.policy.narrative_labels.get(ent.label_)
                if category is not None and not _narrative_entity(ent):
                    continue
                while start < end and doc[start].lower_ == "the":
                    start += 1  # "the Istanbul Assize Court": the court's name, not the article
            if category is None:
                continue
            if category == "name":
                # a title, a code, or a list item's letter ("c. Write pre-sentence reports") goes first
                while start < end and (doc[start].lower_ in TITLE_FORMS or _has_digit(doc[start].text)
                                       or LIST_LETTER.fullmatch(doc[start].text)):
                    start += 1
                coded = start > ent.start and any(_has_digit(t.text) for t in doc[ent.start:start])
                while end > start and _has_digit(doc[end - 1].text):
                    end -= 1
                # A code the model took for part of a name ("L4 Speech, language ..."): what is
                # left is a name only if it is more than one word or a known given name.
                if start >= end or (coded and end - start == 1 and doc[start].lower_ not in first_names()):
                    continue
                if doc[end - 1].lower_ in BODY_WORDS or doc[start].lower_ in never_names():
                    continue  # "St Andrew's Day", "Ford Focus", "HMP Doncaster": a body, thing or event
                start, end = _trim_common_phrase(doc, *_extend_name(doc, start, end))
                words = doc[start:end]
                if any(t.lower_ in CASE_NAME_JOINS for t in words):
                    continue  # a case name ("E. R v S"): its parties are found one by one
                if any(t.is_lower and t.is_alpha and t.text not in NAME_PARTICLES
                       and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_) for t in words):
                    continue  # "Victim liaison": a lower-case word is no part of a name
                if start >= end or not any(NAME_WORD.match(t.text) and t.lower_ not in NOT_NAME_WORDS
                                           for t in words):
                    continue
                # Everyday words the model took for a person ("Specialist", "Young People's
                # Services"): kept only when it says so of a longer run with a given name in it.
                if _all_common(t.text for t in words) or _names_a_thing(words):
                    continue
            if category == "name" and end - start == 1 and doc[start].is_upper and len(doc[start]) <= 5:
                continue  # an acronym ("FOI"), not a name
            if category == "name" and start > 0 and (doc[start - 1].text.upper() in PRISON_WORDS
                                                     or doc[start - 1].text == "Prison"):
                continue  # "HM Prison Pentonville", "HMYOI Wetherby": a prison's name; not "in prison Jo"
            if category == "name" and end < len(doc) and doc[end].lower_ in PREMISES_AFTER:
                continue  # "Glen Parva prison", "Quillfield Surgery": the premises' name
            if category == "place" and end + 2 < len(doc) and doc[end].text == "," \
                    and doc[end + 1].ent_type_ in ("GPE", "LOC"):
                end = _entity_end(doc, end + 1)  # "Gdynia, Poland", "Beyoğlu, Istanbul": one place
            source = "ner_single" if category == "name" and end - start == 1 else "ner" if category == "name" \
                else "ner_narrative"
            candidates.append(Candidate(doc[start].idx, _end_char(doc, end), category, source, 50))
        candidates = [c for c in candidates if not (c.category == "email" and _shared_mailbox(text[c.start:c.end]))]
        candidates += _listed_after(text, candidates)
        return [piece for c in candidates for piece in _name_pieces(text, c)]

    @staticmethod
    def _allowed_out(text: str, candidates: list[Candidate], allow: list[re.Pattern]) -> list[Candidate]:
        for regex in allow:
            candidates = trim_allowed(text, candidates, regex)
        return candidates

    def _proper_noun_runs(self, doc) -> Iterator[tuple[int, int]]:
        """Two or three capitalised proper nouns in a row that the model did not place
        or date: names it missed or took for an organisation ("Irenke Soros")."""
        index = 0
        while index < len(doc):
            end = index
            while end < len(doc) and end - index < 3 and _name_like(doc[end]):
                end += 1
            if end - index >= 2 and not any(t.ent_type_ in NOT_PERSON_ENTITIES - {"FAC"} for t in doc[index:end]) \
                    and not _names_a_body_or_role(doc, index, end):
                yield index, end
            index = max(end, index + 1)


    @staticmethod
    def _given_names(doc) -> Iterator[tuple[int, int, str]]:
        """A capitalised word from the given-name gazetteer, with any surname after it
        ("Derek", "Teresa Hall"), unless the model placed or dated it."""
        names = first_names()
        for token in doc:
            if token.lower_ in names and token.ent_type_ == "PRODUCT" and _glued_into_body(doc, token.i):
                # "Family Support Nicola Echavaris - Head of ...": a table row the model read as a product
                yield token.i, token.i + 2, REVIEW
                continue
            if (token.lower_ not in names or token.ent_type_ in NOT_PERSON_ENTITIES
                    or token.lower_ in NOT_NAME_WORDS or _after_saint(token)
                    or (token.ent_type_ == "GPE" and _where_someone_lives(token))):
                continue
            if NAME_WORD.match(token.text) and not token.is_upper and token.tag_ in NOUN_TAGS:
                if not _in_longer_entity(token, ("ORG", "GPE", "NORP")):
                    yield (*_extend_name(doc, token.i, token.i + 1), REDACT)
                elif token.ent_iob_ == "I" and _glued_into_body(doc, token.i):
                    yield token.i, token.i + 2, REVIEW
            elif token.is_lower and token.tag_ in PROPER_NOUN_TAGS:
                # Typed in lower case ("follow up with patricia desrosiers"): only where the
                # tagger also reads it as a proper noun; a lower-case noun after it that is not
                # a common or family word is the surname.
                end = token.i + 1
                if end < len(doc) and doc[end].is_lower and doc[end].is_alpha \
                        and doc[end].tag_ in NOUN_TAGS and not doc[end].is_stop \
                        and doc[end].lower_ not in NOT_NAME_WORDS and doc[end].lower_ not in ORGANISATION_WORDS:
                    end += 1
                yield token.i, end, REDACT


def _where_someone_lives(token) -> bool:
    """A place the sentence says someone was born in, lives in or moved to ("born in France")."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].lower_ in ("in", "to") and doc[i - 2].lower_ in PLACE_VERBS


def _names_a_thing(words) -> bool:
    """Capitalised words the model took for a person that hold no given name or initial and
    end in a plural, a role or a place word, or start as a place does: a heading, a title
    or a place ("Disclosable Non-Pecuniary Interests", "High Sheriff", "Wetherden Ward",
    "Upper Heyford"), not a name."""
    if len(words) < 2 or any(t.lower_ in first_names() or INITIAL.match(t.text) for t in words):
        return False
    if words[0].lower_ in PLACE_PREFIXES:
        return True
    last = words[-1].lower_
    ends_as_thing = (last in ORGANISATION_WORDS or last in AREA_WORDS
                     or (is_common_word(words[-1].text) and (last.endswith("s") or last in ROLE_WORDS)))
    # Only with another everyday word or place in it: a given name missing from the list
    # before a surname like Woods or Hall ("Olu Woods") is still a person.
    return ends_as_thing and any(is_common_word(t.text) or t.lower_ in uk_places() for t in words[:-1])


def _glued_into_body(doc, index: int) -> bool:
    """A given name and a surname inside the middle of an organisation the model read
    from a flattened table row ("Public Health Dorset Will Pendlebury Public Health Dorset"):
    a surname-like word follows, and the words before are a body's, not the name's."""
    if index + 1 >= len(doc) or index == 0:
        return False
    surname, before = doc[index + 1], doc[index - 1]
    return (NAME_WORD.match(surname.text) is not None and not surname.is_upper
            and surname.ent_iob_ == "I" and not is_common_word(surname.text)
            and surname.lower_ not in ORGANISATION_WORDS and surname.lower_ not in uk_places()
            and (before.lower_ in ORGANISATION_WORDS or before.lower_ in uk_places() or is_common_word(before.text)))


# The detection pipeline, in order. Each stage reads and updates the `Batch`; labelling
# is the last step, done by the Redactor so one person keeps one pseudonym across files.
PIPELINE: tuple[Stage, ...] = (
    Stage("candidates", "recognisers, the entity model, name patterns and initials propose spans",
          Detector._stage_candidates),
    Stage("filters", "allowlist, places, bodies, everyday words and the policy's categories remove them",
          Detector._stage_filters),
    Stage("carry", "name words, initials and known values found once are found everywhere",
          Detector._stage_carry),
    Stage("merge", "overlapping spans become one, the strongest naming it", Detector._stage_merge),
    Stage("consistency", "a value redacted once is redacted wherever it recurs",
          Detector._stage_consistency),
)


# What people do and are called, around a single capitalised word: "Jayden said", "told
# Jayden", "my son Jayden", "Jayden: I was ...". The word must still look like a name.
PERSON_AFTER = re.compile(
    r"(?:\s+(?:said|says|told|tells|asked|asks|shouted|replied|stated|explained|disclosed|"
    r"reported|admitted|denied|refused|agreed|apologised|lives|lived|moved|began|begins|started|"
    r"attended|returned|went|goes|ran|wants|wanted|felt|feels|became|continued|missed|"
    r"failed|threatened|assaulted|absconded|shouted|texted|phoned|rang|cried|laughed|"
    r"is from|was from|is very|was very|(?:is|was) (?:arrested|charged|sentenced|released|"
    r"excluded|remanded|stabbed|injured|reported missing|seen|found|born|known|described|"
    r"referred|supervised|interviewed|visited|placed)|(?:has|had) (?:given|been|told|said|"
    r"disclosed|missed|left|moved|started|attended|refused)|did not|didn['’]t|does not|doesn['’]t|"
    r"could not|couldn['’]t|would not|wouldn['’]t)\b"
    r"|:\s*[\"“]"  # a speaker: Jayden: "..."
    r"|['’]s\s+(?:kid|son|daughter|child|mum|mother|dad|father|brother|sister|friend|"
    r"partner|boyfriend|girlfriend|grandmother|nan|carer|family))",
    re.IGNORECASE)
PERSON_BEFORE = re.compile(
    r"(?:\b(?:said|told|asked|shouted at|spoke (?:to|with)|speak (?:to|with)|visited|"
    r"call(?:s|ed)? me|named (?:him|her|them)|"
    r"(?:my|his|her|their|our) (?:kid|son|daughter|child|brother|sister|friend|partner|"
    r"boyfriend|girlfriend|cousin|nephew|niece|stepson|stepdaughter)))\s+$",
    re.IGNORECASE)
ROLE_WINDOW = 40


def _names_by_role(tokens: list, single: list[bool], text: str) -> Iterator[tuple[int, int]]:
    """A single capitalised word the model missed, named by what the sentence says of it:
    the one who said, told, lives or was arrested, or the son, the one spoken to.
    `single` says of each of the doc's `tokens` whether it is `_single_name_like`."""
    for token, like in zip(tokens, single):
        if not (like and (token.tag_ in NOUN_TAGS or token.lower_ in first_names())
                and not _in_longer_entity(token, ("ORG", "GPE", "NORP"))):
            continue
        after = text[token.idx + len(token.text):token.idx + len(token.text) + ROLE_WINDOW]
        before = text[max(0, token.idx - ROLE_WINDOW):token.idx]
        if PERSON_AFTER.match(after) or PERSON_BEFORE.search(before):
            yield token.i, token.i + 1


LIST_JOINS = {",", "and", "or", "&"}
CASE_NAME_JOINS = {"v", "v.", "vs", "vs.", "-v-"}
# Lower-case words that can be part of a name: "Ludwig van Beethoven", "Ana de Souza".
NAME_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "dos", "das", "le",
                  "la", "ter", "ten", "bin", "binti", "ibn", "al", "el", "ap", "y", "e", "mac", "st"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def _single_name_like(token) -> bool:
    return (NAME_WORD.match(token.text) is not None and not token.is_upper and len(token.text) > 1
            and token.lower_ not in NOT_NAME_WORDS and token.lower_ not in TITLE_FORMS
            and not is_common_word(token.text) and token.ent_type_ not in NOT_PERSON_ENTITIES)


def _listed_names(doc: list, single: list[bool]) -> Iterator[tuple[int, int]]:
    """Single words listed together ("Jayden, Kyle and Reece", "Okafor and Smith") when
    none is an everyday word, most are not places or bodies, and one is a known given name,
    a person to the model, or all are proper nouns to the tagger. `doc` is the Doc's tokens,
    `single` whether each is `_single_name_like`."""
    index = 0
    while index < len(doc):
        members = []
        j = index
        while j < len(doc) and single[j] and not (j + 1 < len(doc) and doc[j + 1].is_title
                                                  and doc[j + 1].is_alpha):
            members.append(doc[j])
            k = j + 1
            while k < len(doc) and doc[k].lower_ in LIST_JOINS and k - j <= 2:
                k += 1
            if k == j + 1 or k >= len(doc):
                break
            j = k
        if len(members) >= 2 and (j - index) >= 2:
            places = sum(1 for t in members if t.ent_type_ in PLACE_ENTITIES)
            evidence = any(t.lower_ in first_names() or t.ent_type_ == "PERSON" for t in members) \
                or all(t.tag_ in PROPER_NOUN_TAGS for t in members)
            if evidence and places * 2 < len(members):
                for t in members:
                    yield t.i, t.i + 1
        index = max(index + 1, members[-1].i + 1 if members else index + 1)


def _all_common(words: Iterable[str]) -> bool:
    """Every word that could be part of a name is an everyday word."""
    words = [w.strip(".,;:'’()") for w in words]
    words = [re.sub(r"['’]s$", "", w) for w in words if w[:1].isalpha()]
    # An acronym ("XML", "CAMHS") is no part of a name.
    named = [w for w in words if not (w.isupper() and len(w) <= 5)]
    return bool(named) and all(is_common_word(w) for w in named)


def _trim_common_phrase(doc, start: int, end: int) -> tuple[int, int]:
    """Cut Title Case council language off the ends of a name: "Rory Tremayne Assistant
    Director", "Strategic Director Orla Quennell". One everyday word alone stays ("Jayden White")
    unless it is a role or organisation word."""
    def common(token) -> bool:
        return token.is_alpha and is_common_word(token.text)

    def organisational(token) -> bool:
        return token.lower_ in ROLE_WORDS or token.lower_ in BODY_WORDS

    cut = end
    while cut > start and common(doc[cut - 1]):
        cut -= 1
    if start < cut < end and (end - cut >= 2 or organisational(doc[end - 1])
                              or _starts_council_phrase(doc, cut)):
        end = cut
    cut = start
    while cut < end and common(doc[cut]):
        cut += 1
    if start < cut < end and (cut - start >= 2 or organisational(doc[start])):
        start = cut
    return start, end


def _collect_names(texts: list[str], found: list[list[Candidate]], names: DocumentNames) -> None:
    """Add what the candidates say about names to `names`: their words, introduced nicknames
    and initials (with the full name each stands for), and names spelled out in emails."""
    for text, candidates in zip(texts, found):
        previous = None
        for c in sorted(candidates, key=lambda c: c.start):
            if c.category == "name" and c.source != "ner_single":
                names.add_name(text[c.start:c.end], tier=c.tier)
                if c.source == "name_in_context":
                    names.add_nickname(text[c.start:c.end])
                    if previous is not None and NICKNAME_BETWEEN.match(text[previous.end:c.start]):
                        names.aliases[_norm(text[c.start:c.end])] = text[previous.start:previous.end]
                initials = _initials_after(text, c)
                if initials:
                    names.add_nickname(initials)
                    names.aliases[_norm(initials)] = text[c.start:c.end]
                previous = c
            elif c.category == "email":
                for word in email_name_words(text[c.start:c.end]):
                    names.parts.setdefault(word, "name")
    # Single-word entities carry only if nothing better spoke for them.
    for text, candidates in zip(texts, found):
        for c in candidates:
            if c.source == "ner_single":
                names.add_name(text[c.start:c.end], tier=c.tier)


def _could_be_full_name(doc, start: int, end: int) -> bool:
    """Two proper nouns at least, the first not an everyday word ("Monitoring Scorecard") nor
    a language or make ("Ford Focus"), and not all everyday words or nationalities ("White British")."""
    return (end - start >= 2 and not is_common_word(doc[start].text) and doc[start].lower_ not in never_names()
            and not all(t.ent_type_ == "NORP" or is_common_word(t.text) for t in doc[start:end] if t.is_alpha))


def _name_pieces(text: str, candidate: Candidate) -> list[Candidate]:
    """A name ends at a line break (the next line is another field or heading); names
    written "Dana Okafor / Robert Marsh" are one person each, and a word glued to the next
    cell ("OkaforHead", "CouncilR Marsh") ends where the cell does."""
    if candidate.category != "name":
        return [candidate]
    end = candidate.end
    newline = text.find("\n", candidate.start, end)
    if newline != -1:
        end = newline
    pieces = []
    position = candidate.start
    for m in NAME_SEPARATOR.finditer(text, candidate.start, end):
        pieces.append((position, m.start()))
        position = m.end()
    pieces.append((position, end))
    found = []
    for start, stop in pieces:
        glued = GLUED_TAIL.search(text, start, stop)
        if glued is not None:
            stop = glued.start() + 1
        start, stop = _strip(text, start, stop)
        if stop > start:
            found.append(replace(candidate, start=start, end=stop))
    return found


NAME_SEPARATOR = re.compile(r"[ \t]+/[ \t]+|[ \t]*;[ \t]*")
GLUED_TAIL = re.compile(rf"[a-z](?={CELL_START})")


# A speaker's label in a transcript or chat: "SL: I had twenty-three cases.", "Ubul: What a
# wife." at the start of a line or after the end of a sentence.
SPEAKER_LABEL = re.compile(r"(?m)(?:^[ \t]*|(?<=[.!?\"”] ))(?P<label>[A-Z]{2,3}|[A-Z][^\W\d_]+):(?=[ \t]*\S)")
NOT_SPEAKERS = {"RE", "FW", "FWD", "CC", "BCC", "PS", "NB", "TO", "ID", "OK", "QA", "UK", "AM", "PM",
                "ETA", "DOB", "REF", "TEL", "MOB", "FAX", "URN", "PNC", "NHS", "UPN", "CRN"}


def _speakers(texts: list[str], names: DocumentNames) -> Iterator[tuple[int, list[Candidate]]]:
    """Speakers' labels used at least twice in a document (initials "SL", or a name the
    model missed): found as labels and, for initials, wherever else they are written."""
    counts: dict[str, int] = {}
    for text in texts:
        for m in SPEAKER_LABEL.finditer(text):
            counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    speakers = {label for label, n in counts.items() if _is_speaker(label, n, names)}
    if not speakers:
        return
    initials = [label for label in speakers if label.isupper()]
    anywhere = re.compile(r"(?<![\w@.])(?:" + "|".join(initials) + r")(?![\w@])") if initials else None
    for index, text in enumerate(texts):
        extra = [Candidate(m.start("label"), m.end("label"), "name", "speaker", 63)
                 for m in SPEAKER_LABEL.finditer(text) if m.group("label") in speakers]
        if anywhere is not None:
            extra += [Candidate(m.start(), m.end(), "name", "speaker", 63) for m in anywhere.finditer(text)]
        if extra:
            yield index, extra


def _is_speaker(label: str, uses: int, names: DocumentNames) -> bool:
    if label in NOT_SPEAKERS or label.lower() in names.not_names:
        return False
    if label.isupper():
        # Initials: a transcript uses them line after line ("ACTION:" is a field label).
        return uses >= 2 and len(label) <= 4
    lower = label.lower()
    # A word label is a speaker only when it is a known given name or a name found in the
    # document: minutes are full of field labels ("Agreed:", "Apologies:", "Referrer:").
    return lower in first_names() or label in names.parts


def _place_words(docs) -> set[str]:
    """Lower-case words that name places or qualify bodies in these documents: every UK place
    on the list, and any capitalised word written straight before a body word ("Kelderby
    Police Station", "Northshire County Hall")."""
    words = set(uk_places()) | never_names()
    for doc in docs:
        tokens = list(doc)  # each `doc[i]` builds a new Token: built once
        lowers = [t.lower_ for t in tokens]
        for i in range(1, len(tokens)):
            token = tokens[i]
            if lowers[i - 1] in PLACE_PREPOSITIONS and token.text[:1].isupper() \
                    and lowers[i] not in first_names() and (i + 1 == len(tokens) or not tokens[i + 1].is_title):
                words.add(lowers[i])
        for i in range(len(tokens) - 1):
            nxt = lowers[i + 1]
            if (nxt in BODY_WORDS or nxt in QUALIFIED_BY) and tokens[i].text[:1].isupper() and tokens[i].is_alpha:
                words.add(lowers[i])
    return words


# Counsel's line in an English judgment: "Ms A Barrister (instructed by Tremayne Ossory) for the
# Applicant". What comes after "instructed by" is a firm of solicitors or a legal department.
# Only counsel's own line: "(instructed by ...)" in brackets, or an "Instructed by:" label
# opening a line or a table cell; never "he was instructed by Dana Okafor to leave".
INSTRUCTED_BY = re.compile(r"(?:\((?i:instructed[ \t]+by)[ \t]+|(?:^|(?<=\|)|(?<=\)))[ \t]*(?i:instructed[ \t]+by):[ \t]*)"
                           r"(?!(?i:mr|mrs|ms|miss|dr)\.?[ \t])([^()\n|]{1,100}?)"
                           r"(?=\)|[ \t]*\||\n|$)", re.MULTILINE)
# What makes the instructing party a firm or office even when it starts with a given name.
FIRM_MARK = re.compile(r"&|\b(?:LLP|Ltd|Limited|Solicitors?|Legal|Law|Partners|Partnership|Chambers|Co\b|"
                       r"Council|Department|Service|Office|Agency|Government|Treasury)", re.IGNORECASE)


def _instructing_firm(text: str, candidate: Candidate) -> bool:
    """A name inside an "instructed by" clause: the solicitors' firm ("Tremayne Ossory")."""
    if candidate.category != "name":
        return False
    line_start = text.rfind("\n", 0, candidate.start) + 1
    for m in INSTRUCTED_BY.finditer(text, line_start, candidate.end + 100):
        if m.start(1) <= candidate.start and candidate.end <= m.end(1):
            value = m.group(1)
            # "Kit Vane, solicitor" or a given name and surname alone is a person who instructs
            person = re.search(r",[ \t]*(?:a[ \t]+)?(?:solicitor|barrister|advocate)\b", value, re.IGNORECASE) \
                or (value.split()[0].lower() in first_names() and not FIRM_MARK.search(value))
            return not person
    return False


CASE_PARTY = re.compile(r"\bthe[ \t]+(?:applicants?|appellants?|claimants?|defendants?|accused|petitioners?)\b",
                        re.IGNORECASE)
# The heading of a judgment's or decision's account of what happened to its parties.
NARRATIVE_HEADING = re.compile(r"^[ \t]*(?:[A-Z]\.[ \t]+)?(?:THE FACTS|THE CIRCUMSTANCES OF THE CASE|"
                               r"The circumstances of the case)[ \t]*$", re.MULTILINE)
# Bodies a judgment names that single out no party: the Court, the Government and the
# Convention system the judgment is written under.
NOT_NARRATIVE_ENTITIES = frozenset({
    "court", "the court", "commission", "the commission", "government", "the government", "convention",
    "the convention", "grand chamber", "chamber", "registry", "council of europe", "committee of ministers",
    "united kingdom", "the united kingdom", "state", "the state"})


def is_case_narrative(texts: Sequence[str]) -> bool:
    """The document sets out "THE FACTS" of what happened to the parties of a case ("the
    applicant", "the appellant"), as Strasbourg judgments and decisions do: its exact dates, places and bodies are
    quasi-identifiers of them (the Text Anonymization Benchmark's annotators mask them; ICO:
    a motivated intruder combines them). A UK judgment, which keeps them when it is
    anonymised, is not one: there a date beside a party is only for review (`event_date`)."""
    return any(NARRATIVE_HEADING.search(text) for text in texts) \
        and sum(len(CASE_PARTY.findall(text)) for text in texts) >= 2


STATE_WORDS = re.compile(r"\b(?:government|republic|kingdom|ministry|minister|parliament|convention|"
                         r"european|section|rule|article)\b", re.IGNORECASE)


def _entity_end(doc, index: int) -> int:
    """The end of the entity that starts at token `index`."""
    end = index + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _narrative_entity(ent) -> bool:
    """A place or body in a case narrative that could single a party out: not the Court,
    the Government, the respondent State or the Convention the judgment is written under,
    nor a heading in capitals ("THE FACTS") or a Latin phrase the model took for a body."""
    value = ent.text.strip()
    words = [w for w in value.split() if w.lower() != "the"]
    if ent.label_ == "ORG" and all(w.lower() in ("of", "and", "cassation", "assize") or is_common_word(w)
                                   or w.lower() in ORGANISATION_WORDS for w in words):
        return False  # "the Court of Cassation", "State Security Courts": a country's court, no party's place
    return (value.lower() not in NOT_NARRATIVE_ENTITIES and not STATE_WORDS.search(value) and bool(words)
            and not any(w.isupper() and len(w) > 2 for w in words) and value.lower() not in ("inter alia", "et al"))


PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")
LIST_LETTER = re.compile(r"[a-z]\.|\(?[a-z]\)")
COMPASS = {"N": "north", "S": "south", "E": "east", "W": "west"}


WRAPPED_SURNAME = re.compile(r"[ \t]*\n[ \t]*([A-ZÀ-ÖØ-Þ][\w'’-]*[a-zß-öø-ÿ][\w'’-]*)(?=[ \t]*(?:[,;:)]|$)|[ \t]+[a-z(])",
                             re.MULTILINE)


def _wrapped_on(text: str, candidate: Candidate) -> Candidate:
    """A name the page wrapped at the end of a line ("Cllr Mrs V / Quennell-Tripp, Cllr N Orde",
    "PCSO Andy / Huddlestane was present"): a name ending the line in an initial or a given
    name takes the surname that starts the next line, when a comma or lower-case words follow it."""
    if candidate.category != "name":
        return candidate
    wrap = WRAPPED_SURNAME.match(text, candidate.end)
    if wrap is None:
        return candidate
    words = [w for w in text[candidate.start:candidate.end].split() if w.lower() not in TITLE_FORMS]
    surname = wrap.group(1)
    # An initial still waits for its surname; so does a given name alone ("PCSO Andy"),
    # not a full name ("Orlagh Quennell / Democratic Services Officer").
    waiting = bool(words) and (INITIAL.match(words[-1]) is not None
                               or (len(words) == 1 and words[0].lower() in first_names()))
    if not waiting or is_common_word(surname) \
            or surname.lower() in uk_places() or surname.lower() in TITLE_FORMS:
        return candidate
    return replace(candidate, end=wrap.end(1))


# What may join the numbers of a list: "201602096 and 201602097", "IA/42057/2014\nIA/42060/2014".
LIST_JOIN = re.compile(r"[ \t]*(?:[,;][ \t]*(?:and[ \t]+|&[ \t]*)?|and[ \t]+|&[ \t]*|\n[ \t]*)")
# A code, with the Criminal Appeal Office's letter-and-digit suffix after a space ("2016/00311 A4").
CODE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9/-]*[A-Za-z0-9](?:[ \t][A-Z]\d(?![\w/]))?")


def _shape(code: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", code))


def _listed_after(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Case numbers listed after one that was found ("Reference No: 201602096 and 201602097",
    an appeal number with its linked appeals on the lines below): a code of the same shape
    straight after it, joined by a comma, "and" or a line break, is another of the kind."""
    found: list[Candidate] = []
    walked = 0  # the end of the list walked last: a code inside it starts no new walk
    for c in sorted((c for c in candidates if c.category == "case_id"), key=lambda c: c.start):
        if c.start < walked:
            continue
        shape, end = _shape(text[c.start:c.end]), c.end
        while (join := LIST_JOIN.match(text, end)) and (code := CODE_WORD.match(text, join.end())) \
                and _shape(code.group()) == shape and not text[code.end():code.end() + 1].isalnum():
            found.append(replace(c, start=code.start(), end=code.end(), source="listed_code"))
            end = code.end()
        walked = end
    return found


def _abbreviated_place(doc, start: int) -> bool:
    """A compass point's letter before the rest of a place's name ("W Midlands" for West
    Midlands), or a letter glued after a slash ("Q/E December", "A/B Block")."""
    letter, word = doc[start], doc[start + 1]
    if start > 0 and doc[start - 1].text in ("/", "&") and not doc[start - 1].whitespace_:
        return True
    compass = COMPASS.get(letter.text.rstrip("."))
    return compass is not None and f"{compass} {word.lower_}" in uk_places()


def _lone_word_tier(text: str, candidate: Candidate, named: set[str]) -> Candidate:
    """One word the model alone calls a person is a sure name only when it is a given name
    or part of a name found on better evidence in the document ("Preston" after "Jayden
    Preston"); otherwise it is as often a village, a firm or a heading ("Kelsall",
    "Quillmark", "Buffet"): for a person to decide."""
    if candidate.source != "ner_single" or candidate.tier != REDACT:
        return candidate
    word = text[candidate.start:candidate.end]
    if word.lower() in named or word.lower() in first_names():
        return candidate
    return replace(candidate, tier=REVIEW)


def _weak_name(text: str, candidate: Candidate) -> bool:
    """Found from weak evidence alone: one of the weak rules, or one word the model called a
    person (also when a longer entity was cut down to one word)."""
    return candidate.source in WEAK_NAME_SOURCES or (
        candidate.source == "ner" and len(text[candidate.start:candidate.end].split()) == 1)


BODY_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")
SPACED_LETTERS = re.compile(r"(?<![\w.])[A-Z] [A-Z] [A-Z] [A-Z](?![\w.])")


def _place_tail_cut(text: str, candidate: Candidate) -> Candidate:
    """A name run on into the place of the body after it ("Julia Vanterpool Christchurch
    Borough Council", "Peter Ossory Dorset Police"): the place is cut off."""
    if candidate.category != "name":
        return candidate
    words = list(re.finditer(r"\S+", text[candidate.start:candidate.end]))
    body = BODY_AFTER.match(text, candidate.end)
    if len(words) < 3 or words[-1].group().lower() not in uk_places() or body is None \
            or body.group(1).lower() not in ORGANISATION_WORDS:
        return candidate
    return replace(candidate, end=candidate.start + words[-2].end())


def _names_a_place(text: str, candidate: Candidate, not_names: set[str]) -> bool:
    """A weakly evidenced name whose words are all places or bodies' qualifiers, or any name
    ending in a never-name word right before a body word ("... St John Parish Council")."""
    if candidate.category != "name":
        return False
    if SPACED_LETTERS.search(text, candidate.start, candidate.end):
        return True  # a heading spaced out: "J U D G M E N T"
    value = re.sub(r"['’]s$", "", text[candidate.start:candidate.end]).lower()
    body = BODY_AFTER.match(text, candidate.end)
    if body and body.group(1).lower() in BODY_WORDS and value.split()[-1] in never_names():
        return True
    if not _weak_name(text, candidate):
        return False
    if candidate.source == "proper_nouns" and value.split()[-1] in _lists().organisation_words:
        return True  # "Palantir Technologies", "Garmin Orchestra": a company or organisation
    if value in not_names:
        return True
    words = value.split()
    return all(w in not_names or is_common_word(w) for w in words) and any(w in not_names for w in words)


# Words of a team's or service's shared mailbox ("foi@", "yjs.business@", "info.requests@"):
# such an address identifies no one, so it stays, as the ICO's own casework@ would.
MAILBOX_WORDS = {
    "foi", "info", "enquiries", "enquiry", "admin", "contact", "office", "reception", "duty",
    "referrals", "referral", "safeguarding", "dpo", "complaints", "hr", "yjs", "yot", "yos", "mash",
    "noreply", "no", "reply", "help", "helpdesk", "ig", "records", "post", "mail", "press", "media",
    "comms", "finance", "legal", "ict", "web", "webmaster", "frontdoor", "edt", "casework", "sar",
    "dsl", "senco", "cpoms", "camhs", "nhs", "ico", "cps", "hmip", "yjb", "mappa", "ete",
    "services", "service", "team", "support", "business", "customer", "data", "protection",
    "governance", "general", "democratic", "communications", "payments", "accounts", "council",
    "school", "headteacher", "requests", "information", "access", "rights", "civil", "criminal", "family",
    "listings", "listing", "clerks", "members", "committee", "committees", "elections", "electoral",
    "planning", "licensing", "housing", "parking",
}


def _two_words(piece: str) -> list[str]:
    """A piece of a mailbox's name split into the two service words it runs together."""
    for cut in range(4, len(piece) - 3):
        head, tail = piece[:cut], piece[cut:]
        if head in MAILBOX_WORDS and tail in MAILBOX_WORDS:  # never "sar" + "award" of saraward@
            return [head, tail]
    return [piece]


def _shared_mailbox(email: str) -> bool:
    """An address whose local part is a team or service word, with only everyday words
    beside it. "amber.white@" is a person: neither word names a service."""
    pieces = [p.lower() for p in local_part_pieces(email)]
    # Two words run together: "democraticservices@", "customerservices@".
    pieces = [word for p in pieces for word in _two_words(p)]
    return (any(p in MAILBOX_WORDS for p in pieces)
            and all(len(p) >= 2 and (p in MAILBOX_WORDS or is_common_word(p)) for p in pieces))


# Words that introduce a name plainly enough that an everyday word after them is one.
PLAINLY_INTRODUCED = re.compile(r"(?:known (?:only )?as|nicknamed|goes by|my name is|calls? (?:me|him|her))"
                                r"[\s:\"'“‘]*$", re.IGNORECASE)
# Between a full name and the nickname it goes by: "Jayden Okafor (known as JJ)".
NICKNAME_BETWEEN = re.compile(r"^[\s,(\-–]*(?:who is |also |often |usually )?(?:known as|aka|a\.k\.a\.|nicknamed|"
                              r"goes by)[\s:\"'“‘]*$", re.IGNORECASE)
# A person's initials written with full stops, standing alone: "Young person: M.R.", "SIN - J.O.".
DOTTED_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?![\w.])")
NOT_INITIALS = {"UK", "US", "AM", "PM", "NB", "EG", "IE", "PS", "RE", "DOB", "CC", "QC", "KC", "JP",
                "UN", "EU", "BC", "AD", "OK", "TV", "GP", "RSVP", "DIY", "MP", "PC", "DC", "UKA", "USA"}
INITIALS_AFTER = re.compile(r"[ \t]*\((?P<initials>[A-Z]{2,3}|(?:[A-Z]\.){2,3})\)")


def _initials_after(text: str, candidate: Candidate) -> str | None:
    """Initials given in brackets after a full name, "Zain Rashid (ZR)": the record goes on to
    use them for the person, so they are carried like a nickname."""
    m = INITIALS_AFTER.match(text, candidate.end)
    if m is None:
        return None
    initials = m.group("initials")
    letters = initials.replace(".", "")
    words = [w for w in re.split(r"[\s\-]+", text[candidate.start:candidate.end]) if w[:1].isupper()]
    # The last words may be the name ("Apols Jane Hollingbrook (JH)").
    return initials if "".join(w[0] for w in words[-len(letters):]) == letters else None


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _drop_common_singles(docs, texts: list[str], found: list[list[Candidate]]) -> list[list[Candidate]]:
    """Single words the model alone calls a person ("Speech" at the start of a heading)
    are dropped when the same document also writes them in lower case mid-sentence, so
    they are ordinary words, unless they are known given names."""
    singles = {text[c.start:c.end].casefold() for text, cs in zip(texts, found)
               for c in cs if c.source == "ner_single"}
    if not singles:
        return found
    names = first_names()
    common = {t.text for doc in docs for t in doc
              if t.is_lower and t.i > 0 and t.text in singles and t.text not in names}
    if not common:
        return found
    return [[c for c in cs if not (c.source == "ner_single" and text[c.start:c.end].casefold() in common)]
            for text, cs in zip(texts, found)]


def _in_longer_entity(token, labels) -> bool:
    """In an entity of one of `labels` longer than the word itself: "Jordan Valley Trust".
    One word alone the small model often mislabels ("Scott" as ORG, "Rebecca" as GPE)."""
    if token.ent_type_ not in labels:
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_iob_ == "I" or (nxt is not None and nxt.ent_iob_ == "I")


def _names_a_body_or_role(doc, start: int, end: int) -> bool:
    """A run of capitals followed straight on by a capitalised organisation or role word
    ("Practice Development Manager", "Serious Incident Panel") names that body or role,
    unless it starts with a known given name."""
    if end >= len(doc) or doc[start].lower_ in first_names():
        return False
    nxt = doc[end]
    return (nxt.text[:1].isupper() and not nxt.is_upper
            and (nxt.lower_ in ORGANISATION_WORDS or nxt.lower_ in ROLE_WORDS))


def _after_saint(token) -> bool:
    """A saint's name names a church, school, place or day ("St Andrew's Day"), not a person."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("st", "st.", "saint")


def _name_like(token) -> bool:
    return (not _after_saint(token) and token.lower_ not in ("st", "saint") and token.tag_ in PROPER_NOUN_TAGS and NAME_WORD.match(token.text) is not None and not token.is_upper
            and token.lower_ not in NOT_NAME_WORDS and token.lower_ not in ORGANISATION_WORDS
            and token.lower_ not in TITLE_FORMS)


# Categories written in words, from which an allowed phrase is cut ("Jo Bloggs, Youth
# Justice Service"). An identifier (an email, a phone number) is kept whole or dropped whole:
# "yjs.bloggs@northshire.gov.uk" is not cut around "YJS" and "UK".
CUT_ALLOWED_FROM = {"name", "school", "placement", "other", "address"}


@lru_cache(maxsize=256)
def _allowed_spans(regex: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Where the allowed phrases are in `text`: each segment is trimmed at several stages,
    and the allowlist is a long alternation, so it is read once per segment (recent ones kept)."""
    return [m.span() for m in regex.finditer(text)]


def trim_allowed(text: str, candidates: list[Candidate], regex: re.Pattern) -> list[Candidate]:
    """Candidates with every allowed phrase cut out of them (dropped when nothing is left)."""
    allowed = _allowed_spans(regex, text)
    if not allowed:
        return candidates
    # The matches do not overlap and come in order: the few a candidate meets are found by
    # bisection, so a long text with many candidates and many allowed phrases costs n log n.
    allowed_starts = [a_start for a_start, _ in allowed]
    allowed_ends = [a_end for _, a_end in allowed]
    kept = []
    for c in candidates:
        meeting = allowed[bisect_right(allowed_ends, c.start):bisect_left(allowed_starts, c.end)]
        if c.category not in CUT_ALLOWED_FROM:
            if not any(a_start <= c.start and c.end <= a_end for a_start, a_end in meeting):
                kept.append(c)
            continue
        pieces = [(c.start, c.end)]
        for a_start, a_end in meeting:
            next_pieces = []
            for p_start, p_end in pieces:
                if a_end <= p_start or a_start >= p_end:
                    next_pieces.append((p_start, p_end))
                    continue
                if p_start < a_start:
                    next_pieces.append((p_start, a_start))
                if a_end < p_end:
                    next_pieces.append((a_end, p_end))
            pieces = next_pieces
        for p_start, p_end in pieces:
            p_start, p_end = _strip(text, p_start, p_end)
            if p_end > p_start and any(ch.isalnum() for ch in text[p_start:p_end]):
                kept.append(c if (p_start, p_end) == (c.start, c.end) else replace(c, start=p_start, end=p_end))
    return kept


def _priority(recogniser: Recogniser, text: str, start: int, lead: str = "") -> int:
    if recogniser.context and not recogniser.context_required and recogniser.has_context(text, start, lead):
        return recogniser.priority + 10
    return recogniser.priority


def _extend_name(doc, start: int, end: int) -> tuple[int, int]:
    """Grow a name over following capitalised words, initials and hyphenated parts."""
    added = 0
    while end < len(doc) and added < 3:
        token = doc[end]
        if _starts_council_phrase(doc, end):
            break
        if token.text in ("-", "‑") and end + 1 < len(doc) and NAME_WORD.match(doc[end + 1].text) \
                and not token.whitespace_:
            end += 2
        elif (NAME_WORD.match(token.text) and token.tag_ in PROPER_NOUN_TAGS
              and (token.lower_ not in NOT_NAME_WORDS or _surname_young(doc, end))
              and not token.is_upper) or INITIAL.match(token.text):
            end += 1
        else:
            break
        added += 1
    # A possessive stays outside the name, so "Jayden's" reads "Person 1's".
    while end > start and (INITIAL.match(doc[end - 1].text) or doc[end - 1].lower_ in ("-", "'s", "’s", "'", "’")):
        end -= 1
    return start, end


def _starts_council_phrase(doc, index: int) -> bool:
    """A role or organisation word, or an everyday word with another capitalised word after
    it: the start of a title or body written after a name ("... Assistant Director")."""
    token = doc[index]
    lower = token.lower_
    if lower in ROLE_WORDS or lower in BODY_WORDS:
        return True
    nxt = doc[index + 1] if index + 1 < len(doc) else None
    return (is_common_word(token.text) and nxt is not None and nxt.text[:1].isupper()
            and nxt.is_alpha and bool(token.whitespace_))


def _surname_young(doc, index: int) -> bool:
    """"Young" after a name is a surname ("Will Young"), unless a young person follows."""
    if doc[index].text != "Young":
        return False
    nxt = doc[index + 1].lower_ if index + 1 < len(doc) else ""
    return nxt not in ("person", "people", "persons", "man", "men", "woman", "women", "adult",
                       "adults", "offender", "offenders", "carer", "carers")


def _extend_name_back(doc, start: int) -> int:
    """Take in a given name or proper noun just before a name ("Ella" of "Ella H. Snider")."""
    if start > 0:
        token = doc[start - 1]
        if (NAME_WORD.match(token.text) and not token.is_upper and token.lower_ not in NOT_NAME_WORDS
                and token.lower_ not in ORGANISATION_WORDS and token.lower_ not in TITLE_FORMS
                and not is_common_word(token.text)):
            return start - 1
    return start


def _end_char(doc, end_token: int) -> int:
    last = doc[end_token - 1]
    return last.idx + len(last.text)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
        end -= 1
    return start, end


def _norm(value: str) -> str:
    return " ".join(value.split()).casefold()


# Words of a value carried through a document may be joined by hyphens or underscores
# (see trie.words_unit).
_CARRY_SEPARATORS = re.compile(r"[\s_-]+")


def _carry_norm(value: str) -> str:
    return " ".join(_CARRY_SEPARATORS.split(value.strip(" _-"))).casefold()


def merge_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """One span per overlapping group: their union, labelled by the strongest member."""
    merged: list[Candidate] = []
    group: list[Candidate] = []
    group_end = -1
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if group and c.start < group_end:
            group.append(c)
            group_end = max(group_end, c.end)
            continue
        if group:
            merged.append(_union(group, group_end))
        group, group_end = [c], c.end
    if group:
        merged.append(_union(group, group_end))
    return merged


def _union(group: list[Candidate], end: int) -> Candidate:
    best = max(group, key=lambda c: (c.priority, c.end - c.start))
    # The strongest member decides the tier too: a weak word inside an organisation's
    # address does not make the address a sure redaction.
    return replace(best, start=group[0].start, end=end)


def context_of(text: str, start: int, end: int) -> str:
    """The words around a candidate, the candidate marked [[like this]] (internal use only)."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())
