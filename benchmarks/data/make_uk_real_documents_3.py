"""Build benchmarks/data/uk_real3_dev.json and benchmarks/data/uk_real3_holdout.json: a THIRD set
of excerpts of REAL published UK public-sector text with gold personal-data spans, from bodies
and documents not used by make_uk_real_documents.py, make_uk_real_documents_2.py or
make_court_judgments.py.

    .venv/bin/python benchmarks/data/make_uk_real_documents_3.py

What is in it: a youth offending performance board with a column-aligned attendance list and
initials as action owners; safeguarding children board items in scrutiny minutes and a
representative's report; a youth justice scrutiny item with an invitee list; a youth cabinet's
"Name / Name / Name" attendance grid with first names alone; a youth advisory board with
dotted initials ("A.T", "S.S"); parish council minutes and an agenda (councillors with initials
in brackets, "Mr D Purnell (Chairman).", "Councillors C Crossley (Chairman), J Mosford, ...",
a payee table whose cells are glued: "G RobinsonClerk101820£351.20"), planning application
numbers and site addresses; health and wellbeing board minutes; a county information sheet;
Employment Appeal Tribunal and High Court (planning) judgments with parties, judges and
counsel in capitals; and Local Government and Social Care Ombudsman decisions ("Mr X",
"Miss Y", complaint numbers).

Each excerpt was copied verbatim (line breaks, runs of spaces, table pipes and other extraction
artefacts kept; spaces at line ends trimmed) from the text the project's search tool returned for
a public page; `source` records the page address and the document's own heading. Excerpts start
at the first useful line after a site's navigation and are cut at a line or sentence end; only
`[[label:value]]` markers (benchmarks/data/markers.py) were added.

Labelling rules: those of make_uk_real_documents.py (see its docstring and benchmarks/README.md).
Every reference to a person is `name` (titles such as Cllr, Councillor, Mr, Mrs, Dr, ACC, JUDGE,
MR JUSTICE, LORD and a trailing QC are outside the span, and so is a full stop that ends a run of
dotted initials: "[[name:A.T]]." ); initials standing for a person, initial + surname, first
names alone and the letters an ombudsman uses ("Mr [[name:X]]") are `name`. A planning
application number, an Employment Appeal Tribunal appeal number, a High Court case number and an
ombudsman complaint number are `case_id` (neutral citations and BAILII's own citation forms are
not). The site address of a planning application is `address` (a street name alone is not). A
named officer's or clerk's phone number is `phone` and a named mailbox `email` (shared mailboxes,
solicitors' and courts' addresses are not spans).

Split (decided before any excerpt was scored): each excerpt has a `group` (the body; bodies
that share people are one group, e.g. Dorset Council's health and wellbeing board and full
council), and a group goes to uk_real3_holdout.json when int(sha256(group), 16) % 3 == 0,
otherwise to uk_real3_dev.json. The rule looks only at the group's name. Tune only on
uk_real3_dev.json; uk_real3_holdout.json is for measuring.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

# The second set's record and writer: the same record format and excerpt length limits.
from make_uk_real_documents_2 import record_of, write_split

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real3_dev.json"
OUT_HOLDOUT = HERE / "uk_real3_holdout.json"

DOCS: list[dict] = []


def excerpt(docs: list[dict], id_: str, genre: str, body: str, group: str, url: str, title: str,
            marked: str) -> None:
    docs.append({"id": id_, "genre": genre, "body": body, "group": group,
                 "source": {"url": url, "title": title}, "marked": marked.strip("\n")})


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    excerpt(DOCS, id_, genre, body, group, url, title, marked)


def held_out(group: str) -> bool:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest(), 16) % 3 == 0


def split(docs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(development, held-out) records, by the hash of each excerpt's group."""
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate document ids")
    dev = [record_of(d) for d in docs if not held_out(d["group"])]
    holdout = [record_of(d) for d in docs if held_out(d["group"])]
    return dev, holdout


def build() -> tuple[list[dict], list[dict]]:
    return split(DOCS)


def write_sets(docs: list[dict], out_dev: Path, out_holdout: Path) -> None:
    from make_uk_real_documents import summary  # the first set's report, for the same figures

    dev, holdout = split(docs)
    write_split((out_dev, dev), (out_holdout, holdout))
    summary(f"dev -> {out_dev.name}", dev)
    summary(f"holdout -> {out_holdout.name}", holdout)


def main() -> None:
    write_sets(DOCS, OUT_DEV, OUT_HOLDOUT)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Youth offending, youth justice and safeguarding boards ---------------------------------

doc("lewisham-yos-board-2010-06", "yot_board_minutes", "London Borough of Lewisham (Safer Lewisham Partnership)", "lewisham-yos",
    "http://www.docstoc.com/docs/121297676/Item-2-SLP-YOS-June-2010-Minutes",
    "SLP YOS Performance & Delivery Board, Friday 4th June 2010", r"""
SLP YOS Performance & Delivery Board

                              Friday 4th June 2010
                    Civic Suite , Town Hall, Catford SE6 4RU


[[name:Aileen Buckton]]                       Executive Director Community Services (Chair)
[[name:Geeta Subramaniam]]                    LBL Crime Reduction Service
[[name:Tanya Edwards]]                        LBL YOS
[[name:Waneka Peters]]                        LBL YOS (minutes)
[[name:Christine Grice]]                      Children’s and Young People’s Services
[[name:Simon James]]                          Metropolitan Police
[[name:Nadia Whyte]]                          Victim Support
[[name:Arseny Barkovskiy]] ([[name:ABa]])              LBL Crime Reduction Services
[[name:Nick French]]                          Interim IYSS Manager
[[name:Craig White]]                          LBL YOS
[[name:Adam Mooney]]                          YJB
[[name:Nick Topliss]]                         SLAM CAMHS

[[name:Holly Gardner]]                        Catch 22
[[name:Kate English]]                         VAL
[[name:Dith Banbury]]                         Lewisham College
[[name:Gill Wills]]                           LBL IYSS
[[name:Sarah Robinson]]                       Lewisham Probation
[[name:Evert Robotham]]                       LBL Lewisham Homes
[[name:Mark Johnstone]]                       Lewisham Probation

1.    Apologies

      Apologies received from those listed above.

2.    Minutes & Matters Arising – [[name:Aileen Buckton]]

      Research Proposals
      A number of proposals have been presented to the Community
      Services Research Governance Equalities Board (CSRGEB)
      relating to youth offending. Only one has been authorised. [[name:Anne
      Reuter]] will be working with staff and young people with regards to
      interventions that take place with young people and young
      people’s participation in additional activities.

      Action: [[name:TE]] to arrange for the various research papers to be          [[name:TE]]
      presented to the YOS Performance & Delivery Board in


     [[name:BF]] presented the Court Action Plan and r
""")

doc("slough-lscb-annual-report-2019", "council_minutes", "Slough Borough Council", "slough-lscb",
    "http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=39497",
    "Local Safeguarding Children Board Annual Report (scrutiny panel minutes)", r"""
Agenda item

Local Safeguarding Children Board Annual Report

Minutes:

The Panel received the Local Safeguarding Children Board Annual Report which provided an account of the Board’s activities in the financial year April 2018-March 2019. Members noted that some of the electronic links in the report did not work but that the documents could be made available on request.



[[name:Nick Georgiou]], Independent Chair of Slough Safeguarding Boards, introduced the report and advised that the main message was that there had been significant changes required by the Department for Education (DfE) in terms of child safeguarding. The DfE had indicated that the establishment of the Slough Safeguarding Leaders Group was to be welcomed.



In response to a Member’s question in relation to awareness training, the Independent Chair stated that this was a good illustration of how different agencies were working together. [[name:Betty Lynch]], Safeguarding Partnership Manager, added that the different boards had worked together in order to encourage attendance at safeguarding training with approximately 40 professionals attending each session.



The Chair of the Panel sought reassurance that support for schools and teachers was included as part of the training agenda and was advised that the Director of Children’s Services chaired the Safeguarding Partnership and that a coordinator assisted schools with training. In addition, emerging topics were discussed with schools.



A Member questioned the increase in the number of allegations referred to the Local Authority Designated Officer (LADO). The Chair of the Board explained that this was a positive in that allegations were being referred and was an indication that the process was working, particularly when the outcomes were considered. The Safeguarding Partnership Manager added that the LADO was employed by the Children’s Trust and had provided intensive training on safeguarding which had, in turn, increased awareness.
""")

