"""Personal-data recognisers: one small declarative unit per kind of identifier.

Each `Recogniser` is its pattern, the context words that must (or may) appear shortly
before it, and its validator (a check digit where the identifier has one). They run as
regular expressions over the spaCy `Doc`'s text; names, which need the tagger and the
entity recogniser, are found by `reviewgen.redact.detect` with spaCy's `Matcher`.

A pattern with a named group `value` redacts only that group ("aged (15)"), so the
words around it stay and the text still reads.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Validator = Callable[[str], bool]
# A field's label at the start of a line: "Date:", "Meeting date:", "Next review (date):".
FIELD_LABEL = re.compile(r"[ \t]*[^\W\d_][\w '’()/.-]{0,40}:")


@dataclass(frozen=True)
class Recogniser:
    """One kind of identifier: what it looks like, what must surround it, how to check it."""

    name: str
    category: str
    pattern: str
    validator: Validator | None = None
    context: tuple[str, ...] = ()
    context_required: bool = False
    context_window: int = 40
    # Characters after the match also read for context ("Cedar House, a children's home").
    context_after: int = 0
    # A line that starts with its own label ("Date: 2 October 2025") reads only that line
    # for context, not the line above ("... (DOB 05/05/2011)").
    label_ends_context: bool = False
    flags: int = 0
    priority: int = 50
    _regex: re.Pattern = field(init=False, repr=False, compare=False)
    _context_regex: re.Pattern | None = field(init=False, repr=False, compare=False)
    _value_groups: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.compile(self.pattern, self.flags)
        object.__setattr__(self, "_regex", regex)
        # Groups named value, value2, ...: only that part is personal data.
        groups = tuple(sorted(g for g in regex.groupindex if g.startswith("value")))
        object.__setattr__(self, "_value_groups", groups)
        context = None
        if self.context:
            words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in self.context)
            context = re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])", re.IGNORECASE)
        object.__setattr__(self, "_context_regex", context)

    def find(self, text: str, lead: str = "") -> Iterator[tuple[int, int]]:
        """Character spans of every valid match in `text`. `lead` is text shown just before
        it elsewhere (the earlier cells of a table row): read for context only."""
        for match in self._regex.finditer(text):
            start, end = match.span()
            for group in self._value_groups:
                if match.group(group) is not None:
                    start, end = match.span(group)
                    break
            if start == end:
                continue
            if self.validator is not None and not self.validator(text[start:end]):
                continue
            if self.context_required and not (self.has_context(text, match.start(), lead)
                                              or self.has_context_after(text, match.end())):
                continue
            yield start, end

    def has_context(self, text: str, start: int, lead: str = "") -> bool:
        if self._context_regex is None:
            return True
        # Only the window is sliced: copying all the text before every match is quadratic.
        window_start = max(0, start - self.context_window)
        if self.label_ends_context:
            line_start = text.rfind("\n", 0, start) + 1
            if FIELD_LABEL.match(text[line_start:start]):
                window_start, lead = max(window_start, line_start), ""
        window = text[window_start:start]
        if lead and start < self.context_window:
            window = (lead + "\n" + window)[-self.context_window:]
        return self._context_regex.search(window) is not None

    def has_context_after(self, text: str, end: int) -> bool:
        if self._context_regex is None or not self.context_after:
            return False
        return self._context_regex.search(text[end:end + self.context_after]) is not None


# --- validators ------------------------------------------------------------------------

def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def nhs_number_valid(value: str) -> bool:
    """NHS number: 10 digits, the last a modulus 11 check digit (10 is never issued)."""
    number = digits(value)
    if len(number) != 10 or len(set(number)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(number[9])


UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check_letter(twelve_digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(twelve_digits, range(2, 14)))
    return UPN_CHECK_LETTERS[total % 23]


def upn_valid(value: str) -> bool:
    """Unique Pupil Number: a check letter (DfE modulus 23) then 12 digits."""
    value = value.upper()
    return len(value) == 13 and value[1:].isdigit() and upn_check_letter(value[1:]) == value[0]


def luhn_valid(value: str, shortest: int = 13) -> bool:
    """Payment card: 13-19 digits (12 for some Maestro cards) passing the Luhn check."""
    number = digits(value)
    if not shortest <= len(number) <= 19 or len(set(number)) == 1:
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        d = int(char)
        if index % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def maestro_valid(value: str) -> bool:
    return luhn_valid(value, shortest=12)


# Countries that issue IBANs (ISO 3166 codes of the IBAN registry).
IBAN_COUNTRIES = frozenset(
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE "
    "GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU "
    "NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE".split())


def iban_valid(value: str) -> bool:
    """IBAN: country, check digits, account; the whole rearranged number mod 97 is 1.
    Written all in capitals or all in lower case ("gb82west...")."""
    compact = re.sub(r"[\s-]", "", value)
    if not (compact.isupper() or compact.islower()):
        return False
    compact = compact.upper()
    if not 15 <= len(compact) <= 34 or compact[:2] not in IBAN_COUNTRIES:
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def ip_address_valid(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (address.is_unspecified or address.is_loopback)


def us_ssn_valid(value: str) -> bool:
    number = digits(value)
    if len(number) != 9 or len(set(number)) == 1:
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def uk_phone_valid(value: str) -> bool:
    """A UK number has 10 digits after the trunk 0 (9 for a few small exchanges)."""
    number = digits(value)
    if number.startswith("0044"):
        number = "0" + number[4:]
    elif number.startswith("44") and value.lstrip().startswith("+"):
        number = "0" + number[2:]
    if value.count("(0)") and number.startswith("00"):
        number = number[1:]
    number = re.sub(r"^0+", "0", number)
    return number.startswith("0") and len(number) in (10, 11) and number[1] in "1235789"


def phone_valid(value: str) -> bool:
    return 7 <= len(digits(value)) <= 15


def vehicle_registration_valid(value: str) -> bool:
    """Current GB format: two letters, an age identifier (02-29 or 51-79), three letters."""
    compact = value.replace(" ", "").upper()
    age = int(compact[2:4])
    return (2 <= age <= 29 or 51 <= age <= 79) and not set(compact[4:]) & set("IQ")


# --- shared pattern pieces -------------------------------------------------------------

MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|"
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\.?,?\s+\d{{4}}|"
        rf"{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})")
DATE_ONLY = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([/.-])\d{1,2}\2\d{1,2}")
# Words that end a street name, UK first; then the common continental forms.
STREET_WORDS = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|"
    "Gardens|Gdns|Place|Pl|Terrace|Terr|Grove|Gr|Walk|Mews|Square|Sq|Hill|Row|Parade|"
    "Rise|View|Vale|Green|Park|Boulevard|Blvd|Highway|Hwy|Parkway|Pkwy|Circle|Trail|"
    "Bypass|Broadway|Wharf|Yard|Quay|Chase|Croft|Meadow|Meadows|Fields|End|Gate|Approach|"
    "Embankment|Promenade|Esplanade|Str|Loop|Route|Turnpike|Pike|Plaza|Point|Heights|Ridge|"
    "Crossing|Junction|Landing"
)
CONTINENTAL_SUFFIX = (
    r"(?:stra(?:ss|ß)e|str\.|weg|gasse|platz|allee|gate|gata|gatan|vägen|vej|veien|vei|"
    r"katu|tie|polku|utca|útja|tér|laan|straat|plein|gracht|steeg|kuja|torg)"
)
CONTINENTAL_PREFIX = (
    r"(?:Rue|Avenue|Boulevard|Chemin|Allée|Place|Via|Viale|Piazza|Corso|Calle|Avenida|"
    r"Carrer|Rua|Rúa|Travessa|Largo|ul\.|ulica|al\.|Aleja|Plac|Strada|Bulevardul|Carrera|"
    r"Avda\.|Av\.?|C/|Paseo|Praça|Camino|Vía|Plaza|Ronda|Vicolo|Piazzale|Trg|Náměstí)"
)
# Small words inside continental street names: "Rua do Arenque", "Via dei Fiorentini".
PARTICLE = r"(?:de|del|della|dei|delle|degli|di|da|do|dos|das|du|des|la|le|les|y|e|van|von|der|den|ten)"
# Street words written after the name and before the number: "Király u. 15.", "Luite tee 87".
SPACED_SUFFIX = (r"(?:u\.|utca|út|útja|körút|tér|rkp\.|köz|sor|kapu|tee|terrasse|gade|allé|"
                 r"väg|vei|vej)")
# Joined street words safe to find in lower case too: "hersnapvej 18".
LOWER_SUFFIX = r"(?:stra(?:ss|ß)e|gasse|vej|veien|vegen|gatan|vägen|katu|straat|laan|allee|platz)"
CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
HOUSE_NUMBER = r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?"
UNIT = r"(?:Flat|Apartment|Apt\.?|Suite|Ste\.?|Unit)\s+\d{1,5}[A-Za-z]?"
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"
UK_POSTCODE = (r"(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? ?[0-9][ABD-HJLNP-UW-Z]{2})")

CI = re.IGNORECASE
# Elided particles in French and Italian street names: "Avenue d'Ouchy", "Via dell'Orso".
ELIDED = r"(?:d|l|dell|dall|sull|nell)['’][A-ZÀ-ÖØ-Þ][\w'’-]*"
# Small words inside a street name between capitalised words: "Jiřího z Poděbrad".
SMALL_WORD = rf"(?:{PARTICLE}|z|u|v|na|nad|pod)"
# A capitalised word of the second street at a corner; a field label ("Mobile:") ends it.
CORNER_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?![\w'’-]|\s*:)"

# A street name written as its own word after the name: "Villacher Strasse", "Nieuwe Baan".
SEPARATE_SUFFIX = (r"(?:Stra(?:ss|ß)e|Str\.|Weg|Gasse|Platz|Allee|Damm|Ufer|Chaussee|Gata|Gatan|"
                   r"Vägen|Vej|Laan|Straat|Plein|Gracht|Baan|Kade|Dijk|Singel|Dreef|Steenweg)")
# Czech and Slovak street names open with a preposition: "Pod Floriánem", "Na Příkopě".
SLAVIC_PREPOSITION = r"(?:Pod|Nad|Na|Za|Před|Ke)"
# Street words written in lower case ("12 mill lane"): only the unambiguous ones.
# Not "close", "drive", "court", "way", "place", "walk": "3 very close friends", "a 2 hour drive".
LOWER_STREET_WORD = (r"(?:street|st\.|road|rd\.|avenue|ave\.|lane|crescent|gardens|terrace|grove|mews|"
                     r"square|boulevard|parade)")
# Foreign street words that are not English words, safe in lower case: "36 rue de pologne".
LOWER_CONTINENTAL_PREFIX = r"(?:rue|rua|rúa|avenida|avda\.|calle|carrer|strada|ulica|ul\.|trg|viale|piazza|travessa)"
# A street word anywhere in a phrase: what makes "the corner of X and Y" two streets.
STREET_WORD_RE = re.compile(
    rf"\b(?:{STREET_WORDS})\b|\B{CONTINENTAL_SUFFIX}\b|\b{SEPARATE_SUFFIX}(?!\w)"
    rf"|\b(?:{LOWER_STREET_WORD}|courts?)(?!\w)")
# First words that make "Name 12" a reference, a label or a date, not a street and number.
NOT_STREET_WORDS = (
    r"Section|Sections|Page|Pages|Level|Stage|Year|Years|Key|Chapter|Part|Paragraph|Para|"
    r"Schedule|Article|Rule|Regulation|Table|Figure|Fig|Appendix|Annex|Item|Step|Phase|Room|"
    r"Floor|Ward|Bay|Platform|Terminal|Gate|Exit|Junction|Version|Tier|Grade|Band|Domain|"
    r"Case|Carer|Parent|Young|Person|Child|Sibling|Manager|Officer|Worker|Practitioner|Unit|"
    r"Flat|Block|Wave|Cohort|Group|Team|Priority|Recommendation|Finding|Theme|Question|"
    r"Standard|Principle|Option|Scenario|Area|Zone|Week|Day|Number|No|Point|Box|Suite|"
    r"Apartment|Apt|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|"
    rf"{MONTHS}|The|A|An|His|Her|Their|Our|My|Your|This|That|And|Or|In|On|At|Of|To|For"
)
# Lower-case words that are never a name after "my name is": common words end the name.
NOT_LOWER_NAME = (r"a|an|the|and|or|but|not|is|was|in|on|at|of|to|for|with|from|by|as|it|i|"
                  r"he|she|they|we|you|me|my|your|his|her|their|our|this|that|what|who|how|"
                  r"and|also|just|still|now|here|there|because|so|if|when|where|please|thanks|"
                  r"thank|hi|hello|sir|madam|mr|mrs|ms|miss|dr|unknown|none|n/a|same|below|above")
LOWER_NAME_WORD = rf"(?!(?:{NOT_LOWER_NAME})(?![\w'’-]))[a-zà-ÿ][a-zà-ÿ'’-]+"
# Words that start a phrase naming no particular school: "the Primary School", "Virtual School".
GENERIC_SCHOOL_WORDS = (r"The|A|An|This|That|His|Her|Their|Our|Your|My|Primary|Secondary|High|"
                        r"Grammar|Junior|Infant|Special|Free|Local|State|Independent|Boarding|"
                        r"Virtual|Sixth|Further|Alternative|Mainstream|Pupil|Summer|Sunday|Secure|"
                        r"Police|Staff|Training|Youth|Technical|Art|Medical|Law|Business|Royal")

# Words after "is 15" that make the figure something other than an age.
AGE_NOT_FOLLOWERS = (rf"(?:{MONTHS}|minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|"
                     r"miles?|metres?|meters?|km|kg|points?|sessions?|times?|pounds?|per|out|of|st|nd|rd|th|"
                     r"s|percent|per\s+cent|or\s+more|to\s+\d)(?![\w'’-])")
# Capitalised words before "is 15" or "(15)" that are no person: counts, references, totals.
NOT_AGE_SUBJECTS = (rf"{NOT_STREET_WORDS}|It|Its|There|Here|What|Which|Who|Total|Totals|Score|Count|Rate|"
                    r"Average|Mean|Median|Target|Result|Results|Time|Date|Month|Months|Q[1-4]|Quarter|"
                    r"Figure|Figures|Referrals?|Cases|Sessions?|Attendance|Rating|Risk|Answer|Size|Cost|"
                    r"Price|Budget|Age|Capacity|Limit|Maximum|Minimum|Deadline|Caseload|Caseloads|Panel|"
                    r"Total|Number|Numbers|Offences?|Orders?|Children|Young|People|Boys|Girls|Males?|"
                    r"Females?|Under|Over|Aged|Ages|Custody|Reoffending|Entrants|England|Wales|Row|Column|"
                    r"Line|Lines|Questions?|Items?|Actions?|Recommendations?|Findings?|Sections?|Pages?|"
                    r"Notes?|Minutes|Hours|Days|Weeks|Score|Scores|Term|Terms|Year|Class|Set|Group")
# Who a child is to the case, written before an age in brackets: "(cousin, 9)".
RELATION_WORDS = (r"son|daughter|brother|sister|half-brother|half-sister|step-brother|step-sister|"
                  r"stepbrother|stepsister|sibling|cousin|nephew|niece|child|baby|friend|peer|"
                  r"co-defendant|victim|partner|boyfriend|girlfriend|male|female|m|f|boy|girl")

# Words that start a phrase naming no particular home: "the Children's Home", "Secure Unit".
GENERIC_PLACEMENT_WORDS = (r"The|A|An|This|That|His|Her|Their|Our|Your|My|Its|Local|Secure|Supported|"
                           r"Residential|Private|New|Current|Previous|Former|Solo|Emergency|Foster|"
                           r"Council|Authority|Independent|Placement|Placements|Children['’]s|Care")
# What the home of a child in care is called after its name.
PLACEMENT_ENDINGS = (r"Children['’]?s[ \t]+Home|Residential[ \t]+(?:Home|Unit)|Care[ \t]+Home|Secure[ \t]+Unit|"
                     r"Secure[ \t]+Children['’]?s[ \t]+Home|Supported[ \t]+(?:Accommodation|Lodgings|Housing)|"
                     r"Foyer|Hostel")
# Words that end the name of a house that may be a placement, when the text says it is one.
PLACEMENT_HOUSE_WORDS = r"House|Lodge|Farm|Cottage|Grange|Manor|Barn|Villa"
PLACEMENT_CONTEXT = (
    "placement", "placements", "placed", "children's home", "childrens home", "children’s home",
    "supported accommodation", "supported lodgings", "semi-independent", "residential", "care home",
    "lives at", "living at", "lived at", "moved to", "moving to", "move to", "hostel", "foster",
    "secure unit", "staying at", "stays at", "resides at", "residing at", "care provider",
)

# Case-management, police, court and prison systems whose record numbers name a person.
CASE_SYSTEMS = (r"ChildView|LCS|Liquidlogic|Mosaic|Eclipse|CareFirst|Capita(?:[ \t]+One)?|Synergy|EHM|"
                r"AssetPlus|Careworks|Frameworki|SystmOne|EMIS|RiO|NOMIS|nDelius|Delius|Niche|Athena|"
                r"CMS|ICS|Azeus|Core\+|CYPIS|ChildPlus|Paris")
# What a record is of, before its number word: "custody record", "case number", "client ID".
CASE_KINDS = (r"case|client|customer|custody|crime|prison|prisoner|offender|person|child|subject|"
              r"incident|occurrence|referral|court|file|booking|arrest|record|tenancy|patient|hospital")
CASE_NUMBER_WORDS = r"ID|ref\.?|reference|number|no\.?|num|#|record|code"
# Labels that are a record number by themselves: "CRN X123456", "Prison number A4721DT".
CASE_LABELS = r"CRN|URN|NOMS(?:[ \t]+(?:number|no\.?|ID))?|CRO(?:[ \t]+(?:number|no\.?))?|PND[ \t]+ID"
# Where someone is online: a username after the site's name or a username word.
ONLINE_SITES = (r"Snapchat|Snap|Instagram|Insta|TikTok|Twitter|X|Facebook|FB|Discord|Telegram|Kik|YouTube|"
                r"Twitch|Reddit|Threads|Xbox|PSN|PlayStation|Steam|Roblox|Fortnite|WhatsApp|Signal")
ONLINE_LABELS = r"username|user[ \t]+name|user[ \t]*ID|handle|gamertag"
ONLINE_WORDS = rf"{ONLINE_LABELS}|account|profile|name|ID"


def case_id_valid(value: str) -> bool:
    """A record number has three digits at least, and is no year, date or decimal."""
    if sum(c.isdigit() for c in value) < 3 or DATE_ONLY.fullmatch(value):
        return False
    return not re.fullmatch(r"(?:19|20)\d\d", value)


def online_id_valid(value: str) -> bool:
    """A username has a letter and a digit, an underscore or an inner full stop:
    "mia_x_robbo09", never a year or a count."""
    return bool(re.search(r"[^\W\d_]", value)) and bool(re.search(r"[\d_]", value) or "." in value[1:-1])


RECOGNISERS: tuple[Recogniser, ...] = (
    Recogniser(
        "email", "email",
        r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
        priority=90,
    ),
    Recogniser(
        "uk_postcode", "postcode", rf"\b{UK_POSTCODE}\b", priority=70,
    ),
    Recogniser(
        "uk_phone", "phone",
        r"(?<![\w+])(?:(?:\+|00)44\s?(?:\(0\)\s?)?\d{2,5}|\(0\d{2,5}\)|0\d{2,5})"
        r"(?:[\s.-]?\d{2,4}){1,3}(?!\w)",
        validator=uk_phone_valid, priority=75,
    ),
    Recogniser(
        "international_phone", "phone",
        # Never the tail of a reference ("NP-250513-0449") or of a figure ("100,000 10-17").
        r"(?<![\w+/-])(?<!\d[,.])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?(?:\(\d{1,4}\)|\d{1,4})(?:[\s.-]?\d{2,4}){1,4}"
        r"|00\d{1,3}[\s.-]\d{1,4}(?:[\s.-]?\d{2,4}){1,4}"
        r"|(?:001[\s.-])?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\w)",
        validator=phone_valid, priority=60,
    ),
    Recogniser(
        # Short local numbers ("450 0840") look like any other figure: only with a phone word.
        "phone_in_context", "phone",
        # Up to five groups: "01.84.17.61.18", "0489 25 37 29"; never a date.
        r"(?<![\w+/.-])\(?\d{2,4}\)?(?:[\s.-]?\d{2,4}){1,4}(?![\w/.-]|\.\d)",
        validator=lambda v: phone_valid(v) and not DATE_ONLY.fullmatch(v),
        context=("phone", "telephone", "tel", "mobile", "mob", "call", "called", "calling",
                 "ring", "text", "texted", "texts", "message", "messages", "sms", "fax", "desk",
                 "number", "contact", "answering", "reach", "whatsapp", "landline", "ph"),
        context_required=True, context_window=30, priority=40,
    ),
    Recogniser(
        "nhs_number", "nhs_number", r"(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])",
        validator=nhs_number_valid, context=("nhs",), priority=80,
    ),
    Recogniser(
        "ni_number", "ni_number",
        r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
        priority=85,
    ),
    Recogniser(
        "pnc_id", "pnc_id", r"\b(?:\d{2}|\d{4})/\d{1,7}[A-HJ-NP-Z]\b", priority=85,
    ),
    Recogniser(
        "upn", "upn", r"\b[A-HJ-NP-RT-Z]\d{12}\b", validator=upn_valid, priority=85,
    ),
    Recogniser(
        "uk_driving_licence", "driving_licence",
        r"\b[A-Z9]{5}\d[0156]\d{4}[A-Z9]{2}\d[A-Z]{2}(?:\s?\d{2})?\b", priority=85,
    ),
    Recogniser(
        "licence_in_context", "driving_licence",
        r"licen[cs]e\s+(?:number|no\.?|#)?\s*(?:is|:)?\s*(?P<value>[A-Z0-9](?:[A-Z0-9-]){4,18}[A-Z0-9])\b",
        flags=CI, validator=lambda v: any(c.isdigit() for c in v), priority=70,
    ),
    Recogniser(
        "vehicle_registration", "vehicle_registration",
        r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b",
        validator=vehicle_registration_valid, priority=70,
    ),
    Recogniser(
        "credit_card", "payment_card",
        r"(?<![\d-])(?:\d{4}[ -]?){3}\d{1,7}(?![\d-])|(?<![\d-])\d{13,19}(?![\d-])",
        validator=luhn_valid, priority=80,
    ),
    Recogniser(
        # Some Maestro cards have 12 digits: like any other figure, so only after a card word.
        "card_in_context", "payment_card", r"(?<![\d-])\d{4}([ -]?)\d{4}\1\d{4}(?![\d-])",
        validator=maestro_valid, context=("card", "cc", "credit card", "debit card", "maestro"),
        context_required=True, context_window=20, priority=80,
    ),
    Recogniser(
        "iban", "bank_account",
        r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b",
        validator=iban_valid, flags=CI, priority=85,
    ),
    Recogniser(
        "uk_bank_account", "bank_account",
        r"(?:sort\s+code|account(?:\s+(?:number|no\.?))?)[\s:]*(?:is\s+)?(?P<value>\d{2}-\d{2}-\d{2}(?:\s+\d{8})?|\d{8})\b",
        flags=CI, priority=70,
    ),
    Recogniser(
        "ipv4", "ip_address", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)",
        validator=ip_address_valid, priority=80,
    ),
    Recogniser(
        "ipv6", "ip_address",
        r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){2,7}(?::|(?::[0-9a-fA-F]{1,4}){1,6}|[0-9a-fA-F]{1,4})(?![\w:])",
        validator=ip_address_valid, priority=80,
    ),
    Recogniser(
        "us_ssn", "ssn", r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?<![\d-])\d{3} \d{2} \d{4}(?![\d-])",
        validator=us_ssn_valid, priority=78,
    ),
    Recogniser(
        "ssn_in_context", "ssn", r"(?<!\d)\d{9}(?!\d)", validator=us_ssn_valid,
        context=("ssn", "social security"), context_required=True, priority=78,
    ),
    Recogniser(
        "date_of_birth", "date_of_birth", DATE,
        context=("born", "birth", "dob", "d.o.b", "d.o.b.", "birthday", "b."),
        context_required=True, context_window=30, label_ends_context=True, flags=CI, priority=72,
    ),
    Recogniser(
        "age", "age",
        # Not the top of a range of ages: "10-17-year-olds" is a cohort.
        r"\b(?:aged?|age:)\s*(?P<value>\d{1,3})\b(?![-–]\d|\s*(?:%|[-–]\s*\d|to\s+\d))"
        r"|(?<![\d][-–])(?<!\d to )\b(?P<value2>\d{1,3})(?=[\s-]+(?:years?|yrs?)[\s-]+old\b|-year-old\b|\s+year\s+old\b)",
        flags=CI, priority=55,
    ),
    Recogniser(
        # "I'm 15", "he was 16", "who is 84", "she turned 15"; never a time, a date or a count
        # of something ("he is 15 minutes late", "she was 16 March").
        "age_in_context", "age",
        r"\b(?:I(?:'m| am)|(?:he|she|they|who|I) (?:is|was|are|were)(?: (?:in fact|only|just|now|still|"
        r"nearly|almost|then|under|barely))?|turn(?:s|ed)?|turning)\s+(?P<value>\d{1,2})\b"
        rf"(?!\s*(?:%|percent|am\b|pm\b|:|\.\d|,\d|[-–/]\d|{AGE_NOT_FOLLOWERS}))",
        flags=CI, priority=55,
    ),
    Recogniser(
        # A person's name, then their age: "Oisín is 15 and", "Mia is 15, on a Care Order",
        # "Tyrese was in fact 13 when". Only where the sentence goes on as after an age.
        "age_of_named_person", "age",
        rf"(?<![\w'’-])(?!(?:{NOT_AGE_SUBJECTS})(?![\w'’-]))[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:is|was)\s+"
        r"(?:(?:in\s+fact|only|just|now|still|nearly|almost|then|under|barely)\s+)?(?P<value>\d{1,2})"
        r"(?=[,;)!?]|\.(?!\d)|\s*\n|\s*$|\s+(?:and|but|so|when|years|at\s+the\s+time|now|then|on\s+an?)\b)",
        priority=55,
    ),
    Recogniser(
        # "...and was 16 at the time of the incident": the words after make it an age.
        "age_at_the_time", "age",
        r"\b(?:is|was|were)\s+(?:(?:in\s+fact|only|just|then|still)\s+)?(?P<value>\d{1,2})"
        r"(?=\s+(?:at\s+the\s+time\b|when\s+(?:he|she|they|I|we)\b))",
        priority=55,
    ),
    Recogniser(
        # A form's label: "Age: 15", "Age at incident: 17", "Age on referral - 14".
        "age_label", "age",
        r"(?i:\bage)(?:\s+(?i:at|on|when|as\s+at)(?:\s+[\w/'’-]+){1,4})?[ \t]*(?::|-|–)[ \t]*"
        r"(?P<value>\d{1,2})\b(?![-–/.:]\d|\s*(?:%|[-–]|to\s+\d))",
        priority=55,
    ),
    Recogniser(
        "age_since", "age",
        r"\b(?i:since|from)\s+(?i:the\s+)?(?i:age)\s+of\s+(?P<value>\d{1,2})\b(?!\s*(?:[-–]|to|and|or)\s*\d)",
        priority=55,
    ),
    Recogniser(
        # After a name, in brackets or between commas: "(AW, 15)", "Tobi Adebayo (cousin, 9)",
        # "Will Young (19);", "Andrei Popescu, 14, custody record".
        "age_after_name", "age",
        rf"\((?:[A-Z]{{1,3}}|(?i:{RELATION_WORDS}))\s*,\s*(?P<value>\d{{1,2}})\)"
        rf"|(?<![\w'’-])(?!(?:{NOT_AGE_SUBJECTS}|{STREET_WORDS})(?![\w'’-]))[A-ZÀ-ÖØ-Þ][\w'’-]+"
        rf"(?:\s+(?!(?:{STREET_WORDS})(?![\w'’-]))[A-ZÀ-ÖØ-Þ][\w'’-]+)?"
        rf"(?:\s+\((?P<value2>\d{{1,2}})\)(?=[,;.:]|\s+[a-z])"
        rf"|,\s+(?P<value3>\d{{1,2}}),\s+(?=[a-z]))",
        priority=55,
    ),
    Recogniser(
        # A record number after its system or record label: "ChildView ID: CV-204518",
        # "LCS ID 1185442", "custody record KP-2510-0931", "Prison number: A4721DT", "CRN X123456".
        # Never a section, room, item, extension or action reference: they have no such label.
        "case_id", "case_id",
        rf"(?i:\b(?:(?:{CASE_SYSTEMS})(?:[ \t]+(?:{CASE_NUMBER_WORDS}))?|(?:{CASE_KINDS})[ \t]+(?:{CASE_NUMBER_WORDS})"
        rf"|{CASE_LABELS}))(?:[ \t]*[:#-]|[ \t]+(?i:is|was))?[ \t]*"
        r"(?P<value>[A-Z0-9](?:[A-Z0-9]|[/-](?=[A-Z0-9])){2,24})(?![\w/-]|[.,]\d|\()",
        validator=case_id_valid, flags=0, priority=70,
    ),
    Recogniser(
        # A username after the site or a username word: "Snapchat (username mia_x_robbo09)",
        # "Instagram: @kai.b_22", "gamertag is xKaiz99".
        "online_id_in_context", "online_id",
        rf"(?i:\b(?:{ONLINE_SITES}|{ONLINE_LABELS}))(?:[ \t]*\(|[ \t]+)?(?i:(?:{ONLINE_WORDS})[ \t]*)?"
        r"(?:[:-][ \t]*|(?i:is|was)[ \t]+)?[\"“'‘]?@?(?P<value>[A-Za-z0-9][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@]|\.\w)",
        validator=online_id_valid, priority=66,
    ),
    Recogniser(
        # A handle written with its @: "@mia_x_robbo09". Never an email address.
        "at_handle", "online_id",
        r"(?<![\w.@/+-])@(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@]|\.\w)",
        validator=lambda v: len(v) >= 3, priority=66,
    ),
    Recogniser(
        "postal_code_in_context", "postcode",
        r"\b(?:zip|post(?:al)?\s*code|postcode)(?:\s+code)?\s*(?:is|:|-)?\s*(?P<value>[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)\b",
        flags=CI, validator=lambda v: any(c.isdigit() for c in v), priority=65,
    ),
    Recogniser(
        # A name introduced by the words around it: "known as Jay", "my name is Ana Dias".
        "name_in_context", "name",
        # Also a nickname: "known only as Hope", "Known as: Kacz", "goes by Kaz", and one in
        # quotes, whatever its case: 'nicknamed "Smudge"', 'known to him as "bigz"'.
        r"(?i:\b(?:my name is|name is|name was|called|named|known(?:\s+only)?(?:\s+to\s+[\w'’-]+)?\s+as"
        r"|nicknamed|goes\s+by|aka|a\.k\.a\.|name:"
        r"|(?:last|first|family|maiden|sur)\s?name\s*(?:is|:|\?)))(?::[ \t]*|\s+)"
        # The name ends at the line: the next line is another field ("Known as: Kacz").
        r"(?P<value>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|[A-Z]\.?(?!\w))){0,2})"
        r"|(?i:\b(?:known(?:\s+only)?(?:\s+to\s+[\w'’-]+)?\s+as|nicknamed|goes\s+by|aka|a\.k\.a\.))"
        r":?[ \t]*[\"“'‘](?P<value2>[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,2})[\"”'’](?![\w'’])",
        priority=62,
    ),
    Recogniser(
        # The same typed all in lower case: "my name is vitoria", "name: hyuuma t. maida";
        # only after the plainest introductions, and never a common word.
        "name_in_context_lower", "name",
        rf"(?i:\b(?:my name is|calls? me|(?:last|first|family|maiden|sur)\s?name\s*(?:is|:|\?)|name:))\s+"
        rf"(?P<value>{LOWER_NAME_WORD}(?:\s+(?:[a-z]\.?(?![\w'’-])|{LOWER_NAME_WORD})){{0,2}})(?![\w'’-])",
        priority=60,
    ),
    Recogniser(
        # A school by name ("Northtown Academy", "St Mary's RC Primary School"): a child's
        # school identifies them. Generic words alone ("the Primary School") are not a name.
        "school_name", "school",
        rf"(?<![\w-])(?!(?:{GENERIC_SCHOOL_WORDS})\b)(?:{CAP_WORD}[ \t]+){{0,3}}{CAP_WORD}"
        rf"(?:[ \t]+(?:Primary|Secondary|High|Grammar|Junior|Infant|Community|Church|CE|RC|C of E))*"
        # A name is on one line: the line before is another field ("Welfare Officer").
        # Also the settings a child is sent to out of school: "Brookfield Pupil Referral Unit",
        # "Ashby Moor Alternative Provision Centre". The council's Virtual School is a service.
        rf"(?<!\bVirtual)[ \t]+(?:Academy|School|College|Pupil[ \t]+Referral[ \t]+Unit|PRU"
        rf"|Alternative[ \t]+Provision(?:[ \t]+(?:Centre|Center|Academy|School|Unit|Hub))?)\b",
        priority=58,
    ),
    Recogniser(
        # A named home for children in care: "Beech Tree Children's Home", "Elm Rise Hostel".
        "placement_name", "placement",
        rf"(?<![\w'’-])(?!(?:{GENERIC_PLACEMENT_WORDS})(?![\w'’-]))(?:{CAP_WORD}[ \t]+){{1,3}}?"
        rf"(?:{PLACEMENT_ENDINGS})(?![\w'’-])",
        priority=62,
    ),
    Recogniser(
        # A named house that the text says is a placement: "placement at Willowbank House",
        # "Hawkins Farm (solo placement)", "moved to Oakwood Lodge". Not "Wycliffe House" in a
        # regulator's address, nor "the House of Commons".
        "placement_house", "placement",
        rf"(?<![\w'’-])(?!(?:{GENERIC_PLACEMENT_WORDS})(?![\w'’-]))(?:{CAP_WORD}[ \t]+){{1,2}}?"
        rf"(?:{PLACEMENT_HOUSE_WORDS})(?![\w'’-]|[ \t]+of\b)",
        context=PLACEMENT_CONTEXT, context_required=True, context_window=40, context_after=50,
        priority=62,
    ),
    Recogniser(
        # House number and street: "12 Acacia Avenue", "Flat 3, 12a Mill Lane".
        "street_address", "address",
        # A name before the street word: "10 Point Plan" and "473 St." are no address.
        rf"(?:\b{UNIT},?\s+)?\b(?<!\d[.,]){HOUSE_NUMBER},?\s+(?:(?:{CAP_WORD}\s+){{1,4}}(?:{STREET_WORDS})|Broadway)\b(?:\.(?=,))?"
        rf"(?:,?\s+(?:{UNIT}|(?:PO\s+)?Box\s+\d+))?",
        priority=74,
    ),
    Recogniser(
        # The same typed all in lower case ("flat 2, 14 mill lane"): a name of ordinary words,
        # never "the" or "of", then an unambiguous street word.
        "lower_street_address", "address",
        rf"(?:\b(?:flat|apartment|apt\.?|unit)\s+\d{{1,5}}[a-z]?,?\s+)?\b(?<!\d[.,]){HOUSE_NUMBER},?\s+"
        rf"(?:{LOWER_NAME_WORD}\s+){{1,3}}{LOWER_STREET_WORD}(?![\w'’-])",
        priority=72,
    ),
    Recogniser(
        "continental_address", "address",
        rf"(?:(?<!\d[.,])\b{HOUSE_NUMBER}\s+)?(?:(?<![\w/]){CONTINENTAL_PREFIX}\s+(?:(?:{CAP_WORD}|{PARTICLE}|{ELIDED})\s+){{0,4}}(?:{CAP_WORD}|{ELIDED})"
        rf"|\b{CAP_WORD}{CONTINENTAL_SUFFIX}(?:\s+{CAP_WORD}){{0,2}}"
        rf"|\b[a-zà-ÿ]+{LOWER_SUFFIX}"
        rf"|\b(?:{CAP_WORD}\s+){{1,3}}{CONTINENTAL_SUFFIX}\b"
        rf"|\b(?:{CAP_WORD}\s+){{1,3}}{SEPARATE_SUFFIX}(?![\w.])"
        rf"|\b{SLAVIC_PREPOSITION}\s+{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}"
        rf"|(?<![\w/]){LOWER_CONTINENTAL_PREFIX}(?:\s+[^\W\d_][\w'’-]*){{1,4}}?"
        rf"|\b[a-zà-ÿ]+\s+(?:utca|út|útja|körút|tér)(?!\w)"
        rf"|\b{CAP_WORD}(?:\s+[^\W\d_]+){{0,2}}\s+{SPACED_SUFFIX}(?!\w))[,]?\s+\d{{1,5}}[A-Za-z]?\b\.?"
        rf"(?:,?\s+{UNIT})?",
        priority=73,
    ),
    Recogniser(
        # House number before a continental street word: "31 Rue Al Imam", "26 rue des Lilas".
        "number_continental_street", "address",
        rf"(?<!\d[.,])\b{HOUSE_NUMBER}\s+{CONTINENTAL_PREFIX}\s+(?:(?:{CAP_WORD}|{PARTICLE}|{ELIDED})\s+){{0,3}}"
        rf"(?:{CAP_WORD}|{ELIDED})(?:\s+{CAP_WORD}){{0,2}}"
        # The same typed in lower case, with street words that are no English word:
        # "36 rue de pologne, ...", "2613 avenida praia 1 suite 463".
        rf"|(?<!\d[.,])\b{HOUSE_NUMBER}\s+(?:{LOWER_CONTINENTAL_PREFIX}\s+(?:(?:[a-zà-ÿ][\w'’-]*|{ELIDED})\s+){{0,3}}"
        rf"|(?:avenue|boulevard|chemin|allée|place)\s+(?:(?:{PARTICLE}|{ELIDED})\s+){{1,2}})"
        rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}"
        rf"|(?<!\d[.,])\b{HOUSE_NUMBER}\s+{LOWER_CONTINENTAL_PREFIX}(?:\s+[a-zà-ÿ][\w'’-]*){{1,4}}?"
        rf"(?:\s+\d{{1,5}}[a-z]?\b|(?=\s*(?:[,;:?!\n>]|\.(?:\s|$)|$)))",
        priority=72,
    ),
    Recogniser(
        # US forces' mail: "PSC 1234, Box 5678 APO AA 12345", "Unit 1009 Box 0219 DPO AP 51065".
        "military_address", "address",
        r"\b(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}(?:\s*,?\s*(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5})?",
        flags=CI, priority=74,
    ),
    Recogniser(
        # Postal number, street, house number: "1593 Pagari 18, ...", "28030 Edeby 55 Apt. 297".
        "number_street_number", "address",
        # Also "6570 Jiřího z Poděbrad 1874", and a postal number before the house number
        # of a street with no street word: "9816 214 Pavlou Drandaki".
        rf"(?<!\d[.,])\b\d{{3,6}}\s+(?:{CAP_WORD}\s+)(?:(?:{CAP_WORD}|{SMALL_WORD})\s+){{0,2}}\d{{1,5}}[A-Za-z]?\b"
        rf"(?=\s*[,;?!]|\s*\n|\s*$|\.(?:\s|$)|\s+{UNIT}|\s+(?:St\.|street)(?!\w))"
        rf"|(?<!\d[.,])\b\d{{3,6}}\s+\d{{1,5}}[A-Za-z]?\s+(?:{CAP_WORD}\s+){{0,2}}{CAP_WORD}(?<!\.)"
        rf"(?=\s*[,;?!]|\s*\n|\s*$|\s+{UNIT})",
        priority=60,
    ),
    Recogniser(
        # A street name then its number where the text says it is where someone lives:
        # "lives on Joaquin Suarez 2906", "his address: Pivovarská 276".
        "street_number_in_context", "address",
        rf"(?:\b(?:on|at|of|is|address)\s+|:[ \t]*|^|\n)(?P<value>(?!(?:{NOT_STREET_WORDS})(?![\w'’-])){CAP_WORD}"
        rf"(?:[ \t]+(?:{CAP_WORD}|{SMALL_WORD})){{0,3}}[ \t]+(?!(?:19|20)\d\d\b)\d{{1,5}}[A-Za-z]?)"
        # Not a count ("Leeds 3 days a week") nor a postal number before a street name.
        rf"(?![\w%/:-]|[.,]\d|\s+(?:days?|weeks?|months?|years?|times?|nights?|hours?|minutes?|miles?|per|out|of|and\s+\d)\b"
        rf"|[ \t]+(?!(?:Apt|Suite|Flat|Unit)\b)[A-ZÀ-ÖØ-Þ])",
        context=("lives", "live", "living", "lived", "resides", "residing", "address",
                 "moved to", "located", "staying"),
        context_required=True, context_window=40, priority=58,
    ),
    Recogniser(
        # "the corner of X Street and Y Road", "the junction of Mill Lane and Station Road":
        # the whole phrase places a home; the second street may have no number.
        "street_corner", "address",
        rf"(?:\b[Tt]he\s+)?\b(?i:corner|junction|intersection|crossroads)\s+of\s+"
        rf"(?!(?i:the|a|an|his|her|their|our|my|your|this|that)\s)"
        rf"(?:[\w'’/-]+\.?\s+){{0,5}}?[\w'’/-]+\.?\s+(?:and|&)\s+"
        rf"(?:(?:{PARTICLE}|ten)\s+)?"
        rf"(?:{CORNER_WORD}(?:[ \t]+{CORNER_WORD}){{0,3}}(?:[ \t]+\d{{1,5}}[A-Za-z]?\b)?"
        rf"|[a-zà-ÿ][\w'’-]*(?:[ \t]+[a-zà-ÿ][\w'’-]*){{0,2}}(?:[ \t]+\d{{1,5}}[a-z]?\b)?)",
        validator=lambda v: bool(re.search(r"\d", v) or STREET_WORD_RE.search(v)), priority=74,
    ),
    Recogniser(
        "unit_address", "address",
        rf"\b{UNIT}\b|\b(?:PO|P\.O\.)\s+Box\s+\d+\b|\bUnit\s+\d+\s+Box\s+\d+(?:\s+DPO\s+A[AEP]\s+\d{{5}})?"
        rf"|\b(?:USNS|USNV|USS|USCGC)\s+{CAP_WORD}(?:\s+FPO\s+A[AEP]\s+\d{{5}})?",
        flags=0, priority=60,
    ),
)


# What may follow a street address in the same address block: units, towns, regions,
# postcodes and zip codes, each after a comma, line break or space. Lower-case words and
# full stops end the block.
ADDRESS_CONTINUATION = re.compile(
    # A tab is the next cell of a table row, not more of the address.
    rf"(?:[ \t]*[,\n>][ \t\n>,]*| +)"
    rf"(?:{UNIT}|(?:suite|apt\.?)[ \t]+\d{{1,5}}[a-z]?\b|(?:PO|P\.O\.)\s+Box\s+\d+|{UK_POSTCODE}\b"
    rf"|{CA_POSTCODE}\b|\d{{3,6}}(?:[ -]\d{{2,4}})?\b"
    # Towns, regions, countries; a field label ("Mobile:", "Tel:") starts the next field.
    rf"|{CAP_WORD}(?: +(?:{CAP_WORD}|u|v|na|nad|pod|de|la|do|an|am|im|sur|del))*(?<![.])(?![\w'’-]|\.\w|[ \t]*:))"
)
# Before the house number: a postal number block ("9816 214 ...") or a flat ("Flat 3 12 ...").
ADDRESS_PREFIX = re.compile(rf"(?<![\w.,/-])(?:{UNIT},?[ \t]+(?:\d{{3,6}}[ \t]+)?|\d{{3,6}}[ \t]+)$")
MAX_ADDRESS_PIECES = 6


def extend_address(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a street address over the rest of its block: town, region, postcode."""
    for _ in range(MAX_ADDRESS_PIECES):
        match = ADDRESS_CONTINUATION.match(text, end)
        if match is None:
            break
        end = match.end()
    # Searched in place, so the window never starts inside a longer number.
    prefix = ADDRESS_PREFIX.search(text, max(0, start - 24), start)
    if prefix:
        start = prefix.start()
    return start, end


def find_all(text: str) -> Iterator[tuple[int, int, Recogniser]]:
    """Every recogniser's matches in `text`, unresolved (overlaps allowed)."""
    for recogniser in RECOGNISERS:
        for start, end in recogniser.find(text):
            yield start, end, recogniser
