"""Build benchmarks/data/uk_real6_dev.json and benchmarks/data/uk_real6_holdout.json: a SIXTH set
of excerpts of REAL published UK public-sector text with gold personal-data spans, from bodies
and page addresses not used by make_uk_real_documents.py, make_uk_real_documents_2.py,
make_uk_real_documents_3.py, make_uk_real_documents_4.py, make_uk_real_documents_5.py or
make_court_judgments.py.

    .venv/bin/python benchmarks/data/make_uk_real_documents_6.py

What is in it (an ordinary mix of published UK council and public-body papers, several naming
few people or none, to measure false positives): parish council minutes (Kings Caple with
"Name (INITIALS)" lists, Wellesbourne with householder planning applications, the applicants,
planning officers and a member of the public, Plymtree with initials as movers and seconders,
Brampton Abbotts and Foy, Dilwyn flattened into one paragraph), two parish web pages (Hitcham:
a chair named once in full and once by first name; Backwell: no names), full council (Tower
Hamlets procedural motion, Cheltenham public questions with no names, Aberdeen burgesses with a
clerk's direct line and named mailbox), cabinet (Rhondda Cynon Taf), overview and scrutiny
(Gravesham with a glued "CllrGary Harding", Epping Forest with a named contact's telephone and a
shared mailbox, Redditch), audit committees (Aberdeen 2021 and 2023), health and wellbeing board
items (North Northamptonshire, Darlington: no names), a youth justice plan's governance section
(Gateshead: no names), a licensing sub-committee (Exeter: no names), planning papers (a
Planning Inspectorate appeal decision for a private dwelling at Holford; a Broadland planning
inquiry rebuttal naming witnesses), an Estyn school inspection report (no personal data), FOI
material (a Lincolnshire disclosure-log entry with no names; a Leeds request and response on
WhatDoTheyKnow with the requester's name), a Pensions Ombudsman determination ("Mr T"), and ten
court and tribunal documents: Family Court (Mold, and an unnamed court centre: "U", "C (A
CHILD)", "W, who is 15 months old", counsel in capitals, a transcriber's address, phone and
mailbox that are not spans), two High Court of Justiciary sentence appeals (Scottish judges
"Lord Nimmo Smith", a name split over a line, co-accused and a complainer in a libel), three
First-tier Tribunal (Tax Chamber) decisions (appeal numbers, judges and members, the address of
a taxpayer's former home) and an Employment Appeal Tribunal judgment (parties "L", "M", "P").

Each excerpt was copied verbatim (line breaks, runs of spaces, table pipes, encoding artefacts
such as "HMRCÕs" and other extraction artefacts kept; spaces at line ends trimmed) from the text
the project's search tool returned for a public page; `source` records the page address and the
document's own heading. No page address of sets 1-5 or of the court set is reused (checked
against every `url` in benchmarks/data/uk_real*_*.json and court_*.json), and every body is new
except the Employment Appeal Tribunal (another judgment; EAT appeals were in set 3 and the court
set; the search tool returned no first-instance Employment Tribunal judgment). Excerpts start at
the first useful line after a site's navigation and are cut at a line or sentence end; only
`[[label:value]]` markers (benchmarks/data/markers.py) were added. Annotated from the text
alone, without running the detector or the benchmark.

Labelling rules: those of make_uk_real_documents.py, make_uk_real_documents_3.py,
make_uk_real_documents_4.py and make_uk_real_documents_5.py (titles such as Cllr, Mrs, Dr,
JUDGE, HIS HONOUR JUDGE, MEMBER, Lord and role words outside spans; a possessive "'s" outside;
initials, surnames alone, first names alone and the letters judgments and ombudsmen use for
people are `name`). Choices made for this set:
- a title glued to the name ("Cllr[[name:Gary Harding]]") leaves the title outside; a name split
  over a line ("COLIN" / "McGHEE") is one span over the line break; in "HRH The Prince Philip,
  Duke of Edinburgh" only "Philip" is a span (HRH, Prince and the dukedom are titles);
- Scottish judges named by judicial title ("Lord Nimmo Smith", "LORD PHILIP") are `name` over
  the name after "Lord"; offices with no name ("Lord Justice Clerk", "the Lord Provost", "the
  Mayor", "the Convener") are not spans;
- a letter for an anonymised organisation (the employer "L" in the EAT judgment, a government
  employer) is not a span; the letters for the claimant and a private person ("M", "P", also "P"
  alone as a heading) are; a private party in a cited case name ("McAdie v Royal Bank of
  Scotland") is `name`;
- tribunal appeal numbers (TC/2021/00038), Scottish appeal numbers (XC408/06, C130/98), family
  court case numbers, Planning Inspectorate appeal references and local planning application
  numbers are `case_id` (also for a company's appeal, as the rule for planning numbers has no
  exception); the tax tribunal's decision numbers (TC08269), neutral citations, an Estyn report
  and a council's own FOI reference ("Ref 20646") are not;
- a private applicant's planning site ("12 Talbot Court", "Land to the North-West of the Plough
  Inn, Back Lane") and a taxpayer's disposed home are `address` with any postcode as `postcode`;
  a company's allocation site (Racecourse Plantations, NR7 9LW), a school named as the inspected
  institution with its address, a pub, council venues and a transcription company are not;
- a named officer's contact number and named mailbox are `phone` / `email`; shared mailboxes
  (democraticservices@...) are not; one child's age in months is `age`, ages of groups ("aged
  10 - 18") are not; an FOI requester ("G Swanson") and a member of the public are `name`.

Split (decided before any excerpt was scored, the rule of sets 3 to 5): each excerpt has a
`group` (the body; bodies that share people are one group), and a group goes to
uk_real6_holdout.json when int(sha256(group), 16) % 3 == 0, otherwise to uk_real6_dev.json. The
rule looks only at the group's name. Tune only on uk_real6_dev.json; uk_real6_holdout.json is for
measuring. Result: development 24 excerpts (21 groups, 44,406 characters, 153 spans), held out
10 excerpts (8 groups, 17,093 characters, 80 spans).
"""

from __future__ import annotations

from pathlib import Path

# The third set's excerpt record, split and writer: the same format, limits and hash split.
from make_uk_real_documents_3 import excerpt, write_sets

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real6_dev.json"
OUT_HOLDOUT = HERE / "uk_real6_holdout.json"

DOCS: list[dict] = []


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    excerpt(DOCS, id_, genre, body, group, url, title, marked)


def main() -> None:
    write_sets(DOCS, OUT_DEV, OUT_HOLDOUT)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Parish and town councils --------------------------------------------------------------

doc("kings-caple-pc-2017-05", "parish_council_minutes", "Kings Caple Parish Council", "kings-caple-pc",
    "https://kingscapleparishcouncil.org.uk/parish-council-minutes/minutes-18-may-2017/",
    "Minutes of the Annual Meeting of the Parish Council, 18th May 2017", r"""
Minutes 18 May 2017

Minutes of the Annual Meeting of the Parish Council
18th May 2017, The Old School, Kings Caple

[[name:Penny Brandram-Jones]] ([[name:PBJ]]), [[name:Andrew Eames]] ([[name:AE]]), [[name:Julie Brandram Jones]] ([[name:JBJ]]),
[[name:Tim Over]] ([[name:TO]]), [[name:Andrew Barnfield]] ([[name:AB]])

Ward Councillor [[name:Barry Durkin]], 20 members of the public, [[name:Liz Parry-Jones]] ([[name:LPJ]]) Clerk

1. To Elect a Chairperson
Resolved: to elect [[name:Penny Brandram-Jones]] as Chair

2. To Elect a Vice-chair
Resolved: to elect [[name:Andrew Eames]] as Vice-chair

3. Apologies for Absence
Apologies were received from [[name:Harry Bees]] ([[name:HB]])

4. Declarations of Interest and Requests for Dispensations
[[name:Penny Brandram-Jones]], items 9 a, 10 a i and ii, Disclosable Pecuniary Interest
[[name:Julie Brandram-Jones]], items 10 a i and ii, Other Interest
[[name:Andrew Eames]], item 9 a, Other Interest

5. Minutes of Previous Meetings
Resolved: to defer this item until later in the meeting or the next meeting if insufficient time in this meeting.

6. Update on Action Points from Previous Meetings
Resolved: to defer this item until later in the meeting or the next meeting if time in this meeting.

7. Report for the Ward Councillor
Cllr [[name:Durkin]]’s spoke to his monthly report which had been sent to members prior to the meeting.

8. Public Representations
Resolved: to defer this to item 10

9. Neighbourhood Development Plan
a. Acceptance of the Independent Examiner’s report. [[name:PBJ]] left the meeting
Resolved: to accept the recommendations of the Independent Examiner and revise the Plan accordingly.
[[name:PBJ]] returned to the meeting
b. Modifications to the NDP.
Resolved: The Steering Group to draft the revised supporting text, the new map to be produced by Herefordshire Council and the Clerk to incorporate these and make the alterations to the text as recommended by the Examiner. External consultants to be used should it be found that the reformatting is not possible to do in-house.

10. Planning
a. New Applications. [[name:JBJ]] and [[name:PBJ]] left the meeting
""")