doc("brent-lscb-annual-report-2013", "council_minutes", "London Borough of Brent", "brent-lscb",
    "https://democracy.brent.gov.uk/mgAi.aspx?ID=9963",
    "Local Safeguarding Children's Board Annual Report (committee minutes)", r"""
Agenda item
Local Safeguarding Children's Board Annual Report
[[name:Chris Spencer]] (Independent Chair of the Local Safeguarding Children’s Board) will present the Annual Report of the LSCB to the committee.
Minutes:
The Annual Report of the Local Safeguarding Children’s Board (LSCB) for 2012/13 was introduced to the committee by [[name:Chris Spencer]] (Independent Chair of the LSCB), who had joined the Board in May 2012. Shortly after this time, the Board had been restructured, creating an Executive group. A new constitution had also been developed and the Board’s three year business plan had been revised and agreed by LSCB partners in September 2012. Five sub-groups had been created, each Chaired by members of the Executive group, all of which had been fully operational as of January 2013. The Annual Report 2012/13 reviewed the progress made against year 1 of the business plan, assessing the Board’s priorities as addressed via the sub-groups. The five sub-groups comprised Quality Audit and Outcomes, Vulnerable Groups, the Voice of the Child, Developing a Learning Culture, and Governance, Accountability and Business Processes. Terms of reference and support plans had been established for each of these. [[name:Chris Spencer]] emphasised that though the changes made had allowed significant progress to be achieved, there remained lots of work to do over the next few years.
During members’ discussion, a number of issues and queries were raised. With reference to the Voice of the Child sub group, which had been set up to ensure that views of children and young people informed the Board in considering safeguarding, it was queried whether any young people sat on the Board. Further details were also sought on attendance at the LSCB meetings by various partners and it was specifically queried whether poor attendance by some organisations had hindered the progress of the Board.
""")

doc("solihull-sustain-lscb-2014-07", "board_report", "Solihull Sustain (voluntary sector representative)", "solihull-sustain",
    "http://solihull-sustain.org.uk/2014/07/local-safeguarding-children-board-meeting-15th-july-2014/",
    "Local Safeguarding Children Board meeting – 15th July 2014", r"""
Friday, July 18th, 2014

Local Safeguarding Children Board meeting – 15th July 2014

Date of Meeting:

15th July 2014

Key Points of Wider Interest Discussed:

  • The Board’s financial budget remains a concern. Discussions have been had with the Adult Safeguarding Board to look at how to jointly make the best use of resources, possibility of sharing support staff. Proposals will be emailed out for consideration and hopefully agreement.
  • [[name:Chris Palmer]] gave an update on Early Help developments. Hard copies of the strategy were given out at The partnership event on June 5th, but can also be accessed online

Significant progress made with some schools around developing Early Help Plans –example from Windy Arbor School shared.

  • As part of the Local Offer for 0-5 year olds there will be changes to Children’s Centre provision (only 30% of families access this at present) – there will be an invitation to tender for the revised provision in the Autumn.
  • Figures regarding attendance at CP Conferences were discussed – Attendance of professionals from Health were highlighted as being poor, particularly GPs –looking at how to remedy this. Also the lack of reports being made for the conferences, and the correct template not being used.
  • There is still a lack of Level 2 Safeguarding trainers –recognition made that DIAL have contributed to this.
  • SMBC is working with Children and Young People to co-produce a new engagement strategy which will be published in the Autumn to ensure they are involved in decision making and their views are taken seriously.

Potential Follow Up Action/Discussion/Feedback Required:

  • Cascade the Early Help Strategy : link above
  • Cascade the attached checklist for signs of Child Sexual exploitation :

Date of Next Meeting: September 16th 2014

Name and Contact No of Rep Completing:

[[name:Deb Jones]]
Children’s Manager
[[phone:0121 779 3865]]
""")

doc("bracknell-forest-lscb-2015", "board_minutes", "Bracknell Forest Local Safeguarding Children Board", "bracknell-forest-lscb",
    "http://democratic.bracknell-forest.gov.uk/mgAi.aspx?ID=50897",
    "Minutes of Previous Meeting and Matters Arising (LSCB)", r"""
Agenda item

Minutes of Previous Meeting and Matters Arising

Minutes:

The minutes of the Local Safeguarding Children Board (LSCB) meeting held on 17 July 2015 were approved as a correct record.



Matters Arising



·         A bid for funding to the DfE Innovations Fund had been unsuccessful.  Ten projects had been selected from across the country and updates on the outcomes of these projects would be provided as the projects concluded

·         The outcomes of an audit of the Safer Lives Multi-agency Risk Assessment Conference (MARAC) process were still awaited.  These would be followed up with the Community Safety Team  (Action: [[name:Jonathan Picken]])

·         Training had been provided to staff to raise awareness of MARAC and its reporting processes

·         Thames Valley Police have raised their concerns about the difficulties that had been experienced in securing appropriate adults with the Chief Executive’s of the Berkshire local authorities. As a result, work was underway to recruit more Appropriate Adults specific data was however still awaited.

·         The Board was informed that the Emergency Duty Team (EDT) function was currently under review across all six Berkshire Authorities.  The Appropriate Adult function was not currently part of this review and it was agreed that including the role in the review would be raised with the review team and the EDT Annual Report would be presented to a future LSCB meeting. (Action: [[name:Jonathan Picken]]/[[name:Alex Walters]])

·         It was agreed that the Emergency Duty Team Annual Report would be presented to a future meeting.  (Action: [[name:Jonathan Picken]])

·         The Nine Signs of Child Sexual Exploitation (CSE) social media campaign had been a success and there were plans to run a similar campaign on the misuse of technologies
""")

doc("norfolk-mi-sheet-ofsted-2015", "information_sheet", "Norfolk County Council", "norfolk-county-council",
    "https://csapps.norfolk.gov.uk/csshared/ecourier2/misheet.asp?misheetid=21347",
    "Management Information Sheet: Ofsted Inspection (MI 154/15)", r"""
Management Information Sheet

Ofsted Inspection

MI Sheet TypeInformation
MI Number:154/15
Publication Date:10/07/2015 12:00:00
LA Contact:[[name:Kelly Waters]]
Audience:Headteachers, Senior Designated Professionals

Ofsted Inspection

I would just like to make you aware that on 6 July we received the announcement that Ofsted will be carrying out an inspection of children in need of help and protection, children looked after and care leavers and NSCB in Norfolk commencing 7 July. This is a no notice inspection that will cover a four week period. Key lines of enquiry will be drawn from what Ofsted already know about Norfolk and themes that emerge from performance data.

A small group of inspectors arrived at County Hall Tuesday morning to prepare for the inspection and to start looking at Children’s Services to enable them to determine their Key Lines of Enquiry for the inspection. They will also identify the first 20 case audits with further cases being identified next week for tracking. They will be off site for all of the next week preparing for the inspection and interviews in the following week and reading the Library of Evidence we have submitted. The full team (of up to 10 inspectors) will be carrying out audits and interviews across the county in the following week commencing Tuesday 21 July completing this work on Thursday 30 July. Initial feedback will be given to the Director of Children’s Services and the chair of the NSCB on the final Thursday afternoon of the inspection.
""")

