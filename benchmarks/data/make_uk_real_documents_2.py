"""Build benchmarks/data/uk_real2_dev.json and benchmarks/data/uk_real2_holdout.json: a SECOND set
of excerpts of REAL published UK public-sector text with gold personal-data spans, extending
uk_real_dev/holdout (make_uk_real_documents.py) with bodies and layouts that set lacks.

    .venv/bin/python benchmarks/data/make_uk_real_documents_2.py

What is in it: community safety partnership and crime-and-disorder scrutiny minutes, police
and crime panel minutes, a licensing sub-committee review, school governing board minutes
(initials in brackets after names, "Ms Catherine / McGuinness / ... – ChairMr Nigel / Challis"
cells, apologies from initials), planning committee minutes with councillor and officer lists
("Councillors Noakes (Vice-Chairman), Backhouse, Mrs Cobbold, ... Ward and Webb", "Mrs S A
Arnold (Chairman)", "A Millard - Head of ..."), application numbers and site addresses, "Cllrs
Aspinell and Kendall", contact lines with named officers' direct lines and mailboxes, FOI
requests, responses and an internal-review letter, and excerpts with one person or none (to
measure false positives). None of the source addresses is used by make_uk_real_documents.py.

Each excerpt was copied verbatim (line breaks, runs of spaces, table pipes, "pdf icon PDF 77 KB"
and other extraction artefacts kept; spaces at line ends trimmed) from the text the project's
search tool returned for a public page; `source` records the page address and the document's
own heading. Excerpts start at the first useful line after the site's navigation and are cut at
a sentence or line end; only `[[label:value]]` markers (benchmarks/data/markers.py) were added.

Labelling rules: those of make_uk_real_documents.py (see its docstring and benchmarks/README.md).
In short: every reference to a person is `name` (councillors, officers, police officers,
inspectors, requesters; initials + surname "S J Savage", each surname in a list; titles such
as Cllr, Councillor, Mrs, Dr, Inspector, PC are outside the span); a named officer's direct line
is `phone` and a named mailbox is `email` (committee switchboards, shared lines, fax numbers,
conference dial-ins and role mailboxes are not); a planning application number is `case_id`
(an organisation's own FOI, minute and decision references are not); the site address of a
planning application is `address` (business premises named in a licence review, council
buildings and meeting venues are not); ages of people are `age`.

Split: bodies that share people form one `group` (the Cheshire police and crime panel's
meetings; the FOI request and response by one requester to two councils), and a group goes
whole to one file. Groups fall in three strata by genre (meeting minutes; planning committee
minutes, whose member and officer lists are a layout of their own; other papers); within each, the groups
are walked in name order and a group goes to uk_real2_holdout.json when that brings the
held-out share of that stratum's excerpts nearer to one third; the rest go to
uk_real2_dev.json. The rule looks only at names, genres and counts, never at the detector's
output. Tune only on uk_real2_dev.json; uk_real2_holdout.json is for measuring.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from markers import strip_markers  # shared with the other gold-set generators

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real2_dev.json"
OUT_HOLDOUT = HERE / "uk_real2_holdout.json"
MIN_CHARS, MAX_CHARS = 600, 2600
STRATA = {"council_minutes": "minutes", "licensing_minutes": "minutes", "board_minutes": "minutes",
          "planning_minutes": "planning"}

DOCS: list[dict] = []


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    DOCS.append({"id": id_, "genre": genre, "body": body, "group": group,
                 "source": {"url": url, "title": title}, "marked": marked.strip("\n")})


def balanced_holdout(sizes: dict[str, Counter]) -> set[str]:
    """The split rule, shared with make_court_judgments.py: for each stratum (group -> number of
    documents), walk the groups in name order and hold a group out when that brings the held-out
    share of the stratum's documents nearer to one third."""
    held: set[str] = set()
    for groups in sizes.values():
        total = held_docs = 0
        for group in sorted(groups):
            n = groups[group]
            total += n
            if abs(held_docs + n - total / 3) < abs(held_docs - total / 3):
                held.add(group)
                held_docs += n
    return held


def write_split(*outputs: tuple[Path, list[dict]]) -> None:
    for path, records in outputs:
        path.write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def holdout_groups() -> set[str]:
    sizes: dict[str, Counter] = {}
    for d in DOCS:
        sizes.setdefault(STRATA.get(d["genre"], "other"), Counter())[d["group"]] += 1
    return balanced_holdout(sizes)


def split_records(docs: list[dict], held: set[str],
                  record_of: Callable[[dict], dict]) -> tuple[list[dict], list[dict]]:
    """Dev and held-out records: each doc made into its record, by its group's side of the split."""
    dev: list[dict] = []
    holdout: list[dict] = []
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate document ids")
    for d in docs:
        (holdout if d["group"] in held else dev).append(record_of(d))
    return dev, holdout


def record_of(d: dict) -> dict:
    text, spans = strip_markers(d["marked"])
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        raise ValueError(f"{d['id']}: {len(text)} characters, outside {MIN_CHARS}-{MAX_CHARS}")
    return {"id": d["id"], "genre": d["genre"], "body": d["body"], "group": d["group"],
            "source": d["source"], "text": text, "spans": spans}


def build() -> tuple[list[dict], list[dict]]:
    return split_records(DOCS, holdout_groups(), record_of)


def main() -> None:
    from make_uk_real_documents import summary  # the first set's report, for the same figures

    dev, holdout = build()
    write_split((OUT_DEV, dev), (OUT_HOLDOUT, holdout))
    summary(f"dev -> {OUT_DEV.name}", dev)
    summary(f"holdout -> {OUT_HOLDOUT.name}", holdout)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Community safety partnerships and crime-and-disorder scrutiny ---------------------------