doc("wellesbourne-pc-2019-08", "parish_council_minutes", "Wellesbourne and Walton Parish Council", "wellesbourne-pc",
    "https://www.wellesbournepc.com/2019/09/18/extra-ordinary-full-council-meeting-20-08-2019-minutes/",
    "Extra-ordinary Full Council meeting, 20/08/2019 – minutes", r"""
Extra-ordinary Full Council meeting, 20/08/2019 – minutes

Minutes for an Extra-ordinary meeting of the Council on Tuesday 20th August 2019 at 7.15pm at the Parish Council Office at 2 School Road, Wellesbourne

Present: Chairman: Cllr Mrs [[name:Prior]] Councillors: Mrs [[name:Bolton]], Mrs [[name:Burnard]], [[name:Dipple]], [[name:Harte]], [[name:Kendall]], [[name:Mann]], Mrs [[name:Paige-Stimson]], [[name:Shepherd]]
Clerk: Mrs [[name:Scriven]] Members of public: 3

1. Welcome

2. Apologies for Absence – Cllr [[name:Cannon]]

3. Confirmation of the order of the Agenda – add new number 7 item Grounds maintenance contract – agreed

4. Identification of any items that might be resolved for confidential session – none

5. Declarations of Interest – none

6. Confirmation of the minutes of the Council Meeting on 6th August 2019 – Agreed

7. Grounds maintenance contract – It was noted that the footpaths included in the contract had been entered historically and prior to the Lengthsman scheme. It was agreed these paths should be removed from the contract as they fall into County responsibility not the Parish Council – Agreed

8. Open Session for members of the public to raise any matters of relevance to the Parish
Mrs [[name:Cook]] raised concern that the public were not notified of a recently cancelled committee meeting. The Clerk and Cllr [[name:Mann]] confirmed that this was not the case as it was posted on the Council website, Facebook and a notice placed on the Council door.

9. Urgent Planning

9.1 Applications
[[case_id:19/01131/FUL]] Proposed single storey side extension with pitched roof
At [[address:12 Talbot Court]] For Mr & Mrs [[name:Carter]]
Planning officer [[name:Victoria Kempton]] Date 3 September 2019
No objection
[[case_id:19/01961/FUL]] Single storey side extension and erection of boundary wall
At [[address:15 Lysander Close]] For Mr [[name:Howard Smith]]
Planning officer [[name:Ryan OKeeffe]] Date 29 August 2019
No objection

10. Cllr and Clerk exchange of information
Clerk – the office clearance closure would occur Thursday 29th and Friday 30th August.
""")

doc("plymtree-pc-2019-07", "parish_council_minutes", "Plymtree Parish Council", "plymtree-pc",
    "https://plymtree.org.uk/2019/07/09/parish-council-minutes-2-july-2019/",
    "Parish Council Minutes 2 July 2019", r"""
Parish Council Minutes 2 July 2019


Draft minutes of meeting held on 2nd July 2019 at 7.30 pm in the Vestry Room.

Present: Cllrs [[name:I Robinson]] ([[name:IR]]), [[name:R Tift]] ([[name:RT]]), [[name:A Cook]] ([[name:AC]]), [[name:J Penman]] ([[name:JP]]), [[name:A Stride]] ([[name:AS]]), [[name:S Martin]] ([[name:SM]]), [[name:S Stephens]] ([[name:SS]]), [[name:J Franklyn]] ([[name:JF]], Clerk)

41a/19 Apologies: None received

41b/19   Declarations of Interest & Prejudice: None declared. Councillors were reminded to complete their “Registerable Interest” forms and submit to the Clerk for forward transmission to EDDC.

Meeting suspended to allow public questions and receipt of reports.

41c/19   Reports from representatives of Police, EDDC, DCC: No reports were received.

41d/19 Approval of minutes of meeting of 7th May and 24th June 2019: The minutes were read, approved and signed as a true and accurate record as proposed by [[name:AC]], seconded by [[name:AS]] and agreed by all. It was noted that the Annual Parish Meeting had been held in the Village Hall on May 15th (Chaired by [[name:IR]]) and had included reports from the PC, EDDC and many village groups and organisations.

42/19    Actions from last meeting not otherwise on the agenda: None

43/19    Finance:

Action from last meeting: Clerk to add DALC membership renewal to next agenda.

It was noted that since the May meeting, members of the PC had considered the value of DALC membership and conveyed (electronically) a desire to renew for the forthcoming year (which had been undertaken).

It was noted that the annual audit process for 2018-19 had been completed and notification of receipt of the PC exemption certificate and related paperwork had been received from PKF Littlejohn.

Balance of current accounts: Current balances (from 1st April 2019) were checked and agreed as proposed/signed by [[name:IR]], and [[name:RT]].

44/19    Section 106 monies:

Actions from last meeting: [[name:SS]] to discuss Section 106 monies with Cllr [[name:Fayers]] (now demitted) and then with [[name:Sulina Tallack]].
""")

doc("brampton-abbotts-foy-pc-2019-04", "parish_council_minutes", "Brampton Abbotts and Foy Parish Council", "brampton-abbotts-foy-pc",
    "https://bramptonabbottsfoypc.co.uk/minutes-4th-april-2019-extraordinary-meeting/",
    "Minutes 4th April 2019 – Extraordinary meeting", r"""
Minutes 4th April 2019 – Extraordinary meeting

Minutes of an Extraordinary meeting of the Parish Council
On Tuesday 23rd April 2019
At Upton Bishop Millennium Hall at 19:30

Present: Cllr [[name:R Lewis]], Chairman; Cllr [[name:E Evans]]; Cllr [[name:I Pebody]]; Cllr [[name:J Scudamore]]; Cllr [[name:J Sherahilo]]; Cllr [[name:D Teague]]; Cllr [[name:G Watts]].

In attendance; 18 Parishioners; [[name:Lynda Wilcox]], CE HALC; Parish Clerk [[name:Elizabeth Malcolm]].

1) Apologies for absence: Cllr [[name:O Marshall]]; Cllr [[name:C Gething-Lewis]].
2) Declarations of interest and dispensation requests: Cllr [[name:Lewis]] and Cllr [[name:Watts]] declared a pecuniary interest in item 5. The meeting was to receive information only and it was confirmed they would remain in the meeting.
3) Minutes – it was RESOLVED unanimously to agree and sign the minutes of the Parish Council meeting of 26th March as a true and accurate record of the meeting.
Item 5 was taken before item 4.
4) Open Session – Questions and clarifications were taken by Mrs [[name:Wilcox]] following the presentation in item 5. No further matters were raised.

5) Village Hall project – [[name:Lynda Wilcox]] presented information on the arrangements needed to manage and fund repairs and improvements to the Village Hall.

• Parish Councils have a Power/right to help village halls.
• Help may be given by donation/gift from the Parish Council to the village hall.
• As a VAT exempt organisation, the Parish Council may undertake purchases and reclaim the VAT and gift the result to the Village Hall. All contracts and orders must be with the Parish Council.
• Funds for use on the Village Hall project must be collected by the Parish Council who hold these as restricted funds for the project.
""")

doc("dilwyn-pc-2020-12", "parish_council_minutes", "Dilwyn Parish Council", "dilwyn-pc",
    "https://docslib.org/download/1525578/dilwyn-parish-council",
    "Minutes of the Dilwyn Parish Council Meeting held via video conferencing on Tuesday 8th December 2020", r"""
DILWYN PARISH COUNCIL Minutes of the Dilwyn Parish Council Meeting held via video conferencing on Tuesday 8th December 2020 at 7.30 p.m. PRESENT: Cllr [[name:J Hall]] (Chair); Cllr [[name:S Thomas]]; Cllr [[name:J Stirling Brown]]; Cllr [[name:I Brown]]; Cllr [[name:J Booth]]; Cllr [[name:R Fellows]] (Vice Chair); Cllr [[name:C Fellows]] and Cllr [[name:P Kyles]]. Also present: Ward Cllr [[name:Michael Jones]]; Interim Parish Clerk: [[name:Lesley Hay]] plus 3 members of the public. Minutes: 1. Apologies for Absence were received from Cllr [[name:D Stirling-Brown]] and Cllr [[name:J Lewis]]. 2. Declarations of Interest: All Councillors declared an interest in the Crown Public House as the Council is the owner of the said Public House. Declarations of Interest: With regard to item 11.1 declarations of interest were received from Cllr [[name:Ian Brown]] and Cllr [[name:Julia Hall]] and a Welfare Declaration of Interest was received from Cllr [[name:P Kyles]]. Written request for dispensation: The Clerk reminded members that written dispensation had been received from all Councillors in respect of the Crown Public House as the Council corporate was the owner. Without the dispensation the number of persons prohibited by section 31(4) from participating in any particular business would be so great a proportion of the body transacting the business as to impede the transaction of business. 3. The Election process for new Parish Councillor (details circulated). The Chairman explained that an election has been called to fill the one vacant seat on the Parish Council. The election will take place on the 6th May 2021 and the Elections Officer at the Town Hall will issue the documentation nearer the date. 4. To approve and sign the minutes of the Parish Council meeting held on Tuesday 10th November 2020. It was acknowledged that Cllr [[name:Peter Kyles]] had been missed off the attendance list – with this amendment - it was unanimously agreed that the minutes were a true record and it was agreed they be adopted and signed by the Chairman.
""")