doc("bridgend-yjs-scrutiny-2023", "council_minutes", "Bridgend County Borough Council", "bridgend-yjs",
    "https://democratic.bridgend.gov.uk/ieListDocuments.aspx?CId=394&MId=4505&Ver=4",
    "Subject Overview and Scrutiny Committee 1: Youth Justice Service and Operational Plan", r"""
Venue: Hybrid in the Council Chamber - Civic Offices, Angel Street, Bridgend, CF31 4WB. View directions
No. | Item |
Declarations of Interest To receive declarations of personal and prejudicial interest (if any) from Members/Officers in accordance with the provisions of the Members Code of Conduct adopted by Council from 1 September 2008 (including whipping declarations)
Minutes: The following declared personal interests in Agenda Item 4, Youth Justice Service and Operational Plan:
Councillor [[name:Martyn Jones]] as a sitting Justice at Cardiff Magistrates Court; Councillor [[name:Johanna Llewellyn-Hopkins]] as a Member of the South Wales Crime Panel. |
Approval of Minutes To receive for approval the minutes of the meeting of 13 03 23
Minutes: RESOLVED: That the Minutes of the meeting of the Subject Overview and Scrutiny Committee 1 dated 13 March 2023 be approved as a true and accurate record. |
Youth Justice Service and Operational Plan Invitees:
Councillor [[name:Jon-Paul Blundell]] – Cabinet Member Education
[[name:Lindsay Harvey]] - Corporate Director – Education and Family Support [[name:Nicola Echanis]] - Head of Education and Family Support [[name:Mark Lewis]] – Group Manager, Family Support [[name:Christa Bonham-Griffiths]] –Youth Justice Service Manager [[name:Owen Shepherd]] – Youth Support Services Manger [[name:Kevin Reeves]] – Operational Manager, Youth Justice Services [[name:Catherine Evans]] – Operational Manager, Youth Justice Services
Minutes: The Strategic Youth Justice Service Manager presented the report, the purpose of which was to update the Committee on the progress made regarding the combined recommendations, actions and developments outlined in its Youth Justice Plan for 2022-2023 and the priorities identified in the current Bridgend Youth Justice Service (BYJS) Youth Justice Annual Plan for 2023-2024.
""")

doc("milton-keynes-youth-cabinet-2013-04", "board_minutes", "Milton Keynes Youth Cabinet", "milton-keynes-youth-cabinet",
    "https://docsbay.net/youth-cabinet-meeting",
    "Youth Cabinet meeting, Monday 8 April 2013", r"""
Date & Time: / Monday 8 April 2013 – 5pm
Location: / Civic Offices
Attendance: / [[name:Emma Hosking]] / [[name:Lisa Hurst]] / [[name:Jay Flanders]]
[[name:Adam Rolfe]] / [[name:Hazel Anne Fransch]] / [[name:Alice Piggott]]
[[name:Elizabeth Beale]] / [[name:David Agunede]] / [[name:Calum Kay]]
[[name:Daniel Jones]] / [[name:Stuart Westley]] / [[name:Beth Addison]]
[[name:Amber Saunders]] / [[name:Idil Ali]] / [[name:Kai Harrison]]
[[name:Kayla Villamil-Martinez]] / [[name:Kieran Gaskell]] / [[name:Libby Pearson]]
[[name:Maddie Couchman]] / [[name:Mahi Joshi]] / [[name:Manijeh Kheradmandan]]
[[name:Peter Hitchin]] / [[name:Thomas Brown]] / [[name:Tobias Scoble]]
[[name:Victoria Grant]] / [[name:William Bowen]] / [[name:Ygraine Emrys]]
1.0 / Welcome and introductions / ACTIONS
It was agreed that [[name:Roz Mascarenhas]] will Chair this meeting.
[[name:Emma Hosking]] officially welcomed everyone to the new Youth Cabinet and explained why we were lucky to be able to use Chambers for our meetings.
A brief explanation took place on how to carefully use the microphones.
2.0 / Apologies
Apologies were received from [[name:Anita Dzre]], [[name:Sofia Bajerova]], [[name:Thelsa-Jana Bouchada]], [[name:Georgie MacLoughlin]], [[name:Luke Louis]] and [[name:Nicholas Hitchin]].
Apologies were not received from [[name:Charley Mackrill]], [[name:Dylan Dakramendjian]], [[name:Jayme McDougall]], [[name:Josh Bennetts]], [[name:Samiha Ahmed]] and [[name:Thomas Bourton]].
Please remember that out of courtesy to the people responsible for organising the meetings, if you are unable to attend, please let either [[name:Emma]] or [[name:Sarah]] know as soon as you become aware that you cannot make it.
3.0 / Minutes of the last Meeting – walk through
The Minutes of the meeting were read and approved.
[[name:Roz]] briefly explained some of the processes involved with minutes, what happens in meetings, what acronyms are used and how the agenda is constructed in relation to the minutes.
4.0 / Matters Arising / ACTIONS
[[name:Roz]] explained what Matters Arising means.
It was agreed that [[name:Beth]] would be Chair in the interim.
[[name:Hazel]] confirmed that the MK Cabinet meeting had taken place and [[name:Andrew Geary]] (Leader of the Council) confirmed that bus prices are now 45p.
""")

doc("north-norfolk-yab-2016-06", "board_minutes", "North Norfolk Youth Advisory Board", "north-norfolk-yab",
    "https://docest.com/doc/156254/youth-advisory-board-minutes",
    "Youth Advisory Board Minutes, Monday 20th June 2016", r"""
Youth Advisory Board Minutes
Monday 20th June 2016, 17.30-19.00 p.m.
Venue: Victory Housing Office, N Walsham
Attendees:[[name:Jessica Read]] (representing Norfolk Youth Parliament and NNYAB’s Young Commissioners), [[name:Sonia Shuter]] (chair),[[name:Anastasia Twigg]], [[name:Jo Todd]], [[name:Anne Ridley]], [[name:Lynn Friel]], [[name:Sharon Matthews]], [[name:Alan Leventhal]].
Apologies:[[name:Mike Beard]],[[name:Joy Ademola]], [[name:Rebecca Champion]], [[name:Robert Speck]] and [[name:Nula Cooper]].
- Welcome/Apologies/Introductions ([[name:S.S]])
- Agree minutes of last meeting: Matters arising not already included on agenda ([[name:S.S]])
- Update from the meeting with MAP NNPAYP Providers ([[name:AT]])
- Update on Commissioning Plan-draft Needs Analysis document([[name:AT]])
- Vacancy for the chair and representative from the county council
- A.O.B.
- Welcome/Apologies/Introductions
After welcoming members and passing on apologies, we did a round robin to introduce ourselves.
- Minutes of the last meeting
The minutes were agreed.Matters arising:- [[name:A.T]] made contact with Norfolk LGBT+ to enquire about actions they have taken to secure match funding. Project Manager [[name:Fiona Liew-Bedford]] informed [[name:A.T]]. that grant applications had been submitted to the North Norfolk Big Society Fund, which was unsuccessful, and to the Mental Health & Wellbeing fund, for which they were awaiting the outcome. [[name:A.T]]. suggested that the remaining match funds allocated to Norfolk LGBT+ be given out on the same basis as had been agreed for EP Youth, in that the North Norfolk Blah project had been running for several months on other funding secured by Norfolk LGBT+. This was agreed and [[name:S.S]]. requested an invoice be requested from NLGBT+.
Action:- [[name:A.T]]. to request invoice for payment of remaining funds allocated to the NN Blah project.
- Update from the meeting with MAP NNPAYP Providers
[[name:A.T]] fed back that it had been a positive meeting attended by;[[name:William Mills]] and [[name:Karla George]] from MAP and [[name:Robin Konieczny]]. All parties had acknowledged there had been a lack of communication, which had created unclear expectations between MAP and the NNYAB, and
""")

