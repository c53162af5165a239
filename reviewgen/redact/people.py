"""People written the way minutes, board papers and judgments write them.

Minutes name people by initials: in Present and Apologies lists ("KT (Chair), CJ, P B"),
as actors ("POH presented", "ACTION: MB to write to KA", "presented by SK") and in action
logs ("JR / Update on ..."); lists give an initial and a surname ("R Patel, GM Quennell").
Judgments use single letters ("Ms E", "R v S", "the children, M, E and P") and judicial
titles in capitals ("LORD JUSTICE QUENNELL"). Committee papers list "Councillors Ashby,
Frost and Vine". Initials are only a person where the layout or a verb says so; once a
document has used them for a person, every other occurrence (exact case) is that person too.
Acronyms of bodies and laws (YOT, LA, CMT, ...) are never taken, however they are used.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from reviewgen.redact.spans import REDACT, REVIEW, Candidate
from reviewgen.redact.wordlists import shipped_word_lists

# Two to four capitals, possibly with one lower-case letter inside ("AyS").
INITIALS = r"(?:[A-Z][a-z]?[A-Z]{1,2}|[A-Z]{2,4})"
LIST_LABEL = re.compile(
    r"^[ \t>*•-]*(?:present|apologies(?: for absence)?|apols|attendees|attendance|in attendance|"
    r"also (?:present|in attendance)|members present|attending|absent|not present|distribution|"
    r"circulation|copy to|cc)\b[ \t]*(?:[:\-–][ \t]*)?(?P<rest>.*)$",
    re.IGNORECASE | re.MULTILINE)
# An item of an attendance list: initials with an optional role in brackets or a star.
LIST_ITEM = re.compile(rf"^[ \t*]*(?P<initials>{INITIALS}|[A-Z] [A-Z])[ \t*]*(?:\((?P<inside>[^)]*)\))?[ \t*.]*$")
FOR_INITIALS = re.compile(rf"\bfor (?P<initials>{INITIALS})\b")
SPEAKER_VERBS = (
    "asked|advised|agreed|added|explained|confirmed|noted|reported|presented|suggested|said|stated|"
    "stressed|welcomed|commented|raised|queried|questioned|responded|replied|informed|updated|gave|"
    "outlined|highlighted|proposed|requested|thanked|introduced|indicated|emphasised|emphasized|"
    "expressed|felt|will|would|to|has|had|is|was|and|also|took|talked|spoke|shared|circulated|"
    "summarised|summarized|described|clarified|acknowledged|expected|led|chaired|provided|"
    "located|looked|attended|sent|says|believes|believed|mentioned|referred|tabled|did|does|"
    "declared|offered|undertook|opened|closed|recommended|discussed|encouraged|invited|pointed|"
    "went|wished|wants|wanted|queried|challenged|reminded|apologised|requested|circulated")
# After these a person's initials follow: "presented by SK", "write to KA", "Thanks to TH".
BEFORE_INITIALS = (
    r"[Aa]ction(?:ed)? by|[Pp]resented by|[Ff]acilitated by|[Ll]ed by|[Cc]haired by|[Rr]aised by|"
    r"[Aa]mended by|[Pp]repared by|[Ww]elcomed|[Tt]hanked|[Tt]hanks to|[Ww]rite to|[Ss]peak to|"
    r"[Ss]peak with|[Ll]iaise with|[Ee]mail|[Cc]ontact|[Ff]orward to|[Ss]end to|[Aa]sked")
LINE_LEAD = r"(?:^|(?<=[\n.;•])|(?<= - )|(?<= – )|(?<=\t)|(?<= / )|(?<=, ))"
ACTOR = re.compile(
    rf"(?:{LINE_LEAD}[ \t>*•-]*(?P<lead>{INITIALS})(?=[ \t]+(?:{SPEAKER_VERBS})\b|[ \t]*[–—:][ \t])"
    rf"|\bACTION(?:S)?[ \t]*(?:BY)?[ \t]*[:\-–]?[ \t]*(?P<action>{INITIALS})\b"
    rf"|\b(?:{BEFORE_INITIALS}) (?P<after>{INITIALS})\b(?![ \t]+[A-Z][a-z])"
    rf"(?:[ \t]+(?:and|&)[ \t]+(?P<after2>{INITIALS})\b)?"
    rf"|^[ \t]*(?P<log>{INITIALS})[ \t]*(?:/|\t|&)"
    # The action column, last cell of a row: "... to be amended by IL. / IL".
    rf"|(?<=[ \t]/[ \t])(?P<cell>{INITIALS})[ \t]*$)",
    re.MULTILINE)
# Capitals that are acronyms in public-sector papers, never somebody's initials.
ACRONYMS = frozenset("""
SSWP SSHD DWP DPP MOJ HMCTS FTT UT EAT CACD
AA AB AC AD AE AGM AI AMHP AO AP AQ AR AS ASB ASBO ASD AT AV BA BAME BC BCU BME BSC BT CAF CAMHS CC CCG CCTV
CEO CEDR CFO CIC CID CIN CJS CMT CO CPD CPN CPO CPS CQC CRC CSC CSE CSP CT CV CYP DBS DCS DfE DFE DHSC
DNA DoH DPA DPO DSL DV EBD EDT EHC EHCP EHE EIA EIR EP ETE EU EWCA EWHC EWFC FAQ FE FOI FOIA FOISA FT FTE FYI GCSE GDPR
GP HB HE HMI HMIP HMP HMPPS HMRC HO HQ HR HSB IAG ICB ICO ICS ID IOM JSNA JTAI KPI KS LA LAC LADO LAs
LD LEA LGA LLP LSCB LSCP LT MH MOJ MoJ MP MPs MSP NB NCA NEET NFA NHS NI NPS NRM NYAS
OBE OCG OFSTED OK OPCC PACE PCC PCSO PHE PLO PNC PPO PRU PSR PTO QA QB QC KC RAG RJ RO ROTL SAR SCR
SEN SEND SENCO SEMH SLA SLT SMT SOP SPOC SRE TBC TBA TV UK UN US USA VAT VCS VRU WHO WTE YJ YJB YJS YOI YOS
YOT YOTs YP YPs ZZ LASPO PCT RB SCD ECHR DBE CBE MBE PQBD AND THE FOR NOT ALL ANY IT PH PR CE PM
CEX PA PC DC DS DI DCI HHJ JP QPR FC PLC LTD CIO CIP EHA TAF CAF ASC ACE ACEs LGBT LGBTQ SMART URL
WWW HTML PDF ACTION NOTE AOB NO ON IN OF BY OR IF IS BACS VCh HWB SQS TOR ToR MoU MOU SLA RE FW FWD BCC TO ETA DOB REF TEL MOB FAX URN CRN UPN
""".split())
# Two letters that are as often somebody's initials as an acronym: a person in a list of
# attendees or after ACTION, and carried only once used so at least twice.
AMBIGUOUS = frozenset("AM MA MB MD MS CJ PB PD PS SW IL CS CP DA HA HM JP BC".split())
# What a single capital after these words names: a part of a document or a thing.
NOT_PERSON_BEFORE_LETTER = re.compile(
    r"(?:part|annex|annexe|appendix|schedule|section|plan|category|grade|class|level|block|wing|"
    r"type|form|table|figure|fig\.|option|tier|stage|phase|key|vitamin|group|team|unit|room|"
    r"ward|court|no\.|item|page|step|point|paragraph|para|question|clause|article|chapter|"
    r"exhibit|bundle|tab|zone|floor|area|band|list|column|row|box|route|road|plot|flat|house)[ \t]*$",
    re.IGNORECASE)
# Not "Child A", "Young Person B", "Baby P": a review's own pseudonyms stay as they are.
PERSON_WORDS = (r"Mr|Mrs|Ms|Miss|Mx|Dr|Master|Witness|Applicant|Respondent|Defendant|Claimant|Appellant|"
                r"Interested Party|Complainant")
# "Ms E", "Mr SF's", "MR B", "the interested party C".
TITLE_LETTER = re.compile(rf"\b(?i:{PERSON_WORDS})\.?[ \t]+(?P<letter>[A-Z]{{1,2}})(?=['’]s\b|[^\w'’-]|$)(?!\.[A-Z][a-z])")
HONORIFIC_LETTER = {"mr", "mrs", "ms", "miss", "mx", "dr"}
# A party in a case name: "R v S", "Council v M & Ors", "REGINA -v- S".
CASE_PARTY = re.compile(r"(?:\s(?:v|v\.|-v-|vs\.?)\s+)(?P<letter>[A-Z](?:\.[A-Z])?\.?)(?![\w'’-])")
# Letters listed together: "M, E and P", "M, FA AND FC".
LETTER_LIST = re.compile(r"(?<![\w.])(?P<list>[A-Z]{1,2}(?:[ \t]*,[ \t]*[A-Z]{1,2})*[ \t]*,?[ \t]*(?:and|&|AND)[ \t]+[A-Z]{1,2})(?![\w'’-]|\.[A-Z])")
# A letter an ombudsman's report or an adults review gives a person it names by role:
# "resident A and B", "Adult M", "Family W". Published pseudonyms, so only for review (and
# not "Child A": see PERSON_WORDS).
ROLE_LETTER = re.compile(r"\b(?i:resident|neighbour|tenant|patient|service[ \t]+user|adult|family|"
                         r"pupil|learner|complainant)s?[ \t]+(?P<letter>[A-Z])"
                         r"(?:[ \t]+(?:and|&)[ \t]+(?P<letter2>[A-Z]))?(?![\w'’-]|\.[A-Z])")
# Initials written with full stops and spaces, as judgments do: "L. R.", "K. K.", "G.D.".
SPACED_DOTTED = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?(?![\w])")
# Initials or a letter said to be a family member or a party: "AF (mother)", "CF, DF and
# EF (children)", "L aged seven", "T, who was 17".
KIN = (r"mother|father|child|children|son|daughter|grandmother|grandfather|grandparents|parents|"
       r"sibling|siblings|brother|sister|aunt|uncle|cousin|stepfather|stepmother|partner|"
       r"applicant|respondent|appellant|defendant|claimant|guardian|the child|the children")
KIN_AFTER = re.compile(rf"(?P<list>(?:{INITIALS}|[A-Z])(?:[ \t]*,[ \t]*(?:{INITIALS}|[A-Z]))*(?:[ \t]*,?[ \t]*(?:and|&)[ \t]+(?:{INITIALS}|[A-Z]))?)"
                       rf"[ \t]*\((?:{KIN})\)")
# "a witness, H.", "the complainant, K": a letter standing in apposition for a person.
LETTER_APPOSED = re.compile(r"\b(?:witness|complainant|victim|defendant|applicant|claimant|appellant|child|"
                            r"mother|father|boy|girl|man|woman|officer|pupil|guardian),[ \t]+"
                            r"(?P<letter>[A-Z]|[A-Z]{2,3}(?=,))(?:\.|\b)(?![\w'’-])")
LETTER_AGED = re.compile(r"(?<![\w.'’-])(?P<letter>[A-Z])(?:[ \t]+(?:presently[ \t]+|now[ \t]+)?aged\b|,[ \t]+who[ \t]+(?:was|is)\b|[ \t]+was[ \t]+born\b)")
# A party named before "v" in a case name: "T v DIRECTOR OF PUBLIC PROSECUTIONS", or
# alone on the line above "-v-".
PARTY_BEFORE_V = re.compile(r"(?:(?<=\n)|^)[ \t]*(?P<letter>[A-Z]{1,2})[ \t]*(?:\n[ \t]*)*(?:\n[ \t]*-?v\.?-?[ \t]*\n)"
                            r"|(?<![\w.'’-])(?P<letter2>[A-Z]{1,2})[ \t]+v\.?[ \t]+[A-Z]", re.MULTILINE)
# A name in capitals after a title: "MR A HUDSON", "MRS JUSTICE" is not one (JUDICIAL).
CAPITAL_NAME = re.compile(r"\b(?:MR|MRS|MS|MISS|DR)\.?[ \t]+(?P<name>(?:[A-Z]\.?[ \t]+){0,2}[A-Z][A-Z'’-]{2,}(?:[ \t]+[A-Z][A-Z'’-]{2,})?)(?![\w])")
# Abbreviations written with full stops: "D.O.B.", "a.m.", "e.g.", "N.B.", "P.S.".
DOTTED_WORDS = {"DOB", "AM", "PM", "EG", "IE", "NB", "PS", "UK", "US", "RE", "BC", "AD", "QC", "KC", "JP", "MP",
                "OK", "TV", "GP", "PC", "DC", "CC", "USA", "RSVP", "ETA", "DIY", "AKA", "NHS"}
# A letter a judgment defines as a party or calls a person: "brought by M (“the Claimant”)",
# "a woman called P" (never "a table called B").
LETTER_DEFINED = re.compile(
    r"(?<![\w.'’-])(?P<letter>[A-Z])[ \t]+\([“\"‘']the[ \t]+(?i:claimant|applicant|appellant|defendant|"
    r"mother|father|child|complainant)[”\"’']\)"
    r"|\b(?:man|woman|boy|girl|child|person|witness|friend|neighbour|pupil|officer|worker)[ \t]+"
    r"(?:called|named|known[ \t]+as)[ \t]+[“\"‘']?(?P<letter2>[A-Z])[”\"’']?(?![\w'’-]|\.[A-Za-z])")
# A party named by the advocate appearing for them ("Rory Vane for Appellant Quennell",
# "for the Applicant Tremayne"), or in brackets after their indictment number
# ("T20107373 (Ossory)"); and a letter for a child before a relative ("R's father").
# A surname as judgments write one alone: "Quennell", "McQuennell", "O'Ossory", "Tremayne-Vane".
SURNAME = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
PARTY_REPRESENTED = re.compile(
    rf"\bfor[ \t]+(?:the[ \t]+)?(?:Appellant|Applicant|Defendant|Claimant)[ \t]+(?P<name>{SURNAME})(?![\w'’-])"
    rf"|(?<![\w/])[TS](?:19|20)\d{{6}}[ \t]+\((?P<name2>{SURNAME})\)")
LETTER_BEFORE_RELATIVE = re.compile(
    r"(?<![\w.'’-])(?P<letter>[A-Z])['’]s[ \t]+(?:mother|father|parents?|brother|sister|grandmother|grandfather|"
    r"grandparents?|carers?|foster[ \t]+carers?|social[ \t]+worker|guardian|school|family|aunt|uncle|siblings?)\b")
# Counsel named before their silk: "Respondent: Quellan, Q.C., A.D.", "Mr Tremayne QC".
COUNSEL = re.compile(rf"(?<![\w'’-])(?P<name>{SURNAME}),?[ \t]+(?:Q\.C\.|QC|K\.C\.|KC)(?![\w])")
# A tribunal's panel in capitals: "JUDGE ORLA TREMAYNE", "MEMBER KIT OSSORY".
PANEL_LINE = re.compile(r"^[ \t|]*(?:JUDGE|MEMBER|TRIBUNAL[ \t]+MEMBER|LAY[ \t]+MEMBER)[ \t]+"
                        r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3})[ \t|]*$", re.MULTILINE)
QUOTED_LETTERS = re.compile(r"[\"“‘'](?P<letter>[A-Z]{1,3})[\"”’'](?![\w])")
# Judges and the titles before their names, in any case: "LORD JUSTICE QUENNELL",
# "His Honour Judge Tremayne", "HHJ RICHARD OSSORY", "SIR BRIAN QUENNELL PQBD".
JUDICIAL = re.compile(
    r"\b(?i:lord justice|lady justice|mrs justice|mr justice|ms justice|his honour judge|her honour judge|"
    r"district judge|deputy district judge|recorder|hhj|sir|dame|lord|lady|baroness|baron|"
    r"judge of the first-tier tribunal|judge of the upper tribunal|tribunal judge|employment judge|"
    r"immigration judge|deputy judge)[ \t]+"
    r"(?P<name>(?:[A-Z][A-Za-z'’-]+|[A-Z]\.?)(?:[ \t]+(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)){0,3})")
POST_NOMINALS = {"DBE", "CBE", "OBE", "MBE", "QC", "KC", "PQBD", "JP", "MP", "P", "LJ", "J", "VP", "PC"}
# Initials before a surname in lists: "R Patel", "GM Quennell", "M.Rees", "I. Langholm".
# The surname may run into the next cell of a table: "G QuennellClerk", "A TremayneLitter".
INITIAL_SURNAME = re.compile(
    r"(?<![\w.&/-])(?P<initials>[A-Z]{1,3}[ \t]|[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}[ \t]?)"
    r"(?P<surname>Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?:(?![\w'’-])|(?P<glued>[A-Z][a-z]{2,}))")

Ordinary = Callable[[str], bool]
NOT_COUNCILLOR_WORDS = {"and", "dr", "mr", "mrs", "ms", "miss", "to", "the", "of", "for", "from", "in",
                        "present", "apologies", "were", "was", "are", "is", "also", "who", "as"}
# "Short Quality Screening (SQS)": initials defined for a phrase of everyday words are an
# acronym; for a name ("Jane Hollingbrook (JH)") they are that person.
DEFINED = re.compile(rf"(?P<words>(?:[A-Z][\w'’.-]*[ \t]+){{1,6}})[(\[](?P<initials>{INITIALS})(?:[)\]]|,[ \t]*[A-Z][a-z])")
DEFINED_AFTER = re.compile(rf"[ \t]*[(\[](?P<initials>{INITIALS})")
NAME_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr", "councillor", "sir", "dame", "rev"}


def is_everyday(word: str) -> bool:
    """An everyday English word ("Field", "Stone" are; "Stockton" is not)."""
    return word.lower() in shipped_word_lists().common_words


def _is_initials(value: str) -> bool:
    """Could be somebody's initials: two to four letters, not an organisation's acronym."""
    value = value.strip()
    # "SMBC", "NYCC", "WBDC": a borough, county or district council's acronym.
    council = len(value) == 4 and value.isupper() and value.endswith(("BC", "CC", "DC"))
    return (2 <= len(value.replace(" ", "")) <= 4 and not council and (value in AMBIGUOUS or (
        value not in ACRONYMS and value.upper() not in ACRONYMS)))


def people_by_initials(texts: Sequence[str], ordinary: Ordinary = lambda word: False,
                       ) -> Iterator[tuple[int, list[Candidate]]]:
    """Candidates for people written as initials, letters or after titles, per segment.
    `ordinary(word)` says a capitalised word is an everyday word, place or body, never a
    surname ("A Level", "HM Treasury")."""
    established: dict[str, str] = {}  # initials -> tier of the strongest evidence
    parties = _parties_in_document(texts, ordinary)
    uses: dict[str, int] = {}
    per_segment: list[list[Candidate]] = [[] for _ in texts]
    list_follows = False
    for index, text in enumerate(texts):
        found = per_segment[index]
        if list_follows:
            # The label stood alone in the segment before ("Present" then "KT (Chair), CJ").
            end = text.find("\n\n")
            found += list(_list_items(text, 0, len(text) if end == -1 else end))
        label = LIST_LABEL.fullmatch(text.strip())
        list_follows = label is not None and not label.group("rest")
        found += list(_party_block(texts, index))
        found += list(_named_by_initials(text))
        found += list(_attendance(text))
        found += list(_actors(text))
        found += list(_dotted_actors(text))
        found += list(_signed_and_aged(text))
        found += list(_letters(text))
        found += list(_judges(text, ordinary))
        found += list(_councillors(text, ordinary))
        found += list(_initial_surnames(text, ordinary))
        found += list(_parties(text, ordinary)) + parties[index]
        for c in found:
            value = text[c.start:c.end]
            if c.source in ("attendance", "initials_actor") and " " not in value:
                uses[value] = uses.get(value, 0) + 1
                if established.get(value) != REDACT:
                    established[value] = c.tier
    acronyms, named = _defined_initials(texts, ordinary)
    for text, found in zip(texts, per_segment):
        for c in found:
            if c.source == "named_initials":
                after = DEFINED_AFTER.match(text, c.end)
                if after is not None:
                    named.add(after.group("initials"))
    # Single letters a judgment uses for a person ("T appeared in the youth court"): found
    # wherever else they stand alone, for review only: a letter is also a list item or grade.
    letters = {texts[i][c.start:c.end] for i, found in enumerate(per_segment) for c in found
               if c.source == "letter_person" and c.end - c.start == 1}
    letters -= {"A", "I"}
    if letters:
        lone = re.compile(r"(?<![\w.'’&/-])[" + "".join(sorted(letters)) + r"](?![\w'’&/-]|\.[A-Za-z])")
        for index, text in enumerate(texts):
            for m in lone.finditer(text):
                if not NOT_PERSON_BEFORE_LETTER.search(text[max(0, m.start() - 20):m.start()]):
                    per_segment[index].append(Candidate(m.start(), m.end(), "name", "letter_carried", 49, tier=REVIEW))
    established = {v: tier for v, tier in established.items()
                   if v not in acronyms and (v not in AMBIGUOUS or uses[v] >= 2)}
    established.update({v: REDACT for v in named})
    # Dotted initials used for a person ("A.T fed back") are that person written plainly
    # too ("Update from the providers (AT)"), even where the letters are also an acronym.
    plain = {v.replace(".", ""): tier for v, tier in established.items() if "." in v}
    plain = {v: tier for v, tier in plain.items() if len(v) >= 2 and v not in established and v not in acronyms}
    established.update(plain)
    per_segment = [[c for c in found if text[c.start:c.end] not in acronyms]
                   for text, found in zip(texts, per_segment)]
    if established:
        alternatives = "|".join(re.escape(v) for v in sorted(established, key=len, reverse=True))
        anywhere = re.compile(rf"(?<![\w@.&-])(?:{alternatives})(?![\w@&-])")
        for index, text in enumerate(texts):
            for m in anywhere.finditer(text):
                if m.group() in plain and _in_capitals(text, m.start(), m.end()):
                    continue  # "MEETING HELD AT THE": a word of a heading in capitals
                per_segment[index].append(Candidate(m.start(), m.end(), "name", "initials_carried", 58,
                                                    tier=established[m.group()]))
    for index, found in enumerate(per_segment):
        if found:
            yield index, found


def _defined_initials(texts: Sequence[str], ordinary: Ordinary) -> tuple[set[str], set[str]]:
    """Initials the documents define in brackets: (acronyms, people's initials)."""
    acronyms: set[str] = set()
    named: set[str] = set()
    for text in texts:
        for m in DEFINED.finditer(text):
            letters = m.group("initials").upper()
            all_words = m.group("words").split()
            words = all_words[-len(letters):]
            after_title = len(all_words) > len(words) and all_words[-len(words) - 1].rstrip(".").lower() in NAME_TITLES
            if len(words) == len(letters) and "".join(w[0] for w in words).upper() == letters:
                if all(ordinary(w) for w in words) and not after_title:
                    acronyms.add(m.group("initials"))
                    continue
                if not any(ordinary(w) for w in words):
                    named.add(m.group("initials"))
                    continue
            # "Perry O’Callaghan (POC)", "Ann McKay-Lee (AMKL)": the capitals of the last
            # words of a name, inner capitals included.
            if _name_capitals(all_words, letters) and not any(ordinary(w) for w in all_words[-2:]):
                named.add(m.group("initials"))
                continue
            # "Mr C Quarls [CQ]", "Mr M Ossory [MJO]": a titled name, its first and last
            # letters the initials' first and last.
            titled = [i for i, w in enumerate(all_words) if w.rstrip(".").lower() in NAME_TITLES]
            if titled:
                name = [w for w in all_words[titled[-1] + 1:]]
                # The title vouches for a surname that is also a place ("Mrs SE Stockton [SS]").
                if name and name[0][0] == letters[0] and name[-1][0] == letters[-1] and name[-1][:1].isupper() \
                        and not is_everyday(name[-1]):
                    named.add(m.group("initials"))
    return acronyms, named - acronyms


def _named_by_initials(text: str) -> Iterator[Candidate]:
    """A person introduced with their initials in brackets: "I Quennell (IQ)", "A Carver (AC)",
    "Penny Tremayne-Ossory (PTO)", "J Vane (JV, Clerk)". The initials spell the capitals of
    the words before them, the first of which is an initial or a given name: the words are a
    name even where each alone is an everyday word, and the initials are that person."""
    lists = shipped_word_lists()
    for m in DEFINED.finditer(text):
        letters = m.group("initials")
        words = list(re.finditer(r"\S+", m.group("words")))
        for count in range(2, min(4, len(words)) + 1):
            tail = [w.group() for w in words[-count:]]
            if "".join(re.findall(r"[A-Z]", "".join(tail))) != letters:
                continue
            first, last = tail[0].rstrip("."), tail[-1]
            if any(w.lower() in lists.organisation_words or w.rstrip(".").lower() in NAME_TITLES for w in tail):
                break  # "Youth Offending Team (YOT)", "Mr Smith (MS)" is found by its title
            initial_or_given = len(first) == 1 or first.lower() in lists.first_names
            # or a double-barrelled surname ("Penny Tremayne-Ossory"), or no everyday word at all
            # (never "Local Government Reorganisation (LGR)")
            name_like = initial_or_given or re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", last) is not None \
                or not any(is_everyday(w) for w in tail)
            if re.search(r"[a-z]", last) and name_like \
                    and not (len(first) == 1 and letters in ACRONYMS and count > 2):
                start = m.start("words") + words[-count].start()
                yield Candidate(start, m.start("words") + words[-1].end(), "name", "named_initials", 62)
            break


def _name_capitals(words: list[str], letters: str) -> bool:
    """The capitals of the last two to four words spell `letters` ("O’Callaghan" gives O and C)."""
    for count in range(2, min(4, len(words)) + 1):
        tail = words[-count:]
        if "".join(re.findall(r"[A-Z]", "".join(tail))) == letters and all(w[0].isupper() for w in tail) \
                and not any(w.rstrip(".").lower() in NAME_TITLES for w in tail):
            return True
    return False


# A judgment's parties block, a paragraph each: "-v-", then "M", then "F", then "L and D".
PARTY_BLOCK = re.compile(r"[ \t|]*(?:[A-Z]{1,2})(?:[ \t]*(?:,|and|AND|&)[ \t]*[A-Z]{1,2})*[ \t|]*")
BEFORE_PARTY = re.compile(r"(?:-v-|\bv\.?|\band|\bAND|\bBetween:?|\bBETWEEN:?)[ \t|]*$")
PARTY_ROLE = re.compile(r"^[ \t|]*(?:Applicants?|Respondents?|Appellants?|Defendants?|Claimants?|Interested Part(?:y|ies)|"
                        r"Petitioners?|Children|Child|Mother|Father|\(by their)", re.IGNORECASE)


def _party_block(texts: Sequence[str], index: int) -> Iterator[Candidate]:
    text = texts[index]
    if not PARTY_BLOCK.fullmatch(text.strip()):
        return
    before = texts[index - 1].strip() if index > 0 else ""
    after = texts[index + 1] if index + 1 < len(texts) else ""
    if not (BEFORE_PARTY.search(before) or PARTY_ROLE.match(after) or (PARTY_BLOCK.fullmatch(before)
            and BEFORE_PARTY.search(texts[index - 2].strip() if index > 1 else ""))):
        return
    for m in re.finditer(r"(?<![A-Za-z])[A-Z]{1,2}(?![A-Za-z])", text):
        if m.group() not in ("AND", "R") and m.group() not in ACRONYMS:
            yield Candidate(m.start(), m.end(), "name", "letter_person", 60)


def _attendance(text: str) -> Iterator[Candidate]:
    """Initials listed after Present, Apologies, Attendees ...: on the label's line and
    the lines that follow it, up to a blank line."""
    for m in LIST_LABEL.finditer(text):
        start = m.start("rest")
        if not m.group("rest").strip():
            start = m.end()
        yield from _list_items(text, start, _list_end(text, m.end()))


# Four lower-case words in a row: a sentence of the minutes, no longer the list above it.
PROSE = re.compile(r"(?<![\w'’-])[a-z]+(?:[ \t]+[a-z]+){3}(?![\w'’-])")


def _list_end(text: str, label_end: int) -> int:
    """Where a list that starts on a label's line ends: at a blank line, or at the first
    later line that reads as a sentence ("Cllrs GC and PB declared an interest in ...")."""
    blank = text.find("\n\n", label_end)
    end = len(text) if blank == -1 else blank
    line_start = text.find("\n", label_end)
    while line_start != -1 and line_start < end:
        line_end = text.find("\n", line_start + 1)
        line_end = end if line_end == -1 or line_end > end else line_end
        if PROSE.search(text, line_start, line_end):
            return line_start
        line_start = line_end if line_end < end else -1
    return end


# A given name and a surname starting an item of an attendance list, whatever the surname
# ("Peter Quennell Head of Strategy", "Lyn Tremayne Interim Head", "Stephen OssoryCleveland Police").
LISTED_PERSON = re.compile(
    r"^[ \t*•-]*(?P<name>(?P<first>[A-Z][a-z]+)[ \t]+(?P<last>Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?))(?=$|[ \t(,*]|[A-Z][a-z])")
# Two or three capitalised words and their part in the meeting in brackets, as a list item:
# "Desiree Home (Clerk)", "Ann Tolley (minutes)".
LISTED_WITH_ROLE = re.compile(
    r"^[ \t*•-]*(?P<name>(?P<first>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t]*"
    r"\((?i:clerk|chair|chairman|chairwoman|chairperson|vice[- ]chair(?:man)?|minutes|minute taker|secretary|"
    r"treasurer|observer|co-opted|substitute|deputy clerk|note taker)\)[ \t.;]*$")
# Words that start a role or a body after a given name, never the surname.
ROLE_START = frozenset("""
Head Director Chief Interim Assistant Deputy Manager Executive Service Services Council Officer
Strategic Corporate Senior Principal Lead Team Chair Vice Cabinet Portfolio Commissioner Inspector
Superintendent Councillor Member Clerk Headteacher Governor Police Probation Youth Court County Borough
District City Health Public Children Community Safer Local National Regional Independent
Team Unit Office Support Governance Safeguarding Democratic Committee Partnership Board Trust
""".split())


def _list_items(text: str, start: int, end: int) -> Iterator[Candidate]:
    position = start
    for piece in re.split(r"([,;/\n]|\band\b)", text[start:end]):
        item_start = position
        position += len(piece)
        item = LIST_ITEM.match(piece)
        if item is None:
            person = LISTED_PERSON.match(piece)
            if person and person.group("first").lower() in shipped_word_lists().first_names \
                    and person.group("last") not in ROLE_START:
                yield Candidate(item_start + person.start("name"), item_start + person.end("name"),
                                "name", "attendance", 66)
            else:
                person = LISTED_WITH_ROLE.match(piece)
                if person and not is_everyday(person.group("first")) \
                        and not any(w in ROLE_START for w in person.group("name").split()):
                    yield Candidate(item_start + person.start("name"), item_start + person.end("name"),
                                    "name", "attendance", 60)
            continue
        initials = item.group("initials")
        if not _is_initials(initials):
            continue
        offset = item_start + item.start("initials")
        yield Candidate(offset, offset + len(initials), "name", "attendance", 66)
        inside = item.group("inside") or ""
        deputy = FOR_INITIALS.search(inside)
        if deputy and _is_initials(deputy.group("initials")):
            at = item_start + item.start("inside") + deputy.start("initials")
            yield Candidate(at, at + len(deputy.group("initials")), "name", "attendance", 66)


def _actors(text: str) -> Iterator[Candidate]:
    for m in ACTOR.finditer(text):
        for group in ("lead", "action", "after", "after2", "log", "cell"):
            value = m.group(group)
            if value is None or not _is_initials(value):
                continue
            # After "asked", "email" or "contact" initials may be a body ("contact the ICO").
            weak = group.startswith("after") and m.group().split()[0].lower() in ("asked", "email", "contact")
            yield Candidate(m.start(group), m.end(group), "name", "initials_actor", 62,
                            tier=REVIEW if weak else REDACT)


# Initials written with full stops, the last one optional: "A.T made contact", "informed
# A.T. that", "Action:- A.T. to request", "(S.S)" after an agenda item.
DOTTED = r"[A-Z]\.[A-Z](?:\.[A-Z])?"
DOTTED_ACTOR = re.compile(
    rf"(?:{LINE_LEAD}|(?<=:-)|(?<=:))[ \t>*•-]*(?P<lead>{DOTTED})\.?(?=[ \t]+(?:{SPEAKER_VERBS})\b)"
    rf"|\b(?:{BEFORE_INITIALS}|[Ii]nformed|[Tt]old|[Bb]y)[ \t]+(?P<after>{DOTTED})(?![\w])"
    rf"|\([ \t]*(?P<bracket>{DOTTED})\.?[ \t]*\)",
    re.MULTILINE)


# Initials with an age in brackets ("Child Z (AW, 15)"); initials signing a note after its
# last sentence ("... taken to the MACE Panel on 11 September. HA"); a given name and the
# initial of a surname ("Attendance - Abdirahman W", "for Connor W").
INITIALS_AGED = re.compile(rf"\((?P<initials>{INITIALS}),[ \t]*\d{{1,2}}\)")
SIGNED = re.compile(rf"(?<=[.!?])[ \t]+(?P<initials>{INITIALS})[ \t]*$", re.MULTILINE)
GIVEN_INITIAL = re.compile(r"\b(?P<name>(?P<given>[A-Z][a-z]+)[ \t]+[B-HJ-Z])(?![\w'’&/-]|\.[A-Za-z])")


def _signed_and_aged(text: str) -> Iterator[Candidate]:
    for regex in (INITIALS_AGED, SIGNED):
        for m in regex.finditer(text):
            if _is_initials(m.group("initials")):
                yield Candidate(m.start("initials"), m.end("initials"), "name", "initials_actor", 60)
    for m in GIVEN_INITIAL.finditer(text):
        given = m.group("given")
        if given.lower() in shipped_word_lists().first_names and not is_everyday(given) \
                and given.lower() not in NAME_TITLES | {"master", "madam", "miss"}:
            yield Candidate(m.start("name"), m.end("name"), "name", "initial_surname", 55)


def _dotted_actors(text: str) -> Iterator[Candidate]:
    for m in DOTTED_ACTOR.finditer(text):
        group = next(g for g in ("lead", "after", "bracket") if m.group(g) is not None)
        letters = m.group(group).replace(".", "")
        if letters in DOTTED_WORDS or letters in ACRONYMS - AMBIGUOUS - {"AT", "AS", "AB", "AC", "AD", "AP", "AR"}:
            continue
        yield Candidate(m.start(group), m.end(group), "name", "initials_actor", 62)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """The word at start:end sits beside another word written all in capitals."""
    before = re.search(r"([A-Za-z]{2,})[ \t]*$", text[max(0, start - 30):start])
    after = re.match(r"[ \t]*([A-Za-z]{2,})", text[end:end + 30])
    return any(m is not None and m.group(1).isupper() for m in (before, after))


def _letters(text: str) -> Iterator[Candidate]:
    """Single letters (or two) standing for people."""
    for m in TITLE_LETTER.finditer(text):
        title = m.group().split()[0].rstrip(".").lower()
        if m.group("letter") in ("A", "I") and title not in HONORIFIC_LETTER:
            continue
        if m.group("letter") in ACRONYMS:
            continue
        yield Candidate(m.start("letter"), m.end("letter"), "name", "letter_person", 60)
    for m in CASE_PARTY.finditer(text):
        yield Candidate(m.start("letter"), m.end("letter"), "name", "letter_person", 60)
    for m in LETTER_LIST.finditer(text):
        if NOT_PERSON_BEFORE_LETTER.search(text[max(0, m.start() - 20):m.start()]):
            continue
        items = list(re.finditer(r"(?<![A-Za-z])[A-Z]{1,2}(?![A-Za-z])", m.group("list")))
        values = [x.group() for x in items if x.group() not in ("AND",)]
        if len(values) < 2 or any(v in ACRONYMS for v in values) or (values[0] in ("A", "I") and len(values) < 3) \
                or not any(len(v) == 1 for v in values):
            continue
        for x in items:
            if x.group() != "AND":
                yield Candidate(m.start() + x.start(), m.start() + x.end(), "name", "letter_person", 50, tier=REVIEW)
    for m in SPACED_DOTTED.finditer(text):
        letters = re.sub(r"[.\s]", "", m.group())
        if letters not in ACRONYMS and letters not in DOTTED_WORDS:
            yield Candidate(m.start(), m.end(), "name", "letter_person", 56)
    for m in KIN_AFTER.finditer(text):
        base = m.start("list")
        for x in re.finditer(rf"(?<![A-Za-z]){INITIALS}(?![A-Za-z])|(?<![A-Za-z])[A-Z](?![A-Za-z])", m.group("list")):
            if x.group() not in ACRONYMS and x.group() not in ("A", "I"):
                yield Candidate(base + x.start(), base + x.end(), "name", "letter_person", 60)
    for m in LETTER_APPOSED.finditer(text):
        if m.group("letter") not in ("A", "I") and m.group("letter") not in ACRONYMS:
            yield Candidate(m.start("letter"), m.end("letter"), "name", "letter_person", 50, tier=REVIEW)
    for m in LETTER_AGED.finditer(text):
        if m.group("letter") not in ("A", "I"):
            yield Candidate(m.start("letter"), m.end("letter"), "name", "letter_person", 60)
    for m in PARTY_BEFORE_V.finditer(text):
        group = "letter" if m.group("letter") else "letter2"
        if m.group(group) not in ("R", "A", "I") and m.group(group) not in ACRONYMS:
            yield Candidate(m.start(group), m.end(group), "name", "letter_person", 60)
    for m in CAPITAL_NAME.finditer(text):
        words = m.group("name").split()
        if words[0].rstrip(".") not in ("JUSTICE", "HONOUR", "JUDGE") and m.group("name") not in ACRONYMS:
            yield Candidate(m.start("name"), m.end("name"), "name", "letter_person", 60)
    for m in ROLE_LETTER.finditer(text):
        for group in ("letter", "letter2"):
            if m.group(group) is not None:
                yield Candidate(m.start(group), m.end(group), "name", "letter_person", 50, tier=REVIEW)
    for m in QUOTED_LETTERS.finditer(text):
        # Document "O", Appendix 'B': a part of the papers, not a person.
        if m.group("letter") not in ACRONYMS and not NOT_PERSON_BEFORE_LETTER.search(
                re.sub(r"[ \t]*$", "", text[max(0, m.start() - 20):m.start()]) + " "):
            yield Candidate(m.start("letter"), m.end("letter"), "name", "letter_person", 50, tier=REVIEW)


# A judge's surname before the post-nominal of the office: "Quennell LJ", "TREMAYNE LJ,
# OSSORY J", "Vane P".
JUDGE_BEFORE_OFFICE = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:Mc|Mac|O['’])?[A-Z][A-Za-z'’-]+)[ \t]+(?:LJ|LCJ|CJ|JA|J|P|VP|MR|DJ)"
    r"(?=[ \t]*(?:[,.;:)(\n]|$|and\b|with\b|sitting\b|said\b|held\b))", re.MULTILINE)