doc("haringey-ccse-scrutiny-community-safety-2025", "council_minutes", "London Borough of Haringey", "haringey",
    "https://www.minutes.haringey.gov.uk/mgAi.aspx?ID=82213",
    "Matters arising from the Climate, Community Safety and Environment Scrutiny Panel- One off Scrutiny Review of Community Safety", r"""
Agenda item

Matters arising from the Climate, Community Safety and Environment Scrutiny Panel- One off Scrutiny Review of Community Safety.

Minutes:

Cllr [[name:White]] noted that, as explained at the beginning of the meeting, a supplementary agenda pack had been circulated which included an updated version of the report on the Community Safety Scrutiny Review. Cllr [[name:Buxton]], Chair of the Climate, Community Safety and Environment Scrutiny Panel, reported that the Panel had held a one-off Scrutiny Review meeting on 11th March 2025. Two members of the Youth Panel had been invited to attend the meeting which had also been attended by the Borough Commander, the Cabinet Member for Communities and Council officers. Discussions topics had included ward panel meetings, antisocial behaviour, stop and search and youth issues in the Borough. Recommendations from the report included:

  • Closer working and better and more frequent communication between the Youth Panel representatives and Community Safety Panels.
  • To review and strengthen the Ward Panel Meeting Structure as a main tool of communication between residents, local organisations and the Police.
  • For the Community Safety Team to assist in communications and support residents finding venues.
  • For Ward performance figures to be reported on a quarterly basis to the Ward Panel meetings.
  • For antisocial behaviour reporting to be more prominent and user friendly.



Cllr [[name:Gunes]] requested further details on the recommendation for quarterly reporting to the Ward Panel meetings. Cllr [[name:Buxton]] explained that the Panel considered that it was not explained to Ward Panels how frequently Police officers were taken out of wards for various reasons.
""")

doc("leighton-linslade-community-safety-2021", "council_minutes", "Leighton-Linslade Town Council", "leighton-linslade",
    "https://democracy.leightonlinslade-tc.gov.uk/ieListDocuments.aspx?CId=160&MId=1056&Ver=4",
    "Community Safety Sub-Committee (remote meeting): apologies, declarations and minutes", r"""
Venue: This will be a remote meeting held via Microsoft Teams in accordance with The Local Authorities and Crime Panels (Coronavirus)(Flexibility of Meetings)(England and Wales) Regulations 2020
Contact: Committee Officer, tel 01525 631920 email: [[email:mellony.jahn@leightonlinslade-tc.gov.uk]]
Note: https://tinyurl.com/y5bw55m8 or by telephone: +44 20 3795 5672 (Conf.ID: 122 135 158#)
No. | Item |
---|---|
APOLOGIES FOR ABSENCE Schedule 12 of the Local Government Act 1972 requires a record be kept of the Members present and that this record form part of the minutes of the meeting. Members who cannot attend a meeting should tender apologies to the Town Clerk.
Minutes: Apologies for absence were received from Inspector [[name:Gurr]].
|
|
DECLARATIONS OF INTEREST
(ii) Should any Member have a Disclosable Pecuniary Interest in an item on the agenda, the Member may not participate in consideration of that item unless a Dispensation has first been requested (in writing) and granted by the Council (see Dispensation Procedure).
Minutes:
Councillor [[name:Dodwell]] declared an interest as a member of the Bedfordshire Police and Crime Panel.
(ii) No disclosable pecuniary interests were declared and no dispensations were requested.
|
|
QUESTIONS FROM THE PUBLIC Minutes: |
|
MINUTES OF PREVIOUS MEETING Minutes:
RESOLVED that the minutes of the Community Safety Sub-Committee meeting held on 26 October 2020 be approved as a correct record, to be signed at a later date when safe to do so.
(b) Minute ref 50/CS Young People’s Projects – the Sub-Committee were informed that Groundwork would be beginning their sessions for young people and issuing invitations shortly. Members agreed that Groundwork should provide a general progress report on their sessions to the Sub-Committee.
The Town Clerk informed members he had been notified that 16 COVID stewards had been employed to gather and share information with officers at Central Beds Council and the Police regarding flouting of restrictions.
""")

doc("brentwood-scrutiny-csp-2018", "council_minutes", "Brentwood Borough Council", "brentwood",
    "https://brentwood.moderngov.co.uk/ieListDocuments.aspx?CId=380&MeetingId=1937",
    "Corporate Projects Scrutiny Committee: agenda and draft minutes (Community Safety Partnership item)", r"""
Agenda and draft minutes

Venue: Brentwood County High School, Shenfield Common, Seven Arches Road, Brentwood CM14 4JF

Contact: [[name:Steve Summers]]

Items
No. Item

326.

Apologies for Absence

Minutes:

Apologies were received from Cllrs [[name:Aspinell]] and [[name:Kendall]] with Cllr [[name:Clarke]] substituting.

327.

Minutes of the Previous Meeting pdf icon PDF 77 KB

Minutes:

The Chair advised the committee that as the Performance Indicators and Formal Complaints Working Group had not been able to meet then a report on what measures services were putting into place to address issues raised by Formal Complaints had not been included within this agenda.



Cllr [[name:Tumbridge]] advised that there had been a specific decision from the previous committee for a report to be on this agenda and questioned why this was not the case.  Mr [[name:Ruck]] advised that the working group meeting was cancelled due to the bad weather and another meeting could not be rescheduled due to the availability of members.  In addition, he confirmed that this decision was made in consultation with the Chair.



The Chair confirmed that a report which would highlight the issues arising from complaints and how they are being addressed would be circulated to committee members.



The minutes of the previous Corporate Projects Scrutiny Committee held on 29 January 2018 were approved as a true record.



328.

Community Safety Partnership pdf icon PDF 89 KB

Additional documents:

Minutes:

The Community Safety Partnership (CSP) was made up of Responsible Authorities as outlined in the Crime & Disorder Act 1988 which included the Council as a key partner.



Each year the partnership had a statutory duty to carry out a Strategic Intelligence Assessment which reviewed existing priorities and identified any new or emerging priorities that the partnership should focus on.
""")

doc("lancaster-os-csp-review-2021", "council_minutes", "Lancaster City Council", "lancaster",
    "https://committeeadmin.lancaster.gov.uk/ieListDocuments.aspx?CId=298&MeetingId=7574",
    "Overview and Scrutiny Committee: Community Safety Partnership Review", r"""
Contact: [[name:Jenny Kay]], Democratic Services - email
Note: to view the meeting please follow this link :
No. | Item |
Minutes Minutes of the Meeting held on 20th January 2021. Minutes: The Minutes of the meeting held on 20th January 2021 were agreed as a correct record.
It was noted that the minutes would be signed by the Chair when the minute book was available.
Items of Urgent Business authorised by the Chair Minutes: There were no items of urgent business. |
Declarations of Interest To receive declarations by Councillors of interests in respect of items on this Agenda. Councillors are reminded that, in accordance with the Localism Act 2011, they are required to declare any disclosable pecuniary interests which have not already been declared in the Council’s Register of Interests. (It is a criminal offence not to declare a disclosable pecuniary interest either in the Register or at the meeting). Whilst not a legal requirement, in accordance with Council Procedure Rule 9 and in the interests of clarity and transparency, Councillors should declare any disclosable pecuniary interests which they have already declared in the Register, at this point in the meeting. In accordance with Part B Section 2 of the Code Of Conduct, Councillors are required to declare the existence and nature of any other interests as defined in paragraphs 8(1) or 9(2) of the Code of Conduct.
Minutes: There were no declarations of interest. |
Community Safety Partnership Review
The Overview and Scrutiny Committee will be acting in its capacity as the City Council’s designated crime and disorder committee in accordance with the Police and Justice Act 2006 and Crime and Disorder (Overview and Scrutiny) Regulations 2009.
Representatives from Lancashire Constabulary and the Cabinet Member with Responsibility for Community Safety have been invited to the meeting.
""")