# Parish councils ------------------------------------------------------------------------

doc("east-farleigh-pc-2020-04", "planning_minutes", "East Farleigh Parish Council", "east-farleigh-pc",
    "https://eastfarleigh-pc.gov.uk/documents/efpc-meeting-minutes-april-2020/",
    "Minutes of the Joint Planning Committee and Full Parish Council Meeting held on Tuesday 7th April", r"""
Minutes of the Joint Planning Committee and Full Parish Council Meeting held
on Tuesday 7th April at 7.00pm
conducted on-line: LINK: https://global.gotomeeting.com/join/915717165
Present: Cllrs [[name:Glyn Charlton]] ([[name:GC]]), [[name:Peter Beasley]] ([[name:PB]]), [[name:Perry O’Callaghan]] ([[name:POC]]), [[name:David Hussein]] ([[name:DH]]); [[name:Alex Fullwood]] ([[name:AF]]), [[name:Alan White]] ([[name:AW]]), [[name:Jackie King]] ([[name:JK]]); [[name:Brian Dorton]] ([[name:BD]]);
In attendance: [[name:Desiree Home]] (Clerk)
334 APOLOGIES FOR ABSENCE
Cllr [[name:Paulina Stockell]]
335 RECORDING OF PROCEEDINGS
The Clerk was recording the meeting for the Parish Council & Cllr [[name:Alex Fullwood]] Admin GoToMeeting
336 DECLARATIONS OF INTEREST AND LOBBYING
Cllrs [[name:GC]] and [[name:PB]] declared an interest in JBLC/Allotments and RGC.
Cllr [[name:AW]] declared an interest in JBLC/Allotments
337 EXCLUSION OF THE PRESS AND PUBLIC
Members AGREED that no items required this and is not relevant
338 PLANNING COMMITTEE (For Planning Committee consideration only)
338.1 The Minutes of the Planning Meeting held on 3rd March 2020 were APPROVED.
No matters arising.
338.2 To consider the following planning applications:
- [[case_id:20/501261/FULL]] PROPOSAL: [[address:5 River Close East Farleigh]]
Erection of a single storey front extension with a roof light. Erection of pitched roof to ground floor front elevation.
Unanimously AGREED to recommend APPROVAL
- [[case_id:20/501113/FULL]] [[address:3 Walters Cottages Heath Road East Farleigh]]
Erection of two storey side extension and part single, part two storey rear extension, to include rear dormer window.
Unanimously AGREED to recommend APPROVAL
- [[case_id:20/500342/SUB]] [[address:Hazeldene Dean Street]]
Consultee Comment on Discharge of conditions as above
No Comments and AGREED to go with decision of Planning Officer
- [[case_id:20/500803/SUB]] [[address:Cuckoo Farm Wilsons Lane]]
Submission of Details to Discharge Condition 2 (Details of External Materials) and Condition 3 (Remediation Method Statement) Subject to [[case_id:19/505241/FULL]]
Consultee Comment on Discharge of conditions as above
No Comments and AGREED to go with decision of Planning Officer
""")

doc("cholmondeley-chorley-pc-agenda-2015-04", "council_minutes", "Cholmondeley & Chorley Parish Council", "cholmondeley-chorley-pc",
    "https://deploy.abcdocz.com/doc/1020837/--cholmondeley-and-chorley-parish-council",
    "Cholmondeley & Chorley Parish Council: agenda, 1 April 2015", r"""
CHOLMONDELEY & CHORLEY PARISH COUNCIL [[name:Carol Jones]] Clerk Tel: [[phone:01270 812065]] Parish Councillors are summoned to A MEETING OF THE PARISH COUNCIL DATE: TIME: WEDNESDAY, 1 APRIL 2015 (re-scheduled from 17 March 2015) of the Parish Council Parish Councillors are summoned to a meeting to be held at the Goodwill Hall, Faddiley on 6 June 2012 7.30 PM VENUE: AGENDA SCHOOL FARM, CHOLMONDELEY (Adjacent Cholmondeley Bowling Pavilion) Signed: Date of Issue: 27 March 2015 AGENDA 1 APOLOGIES FOR ABSENCE 2 DECLARATIONS OF INTEREST Members to declare any non-pecuniary or disclosable pecuniary interest (DPI) which they have in any item of business on the agenda, the nature of that interest, and, in respect of a DPI to leave the meeting prior to the discussion of that item. Whilst the Clerk can advise on the Code of Conduct and its interpretation, the decision to declare, or not, is the responsibility of the Parish Councillor, based on the particular circumstances. 3 MINUTES 3.1 To approve as a correct record, the Minutes of the Meeting held on 20 January 2015. 3.2 Casual Vacancy At the previous meeting, it was reported that [[name:Michael Lightfoot]] had expressed interest in being co-opted onto the Parish Council but had been unable to attend the January meeting. The situation now is that if Mr [[name:Lightfoot]] wishes to become a member of the Parish Council be needs to submit nomination papers for election on 7 May 2015. 4 PUBLIC QUESTION TIME Members of the public are able to ask a question or address Members on any matter related to the functions of the Parish Council. To: Councillors [[name:C Crossley]] (Chairman), [[name:J Mosford]], [[name:A Fennell]] (Vice-Chairman), [[name:J Clarke]], [[name:C Hopley]], [[name:P Probin]], [[name:R Probin]], [[name:D Sweetman]], [[name:G Willis]] and [[name:P Winward]] Copy: Borough Councillor [[name:W S Davies]] … Cholmondeley & Chorley Parish Council – Agenda 1 April 2015 5 EMERGENCY PLANNING Members to report back on (a) the desktop exercise; and (b) results of questionnaires submitted by residents, if available.
""")

doc("broad-town-pc-2016-01", "council_minutes", "Broad Town Parish Council", "broad-town-pc",
    "https://broad-town.co.uk/Parish-Council/Parish-Council-Documents/ID/282/Minutes-of-a-meeting-held-on-18th-January-2016",
    "Minutes of a meeting held on 18th January 2016", r"""
Parish Council Documents

Present: Cllr [[name:S. Hinson]], Chairman

         Cllrs [[name:R. Bourton]], [[name:M. Nailon]], Mrs [[name:D Ponting]] and Mrs. [[name:V. Stubbings]].

9 members of the public.

The Chairman invited questions from thr public. The representative of CLPG had been asked to bring before the PC that the wording used in the minutes concerning the draft neighbourhood planning report was incorrect, and the agenda item for the meeting could not stand. The Chairman defered answereing thiese items until they were reached during the meeting.

1. Minutes. Cllr [[name:Stubbings]] considered that the minutes of the meeting were incorrwect in the wording used. She proposed that the wording in item 3 '...consultation of thre planning report...' should read '.... consultation of the draft Neighbourhood Plan.' And in item 5 the wording 'The draft CLPG report.........' should read 'The draft Neighbourhood Plan......'. Approved unanimously.

2. Finance.

    a The Clerk noted that the precept had been set at £3800

    b. The Clerk's salary and allowance for Oct-Dec "237.24 had been paid by bank transfer

    c. A cheque had been raised for £50.60 payable to HMRC for PAYE.

      d. Clerk noted that an intermediate audit had been carried out .

        e. Balances.  Business- £471.04.  Instant Access- £3777.69.  Treasurers - £5000.

3. Communications Protocol. This is still in the process of being updated.

4. Election. Clerk noted that,as no candidates had offered themselves for the election planned for 21st Januarty 2016, it had been cancelled. As 10 people had requested an election, the process will continue until an election is held. There is no option to co-opt.
""")