def _judges(text: str, ordinary: Ordinary) -> Iterator[Candidate]:
    for m in LETTER_DEFINED.finditer(text):
        group = "letter" if m.group("letter") else "letter2"
        if m.group(group) not in ("A", "I"):
            yield Candidate(m.start(group), m.end(group), "name", "letter_person", 60)
    for m in PARTY_REPRESENTED.finditer(text):
        group = "name" if m.group("name") else "name2"
        if not ordinary(m.group(group)):
            yield Candidate(m.start(group), m.end(group), "name", "party_represented", 56)
    for m in LETTER_BEFORE_RELATIVE.finditer(text):
        yield Candidate(m.start("letter"), m.end("letter"), "name", "letter_person", 60)
    for m in COUNSEL.finditer(text):
        if not ordinary(m.group("name")):  # never "Laboratory QC checks"
            yield Candidate(m.start("name"), m.end("name"), "name", "counsel", 64)
    for m in PANEL_LINE.finditer(text):
        panel = m.group("name").split()
        # "MEMBER DEVELOPMENT PROGRAMME" is a heading: a given name, or a word no dictionary has
        if panel[0].lower() in shipped_word_lists().first_names or not all(ordinary(w) for w in panel):
            if not re.search(r"\b(?:OF|THE|AND)\b", m.group("name")):
                yield Candidate(m.start("name"), m.end("name"), "name", "tribunal_panel", 64)
    for m in JUDGE_BEFORE_OFFICE.finditer(text):
        name = m.group("name")
        if not ordinary(name) and name.upper() not in ACRONYMS and name not in ("The", "THE"):
            yield Candidate(m.start("name"), m.end("name"), "name", "judge_office", 64)
    for m in JUDICIAL.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        while words and words[-1].group().rstrip(":,.") in POST_NOMINALS:
            words.pop()
        if not words:
            continue
        start = m.start("name") + words[0].start()
        end = m.start("name") + words[-1].end()
        value = text[start:end].rstrip(":,")
        # "THE LORD JUSTICE CLERK", "Lord Justice General": offices, not names
        if value and value.split()[0].lower() not in ("of", "the", "justice", "chief", "mayor", "clerk", "general"):
            yield Candidate(start, start + len(value), "name", "judicial_title", 64)


