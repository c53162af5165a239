"""Build benchmarks/data/court_dev.json and benchmarks/data/court_holdout.json: REAL court
judgments with gold personal-data spans, for developing and measuring reviewgen's detector on
the documents where it trails Presidio (issue 10).

    .venv/bin/python benchmarks/data/make_court_judgments.py

Two sources:

1. The Text Anonymization Benchmark (TAB; Pilan et al. 2022, MIT licence;
   github.com/NorskRegnesentral/text-anonymization-benchmark), DEVELOPMENT split only
   (`echr_dev.json`; the test split is never read or used). Each `tab(...)` call holds one ECHR
   judgment's text as TAB gives it (truncated to its first paragraphs where it is long) and the
   entity mentions of ONE annotator: the one the record marks `quality_checked` where that
   annotator's list was transcribed, otherwise `annotator1`; the call names which. Only mentions
   whose `identifier_type` is DIRECT or QUASI are transcribed (NO_MASK mentions are not personal
   data in TAB's scheme). Each mention is (start, end, TAB entity type, span text) with TAB's own
   offsets; the script checks that the text at those offsets is the span text, so a copying
   slip fails the build. Labels: PERSON -> `name` (a leading Mr/Mrs/Ms/Miss/Dr is put outside
   the span, as in our guideline), CODE -> `case_id`, and DATETIME, LOC, ORG, DEM, QUANTITY,
   MISC keep TAB's type as `tab_datetime`, `tab_loc`, `tab_org`, `tab_dem`, `tab_quantity`,
   `tab_misc` so a scorer can report them apart from reviewgen's categories. TAB's choices are
   kept as they are, including its misses (an initial such as "Mr G.D." that the chosen
   annotator left unmarked stays unmarked): this set measures against human annotators who
   never saw reviewgen.

2. Excerpts of real UK judgments (family court, High Court Family Division, Court of Appeal
   Criminal Division, Divisional and Administrative Court) as the project's search tool
   returned them from BAILII, the National Archives' Find Case Law and other public copies.
   Each `doc(...)` excerpt is verbatim from the returned text (line breaks, runs of spaces and
   glued cells such as "JudgeMr Justice Cobb" kept; spaces at line ends trimmed, as in
   make_uk_real_documents.py), starting at the first useful line after the site's navigation
   and cut at a sentence or line end; only `[[label:value]]` markers
   (benchmarks/data/markers.py) were added. They are labelled by the rules of
   make_uk_real_documents.py: every reference to a person is `name` (parties, children and
   guardians given as letters or initials such as "M", "L and D", "AF", "PW", "'T'", and
   named judges and counsel in role; titles such as MR JUSTICE, Ms, QC are outside the span);
   court case numbers, indictment numbers and Administrative Court references tied to the
   parties are `case_id` (neutral citations are not); a stated age of a person is `age`
   (the number only). Courts, law firms, transcription companies and their telephone numbers,
   and role words ("the Mother", "THE FATHER", "the applicant") are not spans.

Record format, as the other real sets: {"id", "genre", "body", "group", "source": {"url",
"title"}, "text", "spans": [{"start", "end", "label"}]}, plus "annotator" for TAB records.

Split: each TAB judgment is its own group; UK excerpts are grouped by court, and two excerpts
about one case share a group. Within each source (TAB, UK) the groups are walked in name order
and a group goes whole to court_holdout.json when that brings the held-out share of that
source's documents nearer to one third; the rest go to court_dev.json. So no document (and no
court's excerpts) sits on both sides, and the rule looks only at names and counts, never at the
detector's output. Tune on court_dev.json only; court_holdout.json is for measuring.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from make_uk_real_documents_2 import balanced_holdout, split_records, write_split  # one split rule
from markers import strip_markers  # shared with the other gold-set generators

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "court_dev.json"
OUT_HOLDOUT = HERE / "court_holdout.json"
TAB_URL = "https://github.com/NorskRegnesentral/text-anonymization-benchmark/blob/master/echr_dev.json"
TAB_LABELS = {"PERSON": "name", "CODE": "case_id", "DATETIME": "tab_datetime", "LOC": "tab_loc",
              "ORG": "tab_org", "DEM": "tab_dem", "QUANTITY": "tab_quantity", "MISC": "tab_misc"}
TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.? ")
UK_CHARS = (900, 5000)
TAB_MAX_CHARS = 6000

DOCS: list[dict] = []


def tab(doc_id: str, annotator: str, text: str, mentions: list[tuple[int, int, str, str]]) -> None:
    """One TAB development-split judgment and its chosen annotator's DIRECT/QUASI mentions."""
    DOCS.append({"id": f"tab-{doc_id}", "kind": "tab", "genre": "judgment",
                 "body": "European Court of Human Rights", "group": f"tab-{doc_id}",
                 "source": {"url": TAB_URL,
                            "title": f"TAB echr_dev.json, document {doc_id} "
                                     f"(HUDOC https://hudoc.echr.coe.int/eng?i={doc_id})"},
                 "annotator": annotator, "text": text, "mentions": mentions})