doc("north-nibley-pc-2014-10", "council_minutes", "North Nibley Parish Council", "north-nibley-pc",
    "https://www.northnibley.org.uk/mins/mins201410.html",
    "Parish Council meeting minutes, October 2014", r"""
Present: Mr [[name:D Purnell]] (Chairman).

Mr [[name:K Brown]]; Mrs [[name:J Burton]]; Mr [[name:S Hale]]; Mr [[name:K Larkin]]; Mr [[name:D Palmer]]; & Mr [[name:L Smitherman]].

District Councillors: District Councillors Mrs [[name:J Cordwell]]; & Mrs [[name:L Reeves]].

County Councillor: Dr [[name:J Cordwell]].

The Clerk: Mr [[name:R Symons]].

There were four members of the public present.

The Chairman opened the Parish Council Meeting.

  1. The Chairman invited apologies. The Council received and accepted an apology from District Councillor Mr [[name:P Smith]].

  2. Declaration of Interests. The Chairman invited members to declare any Interests relating to this Meeting. There were none

  3. The Council approved and signed the Minutes of the Parish Annual Council Meeting held on 1 September, as a true record. The Minutes of the September Ordinary Meeting of the Council had previously been distributed to all members and displayed on the public notice boards and the website. All members agreed the Minutes should be signed, as a true and accurate record. The Minutes were duly signed by the Chairman.

  1. The Council noted matters arising from the Minutes, not covered by agenda items. The Clerk referred to his Update Note, which had been issued prior to the Meeting. He advised that:

  1. The Council approved an amendment to the Council’s Standing Orders. The Clerk advised that following legislation, Parish Councils are no longer allowed to use Model Standing Order 31 and must now allow filming, photographing or making an audio recording of proceedings at a meeting. The Council agreed to make the necessary changes to its Standing Orders, in order to incorporate the new provision.

  2. The Chairman closed the Meeting for Public Discussion and Questions.

The Chairman invited members of the public to speak. The Council were asked what was happening on the Planning Application at Frog Lane ([[case_id:S.14/1287/FUL]]). The Clerk reported that he had searched the Planning website and that the application had still not been decided.
""")

doc("west-parley-pc-2016-05", "council_minutes", "West Parley Parish Council", "west-parley-pc",
    "https://vdocument.in/west-parley-parish-viewnominations-of-parish-council-representatives-20156-a.html",
    "DRAFT Minutes of the Parish Council Meeting Wednesday 18th May 2016", r"""
DRAFT Minutes of the Parish Council Meeting Wednesday 18 th May 2016 Main Hall, MS Centre, Church Lane, West Parley. Present: Councillors: [[name:Diana Penwill]]; [[name:David Allen]]; [[name:Kay Bundy]]; [[name:Mary Court]]; [[name:John Dinsdale]]; [[name:Barbara Manuel]] (District) In attendance: [[name:Linda Leeding]] (Clerk) & 1 member of the Public 1. ELECTION OF THE CHAIRMAN OF THE PARISH COUNCIL 2016/7. The outgoing Chairman, Cllr [[name:John Cullen]], resigned since the April Meeting, so the Clerk opened the meeting and asked for nominations for Chairman. Cllrs in turn discussed their circumstances and the Clerk read out a statement by Cllr [[name:Heath]], in his absence. With no other nominations Cllr [[name:Dinsdale]] nominated Cllr [[name:Heath]] to be elected as Chairman, seconded by Cllr [[name:Manuel]] and passed with a unanimous vote. 2. ELECTION OF THE VICE CHAIRMAN OF THE PARISH COUNCIL 2016/7. In the absence of the newly elected Chairman, the Clerk asked for nomination for the post of Vice Chairman. Cllr [[name:Penwill]] was nominated and proposed by Cllr [[name:Manuel]], Seconded by Cllr [[name:Bundy]] and passed with a unanimous vote. The Clerk passed the meeting to the Vice Chairman, Cllr [[name:Penwill]], who thanked Cllr [[name:Cullen]] for his hard work over the last 3 years as Chairman. 3. APOLOGIES FOR ABSENCE Cllr [[name:Jonathan Heath]]; District & County Cllr [[name:Wilson]]; County Cllr [[name:Smith]] 4. DECLARATIONS OF PECUNIARY INTEREST None. 5. MINUTES OF THE MEETING HELD ON 20 th APRIL 2016 The minutes had been circulated prior to the meeting and were accepted as an accurate record. (Pages 11175 to 11177) 6. MINUTES OF THE ANNUAL PARISH MEETING HELD ON 22 nd APRIL 2016 The minutes had been circulated prior to the meeting and with the minor amendment of the name ‘Kala’ homes, were accepted as an accurate record.
""")

doc("terrington-st-john-pc-2018-01", "council_minutes", "Terrington St John Parish Council", "terrington-st-john-pc",
    "https://docsbay.net/terrington-st-john-parish-council",
    "Minutes of the Meeting of Terrington St John Parish Council held on Wednesday 3rd January 2018", r"""
Terrington St John Parish Council
Minutes of the Meeting of Terrington St John Parish Council held on
Wednesday 3rd January 2018 at 7.00pm in the Ely Row Methodist Hall
Present:Mr [[name:C Clifton]] - Chair, Mrs [[name:C Gibbs]], Mr [[name:B Dye]], Mr [[name:K Knight]] and Mrs [[name:S Cooper]], Mrs [[name:M Purse]], Rev [[name:M Dale]] arrived at 8.15pm and Mr [[name:C Cook]]
1 member of the public.
Following the co-option of [[name:M Purse]] at the last Parish Council meeting, [[name:C Clifton]] on behalf of the members welcomed [[name:M Purse]] to Terrington St John Parish Council. [[name:M Purse]] duly completed and signed the Declaration of acceptance of office form, Register of members’ disclosable pecuniary interests form and Members code of conduct form.
- To consider accepting apologies for absence
All members present.
- To record declarations of interest from members in any item to be discussed
[[name:S Cooper]] declared an interest in application [[case_id:17/02328/F]].
- To approve the minutes of the last council meeting and matters arising
Minutes of the meeting of Terrington St John Parish Council held on Wednesday 6th December 2017: It was resolved to approve the minutes as a true and accurate record of the meeting.
- To suspend the meeting to allow public participation
The meeting was closed to allow public participation.
There were no issues raised by the member of the public.
The meeting was reopened.
- To consider balances at bank and approve payments to be made
The Clerk circulated the bank reconciliation, budget Q/E December and Q/E March before the meeting. The balances at bank as at last bank statements received:
Current A/c (20/12) £100.00Business Savings A/c (20/12) £34,711.69
Accounts for payment - resolved to approve the following payments in accordance with the budget:
PayeeDetailsCheque numberAmount
[[name:G Robinson]]Clerk101820£351.20
[[name:B Harris]]Litter collector101821£60.00
[[name:A Copping]]Litter collector101822£60.00
[[name:G Robinson]]Expenses101824£81.99
WestcotecLighting contractor101825£16.50
""")

# Tribunal and court judgments -----------------------------------------------------------