doc("maldon-csp-update-2016", "council_minutes", "Maldon District Council", "maldon",
    "https://democracy.maldon.gov.uk/ieListDocuments.aspx?CId=155&MId=216&Ver=4",
    "Committee minutes: Chairman's notices, minutes, disclosures of interest, Maldon District Community Safety Partnership update", r"""
Chairman's notices Minutes: The Chairman drew attention to the list of notices published on the back of the agenda.
The Chairman welcomed [[name:Spencer Clarke]], Community Safety Partnership Manager, and Inspector [[name:Andy Sawyer]] of Essex Police to the meeting. |
Apologies for Absence Minutes: There were none. |
Minutes of the last meeting To confirm the Minutes of the special meeting of the Committee held on 18 November 2015, (copy enclosed).
(i) that the Minutes of the meeting of the Committee held on 18 November 2015 be received.
Minute 607 – Essex Police Review Councillor [[name:S J Savage]] commented that bullet point six on page 3 of the Minutes should refer to “…a large number of mental health issues…”.
(ii) that, subject to the above amendment, the Minutes of the meeting of the Committee held on 18 November 2015 be confirmed. |
Public Participation To receive the views of members of the public on items of business to be considered by the Committee (please see below):
Minutes: None received. |
Disclosure of Interest To disclose the existence and nature of any Disclosable Pecuniary Interests, other Pecuniary Interests or Non-Pecuniary Interests relating to items of business on the agenda having regard to paragraphs 6-8 inclusive of the Code of Conduct for Members.
(Members are reminded that they are also required to disclose any such interests as soon as they become aware should the need arise throughout the meeting).
Minutes: Councillor [[name:S J Savage]] declared a non-pecuniary interest as he was a substitute Member on the Police and Crime Panel.
Councillor [[name:M S Heard]] declared in the interests of openness and transparency that he was employed by Essex Police in a civilian role.
Councillor Mrs [[name:P A Channer]], CC declared a non-pecuniary interest as she was the Council’s representative on the Police and Crime Panel, and also as she was an Essex County Council (ECC) Member. |
""")

doc("south-west-devon-os-csp-2017", "council_minutes", "South Hams and West Devon Councils", "south-west-devon",
    "http://mg.swdevon.gov.uk/mgAi.aspx?ID=2742",
    "Overview and Scrutiny: Community Safety Partnership (O&S.68/17)", r"""
Agenda item

Community Safety Partnership

Minutes:

O&S.68/17

Consideration was given to a report that provided Members with the opportunity to scrutinise the work of the Community Safety Partnership (CSP), as defined by Sections 19 and 20 of the Police and Justice Act 2006 and the Crime and Disorder (Overview and Scrutiny) Regulations 2009.



The Vice-Chairman introduced and welcomed the Partnership representatives to the meeting and invited them introduce their published report.  In so doing, the representatives reminded those present that it was a statutory responsibility for local authorities to scrutinise their local CSPs on an annual basis and they proceeded to highlight a number of the key achievements that had been referred to in the agenda report.



In the ensuing discussion, reference was made to:



(a)    support for the work of the CSP.  A number of Members were of the view that the CSP provided excellent value for money.  Whilst thanking the Members for these comments, the representatives highlighted that future funding for the CSP was uncertain.  A Member also requested that he receive a cost breakdown of the CSP (including officer support costs).



In adding his support to the value of the CSP, Inspector [[name:Tapley]] was of the view that the Police would be particularly vulnerable without the support it received from this Partnership;



(b)    the recent letter from the CSP to the Police and Crime Commissioner.  Some Members commended the contents of the letter on the Neighbourhood Policing Review (dated 9 October 2017) and it was suggested that the Council should add its support by way of a notice of motion being submitted to the next Council meeting on 14 December 2017.  Furthermore, it was also felt that Members should encourage their local town and parish councils to add their support to this letter;
""")

doc("maidstone-community-safety-plan-2021", "council_minutes", "Maidstone Borough Council", "maidstone",
    "https://maidstone.gov.uk/home/primary-services/council-and-democracy/additional-areas/contact-your-parish-council?sq_content_src=%2BdXJsPWh0dHBzJTNBJTJGJTJGbWVldGluZ3MubWFpZHN0b25lLmdvdi51ayUyRmllTGlzdERvY3VtZW50cy5hc3B4JTNGQ0lkJTNENTgwJTI2TUlkJTNENDY4MCUyNlZlciUzRDQmYWxsPTE%3D",
    "Agenda and draft minutes (Town Hall, Maidstone): Strategic Assessment and revised Community Safety Plan", r"""
Agenda and draft minutes

Venue: Town Hall, High Street, Maidstone

Contact: [[name:Lara Banks]]  [[phone:01622 602033]]

Items
No. Item

14.

Apologies for Absence

Minutes:

Apologies were received from Councillors [[name:Bartlett]] and [[name:Newton]].

15.

Notification of Substitute Members

Minutes:

Councillor [[name:Perry]] was present as a Substitute Member for Councillor [[name:Bartlett]], and Councillor [[name:Munford]] was present as a Substitute Member for Councillor [[name:Newton]].



16.

Urgent Items

Minutes:

There were no urgent items.



17.

Notification of Visiting Members

Minutes:

There were no Visiting Members.

18.

Disclosures by Members and Officers

Minutes:

There were no disclosures by Members or Officers.



19.

Disclosures of Lobbying

Minutes:

There were no disclosures of lobbying.



20.

EXEMPT ITEMS

Minutes:

RESOLVED: That all items be taken in public as proposed.



21.

Minutes of the Meeting Held on 1 June 2021 pdf icon PDF 61 KB

Minutes:

RESOLVED: That the Minutes of the meeting held on 1 June 2021 be approved as a correct record and signed.



22.

Presentation of Petitions

Minutes:

There were no petitions.



23.

Questions and answer session for members of the public

Minutes:

There were no questions from members of the public.



24.

Questions from Members to the Chairman

Minutes:

There were no questions from Members to the Chairman.

25.

Reports of Outside Bodies

Minutes:

There were no reports of Outside Bodies.

26.

The 2021/2022 Strategic Assessment and revised Community Safety Plan pdf icon PDF 156 KB

Additional documents:

Minutes:

The Community Protection Team Manager introduced the report, explaining that the Community Safety Plan had been amended since the previous meeting of the Committee. Further emphasis had been placed on the introduction of the Domestic Abuse Act 2021, and the foreword by the Leader of the Council was to be updated before the report would be presented at full Council.
""")