doc("hitcham-note-about-planning-meetings", "council_web_page", "Hitcham village website (about Hitcham Parish Council)", "hitcham",
    "https://hitchamsuffolk.org.uk/a-note-about-planning-meetings/",
    "A note about planning meetings", r"""
At the Parish Council meeting last Friday – a special meeting called to ensure we responded promptly to a planning application – it became clear that some of those present were not clear about why, how, and for whom such meetings are called.

The Parish Council, currently chaired by [[name:Allan Scott]], review all outstanding planning applications at their regular two-monthly meetings. Like everyone else, they know about such applications only when the notices are sent out, and (usually) know nothing more about them than anyone else. Special meetings are called only when a response needs to be given before the date of the next scheduled Council meeting. This means that all such meetings are normal Council meetings.

At normal Council meetings members of the public are allowed to attend, and may speak at the discretion of the Chair – usually at the end of the meeting. The Chair can (and in this case did) choose to relax that rule when appropriate, but must also conduct an orderly meeting where only one person is speaking at a time. This ensures that – as far as possible – everyone in the room, including those with hearing impairment, can follow the proceedings.

The Council will consider individual parishioners’ objections to a plan, but their job is to give a balanced response taking all community interests – including those of the landowner – into account.

For the record, a councillor with an interest in a particular project may not take part in the discussion (except to provide information) and may not take part in any vote on the Council’s decision. For that reason they would normally leave the room once the basic facts have been established and return after the vote.

As [[name:Allan]] pointed out at the meeting, decisions about planning made by the Parish Council have no particular legal weight – and, in the past, have frequently been ignored by the District Council.
""")

doc("backwell-pc-meetings-page", "council_web_page", "Backwell Parish Council", "backwell-pc",
    "https://www.backwell-pc.gov.uk/meetings/page/2/",
    "Meetings (page 2)", r"""
The Parish Council hold 2 Annual Meetings per year: Annual meeting of the Electorate which must be held between March and June, and is usually held in April, and the Annual Meeting of the Council which must be held in May. The Annual meeting of the Electorate is not a meeting of the Parish Council, but of the electorate and the Chair of the Parish Council calls this meeting and, if present at the meeting, must preside. The Annual Meeting of the Council must be held in May, and in an election year it must take place on or within 14 days after the day on which the councillors were elected. In other years, it may be held on any day in May.

Regular meetings include Full Council (usually at 19:30 on first Thursday of the month), Planning Committee (usually at 19:00 on the third Thursday of the month). Working Party meetings are held in an informal setting and decisions are not made but rather recommendations can be made to Full Council. The Full Council and Planning meetings are both held in the Parish Hall and are open to the public (who are very welcome even if you are just curious). Early in the Full Council meeting and Planning Committee meeting there is slot during which members of the public present are allowed to make short (3 minute) statements / representations to the Council on agenda items only. Although participation by the public is limited to that point in the agenda, the public are welcome to attend the whole meetings as they wish, unless a confidential matter is being discussed, and they would need to leave the meeting at that point.

The dates of the Annual Meeting, Full Council, Planning Meetings and Working Parties are available at the schedules 2019 and 2020 dates. Below under the date of each meeting the Agenda, Minutes and papers of our meetings are available.

Full Council 3 October 2019

0.0 Summons 0.1 Full Council Agenda 3 October 2019 5.0 Full Council Minutes 5 September 2019 7a. Grant Application for [...]

5th September 2019 Full Council
""")

# Full council, cabinet, scrutiny, audit and health and wellbeing boards -------------------

doc("tower-hamlets-council-2016-01", "council_minutes", "London Borough of Tower Hamlets", "tower-hamlets",
    "https://democracy.towerhamlets.gov.uk/ieIssueDetails.aspx?IId=55807&Opt=3&PlanId=0",
    "Issue - meetings (Council, 20/01/2016, Item 7: the Elected Mayor's report)", r"""
Issue - meetings
Meeting: 20/01/2016 - Council (Item 7)
The Council’s Constitution provides for the Elected Mayor to give a report at each Ordinary Council Meeting.
A maximum of five minutes is allowed for the Elected Mayor’s report, following which the Speaker of the Council will invite the respective political group leaders to respond for up to one minute each if they wish.
Additional documents:
The Mayor presented his tabled report to the Council. The Leaders of the other political groups then responded briefly to the Mayor’s report.
The Mayor made his report to the Council, referring to his written report circulated at the meeting, summarising key events, engagements and meetings since the last Council meeting.
Procedural Motion
After the Mayors’ report, Councillor [[name:John Pierce]] moved and Councillor [[name:Khales Uddin Ahmed]] seconded, a procedural motion “that under Procedure Rule 14.1.3 the order of business be varied such that item 12.6 Motion regarding the Bishopsgate Goodsyard be taken as the next item of business.” The procedural motion was put to the vote and was agreed.
Following the consideration of this motion and at the invitation of the Speaker the Leaders of the other political groups then responded briefly to the Mayor’s report.
""")

doc("cheltenham-council-public-questions-2016-12", "council_minutes", "Cheltenham Borough Council", "cheltenham",
    "https://democracy.cheltenham.gov.uk/mgAi.aspx?ID=11133",
    "Agenda item: Public Questions (Council, December 2016)", r"""
Agenda item
Public Questions
No public questions were received before the deadline of 12 noon on 6 December 2016
Minutes:
Although there were no public questions for this meeting the
Mayor took the opportunity to address Council on the general issue
of Member and public questions for Council as she had some concerns
following the Council meeting on 17
October. She felt it was very important
how Members were perceived by the public and since the meeting she
had met with officers to review how the process could be improved.
There had also been discussions with Group Leaders and this had
resulted in a set of guidelines which she wished to adopt for
future meetings. She emphasised that
these were not constitutional changes but they represented a set of
good practice for the procedures and behaviours to be followed in
the Council chamber.
Firstly
the Leader would aim to get answers to questions with Democratic
Services by 10 am on the day of the Council meeting subject to
getting all the technical input needed. Democratic Services will
advise the public that the questions and responses will be
available on the website on the morning of the meeting by 11 am,
allowing that some may require further finalisation on the day.
This should give questioners plenty of time to review the responses
given and prepare any supplementary questions.
At the
start of Public Questions the Mayor will remind any public in the
gallery that hard copies of the questions and responses are
available at the back of the gallery so they can follow
proceedings.
The
Mayor will stress to Members of the public that questions and
responses will be taken as read to save
time unless they make a specific request to read out their question
which is their right under the Constitution. The Constitution allows 30 minutes in total for
questions which could be extended at the Mayor’s discretion
but it was important to make the best use of the time available and
allow time for everybody to ask their questions.
""")

doc("rct-cabinet-corporate-parenting-2018-10", "council_minutes", "Rhondda Cynon Taf County Borough Council", "rhondda-cynon-taf",
    "https://rctcbc.moderngov.co.uk/ieDecisionDetails.aspx?ID=87&LLL=0",
    "Decision details: Annual report of the Corporate Parenting Board (Cabinet, 16/10/2018)", r"""
Decision details

Decision Maker: Cabinet

Decision status: Recommendations Approved (subject to call-in)

Is Key decision?: Yes

Is subject to call in?: Yes


To consider the Annual report of the Corporate Parenting Board.


The Director of Communications & Interim Head of Democratic Services

presented Members with the Annual Report of the Corporate Parenting Board for 2017/18, as required under the Leaders Scheme of Delegation.


As Chair of the Corporate Parenting Board, the Cabinet Member for Children & Young People commented on the report and the work undertaken by the Board during the year ( which at the time was Chaired by Cllr [[name:G Hopkins]]), commenting on the aspirations within the plan and positive working relationship with Scrutiny.


The Cabinet Member for Adult Community Services & Welsh Language commented on the duty placed upon all Councillors to safeguard those children within the Authorities care and the need and aspirations to ensure that these children still deliver and achieve their full potential and are given the same chances as any other child. The Cabinet Member and previous Chair to the Board thanked the Members and Officers for their commitment and work over the 2017/18 Municipal Year and spoke of work undertaken including the opportunity to celebrate the successes of the children  within the Children Looked After service.


Following discussions it was RESOLVED:


 to the best of their abilities& Children’s Community Services thanked Members for the opportunity to present his Committees report which provided an overview of the good work undertaken over the 2016/17 Municipal Year



1.    That following comments to note the Corporate Parenting Board Annual Report (which is attached as Appendix 1 to the report).


Publication date: 16/10/2018

Date of decision: 16/10/2018

Decided at meeting: 16/10/2018 - Cabinet

Date comes into force if not called in: 23/10/2018

Call-in deadline date: 22/10/2018

Accompanying Documents:
""")

doc("gravesham-overview-scrutiny-2023-09", "council_minutes", "Gravesham Borough Council", "gravesham",
    "https://democracy.gravesham.gov.uk/ieListDocuments.aspx?CId=105&MeetingId=6032",
    "Overview Scrutiny Committee, Thursday 21 September 2023 (agenda and minutes)", r"""
Apologies for absence


An apology for absence was received from Cllr [[name:Ejaz Aslam]] and Cllr[[name:Gary Harding]] attended as substitute.



To sign the minutes of the previous meeting pdf icon PDF 136 KB


The minutes of the Overview Scrutiny Committee held on Thursday, 6 July 2023 were agreed and signed by the Chair.



To declare any interests which members may have on the items contained on this agenda. When declaring an interest members must state what their interest is.


No declarations of interest were made.



Call ins - Item 11: Interests in land and assets belonging to the council - (Part A)

Item ‘Called In’ from the Cabinet meeting of 11 September 2023.


The Chair of the Overview Scrutiny Committee has called in the following

item for the meeting on Thursday 21 September, 7:30pm: -


Item 11 – Interests in land and assets belonging to the council




·       To ensure that the decision represents value for money and to assess if proper due diligence is in place.

·       To ensure that the decision is robust and will not cause long-term damage to the Council's financial position.


Officers: [[name:Stuart Bobby]] (Chief Executive) and [[name:Sarah Parfitt]] (Corporate Services).


(Please ensure you have access to the Cabinet agenda for 11 September 2023 previously circulated to Members).


With the consent of members, the Chair advised that the committee noted Part A of the report and agreed to discuss it further under Part B.
""")