doc("ukeat-zaidi-2001", "judgment", "Employment Appeal Tribunal", "ukeat-zaidi",
    "https://149725.o7eteavr.asia/uk/cases/UKEAT/2001/0384_00_2509.html",
    "Employment Appeal Tribunal appeal (race discrimination and victimisation), 2001", r"""
APPEARANCES
For the Appellant |
MS [[name:A RUSSELL]] (Of Counsel) Instructed by Messrs Argles Stoneham Burstows Solicitors Stoneham House 17 Scarbrook Road Croydon Surrey CR0 1SQ |
For the Respondent |
MR [[name:T NESBITT]] (Of Counsel) Instructed by Messrs Irvin Mitchell Solicitors Imperial House 31 Temple Street Birmingham B2 5DB |
JUDGE [[name:D SEROTA]] QC
- This is an appeal from the Employment Tribunal sitting at London South chaired by Mr [[name:G H K Meeran]], the decision being promulgated on 27 January 2000. The complaint concerns claims by the Applicant, Mr [[name:Shahid Zaidi]] relating to unfair dismissal, breach of contract and race discrimination.
- The Employment Tribunal found in Mr [[name:Zaidi]]'s favour so far as the claims for race discrimination and victimisation were concerned, but found he had not been unfairly dismissed. The Employment Tribunal awarded him a sum of Ł9,754.00 including interest as compensation. There is an appeal to this Tribunal on three grounds.
- The first relates to the fact that on the first day of the hearing, the 8 April 1999 the Employment Tribunal permitted amendments to be made to the originating application to enable Mr [[name:Zaidi]] to make claims of race discrimination and victimisation in relation to a disciplinary process that had taken place in 1998.
- There are also appeals against the amount of the award which is said to be excessive and in relation to the question of interest. Having heard Ms [[name:Russell]] of Counsel make submissions in relation to the first ground that we have mentioned we came to the conclusion that it would be right for us to hear submissions from Mr [[name:Nesbitt]] on this point. We have also concluded that we can give judgment on that point and we do so now. We have not heard submissions on the other points.
- Mr [[name:Zaidi]] worked for Direct Line Accident Management Ltd which we understand to be a subsidiary of Direct Line Insurance. The history of Mr [[name:Zaidi]]'s employment is to be found in the decision of the Employment Tribunal starting at paragraph 16.7 going on
""")

doc("eat-scottish-water-edgar-2024", "judgment", "Employment Appeal Tribunal (Scotland)", "eat-scottish-water-edgar",
    "https://caselaw.nationalarchives.gov.uk/eat/2024/32?tribunal=eat",
    "Scottish Water v Edgar (Employment Appeal Tribunal, 2024)", r"""
Judgment approved by the court for handing down Scottish Water v [[name:Edgar]]
52 Melville Street
Edinburgh EH3 7HF
Before :
THE HONOURABLE LORD [[name:FAIRLEY]]
Between :
SCOTTISH WATER Appellant
- and -
[[name:LYNNE EDGAR]] Respondent
Mr [[name:Michael McLaughlin]] (Shoosmiths LLP) for the Appellant
Mr [[name:Ronald Clarke]] (Thompsons Solicitors) for the Respondent
Hearing date: 20 February 2024
JUDGMENT
SUMMARY
EQUAL PAY; material factor defence
The claimant brought an equal pay claim under the Equality Act, 2010. Her comparator was a male employee with the same job title and within the same pay band who had been appointed after her. The appellant raised a material factor defence that the difference in pay was due to the comparator’s superior skills, experience and potential. The appellant led evidence about discussions within its organisation about those matters and about the resultant level of salary ultimately offered to the comparator at the time of his appointment. It also sought to lead comparative evidence of the claimant’s skills, experience and potential both at the time of and after his appointment. The Employment Tribunal directed itself that the appellant required to prove the identity of the pay decision-maker at the point in time when the comparator was engaged. It concluded that the appellant had not done so, and that the material factor defence accordingly failed.
""")

doc("ukeat-davies-2020", "judgment", "Employment Appeal Tribunal", "ukeat-davies",
    "https://beta.bailii.org/uk/cases/UKEAT/2020/0148_19_2801.html",
    "Davies v Dl Insurance Services Ltd (REDUNANCY) [2020] UKEAT 0148_19_2801", r"""
United Kingdom Employment Appeal Tribunal
You are here:
BAILII >>
Databases >>
United Kingdom Employment Appeal Tribunal >>
[[name:Davies]] v Dl Insurance Services Ltd (REDUNANCY) [2020] UKEAT 0148_19_2801 (28 January 2020)
URL: http://www.bailii.org/uk/cases/UKEAT/2020/0148_19_2801.html
Cite as:
[2020] UKEAT 0148_19_2801,
[2020] UKEAT 148_19_2801
[
New search]
[
Printable PDF version]
[
Help]
|
|
BAILII case number: [2020] UKEAT 0148_19_2801 |
|
|
Appeal No [[case_id:UKEAT/0148/19]] |
EMPLOYMENT APPEAL TRIBUNAL
|
At the Tribunal |
|
On 28 January 2020 |
Before
THE HONOURABLE MR JUSTICE [[name:CHOUDHURY]] (PRESDIENT)
(SITTING ALONE)
MR [[name:C DAVIES]] |
APPELLANT |
|
DL INSURANCE SERVICES LIMITED |
RESPONDENT |
Transcript of Proceedings
JUDGMENT
© Copyright 2020
APPEARANCES
For the Appellant |
MR [[name:SAUL MARGO]] (of Counsel) Direct Public Access |
For the Respondent |
MISS [[name:RACHEL WEDDERSPOON]] (of Counsel) Instructed By: Pinsent Masons LLP 3 Hardman Stret Manchester M3 3AU |
SUMMARY
REDUNANCY
The Claimant was unfairly dismissed for redundancy. The Tribunal failed to order re-engagement after accepting the Respondent's evidence that the Claimant was not the best person for an available job which he contented he could do. The Tribunal thought there was insufficient information to identify a job that he could do. The Tribunal assessed compensation by deducting gross mitigation earnings from the net sum that would have been earned had he not been dismissed and applied a 50 % Polkey reduction. The Claimant appealed.
""")

doc("ewhc-winter-2006", "judgment", "High Court (Administrative Court)", "ewhc-winter",
    "https://beta.bailii.org/ew/cases/EWHC/Admin/2006/491.html",
    "Winter v First Secretary of State & Anor [2006] EWHC 491 (Admin)", r"""
England and Wales High Court (Administrative Court) Decisions >>
[[name:Winter]] v First Secretary of State & Anor [2006] EWHC 491 (Admin) (17 March 2006)
URL: http://www.bailii.org/ew/cases/EWHC/Admin/2006/491.html
Cite as:
[2006] EWHC 491 (Admin)
[
New search]
[
Printable RTF version]
[
Help]
|
|
Neutral Citation Number: [2006] EWHC 491 (Admin) |
|
|
Case No: [[case_id:CO/4621/2005]] |
IN THE HIGH COURT OF JUSTICE
QUEEN'S BENCH DIVISION
ADMINISTRATIVE COURT
|
|
Royal Courts of Justice Strand, London, WC2A 2LL |
|
|
17th March 2006 |
B e f o r e :
[[name:ANDREW NICOL]] QC, SITTING AS A DEPUTY HIGH COURT JUDGE
____________________
Between:
|
[[name:Martin Paul Winter]] |
Claimant |
|
- and – |
|
|
(1) First Secretary of State |
|
|
(2) Wealden District Council |
Defendants |
____________________
(Transcript of the Handed Down Judgment of
WordWave International Ltd
A Merrill Communications Company
190 Fleet Street, London EC4A 2AG
Tel No: 020 7421 4040 Fax No: 020 7831 8838
Official Shorthand Writers to the Court)
____________________
[[name:Mark Beard]] (instructed by Brachers) for the Claimant
[[name:James Strachan]] (instructed by Treasury Solicitor) for the 1st Defendant
Hearing dates: 27th February 2006
____________________
HTML VERSION OF JUDGMENT
____________________
Crown Copyright ©
[[name:Andrew Nicol]] QC :
- [[name:Martin Winter]] makes this application under s.288 of the Town and Country Planning Act 1990 ('the 1990 Act'). He wishes to quash a decision of the First Secretary of State contained in the decision of [[name:Elizabeth Fieldhouse]], a Planning Inspector, dated 27th May 2005. The Inspector had had to consider an appeal by Mr [[name:Winter]] under s.78(2) of the 1990 Act following the failure of Wealden District Council ('the Council') to take a decision on
""")