# Police and crime panels -------------------------------------------------------------------

doc("cheshire-pcp-apologies-interests", "council_minutes", "Cheshire Police and Crime Panel (Cheshire East Council)", "cheshire-pcp",
    "http://moderngov.cheshireeast.gov.uk/ieListDocuments.aspx?MId=7211",
    "Cheshire Police and Crime Panel: apologies, declarations of interest, public participation", r"""
Venue: Wyvern House, The Drumber, Winsford, CW7 1AH
Contact: [[name:Julie North]] Democratic Services Manager
No. | Item |
---|---|
Apologies Members are reminded that, in accordance with governance procedure rule 2.7, Panel Members, or their constituent authority, may nominate substitute members of the Panel in the event that the appointed representative(s) is/are unable to attend the meeting. Advance notice of substitution should be given to the host authority wherever possible. Members are encouraged wherever possible to secure the attendance of a substitute if they are unable to be present. Minutes: Apologies were received from Mrs [[name:S Hardwick]], Councillor [[name:A King]], Councillor [[name:R Bisset]] and Councillor [[name:S Edgar]].
|
|
Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012 Members are reminded of their responsibility to declare any disclosable pecuniary or non-pecuniary interest which they have in any item of business on the agenda no later than when the item is reached. Minutes: Councillor [[name:Mick Warren]] informed the Panel that he was a retired Police Officer and that his son was a serving Officer in the Cheshire Constabulary.
|
|
Public Participation To receive questions from members of the public in accordance with governance procedure rule 14. A total period of 15 minutes will be allocated for members of the public to speak at Panel meetings. Each member of the public shall be limited to a period of up to 5 minutes speaking.
Members of the public may speak on any matter relating to the work of the Panel. During public speaking time, members of the public may ask questions of the Panel and the Chairman, in responding to the question, may answer the question, may decline to do so, may agree to reply at a later date or may refer the question to an appropriate person or body.
Questions will be asked and answered without discussion.
""")

doc("cheshire-pcp-2024-07", "council_minutes", "Cheshire Police and Crime Panel (Cheshire East Council)", "cheshire-pcp",
    "https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=864&MId=10594&Ver=4",
    "Cheshire Police and Crime Panel - Friday, 19th July, 2024 10.00 am", r"""
Agenda and minutes

Cheshire Police and Crime Panel - Friday, 19th July, 2024 10.00 am

Venue: Council Chamber, Municipal Buildings, Earle Street, Crewe CW1 2BJ. View directions

Contact: [[name:Martin Smith]]  Tel: [[phone:01270 686012]] Email:  [[email:martin.r.smith@cheshireeast.gov.uk]]

Items
No. Item

1.

Apologies

Members are reminded that, in accordance with governance procedure rule at Part 3 paragraph 2.6, Panel Members, or their constituent authority, may nominate substitute members of the Panel in the event that the appointed representative(s) is/are unable to attend the meeting.  Advance notice of substitution should be given to the host authority wherever possible.  Members are encouraged wherever possible to secure the attendance of a substitute if they are unable to be present.

Minutes:

Apologies were received from Cllr [[name:Sam Naylor]] (Cheshire West and Chester) and Cllr [[name:Rob Moreton]] (Cheshire East).

2.

Appointment of Chair for the 2024/25 Municipal Year

Minutes:

Mr [[name:Evan Morris]] was elected as Chair of the Panel for the 2024/25 Municipal Year.



3.

Appointment of Deputy Chair for the 2024/25 Municipal Year

Minutes:

Miss [[name:Yasmin Somani]] was elected as Deputy Chair for the 2024/25 Municipal Year.

4.

Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012

Members are reminded of their responsibility to declare any disclosable pecuniary or non-pecuniary interest which they have in any item of business on the agenda no later than when the item is reached.

Minutes:

No issues were raised.

5.

Public Participation

To receive questions from members of the public. A total period of 15 minutes will be allocated for members of the public to speak at Panel meetings. Each member of the public shall be limited to a period of up to 5 minutes speaking. At the Chair’s discretion the period made available for questions and statements may be extended.
""")

# Licensing ---------------------------------------------------------------------------------

doc("wiltshire-licensing-review-2018", "licensing_minutes", "Wiltshire Council", "wiltshire",
    "https://cms.wiltshire.gov.uk/mgAi.aspx?ID=80641",
    "Licensing Application: review of a premises licence (Royal Sports Bar and Cue Club, Chippenham)", r"""
Agenda item

Licensing Application

To consider and determine an Application by Wiltshire Police for a Review of the Premises Licence in respect of Royal Sports Bar and Cue Club, Ivy Road Industrial Estate, Ivy Road, Chippenham.  The report of the Licensing Officer (Public Protection) is attached.

Minutes:

Application by Wiltshire Police for a Review of a Premises Licence in respect of Royal Sports Bar and Cue Club, Ivy Road Industrial Estate, Ivy Road, Chippenham



[[name:Roy Bahadoor]] (Public Protection Officer – Licensing) presented his report which outlined the licensing objectives and the options the Committee could take to meet these objectives. The history of the premises licence and the current licence was described alongside the grounds for its review. Mr [[name:Bahadoor]] advised that one relevant representation had been received from Wiltshire Council as Licensing Authority.



Key points raised by [[name:Martin O’Neill]] on behalf of Wiltshire Police, Review Applicant, were that:



·       Wiltshire Police Authority has no confidence in the Premises Licence holder’s ability to uphold the licensing objectives, specifically the prevention of crime and disorder.  There was evidence of a high level of crime and disorder permitted at the premises by the Premises Licence holder and he had shown a disregard to comply with the conditions attached to the Premises Licence;



·       41 intelligence reports (graded “B” for strength/reliability of source) relating to the premises gave reason for the Police to apply for a Warrant under Section 23 of the Misuse of Drugs Act.  The Warrant was executed on 15 August 2018 and Mr [[name:O’Neill]], along with other Police Officers attended the premises, including PC [[name:Rossiter]] whose statement appeared as page 41 in the Agenda pack;



·       Mr [[name:Smart]] (Premises Licence holder) was present during the raid and all customers were detained whilst a search of the premises was carried out.
""")

