"""Build benchmarks/data/uk_real_dev.json and benchmarks/data/uk_real_holdout.json: excerpts of
REAL published UK public-sector text (minutes, board papers, inspection letters and reports,
FOI responses and ICO decision notices, ombudsman decisions, planning papers, court and tribunal
judgments) with gold personal-data spans, for developing and measuring reviewgen's detector.

    .venv/bin/python benchmarks/data/make_uk_real_documents.py

Each excerpt was copied verbatim (line breaks, runs of spaces, glued table cells and extraction
artefacts such as "[email protected]" kept) from the text the project's search tool returned for
a public page; `source` records the page address and the document's own heading. The passages
were chosen for the people in them (attendee lists, initials as speakers and action owners,
Role/Name tables, councillor lists, anonymised parties in judgments); a few have few or no
people, to measure false positives. Excerpts start where the returned text starts (or at the
first useful heading) and are cut at a sentence, line or table-cell end; nothing inside them
was changed.

Record format: {"id", "genre", "body", "group", "source": {"url", "title"}, "text", "spans"}
with the labels of make_uk_case_documents.py plus `case_id`.

Labelling rules for real text (the marker format is that of make_uk_case_documents.py:
`[[label:value]]`, offsets are computed here):
- every reference to a person is `name`: full names, surnames after a title ("Mrs
  [[name:Woods]]", "Cllr [[name:Porter]]": the title is outside the span), initials standing
  for a person ("[[name:KT]] asked", "ACTION: [[name:MB]]", "[[name:P B]]", "[[name:J. Hanna]]"),
  initial + surname ("[[name:R.A. Bailes]]", "[[name:C BAKER-LONGSHAW]]"), every surname in
  "Councillors [[name:Wilson]], [[name:Allcock]] and [[name:Ogg]]", and the letters a
  judgment, review or ombudsman decision uses for a person ("Mr [[name:X]]", "Ms [[name:B]]",
  "children [[name:M]], [[name:E]] and [[name:P]]", "Child [[name:M]]"). Role words used
  instead of a name ("the Mother", "the complainant", "the Appellant") are not spans;
- named officials, councillors, judges, inspectors and counsel acting in role are still
  `name` (a policy may allowlist them); so are deceased people;
- a case number tied to a person is `case_id`: court case numbers and ECHR application
  numbers, ICO and tribunal references, ombudsman complaint numbers, planning application
  numbers. Neutral citations, an organisation's own FOI and decision-record references, and
  minute numbers are not;
- the home or site address of a private person (a planning applicant's house, where an
  applicant lives) is `address`; offices, courts, council buildings, public premises, towns
  and counties are not spans. A named officer's direct line or mobile, and a personal or
  named mailbox, are `phone` / `email`; switchboards, office numbers and shared mailboxes
  are not;
- a year or date of birth is `date_of_birth`; an age is `age` (the number only);
- public bodies, councils, courts, law firms (even when named after people), schools named
  as employers or governing bodies, legislation, role titles and acronyms of teams (YOT, PCC,
  LSCB) are not spans.

Split by body, not by excerpt: related bodies that share people or an area (a council, its
youth offending service and its safeguarding board) form one `group`, and a group goes whole
to one file. Each group falls in a stratum by the kind of most of its excerpts (minutes and
member lists; judgments and decisions; other papers). Within each stratum the groups are
sorted by name and every third one (index 2, 5, 8, ...) goes to the HOLD-OUT file; the rest
go to the development file. The rule looks only at group names and genres, never at the
detector's output. Tune only on uk_real_dev.json; uk_real_holdout.json is for measuring,
and a fix driven by one of its misses makes it stop being held out.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from markers import strip_markers  # shared with the other gold-set generators

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real_dev.json"
OUT_HOLDOUT = HERE / "uk_real_holdout.json"
MIN_CHARS, MAX_CHARS = 600, 2500

DOCS: list[dict] = []


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    DOCS.append({"id": id_, "genre": genre, "body": body, "group": group,
                 "source": {"url": url, "title": title}, "marked": marked.strip("\n")})


STRATA = {
    "minutes": {"yot_board_minutes", "board_minutes", "council_minutes", "planning_minutes",
                "council_web_page"},
    "decisions": {"judgment", "tribunal_decision", "ombudsman_decision", "ico_decision_notice"},
}


def stratum(genre: str) -> str:
    return next((name for name, genres in STRATA.items() if genre in genres), "other")


def holdout_groups() -> set[str]:
    """The split rule: within each stratum, groups sorted by name, every third one held out."""
    kinds: dict[str, Counter] = {}
    for d in DOCS:
        kinds.setdefault(d["group"], Counter())[stratum(d["genre"])] += 1
    by_stratum: dict[str, list[str]] = {}
    for group, counts in kinds.items():
        by_stratum.setdefault(counts.most_common(1)[0][0], []).append(group)
    return {g for groups in by_stratum.values() for i, g in enumerate(sorted(groups)) if i % 3 == 2}


def build() -> tuple[list[dict], list[dict]]:
    dev, holdout, seen = [], [], set()
    held = holdout_groups()
    for d in DOCS:
        if d["id"] in seen:
            raise ValueError(f"duplicate id {d['id']}")
        seen.add(d["id"])
        text, spans = strip_markers(d["marked"])
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            raise ValueError(f"{d['id']}: {len(text)} characters, outside {MIN_CHARS}-{MAX_CHARS}")
        record = {"id": d["id"], "genre": d["genre"], "body": d["body"], "group": d["group"],
                  "source": d["source"], "text": text, "spans": spans}
        (holdout if d["group"] in held else dev).append(record)
    return dev, holdout


def summary(name: str, records: list[dict]) -> None:
    chars = sum(len(r["text"]) for r in records)
    labels = Counter(s["label"] for r in records for s in r["spans"])
    bodies = {r["body"] for r in records}
    groups = {r["group"] for r in records}
    print(f"{name}: {len(records)} excerpts, {len(bodies)} bodies ({len(groups)} groups), "
          f"{chars:,} characters, {sum(labels.values())} spans")
    print("  genres:", dict(Counter(r["genre"] for r in records).most_common()))
    print("  labels:", dict(labels.most_common()))


def main() -> None:
    dev, holdout = build()
    for path, records in ((OUT_DEV, dev), (OUT_HOLDOUT, holdout)):
        path.write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    summary(f"dev -> {OUT_DEV.name}", dev)
    summary(f"holdout -> {OUT_HOLDOUT.name}", holdout)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Youth offending / youth justice management boards ------------------------------------

doc("bradford-yjb-2012-12", "yot_board_minutes", "Bradford & District Youth Offending Team", "bradford",
    "https://docsbay.net/bradford-district-youth-justice-board-meeting",
    "Bradford & District Youth Justice Board Meeting, Monday 10 December 2012", r"""
Bank House, 41 Bank Street, Bradford, West Yorkshire BD1 1RD

Telephone: 01274-436060 Fax: 01274-436061 Website:

Secure email:

Bradford & District Youth Justice Board Meeting

Monday 10 December 2012

Present

[[name:KT]] (Chair), [[name:CJ]], [[name:P B]], [[name:MA]], [[name:JP]], [[name:STH]] (minutes), [[name:AM]], [[name:AL]], [[name:MD]] (for [[name:MS]]), [[name:SK]]

Apologies

[[name:MV]], [[name:ST]], [[name:JJ]]

1. Introductions.

Minutes of last meeting – [[name:CJ]] indicated no previous meeting minutes available but hopefully will be able to track them down for the next meeting. [[name:KT]] would like to send best wishes to her from the Board.

2.Report on YOT performance

Report presented by [[name:SK]].

[[name:KT]] asked about the timescales for the 2011 figures.

[[name:SK]] – this is to allow for certain amount of time – some results come off police systems so have to wait for comparison information.

[[name:SK]] – to clarify and up date performance data for the next meeting.

[[name:MA]] – enquired about the cuts to funding.

[[name:CJ]] – potentially there will be pressure on funding. Need to keep performance going well as the YJB are unlikely to provide any more additional funding for projects such as the Custody Pathfinder.

[[name:KT]] – Costs of remands coming to LA with projected under fund of £68000.

[[name:CJ]] – The substance misuse prevention grant will go direct to the Police and Crime Commissioner. It is hoped PCC will pass back the grant to the YOTs for 2013/14.

[[name:KT]] – Would like to know how we are going to address extending this funding for another year.

[[name:CJ]] – A meeting has been set up for 5 West Yorkshire YOTs to meet the PCC in early January 2013.

Report approved

3.Report on the YJB Convention 2012

Report presented by [[name:CJ]].

Report Approved

4.Report on the work of the Prevention Team

Report presented by [[name:PB]].

[[name:JP]] says there is a new piece of work in Keighley with 3 elements;

  • community engagement, diversion for young people and Youth Service ([[name:Sue Duffy]])
  • Criminality – gang type offences
  • BACS – identify links with early years. A list of yp with concerns about drugs and CSE.
""")

doc("bradford-yjb-2012-03", "yot_board_minutes", "Bradford & District Youth Offending Team", "bradford",
    "https://docest.com/doc/95810/minutes-of-the-youth-justice-board-meeting",
    "Minutes of the Youth Justice Board Meeting, 19 March 2012", r"""
Minutes of the Youth Justice Board Meeting

19 March 2012

Present

[[name:KT]](Chair), [[name:POH]], [[name:MS]], [[name:AL]], [[name:MV]], [[name:AyS]], [[name:SG]], [[name:MV]], [[name:AM]], [[name:SW]](minutes)

Apologies

[[name:JJ]], [[name:BC]], [[name:SK]], [[name:MA]], [[name:JP]]

Minutes

Minutes were agreed as a true record.

Matters Arising

Restorative Justice Clinics now running across City. From this month will be taking young people at risk of Anti Social Behaviour. Early indication in first month of 90% success rate of not reoffending. Full report at next board meeting.

[[name:POH]] raised issue of voice of young offenders, arranged User Voice to do a piece of work and will feedback to board. Completed by May.

[[name:KT]] asked that it be built into schedule of reports.

[[name:POH]] suggested may wish for have a short additional meeting.

[[name:KT]] suggested as having them on as first item.

1.Report on YOT Performance

[[name:POH]] presented report.

Custody

[[name:KT]] asked if the percentage is of general population.

[[name:POH]] confirmed it was and it was a fairer measure.

Reducing Reoffending

[[name:KT]] commented that they were remarkably simple 3 indicators.

[[name:POH]] welcomed this, as they were the three important ones. He explained that most of the data is taken from Ministry of Justice Police National Custody system. Any inconsistence would be National.

[[name:POH]] noted that Probation colleagues were doing extremely well at reducing reoffending and have been recognised nationally.

[[name:KT]] noted excellent progress in first time entrants and reoffending.

Report approved.

2.Report on West Yorkshire Custody Pathfinder/Resettlement

[[name:POH]] presented the report.

[[name:MS]] asked how it worked in terms of money.

[[name:POH]] explained that we have been paid now, upfront in the promise we will deliver. It is a 2 year project work £1.5m, £200k for Bradford. If we don’t deliver project will finish earlier and we won’t received final payment.

[[name:MS]] noted so far so good.
""")

doc("stockton-yos-board-2009", "yot_board_minutes", "Stockton-on-Tees Youth Offending Service", "stockton",
    "https://docsbay.net/doc/684683/yos-management-board-20th-january-2009",
    "YOS MANAGEMENT BOARD, 28th April 2009", r"""
YOS MANAGEMENT BOARD
28th April 2009
Present:
[[name:Mike Batty]] Head of Community Protection (Chair)
[[name:Miriam Robertson]] YOS Manager
[[name:Terry Frank]] Integrated Youth Support Services Manager
[[name:Peter Seller]] Head of Children & Young People’s Strategy
[[name:Jean Bell]] HMCS Magistrates Court
[[name:Tina Beckett]] Assistant Director, National Probation Service - Teesside
[[name:Stephen Young]]Cleveland Police (on behalf of [[name:Ted Allen]])
[[name:Jenna Ditchburn]]Admin Officer, Youth Offending Team (Minutes)
Apologies:
[[name:Lyn Burns]] Interim Head of Service / Assistant Director, Children and Young People’s Operational Services
[[name:Jane Edmends]] Housing Strategy & Development Manager
[[name:Ted Allen]] Chief Inspector, Cleveland Police
[[name:Darren Coulton]] LSC, Partnership Manager, Stockton
[[name:Julia Morrison]] Assistant Director/Head of Service – Children, Schools and Complex Needs
1. Minutes & Matters Arising
Minutes of meeting held on 20.01.09 were agreed as a true and accurate record.
Matters arising
YOS Performance: [[name:MR]] advised that the annual figures on first time entrants is currently being collated for submission to the Youth Justice Board, so detailed ETE information cannot be presented at today’s meeting, but will be available for the next one. ACTION: [[name:MR]]
Substance Misuse and Mental Health issues are no longer reported to the YJB, they are measured locally (there is a meeting next week to discuss how this is to be done).
Young People in Custody: [[name:MR]] presented the information to [[name:Tony Beckwith]] and it was agreed that it does not breach Data Protection given that no personal/sensitive identifiable information is included.
2.Youth Justice Planning Framework Validation Feedback
It has been highlighted that the Stockton Management Board have a “very good” Youth Justice Plan, which shows excellent understanding of the current performance against key objectives to both prevent and reduce youth crime.
""")

doc("stockton-yos-board-2013", "yot_board_minutes", "Stockton-on-Tees Youth Offending Service", "stockton",
    "https://docsbay.net/yos-management-board",
    "YOS Management Board, 22 January 2013", r"""