doc("epping-forest-overview-scrutiny-2021-04", "council_minutes", "Epping Forest District Council", "epping-forest",
    "https://rds.eppingforestdc.gov.uk/ieListDocuments.aspx?CId=395&MId=10553",
    "Overview & Scrutiny Committee - Thursday 15th April 2021 7.00 pm (agenda and minutes)", r"""
Agenda and minutes

Overview & Scrutiny Committee - Thursday 15th April 2021 7.00 pm

Venue: Virtual Meeting on Zoom. View directions

Contact: [[name:Vivienne Messenger]] Tel: [[phone:(01992) 564243]]  Email:  democraticservices@eppingforestdc.gov.uk

Media

Items
No. Item

87.

Webcasting Introduction

This virtual meeting is to be webcast. Members are reminded of the need to unmute before speaking.



The Chairman will read the following announcement:



“I would like to remind everyone present that this virtual meeting will be broadcast live to the internet (or filmed) and will be capable of subsequent repeated viewing (or other such use by third parties). Therefore, by participating in this virtual meeting, you are consenting to being filmed and to the possible use of those images and sound recordings for webcasting and/or training purposes. If members of the public do not wish to have their image captured then they should ensure that their video setting is turned off throughout the meeting and set to audio only.



Please be aware that if technical difficulties interrupt the meeting that cannot be overcome, I may need to adjourn the meeting.”

Additional documents:

Minutes:

The Chairman reminded everyone present that this virtual meeting would be broadcast live to the Internet, and that the Council had adopted a protocol for the webcasting of its meetings.

88.

SUBSTITUTE MEMBERS

To report the appointment of any substitute members for the meeting.

Additional documents:

Minutes:

The Committee noted that Councillor [[name:H Kane]] had been appointed as substitute for Councillor [[name:P Stalker]].

89.

Minute's Silence for HRH The Prince [[name:Philip]], Duke of Edinburgh

Additional documents:

Minutes:

The Chairman, Councillor [[name:M Sartin]], invited all members to join in a one minute’s silence as a mark of respect following the death of HRH The Prince [[name:Philip]], Duke of Edinburgh, on 9 April 2021.
""")

doc("redditch-overview-scrutiny-2007-09", "council_minutes", "Redditch Borough Council", "redditch",
    "https://moderngovwebpublic.redditchbc.gov.uk/ieListDocuments.aspx?CId=200&MId=362&Ver=4",
    "Overview and Scrutiny - Wednesday, 12th September, 2007 7.00 pm", r"""
Overview and Scrutiny - Wednesday, 12th September, 2007 7.00 pm

Apologies and named substitutes

To receive apologies for absence and details of any Councillor (or co-optee substitute) nominated to attend this meeting in place of a member of this Committee.


An apology for absence was received on behalf of Councillor [[name:Taylor]].



Declarations of interest and of Party Whip

To invite Councillors to declare any interest they may have in items on the Agenda and any Party Whip.


There were no declarations of interest or of any party whip.


To confirm the minutes of the most recent meeting of the Overview and Scrutiny Committee as a correct record.


(Minutes attached)




the minutes of the meeting of the Committee held on the 22nd of August

2007 be confirmed as a correct record and signed by the Chair.




To consider whether any Key Decisions of the Executive Committee’s most recent meeting(s) should be subject to call-in and also to consider whether any items on the Forward Plan require pre-scrutiny.

(No separate report).


Members received the Decision Notice of the meeting of the Executive Committee held on Wednesday, the 5th of September 2007, with a view to considering the need for any Call ins.




no action be taken to initiate call-in procedures on any of the Key Decisions contained in the Executive Committee Decision Notice.



Task and Finish Reviews - Draft Scoping Reports

To consider any scoping documents provided for possible Overview and Scrutiny review.

·        Third Sector Task and Finish Group


(Reports attached)



The Committee considered the original Scrutiny Proposal form for the Third Sector Task and Finish Group and reported that he had recently met with Officers to discuss this document, in the context of other work currently being undertaken by the Grants Panel, and had decided that the aims of the scrutiny exercise needed to be clarified further.
""")

doc("aberdeen-audit-risk-scrutiny-2023-06", "council_minutes", "Aberdeen City Council", "aberdeen",
    "https://committees.aberdeencity.gov.uk/ieIssueDetails.aspx?IId=71074&Opt=3",
    "Issue - meetings: Internal Audit Progress Report (Audit, Risk and Scrutiny Committee, 27/06/2023)", r"""
Issue - meetings
Internal Audit Progress Report
Meeting: 27/06/2023 - Audit, Risk and Scrutiny Committee (Item 9)
9 Internal Audit Progress Report - IA/23/006 PDF 131 KB
Additional documents:
Decision:
(i) to note the progress of the Internal Audit Plan; and
(ii) to note the progress that management had made with implementing recommendations agreed in Internal Audit reports.
Minutes:
With reference to article 7 of the minute of it’s previous meeting, the Committee had before it a report by the Chief Internal Auditor which provided an update on the progress against the approved Internal Audit plans, audit recommendations follow up and other relevant matters for the Committee to be aware of.
The report recommended:-
That the Committee:
(a) note the progress of the Internal Audit Plan; and
(b) note the progress that management had made with implementing recommendations agreed in Internal Audit reports.
In response to questions from Members, the Chief Internal Auditor advised that Internal Audit follow up with management on all outstanding audit recommendations and that five of the ten outstanding recommendations have been progressed since the report had been issued.
The Chief Officer – Finance apologised for not submitting responses to the Chief Internal Auditor ahead of the papers being issued and that he would provide the updates after the meeting.
The Committee resolved:-
to approve the recommendations contained in the report.
""")

doc("aberdeen-council-burgesses-2024", "council_minutes", "Aberdeen City Council", "aberdeen",
    "https://committees.aberdeencity.gov.uk/ieListDocuments.aspx?CId=122&MeetingId=9106",
    "Council – agenda, decisions and draft minutes (Council Chamber, Town House; 2024)", r"""
Agenda, decisions and draft minutes

Venue: Council Chamber - Town House

Contact: [[name:Martyn Orchard]], tel [[phone:01224 067598]] or Email: [[email:morchard@aberdeencity.gov.uk]]

Items
No. Item

1.

Admission of Burgesses

Minutes:

The persons undermentioned were admitted into the presence of the Council and passed as Burgesses of Guild in respect of their respective Acts of Admission in the Guild Burgess Book:-



[[name:Sheena Blackhall]], Poet, Vocalist and Writer, Aberdeen

[[name:Stuart James Clark]], Police Inspector, Aberdeen

Dr [[name:Tracey Jane Houston Menzies]], Solicitor, Aberdeen

[[name:Deborah Elizabeth Mitchell]], Retired Financial Adviser, Aberdeen

2.

Determination of exempt business

Minutes:

The Council was requested to determine that the following item of business, which contained exempt information as described in Schedule 7(A) of the Local Government (Scotland) Act 1973, be taken in private:-



11.1    Reinforced Autoclaved Aerated Concrete (RAAC) - Outcome of Options Appraisal August 2024 - exempt appendices



The Council resolved:-

in terms of Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the press and public from the meeting during consideration of item 11.1 so as to avoid disclosure of exempt information of the class described in paragraph 12 of Schedule 7A of the Act.

3.

Declarations of interest and transparency statements

Minutes:

The Lord Provost advised that he had connections in relation to agenda item 7.1 (Council Financial Performance - Quarter 4, 2023/24 - Finance and Resources Committee of 8 May 2024) as he was acquainted with Mr [[name:Kenny Anderson]] who was due to make a deputation on the item, and the UCAN unit opened when he was Chairperson of NHS Grampian and he had been involved, however having applied the objective test he did not consider that he had an interest and would not be withdrawing from the meeting.
""")

doc("aberdeen-audit-risk-scrutiny-2021-09", "council_minutes", "Aberdeen City Council", "aberdeen",
    "https://committees.aberdeencity.gov.uk/ieListDocuments.aspx?CId=507&MeetingId=7680&txtonly=1",
    "Audit, Risk and Scrutiny Committee - Wednesday, 29th September, 2021 2.00 pm", r"""
Audit, Risk and Scrutiny Committee - Wednesday, 29th September, 2021 2.00 pm

Members were requested to intimate any declarations of interest in respect of the items on today’s agenda, thereafter the following were intimated:-

(1)      Councillor [[name:Graham]] declared an interest in item 8.1 (ALEO Assurance Hub) by virtue of him being an Aberdeen City Council appointee as a Director of Sport Aberdeen and he considered that the nature of his interest did not require him to leave the meeting at that item on the agenda;

(2)      the Convener declared an interest in item 8.10 (Bon Accord Care Budget Monitoring) by virtue that a family member received care from Bon Accord Care and he considered that the nature of his interest did not require him to leave the meeting at that item on the agenda;

(3)      Councillor [[name:Houghton]] declared an interest in item 8.12 (Union Terrace Gardens – Removal of Materials) by virtue of being named in the report and considered that his interest did not require him to leave the meeting at that item on the agenda; and

(4)      the Vice Convener declared an interest in item 8.12 (Union Terrace Gardens – Removal of Materials) by virtue of his involvement with the reporting of the incident and considered that the nature of his interest required him to leave the meeting and he therefore took no part in the consideration of this item.



Minute of Previous Meeting of 30 June 2021


The Committee had before it the minute of its previous meeting of 30 June 2021.


The Committee resolved:-

to approve the minute as a correct record.


Committee Business Planner


The Committee had before it the Committee Business Planner as prepared by the Chief Officer – Governance.


The Committee resolved:-

(i)       to note that item 11 (Corporate Risk Registers and Assurance Maps) had been delayed until February 2022 to enable it to be reported with similar assurance reports;
""")