COUNCILLORS_LABEL = re.compile(r"\b(?:Councillors|Cllrs\.?|Aldermen)[ \t]+(?=[A-Z])")
# An item of a councillors list: an optional title and initial, one to three capitalised
# words, then an optional role in brackets or a post-nominal ("Quennell (Vice-Chairman)").
COUNCILLOR_ITEM = re.compile(
    r"^[ \t\n]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*(?:\([^)\n]{1,40}\))?(?:[ \t]+[A-Z]{2,4})?[ \t.]*$")


def _councillors(text: str, ordinary: Ordinary) -> Iterator[Candidate]:
    """Names after "Councillors": items split on commas and "and", over line breaks, up to
    the first item that is not a name ("were present", a blank line)."""
    for m in COUNCILLORS_LABEL.finditer(text):
        end = text.find("\n\n", m.end())
        end = min(len(text) if end == -1 else end, m.end() + 600)
        position = m.end()
        for piece in re.split(r"(,|;|\band\b|&)", text[m.end():end]):
            start, position = position, position + len(piece)
            if piece in (",", ";", "and", "&") or not piece.strip():
                continue
            item = COUNCILLOR_ITEM.match(piece)
            if item is None:
                # The list's last name ends it: "... and Vine. Cllr Stone sent", "and Quennell\nOfficers".
                lead = len(piece) - len(piece.lstrip(" \t\n"))
                first_line = piece[lead:].split("\n", 1)[0]
                tail = COUNCILLOR_ITEM.match(first_line) or re.match(r"^(?P<name>[A-Z][\w'’-]+)(?=[.:])", first_line)
                if tail and tail.group("name").split()[0].lower() not in NOT_COUNCILLOR_WORDS:
                    at = start + lead
                    yield Candidate(at + tail.start("name"), at + tail.end("name"), "name", "councillors_list", 62)
                break
            name = item.group("name")
            if name.split()[0].lower() in NOT_COUNCILLOR_WORDS:
                break
            yield Candidate(start + item.start("name"), start + item.end("name"), "name", "councillors_list", 62)