# Ombudsman decisions --------------------------------------------------------------------

doc("lgo-enfield-18-010-988", "ombudsman_decision", "Local Government and Social Care Ombudsman", "lgo-enfield",
    "https://www.lgo.org.uk/decisions/adult-care-services/disabled-facilities-grants/18-010-988",
    "London Borough of Enfield (18 010 988)", r"""
London Borough of Enfield ([[case_id:18 010 988]])

Category : Adult care services > Disabled facilities grants

Decision : Upheld

Decision date : 15 May 2019

The Ombudsman's final decision:

Summary: Mr [[name:X]] complains that the Council took too long to assess his needs, failed to make adaptations to his property that an Occupational Therapist recommended, and handled his complaint poorly. He has been unable to properly wash himself for over two years. He says he is distressed, anxious, and disgusted with the Council. The Ombudsman finds fault with the Council which has caused injustice to Mr [[name:X]]. The Council has agreed to apologise to Mr [[name:X]], make a payment to recognise the failure to meet his care needs and how that has affected him, and take action to address the faults with its service provision. The Council has also agreed to inform all local authority tenants with disabilities who are waiting for adaptations to their homes of their right to apply for funding.

The complaint

  1. The complainant, who I refer to here as Mr [[name:X]], complains about the way the Council has handled making adaptations to his home. He says the Council:
      1. took too long to complete an Occupational Therapy assessment;
      2. delayed implementing recommendations made by the Occupational Therapist in February 2017;
      3. has not implemented recommendations made by the Occupational Therapist in February 2018; and,
      4. has handled his complaint poorly.
  2. Mr [[name:X]] says he urgently needs a walk-in shower (known as a ‘level access shower’). He says he has not had a bath or shower in a very long time because of the danger of falling in the bathroom. He says he is distressed and anxious, and disgusted with the Council.
  3. Mr [[name:X]] says he has waited a long time for adaptations which have not been done.
""")

doc("lgo-hampshire-22-001-239", "ombudsman_decision", "Local Government and Social Care Ombudsman", "lgo-hampshire",
    "https://www.lgo.org.uk/decisions/adult-care-services/direct-payments/22-001-239",
    "Hampshire County Council (22 001 239)", r"""
Hampshire County Council ([[case_id:22 001 239]])

Category : Adult care services > Direct payments

Decision : Upheld

Decision date : 20 Jan 2023

The Ombudsman's final decision:

Summary: Mrs [[name:X]] complained on behalf of herself and her husband about the way the Council handled his care needs and direct payments, which pay for his care. She also complained about the quality of care provided, and the Council’s handling of her complaint. Mrs [[name:X]] said they suffered financial hardship. She said the faults caused unnecessary distress and stress, cost her time and trouble, and had a significant impact on Mr [[name:X]]’s physical and mental health. Largely we find the Council at fault, and the fault caused Mr and Mrs [[name:X]] injustice. The Council has agreed to apologise and make a payment to them to reflect the injustice caused.

The complaint

  1. The complainant, who I refer to here as Mrs [[name:X]], complained on behalf of herself and her husband, Mr [[name:X]], who has care needs. She complained about the way the Council handled Mr [[name:X]]’s care needs and direct payments, which pay for his care. Specifically, Mrs [[name:X]] complained that:
      1. the Council failed to put a care package in place on Mr [[name:X]]’s discharge from hospital, meaning he was placed in residential care unnecessarily for two months;
      2. the Council failed to provide an adequate reassessment of Mr [[name:X]]’s care needs, and failed to put in place an adequate care package, for his return home from residential care;
      3. the Council failed to continue to allow Mrs [[name:X]] to be paid by direct payments to continue providing Mr [[name:X]]’s care at home;
      4. the Council delayed reinstating direct payments;
      5. the care provider provided poor quality care that did not meet the terms of the care package;
""")

doc("lgo-babergh-22-000-016", "ombudsman_decision", "Local Government and Social Care Ombudsman", "lgo-babergh",
    "https://www.lgo.org.uk/decisions/adult-care-services/disabled-facilities-grants/22-000-016",
    "Babergh District Council (22 000 016)", r"""
Babergh District Council ([[case_id:22 000 016]])

Category : Adult care services > Disabled facilities grants

Decision : Upheld

Decision date : 22 Mar 2023

The Ombudsman's final decision:

Summary: Mr [[name:B]] complains about the Council’s delay in progressing an application for a disabled facilities grant and he says the Council is ignoring his wishes and needs. We have found delay at two stages of the process and lack of communication during one stage of the process. The Council has agreed to apologise to Mr [[name:B]] and pay him a financial remedy.

The complaint

  1. Mr [[name:B]] is a person with disabilities. He is supported by his friend Mr [[name:C]] in his complaint.
  2. Mr [[name:B]] asked the Council to provide him with a disabled facilities grant (DFG) to adapt his home. He says there have been delays in the Council’s response to his application and the Council is not listening to what he wants and needs.

Back to top

What I have and have not investigated

  1. I have investigated the complaint regarding events from March 2021 until September 2022.
  2. I have not investigated the events between October 2020 and March 2021 as these involved a different council.
  3. I have not investigated events after September 2022 as they occurred after the complaint process was completed. However, I have commented on the events insofar as it was relevant and necessary to consider injustice and remedy relating to the complaint I am investigating.
""")

doc("lgo-harrow-24-013-880", "ombudsman_decision", "Local Government and Social Care Ombudsman", "lgo-harrow",
    "https://www.lgo.org.uk/decisions/housing/homelessness/24-013-880",
    "London Borough of Harrow (24 013 880)", r"""
London Borough of Harrow ([[case_id:24 013 880]])
The Ombudsman's final decision:
Summary: Miss [[name:Y]] complained about the way the Council dealt with her homelessness and housing applications following the service of a section 21 notice by her landlord. We have found fault, causing injustice, by the Council in: failing to properly consider whether it was reasonable for Miss [[name:Y]] to remain in her accommodation, and its duty to provide her with interim or temporary accommodation following the issue of court action in September 2023; failing to properly consider, before June 2024, whether it should end the prevention duty and accept the relief duty; and its communication failures and failure to review her Personal Housing Plan. The Council has agreed to remedy this injustice by: apologising to Miss [[name:Y]]; making a payment to reflect the upset caused; and service improvements.
The complaint
- Miss [[name:Y]] complains about the way the Council dealt with her homelessness and housing applications. She says the Council failed to:

- deal properly with her homelessness application following the expiry of the section 21 notice served by her landlord in February 2023. It did not accept the relief duty until June 2024;
 - provide her with suitable interim or temporary accommodation after the expiry of the notice and issue of possession proceedings. It wrongly told her she had to stay in the accommodation until the bailiff’s eviction order;
 - review and update her personal housing plan;
 - take appropriate action under the prevention duty, to find her other suitable accommodation;
 - properly consider making her a direct offer of social housing; and
 - respond in a timely way to her contact.

- Miss [[name:Y]] says the Council’s delays and failures have caused her upset, worry and uncertainty about her and her family’s housing situation, affecting her physical and mental health.
""")