doc("north-northants-hwb-terms-of-reference-2022", "council_minutes", "North Northamptonshire Council", "north-northants",
    "https://northnorthants.moderngov.co.uk/mgAi.aspx?ID=4474",
    "Agenda item: Health and Wellbeing Board - Revised Terms of Reference", r"""
Agenda item

Health and Wellbeing Board - Revised Terms of Reference

Minutes:

The annexed circulated report of the Director of Governance and HR (Monitoring Officer) was received to consider the draft Health and Wellbeing Board Terms of Reference, as revised in line with the Health and Care Act 2022 for the Integrated Care System (ICS) from 1 July 2022.



The committee was being asked to comment on the constitutional changes required to facilitate compliance with legislation to enable the revised terms of reference to be recommended to full council.



Appended to the report were the following:



Appendix A                Draft Health and Wellbeing Board terms of reference;

Appendix B                Copy of current Health and Wellbeing Board terms of     reference;

Appendix C               Copy of Health and Wellbeing Board report of 5 July 2022.



The Interim Democratic Services Manager, [[name:Paul Goult]], explained that the Health and Wellbeing Board is a formal committee of the local authority and as such is charged with promoting greater integration and partnerships between bodies from the NHS, Public Health and Local Government and has a statutory duty, with clinical commissions groups, to produce a joint strategic needs assessment and a joint health and wellbeing strategy for the local population.



Under the Health and Care Act 2022 the Board has additional responsibilities and duties as follows:



·         To review the Integrated Care Board (ICB) five-year plan to ensure it takes proper account of the Joint Health and Wellbeing Strategy;

·         To review the ICB Joint Capital Resource Plan;

·         To consult with the ICB for the ICB Annual Report on performance of any steps taken by the ICB to implement the joint health and wellbeing strategy.



The ICB and ICP also must work closely with local Health and Wellbeing Boards.
""")

doc("darlington-hwb-plan-2023", "board_minutes", "Darlington Borough Council (Health and Wellbeing Board)", "darlington",
    "https://democracy.darlington.gov.uk/mgAi.aspx?ID=10576",
    "Agenda item: Darlington Health and Wellbeing Plan", r"""
Agenda item

Darlington Health and Wellbeing Plan

Report of the Director of Public Health


The interim Director of Public Health outlined the purpose and tasks involved in formulating the Darlington Health and Wellbeing Plan.


It was highlighted that an update to the Joint Strategic Needs Assessment (JSNA) is currently in progress for which a demonstration of the web-based JSNA will be presented to members at the March 14 2024 meeting.

The interim Director of Public Health went on to outline the purpose of the Health and Wellbeing Board members’ workshop, arranged to take place 14 December 2023, which is to develop the framework and agree strategic objectives of the Darlington Health and Wellbeing Plan 2023-2027.  Members were encouraged to work together in order to develop the plan with an emphasis on avoiding duplicating work already present in other workstreams and identifying any gaps in the plan that should be included moving forward.


RESOLVED – That the approach and points raised by the interim Director of Public Health be noted by the board.


REASON – Members in agreement of the above for the effective formulation of the Darlington Health and Wellbeing Plan.

Supporting documents:
""")

# Board papers, plans and officer reports ------------------------------------------------

doc("gateshead-youth-justice-plan-governance", "board_paper", "Gateshead Council (Gateshead Youth Justice Board)", "gateshead",
    "https://gateshead.gov.uk/article/22267/Section-2-Governance-leadership-and-partnership-arrangements",
    "Youth Justice Strategic Plan Executive summary – Section 2 - Governance, leadership and partnership arrangements", r"""
Youth Justice Strategic Plan Executive summary

Section 2 - Governance, leadership and partnership arrangements

The principal aim of the youth justice system established by Section 37 of the Crime and Disorder Act (1998) is to prevent offending by children and young people. Youth Offending Teams (YOTs) were identified as one of the main vehicles by which this principle aim would be delivered.

In 1998 guidance outlined the statutory responsibility for local areas to establish a steering group; this is the Gateshead YJS. The initial function of the Gateshead YJS was to oversee the establishment of the YOT. In order to build on this and ensure that supporting arrangements are sufficiently robust and flexible to respond to local priorities, but also to the public service performance agenda emerging from the Youth Justice Board and central Government, the Gateshead Youth Justice Board needs to ensure the following responsibilities are addressed.

Gateshead Youth Justice Board must ensure suitable governance arrangements are in place for the YJS.

  • the Gateshead Youth Justice Board is chaired by the strategic director for children, adults and families. This group should be able to use YJS management information to inform strategic planning decisions aimed at preventing youth crime, safeguarding children and young people, and protecting the public

  • reporting requirements to other stakeholders need to be clearly defined and understood, including those to local authority members, the police authority, national probation service, safeguarding children partnership, clinical commissioning group etc

  • the Gateshead Youth Justice Board is responsible for ensuring the delivery of the local Youth Justice Plan. It agrees the draft Youth Justice Plan and receives progress updates as to implementation

  • the Gateshead Youth Justice Board monitors quarterly updates from the YJS head of service on performance against key targets and initiatives
""")

doc("broadland-planning-inquiry-rebuttal-2018", "planning_report", "Broadland District Council", "broadland",
    "https://docslib.org/doc/1065247/broadland-district-council-town-and-country-planning",
    "Charles Andrew Judson rebuttal of Mr Dominic Lawson’s Proof of Evidence, 15th May 2018 (appeal APP/K2610/W/17/3188235)", r"""
DISTRICT COUNCIL

TOWN AND COUNTRY PLANNING ACT 1990

APPEAL BY: SCC LLP and the Thorpe and Felthorpe Trust against the refusal of Broadland District Council to grant planning permission for Erection of up to 300 New Homes and the Creation of a New Community Woodland Park (Outline) at Racecourse Plantations, Plumstead Road East, Thorpe St Andrew, Norwich, NR7 9LW

PLANNING INSPECTORATE REFERENCE: [[case_id:APP/K2610/W/17/3188235]]

LOCAL PLANNING AUTHORITY REFERENCE: [[case_id:20161896]]

[[name:Charles Andrew Judson]] rebuttal of Mr [[name:Dominic Lawson]]’s Proof of Evidence

15th May 2018

1.1. This rebuttal responds to the proofs of evidence of Mr [[name:Dominic Lawson]] submitted on behalf of SCC Norwich LLP and the Thorpe and Felthorpe Trust (“the appellants”).

1.2. It should be read alongside my proof of evidence dated April 2018. I have not sought to rebut every point with which I disagree. The fact that I do not expressly rebut a point made by Mr [[name:Dominic Lawson]] should not be taken as indicating that I accept it.

1.3. The rebuttal deals with the following issues:

o The relevance of policies in the development plan o The delivery of ecological benefits claimed for the CWP

1.4. The focus of the Proof of Evidence of Mr [[name:Dominic Lawson]] is with specific reference to the compliance of the appeal proposal with the development plan, the material considerations that apply to the appeal proposal and the overall planning balance. Where Mr [[name:Lawson]] addresses housing land supply, my colleague Mr [[name:Paul Harris]] provides the Council’s rebuttal on this issue.
""")

# Licensing and planning decisions -------------------------------------------------------

doc("exeter-licensing-sub-committee-variation", "licensing_minutes", "Exeter City Council", "exeter",
    "https://committees.exeter.gov.uk/ieListDocuments.aspx?CId=144&MId=7575&Ver=4",
    "Licensing Sub-Committee (agenda and minutes): application for the variation of a premises licence", r"""
The Chair introduced the
Members of the Licensing Sub-Committee together with the Legal
Advisor, the Apprentice Solicitor, the Principal Licensing
Officer and the Democratic Services
The Legal Advisor explained
that a preliminary issue of compliance with the Licensing Act 2003
(Premises licences and club premises certificates) Regulations 2005
(‘the Regulations’) had to be determined and explained
the procedure to the parties.
Members were advised that the
publication of the advertisement for the application made in the
local newspaper, was within 12 working days and not 10 working days
as required by the Regulations. The
Applicant had complied with the Regulations as detailed in the
report. The parties were invited to make submissions on this matter
and advised that the Licensing Sub-Committee would determine this
issue before a full hearing could proceed.
Upon hearing the submissions
all parties left the room for the Members to
deliberate. The Licensing Sub-Committee
determined that the Applicant had substantially complied with the
Regulations and therefore the publication of the advertisement in
the local newspaper within 12 working days instead of 10 had
not caused substantial injustice or
prejudice. The hearing for the
application could proceed.
The Legal Advisor set out the
hearing procedure and all parties in attendance, agreed that the
procedure was understood.
The Licensing Officer presented
the application which sought the variation of a premises
licence. The variation submitted
applies to events only. The variation
sought to:-
- Permit a finish time on Sunday at an
outdoor live music event of 22:30hrs varying from the current
- To allow up to six music events,
between 1 May and 15 July each year, avoiding local school
holidays. This is a reduction in the
number of permitted events and time
period in which they can occur, from the current
- Add additional conditions as set out
in the Operating Schedule at part M of the Application.
""")