def _initial_surnames(text: str, ordinary: Ordinary) -> Iterator[Candidate]:
    for m in INITIAL_SURNAME.finditer(text):
        initials, surname = m.group("initials"), m.group("surname")
        letters = initials.replace(".", "").replace(" ", "").replace("\t", "")
        if surname.lower() in THING_WORDS or letters in RANKS:
            continue
        tier = REDACT
        listed = re.match(r"[ \t]*(?:[,;]|$|and\b|[A-Z]{1,3}[ \t]+[A-Z][a-z])", text[m.end():m.end() + 12],
                          re.MULTILINE)
        if letters in ACRONYMS:
            # Two letters that are also an acronym, in a list of names ("J Sandwell RJ
            # Farrowdale RLE Wardle"); never "NHS Northshire Integrated Care Board".
            if ordinary(surname) or m.group("glued") or len(letters) != 2 or not listed:
                continue
            tier = REVIEW
        elif ordinary(surname):
            # A surname that is also a word or a place ("G Banks, Broxbourne", "RJ Farrowdale
            # RLE Wardle"): a person in a list of them, for review; never "A Level" or "B Block".
            # After a full stop an everyday word starts the next sentence ("K. K. Subsequently").
            if letters in ("A", "I") or m.group("glued") or not listed or initials.rstrip().endswith("."):
                continue
            tier = REVIEW
        # Glued to the next cell only where that cell starts with an everyday word.
        if m.group("glued") and not ordinary(m.group("glued")):
            continue
        end = m.end("surname")
        # "A" and "I" are words: "A Francis" is a person only at a line's or list's start,
        # and not before more capitals ("A Merrill Communications Company").
        if letters in ("A", "I") and (
                (not re.search(r"(?:^|[\n,;(]|\t)[ \t]*$", text[max(0, m.start() - 3):m.start()])
                 and not re.match(r"[ \t]*(?:[-–,;)]|$)", text[end:end + 3]))
                or re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 3])):
            continue
        yield Candidate(m.start(), end, "name", "initial_surname", 55, tier=tier)