22 January 2013
[[name:Mike Batty]]Head of Community Protection (Chair)
[[name:Miriam Robertson]]Manager, Youth Offending Service
[[name:Dave Toor]]Chief Inspector - Neighbourhood Manager
[[name:Joe Howard]]Local Delivery Unit Manager, Durham Tees Valley Probation
[[name:Jenna Ditchburn]]Admin Officer, Youth Offending Service (Minutes)
[[name:Shaun McLurg]]Head of Children and Young People's Services
[[name:Terry Frank]]Integrated Youth Support Service Manager
[[name:Paul Whittingham]]Commissioning Manager (North), NHS Hartlepool & NHS Stockton-on-Tees
[[name:Khalid Azam]]Assistant Director, Commissioning & Systems Development (North)
[[name:MB]] welcomed [[name:JH]] to the meeting.
1.Minutes & Matters Arising
Health Representation on the Board:
[[name:PW]]/[[name:KA]] did not attend the meeting so this was not discussed.
ACTION:[[name:MB]] to write to [[name:KA]] re: representation from the Clinical Commissioning Group
Transition – YOS and Probation:
YOS and Probation are currently reviewing transitions from YOS to Probation across the Tees Valley, with final recommendations for early March.
ACTION:[[name:JH]] to present report / documents at April’s meeting
Transfer of remand costs to LAs:
[[name:MB]] located the response from the YJB and the plans to transfer financial responsibilities for remands to local authorities is going ahead. We are still awaiting confirmation of budget allocation from the YJB – [[name:MB]] to consider emailing [[name:Malcolm Potter]].
YOS Inspection Framework:
HMIP have confirmed they will be issuing guidance on the governance element of inspection of YOTs around April time, so the work on amending the YJB self assessment template will be put on holding pending that guidance. Deferred to a future meeting.
ACTION: [[name:MR]] to monitor and keep the YOS Management Board updated
Reoffending Analysis findings:
Two of the four repeat cohort offenders were known to Troubled Families. [[name:TE]] also looked at the top 13 (which included these four) and 10 were with Troubled Families.
LASPO Act: the New Remand Framework:
[[name:MB]] advised that a CMT report was not needed.
""")

doc("stockton-yot-board-2014", "yot_board_minutes", "Stockton-on-Tees Youth Offending Service", "stockton",
    "https://docest.com/doc/536437/stockton-yos-management-board",
    "STOCKTON YOT MANAGEMENT BOARD, 19th August 2014", r"""
STOCKTON YOT MANAGEMENT BOARD

19thAugust2014

Present:

[[name:Geoff Lee]]Chair of the Safer Stockton Partnership (Chair)

[[name:Neil Schneider]]Chief Executive, Stockton Borough Council

[[name:Shaun McLurg]] Head of Children and Young People’s Services

[[name:Dave Willingham]]Interim Youth Direction Manager

[[name:Gordon Lang]]Chief Superintendent, Cleveland Police

[[name:Steven Rose]]Chief Executive, Catalyst

[[name:Julie Allan]]Lead for Cleveland Area, National Probation Service

[[name:Mandy Briggs]]Teesside Magistrates Court

[[name:Lynda Brown]]Head of Education, Early Years and Complex Needs

[[name:Miriam Sigsworth]]Manager, Youth Offending Team

[[name:Lesley Harrison]]Team Manager, Youth Direction(Minutes)

Guests:

[[name:Alison Booth]]Chair of YOT Community Volunteers

[[name:Glenn Ward]]Inspector, Cleveland Police

[[name:Sheila Whitehead]] Operational Manager, Youth Offending Team

[[name:Tanya Evans]]Operational Manager, Youth Offending Team

Apologies:

[[name:Emma Champley]]Strategic Commissioner, Public Health

[[name:Karen Turner]]Legal Team Manager, Teesside Magistrates Court

[[name:Steven Hume]]Community Safety Manager

[[name:Karen Hawkins]]Head of Commissioning and Delivery, CCG

[[name:Tony Hodgson]]Local Partnership Adviser, YJB

1. Minutes & Matters Arising

A) Reducing Criminalisation of Looked After Children protocol

This is in the process of being refreshed and is currently with the Police.

ACTION:[[name:MS]] to bring to the next available meeting after completion.

B) Sexually Harmful Behaviour Procedures Update

[[name:DW]] advised that this is now a social care protocol and is in the process of beingreviewed and refreshed through children’s services processes.

C) Consultation with Young People

Currently in discussion with an Agency to complete specific research on this.

D) Induction Event

The Induction Event for new Board members went well and was facilitated by [[name:MS]] and [[name:TH]]. Good discussion by the group on the role of YOT Management Board.
""")

doc("aym-exec-2016-04", "board_minutes", "Association of Youth Offending Team Managers", "aym",
    "https://docest.com/doc/121064/yot-managers-cymru-gj-has-not-made-contact-as-not-a-priority-at-present-the-shadow-youth",
    "Association of Youth Offending Team Managers Ltd, Minutes of Executive Meeting on 18 April 2016", r"""
Association of Youth Offending Team Managers Ltd
Minutes of Executive Meeting on 18 April 2016
Location / Anthony Collins Solicitors Ltd. 134 Edmund Street, Birmingham
Present: / [[name:G. Jones]]* / Chair,
[[name:L. Tregear]]* / Vice-Chair
[[name:I. Langley]]* / Secretary & Minutes
[[name:M.Rees]]* / SW Regional Rep
[[name:H. Williamson]]* / W Midlands Regional Rep
[[name:H. Doughty]]* / NW Regional Rep
[[name:S. Nicholls]]
[[name:C. Spencer]]* / East Midlands Regional Rep
Additional Exec Member
Apologies: / [[name:A. Peaden]]*
[[name:T. Gibson]]*
[[name:P. Sutton]]
[[name:A. Panaser]]*
[[name:J. Hanna]]*
[[name:P. Vedhara]]* MBE
[[name:N. Wilkinson]] / Yorks & Humber Regional Rep
AYM Project Officer
Additional Executive Member
Asst. Secretary
North East Rep
South East Rep
*= director of AYM Ltd.
No / Note / Action
1 / Welcome and Apologies
Apologies were noted as above.
2 / Declarations of Interest
3 / Quoracy
The Chair declared the meeting quorate.
4 / Minutes of the last meeting on 22/01/2016
Agreed and signed by the chair with minor typographical errors to be amended by [[name:IL]]. / [[name:IL]]
5 / Matters Arising
- YOT Managers Cymru – [[name:GJ]] has not made contact as not a priority at present. The Shadow Youth Justice spokesperson [[name:Jo Stevens]] (A Cardiff MP) has not been active apart from commenting on Medway STC.
- Restorative Justice Consolation has been submitted. [[name:HW]] reported the HMIP Restorative Justice thematic report is due out in the summer. The lead Inspector had taken on AYM advice on RJ Panels.
- Bar Standards Council – [[name:GJ]] invited to be a member of their advisory panel following the BSC Review Report.
- [[name:GJ]] has reported that training won’t become compulsory for Youth Court Advocates as the BSC are concerned some law firms will withdraw from youth court work. The BSC want Youth Advocates to be paid more.
- The role of intermediaries raised by [[name:GJ]] but doubts there will be any change.
6 / Youth Justice Review
Final report likely to come out in June 2016.
""")

doc("calderdale-yot-board-2012-03", "yot_board_minutes", "Calderdale Youth Offending Team", "calderdale",
    "https://docsbay.net/calderdale-youth-offending-team",
    "CALDERDALE YOUTH OFFENDING TEAM, Minutes of the YOT Management Board Meeting, 21 MARCH 2012", r"""
Agenda Item 2

CALDERDALE YOUTH OFFENDING TEAM

Minutes of the YOT Management Board Meeting

21 MARCH 2012
INVITED / ATTENDED / APOLOGIES RECEIVED
Head of Family Support Services, CMBC / √
Head of Probation, Calderdale, Probation Service / √
Head of Children & Young People’s Service, NHS Calderdale / √
Operations Manager, Pennine 2000
Community Safety Partnership, CMBC / √
Director, Himmat / √
Principal Officer Young People’s Service, CMBC / √
Deputy Director, Calderdale Women’s Centre / √
Assistant District Manager, West Yorkshire Fire Service. / √
Programme Manager (Young People), Calderdale NHS / √
Chairman of Calderdale Magistrates Court Youth Panel, Calderdale Magistrates Court / √
Partnerships Manager, West Yorkshire Probation Service. / √
Group Interventions Manager, Pennine 2000
Action Log
Action by / Action / Deadline
[[name:JR]] / Update on Resettlement. / 28.6.12
[[name:JR]] / Send completed Youth Justice Plan to Board. / 28.6.12
[[name:JR]] / YP Feedback on Young Fire Fighters Programme. / 28.6.12
[[name:CS]] & [[name:JR]] / Pull together good news story on Young Fire Fighters Scheme. / 28.6.12
[[name:JR]] / Bring back to Board – PACE Beds / 28.6.12

AGENDA

Agenda Item /

Action

Minutes of previous meeting / Accepted as correct.
Matters Arising:
Discussion re: National Standards – currently in process of being reviewed.
Payment by Results is coming now and impacts in many areas.
Budget / [[name:PD]] went through budget papers – looking to overspend by £7,662 due to communications centralisation. Management Board have been sent the projected spend and income for next financial year. We have been given notification of allocation of funding linked to substance misuse which had previously come to the PCT (2009 -10)for Youth Justice – this changed (2010-11) and went directly to YOT but then the ring fencing taken off and it is now (2012-13) to be transferred to the Police Association. Estimated that approximately 12% of budget will go to the New Police and Crime Commissioner (PCC).
""")

# Safeguarding children boards -----------------------------------------------------------

doc("stockton-lscb-2016-04", "board_minutes", "Stockton-on-Tees Local Safeguarding Children Board", "stockton",
    "https://pdfslide.net/documents/stockton-on-tees-local-safeguarding-apols-guests-rhona-bollands-rb-sbc-.html",
    "Minutes from SLSCB Board Meeting: 21st April 2016", r"""
Minutes from SLSCB Board Meeting: 21 st April 2016 1 | Page STOCKTON-ON-TEES LOCAL SAFEGUARDING CHILDREN BOARD (SLSCB) 1. Attendance, Apologies & Governance SLSCB Members Title Representing Other Interests: Stockton-on-Tees or Tees Valley Partner- ships, Boards, Group etc. (Ch. denotes Chair, VCh Vice-Chair) Apols [[name:Dave Pickard]] ([[name:DP]]) LSCB Independent Chair SLSCB LSCB Chair Hartlepool [[name:Pauline Beall]] ([[name:PB]]) Business Manager MALAP (Multi Agency Looked After Part- nership) Stockton VCSE Safeguarding Forum [[name:Leanne Bain]] ([[name:LB]]) Lay Member [[name:Lesley Cooke]] ([[name:LC]]) Lay Member Eastern Ravens Trust Catalyst Apols [[name:Deborah Wray]] ([[name:DW]]) Lay Member Governor Bowesfield Primary School Apols [[name:Jane Humphreys]] ([[name:JH]]) Director of Children's Services Local Authority Health and Wellbeing Board (HWB) HWB Adult Partnership HWB Children’s Partnership SMB Public Protection Safer Stockton Partnership [[name:Peter Kelly]] ([[name:PK]]) Director of Adults and Health Health and Wellbeing Board (HWB) HWB Adult Partnership HWB Children’s Partnership Adult’s Joint HWB Commissioning Group Children’s Joint HWB Commissioning Group Tees Adult Safeguarding Board Safer Stockton Partnership Tees VEMT Strategic Group [[name:Martin Gray]] ([[name:MG]]) Assistant Director - Ear- ly Help, Partnership and Planning HWB Children’s Partnership Children & Young People Health and Well- being Commissioning Group MALAP (Multi Agency Looked After Part- nership) Stockton YOS Management Board [[name:Diane McConnell]] ([[name:DM]]) Assistant Director - Schools and SEN CAF Board Convener of the Safeguarding Forum for Education Settings Tees LSCBs Strategic VEMT Group [[name:Shaun McLurg]] ([[name:SM]]) Assistant Director - Safeguarding and Looked After Children / Chair Tees LSCB’s Procedures Group / Chair SLSCB VEMT Sub-Group Children & Young People Health and Well- being Commissioning Group Spark of Genius Children’s Homes [[name:Jane Edmends]] ([[name:JE]]) Strategic Housing Man- ager Stockton Early Help Partnership Group Housing and Neighbourhood Partnership (Thematic Group) Apols Cllr [[name:Ann McCoy]] ([[name:AM]]) Lead Cabinet
""")

doc("reading-lscb-2017-01", "board_minutes", "Reading Local Safeguarding Children Board", "reading",
    "https://paperzz.com/doc/8431631/here---reading-lscb",
    "MINUTES OF THE READING LOCAL SAFEGUARDING BOARD MEETING 26th January 2017", r"""
MINUTES OF THE READING LOCAL SAFEGUARDING BOARD MEETING 26th January 2017 1.45pm to 4.45pm Council Chamber, Civic Offices, Reading Attended: Member [[name:Fran Gosling-Thomas]] [[name:Richard Blackmore]] [[name:Andy Fitton]] [[name:Jayne Reynolds]] [[name:Grace Fagan]] [[name:Reva Stewart]] [[name:Tricia Pease]] [[name:Anne Farley]] [[name:Becky Herron]] [[name:Sarah Hughes]] Initial [[name:FGT]] [[name:Rachel Dent]] [[name:Emma Kettle]] [[name:Hannah Powell]] [[name:Liz Stead]] [[name:Ashley Robson]] [[name:Bob Kenwick]] [[name:Stan Gilmour]] [[name:Satinder Gautam]] [[name:Kelly Swaffield]] Role Independent LSCB Chair Head of Education, RBC Head of Early Help and Family Intervention, RBC Windsor & Maidenhead Locality, BHFT and Section 11 Panel Chair Service Manager Quality Assurance and Reviewing, RBC Lead for Reading, BHFT Associate Director of Safeguarding, RBH Lay Member CSE Coordinator, RBC and Learning and Development Sub Group Chair Paediatric Consultant in Neurodisability, locality representative to Designated Doctor for Child Protection Abbey School Head Teacher (Independent School) Berkshire Women’s Aid Relationships Officer, Thames Valley Community Rehabilitation Company Head of Safeguarding Children Berkshire West CCGs Head Reading School School Governor Local Area Commander, TVP Head of Children’s Social Care, RBC Head of Transformation and Improvement, RBC Board Support [[name:Esther Blake]] Role LSCB Business Manager Initial [[name:EB]] Members [[name:Anderson Connell]] Role Lay Member Initial [[name:AC]] [[name:Debbie Johnson]] [[name:Kevin Gibbs]] [[name:Gerry Crawford]] [[name:Sarah Gee]] [[name:Ruth Perry]] [[name:Christine Kattirzki]] Cllr [[name:Jan Gavin]] [[name:Kat Jenkin]] [[name:Ann Marie Dodds]] [[name:Debbie Simmons]] Senior Probation Officer, National Probation Service Cafcass Regional Director West, BHFT Head of Housing and Neighbourhood Services, RBC Primary Head Teacher, Caversham Primary Secondary Head Teacher, Kendrick School Lead Member for Children’s Services South Central Ambulance Service Acting Director of Children, education and early Help Services, RBC Nurse Director, Berkshire West CCGs [[name:DJ]] [[name:KG]] [[name:GC]] [[name:SGe]] [[name:RP]] [[name:CK]] [[name:JG]] [[name:KJ]] [[name:AMD]] [[name:DS]] Head of Service, Berkshire CAMHS [[name:LN]] [[name:RB]] [[name:AFi]] [[name:JR]] [[name:GF]] [[name:RS]] [[name:TP]] [[name:AFa]] [[name:BH]] [[name:SH]] [[name:RD]] [[name:EK]] [[name:HP]] [[name:LS]] [[name:AR]] [[name:BK]] [[name:SG]] [[name:SGa]] [[name:KS]]
""")

doc("trafford-scb-2009-06", "board_minutes", "Trafford Safeguarding Children Board", "trafford",
    "http://www.docstoc.com/docs/84293841/Trafford-Children-and-Young-Peoples-Service",
    "TRAFFORD SAFEGUARDING CHILDREN’S BOARD, TUESDAY 9TH JUNE 2009", r"""