# Planning committees -----------------------------------------------------------------------

doc("worcester-planning-2019-01", "planning_minutes", "Worcester City Council", "worcester",
    "http://committee.cityofworcester.gov.uk/ieListDocuments.aspx?CId=130&MId=4289",
    "Planning Committee: agenda and minutes (declarations of interest, minutes, site visits)", r"""
Agenda and minutes

Venue: Guildhall

Contact: Committee Administration 01905 722006, 722005, 722085

Items
No. Item

126.

Declarations of Interest

To receive any declarations of interest.

Minutes:

The following declarations of interest were made:



South Worcestershire Development Plan Authorities’ Monitoring Repot 2017/18

(Minute No.     )



Councillor [[name:Roberts]] – had worked with Warndon Parish Council on the Development Plan.   Councillor [[name:Roberts]] elected to speak on the item.



Application [[case_id:P18L0453]] – [[address:30 Norton Road]]

(Minute No.    )



Councillor [[name:Johnson]] – had made no expressions of interest, although a local Ward Member.  Councillor [[name:Johnson]] elected to speak and vote on the item.



Application [[case_id:P18Q0510]] – [[address:25 Mabbs Close]]

(Minute No.    )



Councillor [[name:Johnson]] – had been asked a question about the application but referred the query to a local Ward Member.  Councillor [[name:Johnson]] elected to speak and vote on the item.

127.

Minutes of Previous Planning Committee pdf icon PDF 137 KB

of the meeting held on 13th December 2018 to be approved and signed.

Minutes:

RESOLVED: That the minutes of the meeting held on 13th December 2019 be approved as a correct record and signed by the Chairman.

128.

Minutes of Previous Conservation Advisory Panel pdf icon PDF 51 KB

Minutes of the meeting held on 5th December 2018 to be received.

Minutes:

RESOLVED: That the minutes of the Conservation Advisory Panel meeting held on 5th December 2019 be received.
""")

doc("tunbridge-wells-planning-2015-03", "planning_minutes", "Tunbridge Wells Borough Council", "tunbridge-wells",
    "https://deploy.abcdocz.com/doc/1101890/minutes--now-attached----democracy-and-standards",
    "Minutes (now attached) - Democracy and Standards: Planning Committee, Wednesday 25 March 2015", r"""
Minutes (now attached) - Democracy and Standards

Public Document Pack
Please ask for: [[name:Cheryl Clark]]
Direct Dial: [[phone:(01892) 554413]]
E-mail: [[email:cheryl.clark@tunbridgewells.gov.uk]]
Your Ref:
Our Ref:
Date: 7 April 2015
Dear Councillor
PLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015
I am now able to enclose, for consideration at the next meeting on Wednesday, 8th April, 2015 the
minutes of the previous meeting that were unavailable when the agenda was printed.
Agenda No
5
Item
To approve the minutes of the meeting dated 25 March 2015 (Pages 1 - 12)
[[name:Cheryl Clark]]
Democratic services Officer
Encs
This page is intentionally left blank
Agenda Item 5
1
PLANNING COMMITTEE
Wednesday, 25 March 2015
Present: Councillor Mrs [[name:Soyke]] (Chairman)
Councillors [[name:Noakes]] (Vice-Chairman), [[name:Backhouse]], Mrs [[name:Cobbold]], [[name:Elliott]], Dr [[name:Hall]],
[[name:Patterson]], [[name:Scholes]], [[name:Sloan]], [[name:Smith]], Mrs [[name:Thomas]], [[name:Tompsett]], [[name:Ward]] and [[name:Webb]]
Officers in Attendance: [[name:Tim Archer]] (Principal Planning Officer), [[name:Cheryl Clark]] (Democratic
Services Officer), [[name:Jane Lynch]] (Head of Planning), [[name:Mark Stephenson]] (Principal Conservation
Officer), [[name:Peter Hockney]] (DM Team Leader), [[name:Jo Smith]] (Lawyer) and [[name:Charlotte Oben]]
(Planning Officer)
Other Members in Attendance: Councillors [[name:McDermott]] and [[name:Lockhart]]
APOLOGIES
PLA146/14
Apologies for absence were recorded from Councillor [[name:Weeden]].
DECLARATIONS OF INTEREST
PLA147/14
Councillor Mrs [[name:Soyke]] declared a ‘significant other interest’ with reference to
application [[case_id:14/506664]] as she was related to the applicant. She would
therefore leave the chamber and the Vice-chairman would take the chair
while the application was considered.
DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR
MEMBERS TAKING PART IN THE PLANNING PROCESS, PART 5, SECTION 5.11,
PARAGRAPH 6.6)
PLA148/14
No declarations of lobbying were made.
""")

doc("north-norfolk-development-2011-11", "planning_minutes", "North Norfolk District Council", "north-norfolk",
    "https://studylib.net/doc/12925693/10-november-2011--development-committee",
    "10 NOVEMBER 2011 DEVELOPMENT COMMITTEE", r"""
10 NOVEMBER 2011 DEVELOPMENT COMMITTEE

advertisement
10 NOVEMBER 2011
Minutes of a meeting of the DEVELOPMENT COMMITTEE held in the Council Chamber,
Council Offices, Holt Road, Cromer at 9.30 am when there were present:
Councillors
Mrs [[name:S A Arnold]] (Chairman)
Mrs [[name:L M Brettle]]
Mrs [[name:A R Green]]
Mrs [[name:P Grove-Jones]]
[[name:P W High]]
[[name:S J Partridge]]
[[name:J H Perry-Warnes]]
[[name:R Reynolds]]
[[name:R Shepherd]]
[[name:B Smith]]
Mrs [[name:A C Sweeney]]
[[name:J A Wyatt]]
[[name:N Smith]] - substitute for [[name:B Cabbell Manners]]
Mrs [[name:A Fitch-Tillett]] - Poppyland Ward
[[name:K E Johnson]] - Cromer Town Ward
[[name:D Young]] - High Heath Ward
Officers
Mr [[name:S Oxenham]] - Head of Planning and Building Control
Mr [[name:R Howe]] - Planning Legal Manager
Mr [[name:J Williams]] - Team Leader (Major Developments)
Mr [[name:G Lyon]] - Team Leader (Enforcement and Special Cases)
Mr [[name:G Linder]] - Senior Planning Officer
Miss [[name:J Medler]] - Senior Planning Officer
Mr [[name:C Young]] - Senior Conservation and Design Officer
Mrs [[name:N Turner]] - Strategy Team Leader
Mr [[name:P Lumb]] - Sustainability Assistant
Mr [[name:B Dye]] - Norfolk County Council (Highways)
(139) APOLOGIES FOR ABSENCE AND DETAILS OF SUBSTITUTE MEMBERS
Apologies for absence were received from Councillors [[name:M J M Baker]] and [[name:B Cabbell]]
[[name:Manners]]. There was one substitute Member in attendance as shown above.
It was noted that Councillor [[name:Baker]] was currently on honeymoon. The Committee
wished him well for the future.
(140) MINUTES
The Minutes of a meeting of the Committee held on 13 October 2011 were approved
as a correct record and signed by the Chairman.
(141) ITEMS OF URGENT BUSINESS
The Chairman stated that there were no items of urgent business which she wished
to bring before the Committee.
Development Committee
1
10 November 2011
(142) DECLARATIONS OF INTEREST
All Members declared interests, the details of which are given under the minute of the
item concerned.
""")