# Ranks and titles written as capitals before a surname: the surname alone is the name.
RANKS = frozenset("PC DC DS DI DCI DSI HHJ QC KC MP JP CC".split())
# Things written with a letter or initials before them, never a surname: "B Block", "A Level".
THING_WORDS = frozenset("""
block level levels wing grade grades floor class form team unit ward road street lane house flat plot
room stage phase tier key category type plan option group side site zone area band list column row box
route star stars rating ratings road roads drive list
""".split())


# A party's role in a judgment's heading, in either case.
PARTY_ROLES = (r"(?:Appellants?|Respondents?|Claimants?|Defendants?|Applicants?|Petitioners?|"
               r"APPELLANTS?|RESPONDENTS?|CLAIMANTS?|DEFENDANTS?|APPLICANTS?|PETITIONERS?)")
ORDINAL = r"(?:(?:First|Second|Third|Fourth|FIRST|SECOND|THIRD|FOURTH)[ \t]+)?"


# A party named by one word in a case name: "Ossory v Dl Insurance Services Ltd",
# "Scottish Water v Tremayne", "R v Smith"; a side of several capitalised words is a body.
CASE_WORD = r"(?:Mc|Mac|O['’])?[A-Z](?:[a-z]+|[A-Z]+)(?:[-'’][A-Z][A-Za-z]+)?"
CASE_NAME = re.compile(rf"(?<![\w'’-])(?P<a>{CASE_WORD})[ \t]+v\.?[ \t]+(?P<b>{CASE_WORD})(?![\w'’-])")
# A party in capitals on its own line before its role: "ORLA TREMAYNE Respondent".
PARTY_LINE = re.compile(
    rf"^[ \t|]*(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){{0,3}})[ \t|]+{PARTY_ROLES}[ \t|]*$", re.MULTILINE)