doc("holford-planning-appeal-2019", "planning_decision", "Planning Inspectorate (appeal decision as reported to Somerset West and Taunton Council)", "somerset-west-taunton",
    "https://docslib.org/doc/12394645/appeal-decisions-12-september-2019",
    "APPEAL DECISIONS – 12 SEPTEMBER 2019 (Appeal Ref: APP/H3320/W/19/3222170, Back Lane, Holford)", r"""
APPEAL DECISIONS – 12 SEPTEMBER 2019

Site: [[address:Land to the North-West of the Plough Inn, Back Lane]],

Proposal: Erection of 1 no dwelling

Application number: [[case_id:APP/H/3320/W/19/3222170]]

Reason for refusal: Appeal Allowed

Appeal Decision Site visit made on 9 July 2019 by [[name:S Hanson]] BA(Hons) BTP MRTPI

an Inspector appointed by the Secretary of State Decision date: 15 August 2019

Appeal Ref: [[case_id:APP/H3320/W/19/3222170]] [[address:Back Lane, Holford]], [[postcode:TA5 1RY]]  The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.  The appeal is made by Mr & Mrs [[name:T J Ayre]] against the decision of Council.  The application Ref [[case_id:3/16/18/005]], dated 4 April 2018, was refused by notice dated 8 August 2018.  The development proposed is the erection of a dwellinghouse.

Decision

1. The appeal is allowed and planning permission is granted for the erection of a dwellinghouse on land at [[address:Back Lane, Holford, Somerset]] [[postcode:TA5 1RY]] in accordance with the terms of the application Ref [[case_id:3/16/18/005]], dated 4 April 2018, subject to the conditions in the attached schedule. Procedural Matters

2. The decision to refuse planning permission was made by West Somerset Council, which ceased to exist on 1 April 2019, following a merger with Taunton Deane Borough Council to form the new Somerset West and Taunton Unitary Authority. Provisions within the Local Government (Structural Changes) (Transitional Arrangements) (No.2) Regulations 2008 allow for any “plan, scheme, statement, or strategy” prepared by one of the merging authorities to be treated as if “it had been prepared and, if so required, published by the single tier council for the whole or such part of its area as corresponds to the area to which the particular

plan, scheme, statement or strategy relates”. The status of the West Somerset Local Plan to 2032 (2016) (LP) has not therefore changed as a result of the merger.
""")

# Inspection -----------------------------------------------------------------------------

doc("estyn-y-pant-comprehensive-2017", "inspection_report", "Estyn (report as republished by fdocuments.net)", "estyn",
    "https://fdocuments.net/document/a-report-on-y-pant-comprehensive-school-cf72-8yq.html",
    "A report on Y Pant Comprehensive School, Date of inspection: January 2017", r"""
A report on

Y Pant Comprehensive School Cowbridge Road

Talbot Green

Pontyclun

Rhondda Cynon Taf

CF72 8YQ

Date of inspection: January 2017

by

Estyn, Her Majesty’s Inspectorate for Education and Training in Wales

A report on Y Pant Comprehensive School January 2017

1

Summary Y Pant Comprehensive School has a very beneficial sense of community, where pupils feel secure and valued. As a result, standards of wellbeing are very high and contribute significantly to the excellent progress pupils make in their learning by the end of key stage 4. Senior leaders have developed a strong ethos of improving practice and high expectations. This includes a very good emphasis on professional learning, that results in highly consistent and effective classroom practice. This effective teaching skilfully balances the development of pupils’ literacy and numeracy skills with subject-based knowledge and understanding. As a result, pupils consistently achieve very good standards. The school will draw up an action plan that shows how it is going to maintain high standards and quality of provision and address the recommendations. Estyn will invite the school to prepare a written case study, describing the best practice identified during the inspection.

Recommendations R1 Increase the opportunity to develop information and communication technology

skills across the curriculum

A report on Y Pant Comprehensive School January 2017

2

Main findings

1: Standards

Excellent

In lessons and over time, pupils at Y Pant Comprehensive School make very strong progress.
""")

# FOI requests, responses and disclosure-log entries ------------------------------------

doc("lincolnshire-foi-lac-placements-2016-2019", "foi_disclosure_log", "Lincolnshire County Council", "lincolnshire",
    "https://www.lincolnshire.gov.uk/directory-record/67444/number-of-placements-for-looked-after-children-2016-2019",
    "Number of Placements for Looked After Children 2016-2019 - Find a freedom of information request", r"""
Number of Placements for Looked After Children 2016-2019 - Find a freedom of information request

Request

Please use the attached spread-sheet for questions 1 to 7.

1. Combining the calendar years 2016, 2017, 2018 and 2019, how many 'looked after' Children had three or more placements during a single calendar year?



2. In each calendar year for 2016, 2017, 2018 and 2019, how many 'looked after' Children had three or more placements that year?



3. Combining the calendar years 2016, 2017, 2018 and 2019, how many 'looked after' Children had five or more placements during a single calendar year?



4. In each calendar year for 2016, 2017, 2018 and 2019, how many 'looked after' Children had five or more placements that year?



5. Combining the calendar years 2016, 2017, 2018 and 2019, how many 'looked after' Children had ten or more placements during a single calendar year?



6. In 2019, did any 'looked after' Children have ten or more placements during the calendar year?



7. In each calendar year for 2016, 2017, 2018 and 2019, how many 'looked after' Children had ten or more placements that year?



If information is not available for calendar years, please use the corresponding financial years and state this to be the case.



Guidance notes:

Questions 1, 3 and 5 are asking for a single combined figure for all the years put together, but relate to the number of placements in a single calendar year (not the number of placements over the course of four years). Questions 2, 4 and 7 break these figures down by individual calendar year.

So for example, for question 5, if three children had ten or more placements in 2016, four children did in 2017, one child did in 2018, and seven children did in 2019, the question 5 response would be 15 (3 + 4 + 1 + 7). The responses for question 7 would be three in 2016, four in 2017, one in 2018 and seven in 2019.
""")

doc("leeds-foi-outcomes-lac-2018", "foi_request", "Leeds City Council (request and response on WhatDoTheyKnow)", "leeds",
    "https://www.whatdotheyknow.com/request/outcomes_for_looked_after_childr_64",
    "Outcomes for Looked after children (Freedom of information request Ref 20646)", r"""
Dear Leeds City Council,

Can you please provide the following information. In all instances where numbers are asked for please provide them both as a whole number and as a percentage.

1. How many children of compulsory school age do you currently have under local authority care?

Of these;
i) How many were school educated by their parents before going into care?
ii) How many were electively home educated by their parents before going into care?

2. Can you please provide a statistical breakdown of the reasons why children in your local authority have been put under local authority care?

3. Please provide the number of children under local authority care classed as children missing education for the years (Jan 01 - Dec 31 in all instances) 2015, 2016, 2017.

4. Please provide a breakdown of how the children under local authority care are currently receiving their educational provision. Please include CME statistics.

5. Please provide the number of children aged 10 - 18 under local authority who have;

i) Gone missing
ii) Had police involvement
iii) Been groomed by adults after going into LAC.
iv) Had a relationship that resulted in pregnancy.
v) Had a relationship that resulted in parenthood.

6. Of the children currently under LAC please provide the number of children who have been identified as needing supportive therapy; This could be SEN, mentally, emotionally, physically etc.

Of these children;

i) How many have successfully received the therapy recommended?
ii) How many are in receipt of the therapy recommended?
iii) How many are waiting to receive the therapy recommended?

Finally, can you please provide statistics/documentation and evidence for the educational outcomes for all children under local authority care?

Yours faithfully,

[[name:G Swanson]]

DPFOI, Leeds City Council

Dear [[name:G Swanson]],

Freedom of information request Ref 20646 : Outcomes for looked after children

Thank you for your request for the above information which we received 9, March 2018.
""")

# Ombudsman ------------------------------------------------------------------------------

doc("pensions-ombudsman-mr-t-fp1-plan", "ombudsman_decision", "The Pensions Ombudsman (determination as republished by financedocbox.com)", "pensions-ombudsman",
    "http://financedocbox.com/Tax_Planning/75978784-Ombudsman-s-determination.html",
    "Ombudsman’s Determination (Applicant Mr T; Scheme FP1 Retirement Plan)", r"""
1 Ombudsman s Determination Applicant Scheme Respondents Mr [[name:T]] FP1 Retirement Plan (the Plan) Fast Pensions Limited (FP), FP Scheme Trustees Limited (the Trustee) Outcome 1. Mr [[name:T]] s complaint is upheld, and to put matters right the Trustee shall comply promptly with any CETV request that Mr [[name:T]] makes, and offer him a transfer in cash or in specie or a mixture of both, whichever the Trustee considers most appropriate bearing in mind the Plan s current assets and the amount of the CETV net of any early exit penalty that is applicable to him at that time, as set out in the agreement that Mr [[name:T]] signed in If Mr [[name:T]] s new pension provider notifies the Trustee that it is willing to accept the transfer in the form offered by the Trustee, the Trustee shall make payment to the new pension provider within 28 working days, and inform Mr [[name:T]] within 7 working days of making payment. FP shall pay Mr [[name:T]] 2,000 for the significant distress and inconvenience that its conduct in this matter has caused him. 2. My reasons for reaching this decision are explained in more detail below. Complaint summary 3. Mr [[name:T]] s complaint is that he has been trying to transfer his pension fund out of the Plan since 2015, and it was only in 2017 that FP informed him that his pension fund was locked in for ten years, and until that period has expired he cannot transfer out of the Plan. Background information, including submissions from the parties 4. The Plan commenced on 27 July 2012 and is administered by FP. 5. In August 2012, a company called Blu Funding telephoned Mr [[name:T]] to offer him a loan of 11,650. At the same time Mr [[name:T]] was asked about his pension arrangements, and it was recommended that he should transfer one of his pension funds to the Plan. 6. On 24 November 2012, Mr [[name:T]] signed a form to accept the Plan s terms and conditions.
""")