doc("thurrock-planning-2010-03", "planning_minutes", "Thurrock Council", "thurrock",
    "https://docslib.org/doc/9009018/planning-committee-minutes-31-march-2010",
    "Planning Committee Minutes 31 March 2010", r"""
Present: Councillors [[name:Stuart St. Clair-Haslam]] (Chair), [[name:Barry Palmer]] (Vice-Chair), [[name:Ben Maney]], [[name:Joycelyn Redsell]], [[name:Gerard Rice]], [[name:Andy Smith]] and [[name:Steve Veryard]] Co-Opted Mr [[name:John Vesey]] – Campaign to Protect Rural England Members: Apologies: Councillors [[name:Peter Harris]] and [[name:Barrie Lawrence]] In attendance: Councillor [[name:Diane Revell]] (Ward Member speaking on applications [[case_id:09/00856/COND]], [[case_id:09/00638/FUL]] and [[case_id:09/00854/FUL]]) Councillor [[name:Pauline Tolson]] (Ward Member speaking on application [[case_id:10/00010/FUL]]) Councillor [[name:John Everett]] (Ward Member speaking on application [[case_id:10/00010/FUL]]) Councillor [[name:Sue MacPherson]] (Ward Member speaking on application [[case_id:10/00010/FUL]]) Councillor [[name:Wendy Herd]] (Ward Member speaking on application [[case_id:09/00793/FUL]]) [[name:A Millard]] - Head of Strategic Planning and Delivery [[name:A Esplen]] – Group Leader, Development Control [[name:L Nicholson]] – Planning Officer, Development Control [[name:C Blow]] – Planning Officer, Development Control [[name:M Ford]] – Assistant Engineer, Highways [[name:D Lawson]] – Deputy Monitoring Officer, Legal Services [[name:K Williams]] – Legal Services [[name:A Stuart]] – Principal Regeneration Solicitor [[name:B Clarke]] – Principal Democratic Services Officer [[name:V Freeman]] – Senior Democratic Services Officer
""")

doc("north-herts-planning-2019-09", "planning_minutes", "North Hertfordshire District Council", "north-herts",
    "https://democracy.north-herts.gov.uk/ieListDocuments.aspx?CId=151&MId=2243&Ver=4",
    "Planning Control Committee - Thursday, 19th September, 2019 7.30 pm", r"""
Agenda, decisions and minutes

Planning Control Committee - Thursday, 19th September, 2019 7.30 pm

Venue: Council Chamber, District Council Offices. Gernon Road, Letchworth Garden City

Items
No. Item

40.

APOLOGIES FOR ABSENCE

Decision:

Apologies for absence were received from Councillors [[name:Ruth Brown]], [[name:David Levett]] and [[name:Mike Rice]].



Having given due notice the following Councillors advised that they would be substituting:



Councillor [[name:Michael Muir]] for Councillor [[name:David Levett]]; and

Councillor [[name:Tom Tyson]] for Councillor [[name:Ruth Brown]].



The Chairman informed the Committee that Councillor [[name:Ian Moody]] would be in attendance, however, he would be late arriving.

Minutes:

Audio Recording – Session 1 – 19 Seconds



Apologies for absence were received from Councillors [[name:Ruth Brown]], [[name:David Levett]] and [[name:Mike Rice]].



Having given due notice the following Councillors advised that they would be substituting:



Councillor [[name:Michael Muir]] for Councillor [[name:David Levett]]; and

Councillor [[name:Tom Tyson]] for Councillor [[name:Ruth Brown]].



The Chairman informed the Committee that Councillor [[name:Ian Moody]] would be in attendance, however, he would be late arriving.

41.

MINUTES - 22 AUGUST 2019 pdf icon PDF 159 KB

To take as read and approve as a true record the minutes of the meeting of the Planning Control Committee held on 22 August 2019.



These Minutes are to follow.

Decision:

RESOLVED: That the Minutes of the Meeting of the Committee held on 22 August 2019 be approved as a true record of the proceedings and be signed by the Chairman.

Minutes:

Audio Recording – Start of Item – Session 1 – 56 Seconds



RESOLVED:That the Minutes of the Meeting of the Committee held on 22 August be approved as a true record of the proceedings and be signed by the Chairman.
""")

# FOI requests, responses and reviews -------------------------------------------------------

doc("foi-response-police-protection-2018", "foi_response", "A Greater Manchester council (not named in the excerpt)", "foi-youth-justice-requester",
    "https://docsbay.net/1-a-how-many-requests-referrals-have-been-received-by-the-police-to-accommodate-children",
    "FOI response: referrals of children in police protection and detained juveniles (28 October 2018)", r"""
[[name:Charles Bell]]
28 October 2018
Dear Mr [[name:Bell]],
Further to your request for information dated 18 June, please accept our apologies for the delay in response. Your questions and our answers are provided below, this relates:
1. a. How many requests(referrals) have been received by the police to accommodate children in police protection whom the local authority has been requested to receive under section 46(3)(f) Children Act 1989?
b. On how many occasions did a local authority social worker attend the police station to undertake an assessment?
c. How many of those children were already looked after by the local authority or another local authority?
d. What percentage of those children, broken down by age and gender, were i. Left in police or another form of place of safety; ii. Placed with foster parents; iii. Placed in a residential establishment; iv. placed with family or friends; v. placed in secure accommodation?
This information is not held. This information would be held on the Police custody record which is held by Greater Manchester Police rather than the Council. As a separate public authority, you would need to contact GMP directly to ascertain this information.
2. a. How many requests (referrals) were received from the police concerning juveniles (those aged below 17) who had been detained by the police pursuant to section 38 Police and Criminal Evidence Act?
Please break this down by gender and age if possible.
This area of work is handled by 2 separate teams, the Youth Offending Service, and for any cases after 4.30pm on a weekday or at weekend, our Out of Hours team. We can advise from our records within the Youth Offending Services that there have been 38 referrals. However, in terms of information held by the Out of Hours team, the council is unable to provide this information.
""")