# Letters alone on the line above a party's role: "Between:\nKL\nApplicant".
PARTY_LETTERS = re.compile(rf"^[ \t|]*(?P<letters>[A-Z]{{1,3}})[ \t|]*\n[ \t|]*{PARTY_ROLES}\b", re.MULTILINE)


# A judgment's parties block: "Between:" (or a line "v" between two sides), the parties one
# to a line, "and" / "-v-" between sides, each side ended by its role ("Appellant").
BLOCK_START = re.compile(r"^[ \t|]*(?:BETWEEN|Between)[ \t]*:?[ \t|]*$", re.MULTILINE)
SIDE_JOIN = re.compile(r"^[ \t|]*(?:-[ \t]*)?(?:and|AND|v|V|vs|v\.)(?:[ \t]*-)?[ \t|]*$")
ROLE_LINE = re.compile(rf"^[ \t|]*{ORDINAL}(?:{PARTY_ROLES}|Interested[ \t]+Party|INTERESTED[ \t]+PARTY)\b")
PARTY_TITLE = re.compile(r"^(?:MR|MRS|MS|MISS|DR|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+")
# Sides that are the Crown, a minister or a body: never a person. The Crown is the whole
# line ("THE KING", "REGINA"); a minister or a prosecutor is named by an office in it.
CROWN = re.compile(r"(?:THE[ \t]+)?(?:QUEEN|KING|REGINA|REX|CROWN)|(?:The[ \t]+)?(?:Queen|King|Regina|Rex|Crown)")
STATE_PARTY = re.compile(r"\b(?:SECRETARY[ \t]+OF[ \t]+STATE|DIRECTOR[ \t]+OF[ \t]+PUBLIC|COMMISSIONERS?[ \t]+FOR|"
                         r"Secretary[ \t]+of[ \t]+State|Director[ \t]+of[ \t]+Public|Commissioners?[ \t]+for)\b")