Meeting           TRAFFORD SAFEGUARDING CHILDREN’S BOARD               Venue      ROOM 2 SWDC
Date              TUESDAY 9TH JUNE 2009                                Start Time 9.00AM    Finish Time 12.00NOON
Present           [[name:C BAKER-LONGSHAW]],     [[name:R BACKHOUSE]],                   [[name:C BARSON]],         [[name:L CRABTREE]],
                  [[name:G CURZON]],             [[name:L DAVIES]],                      [[name:C FLEMING]],        [[name:D HANLEY]],
                  DR [[name:JOHN]],              [[name:L LLOYD]],                       [[name:K McDONALD]],       [[name:S MUSGRAVE]],
                  [[name:W OWEN]],               [[name:C PRATT]],                        [[name:A RAZZAQ]],        [[name:D ROSS-WAWRZYNSKI]],
                  [[name:E SCROGGIE]],           [[name:M SEED]],                        [[name:M VASIC]],          [[name:F WADDINGTON]],
                  [[name:M WOODHOUSE]]
In Attendance     [[name:S DOHERTY]]
Not Present       [[name:M BOODHOO]],            [[name:P CARROLL]],                      [[name:M FERRY]],                [[name:S WILDING]]

No.                 Item                                                 Action                                     By             By
                                                                                                                    When?       Whom?
1     Apologies                           •   [[name:B Jones]]                                                                              [[name:LC]]
                                          •   [[name:P Davis]]
                                          •   [[name:J George]]
                                          •   [[name:C Stallman]]
                                          •   [[name:M Monkford]]
2     Minutes of the Meeting held on 10   •   The Minutes were approved with the following matters arising:-
      March 2009 [attached] (9.05 a.m.)   •   Website – budget to be set up for 2009-10.
""")

doc("london-scb-2007-07", "board_minutes", "London Safeguarding Children Board", "london-scb",
    "http://www.docsford.com/document/4323906",
    "London Safeguarding Children Board Meeting, 25 July 2007", r"""
London Board meeting


Meeting Title: London Safeguarding Children Board Meeting

    thDate: 25 July 2007

    Time: 1pm 3pm

    Location: London Councils

    Chaired by: [[name:Derek Myers]] (RB Kensington and Chelsea)


    [[name:Derek Myers]] (RB Kensington [[name:Alastair Jeffrey]] (Met Police) [[name:Hannah Miller]] (Croydon LSCB) and Chelsea)

    [[name:Christine Christie]] (London [[name:Sue Wilkinson]] (Met Police) [[name:Paul Robinson]] (LB Board) Wandsworth)

    [[name:Ian Dean]] (London Board) [[name:John Anthony]] (Youth Justice [[name:Hilary McCollum]] (London

    Board) Councils)

    [[name:Briony Ladbury]] (Croydon PCT) [[name:Malcolm Jenkin]] (London [[name:Helen Johnston]] (London

    Probation) Councils)

    [[name:Sally Jones]] (Greenwich PCT) [[name:Safron Rose]] (NSPCC) [[name:Vivienne Bartlett]] (GOL) Apologies:

    [[name:Jennifer Izekor]] (GOL) [[name:Andrew Fraser]] (Enfield LSCB) [[name:Elizabeth Coe]] (CAFCASS) [[name:Delroy Pomell]] (Barnardos) [[name:Andrew Ireland]] (Havering [[name:Rob Jarman]] (Met Police)


    [[name:David Archibald]] (Ealing LSCB) [[name:Dave Hill]] (Merton LSCB)

    Points of discussion

    1) Introductions and apologies

    ; The London Board noted the above apologies.


    2) SCD5 Strategic Assessment

    ; Presentation delivered by [[name:Alison Brown]], SCD5 Higher Intelligence Analyst.

    - Following the presentation, [[name:SW]] pointed out that the homicide rate outlined has

    actually doubled over the past year (from 6 cases to 11 cases).

     Printed: 23/06/11 Page 1

     London Board meeting


    - [[name:HM]] asked if the age of the mother has been analysed with respect to SUDIs. [[name:Alison]]

    [[name:Brown]] said that this has been looked at in depth, and there is no higher incidence of

    SUDIs amongst teenage mothers.

    ; [[name:AJ]] reported that SCD5 are keen for greater engagement with other agencies, and particularly

    the London Board, when compiling their next intelligence report, to ensure that key issues for
""")

doc("stockton-cabinet-2010-10", "council_minutes", "Stockton-on-Tees Borough Council", "stockton",
    "http://egenda.stockton.gov.uk/aksstockton/users/public/admin/kab12.pl?cmte=CAB&meet=74&arc=71",
    "Stockton-on-Tees Borough Council, Cabinet Minutes, Thursday, 28th October, 2010", r"""
Stockton-on-Tees Borough Council

Big plans, bright future

Cabinet Minutes

Thursday, 28th October, 2010
Lecture Theatre, Stockton Central Library, Church Road, Stockton-on-Tees, TS18 1TU
Please note: all Minutes are subject to approval at the next Meeting

Attendance Details

Cllr [[name:Ken Lupton]](Chairman), Cllr [[name:Jim Beall]], Cllr Mrs [[name:Jennie Beaumont]], Cllr [[name:David Coleman]], Cllr [[name:Robert Cook]], Cllr [[name:Terry Laing]], Cllr [[name:Steve Nelson]] and Cllr Mrs [[name:Mary Womphrey]]
[[name:N Schneider]] (CEO); [[name:P. Saunders]], [[name:L. King]], [[name:S. Reay]] (R); [[name:P. Dobson]], [[name:J. McCann]], [[name:C. Willows]] (DNS); [[name:J. Humphreys]], [[name:S. McLurg]], [[name:L. Hanley]], [[name:S. Willson]] (CESC); [[name:D. Bond]] and [[name:N. Hart]] (LD)
In Attendance:
Cllr Mrs [[name:Ann Cains]], Cllr [[name:Dick Cains]], [[name:L. Robinson]], [[name:L. Middleton]], [[name:P. Cox]] (Care Quality Commission)
Apologies for absence:
Cllr Mrs [[name:Ann McCoy]],
Item Description Decision
The minutes of the meetings held on 30 September 2010 and 14 October 2010 were signed by the Chairman.
Cabinet Decision Record D100113

1. the content of the Inspection report be noted

2. the Action Plan be approved for implementation.
Cabinet Decision Record D100114
RESOLVED that the Ofsted inspection of Safeguarding and Looked After Children Services be received and the outcome be noted.
Cabinet Decision Record D100122
RESOLVED that appointments be made to the vacant Governorships subject to successful List 99 check and Personal Disclosure, as follows:-

Harewood Primary School - PC [[name:J Spring]]
Oxbridge Lane Primary School - [[name:James Darton]]
St Joseph's Norton - [[name:Carl Bainbridge]]
St Therese of Lisieux RC PS - Cllr Mrs [[name:I Machin]]
Cabinet Decision Record D100115
""")

# Inspectorate letters and reports ---------------------------------------------------------

doc("hmip-sqs-letter-2012", "inspection_letter", "HM Inspectorate of Probation", "hmip",
    "http://spotidoc.com/doc/52917/hm-inspectorate-of-probation-6-floor--south-wing-trafford.",
    "HM Inspectorate of Probation, letter of 11th October 2012: Arrangements for the Inspection of Youth Offending Work - Short Quality Screening (SQS)", r"""
HM Inspectorate of Probation 6 Floor, South Wing Trafford House