def doc(id_: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    """One marked excerpt of a UK judgment."""
    DOCS.append({"id": id_, "kind": "uk", "genre": "judgment", "body": body, "group": group,
                 "source": {"url": url, "title": title}, "marked": marked.strip("\n")})


def tab_spans(d: dict) -> list[dict]:
    text, spans = d["text"], []
    for start, end, entity_type, value in d["mentions"]:
        if text[start:end] != value:
            raise ValueError(f"{d['id']}: offsets {start}-{end} do not hold the mention text")
        label = TAB_LABELS[entity_type]
        title = TITLE.match(value) if label == "name" else None
        spans.append({"start": start + (title.end() if title else 0), "end": end, "label": label})
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def check(record: dict) -> None:
    text, previous_end = record["text"], 0
    for s in record["spans"]:
        if not 0 <= s["start"] < s["end"] <= len(text) or s["start"] < previous_end:
            raise ValueError(f"{record['id']}: bad or overlapping span {s}")
        if text[s["start"]:s["end"]] != text[s["start"]:s["end"]].strip():
            raise ValueError(f"{record['id']}: span with outer whitespace {s}")
        previous_end = s["end"]


def holdout_groups() -> set[str]:
    sizes: dict[str, Counter] = {}
    for d in DOCS:
        sizes.setdefault(d["kind"], Counter())[d["group"]] += 1
    return balanced_holdout(sizes)


def record_of(d: dict) -> dict:
    if d["kind"] == "tab":
        text, spans = d["text"], tab_spans(d)
        if len(text) > TAB_MAX_CHARS:
            raise ValueError(f"{d['id']}: {len(text)} characters, over {TAB_MAX_CHARS}")
    else:
        text, spans = strip_markers(d["marked"])
        if not UK_CHARS[0] <= len(text) <= UK_CHARS[1]:
            raise ValueError(f"{d['id']}: {len(text)} characters, outside {UK_CHARS}")
    record = {"id": d["id"], "genre": d["genre"], "body": d["body"], "group": d["group"],
              "source": d["source"], "text": text, "spans": spans}
    if "annotator" in d:
        record["annotator"] = f"TAB {d['annotator']}"
    check(record)
    return record


def build() -> tuple[list[dict], list[dict]]:
    return split_records(DOCS, holdout_groups(), record_of)


def summary(name: str, records: list[dict]) -> None:
    chars = sum(len(r["text"]) for r in records)
    labels = Counter(s["label"] for r in records for s in r["spans"])
    tab_count = sum(r["id"].startswith("tab-") for r in records)
    print(f"{name}: {len(records)} documents ({tab_count} TAB, {len(records) - tab_count} UK), "
          f"{chars:,} characters, {sum(labels.values())} spans")
    print("  labels:", dict(labels.most_common()))


def main() -> None:
    dev, holdout = build()
    write_split((OUT_DEV, dev), (OUT_HOLDOUT, holdout))
    summary(f"dev -> {OUT_DEV.name}", dev)
    summary(f"holdout -> {OUT_HOLDOUT.name}", holdout)


# --- 1. TAB development split (echr_dev.json) -------------------------------------------
# (start, end, TAB entity type, text) per DIRECT/QUASI mention of the named annotator.

tab("001-83927", "annotator10",
    "PROCEDURE\n\nThe case originated in an application (no. 40593/04) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Turkish national, Mr Cengiz Polat (\u201cthe applicant\u201d), on 15 October 2004.\n\nThe applicant was represented by Mr E. Kanar, a lawyer practising in Istanbul. The Turkish Government (\u201cthe Government\u201d) did not designate an Agent for the purposes of the proceedings before the Court.\n\nOn 6 November 2006 the Court decided to give notice of the application to the Government. Applying Article 29 \u00a7 3 of the Convention, it decided to rule on the admissibility and merits of the application at the same time.\n\nTHE FACTS\n\nTHE CIRCUMSTANCES OF THE CASE\n\nThe applicant was born in 1965. He is currently detained in the Edirne F-type Prison.\n\nOn 6 February 1993 the applicant was arrested and placed in police custody by officers from the Anti-terror branch of the Istanbul Security Directorate on suspicion of involvement in the activities of an illegal armed organisation, the TKP/ML-TIKKO (the Turkish Communist Party/Marxist Leninist -Turkish Workers and Peasants' Liberation Army).\n\nOn 15 February 1993 the applicant was brought before the public prosecutor and then the investigating judge at the Istanbul State Security Court. On the same day the investigating judge remanded the applicant in custody pending trial.\n\nBy an indictment dated 5 April 1993, the public prosecutor initiated criminal proceedings against the applicant and nineteen other defendants before the Istanbul State Security Court, accusing them, inter alia, of membership of an illegal armed organisation and of involvement in activities which undermined the constitutional order of the State. The prosecution sought the death penalty under Article 146 \u00a7 1 of the Criminal Code.\n\nIn the course of the proceedings, the State Security Court rejected the applicant's requests for release, taking into account the nature of the alleged offence and the state of the evidence.\n\nOn 12 June 2000 the applicant was convicted as charged by the Istanbul State Security Court and sentenced to life imprisonment.\n\nOn 15 May 2001 the Court of Cassation quashed the applicant's conviction for procedural reasons. The case was remitted to the Istanbul State Security Court for further examination and the applicant remained in custody.\n\nOn 7 May 2004 State Security Courts were abolished following a constitutional amendment and the applicant's case was transmitted to the Istanbul Assize Court. In the course of the proceedings, the domestic courts rejected the applicant's requests for release, taking into account the nature of the alleged offence and the documents in the case file. The applicant challenged these decisions under Article 298 of the Criminal Procedure Code; however, the domestic courts rejected all his requests.\n\nOn 31 January 2005 the Istanbul Assize Court found the applicant guilty and sentenced him to life imprisonment under Article 146 \u00a7 1 of the Criminal Code.\n\nOn 20 March 2006 the Court of Cassation quashed the decision of the Assize Court and the case file was remitted to Istanbul Assize Court.\n\nOn 4 October 2006 the applicant was released pending trial. According to the information in the case file, as submitted by the parties, the case is still pending before the Istanbul Assize Court.",
    [(54, 62, "CODE", "40593/04"), (254, 269, "PERSON", "Mr Cengiz Polat"),
     (292, 307, "DATETIME", "15 October 2004"), (343, 354, "PERSON", "Mr E. Kanar"),
     (379, 387, "LOC", "Istanbul"), (516, 531, "DATETIME", "6 November 2006"),
     (803, 807, "DATETIME", "1965"), (841, 861, "ORG", "Edirne F-type Prison"),
     (867, 882, "DATETIME", "6 February 1993"), (1100, 1112, "ORG", "TKP/ML-TIKKO"),
     (1118, 1205, "ORG", "Turkish Communist Party/Marxist Leninist -Turkish Workers and Peasants' Liberation Army"),
     (1212, 1228, "DATETIME", "15 February 1993"), (1468, 1480, "DATETIME", "5 April 1993"),
     (1561, 1569, "QUANTITY", "nineteen"), (2073, 2085, "DATETIME", "12 June 2000"),
     (2202, 2213, "DATETIME", "15 May 2001"), (2218, 2236, "ORG", "Court of Cassation"),
     (2920, 2935, "DATETIME", "31 January 2005"), (3076, 3089, "DATETIME", "20 March 2006"),
     (3094, 3112, "ORG", "Court of Cassation"), (3215, 3229, "DATETIME", "4 October 2006")])

tab("001-79436", "annotator1",
    "PROCEDURE\n\nThe case originated in an application (no. 63354/00) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Turkish national, Mr Aziz Canpolat (\u201cthe applicant\u201d), on 15 September 2000.\n\nThe applicant was represented by Mr M. G\u00fczeler, a lawyer practising in \u015eanl\u0131urfa. The Turkish Government (\u201cthe Government\u201d) did not designate an Agent for the purposes of the proceedings before the Court.\n\nOn 31 May 2005 the Court decided to give notice of the application to the Government. Under the provisions of Article 29 \u00a7 3 of the Convention, it decided to examine the merits of the application at the same time as its admissibility.\n\nTHE FACTS\n\nI. THE CIRCUMSTANCES OF THE CASE\n\nThe applicant was born in 1950 and was detained in the Hilvan prison, in \u015eanl\u0131urfa at the time of the application.\n\nOn 11 October 1997 following receipt of information that the applicant was in possession of narcotic substances, police officers from the Siverek Security Directorate arrested the applicant, his son and one of the applicant's employees, \u0130.\u015e., in the applicant's house. During the search of the applicant's house and farm, a certain amount of cannabis was found.\n\nOn 12 October 1997 the suspects were brought before the Siverek Magistrates' Court who ordered their detention on remand.\n\nOn 14 October 1997, the Siverek Magistrates' Court sent the case file to the public prosecutor's office at the Diyarbak\u0131r State Security Court holding that the case concerned the prosecution of organised drug trafficking.\n\nOn 24 October 1997 the public prosecutor at the Diyarbak\u0131r State Security Court filed a bill of indictment against the applicant and the two other suspects. The public prosecutor charged them under Article 403 \u00a7 5 of the Criminal Code of being in possession of hashish with the aim of trafficking. \u0130.\u015e. was also charged with the consummation of hashish.\n\nOn 26 May 1998 the Diyarbak\u0131r State Security Court convicted the applicant and \u0130.\u015e. The applicant was sentenced to three years and four months' imprisonment.\n\nOn 5 October 1998 the Court of Cassation quashed the judgment of the first-instance court.\n\nOn 24 November 1998 the Diyarbak\u0131r State Security Court once again convicted the applicant and his co-accused and sentenced them to six years and three months' imprisonment.\n\nOn 15 April 1999 the Court of Cassation again quashed the first\u2011instance court's judgment, holding that the applicant's and his co\u2011accused's defence rights had not been respect as they had not been informed about the date of the hearing.\n\nOn 15 June 1999 the Diyarbak\u0131r State Security Court convicted the applicant and his co-accused and sentenced them to six years and three months' imprisonment. It also ordered their release from detention having regard to the time that they had spent in prison.\n\nOn 20 April 2000 the Court of Cassation upheld the judgment of the first-instance court.",
    [(54, 62, "CODE", "63354/00"), (254, 270, "PERSON", "Mr Aziz Canpolat"),
     (293, 310, "DATETIME", "15 September 2000"), (346, 359, "PERSON", "Mr M. G\u00fczeler"),
     (522, 533, "DATETIME", "31 May 2005"), (826, 830, "DATETIME", "1950"),
     (855, 868, "ORG", "Hilvan prison"), (919, 934, "DATETIME", "11 October 1997"),
     (1054, 1082, "ORG", "Siverek Security Directorate"), (1232, 1236, "MISC", "farm"),
     (1282, 1297, "DATETIME", "12 October 1997"), (1335, 1361, "ORG", "Siverek Magistrates' Court"),
     (1405, 1420, "DATETIME", "14 October 1997"), (1426, 1452, "ORG", "Siverek Magistrates' Court"),
     (1513, 1544, "ORG", "Diyarbak\u0131r State Security Court"), (1628, 1643, "DATETIME", "24 October 1997"),
     (1673, 1704, "ORG", "Diyarbak\u0131r State Security Court"), (1983, 1994, "DATETIME", "26 May 1998"),
     (1999, 2030, "ORG", "Diyarbak\u0131r State Security Court"),
     (2095, 2122, "DATETIME", "three years and four months"), (2142, 2156, "DATETIME", "5 October 1998"),
     (2234, 2250, "DATETIME", "24 November 1998"), (2255, 2286, "ORG", "Diyarbak\u0131r State Security Court"),
     (2363, 2389, "DATETIME", "six years and three months"), (2409, 2422, "DATETIME", "15 April 1999"),
     (2648, 2660, "DATETIME", "15 June 1999"), (2665, 2696, "ORG", "Diyarbak\u0131r State Security Court"),
     (2762, 2788, "DATETIME", "six years and three months"), (2910, 2923, "DATETIME", "20 April 2000")])

tab("001-61815", "annotator3",
    "PROCEDURE\n\nThe case originated in an application (no. 35574/97) against the United Kingdom of Great Britain and Northern Ireland lodged with the European Commission of Human Rights (\u201cthe Commission\u201d) under former Article 25 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a national of the United Kingdom national, Ian Le Petit (\u201cthe applicant\u201d), on 21 March 1997.\n\nThe applicant was represented by Mr J. Mackenzie, a lawyer practising in Oxfordshire. The United Kingdom Government (\u201cthe Government\u201d) were represented by successive Agents, Mr Eaton, Mr Whomersley and Mr Grainger, of the Foreign and Commonwealth Office.\n\nThe applicant mainly complained under Article 6 \u00a7 1 of the Convention that his naval court-martial did not constitute a fair hearing by an independent and impartial tribunal.\n\nThe application was transmitted to the Court on 1 November 1998, when Protocol No. 11 to the Convention came into force (Article 5 \u00a7 2 of Protocol No. 11).\n\nIt was allocated to the Third Section of the Court (Rule 52 \u00a7 1 of the Rules of Court). Within that Section, the Chamber that would consider the case (Article 27 \u00a7 1 of the Convention) was constituted as provided in Rule 26 \u00a7 1 of the Rules of Court.\n\nOn 1 November 2000 the Court changed the composition of its Sections (Rule 25 \u00a7 1) and the case was assigned to the newly composed Fourth Section (Rule 52 \u00a7 1) .\n\nBy decision dated 5 December 2000, the Court declared the application partly admissible.\n\nThe Government filed observations on the merits (Rule 59 \u00a7 1).\n\nTHE FACTS\n\nI. THE CIRCUMSTANCES OF THE CASE\n\nThe applicant was born in 1957 and lives in Bristol. In 1974 he joined the Royal Navy. At the relevant time he held a senior non-commissioned rank and was an experienced administrator. On 20 October 1995 he was informed that he was under investigation on suspicion of travel fraud. Since he was to be interviewed by the naval police, he was offered the opportunity to speak to a naval barrister. He accepted this offer, was given legal advice and confirmed that he understood the advice given.\n\nHe then attended two interviews with the naval police. At the beginning of both interviews he was cautioned (section 76 of the Police and Criminal Evidence Act 1984). He declined the opportunity accorded to him to obtain legal advice and to have a legal adviser present at those interviews. He made certain admissions at his first interview and gave the investigators access to his bank accounts. On 27 November 1995 he was interviewed for a second time and then charged.\n\nThe charge sheet, as approved by the convening authority listed six charges (pursuant to section 42 of the Naval Discipline Act 1957) of obtaining property and a service by deception contrary to sections 1 and 15 of the Theft Act 1968. All charges related to the making of false representations about travel allowances.\n\nBy notice dated 3 July 1996 the convening authority ordered the convening of a court-martial to try the applicant on the charges. He appointed the members of the court-martial by name. All were subordinate to the convening authority but none served within his chain of command. The Judge Advocate was appointed by the Chief Naval Judge Advocate. While the Judge Advocate was subordinate in rank to the President and both served under the Second Sea Lord, there was no command or other substantive institutional link between them.\n\nThe court-martial took place on 8-10 July 1996. Once the applicant\u2019s preliminary objections were rejected (he contested the admission of evidence from his interviews and he alleges that he challenged the composition of the court-martial), he pleaded guilty as charged. On 10 July 1996 he was sentenced to three months\u2019 imprisonment.\n\nBy letter dated 14 January 1997, his legal representative was informed of the decision taken by the Admiralty Board to reject his petition against conviction and sentence. It was considered that his admissions in interview were not the result of oppression and that, given the seriousness of the offences, his sentence was neither manifestly excessive nor wrong in principle.",
    [(54, 62, "CODE", "35574/97"), (367, 379, "PERSON", "Ian Le Petit"), (402, 415, "DATETIME", "21 March 1997"),
     (451, 466, "PERSON", "Mr J. Mackenzie"), (491, 502, "LOC", "Oxfordshire"), (592, 600, "PERSON", "Mr Eaton"),
     (602, 615, "PERSON", "Mr Whomersley"), (620, 631, "PERSON", "Mr Grainger"),
     (1440, 1455, "DATETIME", "5 December 2000"), (1647, 1651, "DATETIME", "1957"), (1665, 1672, "LOC", "Bristol"),
     (1677, 1681, "DATETIME", "1974"), (1696, 1706, "ORG", "Royal Navy"),
     (1739, 1762, "DEM", "senior non-commissioned"), (1779, 1804, "DEM", "experienced administrator"),
     (1809, 1824, "DATETIME", "20 October 1995"), (2516, 2532, "DATETIME", "27 November 1995"),
     (2653, 2664, "QUANTITY", "six charges"), (2926, 2937, "DATETIME", "3 July 1996"),
     (3473, 3487, "DATETIME", "8-10 July 1996"), (3713, 3725, "DATETIME", "10 July 1996"),
     (3746, 3759, "DATETIME", "three months\u2019"), (3791, 3806, "DATETIME", "14 January 1997")])

tab("001-126979", "annotator1",
    "PROCEDURE\n\nThe case originated in an application (no. 1942/08) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Turkish national, Mr \u0130brahim G\u00fcler (\u201cthe applicant\u201d), on 3 December 2007.\n\nThe applicant was represented by Ms A. Pamuk\u00e7u Y\u00f6rdem, a lawyer practising in Diyarbak\u0131r. The Turkish Government (\u201cthe Government\u201d) were represented by their Agent.\n\nOn 29 September 2010 the application was communicated to the Government.\n\nTHE FACTS\n\nTHE CIRCUMSTANCES OF THE CASE\n\nThe applicant, Mr \u0130brahim G\u00fcler, is a Turkish national who was born in 1973 and is currently serving a prison service in Diyarbak\u0131r.\n\nOn 5 November 1996 the applicant was taken into police custody during an operation carried out against Hizbullah, an illegal organisation.\n\nOn an unspecified date the applicant was questioned in the absence of a lawyer by police officers, who asked him about his affiliation to Hizbullah and events in which he was alleged to have taken part.\n\nOn 12 November 1996 the applicant was brought before the Mardin Public Prosecutor. He confirmed the content of his police statements before the prosecutor in the absence of a lawyer.\n\nOn the same day, an investigating judge at the Mardin Magistrate\u2019s Court ordered the applicant\u2019s pre-trial detention, again in the absence of a lawyer. He accepted the allegations against him and confirmed the statements he had made before the police and the public prosecutor.\n\nAccording to two reports in the case file, dated 10 and 12 November 1996 respectively, the applicant was medically examined by a doctor who noted that there were no signs of physical violence on the applicant\u2019s body.\n\nBy way of an application dated 30 December 1996, the applicant retracted his statements made before the police and the public prosecutor and requested his release from the Diyarbak\u0131r Public Prosecutor\u2019s office. He maintained that he had been tortured in police custody and that he had been threatened whilst being taken to the public prosecutor.\n\nOn 26 November 1996 the Diyarbak\u0131r Public Prosecutor lodged an indictment before the Diyarbak\u0131r State Security Court, charging the applicant under Section 146 of the former Turkish Criminal Code with attempting to undermine the constitutional order of the State.\n\nOn 28 January 1997 at the first court hearing in the applicant\u2019s case, the applicant retracted his statements made to the police, the public prosecutor and the investigating judge, alleging that they had been made under duress.\n\nState Security Courts were abolished on 16 June 2004 by Law no. 5190. The case was accordingly transferred to the Diyarbak\u0131r Assize Court.\n\nThroughout the proceedings, the applicant denied all the accusations against him.\n\nOn 31 March 2005 the first-instance court convicted the applicant as charged.\n\nOn 11 December 2006 the Court of Cassation quashed the conviction.\n\nOn 9 November 2007 the Diyarbak\u0131r Assize Court once again convicted the applicant as charged and sentenced him to life imprisonment.\n\nOn 21 January 2009 the Court of Cassation upheld the conviction.",
    [(54, 61, "CODE", "1942/08"), (253, 269, "PERSON", "Mr \u0130brahim G\u00fcler"),
     (292, 307, "DATETIME", "3 December 2007"), (343, 363, "PERSON", "Ms A. Pamuk\u00e7u Y\u00f6rdem"),
     (388, 398, "LOC", "Diyarbak\u0131r"), (479, 496, "DATETIME", "29 September 2010"),
     (607, 623, "PERSON", "Mr \u0130brahim G\u00fcler"), (663, 667, "DATETIME", "1973"),
     (713, 723, "LOC", "Diyarbak\u0131r"), (729, 744, "DATETIME", "5 November 1996"),
     (829, 838, "ORG", "Hizbullah"), (1004, 1013, "ORG", "Hizbullah"),
     (1073, 1089, "DATETIME", "12 November 1996"), (1582, 1605, "DATETIME", "10 and 12 November 1996"),
     (1782, 1798, "DATETIME", "30 December 1996"), (1923, 1953, "ORG", "Diyarbak\u0131r Public Prosecutor\u2019s"),
     (2122, 2150, "ORG", "Diyarbak\u0131r Public Prosecutor"), (2183, 2214, "ORG", "Diyarbak\u0131r State Security Court"),
     (2365, 2380, "DATETIME", "28 January 1997"), (2631, 2643, "DATETIME", "16 June 2004"),
     (2705, 2728, "ORG", "Diyarbak\u0131r Assize Court"), (2817, 2830, "DATETIME", "31 March 2005"),
     (2896, 2912, "DATETIME", "11 December 2006"), (2964, 2979, "DATETIME", "9 November 2007"),
     (2984, 3007, "ORG", "Diyarbak\u0131r Assize Court"), (3098, 3113, "DATETIME", "21 January 2009")])

tab("001-83617", "annotator1",
    "PROCEDURE\n\nThe case originated in an application (no. 4212/02) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Turkish national, Ms Sabriye Ak\u0131nc\u0131ba\u015f\u0131 (\u201cthe applicant\u201d), on 24 April 2000.\n\nThe applicant was represented by Mr K. Y\u0131ld\u0131r\u0131m, a lawyer practising in Marmaris. The Turkish Government (\u201cthe Government\u201d) did not designate an Agent for the purposes of the proceedings before the Court.\n\nOn 19 September 2006 the Court decided to give notice of the application to the Government. Applying Article 29 \u00a7 3 of the Convention, it decided to rule on the admissibility and merits of the application at the same time.\n\nThe applicant and the Government each filed further written observations. The Chamber decided, after consulting the parties, that no hearing on the merits was required (Rule 59 \u00a7 3 in fine).\n\nTHE FACTS\n\nTHE CIRCUMSTANCES OF THE CASE\n\nThe applicant was born in 1928 and lives in Marmaris.\n\nIn 1984 the applicant concluded a construction contract with Mr G.D. whereby the applicant was to own 40 % of the flats constructed by Mr G.D. on her land.\n\nOn 10 July 1985 Mr G.D. and the applicant's legal representative signed an additional contract and decided to sell the flats to Emlak Bank. Subsequently on 29 January 1986 the applicant filed an action with the Ankara Civil Court of First Instance against Mr G.D. She maintained that her legal representative had no right to sign such a contract and accordingly requested the annulment of the contract dated 10 July 1985 and the reimbursement of 132,000,000 Turkish liras (TRL).\n\nOn 31 May 1990 the 5th Chamber Ankara Civil Court of First Instance dismissed the case. This judgment was upheld by the Court of Cassation on 19 June 1991. However, upon the request of the applicant, on 26 December 1991 the Court of Cassation rectified its decision of 19 June 1991. The case was accordingly remitted to the first-instance court.\n\nIn the meantime, the applicant brought another case against Mr G.D. before the 12th Chamber Ankara Civil Court of First Instance and requested liquidation of partnership. On 26 December 1994 the court ordered Mr G.D. to pay TRL 88,260,073 to the applicant. This judgment became final on 17 May 1996.\n\nOn 28 May 1998 the 5th Chamber of the Ankara Civil Court of First Instance ordered Mr G.D. to pay TRL 59,000,000, plus interest at the statutory rate, applicable at the date of the court's decision, running from 29 January 1986. The court dismissed the applicant's request for the payment of a further TRL 63,000,000 since it considered that this amount had already been calculated and included in the case before the 12th Chamber of the Ankara Civil Court of First Instance.\n\nOn 10 June 1999 the Court of Cassation upheld the judgment of the first\u2011instance court.\n\nOn 1 December 1999 the Court of Cassation dismissed the parties' request for rectification.",
    [(54, 61, "CODE", "4212/02"), (253, 274, "PERSON", "Ms Sabriye Ak\u0131nc\u0131ba\u015f\u0131"),
     (297, 310, "DATETIME", "24 April 2000"), (346, 360, "PERSON", "Mr K. Y\u0131ld\u0131r\u0131m"),
     (385, 393, "LOC", "Marmaris"), (522, 539, "DATETIME", "19 September 2006"), (1003, 1007, "DATETIME", "1928"),
     (1021, 1029, "LOC", "Marmaris"), (1035, 1039, "DATETIME", "1984"), (1192, 1204, "DATETIME", "10 July 1985"),
     (1317, 1327, "ORG", "Emlak Bank"), (1345, 1360, "DATETIME", "29 January 1986"),
     (1597, 1609, "DATETIME", "10 July 1985"), (1635, 1666, "QUANTITY", "132,000,000 Turkish liras (TRL)"),
     (1672, 1683, "DATETIME", "31 May 1990"), (1811, 1823, "DATETIME", "19 June 1991"),
     (1872, 1888, "DATETIME", "26 December 1991"), (1938, 1950, "DATETIME", "19 June 1991"),
     (2190, 2206, "DATETIME", "26 December 1994"), (2240, 2254, "QUANTITY", "TRL 88,260,073"),
     (2303, 2314, "DATETIME", "17 May 1996"), (2320, 2331, "DATETIME", "28 May 1998"),
     (2415, 2429, "QUANTITY", "TRL 59,000,000"), (2529, 2544, "DATETIME", "29 January 1986"),
     (2619, 2633, "QUANTITY", "TRL 63,000,000"), (2797, 2809, "DATETIME", "10 June 1999"),
     (2886, 2901, "DATETIME", "1 December 1999")])

tab("001-81368", "annotator4",
    "PROCEDURE\n\nThe case originated in an application (no. 13146/02) against the Republic of Poland lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Polish national, Ms Janina Rafi\u0144ska (\u201cthe applicant\u201d), on 1 December 2001.\n\nThe Polish Government (\u201cthe Government\u201d) were represented by their Agent, Mr J. Wo\u0142\u0105siewicz of the Ministry of Foreign Affairs.\n\nThe applicant complained that the length of civil proceedings in her case had exceeded reasonable time.\n\nOn 20 June 2006 the Court declared the application partly inadmissible and decided to communicate the complaint concerning the length of proceedings. Applying Article 29 \u00a7 3 of the Convention, it decided to rule on the admissibility and merits of the application at the same time.\n\nTHE FACTS\n\nI. THE CIRCUMSTANCES OF THE CASE\n\nThe applicant, Ms Janina Rafi\u0144ska, is a Polish national, who was born in 1937 and lives in Ostrowite.\n\nThe applicant and her husband divorced. On 8 July 1994 L. R. (the applicant's husband) lodged a motion with the Rypin District Court for the division of their marital property. He further asked the court to exempt him from court fees.\n\nOn 29 July 1994 the court decided to examine the case together with a case concerning the dissolution of the co-ownership of a farm belonging to the applicant, L. R., K. R. (their son) and K. K. Subsequently, on 8 March 1999 the court decided to examine in separate proceedings the case concerning the division of the marital property.\n\nOn 7 April 1999 the first hearing in the case was scheduled for 27 April 1999. On the latter date the hearing was adjourned and the parties were requested to submit their requests regarding the evidence to be taken.\n\nOn 30 April 1999 the applicant challenged a judge sitting in the case. The challenge was dismissed on 8 June 1999.\n\nThe hearing that was to be held on 14 October 1999 was adjourned and the parties were obliged to submit again their requests as to the evidence to be taken.\n\nOn 14 October 1999 the following hearing was scheduled for 27 January 2000. However, on the latter date the hearing was adjourned until 17 February 2000 in order to hear the testimonies of the parties. During the court's hearing of 17 January 2000, the parties were heard. None of them submitted any additional requests for evidence to be taken. The proceedings were completed and the judgment was scheduled to be delivered on 2 March 2000.\n\nHowever, on 2 March 2000 the trial was resumed and the hearing was adjourned until 21 March 2000 in order to admit additional witness evidence. On 21 March 2000 the parties were heard and the trial was terminated. The court decided to deliver the judgment on 4 April 2000. However, on the latter date the trial was resumed once again in order to admit an opinion of an expert on the composition of the property. On 6 April 2000 the applicant appealed against the decision to admit the expert's opinion. This appeal was dismissed on 10 May 2000.\n\nOn 8 August 2000 the expert submitted his opinion to the court.\n\nOn 19 December 2000 the court admitted the opinion and the parties' observations on it.\n\nOn 5 January 2001 the Rypin District Court delivered its judgment on the division of the property.\n\nOn 8 March 2001 the applicant lodged an appeal against the judgment. The court requested her to pay court fees.\n\nOn 6 April 2001 the applicant requested the court to exempt her from court fees. Her motion was allowed on 10 May 2001.\n\nOn 10 May 2001 the W\u0142oc\u0142awek Regional Court dismissed the appeal.",
    [(54, 62, "CODE", "13146/02"), (253, 271, "PERSON", "Ms Janina Rafi\u0144ska"), (294, 309, "DATETIME", "1 December 2001"),
     (549, 561, "DATETIME", "20 June 2006"), (888, 906, "PERSON", "Ms Janina Rafi\u0144ska"), (946, 950, "DATETIME", "1937"),
     (964, 973, "LOC", "Ostrowite"), (1019, 1030, "DATETIME", "8 July 1994"), (1031, 1036, "PERSON", "L. R."),
     (1088, 1108, "ORG", "Rypin District Court"), (1215, 1227, "DATETIME", "29 July 1994"),
     (1372, 1377, "PERSON", "L. R."), (1379, 1384, "PERSON", "K. R."), (1401, 1406, "PERSON", "K. K."),
     (1424, 1436, "DATETIME", "8 March 1999"), (1917, 1932, "DATETIME", "14 October 1999"),
     (2043, 2058, "DATETIME", "14 October 1999"), (2272, 2287, "DATETIME", "17 January 2000"),
     (2467, 2479, "DATETIME", "2 March 2000"), (2494, 2506, "DATETIME", "2 March 2000"),
     (2565, 2578, "DATETIME", "21 March 2000"), (2629, 2642, "DATETIME", "21 March 2000"),
     (2741, 2753, "DATETIME", "4 April 2000"), (2897, 2909, "DATETIME", "6 April 2000"),
     (3014, 3025, "DATETIME", "10 May 2000"), (3031, 3044, "DATETIME", "8 August 2000"),
     (3096, 3112, "DATETIME", "19 December 2000"), (3185, 3199, "DATETIME", "5 January 2001"),
     (3204, 3224, "ORG", "Rypin District Court"), (3285, 3297, "DATETIME", "8 March 2001"),
     (3398, 3410, "DATETIME", "6 April 2001"), (3502, 3513, "DATETIME", "10 May 2001"),
     (3519, 3530, "DATETIME", "10 May 2001"), (3535, 3559, "ORG", "W\u0142oc\u0142awek Regional Court")])

tab("001-114244", "annotator5",
    "PROCEDURE\n\nThe case originated in an application (no. 22341/09) against the United Kingdom of Great Britain and Northern Ireland lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Somali national, Mr Ilyas Elmi Hode, and a Djibouti national, Ms Hawa Aden Abdi (\u201cthe applicants\u201d), on 25 March 2009.\n\nThe applicants were represented by Mr I. Thrilling of Harehills and Chapeltown Law Centre, a charitable organisation based in Leeds. The United Kingdom Government (\u201cthe Government\u201d) were represented by their Agent, Ms J. Neenan of the Foreign and Commonwealth Office.\n\nOn 2 June 2009 the application was communicated to the Government. It was also decided to rule on the admissibility and merits of the application at the same time (Article 29 \u00a7 1).\n\nTHE FACTS\n\nI. THE CIRCUMSTANCES OF THE CASE\n\nThe first applicant was born on 13 February 1980 and currently lives in Leeds. The second applicant was born on 15 January 1990 and currently lives in Djibouti.\n\nThe first applicant arrived in the United Kingdom on 18 February 2004. He claimed asylum and that claim was accepted in March 2006. Prior to 30 August 2005, successful asylum seekers were granted Indefinite Leave to Remain in the United Kingdom along with refugee status. However, after 30 August 2005 the Immigration Rules were amended and refugees were granted an initial period of 5 years\u2019 Leave to Remain, following which they could apply for Indefinite Leave to Remain. Consequently, the first applicant was granted five years\u2019 leave to remain in the United Kingdom, to expire on 16 March 2011. At the same time, he was provided with a Refugee Convention Travel Document (\u201cCTD\u201d), also to expire on 16 March 2011.\n\nIn June 2006 the first applicant was introduced to the second applicant through a friend. In February 2007 he travelled to Djibouti to meet her and they married on 5 April 2007. They lived together in Djibouti until the first applicant returned to the United Kingdom on 15 May 2007.\n\nThe second applicant applied for a visa to join the first applicant in the United Kingdom. Although the first applicant was a refugee, the applicants did not qualify for \u201cfamily reunion\u201d under the Immigration Rules HC 395 (as amended) (\u201cthe Immigration Rules\u201d) because paragraph 352A of the Immigration Rules only applied to spouses who formed part of the refugee\u2019s family unit before he or she left the country of permanent residence. The second applicant therefore applied for leave to enter the United Kingdom under paragraph 281 of the Immigration Rules, as the spouse of a person present and settled in the United Kingdom.\n\nOn 18 November 2007 the Entry Clearance Officer refused the application on the ground that the first applicant, having only been granted five years\u2019 Leave to Remain, was not a person present and settled in the United Kingdom for the purposes of paragraph 281.\n\nOn 17 February 2008 the second applicant gave birth to a son. The first applicant was named as the father on the birth certificate.",
    [(54, 62, "CODE", "22341/09"), (76, 128, "ORG", "United Kingdom of Great Britain and Northern Ireland"),
     (270, 285, "DEM", "Somali national"), (287, 305, "PERSON", "Mr Ilyas Elmi Hode"),
     (313, 330, "DEM", "Djibouti national"), (332, 349, "PERSON", "Ms Hawa Aden Abdi"),
     (373, 386, "DATETIME", "25 March 2009"), (424, 439, "PERSON", "Mr I. Thrilling"),
     (443, 478, "ORG", "Harehills and Chapeltown Law Centre"), (515, 520, "LOC", "Leeds"),
     (526, 551, "ORG", "United Kingdom Government"), (604, 616, "PERSON", "Ms J. Neenan"),
     (624, 655, "ORG", "Foreign and Commonwealth Office"), (661, 672, "DATETIME", "2 June 2009"),
     (917, 933, "DATETIME", "13 February 1980"), (957, 962, "LOC", "Leeds"), (997, 1012, "DATETIME", "15 January 1990"),
     (1036, 1044, "LOC", "Djibouti"), (1082, 1096, "LOC", "United Kingdom"), (1100, 1116, "DATETIME", "18 February 2004"),
     (1167, 1177, "DATETIME", "March 2006"), (1188, 1202, "DATETIME", "30 August 2005"),
     (1277, 1291, "LOC", "United Kingdom"), (1334, 1348, "DATETIME", "30 August 2005"),
     (1603, 1617, "LOC", "United Kingdom"), (1632, 1645, "DATETIME", "16 March 2011"),
     (1750, 1763, "DATETIME", "16 March 2011"), (1769, 1778, "DATETIME", "June 2006"),
     (1838, 1854, "MISC", "through a friend"), (1859, 1872, "DATETIME", "February 2007"),
     (1889, 1897, "LOC", "Djibouti"), (1930, 1942, "DATETIME", "5 April 2007"), (1967, 1975, "LOC", "Djibouti"),
     (2018, 2032, "LOC", "United Kingdom"), (2036, 2047, "DATETIME", "15 May 2007"),
     (2125, 2139, "LOC", "United Kingdom"), (2548, 2562, "LOC", "United Kingdom"),
     (2662, 2676, "LOC", "United Kingdom"), (2682, 2698, "DATETIME", "18 November 2007"),
     (2889, 2903, "LOC", "United Kingdom"), (2943, 2959, "DATETIME", "17 February 2008"),
     (2981, 3000, "DEM", "gave birth to a son")])

tab("001-70759", "annotator1",
    "PROCEDURE\n\nThe case originated in an application (no. 70829/01) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Turkish national, Mr Yusuf Gabay, on 16 November 2000.\n\nThe applicant was represented by Mrs J. Ert\u00fcrk, a lawyer practising in Ankara. The Turkish Government (\u201cthe Government\u201d) did not designate an Agent for the purposes of the proceedings before the Court.\n\nOn 3 September 2002 the Court declared the application partly inadmissible and decided to communicate the complaint concerning the length of the proceedings. Applying Article 29 \u00a7 3 of the Convention, it decided to rule on the admissibility and merits of the application at the same time.\n\nOn 1 November 2004 the Court changed the composition of its Sections (Rule 25 \u00a7 1). This case was assigned to the newly composed Fourth Section (Rule 52 \u00a7 1).\n\nTHE FACTS\n\nThe applicant was born in 1939 and lives in Istanbul.\n\nOn an unspecified date, the applicant lodged a set of enforcement proceedings against his debtors in order to enforce the payment of six bonds issued by his debtors between 1980 and 1981. The enforcement proceedings lasted for almost ten years. In 1993 the applicant was paid a sum of 54,000,000 Turkish liras (TRL), interest included.\n\nOn 25 January 1994 the applicant brought an action before the Istanbul Commercial Court against his debtors and requested an additional compensation under Article 105 of the Code of Obligations, for the damage he sustained as a result of the delay in payment. He alleged that the payment was made with ten years of delay and that his loss resulting from the increase in inflation during this period exceeded the interest awarded to him for late payment.\n\nOn 17 April 1995 an expert report was submitted to the court. The expert report stated that the applicant should not be awarded additional compensation on the ground that he was unable to substantiate the damages he sustained against inflation.\n\nOn 5 October 1995 the Istanbul Commercial Court dismissed the applicant\u2019s request for the reasons stated in the expert\u2019s report. The applicant appealed.\n\nOn 24 December 1996 the Court of Cassation quashed the first- instance court\u2019s decision on the ground that the applicant had sustained damages due to the delay in payment and that he should be awarded compensation. The case was remitted to the first instance court.\n\nOn 29 September 1997 the first-instance court adhered to its first decision. The applicant appealed.\n\nOn 3 November 1999 the Joint Civil Chambers of the Court of Cassation upheld the first-instance court\u2019s decision. The applicant\u2019s request for rectification was dismissed on 24 April 2000. This decision was served on the applicant on 24 May 2000.",
    [(54, 62, "CODE", "70829/01"), (254, 268, "PERSON", "Mr Yusuf Gabay"), (273, 289, "DATETIME", "16 November 2000"),
     (325, 338, "PERSON", "Mrs J. Ert\u00fcrk"), (498, 514, "DATETIME", "3 September 2002"), (982, 986, "DATETIME", "1939"),
     (1176, 1197, "DATETIME", "between 1980 and 1981"), (1259, 1263, "DATETIME", "1993"),
     (1296, 1326, "QUANTITY", "54,000,000 Turkish liras (TRL)"), (1351, 1366, "DATETIME", "25 January 1994"),
     (1806, 1819, "DATETIME", "17 April 1995"), (2052, 2066, "DATETIME", "5 October 1995"),
     (2206, 2222, "DATETIME", "24 December 1996"), (2473, 2490, "DATETIME", "29 September 1997"),
     (2575, 2590, "DATETIME", "3 November 1999"), (2745, 2758, "DATETIME", "24 April 2000"),
     (2805, 2816, "DATETIME", "24 May 2000")])

tab("001-95183", "annotator1",
    "PROCEDURE\n\nThe case originated in an application (no. 18308/02) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by two Turkish nationals, Mr Hasan Dikici and Mrs Satike Dikici (\u201cthe applicants\u201d), on 1 February 2002.\n\nThe applicants, who had been granted legal aid, were represented by Ms A. Bozdo\u011fan, a lawyer practising in \u0130zmir. The Turkish Government (\u201cthe Government\u201d) were represented by their Agent.\n\nOn 10 May 2007 the President of the Second Section decided to give notice of the application to the Government. It was also decided to rule on the admissibility and merits of the application at the same time (Article 29 \u00a7 3).\n\nTHE FACTS\n\nThe applicants were born in 1949 and 1955 respectively and live in \u0130zmir.\n\nOn 3 July 1995 the applicants' son, Ercan Dikici, who was an electrician, had an occupational accident and died from an electric shock.\n\nThe same day, the Alia\u011fa Public Prosecutor started an investigation into the incident. Subsequently, on 17 August 1995 he initiated criminal proceedings in the Alia\u011fa Criminal Court against three persons, including the employer of Ercan Dikici and another employee who had been working with him on the day of the accident. They were charged with involuntary manslaughter under Article 455 of the Criminal Code. On 4 July 1996 the Alia\u011fa Criminal Court acquitted the accused persons of the charges against them. On 12 May 1997 the Court of Cassation quashed the judgment of the Alia\u011fa Criminal Court.\n\nOn 17 December 1998 the Alia\u011fa Criminal Court found the employer of Ercan Dikici and the other employee who had been working with him guilty of involuntary manslaughter and sentenced them to six months' imprisonment. Their sentence was converted into a fine. On 16 February 2000 the Court of Cassation upheld this judgment.\n\nWhile the criminal proceedings were pending, on 20 November 1995 the applicants initiated compensation proceedings in the \u0130zmir Labour Court against the employer of their son. They requested 50,000,000 Turkish liras (TRL) in respect of pecuniary damage and TRL 1,500,000,000 (approximately 28,000 US Dollars (USD)) in respect of non-pecuniary damage.\n\nOn an unspecified date, the \u0130zmir Labour Court adjourned the proceedings pending the outcome of the criminal proceedings.\n\nWhen the criminal proceedings ended, the trial before the \u0130zmir Labour Court resumed. The court ordered further expert reports and heard evidence from witnesses. Subsequently, on 24 May 2001 the court decided to award TRL 600,000,000 to the applicants in respect of non-pecuniary damage with statutory interest running from 3 July 1995. It further found that the applicants had not been in any way financially dependent on their deceased son and therefore rejected their claim for compensation for pecuniary damage.\n\nOn 5 July 2001 the Court of Cassation decided that the amount of compensation for non-pecuniary damage should be increased to TRL 1,000,000,000 (approximately USD 790) with statutory interest running from 3 July 19950. Holding that there was no other reason to quash the judgment of the \u0130zmir Labour Court, it rejected the remainder of the applicants' appeal requests. This decision was served on the applicants on 22 August 2001. The same day, the defendant party paid TRL 2,677,533,000 to the applicants (approximately USD 1,850).",
    [(54, 62, "CODE", "18308/02"), (257, 272, "PERSON", "Mr Hasan Dikici"), (277, 294, "PERSON", "Mrs Satike Dikici"),
     (318, 333, "DATETIME", "1 February 2002"), (404, 418, "PERSON", "Ms A. Bozdo\u011fan"), (529, 540, "DATETIME", "10 May 2007"),
     (792, 796, "DATETIME", "1949"), (801, 805, "DATETIME", "1955"), (842, 853, "DATETIME", "3 July 1995"),
     (875, 887, "PERSON", "Ercan Dikici"), (959, 973, "MISC", "electric shock"),
     (994, 1018, "ORG", "Alia\u011fa Public Prosecutor"), (1080, 1094, "DATETIME", "17 August 1995"),
     (1136, 1157, "ORG", "Alia\u011fa Criminal Court"), (1207, 1219, "PERSON", "Ercan Dikici"),
     (1390, 1401, "DATETIME", "4 July 1996"), (1406, 1427, "ORG", "Alia\u011fa Criminal Court"),
     (1490, 1501, "DATETIME", "12 May 1997"), (1553, 1574, "ORG", "Alia\u011fa Criminal Court"),
     (1580, 1596, "DATETIME", "17 December 1998"), (1601, 1622, "ORG", "Alia\u011fa Criminal Court"),
     (1645, 1657, "PERSON", "Ercan Dikici"), (1768, 1778, "DATETIME", "six months"),
     (1839, 1855, "DATETIME", "16 February 2000"), (1950, 1966, "DATETIME", "20 November 1995"),
     (2093, 2123, "QUANTITY", "50,000,000 Turkish liras (TRL)"), (2159, 2176, "QUANTITY", "TRL 1,500,000,000"),
     (2192, 2215, "QUANTITY", "28,000 US Dollars (USD)"), (2556, 2567, "DATETIME", "24 May 2001"),
     (2595, 2610, "QUANTITY", "TRL 600,000,000"), (2701, 2712, "DATETIME", "3 July 1995"),
     (2897, 2908, "DATETIME", "5 July 2001"), (3020, 3037, "QUANTITY", "TRL 1,000,000,000"),
     (3053, 3060, "QUANTITY", "USD 790"), (3099, 3111, "DATETIME", "3 July 19950"),
     (3309, 3323, "DATETIME", "22 August 2001"), (3364, 3381, "QUANTITY", "TRL 2,677,533,000"),
     (3415, 3424, "QUANTITY", "USD 1,850")])


tab("001-86867", "annotator10",
    "PROCEDURE\n\nThe case originated in an application (no. 287/03) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by two Turkish nationals, Mr Ferit \u00c7engelli and Mr S\u00fcleyman Ery\u0131lmaz (\u201cthe applicants\u201d), on 23 September 2002.\n\nThe applicants were represented by Mr C. Y\u00fccel and Mr M. \u00c7elik, lawyers practising in Istanbul. The Turkish Government (\u201cthe Government\u201d) were represented by their Agent.\n\nOn 7 May 2007 the Court decided to give notice of the application to the Government. Applying Article 29 \u00a7 3 of the Convention, it decided to rule on the admissibility and merits of the application at the same time.\n\nTHE FACTS\n\nTHE CIRCUMSTANCES OF THE CASE\n\nThe applicants were born in 1955 and 1957 respectively and live in Istanbul.\n\nOn 3 and 15 March 1981 the applicants were arrested.\n\nOn 26 May 1981 the Ankara Martial Law Court ordered their detention on remand.\n\nOn 16 June 1981 the public prosecutor attached to the Adana Martial Law Court filed a bill of indictment against 343 persons, including the applicants, and charged the latter with membership of an illegal organisation, the Dev-Yol (Devrimci Yol - the Revolutionary Way).\n\nOn 17 June 1986 the Adana Martial Law Court convicted the applicants as charged.\n\nOn an unspecified date the applicants appealed.\n\nOn 20 March 1991 the Military Court of Cassation quashed the judgment of the first-instance court and remitted the case to the Ankara Martial Law Court, since in the meantime the former court had been abolished.\n\nOn an unspecified date in 1991 the applicants were released pending trial.\n\nSubsequent to the promulgation of Law no. 3953 on 27 December 1993, which abolished the jurisdiction of the Martial Law Courts, the Ankara Assize Court acquired jurisdiction in the applicants\u2019 case.\n\nOn 18 June 2001 the Ankara Assize Court convicted S\u00fcleyman Ery\u0131lmaz under Article 146 \u00a7 1 of the Criminal Code and sentenced him to death. This sentence was subsequently commuted to life imprisonment. Regarding Ferit \u00c7engelli, the first-instance court ordered that the criminal proceedings against him be terminated on the ground that the statutory time\u2011limit under Articles 102 and 104 of the Criminal Code had expired.\n\nThe judgment of the Ankara Assize Court was automatically referred to the Court of Cassation insofar as it concerned S\u00fcleyman Ery\u0131lmaz, since the latter\u2019s sentence exceeded 15 years\u2019 imprisonment.\n\nOn 24 July 2002 the applicants allegedly learned about the outcome of the proceedings before the Ankara Assize Court through a friend.\n\nBy a letter dated 7 February 2003, the applicants\u2019 former lawyer informed the Court that the judgment of 18 June 2001 had been served on Ferit \u00c7engelli on 3 February 2003 upon his request, and that the proceedings against S\u00fcleyman Ery\u0131lmaz were still pending before the Court of Cassation. (From the case file it appears that the State had attempted to serve the judgment on Ferit \u00c7engelli earlier, but had mistakenly sent it to the wrong address.)\n\nAccording to the documents submitted to the Court by the respondent Government, on 30 October 2003 the Court of Cassation quashed the Ankara Assize Court\u2019s judgment of 18 June 2001 insofar as it concerned S\u00fcleyman Ery\u0131lmaz and remitted the case to the Ankara Assize Court.",
    [(54, 60, "CODE", "287/03"), (255, 272, "PERSON", "Mr Ferit \u00c7engelli"),
     (277, 297, "PERSON", "Mr S\u00fcleyman Ery\u0131lmaz"), (321, 338, "DATETIME", "23 September 2002"),
     (376, 387, "PERSON", "Mr C. Y\u00fccel"), (392, 403, "PERSON", "Mr M. \u00c7elik"), (427, 435, "LOC", "Istanbul"),
     (441, 459, "ORG", "Turkish Government"), (516, 526, "DATETIME", "7 May 2007"), (800, 804, "DATETIME", "1955"),
     (809, 813, "DATETIME", "1957"), (839, 847, "LOC", "Istanbul"), (853, 872, "DATETIME", "3 and 15 March 1981"),
     (907, 918, "DATETIME", "26 May 1981"), (923, 947, "ORG", "Ankara Martial Law Court"),
     (987, 999, "DATETIME", "16 June 1981"), (1038, 1061, "ORG", "Adana Martial Law Court"),
     (1207, 1214, "ORG", "Dev-Yol"), (1216, 1252, "ORG", "Devrimci Yol - the Revolutionary Way"),
     (1259, 1271, "DATETIME", "17 June 1986"), (1276, 1299, "ORG", "Adana Martial Law Court"),
     (1390, 1403, "DATETIME", "20 March 1991"), (1514, 1538, "ORG", "Ankara Martial Law Court"),
     (1626, 1630, "DATETIME", "1991"), (1808, 1827, "ORG", "Ankara Assize Court"),
     (1879, 1891, "DATETIME", "18 June 2001"), (1896, 1915, "ORG", "Ankara Assize Court"),
     (1926, 1943, "PERSON", "S\u00fcleyman Ery\u0131lmaz"), (2087, 2101, "PERSON", "Ferit \u00c7engelli"),
     (2318, 2337, "ORG", "Ankara Assize Court"), (2415, 2432, "PERSON", "S\u00fcleyman Ery\u0131lmaz"),
     (2471, 2480, "DATETIME", "15 years\u2019"), (2499, 2511, "DATETIME", "24 July 2002"),
     (2593, 2612, "ORG", "Ankara Assize Court"), (2650, 2665, "DATETIME", "7 February 2003"),
     (2737, 2749, "DATETIME", "18 June 2001"), (2769, 2783, "PERSON", "Ferit \u00c7engelli"),
     (2787, 2802, "DATETIME", "3 February 2003"), (2854, 2871, "PERSON", "S\u00fcleyman Ery\u0131lmaz"),
     (3007, 3021, "PERSON", "Ferit \u00c7engelli"), (3165, 3180, "DATETIME", "30 October 2003"),
     (3216, 3235, "ORG", "Ankara Assize Court"), (3250, 3262, "DATETIME", "18 June 2001"),
     (3287, 3304, "PERSON", "S\u00fcleyman Ery\u0131lmaz"), (3334, 3353, "ORG", "Ankara Assize Court")])

tab("001-70179", "annotator1",
    "PROCEDURE\n\nThe case originated in an application (no. 55954/00) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by two Turkish nationals, Ms Suna Akar and Mr Erdal Be\u00e7et (\u201cthe applicants\u201d), on 30 December 1999.\n\nThe applicants were represented by Mr F.N. Ertekin and Mr. T. Ay\u00e7\u0131k, lawyers practising in Istanbul. The Turkish Government (\u201cthe Government\u201d) did not designate an Agent for the purposes of the proceedings before the Court.\n\nOn 28 September 2004 the Court declared the application partly inadmissible and decided to communicate the complaint concerning the applicants\u2019 right to a fair hearing by an independent and impartial tribunal to the Government. Under the provisions of Article 29 \u00a7 3 of the Convention, it decided to examine the merits of the application at the same time as its admissibility.\n\nOn 1 November 2004 the Court changed the composition of its Sections (Rule 25 \u00a7 1). The case was assigned to the newly composed Second Section.\n\nTHE FACTS\n\nI. THE CIRCUMSTANCES OF THE CASE\n\nThe applicants were born in 1971 and 1975 respectively and live in Istanbul.\n\nOn 11 March 1996 the K\u00fc\u00e7\u00fckyal\u0131 Police Station was informed that a poster with a bomb had been hung over the K\u00fc\u00e7\u00fckyal\u0131 Bridge. Following their arrival at the bridge, the police found a cloth-poster of 2x1 metres on which it was written \u201cWe have and will demand the account of Gazi, MLKP0\u201d, (Gazinin hesab\u0131n\u0131 sorduk, soraca\u011f\u0131z, MLKP). According to the police report, the box looked as if it contained a bomb. However, it did not.\n\nOn 12 March 1996 the first applicant was arrested and taken into police custody on suspicion of her involvement in the hanging of the poster. On 19 March 1996 she was brought before the public prosecutor\u2019s office at the Istanbul State Security Court and before the Istanbul State Security Court. The court remanded her in custody.\n\nOn 12 June 1996 the second applicant was arrested and taken into police custody on suspicion of his involvement in the above-mentioned incident. On 18 June 1996 he was brought to the public prosecutor\u2019s office at the Istanbul State Security Court and before Istanbul the State Security Court. The court remanded him in custody.\n\nOn 26 March 1996 and 20 June 1996 respectively, the public prosecutor at the Istanbul State Security Court filed a bill of indictment with that court accusing the applicants of aiding and abetting an illegal organisation, namely the MLKP. The public prosecutor requested that the applicants be convicted and sentenced under Article 169 of the Criminal Code and Article 5 of Law no. 3713.\n\nOn 1 April 1996 the Istanbul State Security Court commenced the trial of the first applicant together with other co-accused.\n\nOn an unspecified date, the first and second applicants\u2019 case files were joined and they were tried before the Istanbul State Security Court along with four other suspects accused of the same offence.\n\nOn 23 October 1997 the Istanbul State Security Court, relying on the statements given by the applicants and the other suspects to the police, the public prosecutor and the court, convicted the applicants as charged and sentenced them to three years and nine months\u2019 imprisonment.\n\nFollowing a hearing held on 21 June 1999, the Court of Cassation dismissed the applicants\u2019 appeal and upheld the judgment of the Istanbul State Security Court. On 21 July 1999 the judgment of the Court of Cassation was deposited with the registry of the Istanbul State Security Court.",
    [(54, 62, "CODE", "55954/00"), (257, 269, "PERSON", "Ms Suna Akar"), (274, 288, "PERSON", "Mr Erdal Be\u00e7et"),
     (312, 328, "DATETIME", "30 December 1999"), (366, 381, "PERSON", "Mr F.N. Ertekin"),
     (386, 398, "PERSON", "Mr. T. Ay\u00e7\u0131k"), (559, 576, "DATETIME", "28 September 2004"),
     (1152, 1156, "DATETIME", "1971"), (1161, 1165, "DATETIME", "1975"), (1205, 1218, "DATETIME", "11 March 1996"),
     (1223, 1247, "ORG", "K\u00fc\u00e7\u00fckyal\u0131 Police Station"), (1310, 1326, "LOC", "K\u00fc\u00e7\u00fckyal\u0131 Bridge"),
     (1483, 1488, "ORG", "MLKP0"), (1528, 1532, "ORG", "MLKP"), (1634, 1647, "DATETIME", "12 March 1996"),
     (1776, 1789, "DATETIME", "19 March 1996"), (1966, 1978, "DATETIME", "12 June 1996"),
     (2111, 2123, "DATETIME", "18 June 1996"), (2295, 2308, "DATETIME", "26 March 1996"),
     (2313, 2325, "DATETIME", "20 June 1996"), (2525, 2529, "ORG", "MLKP"), (2684, 2696, "DATETIME", "1 April 1996"),
     (3012, 3027, "DATETIME", "23 October 1997"), (3246, 3273, "DATETIME", "three years and nine months"),
     (3318, 3330, "DATETIME", "21 June 1999"), (3453, 3465, "DATETIME", "21 July 1999")])

tab("001-75466", "annotator1",
    "PROCEDURE\n\nThe case originated in an application (no. 13797/02) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by a Turkish national, Mr Abdurrazak Suyur, on 27 February 2002.\n\nThe applicant was represented before the Court by Mr S. Kurbano\u011flu, a lawyer practising in Diyarbak\u0131r. The Turkish Government (\u201cthe Government\u201d) did not designate an Agent for the purposes of the proceedings before the Court.\n\nOn 8 July 2004 the Court declared the application partly inadmissible and decided to communicate the complaints concerning the length of detention on remand, the right to a fair trial by an independent and impartial court within a reasonable time, the right to be presumed innocent and the right to examine witnesses. Applying Article 29 \u00a7 3 of the Convention, it decided to rule on the admissibility and merits of the application at the same time.\n\nThe applicant filed observations on the merits and admissibility on a timely basis (Rule 59 \u00a7 1). The Government submitted their observations outside the time limit. They have therefore not been admitted to the case file.\n\nOn 1 November 2004 the Court changed the composition of its Sections (Rule 25 \u00a7 1). This case was assigned to the newly composed Second Section (Rule 52 \u00a7 1).\n\nTHE FACTS\n\nI. THE CIRCUMSTANCES OF THE CASE\n\nOn 26 April 1993 the applicant was taken into custody in Marmaris by police officers from the Mu\u011fla Security Department on suspicion of membership of a terrorist organisation, and he was held in custody until 21 May 1993.\n\nOn 21 May 1993 the Siirt Civil Court of First Instance ordered the applicant\u2019s detention on remand.\n\nOn 8 June 1993 the Public Prosecutor at the Diyarbak\u0131r State Security Court filed a bill of indictment accusing the applicant of membership of an illegal terrorist organisation and aiding and abetting the said organization, contrary to Article 125 of the Turkish Criminal Code.\n\nOn 16 June 1993 the Diyarbak\u0131r State Security Court commenced the trial against the applicant and two other suspects and prolonged the applicant\u2019s detention.\n\nThe State Security Court considered the applicant\u2019s continued detention on 58 occasions, either on its own motion or upon the applicant\u2019s request. On each occasion, the applicant\u2019s continued detention was ordered having regard to the nature of the offence, the state of evidence and the content of the file.\n\nOn 27 December 2001, after holding 58 hearings, the Diyarbak\u0131r State Security Court convicted the applicant under Article 146 of the Criminal Code and sentenced him to death, since commuted to life imprisonment.\n\nOn 10 July 2002, upon the applicant\u2019s appeal, the Court of Cassation upheld the judgment of the State Security Court.",
    [(54, 62, "CODE", "13797/02"), (254, 273, "PERSON", "Mr Abdurrazak Suyur"),
     (278, 294, "DATETIME", "27 February 2002"), (347, 363, "PERSON", "Mr S. Kurbano\u011flu"),
     (388, 398, "LOC", "Diyarbak\u0131r"), (527, 538, "DATETIME", "8 July 2004"), (1405, 1418, "DATETIME", "26 April 1993"),
     (1459, 1467, "LOC", "Marmaris"), (1496, 1521, "ORG", "Mu\u011fla Security Department"),
     (1611, 1622, "DATETIME", "21 May 1993"), (1628, 1639, "DATETIME", "21 May 1993"),
     (1644, 1679, "ORG", "Siirt Civil Court of First Instance"), (1729, 1740, "DATETIME", "8 June 1993"),
     (1770, 1801, "ORG", "Diyarbak\u0131r State Security Court"), (2008, 2020, "DATETIME", "16 June 1993"),
     (2025, 2056, "ORG", "Diyarbak\u0131r State Security Court"), (2239, 2251, "QUANTITY", "58 occasions"),
     (2476, 2492, "DATETIME", "27 December 2001"), (2508, 2519, "QUANTITY", "58 hearings"),
     (2525, 2556, "ORG", "Diyarbak\u0131r State Security Court"), (2689, 2701, "DATETIME", "10 July 2002")])

tab("001-148610", "annotator1",
    "PROCEDURE\n\nThe case originated in two applications (nos. 31706/10 and 33088/10) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by two Turkish nationals, Mr \u0130hsan G\u00fcler and Mr Sinan U\u011fur (\u201cthe applicants\u201d), on 5 May 2010 and 13 May 2010 respectively.\n\nThe applicants were represented by Mr C. Kayhan, a lawyer practising in Ankara. The Turkish Government (\u201cthe Government\u201d) were represented by their Agent.\n\nBefore the Court, the applicants alleged, in particular, that their conviction for propaganda in favour of a terrorist organisation, which had been based, in their view, on their participation in a commemorative religious ceremony, had entailed a violation of Article 9 of the Convention.\n\nOn 21 November 2011 notice of the applications was given to the Government.\n\nTHE FACTS\n\nI. THE CIRCUMSTANCES OF THE CASE\n\nMr \u0130hsan G\u00fcler and Mr Sinan U\u011fur were born in 1964 and 1947 respectively and live in Ankara and \u0130zmir respectively.\n\nAt the relevant time they were active members and regional leaders of the Party for a Democratic Society (Demokratik Toplum Partisi (DTP)), which was subsequently dissolved by the Constitutional Court. The applicant Mr G\u00fcler, former mayor of the district of Ba\u015fkale (Van), was at the relevant time the chairman of an association called K\u00dcRT-DER (K\u00fcrt Demokrasi K\u00fclt\u00fcr ve Dayan\u0131\u015fma Derne\u011fi \u2013 association for Kurdish culture, democracy and solidarity).\n\nOn 21 August 2006 the applicants took part in a religious ceremony (mevl\u00fbt)0 on the premises of the DTP in Alt\u0131nda\u011f (Ankara), in which they paid tribute to three members of the PKK who had been killed by the security forces.\n\nThe participants read out passages from the Koran and said prayers, and showed a film about the lives of the deceased. The DTP\u2019s regional representative gave a short speech, which can be summarised as follows: \u201cOur fears and worries continue. People are still being killed. In such a context, we would like this mevl\u00fbt to be a moment of peace and fraternity.\u201d\n\nOn 3 October 2006 the Mu\u015f public prosecutor\u2019s office received an anonymous letter of denunciation, together with a CD containing a recording of the ceremony in question. The writer, who said that he had been a participant himself but had subsequently regretted it, explained that the ceremony had been held in memory of \u201cthe martyrs of the PKK\u201d.\n\nFollowing an investigation by the public prosecutor\u2019s office, the applicant Mr G\u00fcler was arrested and taken into police custody on 28 December 2006. He was released the next day.\n\nBoth applicants were committed to stand trial before the Ankara Assize Court. In their defence they stated that they had taken part in the ceremony for the observance of their religious duties.\n\nIn a judgment of 24 September 2008 the Ankara Assize Court, relying on section 7(2) of Law no. 3713 on the prevention of terrorism, sentenced the two applicants to ten months\u2019 imprisonment.\n\nIn its judgment, the Assize Court observed, firstly, that the persons in whose memory the ceremony had been held were members of a terrorist organisation and that they had been killed by the security forces during an operation against that organisation. It also took the view that the choice of venue for the ceremony \u2013 the premises of a political party \u2013, and the fact that the PKK flag had been spread over the tables and photos of members of the organisation had been displayed, contributed to raising serious doubts as to the actual reasons for the gathering that had been given by the applicants in their defence.\n\nFurther to an appeal on points of law by the applicants, their conviction was upheld by a final judgment of the Court of Cassation on 8 March 2010. The applicants were imprisoned for the duration of their sentence. ...",
    [(57, 65, "CODE", "31706/10"), (70, 78, "CODE", "33088/10"), (273, 287, "PERSON", "Mr \u0130hsan G\u00fcler"),
     (292, 305, "PERSON", "Mr Sinan U\u011fur"), (329, 339, "DATETIME", "5 May 2010"), (344, 355, "DATETIME", "13 May 2010"),
     (406, 418, "PERSON", "Mr C. Kayhan"), (820, 836, "DATETIME", "21 November 2011"),
     (939, 953, "PERSON", "Mr \u0130hsan G\u00fcler"), (958, 971, "PERSON", "Mr Sinan U\u011fur"), (985, 989, "DATETIME", "1964"),
     (994, 998, "DATETIME", "1947"),
     (1130, 1193, "ORG", "Party for a Democratic Society (Demokratik Toplum Partisi (DTP)"),
     (1272, 1280, "PERSON", "Mr G\u00fcler"), (1289, 1294, "DEM", "mayor"), (1314, 1327, "LOC", "Ba\u015fkale (Van)"),
     (1392, 1505, "ORG", "K\u00dcRT-DER (K\u00fcrt Demokrasi K\u00fclt\u00fcr ve Dayan\u0131\u015fma Derne\u011fi \u2013 association for Kurdish culture, democracy and solidarity)"),
     (1511, 1525, "DATETIME", "21 August 2006"), (1608, 1611, "ORG", "DTP"), (1685, 1688, "ORG", "PKK"),
     (1857, 1860, "ORG", "DTP"), (2098, 2112, "DATETIME", "3 October 2006"), (2435, 2438, "ORG", "PKK"),
     (2518, 2526, "PERSON", "Mr G\u00fcler"), (2573, 2589, "DATETIME", "28 December 2006"),
     (2834, 2851, "DATETIME", "24 September 2008"), (2981, 2991, "DATETIME", "ten months"),
     (3387, 3390, "ORG", "PKK"), (3762, 3774, "DATETIME", "8 March 2010")])

tab("001-105006", "annotator1",
    "PROCEDURE\n\nThe case originated in two applications (nos. 33994/06 and 36271/06) against the Republic of Turkey lodged with the Court under Article 34 of the Convention for the Protection of Human Rights and Fundamental Freedoms (\u201cthe Convention\u201d) by two Turkish nationals, Mr Mahmut G\u00fcler and Mr Ahmet Keke\u00e7 (\u201cthe applicants\u201d), on 1 August 2006.\n\nThe applicants were represented by Mr A. \u00d6z\u00e7elik and Mr M. Okutan, lawyers practising in Gaziantep. The Turkish Government (\u201cthe Government\u201d) were represented by their Agent.\n\nOn 16 September 2009 the President of the Second Section decided to give notice of the applications to the Government. Under the provisions of Article 29 \u00a7 3 of the Convention, it was also decided to examine the merits of the applications at the same time as their admissibility.\n\nTHE FACTS\n\nTHE CIRCUMSTANCES OF THE CASES\n\nThe applicants were born in 1956 and 1946 respectively and live in \u0130slahiye, Gaziantep.\n\n1. The first set of proceedings\n\nEach of the applicants, who were employees of the \u0130slahiye Municipality, brought proceedings before the \u0130slahiye Civil Court of First Instance acting as a labour court, claiming unpaid wages and other pecuniary rights on 10 October 2001 and 21 November 2001, respectively.\n\nOn 21 May 2004 and 23 May 2003, respectively, the \u0130slahiye Civil Court of First Instance granted the applicants\u2019 requests partially and ordered the payment of 14,288 Turkish Liras (TRY)0 to the first applicant and TRY 18,5140 to the second applicant, together with interest. These judgments became final as no appeal was filed against them.\n\nThe first applicant further initiated execution proceedings before the \u0130slahiye Execution Office to obtain the amount ordered by the \u0130slahiye Civil Court of First Instance (file no. 2005/8415).\n\nAt the date of introduction of the applications, the aforementioned judgment debts were still outstanding.\n\n2. The second set of proceedings\n\nOn 14 November 2002 and 14 September 2002, respectively, the applicants retired from their jobs at the \u0130slahiye Municipality. The town council calculated the applicants\u2019 severance benefits accordingly.\n\nOn 18 March 2003, not having been paid the amounts awarded, the applicants brought proceedings before the \u0130slahiye Civil Court of First Instance acting as a labour court, claiming severance benefits and other pecuniary rights.\n\nOn 15 July 2004 the labour court ordered the Municipality to pay TRY 11,9180 to the first applicant and TRY 12,1190 to the second applicant, together with interest. These judgments became final as no appeal was filed against them.\n\nThe applicants further initiated execution proceedings before the \u0130slahiye Execution Office to obtain those amounts ordered by the \u0130slahiye Civil Court of First Instance (file nos. 2004/351 and 2004/352).\n\nAt the date of introduction of the applications, the aforementioned judgment debts were still outstanding.",
    [(57, 65, "CODE", "33994/06"), (70, 78, "CODE", "36271/06"), (273, 288, "PERSON", "Mr Mahmut G\u00fcler"),
     (293, 307, "PERSON", "Mr Ahmet Keke\u00e7"), (331, 344, "DATETIME", "1 August 2006"), (382, 395, "PERSON", "Mr A. \u00d6z\u00e7elik"),
     (400, 412, "PERSON", "Mr M. Okutan"), (526, 543, "DATETIME", "16 September 2009"), (875, 879, "DATETIME", "1956"),
     (884, 888, "DATETIME", "1946"), (914, 933, "LOC", "\u0130slahiye, Gaziantep"),
     (1019, 1040, "ORG", "\u0130slahiye Municipality"), (1073, 1102, "ORG", "\u0130slahiye Civil Court of First"),
     (1190, 1205, "DATETIME", "10 October 2001"), (1210, 1226, "DATETIME", "21 November 2001"),
     (1246, 1257, "DATETIME", "21 May 2004"), (1262, 1273, "DATETIME", "23 May 2003"),
     (1293, 1322, "ORG", "\u0130slahiye Civil Court of First"), (1402, 1428, "QUANTITY", "14,288 Turkish Liras (TRY)"),
     (1457, 1468, "QUANTITY", "TRY 18,5140"), (1656, 1681, "ORG", "\u0130slahiye Execution Office"),
     (1718, 1747, "ORG", "\u0130slahiye Civil Court of First"), (1767, 1776, "CODE", "2005/8415"),
     (1925, 1941, "DATETIME", "14 November 2002"), (1946, 1963, "DATETIME", "14 September 2002"),
     (2025, 2046, "ORG", "\u0130slahiye Municipality"), (2128, 2141, "DATETIME", "18 March 2003"),
     (2231, 2260, "ORG", "\u0130slahiye Civil Court of First"), (2356, 2368, "DATETIME", "15 July 2004"),
     (2418, 2429, "QUANTITY", "TRY 11,9180"), (2457, 2468, "QUANTITY", "TRY 12,1190"),
     (2651, 2676, "ORG", "\u0130slahiye Execution Office"), (2716, 2745, "ORG", "\u0130slahiye Civil Court of First"),
     (2766, 2774, "CODE", "2004/351"), (2779, 2787, "CODE", "2004/352")])


# --- 2. UK judgments (verbatim excerpts; only the markers were added) --------------------

doc("ewfc-2015-b69-newcastle", "Family Court at Newcastle upon Tyne", "family-court-newcastle",
    "https://242575.15huv.group/ew/cases/EWFC/OJ/2015/B69.html",
    "A Local Authority v T&F [2015] EWFC B69 (17 April 2015)", r"""
This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.

Case No: [[case_id:NE14C00036]]

IN THE FAMILY COURT AT NEWCASTLE UPON TYNE
IN THE MATTER OF THE CHILDREN ACT 1989 &
THE ADOPTION & CHILDREN ACT 2002
AND IN THE MATTER OF [[name:A]], [[name:B]], [[name:C]], [[name:D]] AND [[name:L]] (CHILDREN)

17th April 2015

B e f o r e :

Her Honour Judge [[name:Hudson]]
____________________

Between:
A Local Authority


- and -


[[name:T]]&[[name:F]]


____________________

Compril Limited
Telephone: 01642 232324
Facsimile: 01642 244001
Denmark House
169-173 Stockton Street
Middlehaven
Middlesbrough
TS2 1BY

____________________

Hearing dates: 23rd – 26th March 2015
____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

    Her Honour Judge [[name:Hudson]]

    Introduction

  1. This is the second substantive judgment I have given in these care proceedings.
""")

doc("ewfc-2018-b70-liverpool", "Family Court at Liverpool", "family-court-liverpool",
    "https://242575.15huv.group/ew/cases/EWFC/OJ/2018/B70.html",
    "L and D (Children), Re [2018] EWFC B70 (11 July 2018)", r"""
Ref. [[case_id:LV17C03247]]

IN THE FAMILY COURT AT LIVERPOOL



11th July 2018



Before

HIS HONOUR JUDGE [[name:PARKER]]

- - - - - - - - - - - - - - - -



IN THE MATTER OF



A local authority

-v-

[[name:M]]



[[name:F]]



[[name:L]] and [[name:D]]

(by their children’s guardian)

- - - - - - - - - - - - - - - -

- - - - - - - - - - - - - - - -



MISS [[name:FREEMAN]] appeared on behalf of The Applicant

MISS [[name:MILES]] appeared on behalf of The Mother

THE FATHER did not attend

MR [[name:CARLEN]] appeared on behalf of The Guardian

- - - - - - - - - - - - - - - -

JUDGMENT APPROVED






This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.





JUDGE [[name:PARKER]]:

1.              I am concerned with two children: [[name:L]] aged [[age:seven]] and [[name:D]] presently aged [[age:three]].  They appear through the children's guardian, [[name:PW]], and are represented by Mr [[name:Carlen]].
""")

doc("ewhc-fam-2025-810-lieven", "High Court (Family Division)", "high-court-family-division",
    "https://469393.qwpa.asia/ew/cases/EWHC/Fam/2025/810.html",
    "A Local Authority v The Mother [2025] EWHC 810 (Fam) (21 March 2025)", r"""
This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media and legal bloggers, must ensure that this condition is strictly complied with. Failure to do so may be a contempt of court.

Neutral Citation Number: [2025] EWHC 810 (Fam)
Case No: [[case_id:NG23C50181]]

IN THE HIGH COURT OF JUSTICE
FAMILY DIVISION

Royal Courts of Justice
Strand, London, WC2A 2LL
21/03/2025

B e f o r e :

MRS JUSTICE [[name:LIEVEN]]
____________________

Between:
A LOCAL AUTHORITY Applicant
and
THE 'MOTHER' First Respondent
and
FATHER '[[name:X]]' Second Respondent
and
FATHER '[[name:Y]]' Third Respondent
and
[[name:A]], [[name:B]], [[name:C]] & [[name:D]]
(Through their Children's Guardian) Fourth - Seventh Respondents

____________________

Ms [[name:Sarah Dines]] (instructed by A Local Authority) for the Applicant
Mr [[name:Ben Clulee]] (instructed by Bhatia Best Solicitors) for the Mother
Ms [[name:Judy Claxton]] (instructed by Jackson Quinn Solicitors) for [[name:X]]
Ms [[name:Emily Sherwood]] (instructed by Rotheras Solicitors) for [[name:Y]]
Ms [[name:Anita Thind]] (instructed by Nelsons Solicitors) for [[name:A]], [[name:B]], [[name:C]] & [[name:D]].

Hearing dates: 3 March 2025

____________________

HTML VERSION OF JUDGMENT APPROVED
____________________

Crown Copyright ©

    Mrs Justice [[name:Lieven]] DBE :
""")

doc("ewhc-fam-2014-2042-cobb", "High Court (Family Division)", "high-court-family-division",
    "https://vlex.co.uk/vid/local-authority-1-la1-792649945",
    "Local Authority 1 (\"LA1\") and Another v AF (mother) and Others [2014] EWHC 2042 (Fam)", r"""
Local Authority 1 ("LA1") and Another v [[name:AF]] (mother) and Others

JurisdictionEngland & Wales
JudgeMr Justice [[name:Cobb]],The Honourable Mr Justice [[name:Cobb]]
Judgment Date20 June 2014
Neutral Citation[2014] EWHC 2042 (Fam)
Docket NumberCase No: [[case_id:IL12C0026]] & [[case_id:IL12C00917]]
CourtFamily Division
Date20 June 2014

[2014] EWHC 2042 (Fam)

IN THE HIGH COURT OF JUSTICE

FAMILY DIVISION

Royal Courts of Justice

Strand, London, WC2A 2LL

Before:

Mr Justice [[name:Cobb]]

Case No: [[case_id:IL12C0026]] & [[case_id:IL12C00917]]

Between:
Local Authority 1 ("LA1")
Local Authority 2 ("LA2")
Applicants
and
[[name:AF]] (mother)
[[name:BF]] (father)
[[name:CF]], [[name:DF]] and [[name:EF]] (children) (By their Guardian)
Respondents

[[name:Chris Barnes]] (instructed by Local Authority solicitors) for both Local Authorities

[[name:Sally Bradley]] (instructed by T V Edwards LLP) for the mother

[[name:Gillian Marks]] (instructed by Dunning & Co.) for the father

[[name:Shiva Ancliffe]] (instructed by FMW Law) for the Guardian

Hearing dates: 9–18 June 2014

Approved Judgment

I direct that pursuant to CPR PD 39A para 6.1 no official shorthand note shall be taken of this Judgment and that copies of this version as handed down may be treated as authentic.

Mr Justice [[name:Cobb]]

This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.

The Honourable Mr Justice [[name:Cobb]]
""")

doc("ewfc-2025-148-east-london", "East London Family Court", "family-court-east-london",
    "http://beta.bailii.org/ew/cases/EWFC/OJ/2025/148.html",
    "Local Authority v M [2025] EWFC 148 (B) (28 February 2025)", r"""
This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.
Neutral Citation Number: [2025] EWFC 148 (B)
Case No. [redacted]

IN THE EAST LONDON FAMILY COURT

Courtroom No. 3
The Law Courts
6th and 7th Floor, 11 Westferry Circus
(Entrance in Columbus Courtyard)
London
E14 4HD
28th February 2025

B e f o r e :

HER HONOUR JUDGE [[name:SUH]]
____________________

THE LOCAL AUTHORITY

- and -
[[name:M]]

____________________

Transcript of a recording by Acolad UK Ltd
291-299 Borough High Street, London SE1 1JG
Tel: 020 7269 0370
legal@ubiqus.com

____________________

MR [[name:O'BRIEN]] (Counsel) appeared on behalf of the Applicant
MS [[name:ROBERTS]] (Counsel) appeared on behalf of the Respondent Mother
MS [[name:BARRAN]] (Counsel) appeared on behalf of the Respondent Father
MR [[name:FLETCHER]] (Counsel) appeared on behalf of [[name:OP]]
MR [[name:DAVIES]] (Counsel) appeared on behalf of the Child through the Guardian

____________________

HTML VERSION OF JUDGMENT (APPROVED)
____________________

Crown Copyright ©

    HHJ [[name:SUH]]:
""")

doc("ewhc-qb-2014-1041-jc-rt", "High Court (Queen's Bench Division, Divisional Court)", "high-court-qbd-divisional",
    "https://docslib.org/doc/3814389/high-court-judgment-template",
    "JC & RT v Central Criminal Court [2014] EWHC 1041 (QB)", r"""
Neutral Citation Number: [2014] EWHC 1041 (QB) Case No: [[case_id:CO/642/2014]] IN THE QUEEN'S BENCH DIVISION DIVISIONAL COURT

Royal Courts of Justice Strand, London, WC2A 2LL

Date: 08/04/2014

Before :

THE PRESIDENT OF THE QUEEN'S BENCH DIVISION (SIR [[name:BRIAN LEVESON]]) MR JUSTICE [[name:CRANSTON]] MR JUSTICE [[name:HOLROYDE]]

------

Between :

[[name:JC]] and [[name:RT]] Claimants - and - THE CENTRAL CRIMINAL COURT Defendant - and - (1) CROWN PROSECUTION SERVICE (2) BRITISH BROADCASTING CORPORATION Interested Parties - and - JUST FOR KIDS LAW Intervener

------

Mr [[name:Joel Bennathan]] Q.C. (instructed by Straw & Pearce, Loughborough) for the Claimants The Defendant did not appear and was not represented Mr [[name:Max Hill]] Q.C. (instructed by the Crown Prosecution Service, London) for the First Interested Party Mr [[name:Gavin Millar]] Q.C. (instructed by the BBC Litigation Department) for the Second Interested Party Mr [[name:Ian Wise]] Q.C. and Ms [[name:Maria Roche]] (instructed by Just for Kids Law) for the Intervener

Hearing date: 13 March 2014

------

Judgment

Judgment Approved by the court for handing down. [[name:JC]] & [[name:RT]] v Central Criminal Court

Sir [[name:Brian Leveson]] P :

This case raises the question whether an order made under s. 39 of the Children and Young Persons Act 1933 ("the 1933 Act") prohibiting the identification of (among others) a defendant under the age of 18 years, can last indefinitely or whether it automatically expires when that person attains the age of 18 years. It has wide implications not only for young defendants but also for victims, witnesses, others concerned in proceedings and, of course, the media.

1. The background can be shortly summarised. On 15 November 2013, the claimants [[name:JC]] and [[name:RT]], then [[age:17]] years of age, appeared at the Central Criminal Court and each pleaded guilty to an offence in early 2012 of joint possession, without lawful reason of an explosive substance contrary to s. 4(1) of the Explosive Substances Act 1883. In the case of [[name:JC]], the substance was parts for pipe bombs and for [[name:RT]] it was petrol bombs.
""")

doc("ewhc-admin-2003-2408-t-v-dpp", "High Court (Queen's Bench Division, Divisional Court)", "t-v-dpp-2003",
    "https://149725.o7eteavr.asia/ew/cases/EWHC/Admin/2003/2408.html",
    "T v Director of Public Prosecutions & Anor [2003] EWHC 2408 (Admin) (06 October 2003)", r"""
Neutral Citation Number: [2003] EWHC 2408 (Admin)
[[case_id:CO/3062/2003]]

IN THE HIGH COURT OF JUSTICE
QUEEN'S BENCH DIVISION
DIVISIONAL COURT

Royal Courts of Justice
Strand
London WC2
6th October 2003

B e f o r e :

LORD JUSTICE [[name:BROOKE]]
MR JUSTICE [[name:SULLIVAN]]

____________________

[[name:T]]
-v-
DIRECTOR OF PUBLIC PROSECUTIONS (FIRST DEFENDANT)
NORTH EAST PRESS LTD (SECOND DEFENDANT)

____________________

Computer-Aided Transcript of the Stenograph Notes of
Smith Bernal Wordwave Limited
190 Fleet Street London EC4A 2AG
Tel No: 020 7404 1400 Fax No: 020 7831 8838
(Official Shorthand Writers to the Court)

____________________

MR [[name:P PLOWDEN]] (instructed by BEN HOARE BELL) appeared on behalf of the CLAIMANT
MR [[name:A HUDSON]] (instructed by FARRER & CO) appeared on behalf of the DEFENDANT

____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

    Monday, 6th October 2003
  1. MR JUSTICE [[name:SULLIVAN]]: Introduction:
""")

doc("lccsa-2003-t-v-dpp-summary", "London Criminal Courts Solicitors' Association (case summary)", "t-v-dpp-2003",
    "https://www.lccsa.org.uk/t-v-director-of-public-prosecutions-anr-sub-nom-todd-v-crown-prosecution-service-anor-2003/",
    "T v DIRECTOR OF PUBLIC PROSECUTIONS & ANR sub nom TODD v CROWN PROSECUTION SERVICE & ANOR (2003)", r"""
Practice and Procedure

[[name:T]] v DIRECTOR OF PUBLIC PROSECUTIONS & ANR sub nom [[name:TODD]] v CROWN PROSECUTION SERVICE & ANOR (2003)

PUBLISHED October 6, 2003
SHARE

The youth court had been correct to lift reporting restrictions upon the conviction of the appellant in respect of proceedings that had commenced prior to the appellant attaining the age of 18 years but that were completed after he had attained the age of 18 years.Appeal by way of case stated against the decision of the youth court on 16 April 2003 that s.49 Children and Young Persons Act 1933 ceased to be applicable once the appellant ('[[name:T]]') had reached the age of [[age:18]] years on the basis that he then no longer fell within the definition of a "young person" in s.107 of the Act. On 29 June 2002, [[name:T]], who was [[age:17]] years old, was charge with an offence under s.20 Offences Against the Person Act 1861. [[name:T]] appeared in the youth court on 4 July 2002 and subsequently entered a not guilty plea on 9 October 2002 on the basis that the Crown would not accept his assertion that he had had no intent to cause injury. On 12 October 2002, [[name:T]] attained the age of [[age:18]] years and his trial took place on 21 March 2003 when the Crown accepted his guilty plea on the basis of a lack of intent to cause injury. On 16 April 2003, he was sentenced to a four month detention and training order. On the same date the youth court lifted reporting restrictions that had been imposed under s.49 of the 1933 Act on the basis that as [[name:T]] was [[age:18]] years of age he was no longer a "young person" within the meaning in s.107 of the Act.
""")

doc("ewca-crim-2019-1568-aziz", "Court of Appeal (Criminal Division)", "court-of-appeal-criminal",
    "https://caselaw.nationalarchives.gov.uk/ewca/crim/2019/1568",
    "R v Ayman Aziz [2019] EWCA Crim 1568 (17 September 2019)", r"""
ON APPEAL FROM THE CROWN COURT AT WOLVERHAMPTON
Mr Justice [[name:Jeremy Baker]]
Indictment no: [[case_id:T20187131]]
Royal Courts of Justice Strand, London, WC2A 2LL
Date: 17 September 2019 Before:
THE LORD CHIEF JUSTICE OF ENGLAND AND WALES
THE RT HON THE LORD [[name:BURNETT]] OF MALDON
THE HON MR JUSTICE [[name:WARBY]]
and
THE HON MR JUSTICE [[name:EDIS]]
- - - - - - - - - - - - - - - - - - - - -
Between:
R | Respondent |
- and - |
|
[[name:Ayman Aziz]] | Applicant |
- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
[[name:Adam Kane]] QC and [[name:Charnjit Jutla]] for the Applicant
[[name:Louise Oakley]] for the Respondent
Hearing date: 25 July 2019
- - - - - - - - - - - - - - - - - - - - -
Approved Judgment
The Lord [[name:Burnett]] of Maldon:
Introduction
[[name:Ayman Aziz]] is now aged [[age:17]]. On 14 December 2018, after a trial in the Crown Court at Wolverhampton, he was convicted by a jury of the rape and murder of a [[age:14]]-year-old girl. On 22 February 2019, he was sentenced by the trial judge, Mr Justice [[name:Jeremy Baker]]. The judge imposed the mandatory sentence of detention at Her Majesty’s pleasure for murder, pursuant to section 90 of the Powers of Criminal Courts (Sentencing) Act 2000. He specified a minimum term of 19 years. A sentence of ten years’ detention was passed for the rape, to be served concurrently.
An application for leave to appeal against sentence was referred to the Full Court by the Registrar. On 25 July 2019, after hearing argument on that application, we announced our decision to refuse leave. We now give our reasons for that decision.
We also heard argument on a challenge to the decision made by the trial judge at the time of sentence, to lift a reporting restriction order he had made before trial, prohibiting the identification of [[name:Aziz]] as the defendant in the case. As will be apparent already, we dismissed that challenge. Our reasons for that decision are set out at the end of this judgment.
""")

doc("ewca-crim-2021-200-kl", "Court of Appeal (Criminal Division)", "court-of-appeal-criminal",
    "http://www.bailii.org/cgi-bin/markup.cgi?doc=/ew/cases/EWCA/Crim/2021/200.html&query=JUDICIAL+and+REVIEW+and+JUDGEMENTS&method=boolean",
    "KL v R. [2021] EWCA Crim 200 (19 February 2021)", r"""
Neutral Citation Number: [2021] EWCA Crim 200
Case Nos. [[case_id:201903944A2]], [[case_id:CO/5082/2019]]

IN THE COURT OF APPEAL (CRIMINAL DIVISION)
ON APPEAL FROM THE CENTRAL CRIMINAL COURT
HER HONOUR JUDGE [[name:DHIR]] QC

AND IN THE HIGH COURT OF JUSTICE
QUEEN'S BENCH DIVISION
ADMINISTRATIVE COURT

Royal Courts of Justice
Strand, London, WC2A 2LL
19/02/2021

B e f o r e :

PRESIDENT OF THE QUEEN'S BENCH DIVISION
MRS JUSTICE [[name:CUTTS]]
and
MR JUSTICE [[name:SAINI]]

____________________

Between:
[[name:KL]]
Applicant
- and -

REGINA
Respondent

____________________

[[name:Michael Bromley-Martin]] QC & [[name:Joanne Cecil]] (instructed by Stokoe Partnership) for the Applicant
[[name:Anthony Orchard]] QC & [[name:Joel Smith]] (instructed by CPS Criminal Appeals Unit) for the Respondent

Hearing date: 24 November 2020

____________________

HTML VERSION OF JUDGMENT APPROVED
____________________

Crown Copyright ©

    Covid-19 Protocol: This judgment was handed down remotely by circulation to the parties' representatives by email, release to BAILII and publication on the Courts and Tribunals Judiciary website. The date and time for hand-down is deemed to be 10:00am on Friday 19 February 2021.

    Dame [[name:Victoria Sharp]] P.

    Introduction

  1. This is judgment of the court.
""")


if __name__ == "__main__":
    main()