PARTY_NUMBER = re.compile(r"\(\d{1,2}\)[ \t]*")
# Family members a judgment names by role only ("The Mother", "FATHER 'X'").
FAMILY_ROLES = {"MOTHER", "FATHER", "CHILD", "CHILDREN", "GUARDIAN", "GRANDMOTHER", "GRANDFATHER", "PARENTS"}


ROLE_ALONE = re.compile(rf"^[ \t|]*{ORDINAL}{PARTY_ROLES}[ \t|]*$")
ROLE_AFTER = re.compile(rf"(?<![ \t|])[ \t|]+{ORDINAL}{PARTY_ROLES}[ \t|]*$")
COMPANY = re.compile(r"\b(?:LTD|LIMITED|PLC|LLP|LLC|COUNCIL|BOROUGH|AUTHORITY|TRUST|BOARD|SERVICES?|"
                     r"Ltd|Limited|Plc|Council|Borough|Authority|Trust|Board|Services?)\b\.?")
BLOCK_LINES = 14  # a parties block is short: past this, the "Between" was prose


def _party_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line naming a party in a parties block, its role cut off."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*", text) if m.group().strip(" \t|")]
    starts = {m.end() for m in BLOCK_START.finditer(text)}
    left = 0  # lines left in the current block
    for index, (start, end, line) in enumerate(lines):
        before = lines[index - 1][2] if index else ""
        after = lines[index + 1][2] if index + 1 < len(lines) else ""
        if end in starts:
            left = BLOCK_LINES
            continue
        left -= 1
        role = ROLE_AFTER.search(line)
        if role is not None:
            end, line = start + role.start(), line[:role.start()]
        if not line.strip(" \t|") or SIDE_JOIN.match(line) or ROLE_LINE.match(line) \
                or (line.strip().startswith(("(", "_", "-")) and not PARTY_NUMBER.match(line.strip(" \t|"))):
            continue
        # A side beside a line "v" ("THE QUEEN / v / DARRAGH QUENNELL") is a party with no "Between".
        # ... and a side alone above its role, as a table of parties sets it out
        # ("DARRAGH QUENNELL | / Appellant |").
        if (left > 0 or SIDE_JOIN.match(before) or SIDE_JOIN.match(after) or (role is None and ROLE_ALONE.match(after))) \
                and not line.rstrip(" \t|").endswith(":"):
            yield start, end
        # A side ends at its role; the block ends with a side not followed by "and" / "v".
        if (role is not None or ROLE_LINE.match(after)) and not SIDE_JOIN.match(
                lines[index + 2][2] if role is None and index + 2 < len(lines) else after):
            left = 0