# Court and tribunal judgments -----------------------------------------------------------

doc("ewfc-mold-2015-b208", "judgment", "Family Court at Mold", "family-court-mold",
    "http://www.bailii.org/cgi-bin/markup.cgi?doc=/ew/cases/EWFC/OJ/2015/B208.html&query=JUDICIAL+and+REVIEW+and+JUDGEMENTS&method=boolean",
    "U (a judgement) [2015] EWFC B208 (18 November 2015)", r"""
You are here: BAILII >> Databases >> England and Wales Family Court Decisions (other Judges) >> [[name:U]] (a judgement) [2015] EWFC B208 (18 November 2015)
URL: http://www.bailii.org/ew/cases/EWFC/OJ/2015/B208.html
Cite as: [2015] EWFC B208

[New search] [Context] [View without highlighting] [Printable RTF version] [Help]


This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the child and members of his family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.

Case No: [[case_id:CJ15C00118]]

IN THE FAMILY COURT AT MOLD
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF [[name:C]] (A CHILD)

18th November 2015

B e f o r e :

HIS HONOUR JUDGE [[name:GARETH JONES]]
____________________

Between:
X LOCAL AUTHORITY
Applicant

- and -


THE MOTHER (1)

THE FATHER (2)

THE CHILDREN'S GUARDIAN (3)





Respondents

____________________

Transcript provided by:
Posib Ltd, Y Gilfach, Ffordd y Pentre, Nercwys, Flintshire, CH7 4EL
Official Transcribers to Her Majesty's Courts and Tribunals Service
DX26560 MOLD
Tel: 01352 757273
translation@posib.co.uk www.posib.co.uk

____________________

Mr [[name:Michael Sellars]] for the Local Authority
Miss [[name:Parry]] for the First Respondent
Miss [[name:Anslow]] for the Second Respondent
Miss [[name:Cracroft]] for the Children's Guardian, Miss [[name:Fozzard]] and the children
Hearing dates: 18th November 2015

____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

    JUDGMENT 18th November 2015

    HIS HONOUR [[name:GARETH JONES]]:
""")

doc("ewfc-2024-451-b-local-authority-a-v-w", "judgment", "Family Court (court centre not named in the published judgment)", "family-court-2024-451",
    "http://beta.bailii.org/ew/cases/EWFC/OJ/2024/451.html",
    "Local Authority A v W (A Child) [2024] EWFC 451 (B) (21 October 2024)", r"""
You are here: BAILII >> Databases >> England and Wales Family Court Decisions (other Judges) >> Local Authority A v [[name:W]] (A Child) [2024] EWFC 451 (B) (21 October 2024)
URL: http://www.bailii.org/ew/cases/EWFC/OJ/2024/451.html
Cite as: [2024] EWFC 451 (B)

[New search] [Printable PDF version] [Help]
This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.
Neutral Citation Number: [2024] EWFC 451 (B)

IN THE FAMILY COURT

21 October 2024

B e f o r e :

HER HONOUR JUDGE [[name:JONES]]
____________________

Local Authority A
Applicant
- and -

[[name:W]] (A CHILD)
Respondents

____________________

Digital Transcription by Epiq Europe Ltd,
Lower Ground, 46 Chancery Lane, London, WC2A 1JE
Tel No: 020 7404 1400
Web: www.epiqglobal.com/en-gb/ Email: civil@epiqglobal.co.uk
(Official Shorthand Writers to the Court)

____________________

MR [[name:S MAHMOOD]] appeared on behalf of the Applicant - Local Authority A
MS [[name:S BUXTON]] appeared on behalf of the mother
MS [[name:S DUNN]] appeared on behalf of the child (through her children's guardian)
MS [[name:J CLAXTON]] appeared on behalf of the father
MS [[name:B STIRLING]] appeared on behalf of Local Authority B.

____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

  1. HHJ [[name:JONES]]: I am concerned with [[name:W]], who is [[age:15]] months old.
""")

doc("hcjac-2006-87-sentence-appeal", "judgment", "High Court of Justiciary (Appeal Court)", "high-court-justiciary",
    "https://beta.bailii.org/scot/cases/ScotHC/2006/HCJAC_87.html",
    "Appeal against sentence by Colin McGhee against Her Majesty's Advocate [2006] HCJAC 87", r"""
APPEAL COURT, HIGH COURT OF JUSTICIARY
|
Lord [[name:Johnston]]
Lord [[name:Philip]]
Lord [[name:Kingarth]]
|
[2006] HCJAC 87
Appeal No: [[case_id:XC408/06]]
OPINION OF THE COURT
delivered by LORD [[name:PHILIP]]
in
APPEAL AGAINST SENTENCE
by
[[name:COLIN McGHEE]]
Appellant;
against
HER MAJESTY'S ADVOCATE
Respondent:
_______
|
Act: [[name:Taylor]], solicitor advocate; Paterson Bell, Kirkcaldy
Alt: [[name:D. Young]], A.D.; Crown Agent
23 November 2006
[1] This is an
appeal against sentence by [[name:Colin McGhee]] who pled guilty on 5
June 2006 on
the first day of a trial diet at Perth Sheriff Court to a charge of assault with intent
to rob, committed while he was a prisoner in Perth Prison. He was sentenced to 5 years imprisonment to
run consecutively to a sentence imposed on 21 October 2005.
That sentence was an extended sentence of 12 years, of which the
custodial term was 9 years and the extension period 3 years. His earliest date for release from that
sentence is 11 April 2011.
[2] The terms of
the charge to which the appellant pled guilty were as follows:
"on 27 January 2006 at Cell 16, Flat
3, 'A' Hall, HM Prison, 3 Edinburgh Road, Perth you [[name:JOSEPH HORSBURGH]] and [[name:COLIN
McGHEE]] did assault [[name:Jamie John Milne]], care of Tayside Police, Perth lock him
within said cell and detain him there against his will, demand drugs from him,
threaten to insert a container into his anus, threaten to squirt the contents
of said container into his rectum, present homemade weapons at him, hold said
weapons against his face and neck, force him to pull down his shorts and pants,
force him to squat over a toilet and attempt a bowel movement, insert the
nozzle of a container into his anus, squeeze the contents of said container
into his rectum, force him to return to the toilet and attempt a bowel
movement, threaten to stab him, kick him on the face and threaten to kill him
if he reported said assault, all to his injury and with intent to rob him."
""")

doc("scothc-1999-89-sentence-appeal", "judgment", "High Court of Justiciary (Appeal Court)", "high-court-justiciary",
    "https://beta.bailii.org/scot/cases/ScotHC/1999/89.html",
    "Opinion of the Court in Continued Note of Appeal against Sentence by James Joseph Hamill against Her Majesty's Advocate (21 April 1999)", r"""
Lord Justice Clerk Lord [[name:Nimmo Smith]] Lord [[name:Allanbridge]]
|
[[case_id:C130/98]]
HIGH COURT OF JUSTICIARY
OPINION OF THE COURT
delivered by
THE LORD JUSTICE CLERK
in
CONTINUED NOTE OF APPEAL AGAINST SENTENCE
by
[[name:JAMES JOSEPH HAMILL]]
Appellant
against
HER MAJESTY'S ADVOCATE Respondent _____________ |
Appellant: [[name:Burns]], Q.C., [[name:Beckett]]; Gallen & Co
Respondent: [[name:Brodie]], Q.C., A.D.; Crown Agent
21 April 1999
On 24 February 1998 the appellant was convicted, along with a co-accused [[name:James Burns Gemmill]], of a charge that on various occasions between 1 November 1996 and 17 September 1997 at various addresses in Glasgow they were concerned in the supplying of heroin to another or others and, in particular, certain named individuals, in contravention of section 4(3)(b) of the Misuse of Drugs Act 1971.
On 17 March 1999 this Court refused the appellant's appeal against conviction. We are now concerned solely with the matter of sentence.
The ground of appeal against sentence as originally framed states:
"In any case the length of the sentence imposed by the trial judge is excessive and inappropriate having regard to the appellant's record of previous convictions and personal circumstances".
When Mr [[name:Burns]] appeared today on behalf of the appellant and began to open his submissions it became plain that he was seeking to submit that the sentence imposed by the trial judge in the case of the appellant was excessive in comparison with that imposed on the co-accused [[name:Gemmill]]. He also indicated that it was his intention to submit that the trial judge had approached the sentencing of the appellant in a way which was not consistent with the way in which he had approached the position of the co-accused. In these circumstances it was plain that the existing ground of appeal was not adequate to cover any such arguments, and, of course, the trial judge has had no opportunity to comment on any such complaints. Mr [[name:Burns]] then invited this Court to allow him to submit supplementary grounds of appeal.
""")