doc("wdtk-peterborough-yot-request", "foi_request", "Peterborough City Council (request on WhatDoTheyKnow)", "foi-youth-justice-requester",
    "https://www.whatdotheyknow.com/request/youth_offending_teams_3?utm_campaign=alaveteli-experiments-87&utm_content=sidebar_similar_requests&utm_medium=link&utm_source=whatdotheyknow",
    "Youth Offending Teams - a Freedom of Information request to Peterborough City Council", r"""
Youth Offending Teams

[[name:Charles Bell]] made this Freedom of Information request to Peterborough City Council

This request has been closed to new correspondence. Contact us if you think it should be reopened.

The request was successful.

Dear Peterborough City Council,

It is the responsibility of the Local Authority to oversee Youth Offending Teams, produce Youth Justice Plans etc.
1. In terms of staffing what is the composition of your Youth Offending Team in terms of designated posts, numbers etc?
In particular I seek to establish how many HCPC registered social workers are within your team and the qualifications required of those from Probation, Health and the Police in addition to numbers and qualifications required of other members of your team. Please advise as best you can.
Please provide person specifications including that applicable to the Youth Offending Team Manager.
2. If you consider it appropriate please advise of the professional qualification of your current Youth Offending Team Manager.
3. Which Officers/posts within your team are designated to:
a. Attend the police station as an appropriate adult;
b. Hold case responsibility for children remanded to local authority accommodation with an indication if they have experience of managing looked after children;
c. Write pre-sentence reports;
d. Act as responsible officers for community sentences.

4. Please provide your guidance and policy that addresses dovetailing children in conflict with the law and Local Authority duties under the Children Act 1989 concerning children in need; children suffering or at risk of significant harm including threshold criteria; looked after children with particular reference to offences committed in residential care and children who are looked after but are sentenced to custody; looked after children subject to a pathway plan; children and young people who have ceased to be looked after together with arrangements for managing the transition to adult services.
""")

doc("west-berkshire-foi-internal-review-2009", "foi_response", "West Berkshire District Council", "west-berkshire",
    "http://www.whatdotheyknow.com/request/19233/response/56113/attach/html/3/Wileman%20response%202009%2011%2017.pdf.html",
    "Request for a Review – Refusal under Section 12 (17 November 2009)", r"""
17 November 2009
Mrs [[name:Wileman]]
Policy & Communication
By email
West Berkshire District Council
Council Offices
Market Street Newbury
Berkshire RG14 5LD
Our Ref: FoI/2009/IR/07
Your Ref:
Please ask for: [[name:David Lowe]]
Direct Line: [[phone:01635 519747]]
Fax: 01635 519613
e-mail: [email address]
Dear Mrs [[name:Wileman]],
Request for a Review – Refusal under Section 12
You have requested a review of the Council’s refusal of your request for statistics of
children placed under an Interim Care Order or Emergency Protection Order from 1998
to current date where the reason for the Order was only emotional harm.
In our previous correspondence we advised you that because of the number of case
files, and the requirement to read through the documentation in some detail (since the
Council does not collate this particular data separately), we were refusing this request
under the provisions of Section 12 of the Freedom of Information Act 2000, since to
progress it would exceed the ‘appropriate limit’ of 18 hours of staff time. In requesting a
review you have suggested that the Council could supply the data from 2004 onwards (a
revision of the parameters of the request) and that in other authorities the work has been
carried out by the Head of Service.
Having reviewed this revised request, and examined the reason for the original refusal, it
is my determination that we do not, in any event, hold the information you requested.
However, even if we were to seek to extract this data, I regret that it is my view that the
refusal under Section 12 would still be appropriate, and that even with your revision of
the request the amount of work involved would still exceed 18 hours.
To explain the process I have used to arrive at this decision, it is necessary to explain
how the data is currently collected. The authority is required to collate the information on
the database according to a set of ‘category of need’ codes which are used for our
reporting to the Government.
""")

doc("devon-foi-young-people-in-care-2019", "foi_response", "Devon County Council", "devon-county",
    "https://www.devon.gov.uk/accesstoinformation/information_request/young-people-in-care-2018-to-2019",
    "Young people in care 2018 to 2019 (FOI response)", r"""
1. How many young people entered the care of your authority from 1st April 2018 to 31st March 2019?
297
2. How many of the young people that entered the care of your authority from 1st April 2018 to 31st March 2019, had their emotional health assessed on entry to the care of your authority (aligned to the legislation highlighted above)?
3. How many of the young people that entered the care of your authority from 1st April 2018 to 31st March 2019, had their emotional health assessed by a registered medical practitioner (aligned to the legislation highlighted above)?
4. Out of the young people who entered the care of your authority from 1st April 2018 to 31st March 2019, how many of them have had a written assessment of their emotional health (aligned to the legislation highlighted above)?
5. Out of the young people who entered the care of your authority from 1st April 2018 to 31st March 2019, how many of them were assessed as needing emotional health support?
6. Out of the young people who entered the care of your authority between 1st April 2018 to 31st March 2019 what number of them received a therapeutic* intervention after being assessed as needing one in their emotional health assessment
In response to questions 1-6, we do hold this information but to locate, extract and collate it would mean a manual review of all 297 records. At approximately ten minutes for each record this would take a total of approximately 50 hours.
Under the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 public authorities are not obliged to comply with requests which exceed the cost limit of £450 (equating to 18 hours of time). For this reason we believe that Section 12 of the Freedom of Information Act applies (cost of compliance exceeds the appropriate limits).
""")

# School governing boards -------------------------------------------------------------------