def _parties_in_block(text: str, ordinary: Ordinary, organisation: frozenset[str]) -> Iterator[Candidate]:
    for start, end in _party_lines(text):
        line = text[start:end]
        lead = len(line) - len(line.lstrip(" \t|"))
        name = line.strip(" \t|")
        number = PARTY_NUMBER.match(name)  # "(1) DARRAGH QUENNELL"
        if number:
            lead, name = lead + number.end(), name[number.end():]
        title = PARTY_TITLE.match(name)
        if title:
            lead, name = lead + title.end(), name[title.end():]
        words = name.split()
        # "THE LONDON BOROUGH OF X", "A LOCAL AUTHORITY", "The Mother", "FATHER 'X'": a body or a role.
        if not words or words[0].upper() in ("THE", "A", "AN") or any(w.strip("'‘’\"“”").upper() in FAMILY_ROLES for w in words):
            continue
        if len(words) > 5 or any(c.isdigit() for c in name) or CROWN.fullmatch(name) or STATE_PARTY.search(name) \
                or COMPANY.search(name) or any(w.lower().strip(",.") in organisation for w in words):
            continue
        begin = start + lead
        if re.fullmatch(r"[A-Z]{1,3}", name):
            if name not in ACRONYMS and name not in ("R", "A", "I"):
                yield Candidate(begin, begin + len(name), "name", "letter_person", 60)
            continue
        if not all(w[0].isupper() for w in words if w[0].isalpha()):
            continue
        plain = [ordinary(w.strip(",.'‘’\"“”")) for w in words]
        given = words[0].lower() in shipped_word_lists().first_names
        if all(plain) and not given:
            continue  # "SCOTTISH WATER": everyday words and places are a body's name
        sure = given or not any(plain)  # "JOANNE HALL": a given name vouches for the surname
        yield Candidate(begin, begin + len(name), "name", "case_party", 56, tier=REDACT if sure else REVIEW)


def _parties_in_document(texts: Sequence[str], ordinary: Ordinary) -> list[list[Candidate]]:
    """The parties of a judgment's parties block, read over the whole document: a Word
    judgment puts each line of the block in a paragraph of its own."""
    joined, offsets, at = [], [], 0
    for text in texts:
        offsets.append(at)
        joined.append(text)
        at += len(text) + 1
    found: list[list[Candidate]] = [[] for _ in texts]
    for c in _parties_in_block("\n".join(joined), ordinary, shipped_word_lists().organisation_words):
        index = bisect_right(offsets, c.start) - 1
        base = offsets[index]
        if c.end - base <= len(texts[index]):
            found[index].append(replace(c, start=c.start - base, end=c.end - base))
    return found


def _parties(text: str, ordinary: Ordinary) -> Iterator[Candidate]:
    for m in CASE_NAME.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 2]
        sides = (("a", not re.search(r"[A-Za-z][ \t]$", before) or re.search(r"[a-z] $", before)),
                 ("b", not re.match(r"[ \t][A-Z]", after)))
        for group, alone in sides:
            word = m.group(group)
            if alone and not ordinary(word) and word.title() not in ("Regina", "Rex", "The") and word not in ACRONYMS:
                yield Candidate(m.start(group), m.end(group), "name", "case_party", 56)
    for m in PARTY_LETTERS.finditer(text):
        if m.group("letters") not in ACRONYMS and m.group("letters") not in ("R", "A", "I"):
            yield Candidate(m.start("letters"), m.end("letters"), "name", "letter_person", 60)
    for m in PARTY_LINE.finditer(text):
        words = m.group("name").split()
        if not any(ordinary(w) or w in ACRONYMS or len(w) < 2 for w in words) and not CROWN.fullmatch(m.group("name")):
            yield Candidate(m.start("name"), m.end("name"), "name", "case_party", 56)