HM Inspectorate of Probation
6th Floor, South Wing
Trafford House
Chester Road
M32 0RS
Independent inspection of
adult and youth offending work
Tel: 0161 869 1300
Fax: 0161 869 1350
Mobile: [[phone:07973 384751]]
Email: [email protected]
11th October 2012
Dear Colleague,
Arrangements for the Inspection of Youth Offending Work –
Short Quality Screening (SQS)
This is an update on developments since I last wrote to you in July. We have
now piloted our Short Quality Screening inspection (SQS) and this letter
outlines how we will proceed with these in the future.
The SQS visits are part of our programme of inspections of youth justice
coupled with the handful of Full Joint Inspections outlined previously. We will
undertake 20-30 SQS per year, choosing areas on a random basis to reflect a
range of performance.
On Friday 19th October, the inspection documents relating to the SQS will be
placed on our website ( so
that you can access them. Documents will include the Criteria with a
Guidance Framework which includes detailed information about how the
SQS will be conducted.
Any YOT subject to an SQS will receive two weeks notice of our intention to
inspect. This letter briefly alerts you to the actions that you would find helpful
to have in place if you are selected for one of these visits.
The first visits will take place on week commencing 5th November and will
continue throughout the year, sometimes two a week during our inspection
periods which exclude bank holiday weeks.
The visit will focus on the assessment of cases, through examination of the
case files and interviews with the case managers. We are retaining this
methodology as we think (and you thought), that it was a good basis on
which to assess practice. The number of cases will vary according to the
throughput in your area - those who have been supervised, post court, for at
least four weeks prior to the announcement of the inspection.
""")

doc("hmip-annual-report-2019-20", "inspection_report", "HM Inspectorate of Probation", "hmip",
    "https://docslib.org/doc/8469736/annual-report-inspection-of-youth-offending-services-2019-2020",
    "Annual report: inspection of youth offending services (2019-2020)", r"""
Annual report: inspection of youth offending services (2019-2020)

Annual report: inspection of youth offending services (2019-2020) 1

NOVEMBER 2020 Contents

Chief Inspector’s introductory overview ...... 4 Contextual facts ...... 9 Our youth inspections 2019-2020 ...... 10 Inspection ratings 2019-2020 ...... 11 The big picture ...... 12 The needs of children in the youth justice system ...... 14 Covid-19 ...... 22 Pre-Covid-19 inspection findings ...... 24 Out-of-court disposals ...... 33 Annexe 1: Case data splits ...... 39 Annexe 2: Description of a Youth Offending Team ...... 44 Annexe 3: Description of youth inspection methodology ...... 45 Annexe 4: Ratings table for inspections 2018-19 and 2019-20 ...... 48

Annual report: inspection of youth offending services (2019-2020) 2

This report is based on the aggregated findings of our inspections of Youth Offending Teams conducted and provided by the youth inspection team, led by [[name:Alan MacDonald]] and supported by a team of operations, research, communications and corporate staff. The director responsible for this report is Dr [[name:Louise Falshaw]]. We would like to thank all those who participated in any way in the inspections on which this report is based. Without their help and cooperation, the inspections, and this report, would not have been possible. Please note that throughout the report the names in the practice examples have been changed to protect the individual’s identity.

© Crown copyright 2020 You may re-use this information (excluding logos) free of charge in any format or medium, under the terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-government-licence or email [email protected]. Where we have identified any third party copyright information, you will need to obtain permission from the copyright holders concerned. This publication is available for download at: www.justiceinspectorates.gov.uk/hmiprobation
""")

doc("hmip-resettlement-thematic-2015", "inspection_report", "HM Inspectorate of Probation", "hmip",
    "https://slidelegend.com/joint-thematic-inspection-of-resettlement-services-to-children-by-cqc_59d340221723dd81597f7f8b.html",
    "Joint thematic inspection of resettlement services to children by Youth Offending Teams and partner agencies (March 2015)", r"""
March 2015 Joint thematic inspection of resettlement services to children by Youth Offending Teams and partner agencies

1

Joint thematic inspection of resettlement services to children by Youth Offending Teams and partner agencies An Inspection by HM Inspectorate of Probation Published March 2015

© Crown copyright 2015 You may re-use this information (excluding logos) free of charge in any format or medium, under the terms of the Open Government Licence. To view this licence, visit www.nationalarchives.gov.uk/doc/open-government-licence or email [email protected]. Where we have identified any third-party copyright information, you will need to obtain permission from the copyright holders concerned. This publication is available for download at: www.justiceinspectorates.gov.uk/hmiprobation Published by: Her Majesty’s Inspectorate of Probation 1st Floor Civil Justice Centre 1 Bridge Street West Manchester M3 3FX

2

Joint thematic inspection of resettlement services to children by Youth Offending Teams and partner agencies

Acknowledgements We would like to thank all those who took part in this inspection; without their cooperation the inspection would not have been possible. We would like, in particular, to thank the staff and managers of the Young Offender Institutions, the Secure Training Centres and the Youth Offending Teams visited.

Lead Inspector

[[name:Jane Attwood]], HMI Probation

Inspection Team

[[name:Colin Barnes]], HMI Probation [[name:Neal Hazel]], HMI Probation [[name:Fergus Currie]], Care Quality Commission [[name:Jan Fooks–Bale]], Care Quality Commission
""")

# FOI: ICO decision notices, tribunal, requests ---------------------------------------------

doc("ico-fer0449366-waltham-forest", "ico_decision_notice", "Information Commissioner's Office", "ico",
    "https://docslib.org/doc/8640744/environmental-information-regulations-2004-eir-decision-notice",
    "Environmental Information Regulations 2004 (EIR) Decision notice, Reference: FER0449366", r"""
Reference: [[case_id:FER0449366]]

Environmental Information Regulations 2004 (EIR) Decision notice

Date: 27 September 2012

Public Authority: Borough of Waltham Forest Address: Town Hall Forest Road E17 4JF

Complainant: [[name:Barry Clegg]] Address: [email protected]

Decision (including any steps ordered)

1. The complainant has requested a copy of a viability assessment submitted in support of a proposal for the redevelopment of the Walthamstow Greyhound Stadium site.

2. London Borough of Waltham Forest (the “council”) confirmed that the information was held but refused the request under the exceptions relating to internal communications and the confidentiality of commercial or industrial information. During the course of the Commissioner’s investigation the council disclosed a redacted version of the viability assessment. It confirmed that the redacted information was being withheld under the exception relating to the course of justice.

3. The Commissioner’s decision is that the council has failed to demonstrate that the withheld information engages the exceptions relating to the course of justice and the confidentiality of commercial or industrial information.

4. The Commissioner requires the public authority to take the following steps to ensure compliance with the legislation.

 Disclose to the complainant an unredacted version of the viability assessment.

5. The public authority must take these steps within 35 calendar days of the date of this decision notice. Failure to comply may result in the

1 Reference: [[case_id:FER0449366]]

Commissioner making written certification of this fact to the High Court pursuant to section 54 of the Act and may be dealt with as a contempt of court.

Background

6. The request relates to proposals by a housing association, London and Quadrant (“L&Q”), to develop the land occupied by Walthamstow Greyhound Stadium.
""")

doc("ico-dn-middlesbrough-2010", "ico_decision_notice", "Information Commissioner's Office", "ico",
    "http://lawsdocbox.com/Legal_Issues/102181684-Freedom-of-information-act-2000-section-50-decision-notice.html",
    "Freedom of Information Act 2000 (Section 50) Decision Notice, 9 December 2010, Middlesbrough Council", r"""
1 Freedom of Information Act 2000 (Section 50) Decision Notice Date: 9 December 2010 Public Authority: Middlesbrough Council Address: PO Box 99 Town Hall Middlesbrough TS1 2QQ Summary The complainant requested information about statistics relating to the Onestop service operated by Middlesbrough Council ( the Council ) for its Elected Members through which they are able to submit enquiries and requests to the Council. The Council refused to disclose the information by virtue of sections 36(2)(c) and 40(2) of the Act. The Commissioner has investigated and found that sections 36(2)(c) and 40(2) are not engaged and accordingly has ordered release of the information. The Commissioner s Role 1. The Commissioner s duty is to decide whether a request for information made to a public authority has been dealt with in accordance with the requirements of Part 1 of the Freedom of Information Act 2000 (the Act ). This Notice sets out his decision. Background 2. The request in this case relates to statistics on the use of the Council s Onestop service. The Council has advised that its Onestop service was introduced in 2001 and is an internal, electronic constituency casework and information service which was set up for Elected Members to help them manage their information and constituency and casework needs. 1

2 3. The Council advised that the Onestop service has a dual function in that it allows Councillors to submit enquiries to one central point in order that they can be allocated to the most appropriate department/officer. It also allows the Council to monitor requests within each service area for political sensitivity and to ensure that they are dealt with and responded to appropriately.
""")

doc("ftt-grc-tilson-2024", "tribunal_decision", "First-tier Tribunal (General Regulatory Chamber)", "ftt-grc",
    "https://caselaw.nationalarchives.gov.uk/ukftt/grc/2024/529",
    "Peter Tilson v The Information Commissioner [2024] UKFTT 529 (GRC)", r"""
[[name:Peter Tilson]] v The Information Commissioner

[2024] UKFTT 529 (GRC)

Neutral citation number: [2024] UKFTT 00529 (GRC)

Case Reference: [[case_id:EA/2023/0525]]

First-tier Tribunal
(General Regulatory Chamber)

Information Rights

Decided without a hearing

Determined, by consent, on written evidence and submissions.

Considered on the papers on 30 May 2024

Decision given on: 21 June 2024

Before

JUDGE RECORDER [[name:CRAGG]] KC (sitting as judge of the FTT)

MEMBER [[name:ROSALIND TATAM]]

MEMBER DR [[name:PHEBE MANN]]

Between

[[name:PETER TILSON]]

Appellant

and

THE INFORMATION COMMISSIONER

Respondent(s)

Decision: The appeal is Dismissed

Substituted Decision Notice: No substituted decision notice.

REASONS

MODE OF HEARING AND PRELIMINARY MATTERS

1.

The parties and the Tribunal agreed that this matter was suitable for determination on the papers in accordance with rule 32 Chamber’s Procedure Rules.

2.

The Tribunal considered an open bundle of 49 pages.

BACKGROUND

3.

On 25 August 2023 the Appellant requested the name of a Council officer from the Local Government Social Care Ombudsman (LGSCO) who refused to provide the requested information, citing section 40(2) (personal information) of FOIA. The request relates to a complaint that the Appellant made to the LGSCO.

4.

The request to the LGSCO was as follows:-

1.

Further to my earlier communication can you in accordance with EIR/FOI/GDPR send me a copy of the date stamped report and the communication that accompanied it when sent to the Council by the Inspector.

2.

I request a copy of all related correspondence between the Council and the LGO which go to identifying the source of the document.
""")

doc("wdtk-ico-cdu-request", "foi_request", "WhatDoTheyKnow (mySociety)", "whatdotheyknow",
    "https://www.whatdotheyknow.com/request/civil_disclosure_unit_north_york",
    "Civil Disclosure Unit: North Yorkshire Police and North Yorkshire PCC (FOI request to the Information Commissioner's Office)", r"""
Civil Disclosure Unit: North Yorkshire Police and North Yorkshire PCC

[[name:Neil Wilby]] made this Freedom of Information request to Information Commissioner's Office

This request has been closed to new correspondence from the public body. Contact us if you think it ought be re-opened.

The request was successful.

Dear Information Commissioner’s Office (ICO),

This is a request for information by way of s1 of the Freedom of Information Act, 2000.

It concerns that performance monitoring of two data controllers (DC's):

a. The Chief Constable of North Yorkshire Police and

b. Police and Crime Commissioner for North Yorkshire and York

It is public knowledge that both DC's share resource by way of their Civil Disclosure Unit (CDU). For the purposes of this request it would be preferable if the finalisation could seperate the information concerning the DC's.

If s12 is likely to be engaged then collective information would be acceptable.

The relevant time frame is 1st April 2015 until 30th June, 2017 and the specific information requests are as follows:

1. Dates of any informal visits or meetings held with the DC's by the Information Commissioner or her representatives.

2. Copies of the notes taken at those meetings and either way follow-up correspondence.

3. Copies of any audits of business processes carried out concerning the DC's

4. Copies of ICO internal correspondence where the subject is either of the two DC's where the subject amtter of the emails is a pattern of concerns.

5. Copies of any advice given to the DC's or requests for an action plan from the Dc's

6. Copies of any concerns held about the DC's held for the purpose of informing future regulatory concerns.

7. How many data breaches have been self-reported to the ICO and copies thereof.

8. Copies of any feedback provided to the ICO by the DC's concerning the performance of the ICO (what is done well, need to put right, improve etc).

Yours faithfully,

[[name:Neil Wilby]]
Investigative journalist
""")

doc("met-police-foi-kcpo-2023", "foi_response", "Metropolitan Police Service", "met-police",
    "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/april-2023/knife-crime-prevention-orders-september2021-january2023/",
    "Freedom of information request reference no: 01.FOI.22.027809 (Knife Crime Prevention Orders)", r"""
Freedom of information request reference no: 01.FOI.22.027809
I note you seek access to the following information:
1. Please could you provide me with the total number of issued Knife Crime Prevention Orders (KCPOs) broken down by month and year? Please further break the monthly figures down by age, gender and ethnicity. If possible, I would like the age, gender and ethnicity for each individual rather than as a monthly whole. The data would therefore look like November 2022, five KCPOs issued to: Asian male 18, Black male 19, White male 19, Arabic female 20, White female 21.
2. Please also provide me with the criteria attached to each KCPO. Ideally, I'd like to know the criteria for each order e.g. "excluded from Tower Hamlets for one year" or, if you need to make redactions, "excluded from redacted London borough for one year". I would prefer the criteria to be attached to each individual's age, gender and ethnicity breakdown e.g. White male 19, excluded from Tower Hamlets for one year.
""")

# Ombudsman decisions ------------------------------------------------------------------------

doc("lgsco-22-010-680-wirral", "ombudsman_decision", "Local Government and Social Care Ombudsman", "lgsco",
    "https://www.lgo.org.uk/decisions/adult-care-services/residential-care/22-010-680",
    "Wirral Metropolitan Borough Council (22 010 680)", r"""
Wirral Metropolitan Borough Council ([[case_id:22 010 680]])
The Ombudsman's final decision:
Summary: Ms [[name:B]] complained the Council did not help to facilitate a move for her mother, Mrs [[name:C]], from a residential care home back to her family home. We find the Council at fault for failing to ensure Mrs [[name:C]]’s stay at the care home was subject to authorisation under the Deprivation of Liberty safeguards. There were also failings in its communications; in some of the care Mrs [[name:C]] received at the care home and in its complaint handling. These faults caused Ms [[name:B]] distress. The Council accepts these findings. At the end of this statement, we set out action it has agreed to take remedy that injustice and improve its services.
The complaint
- I have called the complainant ‘Ms [[name:B]]’. She complains the Council failed to help facilitate a move for her mother (whom I have called Mrs [[name:C]]) from a residential care home, back to her family home, before her death in April 2021. Linked to this complaint, Ms [[name:B]] says the Council failed for 15 months to authorise Ms [[name:B]]’s stay in the care home under the Deprivation of Liberty safeguards. Also, that it failed to undertake proper best interest decision making and did not properly explain the law to her around these matters. The residential care home referred to in this decision statement is the [[placement:Hillgrove Residential Home]] (‘the care home’) managed by Mayflower Care Homes Limited (‘the Care Provider’).
- Ms [[name:B]] believes that had the Council facilitated Mrs [[name:C]]’s move back to the family home she would have lived longer. Ms [[name:B]] says she would have ensured Mrs [[name:C]] received prompt medical attention during the weeks she was unwell before her death and would have noticed if she had not been drinking enough fluids. Ms [[name:B]] could not visit Mrs [[name:C]] in person due to restrictions on visiting resulting from the COVID-19 pandemic. Ms [[name:B]] says she has suffered distress because of the Council’s actions in this case and she wants it to learn lessons.
""")

doc("lgsco-21-008-070-essex", "ombudsman_decision", "Local Government and Social Care Ombudsman", "lgsco",
    "https://www.lgo.org.uk/decisions/adult-care-services/assessment-and-care-plan/21-008-070",
    "Essex County Council (21 008 070)", r"""
Essex County Council ([[case_id:21 008 070]])

Category : Adult care services > Assessment and care plan

Decision : Upheld

Decision date : 09 Oct 2022

The Ombudsman's final decision:

Summary: Mr [[name:L]] complained about the way the Council supported his son, Mr [[name:X]]’s care needs. Mr [[name:L]] said the Council failed to meet Mr [[name:X]]’s care needs and failed to meet his, and his wife’s needs as carers. The Council delayed in assessing the care and support needs and failed to provide supported living when Mr and Mrs [[name:L]] said they could no longer care for Mr [[name:X]]. The Council agreed to arrange appropriate alternative accommodation for Mr [[name:X]]. It agreed to pay Mr [[name:X]] £500, and Mr and Mrs [[name:L]] £3,000 to recognise the distress and additional strain caused to them over a prolonged period as a result of the faults.

The complaint

  1. Mr [[name:L]] complained about the way the Council supported his son, Mr [[name:X]]’s, care needs. Mr [[name:L]] complained the Council:
    • failed to act in a timely way to ensure Mr [[name:X]]’s care needs were met;
    • failed to ensure his and his wife’s needs as Mr [[name:X]]’s carers were met; and
    • delayed in responding to his complaints about the matter.
  2. Mr [[name:L]] stated this caused Mr [[name:X]] anxiety, and avoidable distress to both Mr and Mrs [[name:L]] and Mr [[name:X]].

Back to top

What I have investigated

  1. Mr [[name:L]] complained about events that began in 2019. Mr [[name:L]] was in constant contact with the Council from 2019 until the date of this decision to resolve the problem. During that time Mr [[name:L]] was admitted to hospital. There are good reasons why Mr [[name:L]] did not complain to us sooner, therefore I investigated the Council’s actions from 2019 until March 2022 when it issued its final decision.
""")

# Court judgments ----------------------------------------------------------------------------

doc("ewfc-2020-b72-west-london", "judgment", "Family Court at West London", "family-court-west-london",
    "https://www.bailii.org/cgi-bin/format.cgi?doc=/ew/cases/EWFC/OJ/2020/B72.html&query=(Sarah)+AND+(Branson)",
    "A Child (Welfare decision following finding of NAI), Re [2020] EWFC B72 (18 September 2020)", r"""
Case No: [[case_id:ZW19C00430]]

IN THE FAMILY COURT AT WEST LONDON
IN THE MATTER OF THE CHILDREN ACT 1989

18 September 2020

B e f o r e :

HIS HONOUR JUDGE [[name:WILLANS]]
____________________

Between:
THE LONDON BOROUGH OF X
Applicant
- and -

The Mother
The Father
The Children
(acting by their Children's Guardian)
Respondents

____________________

Mr [[name:Oliver Millington]] (instructed by the Legal Department) for the Applicant
Ms [[name:Sarah Branson]] (instructed by Burke Niazi) for the First Respondent
Ms [[name:Danielle Lewis]] (instructed by Wilsons Solicitors LLP) for the Second Respondent
Mr [[name:Gordon Reed]] (instructed by Sternberg Reed) for the Third and Fourth Respondents
Hearing dates: 14-18 September 2020

____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

    His Honour Judge [[name:Willans]]:

    Introduction

  1. On 7 August 2020 I handed down judgment following an 11-day fact finding hearing concerning the children subject to this application. By reason of that judgment the proceedings continued to a welfare hearing conducted before me on 14-18 September 2020.
  2. It is my intention to publish this judgment pursuant to the transparency principles governing such public law proceedings. The parties are understandably concerned to avoid the inadvertent breaching of anonymity in a case which has some factually unusual circumstances which might otherwise permit 'jigsaw identification'. I recognise these concerns but remain of the view that publication is in the public interest.
""")

doc("ewfc-2020-b74-west-london", "judgment", "Family Court at West London", "family-court-west-london",
    "https://149725.o7eteavr.asia/ew/cases/EWFC/OJ/2020/B74.html",
    "M, E & P (Children (Interim Change of Residence), Re [2020] EWFC B74 (13 December 2020)", r"""
Case No: [[case_id:ZW19P01392]]

IN THE FAMILY COURT AT WEST LONDON

West London Family Court,
Gloucester House, 4 Dukes Green Avenue
Feltham, TW14 0LR
13/12/2020

B e f o r e :

HIS HONOUR JUDGE [[name:WILLANS]]
____________________

Between:
FATHER
Applicant

- and –


MOTHER
Respondents

(2-4) [[name:M]], [[name:E]] and [[name:P]]
(through their NYAS caseworker)

____________________

Ms [[name:Helen Jefferson]] (instructed by Joyti Henchie) for the Applicant
Ms [[name:Naomi Wiseman]] (instructed by D&G Family Law) for the First Respondent
Mr [[name:Richard Beddoe]] (instructed by NYAS) for the Second to Fourth Respondents
Hearing dates: 25-26 November 2020

____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

    His Honour Judge [[name:Willans]] :

    Introduction

  1. In this judgment I will refer to the parties by reference to their roles as mother and father and to the children by their initials, [[name:M]], [[name:E]] and [[name:P]]. No discourtesy is intended.
  2. In this interim application the father seeks for the younger children, [[name:E]] and [[name:P]], to be transferred to his sole residence with immediate effect so that an instructed therapist can carry out a plan of reunification.
""")

doc("ewfc-2025-126-theis", "judgment", "Family Court sitting at the Royal Courts of Justice (High Court judges)", "family-court-rcj",
    "https://beta.bailii.org/ew/cases/EWFC/HCJ/2025/126.html",
    "A LA v X & Y and Ors (No 4: Welfare and Reporting of Judgments) [2025] EWFC 126 (09 May 2025)", r"""
This judgment was delivered in private. The judge has given leave for this version of the judgment to be published. The anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.

Neutral Citation Number: [2025] EWFC 126

Case No: [[case_id:[XX]24C00011]]

IN THE FAMILY COURT

SITTING AT THE ROYAL COURTS OF JUSTICE

Royal Courts of Justice

Strand, London, WC2A 2LL

Date: 9 May 2025



Before:



MRS JUSTICE [[name:THEIS]] DBE

- - - - - - - - - - - - - - - - - - - - -

   Between:





A Local Authority

Applicant





- and -





(1)    [[name:X]]



(2)    [[name:Y]]

Respondents







(3)    [[name:B]] (4) [[name:C]] (by their Children's Guardian, [[name:Faye Robertson]])





- and -





[[name:A]]

Intervenor



- - - - - - - - - - - - - - - - - - - - -



[[name:Mark Twomey]] KC and [[name:William Dean]] (instructed by Hugh James) for the Applicant

[[name:Richard Jones]] KC and [[name:Jonathan Adler]] (instructed by Brethertons LLP) for the First Respondent

[[name:Jonathan Sampson]] KC and [[name:Victoria Flowers]] (instructed by MSB Solicitors) for the Second Respondent

[[name:Jo Delahunty]] KC, [[name:Fiona Holloran]] and [[name:James Nottage]] (instructed by Lord, Cox and Salt Solicitors) for the Third and Fourth Respondents

[[name:Sam King]] KC and [[name:Callum Brook]] (instructed by Hogans Solicitors) for the Intervenor
""")

doc("rbwm-v-m-2025-ewfc-132", "judgment", "Family Court at Slough", "family-court-slough",
    "http://beta.bailii.org/ew/cases/EWFC/OJ/2025/132.html",
    "Royal Borough of Windsor and Maidenhead v M & Ors [2025] EWFC 132 (B) (07 March 2025)", r"""
Royal Borough of Windsor and Maidenhead v [[name:M]] & Ors [2025] EWFC 132 (B) (07 March 2025)
URL: http://www.bailii.org/ew/cases/EWFC/OJ/2025/132.html
Cite as:
[2025] EWFC 132 (B)
[
New search]
[
Printable PDF version]
[
Help]
This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.
|
|
Neutral Citation Number: [2025] EWFC 132 (B) |
|
|
Case No: [[case_id:RG24C50047]] |
IN THE SLOUGH FAMILY COURT
|
|
Courtroom No. 1 The Law Courts Windsor Road Slough SL1 2HE
|
|
|
7th March 2025 |
B e f o r e :
HIS HONOUR JUDGE [[name:RICHARD CASE]]
____________________
|
ROYAL BOROUGH OF WINDSOR AND MAIDENHEAD
|
|
|
- and -
|
|
|
[[name:M]], [[name:FA]] AND [[name:FC]]
|
|
____________________
Transcript of a recording by Acolad UK Ltd
291-299 Borough High Street, London SE1 1JG
Tel: 020 7269 0370
legal@ubiqus.com
____________________
MS [[name:DAMAJ]] appeared on behalf of the Applicant
MS [[name:HARRILL]] appeared on behalf of the Respondent Mother
NO APPEARANCE by or on behalf of the Second Respondent Father
MR [[name:KHARAUD]] appeared on behalf of the Third Respondent Father
MR [[name:DARLOW]] appears on behalf of the children through their Guardian
____________________
HTML VERSION OF JUDGMENT
____________________
Crown Copyright ©
HHJ [[name:RICHARD CASE]]:
- I am concerned with three children.
""")

doc("ewca-crim-2021-960-r-v-s", "judgment", "Court of Appeal (Criminal Division)", "court-of-appeal-criminal",
    "https://caselaw.nationalarchives.gov.uk/ewca/crim/2021/960",
    "S, R. v [2021] EWCA Crim 960 (17 June 2021)", r"""
WARNING: reporting restrictions may apply to the contents transcribed in this document, particularly if the case concerned a sexual offence or involved a child. Reporting restrictions prohibit the publication of the applicable information to the public or any section of the public, in writing, in a broadcast or by means of the internet, including social media. Anyone who receives a copy of this transcript is responsible in law for making sure that applicable restrictions are not breached. A person who breaches a reporting restriction is liable to a fine and/or imprisonment. For guidance on whether reporting restrictions apply, and to what information, ask at the court office or take legal advice. |
This Transcript is Crown Copyright. It may not be reproduced in whole or in part other than in accordance with relevant licence or with the express consent of the Authority. All rights are reserved. |
IN THE COURT OF APPEAL CRIMINAL DIVISION CASE NO [[case_id:202100946/A3]] NCN [2021] EWCA Crim 960 |
Royal Courts of Justice
Strand
London
WC2A 2LL
THE VICE PRESIDENT OF THE COURT OF APPEAL CRIMINAL DIVISION
LORD JUSTICE [[name:FULFORD]]
MRS JUSTICE [[name:EADY]] DBE
MRS JUSTICE [[name:STACEY]] DBE
REGINA
-v-
[[name:S]]
__________
Computer Aided Transcript of Epiq Europe Ltd,
Lower Ground, 18-22 Furnival Street, London EC4A 1JS
Tel No: 020 7404 1400; Email: rcj@epiqglobal.co.uk (Official Shorthand Writers to the Court)
_________
MISS [[name:D AMANING]] appeared on behalf of the Appellant
MR [[name:I FOINETTE]] appeared on behalf of the Crown
_________
J U D G M E N T
MRS JUSTICE [[name:EADY]]:
Introduction
The provisions of section 45 of the Youth Justice and Criminal Evidence Act 1999 are engaged in this case as the appellant was aged [[age:17]] at the time of the proceedings below and a reporting restriction order was made by the Medway Magistrates’ Court on 29 September 2020.
""")

doc("ewca-crim-2021-166-vt", "judgment", "Court of Appeal (Criminal Division)", "court-of-appeal-criminal",
    "https://caselaw.nationalarchives.gov.uk/ewca/crim/2021/166",
    "Reference by the Attorney General, Regina v \"VT\" [2021] EWCA Crim 166", r"""
Royal Courts of Justice
Strand
London
WC2A 2LL
LORD JUSTICE [[name:HOLROYDE]] MR JUSTICE [[name:LAVENDER]] HIS HONOUR JUDGE [[name:LODDER]] QC (Sitting as a Judge of the CACD)
REFERENCE BY THE ATTORNEY GENERAL UNDER S.36 CRIMINAL JUSTICE ACT 1988
REGINA
V
“[[name:VT]]”
Computer Aided Transcript of Epiq Europe Ltd,
Lower Ground, 18-22 Furnival Street, London EC4A 1JS
Tel No: 020 7404 1400; Email: rcj@epiqglobal.co.uk (Official Shorthand Writers to the Court) MR [[name:J SMITH]] appeared on behalf of the Attorney General.
MR [[name:J HARRISON]] appeared on behalf of the Offender.
J U D G M E N T
LORD JUSTICE [[name:HOLROYDE]]: This case relates to a youth who was aged [[age:15]] at the time of his offence, and is now aged [[age:17]]. The provisions of section 45 of the Youth Justice and Criminal Evidence Act 1999 are engaged and we are satisfied that his welfare outweighs the strong public interest in open justice.
""")

doc("ewhc-qb-2016-2047-dpp-v-stratford-yc", "judgment", "High Court (Queen's Bench Division, Divisional Court)", "high-court-qbd",
    "https://caselaw.nationalarchives.gov.uk/ewhc/qb/2016/2047",
    "Director of Public Prosecutions, R (on the application of) v Stratford Youth Court (Rev 1) [2016] EWHC 2047 (QB)", r"""
Director of Public Prosecutions, R (on the application of) v Stratford Youth Court (Rev 1)

[2016] EWHC 2047 (QB)

[[case_id:CO/1314/2016]]

Neural Citation Number [2016] EWHC 2047 (QB)

IN THE HIGH COURT OF JUSTICE
QUEEN'S BENCH DIVISION
DIVISIONAL COURT

Royal Courts of Justice

Strand

London WC2A 2LL

Tuesday, 19 July 2016

B e f o r e:

SIR [[name:BRIAN LEVESON]] PQBD

MR JUSTICE [[name:SINGH]]

Between:

THE QUEEN ON THE APPLICATION OF DIRECTOR OF PUBLIC PROSECUTIONS

Claimant

v

STRATFORD YOUTH COURT

Defendant

[[name:C]]

Interested Party

Computer‑Aided Transcript of the Stenograph Notes of

WordWave International Limited

Trading as DTI

8th Floor, 165 Fleet Street, London EC4A 2DY

Tel No: 020 7404 1400 Fax No: 020 7404 1424

(Official Shorthand Writers to the Court)

Mr [[name:M Weekes]] (instructed by the Crown Prosecution Service) appeared on behalf of the Claimant

The Defendant did not attend and was not represented

Mr [[name:N Grubeck]] (instructed by Emery Halil & Brown Solicitors) appeared on behalf of the Interested Party

J U D G M E N T (Revised 30/11/2016)

1.

SIR [[name:BRIAN LEVESON]] P: On 18 February 2016 in the Stratford Youth Court, the interested party [[name:C]], who was born on [[date_of_birth:12 October 1998]], fell to be sentenced for two offences, namely robbery contrary to section 8 of the Theft Act 1968, and threatening another with a knife, contrary to section 139AA of the Criminal Justice Act 1988. The Youth Court imposed a referral order, the terms of which were that [[name:C]] should be subject to the order for 12 months. The panel imposed a curfew for 9 months from 10:00pm to 6.00am. He was also required to pay compensation of £250.
""")

doc("echr-codona-v-uk-485-05", "judgment", "European Court of Human Rights", "echr",
    "http://echr.ketse.com/doc/485.05-en-20060207/view/",
    "Codona v. the United Kingdom, decision as to the admissibility of Application no. 485/05", r"""
FOURTH SECTION

DECISION

AS TO THE ADMISSIBILITY OF

Application no. [[case_id:485/05]]
by [[name:Leanne CODONA]]
against the United Kingdom

The European Court of Human Rights (Fourth Section), sitting on 7 February 2006 as a Chamber composed of:

Mr [[name:J. Casadevall]], President
 Sir [[name:Nicolas Bratza]]
 Mr [[name:G. Bonello]]
 Mr [[name:M. Pellonpää]]
 Mr [[name:L. Garlicki]]
 Mr [[name:J. Borrego Borrego]],
 Ms [[name:L. Mijović]], judges
and Mr [[name:M. O’Boyle]], Section Registrar,

Having regard to the above application lodged on 22 December 2004,

Having deliberated, decides as follows:

THE FACTS

The applicant, Mrs [[name:Leanne Codona]], is a British national who was born in [[date_of_birth:1982]] and lives near Fenstanton, Cambridgeshire. She is represented before the Court by [[name:Christopher Johnson]], a lawyer practising in Birmingham.

A.  The circumstances of the case

The facts of the case, as submitted by the applicant, may be summarised as follows.

The applicant is a gypsy. She lived with her young son and other members of her extended family in caravans on what has become known as [[address:Plot 7 Woodside Caravan Park]] at Hatch, near Sandy in Bedfordshire (‘the Site’). Mid-Bedfordshire District Council (‘the Council’) was responsible for planning control in relation to the Site and was also the responsible housing authority.

The applicant moved with other gypsies onto the Site with their caravans in mid-1997, in breach of planning control. Over time, the Site became divided into 27 plots. The Council first learned in early August 1997 that gypsies were occupying the Site. In October 1998, the Council served enforcement and stop notices on the occupiers of the Site under the provisions of the Town and Country Planning Act 1990. The occupiers appealed. It is not clear from the materials submitted whether the applicant was amongst those who appealed.
""")

doc("echr-withey-v-uk-59493-00", "judgment", "European Court of Human Rights", "echr",
    "https://app.lexploria.com/document/538172-withey-v-the-united-kingdom",
    "WITHEY v. THE UNITED KINGDOM, decision as to the admissibility of Application no. 59493/00", r"""
[[name:WITHEY]] v. THE UNITED KINGDOM

Doc ref: [[case_id:59493/00]] • ECHR ID: 001-23359

Document date: August 26, 2003

Cited paragraphs only

FOURTH SECTION

DECISION

AS TO THE ADMISSIBILITY OF

Application no. [[case_id:59493/00]] by [[name:David George WITHEY]] against the United Kingdom

The European Court of Human Rights (Fourth Section), sitting on 26 August 2003 as a Chamber composed of

Mr [[name:M. Pellonpää]] , President , Sir [[name:Nicolas Bratza]] , Mr [[name:M. Fischbach]] , Mr [[name:J. Casadevall]] , Mr [[name:S. Pavlovschi]] , Mr [[name:J. Borrego Borrego]] , Mrs [[name:E. Fura-Sandström]], judges , and Mr [[name:M. O’Boyle]] , Section Registrar ,

Having regard to the above application lodged on 6 April 2000,

Having regard to the observations submitted by the respondent Government,

Having deliberated, decides as follows:

THE FACTS

The applicant, [[name:David George Withey]], was a United Kingdom national. He was born in [[date_of_birth:1959]] and he lived in Devon. He died in early 2001. His widow, [[name:Susan Withey]], continues the application on his behalf .

A. The circumstances of the case

The facts of the case, as submitted by the parties, may be summarised as follows.

Further to a detailed statement given to the police on 4 August 1992 by Ms [[name:E]], on 6 August 1992 the applicant was arrested on suspicion of indecent assault of two young children, one of whom was his daughter. He denied the offences to the police. He was remanded in custody for four weeks after which he was granted bail. His bail conditions forbade him to contact Ms [[name:E]] or her children. Ms [[name:E]] made a further detailed statement on 28 August 1992.
""")

# Council committees: scrutiny, cabinet, planning ----------------------------------------------

doc("northlincs-corporate-scrutiny-2014-01", "council_minutes", "North Lincolnshire Council", "north-lincolnshire",
    "https://democracy.northlincs.gov.uk/meetings/scrutiny-panels/scrutiny-panels-201314/corporate-scrutiny-panel-2013-2014/corporate-scrutiny-panel-30-january-2014/",
    "Corporate Scrutiny Panel – 30 January 2014", r"""
Corporate Scrutiny Panel – 30 January 2014

PRESENT:  Councillor [[name:Robinson]] in the chair.

Councillors [[name:Wilson]] (Vice-Chair), [[name:Allcock]], [[name:Jawaid]] MBE and [[name:Ogg]].

Councillor [[name:Whiteley]] attended the meeting in accordance with the provisions of Procedure Rule 1.37 (b).

The panel met at the Civic Centre, Scunthorpe.

233  DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND PERSONAL OR PERSONAL AND PREJUDICIAL INTERESTS AND DECLARATIONS OF WHIPPING ARRANGEMENTS (IF ANY) – There were no declarations of disclosable pecuniary interests and personal or personal and prejudicial interests –

No whip was declared.

234  MINUTES – Resolved – That the minutes of the proceedings of this panel held on 9 January 2014, having been printed and circulated amongst the members, be taken as read and correctly recorded and signed by the chairman.

235  PUBLIC REQUESTS TO SPEAK There were no requests received.

236  SICKNESS ABSENCE – The Chairman summarised the evidence that the panel had heard to date, before leading a debate on potential findings, conclusions and recommendations.

Resolved – That officers draft a report summarising the panel’s work to date before submitting it to a future meeting for further consideration.

237  REVIEW OF IT – The Chairman provided the panel with an overview of interviews held to date, and outlined a number of areas for future consideration.

Resolved – (a) That the situation be noted and, (b) that arrangements for future evidence gathering interviews are made.

238  ADDED ITEM – There was no added item for consideration at the meeting.
""")

doc("harlow-scrutiny-2024", "council_minutes", "Harlow Council", "harlow",
    "https://moderngov.harlow.gov.uk/ieListDocuments.aspx?CId=119&MId=2718&Ver=4",
    "Harlow Council Scrutiny Committee, agenda and minutes (meeting after 9 July 2024)", r"""
Venue: Committee Room 1, Civic Centre. View directions
Contact: Email:
No. | Item |
Apologies for Absence and Substitutions Minutes: Apologies for absence were received from Councillors Dr. [[name:Emma Ghaffari]] and [[name:Stacy Seales]]. Councillor [[name:Andrew Johnson]] was in attendance as a substitute for Councillor [[name:Ghaffari]]. |
Declarations of Interest To receive Councillors’ declarations of interest (if any) in relation to any matters on the agenda. Minutes: None. |
To approve the minutes of the meeting held on 9 July 2024 Minutes: RESOLVED that the minutes of the meeting held on 9 July 2024 are agreed as a correct record and signed by the Chair. |
Matters arising Minutes: None. |
Written questions from members of the public To receive any questions from members of the public in accordance with Council Procedure Rule 10. Minutes: None. |
Written questions from Councillors To receive any questions from Councillors in accordance with Council Procedure Rule 10. Minutes: None. |
Responses of the Cabinet to Reports of the Scrutiny Committee To consider responses (if any) of the Cabinet to reports and recommendations from the Committee. Minutes: None. |
Budget Monitoring and Performance Report Additional documents:
Minutes: The Committee received a report on budget monitoring and performance for July 2024, which was presented by the Leader of the Council, Councillor [[name:Dan Swords]].
RESOLVED that the Committee noted the report. |
Council Tax Support Scheme Additional documents: Minutes: The Committee received a report on the Local Council Tax Support Scheme. The report was presented by the Portfolio Holder for Finance, Councillor [[name:Michael Hardware]].
RESOLVED that the Council will consult with the public and Major Precepting Authorities on the introduction of a new income banded / grid scheme for working age applicants with effect from 1 April 2025. |
""")

doc("bromsgrove-os-board-2024", "council_minutes", "Bromsgrove District Council", "bromsgrove",
    "https://moderngovwebpublic.bromsgrove.gov.uk/ieListDocuments.aspx?CId=292&MId=4472",
    "Bromsgrove District Council Overview and Scrutiny Board, agenda and minutes (2024)", r"""
Apologies for Absence and Named Substitutes Minutes: Apologies for absence were submitted on behalf of Councillor [[name:R.A. Bailes]] and [[name:S.R. Peters]].
Declarations of Interest and Whipping Arrangements To invite Councillors to declare any Disclosable Pecuniary Interests or Other Disclosable Interests they may have in items on the agenda, and to confirm the nature of those interests. Minutes: Councillors [[name:P.M. McDonald]], [[name:S.T. Nock]], [[name:R.J. Hunter]] and [[name:B. Kumar]] declared an Other Disclosable Interest in respect of minute item 32/24.
To consider, and if considered appropriate, to pass the following resolution to exclude the public from the meeting during the consideration of item(s) of business containing exempt information: RESOLVED: that under Section 100 I of the Local Government Act 1972, as amended, the public be excluded from the meeting during the consideration of the following items of business on the grounds that they involve the likely disclosure of exempt information as defined in Part I of Schedule 12A to the Act, as amended, the relevant paragraph of that part, in each case, being as set out below and that it is in the public interest to do so:-
Minutes: RESOLVED: that under Section 100 I of the Local Government Act 1972, as amended, the public be excluded from the meeting during the consideration of the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in Part I of scheme 12A to the Act, as amended, the relevant paragraph of that part, in each case, being as set out below and that it is in the public interest to do so:-
The minutes of the meeting of Overview and Scrutiny Board held on 10th September 2024, including the record of the confidential matters discussed at the meeting, were considered.
""")

doc("southampton-panel-membership", "council_minutes", "Southampton City Council", "southampton",
    "https://southampton.gov.uk/moderngov/ieIssueDetails.aspx?IId=33326&Opt=3",
    "Southampton City Council, Apologies and Changes in Membership (if any)", r"""
Apologies and Changes in Membership (if any)
To note any changes in membership of the Panel made in accordance with Council Procedure Rule 4.3.
It was noted that following receipt of the temporary resignation of Councillor Professor [[name:Margetts]], from the Panel, the Service Director – Legal and Business Operations acting under delegated powers, had appointed Councillor [[name:Savage]] to replace them for the purposes of this meeting. In addition, the apologies of Councillors [[name:Guest]], and [[name:White]] were noted.
Due to the appointed Chair of the Panel not being in attendance, [[name:Mark Pirnie]], the Scrutiny Manger moved that a Chair would be elected for the purposes of the meeting.
RESOLVED that Councillor [[name:W Payne]] would be Chair for the purposes of the meeting.
""")

doc("southampton-planning-16-00629-ful", "planning_report", "Southampton City Council", "southampton",
    "http://docplayer.net/24137920-Proposed-development-erection-of-a-single-storey-side-and-rear-extension-resubmission-of-16-00177-ful-16-00629-ful-application-type-ful.html",
    "Planning and Rights of Way Panel 21st June 2016, Planning Application Report: 16/00629/FUL", r"""
1 Planning, Transport & Sustainability Division Planning and Rights of Way Panel 21 st June 2016 Planning Application Report of the Planning and Development Manager Application address: [[address:195 Midanbury Lane, Southampton]] Proposed development: Erection of a single storey side and rear extension (resubmission of [[case_id:16/00177/FUL]]) Application number [[case_id:16/00629/FUL]] Application type FUL Case officer [[name:Kieran Amery]] Public speaking 5 minutes time Last date for 14/06/2016 Ward Bitterne Park determination: Reason for Panel Ward Councillors Referral: Five or more letters of objection have been received. Cllr [[name:White]] Cllr [[name:Fuller]] Cllr [[name:Inglis]] Applicant: Mr & Mrs [[name:James Brady]] Agent: GHD Partnership Recommendation Summary Conditionally approve Reason for granting Permission The development is acceptable taking into account the policies and proposals of the Development Plan as set out below. The proposed single storey side and rear extension would not be detrimental to the character of the local area or the amenities of local residents. The proposal would not be considered harmful to highway safety. The scheme is therefore judged to be in accordance with Section 38(6) of the Planning and Compulsory purchase Act 2004 and thus planning permission should therefore be granted. In reaching this decision the Local Planning Authority has sought to work with the applicant in a positive and proactive manner as required by paragraphs of the National Planning Policy Framework (2012).
""")

doc("havering-planning-p0183-16", "planning_minutes", "London Borough of Havering", "havering",
    "http://democracy.havering.gov.uk/mgAi.aspx?ID=12327",
    "Havering planning committee, agenda item: re-submission of application P0183.16", r"""
Agenda item



The application before members was for the re-submission of a previously approved application [[case_id:P0183.16]] for a single storey rear extension with a pitched roof.


The extension was already under construction and a flank door had been added by the time a site visit had been conducted.


Members noted that the application had been called-in by Councillor [[name:Jody Ganly]] on the grounds that the current construction was in breach of the original planning permission that was granted for the extension. On the original application decision, it stated clearly that no other windows or doors could be added, specifically, to the flank wall and there should be no deviation from the plans. The flank door would affect the neighbour’s privacy, and could also lead to the new extension being used as a separate dwelling.


In accordance with the public speaking arrangements the Committee was addressed by an objector with a response from the applicant.


The objector commented that the flank door would lead to a loss of privacy to the neighbouring property and an increased footfall and increased noise. The objector also commented that the additional door and extension could lead to the property being used as two separate dwellings.


The applicant commented that he had been advised by officers that the proposal would fall within the adopted guidelines for a householder extension and was not considered un-neighbourly. The applicant also commented that in response to the comment relating to increased footfall that the door had not been used often and that it was not the main access to the property. The applicant concluded by commenting that the extension was of an open planned design and therefore could not be sectioned off and used as a separate dwelling.


With its agreement Councillor [[name:Jody Ganly]] addressed the Committee.
""")

doc("three-rivers-planning-23-1694-ful", "planning_minutes", "Three Rivers District Council", "three-rivers",
    "https://moderngov.threerivers.gov.uk/mgAi.aspx?ID=4573",
    "Three Rivers planning committee, agenda item: Application 23/1694/FUL", r"""
Agenda item


Demolition of existing conservatory and construction of single storey side and rear extensions, first floor side extension, loft extension including alterations to the roof, rear dormer window and rear rooflights, new entrance door, internal alterations and alterations to fenestration detail.


Recommendation: That Planning Permission be granted.


Application [[case_id:23/1694/FUL]] – Demolition of existing conservatory and construction of single storey side and rear extensions, first floor side extension, loft extension including alterations to the roof, rear dormer window and rear rooflights, new entrance door, internal alterations and alterations to fenestration detail.


Councillor [[name:Debbie Morris]] declared a non-pecuniary interest in the application and withdrew from the meeting whilst the item was considered.


[[name:Claire Westwood]], Development Management Team Leader advised that there was no update to the application since publication of the agenda.


The Applicant spoke in support of the proposal, describing the difficulties with damp issues and two major leaks linked to the flat roofs.


In response to a question the Development Management Team Leader confirmed that the previously proposed green roof has been amended during the course of the application; there is no further proposal to use the flat roof as a balcony or terrace, and there are no doors exiting out onto the roof. Furthermore, there is a suggested condition; Condition 8 (C8) which states that the roof is only to be used for essential maintenance or repair, or escape, in case of emergency. In addition; the Officer confirmed that the chimneys are to be retained externally, with Condition 3 (C3) which states that no demolition or works to the roof shall commence on site whatsoever until a Construction & Demolition Method Statement has been submitted to and approved in writing by the Local Planning Authority.
""")

doc("bradford-area-planning-2019", "planning_minutes", "City of Bradford Metropolitan District Council", "bradford",
    "https://bradford.moderngov.co.uk/mgAi.aspx?ID=10936",
    "APPLICATIONS RECOMMENDED FOR APPROVAL OR REFUSAL (Bradford area planning panel, 2019)", r"""
Local democracy

Agenda item

APPLICATIONS RECOMMENDED FOR APPROVAL OR REFUSAL

The Panel is asked to consider the planning applications which are set out in Document “O” relating to items recommended for approval or refusal.



The sites concerned are:



(a)       Haworth Fire Station, Station Road,                     Worth Valley

Haworth, Keighley (Approve)

(b)       [[address:15 Wentworth Close, Menston]],                             Wharfedale

Ilkley (Approve)

(c)        [[address:17 Victoria Avenue, Ilkley]] (Approve)                    Ilkley

(d)       Black Bull Inn, 119 Main Street,                            Worth Valley

Haworth, Keighley (Approve)

(e)       Fairfax Club, 15 Main Street, Menston,               Wharfedale

Ilkley (Approve)

(f)        [[address:4 Grange Road, Riddlesden, Keighley]]                Keighley East

            (Refuse)

([[name:Mohammed Yousuf]] – [[phone:01274 434605]])

Minutes:

The Strategic Director, Place presented Document “O”.  Plans and photographs were displayed in respect of each application and representations summarised.





(a)       Haworth Fire Station, Station Road,                 Worth Valley

Haworth, Keighley

Previous reference: Minute 41(b) (2018-2019)



Full planning application for demolition of existing building and construction of A1 food retail unit with parking and associated works and ATM machine at Haworth Fire Station, Station Road, Haworth - [[case_id:18/02585/FUL]]



The Chair reminded Members that the application had been deferred at the Panel’s previous meeting on 27 February 2019 as the applicant had stated that the site plan being considered was not the correct version.
""")

# Police and crime panels ------------------------------------------------------------------------

doc("dyfed-powys-pcp-2017-11", "council_minutes", "Dyfed-Powys Police and Crime Panel (Carmarthenshire County Council)", "dyfed-powys-pcp",
    "http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=1534&Ver=4",
    "Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am", r"""
Agenda and minutes

Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am

Venue: Chamber & Ante Room, 3 Spilman Street, Carmarthen, SA31 1LE. View directions

Contact: [[name:Kevin Thomas]]  [[phone:01267 224027]]

Items
No. Item

1.

APOLOGIES FOR ABSENCE AND PERSONAL MATTERS

Minutes:

Apologies for absence were received from Councillors [[name:K. Evans]] (Ceredigion County Council), [[name:L. George]] (Powys County Council) and [[name:W. Powell]] (Powys County Council).



The Panel noted that Mrs [[name:J Woods]], the Commissioner’s Chief Finance Officer had tendered her resignation and that it was anticipated a confirmation hearing for her replacement would be held on the 16th February, 2018. The Panel expressed its best wishes to Mrs [[name:Woods]] for the future

2.

DECLARATIONS OF INTEREST

Minutes:

There were no declarations of personal interest.

3.

TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017 pdf icon PDF 238 KB

Minutes:

UNANIMOUSLY RESOLVED that the minutes of the meeting of the Dyfed Powys Police and Crime Panel held on the 28th July, 2017 be signed as a correct record.
""")

doc("herts-pcp-2012-10", "council_minutes", "Hertfordshire Police and Crime Panel", "herts-pcp",
    "https://docslib.org/doc/5512260/meeting-of-hertfordshire-police-and-crime-panel",
    "MEETING OF POLICE AND CRIME PANEL, Thursday 25 October 2012", r"""
MEETING OF POLICE AND CRIME PANEL

Thursday 25 October 2012 East Herts District Council Wallfields,

Present: Cllr [[name:M Alexander]], East Herts District Council Cllr Mrs [[name:A Brewster]], City and District Council Cllr [[name:M Bright]], Council Cllr Mrs [[name:T Cowley]], North Herts District Council Cllr [[name:J Dean]], Hatfield Borough Council Ms [[name:A Francis]], Co-opted Member Cllr [[name:A Franey]] (substitute), Borough Council Cllr [[name:R G Hannam]], Borough Council (Chairman) Cllr [[name:N Harden]], Borough Council Cty Cllr [[name:P Ruffles]], Hertfordshire County Council Cllr [[name:R Seabourne]], Council Cllr [[name:D Scudder]] (substitute), Borough Council Dr [[name:M Verlot]], Co-opted Member

Also Present: [[name:J Bugg]], Hertfordshire Police Authority [[name:G Miles]], Broxbourne Borough Council [[name:M J Walker]], Broxbourne Borough Council

Apologies: Mr [[name:I Laidlaw-Dickson]] Co-opted member Cllr [[name:R Smith]], Herts Police Authority Cllr Ms [[name:S Taylor]], Borough Council Cllr [[name:R Henry]] Stevenage Borough Council Mayor [[name:Dorothy Thornhill]], Mayor of Watford [[name:A White]], Herts Police Authority

1 INTRODUCTION AND WELCOME

A welcome was extended to all members of the Panel and to the two new co-opted members.

2 MINUTES OF THE PREVIOUS MEETING OF 19 JULY 2012

Agreed.

R:\PCP\25.10.12 MEETING\PCP MINUTES - 25 OCTOBER 2012.DOC - 1

3 MATTERS ARISING

None.

4 TRAINING EVENT - 28 SEPTEMBER 2012

(i) The Panel asked if a familiarisation event in relation to the organisational support services provided at Constabulary HQ could be arranged before 6 December 2012 and whether a separate briefing could be arranged for new members of the Panel and those members who were unable to attend the Training Day.
""")

doc("thames-valley-pcp-2012-07", "council_minutes", "Thames Valley Police and Crime Panel (Buckinghamshire Council)", "thames-valley-pcp",
    "https://buckinghamshire.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=650&MeetingId=9568&DF=19%2f07%2f2012&Ver=2",
    "Thames Valley Police and Crime Panel, meeting documents, 19 July 2012", r"""
Meeting documents

Venue: Kennet Room, Reading Borough Council, Civic Centre, Reading RG1 7AE

Contact: [[name:Sara Turnbull]] [[phone:(01296) 382876]] [[name:Clare Gray]][[phone:(01296) 383610]]

Items
Note No. Item

5pm

1.

Election of Chairman

To elect a Chairman for the ensuing year.

Minutes:

RESOLVED



That Mr [[name:T Egleton]] be elected Chairman of the Thames Valley Police and Crime Panel for the ensuing year.



(Proposed by Mr [[name:D Carroll]] and seconded by Mr [[name:N Brown]])

2.

Appointment of Vice-Chairman

To appoint a Vice-Chairman for the ensuing year

Minutes:

RESOLVED



That Mr [[name:K Mallon]] be elected Vice-Chairman of the Thames Valley Police and Crime Panel for the ensuing year.



(Proposed by Mr [[name:T Egleton]] and seconded by Mr [[name:N Brown]]).

3.

Declarations of Interest

Minutes:

Mr [[name:B Jones]] declared a non-pecuniary interest as he received his pension from the Thames Valley Police.

5.15pm

4.

Rules of Procedure pdf icon PDF 142 KB

Item purpose: To agree the Rules of Procedure for the Police and Crime Panel.

Contributors:

[[name:Olwen Dutton]], Partner, Bevan Brittan (Independent Legal Adviser)/[[name:Sara Turnbull]], Scrutiny Manager

Papers:

Rules of Procedure

Minutes:

[[name:Olwen Dutton]], Partner, Bevan Brittan (Independent Legal Adviser) presented the report. The rules of procedure have been debated extensively. This was the first year of the Panel and working practices needed to be established in the first instance.
""")

# Youth offending services at scrutiny and lead-member meetings ----------------------------------

doc("wokingham-yos-annual-report-2018", "council_minutes", "Wokingham Borough Council", "wokingham",
    "https://wokingham.moderngov.co.uk/ieIssueDetails.aspx?IId=21116&Opt=3",
    "Youth Offending Service Annual Report, Children's Services Overview and Scrutiny Committee, 20/11/2018", r"""
Issue - meetings

Youth Offending Service Annual Report

Meeting: 20/11/2018 - Children's Services Overview and Scrutiny Committee (Item 24)

24 Youth Offending Service Annual Report pdf icon PDF 84 KB

The Committee to consider the Youth Offending Service Annual Report.

Additional documents:

Minutes:

The Committee received the Youth Offending Service Annual report which was set out in Agenda pages 27-43.  [[name:Sal Thirlway]], Service Manager Disabled Children’s Team and Early Help presented the report.



[[name:Sal Thirlway]] stated that the statutory duties of the service were: to reduce the number of first time entrants to the youth justice system; reduce re-offending by those already within the youth justice system and reduce the number of young people receiving a custodial sentence.



[[name:Sal Thirlway]] stated that although there had been an increase in re-offending rates, Wokingham still compared favourably when compared to neighbouring local authorities and nationally.



[[name:Sal Thirlway]] stated that the report presented historical data from the Youth Justice Board as well as locally collected data.



Councillor [[name:Helliar-Symons]] pointed out that the graph on page 34 showed that Wokingham was well below the national average for first time entrants.  She believed that the number of re-offenders may have gone up as a result of a different tracking system.  She wished to congratulate the Youth Offending Service team on their work and in achieving such good results.



Members noted that it was frustration to have to work with old data.  [[name:Sal Thirlway]] explained that the Youth Justice Board had changed the way the data was tracked for the ‘First Time Entrants’ indicator half way through the year, which was not helpful.  The local indicator was tracked differently.



[[name:Sal Thirlway]] informed that the number of re-offender was very low, however the statistics were impacted by two prolific re-offenders.
""")

doc("cheshire-east-yos-update-2012", "council_minutes", "Cheshire East Council", "cheshire-east",
    "https://moderngov.cheshireeast.gov.uk/ecminutes/ieIssueDetails.aspx?IId=21664&Opt=3",
    "Youth Offending Service - Update, Children and Families Scrutiny Committee, 09/10/2012", r"""
Issue - meetings

Youth Offending Service - Update

Meeting: 09/10/2012 - Children and Families Scrutiny Committee (Item 37)

Youth Offending Service - Update

To receive a verbal update from the Deputy Director of Children’s Services.



Minutes:

[[name:Penny Kay]], Head of Cheshire East Youth Offending Service, attended to provide a verbal update on the Youth Offending Service (YOS). [[name:Penny Kay]] reported that from 1 October 2012, Cheshire East had established its own YOS after formerly being part of a shared service with Cheshire West and Chester. The Cheshire East YOS had recently received a visit from [[name:John Drew]], the Chairman of the Youth Justice Board. Following this visit, [[name:John Drew]] had written to compliment the Council’s YOS arrangements, noting the considerable improvements that had been made.



[[name:Penny Kay]] described how this had reflected the work and effort that gone into reducing the number of young offenders and re-offending rates since Local Government Reorganisation (LGR). This success was attributed to the innovative preventative and multi-agency practice that had been developed. [[name:Penny Kay]] noted that these improvements had also been made in the context of reducing the YOS staff by a third since LGR.



It was queried whether the YOS did any work with those young people classified as being ‘Not in Education, Employment or Training (NEET)’. [[name:Penny Kay]] reported that NEET was a key risk factor and therefore the YOS had a worker based in the Virtual School which had proved to be a helpful arrangement.



It was questioned whether the Council compares its Youth Offending performance with other authorities. [[name:Penny Kay]] confirmed that Cheshire East YOS was recognised as being in the top two performing authorities in the North West.
""")

doc("salford-lead-member-2009-03", "council_minutes", "Salford City Council", "salford",
    "https://studylib.net/doc/16040845/draft-children%E2%80%99s-services-lead-member-briefing--27-march-...",
    "DRAFT CHILDREN’S SERVICES LEAD MEMBER BRIEFING 27 March, 2009", r"""
DRAFT CHILDREN’S SERVICES LEAD MEMBER BRIEFING 27 March, 2009 Meeting commenced: “ adjourned: “ re-commenced: “ ended: 9.00 a.m. 10.15 a.m. 10.40 a.m. 10.47 p.m. PRESENT: Councillor [[name:Warmisham]] (Lead Member for Children’s Services - in the Chair Councillor [[name:Humphreys]] (Executive Support Member for Children’s Services) MEMBERS OF THE PUBLIC: [[name:Peter Ball]] [[name:Lisa Stone]] [[name:Stephen Ord]] [[name:Paul Dennett]] [[name:Paul Brodie]] [[name:Richard Critchley]] - Strategic Director of Children’s Services [[name:Faith Mann]] - Assistant Director (Transition) (Children’s Services) [[name:Anthony Rich]] - City Solicitor [[name:Mike McHugh]] - Senior Democratic Services Officer OFFICERS: [[name:Jill Baker]] 1. WELCOME AND INTRODUCTIONS Councillor [[name:Warmisham]] welcomed the members of the public to the meeting and provided details of the procedure which would be followed in respect of the report relating to proposals for the relocation of the Salford Youth Offending Service. 2. RELOCATION OF SALFORD YOUTH OFFENDING SERVICE [[name:Faith Mann]] submitted a report of the Strategic Director of Children’s Services which provided details of (a) the current premises of the Salford Youth Offending Service not being fit for purpose, owing to an expansion of the team, r:/status/working/admin/omin/cslm270309.doc 1 CHILDREN’S SERVICES LEAD MEMBER BRIEFING 27 March, 2009 (b) work undertaken by Urban Vision, in conjunction with Councillor [[name:Lancaster]], the Lead Member for Property, to find suitable alternative accommodation for the Salford Youth Offending Service. It had been established that a council-owned building on St. Simon Street was due to be vacated by staff of Salix Homes (c) work which could be undertaken to expand these premises which would allow the Salford Youth Offending Service to be accommodated in the building Councillor [[name:Warmisham]] requested information relating to the Disability Discrimination Act (DDA) compliance of the proposed accommodation on St. Simon Street, and also of the number of users of the service that this issue would affect.
""")

doc("vale-of-glamorgan-yos-service-plan-2013", "committee_report", "Vale of Glamorgan Council", "vale-of-glamorgan",
    "https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/scrutiny_hpp/2013/13-10-09/YOS-Service-Plan.aspx",
    "Scrutiny Committee (Housing and Public Protection): 9th October, 2013 - Youth Offending Service - Service Plan", r"""
Agenda Item No 5


The Vale of Glamorgan Council


Scrutiny Committee (Housing and Public Protection): 9th October, 2013


Report of the Director of Social Services


Youth Offending Service - Service Plan


Purpose of the Report

1.             To inform Scrutiny Committee about the service plan for the Youth Offending Service (YOS), attached at Appendix 1.


1.             That the service plan be noted.

Reason for the Recommendation

1.             To meet the statutory requirements of grant terms and conditions provided by the Youth Justice Board (YJB) for England and Wales, to achieve continuing improvements in the performance of the YOS and to ensure that Members can exercise oversight of this key area of work for the Council.


2.             The Crime and Disorder Act 1998, Section 39(1) places a duty on each Local Authority, acting with its statutory partners (Police, Probation and Health) to establish Youth Offending Teams in their local area to deliver youth justice services.   Section 38(3) of the Act provides a power to make payments towards expenditure incurred in the provision of Youth Services by making payments directly or contributing to a fund in relation to the provision of Youth Justice Services.

3.             Membership of the Youth Offending Team is prescribed by the legislation.  It must include at least one Probation Officer, Social Worker, Police Officer, Health representative and Education representative.  Attached as Appendix 2 is the current staff structure.

4.             The purpose of the YOS is to ensure that youth justice services are available across the local authority area, to the extent required.  The YOS should be the main vehicle through which youth justice services are coordinated and delivered.
""")

# Parish councils ---------------------------------------------------------------------------------

doc("melton-parish-annual-2021", "council_minutes", "Melton Parish Council (Suffolk)", "melton-parish",
    "https://melton-suffolk-pc.gov.uk/documents/mpc21m04-minutes-of-the-statutory-annual-meeting-of-melton-parish-council-held-on-5-may-2021/",
    "MPC(21)M04 Minutes of the Statutory Annual Meeting of Melton Parish Council held on 5 May 2021", r"""
Melton Parish Council



Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom on Wednesday 5 May 2021 commencing at 19:00.

Present:

Cllr Mr [[name:A H Porter]] (Chair)

Cllr Mrs [[name:B Abbott]]

Cllr Mr [[name:B Banks]]

Cllr Ms [[name:C Biggle]]

Cllr Mr [[name:N Brown]]

Cllr Mrs [[name:D Darby]]

Cllr Mrs [[name:C Gradwell]]

Cllr Ms [[name:F Harvey-Smith]]

Cllr Mrs [[name:E J G Hilson]]

Cllr Mr [[name:M Holmes]]

Cllr Mr [[name:P James]]

Cllr Miss [[name:K S Martin]]

Cllr Ms [[name:J Rowles]]

Cllr Mr [[name:C W Taylor]]

Absent:

  There were no absences





In Attendance:

One member of the public

Mr [[name:W Grosvenor]] Clerk and Executive Officer to Melton Parish Council

Mrs [[name:P Alder]] Assistant Clerk and Management Officer, Melton Parish Council



Item No Item under discussion
  PART ONE – OPEN TO THE PUBLIC
21.44 ELECTION OF CHAIR OF THE COUNCIL

It was RESOLVED that Cllr [[name:Porter]] be elected Chair of the Council.

Proposed by: Cllr [[name:Taylor]]                   Seconded by: Cllr [[name:Gradwell]]
""")

doc("stubton-parish-council-members", "council_web_page", "Stubton Parish Council", "stubton-parish",
    "https://stubton.net/parish-council",
    "Stubton Parish Council: members and a “typical” meeting guide", r"""
The Stubton Parish Council comprises the following personnel (click this page for the latest info):
Click for Register of Interest Documents (SKDC).
Position | Name | Contact Details |
---|---|---|
Clerk (Temporary) | [[name:Jenny Taylor]] | stubtonclerk@gmail.com |
Chair | [[name:Sam Michell]] | [[email:sammstubtonpc@gmail.com]] |
Member | [[name:Jackie Britten-Crooks]] | [[email:jackiestubtonpc@gmail.com]] |
Member | [[name:Sam Kirk]] | [[email:samkstutbtonpc@gmail.com]] |
Member | [[name:Jenny Taylor]] | [[email:jennystubtonpc@gmail.com]] |
South Kesteven District Council | [[name:Penny Milnes]] | SKDC webpage |
Lincolnshire County Council | [[name:Alex Maughan]] | LCC webpage |
Position | Name | Contact Details |
A “typical” Meeting Guide
This guide gives you an idea as to what you can expect to happen at a council meeting and also guide you as to when you are able to contribute. The Parish Council welcomes comments and questions from members of the community, but this must be at the correct times during the meeting. The agenda and any relevant documents for forthcoming meetings are available via this website (check out the home page in the Council Meetings Diary). The agenda is normally available in hard copy at the meeting.
Apologies
Councillors must attend council meetings unless they have a good reason to stay away – for example if they are ill. If they are unable to attend, they must send their ‘apologies’ to the Clerk along with an acceptable reason for absence.
Code of Conduct
The Code of Conduct says that councillors have to say if they have any personal involvement in anything that is on the agenda – for example, if an application for planning permission is on property that they own. This is called ‘declaring an interest’. Councillors are not allowed to discuss agenda items in which they have declared a ‘pecuniary’ interest (i.e. one that relates to money) though they may make a statement. They may choose to leave the room while the item is being discussed.
""")

# Safeguarding reviews ------------------------------------------------------------------------------

doc("dorset-scb-scr-child-m-2017", "case_review", "Dorset Safeguarding Children Board", "dorset",
    "https://dokumen.tips/documents/dorset-safeguarding-children-board-dorset-safeguarding-children-board-serious.html",
    "DORSET SAFEGUARDING CHILDREN BOARD SERIOUS CASE REVIEW S25 CHILD M, Report Author Karen Tudor, November 2017", r"""
DORSET

SAFEGUARDING CHILDREN BOARD

SERIOUS CASE REVIEW S25

CHILD [[name:M]]

Report Author

[[name:Karen Tudor]]

November 2017

Page 2: DORSET SAFEGUARDING CHILDREN BOARD · DORSET SAFEGUARDING CHILDREN BOARD SERIOUS CASE REVIEW S25 CHILD [[name:M]] Report Author [[name:Karen Tudor]] November 2017

1 | P a g e

CONTENTS

PAGE NUMBER

PART 1 - INTRODUCTION

Events Leading to this Serious Case Review

Conducting a Serious Case Review

The Process of the Review

Method

Involvement of Family Members in this Review

Findings and Recommendations

2 2 3

3 4 4

PART 2 - FACTS OF THE CASE

Anonymisation

Family Background

SUMMARY OF EVENTS

5 5 7

PART 3 – ANALYSIS, FINDINGS AND LEARNING

Introduction

The Relevance of Family History in Risk Assessment

The Adults

Child [[name:M]]’s Early Life

Ms [[name:M]] and Mr [[name:SF]]’s relationship

Recognising Risk and Vulnerability

The Role of the GP

First Domestic Incident

Second Domestic Incident

Response of Health Visiting

Hospital Admission and Risk Assessment

Discharge Summaries

Assessment by Children’s Social Care

The Assessment, Quality and Outcome

Hearing the Child’s Voice

Invisible Fathers

Assessment Format

Information Sharing Pathways

8

8 8

8 9 10 10 10 12

13 14 16

18 18 21 22

23 24 25

SUMMARY OF LEARNING

CONSIDERATIONS FOR THE DSCB

APPENDICES

Terms of Reference

Members of the SCR Group

List of Agencies Involved in the Case

26 29

30 30

31
""")


# Community safety partnerships and a parish youth committee -----------------------------------------

doc("dorset-csp-2017-12", "board_minutes", "Dorset Community Safety Partnership", "dorset",
    "https://docslib.org/doc/6041049/minutes-of-dorset-community-safety-partnership",
    "Dorset Community Safety Partnership – 15th December 2017, Minutes of Meeting", r"""
Item 8(ii)

Dorset Community Safety Partnership – 15th December 2017

Minutes of Meeting Attendance:

Core Membership Cllr [[name:Kerby]] (Chair) North District Council Cllr [[name:Pipe]] Council Cllr [[name:Batstone]] Cllr [[name:Davis]] Christchurch Borough Council Cllr [[name:Butler]] District Council/Dorset & Fire Authority Cllr [[name:Thacker]] District Council Cllr [[name:Drake]] Borough Council [[name:Pam O’Shea]] Clinical Commissioning Group Chief Insp. [[name:Peter Browning]] Dorset Police Acting Supt. [[name:Ian Roe]] Dorset Police Insp. [[name:Steve Yeoman]] Dorset Police

Attendees [[name:Graham Duggan]] Dorset Councils Partnership [[name:Peter Davies]] Dorset Councils Partnership [[name:Andy Frost]] Dorset County Council [[name:Rachel Partridge]] Public Health Dorset [[name:Will Haylock]] Public Health Dorset [[name:Ian Grant]] Dorset County Council [[name:Julia Howlett]] Christchurch and East Dorset Councils [[name:Sally Wernick]] Dorset County Council – Adult Services [[name:David Webb]] Youth Offending Service [[name:Kim Bennett]] Dorset County Council [[name:Mike Hall]] Dorset County Council – Children’s Services [[name:Peter Brandt]] Community Rehabilitation Company Cllr [[name:Johnston]] Dorset Association of Parish and Town Councils

Apologies - Cllr [[name:Skeats]] – East Dorset District Council, [[name:Duncan Ireland]] – National Probation Service, [[name:Karen Graham]] – Purbeck District Council

In Attendance – [[name:Kay Wilson-White]] (DCC) attended for item 1, [[name:Kath Saunders]] (DCC) attended for item 6 and [[name:Liz Moorehouse]] (DCC) attended to take the minutes.

No Item Action

1. Minutes of meeting held on 6th October 2017 and Matters Arising

1.1 The minutes of the meeting held on 6 October 2017 were agreed as an accurate record.

1.2 [[name:Kay Wilson-White]] informed the CSP that Council have now published their DHR. [[name:Kay]] to provide a link to partners. [[name:Kay]] is also working [[name:Kay Wilson-]] with Torbay to produce a synopsis of learning. [[name:White]]

1 Item 8(ii) 1.3 In respect of DHR 5, the report has been cleared by the Home Office, with only minor changes. DHR 5 will be published on the 8th January to coincide with the publication of the Independent Office of Police Conduct (IOPC) report.
""")

doc("haringey-csp-2013-06", "board_minutes", "Haringey Community Safety Partnership (London Borough of Haringey)", "haringey",
    "https://www.minutes.haringey.gov.uk/ieIssueDetails.aspx?IId=39204&Opt=3",
    "Community Safety Partnership, 13/06/2013, Item 64 Minutes", r"""
Issue - meetings


Meeting: 13/06/2013 - Community Safety Partnership (Item 64)

64 Minutes pdf icon PDF 75 KB

To confirm the minutes of the meeting held on 21 March as a correct record.




·        That the minutes of the meeting held on 21 March be agreed as an accurate record and signed by the Chair.


Matters arising;

·        The next PMG meeting would be focussed on youth offending including looking to create alignment with the review of youth services. The Chair advised that [[name:Linda James]], the Strategic Manager for the Youth Offending Service had recently retired and requested that the thanks of the Partnership for her work be recorded.

·        The public consultation event held on the draft fifth London Safety Plan in April had been challenging, with low turnout. Partners were reminded that the consultation remained open for further comments until 17 June.

·        Joint working was progressing on the establishment of a high risk panel focussing on managing fire and other risks for vulnerable people, potentially utilising a model in place in Camden. Improved joint working procedures has also been introduced between LFB and the Council’s Adult Services to identify vulnerable, high risk individuals at an earilier stage to provide a proactive approach to reducing their risks.



PC [[name:Matt Arnold]] and [[name:Natalie Green]] from the British Transport Police (BTP) introduced themselves to the Partnership as Crime Reduction Officers covering the overground stations in the borough. The BTP produced quarterly crime reports which would potentially be of interest to the CSP in their performance monitoring role. It was agreed that PC [[name:Arnold]] would liaise with [[name:Hazel Simmonds]] to arrange for the BTP crime stats to be included within future performance monitoring reports submitted to the PMG.
""")

doc("south-cambs-csp-2015-01", "council_minutes", "South Cambridgeshire District Council", "south-cambridgeshire",
    "https://scambs.moderngov.co.uk/ieListDocuments.aspx?CId=516&MId=6447&Ver=4",
    "South Cambs Community Safety Partnership - Wednesday, 21 January 2015 10.30 a.m.", r"""
Agenda and minutes

South Cambs Community Safety Partnership - Wednesday, 21 January 2015 10.30 a.m.

Venue: Monkfield Room

Contact: [[name:Patrick Adams]]  03450 450 500

Items
No. Item

1.

Apologies

Minutes:

Apologies were received from [[name:Phil Aldis]], [[name:David Jenkins]], [[name:Ben Shelton]] and [[name:Mandy Smith]].

2.

Welcome to Stakeholder Event - [[name:Maurice Moore]]

Minutes:

The Chairman welcomed everyone to the meeting and introductions were made. He stated that his aim as Chairman of the Board was to promote partnership working, in a climate of every increasing constraints on partners in terms of both funding and officer time.

3.

Minutes of Previous Meeting pdf icon PDF 77 KB

Minutes:

The minutes of the meeting held on 9 October 2014 were agreed as a correct record.

4.

Reviewing: Past 6 Months

4a

Crime and ASB in the District - Presentation by CI [[name:James Sutherland]]

Minutes:

[[name:James Sutherland]] presented a report on crime and anti-social behaviour in the District over the last six months. He explained that:

·         Overall the level of reported crime remained the same.

·         Reported anti-social behaviour in the District was low and included non-serious cases, which arguably did not meet the criteria.

·         Following a negative domestic violence report from Her Majesty’s Inspectorate of Constabulary (HMIC), improvements had been made on recording domestic violence.

·         Shed alarms had been offered to residents as part of Operation Oaklands.

·         Issues of speeding and cold calling zones remained high on the list of residents’ concerns.



The Board noted the report.

4b

Verbal Update from CDRP T&CG

Minutes:

[[name:Mike Hill]], Health and Environmental Services Director at South Cambridgeshire District Council, presented a verbal update on the work of the Crime and Disorder Reduction Partnership Task and Co-ordination Group, which was continuing to meet on a monthly basis.
""")

doc("tmbc-community-safety-2014-04", "council_minutes", "Tonbridge and Malling Borough Council", "tonbridge-malling",
    "https://democracy.tmbc.gov.uk/ieListDocuments.aspx?CId=154&MeetingId=2157",
    "Community Safety Advisory Board - Tuesday, 1st April, 2014 7.30 pm", r"""
Agenda, decisions and minutes

Community Safety Advisory Board - Tuesday, 1st April, 2014 7.30 pm

Venue: Civic Suite, Gibson Building, Kings Hill, West Malling

Contact: Committee Services  Email: committee.services@tmbc.gov.uk

Items
No. Item

PART 1 - PUBLIC

CSF 14/1

Declarations of interest

Minutes:

There were no declarations of interest made in accordance with the Code of Conduct.

CSF 14/2

Minutes pdf icon PDF 34 KB

To confirm as a correct record the Notes of the meeting of the Community Safety Advisory Board held on 13 November 2012.

Minutes:

RESOLVED:  That the notes of the meeting of the Community Safety Advisory Board held on 13 November 2012 be approved as a correct record and signed by the Chairman.

CSF 14/3

Presentation by [[name:Tracey Kadir]], Director of Kent Probation Service on the Future of Probation Services

Minutes:

Members received a presentation on the proposed reorganisation of probation services within England and Wales from Ms [[name:Tracey Kadir]], Director of Kent Probation.  She advised that the current provision by 35 Probation Trusts would transfer to a National Probation Service and 21 Community Rehabilitation Companies.  The Advisory Board thanked Ms [[name:Kadir]] for her excellent presentation and the clear explanation of the issues involved.

CSF 14/4

Presentation by Inspector [[name:Maxine Martin]] of Kent Police on Crime Figures

Minutes:

Inspector [[name:Maxine Martin]] presented an overview of the Police and Crime Plan for the Borough’s area which included details of local crime trends.  Particular reference was made to the increase in Domestic Abuse related crime and the multi-agency action being taken to encourage victims to report incidents.  Her presentation also outlined action being taken within schools and colleges to raise awareness of alcohol and substance abuse issues.  The Advisory Board thanked Inspector [[name:Martin]] for her excellent and informative presentation.
""")

doc("milton-youth-committee-2001-03", "council_minutes", "Milton Parish Council (Cambridgeshire)", "milton-parish",
    "https://www.miltonvillage.org.uk/sm/yh200103.html",
    "Minutes of the Youth Committee Meeting held on Monday 26 March 2001", r"""
Minutes of the Youth Committee Meeting held on Monday 26 March 2001 at 7.30pm in the Community Centre Present: [[name:DJ Lee]] (chair) [[name:HM Smith]] [[name:L Henderson]] [[name:GM Richardson]] [[name:LC Twinn]] [[name:PC Shulver]] The clerk 1 Apologies for absence [[name:JE Coston]] [[name:S Lester]] [[name:J Sandford]] [[name:RJ Farrington]] [[name:RLE Waters]] 191/01 2 Co-option - AGREED to co-opt [[name:LC Twinn]] on to the committee. 192/01 3 Minutes The minutes of the meeting of 19 December and the YBSG of 22 November were approved and signed as a true record. Matters arising - YBSG (563/00) Building - final work on the skirt and railings was due to be completed. Labour for the work would be £206. The SCDC grant could then be released. [[name:HMS]] had an application form for a "B&Q" scheme. B&Q would provide the materials MPC the labour. It was suggested that a new roof could be put on through this scheme. [[name:JS]] to be asked to investigate. (564/00) Telephone Line - [[name:LH]] had negotiated a BT line at £14.99 per month, installation £46.50. This would give free internet access and no call charges between 6pm and 8am and at weekends. (565/00) Lettings - requests for letting of the building were being made, including an extra club for Kids-R-Us. Matters arising - Youth (616/00) Prince's Trust - nothing to report. (618/00) Meeting with [[name:A Williams]] - four committee members attended. (620/00) Insurance and Inventory - completed. 193/01 4 MYCMG The minutes of the MYCMG 24 January 01 were received. Most action points had been done except for notice board, letter rack, floor buffer and wall heater. (69/01) Other Matters - A volunteer had been recruited as a result of the Village View article. - The clerk would follow up police checks. - The EHO had conducted a thorough health and safety check of the building, including all play equipment. - Litter pick to take place on 7 April (min 70/01). Free swimming vouchers would be given to those taking part. Thanks to [[name:TH]]. Thanks to the [[name:Webb]] family of [[address:The Sycamores]] for the donation of a computer desk.
""")


if __name__ == "__main__":
    main()