doc("ermysteds-full-governing-board-2019-12", "board_minutes", "Ermysted's Grammar School Full Governing Board", "ermysteds",
    "https://vdocuments.mx/download/a-meeting-of-the-ermystedas-grammar-school-full-governing-mr-b-garner-bg-mr.html",
    "A Meeting of the Ermysted’s Grammar School Full Governing Board, Thursday 5th December 2019", r"""
A Meeting of the Ermysted’s Grammar School Full Governing Board

was held in the boardroom at the School on Thursday 5th December 2019 at 4.30pm.


Mr [[name:C Worts]] [[[name:CW]]] Chair (FTG); Mr [[name:M Evans]] [[[name:MJE]]] Headmaster (SG); Mrs [[name:J Lloyd]] [[[name:JL]]] Vice Chair (FTG)

Mr [[name:AM Davies]] [[[name:AD]]] (FTG); Mr [[name:HG Cutler]] [[[name:HC]]] (FTG); Mrs [[name:SE Stockton]] [[[name:SS]]] (FTG)

Dr [[name:S Humphrey]] [[[name:SH]]] (PAFTG); Ms [[name:S Trelease]] [[[name:ST]]] (CG); Mr [[name:S Clarkson]] [[[name:SC]]] (LA)

Mr [[name:S Flanagan]] [[[name:SF]]] (FTG); Mrs [[name:D Swiffen]] [[[name:DS]]] (FTG); Mr [[name:A Jackson]] [[[name:AJ]]] (SG)

Ms [[name:V Anderson]] [[[name:VA]]] (PG); Mr [[name:A Hart]] [[[name:AH]]] (PG); Mrs [[name:R Nazar]] [[[name:RN]]] (CG)

(FTG) Foundation Trustee Governor; (OBFTG) Old Boys Foundation Trustee Governor

(PAFTG) Parents Association Foundation Trustee Governor; (SG) Staff Governor

(LA) Local Authority Governor; (PG) Parent Governor; (CG) Co-opted Governor; (AM) Associate Member


Mr [[name:D Frankland]] [[[name:DF]]] Clerk to Governors

Mr [[name:A Wooley]] [[[name:ADW]]] School Business Leader

Ms [[name:P Davies]] [[[name:PD]]] Deputy Head Teacher

Members of the Senior Leadership Team

Mr [[name:B Garner]]; Mr [[name:J Burton]]



Min Item Lead att



To extend a welcome to all present and open the meeting.

Meeting status::Quorate

The Chair opened the meeting at 4.35pm., extended a welcome to Governors, to all

members of Senior Leadership Team in attendance, and extended a particular welcome

to Mr [[name:Brent Garner]] ([[name:BG]]) and Mr [[name:Jonathan Burton]] ([[name:JB]]). observing at this meeting.


On approval of the Governing Board [[name:JB]] to be appointed as an Associate Member. [[name:BG]] to

remain in attendance awaiting receipt of the nomination paper from the Local Authority

to recommend his appointment to the office of Local Authority Representative Governor.



To receive apologies and consent to absences.

The Clerk was in receipt of apologies from [[name:SF]], [[name:HC]], [[name:AD]], [[name:VA]] and [[name:AW]], which were

recorded as consented. Notice of probable late arrival was recorded for [[name:AJ]] and [[name:DS]].
""")

doc("city-academy-hackney-governing-body-2016-12", "board_minutes", "The City Academy, Hackney (City of London Academies)", "city-of-london",
    "https://docsbay.net/city-of-london-academy-islington-limited",
    "Minutes of the Governing Body meeting held on Wednesday 14th December 2016", r"""
Minutes of the Governing Body meeting held on Wednesday 14th December 2016
At The City Academy, Hackney
Governors Present / Ms [[name:Catherine]] / [[name:McGuinness]] / Sponsor Governor (CoLC) – ChairMr [[name:Nigel]] / [[name:Challis]] / Sponsor Governor (CoLC)
Ms [[name:Dawn]] / [[name:Elliott]] / Sponsor Governor (KPMG)
Mr [[name:Mark]] / [[name:Malcolm]] / Acting Principal
Ms [[name:Rita]] / [[name:Krishna]] / Co-opted Governor
Ms [[name:Sheila]] / [[name:Scales]] / Co-opted Governor
Dr [[name:Stephen]] / [[name:Webster]] / Parent Governor
Ms [[name:Amanda]] / [[name:Brown]] / Sponsor Governor (KPMG)
Mr [[name:Tamas]] / [[name:Kiss]] / Staff Governor
Ms [[name:Anuja]] / [[name:Dhir]] / Sponsor Governor (CoLC)
Mr [[name:Joshua]] / [[name:White]] / Sponsor Governor (KPMG)
In Attendance / Mr [[name:Olu]] / [[name:Alalade]] / Vice Principal (Resources)
Mr [[name:Prince]] / [[name:Gennuh]] / Acting Vice Principal (Achievement)
Mr [[name:Preet]] / [[name:Singh]] / Acting Vice Principal (Teaching and Engagement)
Ms [[name:Holly]] / [[name:Arles]] / Vice Principal
Clerk / Mr [[name:Oskar Schortz]] Hackney Learning Trust
Abbreviations / TCAH (The City Academy, Hackney); CoLC (City of London Corporation); KPMG
SIP (School Improvement Partner)
[[name:Catherine McGuinness]] in the Chair
Meeting opened at 6pm
Part 1: Non-Confidential – Main Business
1. Recruitment of Principal
See confidential minutes
2. Governing Body Organisation
2.1 Apologies and Consent for Absence
Apologies were received and accepted from [[name:Anne Fairweather]], [[name:Anntoinette Bramble]] and [[name:Anant Suchak]].
2.2 Declarations of Interest in Items on the Agenda
It was noted that [[name:Sheila Scales]], [[name:Rita Krishna]] and [[name:Mark Malcolm]] were members of the Interim Governing Body of the City of London Academy Shoreditch Park.
2.3 Effectiveness review/Skills audit
[[name:Dawn Elliott]] asked governors to complete the questionnaires and noted that the results of the skills audit and effectiveness review would be collated and disseminated to governors.
2.4 Review membership of the governing body
It was noted that [[name:Dawn Larter-Evans]] had stood down due to unexpected responsibilities in her new role.
""")

doc("city-of-london-education-board-2016", "board_minutes", "City of London Corporation (Education Board)", "city-of-london",
    "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=50067",
    "Education Board: Minutes and Action Sheet", r"""
Agenda item

Minutes and Action Sheet

To agree the public minutes and summary of the meeting held on 12 May 2016.



The minutes of the meeting held on 12 May 2016 were approved as a correct record subject to [[name:Chris Hayward]]’s apologies being recorded and a typographical error in item 5 (Proposed Model Governance Structure) being corrected.


Matters Arising

Proposed Model Governance Structure for City Academies

The Chairman noted that an item of work remained to be conducted on this area and a report would be brought to the Board outlining the scale of governor requirements in the City Family of Schools.


Action Sheet

Project Reporting

The Town Clerk noted that the Education Board was the spending committee for new-build City academies, but that project governance for existing academies was more complex and involved external parties. The Director of Academy Development agreed to develop an organogram outside of the meeting.

Supporting documents:
""")


if __name__ == "__main__":
    main()