# Health and wellbeing boards and full council -------------------------------------------

doc("dorset-hwb-2020-09", "board_minutes", "Dorset Council", "dorset-council",
    "http://moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=431&MeetingId=4625",
    "Health and Wellbeing Board - Wednesday, 23rd September, 2020: agenda and minutes", r"""
Agenda and minutes

Health and Wellbeing Board - Wednesday, 23rd September, 2020 2.00 pm

Venue: Meeting to be held virtually by a Teams Meeting

Contact: [[name:Helen Whitby]]  [[phone:01305 224187]] - Email: [[email:helen.whitby@dorsetcouncil.gov.uk]]

Items
No. Item

1.

Election of Chairman

To elect a Chairman for the year 2020-21.  The Board's terms of reference state that the Chairman of the Health and Wellbeing Board shall be appointed by Full Council unless Full Council otherwise determines but the Full Council did not identify a Chairman when it met on 3 September 2020.

Minutes:

It was proposed by Cllr [[name:Spencer Flower]] and seconded by [[name:Seth Why]] and that Cllr [[name:Rebecca Knox]] be elected Chairman for the remainder of the year 2020/21.



Decision

That Cllr [[name:Rebecca Knox]] be elected Chairman for the remainder of the year 2020/2021.

2.

Appointment of Vice-chairman

To appoint a Vice-Chairman for the year 2020-21.  The Board's terms of reference state that the Vice-Chairman of the Health and Wellbeing Board shall be appointed by Full Council unless Full Council otherwise determines but the Full Council did not identify a Vice-Chairman when it met on 3 September 2020.



Minutes:

It was proposed by Cllr [[name:Rebecca Knox]] and seconded by [[name:John Sellgren]] that [[name:Forbes Watson]] be appointed Vice-chairman for the remainder of the year 2020/21.



Decision

That [[name:Forbes Watson]] be appointed Vice-chairman for the remainder of the year 2020/21.

3.

Apologies

To receive any apologies for absence.



Minutes:

Apologies for absence were received from [[name:Patricia Miller]].  [[name:Eugene Yafele]] attended in her absence.
""")

doc("dorset-council-meeting-arrangements-2022", "council_minutes", "Dorset Council", "dorset-council",
    "https://moderngov.dorsetcouncil.gov.uk/mgAi.aspx?ID=10522",
    "Meeting Arrangements and the Health and Wellbeing Board (full council minutes)", r"""
Agenda item

Meeting Arrangements and the Health and Wellbeing Board

To consider a recommendation from the Audit & Governance Committee of 11 April 2022. (to follow).

Minutes:

Councillors considered recommendations made by the Audit and Governance Committee with regard to meeting arrangements and the Health and Wellbeing Board.



[[name:M Hall]], Chairman of the Audit and Governance Committee proposed recommendations 1, 2, 3 and 5 as set out in the supplement to the agenda and these were seconded by [[name:R Biggs]].



[[name:R Knox]], Chairman of the Health and Wellbeing Board thanked the Audit and Governance Committee for their consideration of these issues and endorsed the recommendations.



Decision



1.          That the Health and Wellbeing Board should meet informally online as its usual way of doing business.

2.          That as a matter of course and for the duration of their appointment the co-opted members of the Health and Wellbeing Board should be given a dispensation from attending meetings in person.

3.          That delegated authority be given to the Director of Public Health, after consultation with the Health and Wellbeing Board at informal online meetings, to make all decisions within the terms of reference of the Board.

5.     That the above be subject to a review after 1 year.



[[name:R Biggs]], Vice-chairman of the Audit and Governance Committee proposed recommendation 4 as set out in the supplement to the agenda and as set out below and this was seconded by [[name:S Cocking]]:



4.          That the Chief Executive be given delegated authority:

(a)       In exceptional circumstances and after consultation with the relevant chair, to convene informal online meetings of the Full Council, the Cabinet or any committee or sub-committee.
""")

doc("bcp-hwb-2020-12", "board_minutes", "Bournemouth, Christchurch and Poole Council", "bcp-hwb",
    "https://democracy.bcpcouncil.gov.uk/ieListDocuments.aspx?CId=347&MId=4650&Ver=4",
    "Health and Wellbeing Board - Thursday, 3rd December, 2020: agenda and draft minutes", r"""
Agenda and draft minutes

Health and Wellbeing Board - Thursday, 3rd December, 2020 2.00 pm

Venue: Virtual Meeting

Contact: Democratic Services  Email: democratic.services@bcpcouncil.gov.uk

Media

Items
No. Item

68.

Apologies

To receive any apologies for absence from Board Members



Minutes:

[[name:Tim Goodson]] took the Chair for items 1 – 3.



The Board welcomed new Members including [[name:Sian Thomas]], Education Representative and [[name:Richard Jenkinson]], [[name:Mufeed Niman]] and [[name:Simon Watkins]] representing the CCG.  The Board was also advised that [[name:Jenni Douglas-Todd]] had attended the meeting as an observer.



Apologies for absence were received from [[name:Graham Farrant]], [[name:James Vaughan]] and [[name:Eugine Yafele]].



69.

Substitute Members

To receive information on any changes in the membership of the Board.



Minutes:

The Board was advised that ACC [[name:Mark Callaghan]] was attending as [[name:James Vaughan]]’s substitute and [[name:Katharine Harvey]], Service Director for Children, Young People and Families was attending this meeting as [[name:Eugine Yafele]]’s substitute.



70.

Election of Chairman

To elect a Chairman for the remainder of the Municipal Year.

Minutes:

Councillor [[name:Nicola Greene]] was nominated and seconded for Chairman. There were no other nominations and Councillor [[name:Greene]] took the role of Chairman.



Councillor [[name:Nicola Greene]] took the Chair.



She referred to the new Members of the Board and the change in administration and thanked the Members of the previous administration for their work on the Board.



The Chairman indicated that there may be a need to reorder agenda items 8 and 9 subject to when [[name:Kate Ryan]], Corporate Director for Environment and Communities was able to join the meeting.
""")

doc("herefordshire-council-hwb-2013", "council_minutes", "Herefordshire Council", "herefordshire-council",
    "https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=30162",
    "Establishing the Herefordshire Health and Wellbeing Board (council minutes)", r"""
Agenda item


To consider the establishing of the Herefordshire Health and Wellbeing Board.



Councillor [[name:PM Morgan]], Cabinet Member, Health and Wellbeing presented the report, reminding Council that the Health and Wellbeing Board is a unique committee of the Council and therefore should not be viewed in the same way as the other committees and was not a forum for establishing Council policy.The Board had met in shadow form to date and the report set out the proposed governance arrangements for it as discussed so far.


The Cabinet Member moved that the recommendations in the report be accepted with recommendation “d” to state that the Vice-Chairman be appointed by the Board, the motion was seconded by Councillor [[name:JW Millar]].


In discussion the following points were made:


·              There was concern that there was no representative from a body dealing with palliative care.

·              It was proposed that voting rights be extended to all members of the Board.

·              That representatives from the youth, service users, arts and spiritual sectors were not currently included.

·              Membership needed to be considered carefully and that careful consideration should be given to membership.


Councillor [[name:MAF Hubbard]] proposed a motion that the recommendations be amended:


1.           Replacing the requirement that only core members be able to vote with all members of the Board being able to vote.

2.           Adding a further recommendation, “g” that “in the first year the Board examines its own membership and to consider including users of the services.”

3.           Recommendation “d” be amended to reflect appointment of an independent chairman supported by Cabinet Members.


The motion was seconded by Councillor [[name:MD Lloyd-Hayes]].
""")


if __name__ == "__main__":
    main()