doc("ukftt-tc-2021-tc08269", "tribunal_decision", "First-tier Tribunal (Tax Chamber)", "ftt-tax-chamber",
    "https://beta.bailii.org/uk/cases/UKFTT/TC/2021/TC08269.html",
    "Paul Owen v The Commissioners for Her Majesty’s Revenue & Customs [2021] UKFTT 335 (TC)", r"""
[2021] UKFTT 335 (TC)
TC08269
Appeal number: [[case_id:TC/2021/00038]]
INCOME TAX - Appellant failed to meet deadline for filing tax return - whether reasonable excuse for the delay - no - Appellant failed to pay outstanding tax due by deadline for paying tax due - whether reasonable excuse for delay - no - appeal dismissed
FIRST-TIER TRIBUNAL
TAX CHAMBER
|
[[name:PAUL OWEN]] |
Appellant |
|
|
|
|
- and - |
|
|
|
|
|
THE COMMISSIONERS FOR HER MAJESTY’S |
Respondents |
|
REVENUE & CUSTOMS |
|
TRIBUNAL: |
JUDGE [[name:JANE BAILEY]] |
The Tribunal determined the appeal on 1 September 2021 without a hearing under the provisions of Rule 26 of the Tribunal Procedure (First-tier Tribunal) (Tax Chamber) Rules 2009 (default paper cases) having first read the Notice of Appeal filed 5 January 2021 (with enclosures), HMRC’s Statement of Case dated 2 March 2021, the Documents bundle prepared by HMRC, the Authorities bundle, also prepared by HMRC, and the correspondence from the parties on the Tribunal file.
DECISION
Summary of the conclusions reached
As this is a lengthy decision, I consider it appropriate to start by setting out, in bullet point form, the conclusions that have been reached. I have decided that:
· The late filing and late payment penalties imposed on Mr [[name:Owen]] for 2018/19 were imposed by HMRC in accordance with the relevant penalty legislation; and
· Mr [[name:Owen]] has not provided a reasonable excuse for his late filing of his tax return for 2018/19, nor has he provided a reasonable excuse for the late payment of the outstanding tax due from him for 2018/19;
In consequence:
· Mr [[name:Owen]]’s appeal against the penalty of £100 for the late filing of his tax return for 2018/19 is dismissed;
· Mr [[name:Owen]]’s appeal against the penalty of £49 for the 30 days late payment of the tax due for 2018/19 is dismissed; and
· Mr [[name:Owen]]’s appeal against the penalty of £49 for the six months late payment of the tax due for 2018/19 is dismissed.
""")

doc("ukftt-tc-2018-tc06642", "tribunal_decision", "First-tier Tribunal (Tax Chamber)", "ftt-tax-chamber",
    "https://beta.bailii.org/uk/cases/UKFTT/TC/2018/TC06642.html",
    "David Wickenden v The Commissioners for Her Majesty’s Revenue & Customs (TC06642)", r"""
TC06642
Appeal number: [[case_id:TC/2018/01351]]
NON-RESIDENT CAPITAL GAINS TAX Ð penalties for failing to file a return on time Ð whether ignorance of the obligation to file the return could amount to a reasonable excuse Ð yes Ð appeal upheld
FIRST-TIER TRIBUNAL
TAX CHAMBER
|
[[name:DAVID WICKENDEN]] |
Appellant |
|
|
|
|
- and - |
|
|
|
|
|
THE COMMISSIONERS FOR HER MAJESTYÕS |
Respondents |
|
REVENUE & CUSTOMS |
|
TRIBUNAL: |
JUDGE [[name:TONY BEARE]] |
The Tribunal determined the appeal on 10 July 2018 without a hearing under the provisions of Rule 26 of the Tribunal Procedure (First-tier Tribunal) (Tax Chamber) Rules 2009 (default paper cases) having first read the Notice of Appeal dated 19 February 2018 (with enclosures), HMRCÕs Statement of Case (with enclosures) acknowledged by the Tribunal on 15 June 2018 and the AppellantÕs Reply dated 23 June 2018 (with enclosures).
© CROWN COPYRIGHT 2018
DECISION
1. This appeal relates to late filing penalties in an aggregate amount of £700 which have been charged under Schedule 55 Finance Act 2009 (ÒSchedule 55Ó) for the late filing of a Non-Resident Capital Gains Tax (ÒNRCGTÓ) return in respect of the disposal by the Appellant of a property at [[address:50 Stonefall Avenue, Harrogate]], [[postcode:HG2 7NP]] (the ÒPropertyÓ) on 24 August 2015.
The penalties are as follows:
|
|
|
|
|
Penalty |
£ |
|
|
Late filing penalty (paragraph 3 of Schedule 55) |
100 |
|
|
6 month late filing penalty (paragraph 5 of Schedule 55) |
300 |
|
|
12 month late filing penalty (paragraph 6 of Schedule 55 ) |
300 |
|
|
Total |
700 |
|
|
|
|
|
The facts
2. There is no dispute between the parties in relation to the relevant facts. The Appellant was the joint owner of the Property along with his wife. At the time of disposing of the Property, he and his wife were resident in France and had been registered as non-resident landlords by the Respondents since 20 August 2010.
""")

doc("ukftt-tc-2018-tc06478", "tribunal_decision", "First-tier Tribunal (Tax Chamber)", "ftt-tax-chamber",
    "https://beta.bailii.org/uk/cases/UKFTT/TC/2018/TC06478.html",
    "Robert Lockwood v The Commissioners for Her Majesty’s Revenue & Customs [2018] UKFTT 246 (TC)", r"""
[2018] UKFTT 246 (TC)
[image removed]
TC06478
Appeal number: [[case_id:TC/2015/03212]]
Income tax - Schedule 55 Finance Act 2009 - fixed and daily penalties for failure to file self-assessment returns on time - Appellant's PAYE annual income exceeded £100,000 - unaware he was obliged to file returns - whether reasonable excuse - no - appeal dismissed
FIRST-TIER TRIBUNAL
TAX CHAMBER
|
[[name:ROBERT LOCKWOOD]] |
Appellant |
|
|
|
|
- and - |
|
|
|
|
|
THE COMMISSIONERS FOR HER MAJESTY’S |
Respondents |
|
REVENUE & CUSTOMS |
|
TRIBUNAL: |
JUDGE [[name:MICHAEL CONNELL]] |
|
MEMBER [[name:HELEN MYERSCOUGH]] |
Sitting in public at Tax Appeals Tribunal, Taylor House, Rosebery Avenue, London on 15 January 2018
The Appellant did not attend and was not represented
Mr [[name:David Miles]], Officer of HMRC, for the Respondents
© CROWN COPYRIGHT 2018
DECISION
1. This is an appeal by Mr [[name:Robert Lockwood]] ('the Appellant') against penalties totalling £3,300 imposed by the Respondents ('HMRC') under Paragraphs 3,4, 5 and 6 of Schedule 55 Finance Act 2009, for his failure to file self-assessment tax returns on time, for the tax years ending 5 April 2012, 5 April 2013 and 5 April 2014.
2. The Appellant also appeals penalties totalling £412 imposed under Paragraph 3(2) of Schedule 56 Finance Act ('FA') 2009 for his failure to pay tax on time in respect of his personal self-assessment liability for the years ending 5 April 2013 and 5 April 2014.
3. The Appellant did not attend the hearing. The Tribunal was satisfied that the Appellant had been given notice of the time, date and venue of the appeal hearing and that it was in the interests of justice to proceed.
Background
4. The Appellant had been within the Self-Assessment ('SA') regime since the 1996-97 tax year.
5. The Appellant's 2011-12 SA return was issued on 6 April 2012. If filed in paper form, the return was due by 31 October in that tax year. If filed electronically, the return was due no later than 31 January in the year following.
""")

doc("ukeat-2014-0382-13-l-v-m", "judgment", "Employment Appeal Tribunal", "employment-appeal-tribunal",
    "https://beta.bailii.org/uk/cases/UKEAT/2014/0382_13_1605.html",
    "Employment Appeal Tribunal, Appeal UKEAT/0382/13: L v M (unfair dismissal, reasonableness of dismissal)", r"""
EMPLOYMENT APPEAL TRIBUNAL
FLEETBANK HOUSE, 2-6 SALISBURY SQUARE, LONDON EC4Y 8AE
At the Tribunal
Before
HIS HONOUR JUDGE [[name:DAVID RICHARDSON]]
(SITTING ALONE)
Transcript of Proceedings
JUDGMENT
SUMMARY
UNFAIR DIMISSAL - Reasonableness of dismissal
The Employment Tribunal did not err in law in finding that the Claimant was unfairly dismissed. [[name:McAdie]] v Royal Bank of Scotland [2008] ICR 1087 considered.
HIS HONOUR JUDGE [[name:DAVID RICHARDSON]]
1. This is an appeal by L (“the Respondent”) against a Judgment of the Employment Tribunal, sitting in Bury St Edmunds (Employment Judge [[name:James]] presiding), dated 23 May 2013. By its Judgment the Employment Tribunal upheld a claim of unfair dismissal brought by [[name:M]] (“the Claimant”).
2. Today the Respondent is represented, as it was represented by below, by Mr [[name:Tom Poole]]. The Claimant has not attended and is not represented. She has explained the circumstances in a note received by the Employment Tribunal on 1 May. She and her partner are currently in poor health. She has asked the Appeal Tribunal, in determining the appeal today, to take account of two matters put in by her and statements from herself and her partner, as well of course as what she has said in the Answer and her skeleton argument. I confirm that I have read those documents as well as the bundle and supplemental bundle put forward by the Respondent.
The Background Facts
3. The Claimant’s employment with the Respondent commenced on 8 February 1998. By 2009 she was an Executive Officer, working as a Crisis Loans Manager. She was regarded as a good employee. In order to understand the Employment Tribunal’s Reasons and the grounds of appeal it is helpful to summarise separately two aspects of the story which are in fact closely linked with each other.
[[name:P]]
4. By 2009 there was major trouble outside work between the Claimant and a woman called [[name:P]]. There were complaints and counter-complaints of harassment.
""")


if __name__ == "__main__":
    main()
