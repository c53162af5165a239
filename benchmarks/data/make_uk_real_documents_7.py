"""Build benchmarks/data/uk_real7_dev.json and benchmarks/data/uk_real7_holdout.json: a SEVENTH set
of excerpts of REAL published UK public-sector text with gold personal-data spans, from bodies
and page addresses not used by make_uk_real_documents.py, make_uk_real_documents_2.py to
make_uk_real_documents_6.py or make_court_judgments.py.

    .venv/bin/python benchmarks/data/make_uk_real_documents_7.py

What is in it (an ordinary mix of published UK council, public-body, court and tribunal text,
several naming few people or none, to measure false positives): parish, town and community
council minutes (Preshute, Choppington, Groby, Publow with Pensford, Wellington Town Council,
Haverfordwest Town Council flattened into one paragraph, three Scottish community councils:
Boat of Garten with residents named, Comrie with a name split over a line and "CC Finlayson",
Portpatrick with initials as proposers and "[email protected]" artefacts); full council,
cabinet and scrutiny minutes (Oxford, Havant cabinet and council, East Hampshire with a named
contact's telephone, Flintshire with a police chief inspector, East Hertfordshire, The Highland
Council with a long "Mr H Fraser, ..." attendance list, three Northern Ireland councils:
Antrim and Newtownabbey, Lisburn & Castlereagh with condolences naming a former employee and a
receptionist's father, Magherafelt); audit committees (Fareham, and a Lewes/Eastbourne item with
no names); a Public Health Wales board (two meetings, "Professor Sir ... CB", glued cells
"Wales Audit OfficeMr ..."); community safety partnerships (Leicestershire Safer Communities
Strategy Board, Derbyshire Safer Communities Board with a flattened attendance table, Tewkesbury
with no names); a standards sub-committee (Sheffield); licensing (Spelthorne, Runnymede: no
names); planning committees (Dover, with an application number); FOI (a Barnet request with no
names); inspection reports (two CQC GP practice reports and an Ofsted school report: no
personal data; practices and schools named after places or people are not spans); ombudsman
material (two Local Government and Social Care Ombudsman decisions: "Ms B", "Mrs C", "Mr G";
two Northern Ireland Public Services Ombudsman news pages); and 17 court and tribunal documents:
Court of Appeal (Criminal Division) sentence appeals (a multi-appellant listing with Crown Court
indictment numbers, a 16-year-old with his date of birth), Family Court (Oxford; a care judgment
about "R"), Court of Protection ("LT, a young woman now aged 23"), a youth court judicial review
("C and D", "N", "all of whom are aged 14"), Court of Appeal (Civil Division) planning
enforcement appeal, Upper Tribunal (Administrative Appeals Chamber) decisions on First-tier
Tribunal (Social Entitlement Chamber) appeals ("G.T.", "Ms G", a date of birth and an age,
SC reference numbers), two Employment Appeal Tribunal judgments, First-tier Tribunal decisions
of the General Regulatory Chamber and of the Health, Education and Social Care Chamber
("RM", "YW", "in her twenties"), and a Care Standards Tribunal decision (the appellant's
children's ages).

Each excerpt was copied verbatim (line breaks, runs of spaces, table pipes, glued cells and other
extraction artefacts kept; spaces at line ends trimmed, so a line holding only a space is empty)
from the text the project's search tool returned for a public page; `source` records the page
address and the document's own heading. No page address of sets 1-6 or of the court set is reused
(checked against every `url` in benchmarks/data/uk_real*_*.json and court_*.json). Bodies are new
except these, whose earlier excerpts were other documents: the Local Government and Social Care
Ombudsman (other councils' complaints), the Employment Appeal Tribunal, the Court of Appeal
(Criminal Division), the High Court (Administrative Court) (a youth court case), the First-tier
Tribunal (General Regulatory Chamber), the Care Quality Commission (set 5 had a CQC report as
republished elsewhere) and Ofsted (set 5 had a re-inspection summary). The search tool returned no
first-instance Employment Tribunal judgment, no youth justice management board of a body not used
before, and no Ofsted or HMI Probation inspection letter naming officials. Excerpts start at the
first useful line after a site's navigation and are cut at a line or sentence end; only
`[[label:value]]` markers (benchmarks/data/markers.py) were added. Annotated from the text alone,
without running the detector or the benchmark.

Labelling rules: those of make_uk_real_documents.py and make_uk_real_documents_3.py to
make_uk_real_documents_6.py (titles such as Cllr, CC, Mrs, Dr, Sir, Professor, Pastor, C/Supt,
DCC, Chief Superintendent, HHJ, MR JUSTICE, TRIBUNAL JUDGE and honours such as QC, CBE, CB and MBE
outside spans; a possessive "'s" outside; initials, surnames alone, first names alone and the
letters judgments, tribunals and ombudsmen use for people are `name`; a full stop that ends dotted
initials is outside: "[[name:G.T]]."). Choices made for this set:
- a name split over a line ("Judy" / "McDowall") is one span over the line break; names glued to
  a preceding cell ("Wales Audit OfficeMr Andrew Strong") keep the glued text outside the span;
- "Sir Nicholas Wall P": "Sir" and "P" (President) are titles; "MASTER OF THE ROLLS", "the
  Mayor", "the Chief Executive" and other offices with no name are not spans;
- a person's name inside the name of a practice, school, law firm, review or organisation
  (George Clare Surgery, SwitalskisSolicitors LLP, Michael Carroll & Co, the Redmond Review) is
  not a span; a private party in a cited case name ("London Ambulance Services NHS Trust v
  Small") is `name`, as in set 6;
- court case numbers (2015/03956 A7, 201103679 A3), Crown Court indictment numbers
  (T20117218), family, High Court and Court of Appeal case numbers, Upper Tribunal and
  First-tier Tribunal case and reference numbers (CDLA/1861/2014, SC227/13/04919,
  EA-2022-0425P, "[2008] 1357.EY"), an ICO decision-notice reference (IC-176668-X1C0),
  ombudsman complaint numbers ("22 010 680") and planning application numbers (DOV/22/01320)
  are `case_id`; neutral citations and minute numbers are not;
- one identified person's age is `age`, also as a word or phrase ("in her twenties", "16 and
  a half"), and so are the ages of identified people stated together ("the Claimants, all of whom
  are aged 14"; "three children of her own aged 19,16 and 12"); membership rules ("over 16 years
  old") and a child's birth order ("the 6th child") are not;
- a planning site with no private applicant named ("Land North of Chapel Lane, Ripple", six
  dwellings) is not `address`; GP practices, schools, care homes and council venues with their
  addresses and telephone numbers, and redacted "[email protected]" artefacts, are not spans;
  a named officer's contact line ("Cynthia Haveron  Democratic Services Officer - 01730
  234092") is `phone`.

Split (decided before any excerpt was scored, the rule of sets 3 to 6): each excerpt has a
`group` (the body; bodies that share people are one group), and a group goes to
uk_real7_holdout.json when int(sha256(group), 16) % 3 == 0, otherwise to uk_real7_dev.json. The
rule looks only at the group's name. Tune only on uk_real7_dev.json; uk_real7_holdout.json is for
measuring. Result: development 44 excerpts (34 groups, 81,261 characters, 575 spans), held out
12 excerpts (10 groups, 21,128 characters, 173 spans). The hash sent 10 of the 44 groups (23%) to
the hold-out, fewer than the expected third; no group name was changed to move an excerpt.
"""

from __future__ import annotations

from pathlib import Path

# The third set's excerpt record, split and writer: the same format, limits and hash split.
from make_uk_real_documents_3 import excerpt, write_sets

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real7_dev.json"
OUT_HOLDOUT = HERE / "uk_real7_holdout.json"

DOCS: list[dict] = []


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    excerpt(DOCS, id_, genre, body, group, url, title, marked)


def main() -> None:
    write_sets(DOCS, OUT_DEV, OUT_HOLDOUT)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Parish and town councils --------------------------------------------------------------

doc("preshute-pc-2021-03", "parish_council_minutes", "Preshute Parish Council", "preshute-pc",
    "https://preshutepc.org.uk/onewebmedia/PPC%20mtg%2022032021.html",
    "Minutes of the Parish Council Meeting held on the 22nd March 2021", r"""
Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.

Present:  Cllr [[name:P Morgan]] (Chair), Cllr [[name:S Mills]], Cllr [[name:J Penn]] & Cllr [[name:J Clark]].
In attendance:  Mrs [[name:S Roberts]] (Clerk) and Unitary Cllr [[name:J Davies]].

Public Participation – None.

59.    To receive apologies for absence
•    Cllr [[name:I Wroth]] & Cllr [[name:H Wroth]] sent apologies.
60.    To receive declarations of interests
•    None

61.    Items to be taken in private session
•    None
62.    Minutes of the previous meetings
•    The minutes of the meetings held on 26th January 2021 and the Extraordinary General Meeting of the Council held on 23rd February 2021 were approved unanimously and will be signed at the next available opportunity as a true record.
63.    Clerk’s Report
•    Training – the Clerk has been on various training courses over the last twelve months and it has become apparent that there are some gaps in her Parish Council knowledge.  It is now becoming good practice and being requested by councils for clerks to gain the CILCA qualification within two years of appointment.  The Clerk requests she undertakes the ‘From ILCA to CILCA’ before the summer which is the intermediate qualification following on from the ‘ILCA’ which she is currently studying, with a view to doing the CILCA later in the year.  The CILCA is the equivalent of an A level (it must be completed within 12 months) and on completion means the Council can apply to become a Quality Council.  Kennet Valley Parish Council have already paid for the ILCA and have agreed to share the cost of the CILCA with Preshute PC subject to Preshute agreement. Further details on both courses have been distributed to all the councillors.  The Council agreed unaimously to fund the ‘From ILCA to CILCA’ now and to share the cost of the ILCA with Kennet Valley Parish Council later in the year.
""")

doc("choppington-pc-2023-11", "parish_council_minutes", "Choppington Parish Council", "choppington-pc",
    "https://www.choppingtonparishcouncil.org/minutes-of-parish-council-22-november-2023/",
    "Minutes of Parish Council 22 November 2023", r"""
Minutes of Parish Council 22 November 2023

THOSE ATTENDING:

Cllr [[name:K Burn]]

Cllr [[name:G Huntley]]

Cllr [[name:A Iley]]

Cllr [[name:J Rowell]]

Cllr [[name:Vaughan]] (Chair)

IN ATTENDANCE:

Mrs [[name:A Brindley]], Parish Clerk/Responsible Finance Officer, Mr [[name:D L Nicholson]] Deputy Parish Clerk, and Mr [[name:D Iley]] Admin/Finance Office.

AGENDA PART 1

C048/23      1.         APOLOGIES FOR ABSENCE.

Cllr [[name:L Watson]] and Cllr [[name:J Foster]] (family commitment), Cllr [[name:A Hart]] (work commitment) and Cllr [[name:H Allsopp]] (leave). The meeting accepted these as proper reasons for non-attendance.

C049/23      2.         DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER REGISTERABLE INTEREST(s)

No declarations

C050/23      3.         PUBLIC QUESTIONS.

No questions had been received

C051/23      4.         PLANNING MATTERS FOR CONSIDERATION.

The Parish Clerk reported that there were no planning matters requiring consideration by the Parish Council.

C052/23      5.         TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 13 NOVEMBER 2023 .

The meeting agreed the minutes represented a true record of the meeting, authorizing they be signed as such and placed in the public domain.

C053/23      6.         MATTERS ARISING.

No matters arising.

C054/23      7.         TO RECEIVE AND NOTE THE MINUTES OF THE COMMUNITY DEVELOPMENT AND ENVIRONMENT COMMITTEE HELD ON 6TH SEPTEMBER 2023

 Members received and noted the minutes.

C055/23      8.         TO RECEIVE AND NOTE THE MINUTES OF THE ALLOTMENT COMMITTEE  HELD ON 20 SEPTEMBER 2023

 Members received and noted the minutes.

C056/23      9.         TO RECEIVE AND NOTE THE MINUTES OF THE STAFFING AND POLICY COMMITTEE HELD ON 25 OCTOBER 2023

Members received and noted the minutes to include the attendance of Cllr [[name:K Burn]]
""")

doc("groby-pc-2008-02", "parish_council_minutes", "Groby Parish Council (minutes as republished by lawsdocbox.com)", "groby-pc",
    "http://lawsdocbox.com/US_Government_Resources/67175032-Groby-parish-council.html",
    "Groby Parish Council: Minutes of a Meeting held at 7.00pm on Monday 4 February 2008", r"""
1 (These minutes are published subject to approval by the Parish Council and to any amendments that will be recorded in the minutes of the Meeting at which they are approved) Groby Parish Council Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, Leicester Road, Groby Cou/285/07-08 Present Members: Cllr [[name:P Batty]] (Chairman), Cllr [[name:J Batty]], Cllr [[name:Beck]], Cllr [[name:Cartwright]], Cllr [[name:Emmerson]], Cllr [[name:Hodges]], Cllr [[name:Hollick]] (arrived at 7.01pm), Cllr [[name:Jones]], Cllr [[name:Lindsay]], Cllr [[name:Marvin]], Cllr [[name:J Smith]], Cllr [[name:L Smith]] (arrived at 7.01pm), Cllr [[name:Stockill]] (arrived at 7.03pm) and Cllr [[name:Yarwood]]. Cou/286/07-08 Apologies for Absence Apologies for absence were received from Cllr [[name:Purves]] With the absence of the Vice Chairman it was proposed by Councillor [[name:P Batty]] that Councillor [[name:Beck]] be elected Vice Chairman for the meeting the Council RESOLVED to elect Councillor [[name:Beck]] as Vice Chairman for the meeting. Cou/287/07-08 Declarations of Interest Cllr [[name:P Batty]] Cllr [[name:J Batty]] - Cllr [[name:Beck]] Personal interest in item 7 (Borough Councillor Report) as Borough Councillor. Personal interest in item 9 (Planning and Development Committee 2 February 2008) as acted as Chairman for the meeting Personal interest in item 14 (Marina Park Footpaths) as a user of the park Personal interest in item 11 The Klondyke as a Borough Councillor Personal interest in item 12 (Meeting with Leicestershire County Council) as he was present at the meeting. Personal interest in item of correspondence as the writer was known to him and his previous involvement in the issue. Personal interest in item 14 (Marina Park Footpaths) as a user of the park Personal interest in Bradgate Landfill site as a relative is employed there.
""")

doc("publow-pensford-pc-2018-03", "parish_council_minutes", "Publow with Pensford Parish Council", "publow-pensford-pc",
    "https://www.publow-with-pensford-pc.gov.uk/extra-ordinary-meeting-21st-march-2018/",
    "Publow with Pensford Parish Council Extra Ordinary meeting, 21st March 2018", r"""
Publow with Pensford Parish Council Extra Ordinary meeting.
Held at Publow Memorial Hall at 19:45 on 21st March 2018
Councillors [[name:S. Grimes]], [[name:T. Heaford]], [[name:J Kelly]], [[name:D. Custance]], [[name:P. Baxter]], [[name:T. Jones]], [[name:S. Filer]].
Apologies were received from councillors [[name:J. Stephenson]], [[name:J. Gully]], Mr. [[name:T Jones]], [[name:M Daniels]] and were formally accepted
There were 6 members of the public present.
Locum Clerk: [[name:Deborah White]]
The Vice Chairman [[name:T. Heaford]] acted as Chairman
There were no items on the agenda that would require those councillors present to declare Personal or Disclosable Pecuniary Interests
Item 1 To agree the minutes of the Full Council meeting of 8th January 2018
It was proposed that the minutes of the meeting of the 8th January 2018 should be approved as a correct record of the meeting
Proposer [[name:T Heaford]]
Seconded by [[name:J. Kelly]]
An amendment to Item 7 b) of the minutes was proposed by [[name:P. Baxter]] to include the agreement for him to draw up, free of charge, plans for the allotment site to be taken to public consultation and that the council be bound by the preference expressed by the public.
How this differed from the original minutes, except from the level of detail was discussed.
It was RESOLVED to accept the original proposal to accept the minutes of the meeting on 8th January 2018 as a correct record of the meeting.
Item 2 To agree the minutes of the Full Council meeting of 12th February 2018
It was proposed that the minutes of the meeting of the 12th February 2018 should be approved as a correct record of the meeting
Proposer [[name:T Heaford]]
Seconded by [[name:J. Kelly]]
[[name:P. Baxter]] objected to the proposal because he was unhappy about how his proposal for the allotment site in the January 2018 was recorded in the minutes and how planning applications were handled in general, particularly with regard to pre-meeting discussions with the applicant.
The handling of planning applications in general was discussed.
""")

doc("wellington-tc-2007-08", "council_minutes", "Wellington Town Council (Somerset; minutes as posted on the council's minutes blog)", "wellington-tc",
    "http://wtc2007minutes.blogspot.com/2007/08",
    "Wellington Town Council minutes August 2007 (meeting of Monday, 6th August 2007)", r"""
Wellington Town Council minutes August 2007

PLEASE NOTE THESE ARE DRAFT MINUTES TO BE CONFIRMED ON 3RD SEPTEMBER

Minutes of the meeting of Wellington Town Council held in the United Reformed Church Hall, Fore Street, Wellington on Monday, 6th August 2007 at 7pm

PRESENT: Councillor [[name:D. Mitton]] (chairman), who presided, Councillors Mrs [[name:G. Copley]], [[name:J. Govier]], [[name:J. Lloyd]], [[name:V. Stock-Williams]], and [[name:S. Walters]] and Councillors [[name:R. Bowrah]], [[name:G. Goodwin]], [[name:A. Govier]], and [[name:C. Hindley]], and the clerk [[name:A. Brown]] and the assistant to the clerk Mrs [[name:J. Thorne]]. There were apologies from Councillors [[name:P. Critchard]] (vice chairman), [[name:R. Henley]], [[name:J. Clark]] and Councillors Mrs [[name:J. Reed]] and [[name:N. Wilson]]. There were 8 members of the public present.

14365 CHAIRMAN’S ANNOUNCEMENTS
The chairman, Councillor [[name:D. Mitton]] reported he had attended meetings regarding Wellington Food Town and the Market and Coastal Towns Initiative. On the 8th July he had attended the formal opening of the multi-use games area at Tonedale recreational ground. He also represented the council at the cricket club open day, and on the 1st August attended the scout centenary event. He also attended a charity event organised by the mayor of Yeovil.

14366 POLICE MATTERS
The clerk reported that Sgt [[name:Doc Nurse]] was unable to attend as he had left Wellington and had moved to Taunton following his promotion to inspector. A temporary sergeant would be looking after the Wellington area until a permanent replaced was appointed. Councillor [[name:Bowrah]] wished to pass on his congratulations to [[name:Doc Nurse]] and the chairman expressed the council’s sadness to see him go and said he would be leaving a big hole to fill. It was agreed to send a letter of congratulations to Sgt [[name:Nurse]] on his promotion. The council also received a crime report from Wellington police station which showed it was a quiet month with a reduction once again in thefts from motor vehicles.
""")

doc("haverfordwest-tc-2017-09", "council_minutes", "Haverfordwest Town Council (minutes as republished by fdocuments.us)", "haverfordwest-tc",
    "https://fdocuments.us/document/minutes-of-a-meeting-of-full-council-held-on-tuesday-monday-2nd-october-2017-due.html",
    "Minutes of a Meeting of Full Council held on Wednesday 20th September 2017 at 7pm in the Council Chamber, Picton House, Haverfordwest", r"""
MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY …€¦ · Monday 2nd October 2017 due to the...

12
Full Council 20 September 2017 Page 1 88/17 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 th SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER, PICTON HOUSE, HAVERFORDWEST PRESENT: Cllr [[name:A Buckfield]] (Mayor) Cllr [[name:A Brooker]] Cllr [[name:C Evans]] Cllr [[name:A Griffiths]] Cllr [[name:A V Griffiths]] Cllr [[name:S Hooper]] Cllr [[name:G Howell]] Cllr [[name:D Jones]] Cllr [[name:P Jones]] Cllr [[name:J Morgans]] Cllr Mrs [[name:S Murray]] Cllr [[name:C Thomas]] APOLOGIES: Cllr [[name:J Collier]] Cllr [[name:J Fulker]] Cllr [[name:P Iles]] Cllr Mrs [[name:B Morgans]] Cllr [[name:L Pepperell]] Rev Fr [[name:N Cale]], Mayor’s Chaplain Mr [[name:M Cavanagh]], PCC Link Officer County Cllr [[name:A Tudor]] The Town Clerk and Deputy Town Clerk were in attendance. Mr [[name:D Thomas]], PCC Link Officer, was in attendance. County Cllrs [[name:D Bryan]], [[name:T Evans]] and [[name:T Tudor]] were in attendance. Prior to the meeting, Space to Create gave an overview of their proposed Heritage Lottery Fund Stage 2 application bid under the ‘Great Place’ scheme. 1358 DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest from members will be taken as and when they arise. 1359 MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED: The minutes of the Full Council meeting held on 19 th July 2017 were confirmed and signed as a true record 1360 MATTERS ARISING FROM THE RESOLUTIONS IN THE MINUTES OF 19 JULY 2017 There were no matters arising from the resolutions in the minutes of 19 th July 2017.
""")

# Full council, cabinet, scrutiny and partnership boards ---------------------------------

doc("east-hants-overview-scrutiny-2016-07", "council_minutes", "East Hampshire District Council", "east-hampshire",
    "https://easthants.moderngov.co.uk/ieListDocuments.aspx?CId=153&MId=1973&Ver=4",
    "Overview & Scrutiny Committee - Thursday, 14th July, 2016 7.30 pm: agenda and minutes", r"""
Agenda and minutes

Overview & Scrutiny Committee (01.01.2002 - 25.05.2017) - Thursday, 14th July, 2016 7.30 pm

Venue: Council Chamber, Penns Place, Petersfield, GU31 4EX. View directions

Contact: [[name:Cynthia Haveron]]  Democratic Services Officer - [[phone:01730 234092]]

Items
No. Item

1.

Apologies for Absence

To receive apologies.

Minutes:

Apologies for absence were received from Councillors [[name:G Hill]], [[name:M Kendall]] and [[name:A Waterhouse]].

2.

Chairman's Announcements

Minutes:

There were no Chairman’s announcements.

3.

Declarations of Interest

To receive and record any declarations of interest from members present in respect of any of the various matters on the agenda for this meeting.

Minutes:

There were no declarations of interest.

4.

Confirmation of Minutes

To confirm the minutes of the meeting held on 23 February 2016.

Minutes:

The minutes of the meeting held on 22 February 2016 were confirmed and signed as a a correct record.

5.

Consideration of any Executive decisions called-in to the Committee (if applicable)

Minutes:

There were no Executive Decisions called in to the Committee.

6.

Constitutional Amendment pdf icon PDF 71 KB

RECOMMENDATION TO COUNCIL

Additional documents:

Minutes:

[[name:Tom Horwood]], Executive Director, Governance and Operations introduced the item.



There was some concern about the total membership of the proposed Committee.



It was agreed that the Committee should meet quarterly and this should be added to the Terms of Reference.



The Committee voted on the recommendation, 8 voting FOR, 1 AGAINST and no ABSTENTIONS.



Following the discussion and vote it was



RECOMMENDED TO COUNCIL that:



1.            The draft constitutional amendments be ADOPTED and a new Governance, Audit and Scrutiny Committee be  established, replacing the Governance and Audit Committee and the Overview and Scrutiny Committee; and
""")

doc("oxford-council-2011-10", "council_minutes", "Oxford City Council", "oxford-city",
    "http://mycouncil.oxford.gov.uk/ieListDocuments.aspx?CId=157&MId=1843&Ver=4",
    "Council: agenda and minutes (minutes of the ordinary meeting of Council on 11 July 2011 approved; declarations of interest)", r"""
Agenda and minutes

To improve accessibility individual documents published after 1 May 2020 are available as HTML pages where their original format supports this

Speaking at a Council or Committee meeting

Venue: Council Chamber - Oxford Town Hall. View directions

Contact: [[name:Mathew Metcalfe]], Democratic Services Officer

Items
No. Item

31.

Minutes pdf icon PDF 168 KB

Minutes of the ordinary meeting of Council on 11 July 2011.

Minutes:

Council resolved to approve the minutes of the ordinary meeting held on 11 July 2011.

32.

Declarations of Interest

Minutes:

Councillors declared interests as follows:



(1)       Councillor [[name:Sajjad Malik]] declared a personal interest in agenda item 17(6) (Motion on Notice 6 – Cornmarket Notice Board) as he was a licensed badgeholder for the distribution of leaflets. (Minute 48(6) refers).



(2)       Councillor [[name:Sajjad Malik]] declared a personal interest in agenda item 17(13) (Motion on Notice 13 – Autumn Revised Budget) as he was associated with the hackney carriage and private hire licensed trade.  (Minute 48(13) refers).



(3)       Councillor [[name:Sajjad Malik]] declared a personal interest in agenda item 20 (Review of full Council procedures and other constitutional amendments) as he was associated with the hackney carriage and private hire licensed vehicle trade.  (Minute 51 refers).



(4)       Councillor [[name:Mohammed Altaf-Khan]] declared a personal interest in agenda item 17(13) (Motion on Notice 13 – Autumn Revised Budget) as he was associated with the hackney carriage and private hire licensed vehicle trade.  (Minute 48(13) refers).



(5)       Councillor [[name:Mohammed Altaf-Khan]] declared a personal interest in agenda item 20 (Review of full Council procedures and other constitutional amendments) as he was associated with the hackney carriage and private hire licensed vehicle trade.  (Minute 51 refers).
""")

doc("havant-cabinet-2017-05", "council_minutes", "Havant Borough Council", "havant",
    "https://havant.moderngov.co.uk/ieListDocuments.aspx?CId=128&MId=10326&Ver=4",
    "Cabinet - Wednesday, 17th May, 2017 2.00 pm: agenda and minutes", r"""
Agenda and minutes

Cabinet - Wednesday, 17th May, 2017 2.00 pm

Venue: Hollybank Room, Public Service Plaza, Civic Centre Road, Havant, Hants PO9 2AX. View directions

Contact: [[name:Penny Milne]]  Democratic Services Team Leader

Items
No. Item

1.

Apologies for Absence

To receive and record any apologies for absence.

Minutes:

Apologies were received from Councillor [[name:Turner]].

2.

Minutes pdf icon PDF 132 KB

To confirm the minutes of the last meeting held on 15 March 2017.

Minutes:

The minutes of the meeting of the Cabinet held on 15 March 2017 were approved as a correct record.

3.

Matters Arising

To consider any matters arising from the minutes of the last meeting.

Minutes:

There were no matters arising.

4.

Declarations of Interests

To receive and record any Declarations of Interest.

Minutes:

There were no matters arising.

5.

Chairman's Report

Minutes:

The Chairman gave an update on Councillor [[name:Turner]]’s progress following her recent surgery and, on behalf of the Cabinet, wished her a full and speedy recovery.

6.

Cabinet Lead Delegated Decisions, Minutes from Meetings etc. pdf icon PDF 67 KB

To note the following minutes and/or delegated decisions since the last meeting of the Cabinet:



(1)  Minutes of the meeting of the Portchester Crematorium Joint Committee held on 20 March 2017; and

(2)  Delegated Decision - Forest End and Rockville Drive Traffic Regulation Order.



Additional documents:

Minutes:

RESOLVED that the following be noted:



(1)          Minutes of the meeting of the Portchester Crematorium Joint Committee held on 20 March 2017; and

(2)          Delegated decision – Forest End and Rockville Drive Traffic Regulation Order.

7.

Appointments to Outside Organisations pdf icon PDF 56 KB

Report to follow.



Additional documents:

Minutes:

Councillor [[name:Cheshire]] presented a report and schedule setting out the appointment of Council representatives on the various outside organisations.
""")

doc("havant-council-2012-04", "council_minutes", "Havant Borough Council", "havant",
    "https://havant.moderngov.co.uk/ieListDocuments.aspx?CId=126&MId=9127&Ver=4",
    "Council - Wednesday, 25th April, 2012 5.00 pm: minutes", r"""
Minutes

Council - Wednesday, 25th April, 2012 5.00 pm

Proposed venue: Hurstwood Room - Public Service Plaza

Contact: [[name:Lee Abraham]]  Democratic Services Team Leader

Items
No. Item

61.

Apologies for Absence

Minutes:

Apologies for absence were received from Councillors [[name:Johnson]], [[name:Hart]], Miss [[name:Ray]], Mrs [[name:Shimbart]] and [[name:G Smith]].

62.

Minutes

Minutes:

The minutes of the extraordinary meeting held on 14 December 2011 and the last meeting on 22 February 2012 were agreed as a correct record and signed subject to the following amendment to the 22 February 2012 minutes:



Added at minute 57 B –



“(Councillor [[name:Ponsonby]] wished it be noted that there was an error in the report relating to the Opposition Group Leader allowance and that the allowance was to be cut by 50% to £600pa)”

63.

Declarations of Interests

Minutes:

None

64.

Mayor's Announcements

Minutes:

Cabinet members submitted written and verbal reports on the work within their portfolios.

65.

Cabinet Portfolio Reports

Minutes:

Cabinet members submitted written and verbal reports on the work within their portfolios.

66.

Cabinet/Board/Committee Recommendations

Minutes:

(a)          Recommendation from Scrutiny Board held on 28 February 2012



The Council considered Cabinet minute 42/02/2012 which recommended the approval of the Board’s Annual Report. It was proposed by Councillor [[name:Shimbart]] and seconded by Councillor [[name:Smallcorn]] that the Scrutiny Board minute be approved and adopted.



RESOLVED that Scrutiny Board Minute 42/02/2012 be approved and adopted.

67.

Portfolio Holders and Chairmen's Question Time

Minutes:

Councillors [[name:Briggs]], [[name:Guest]], [[name:Fairhurst]], [[name:Collins]], [[name:Branson]], and [[name:Cheshire]] all answered questions relating to work within their portfolios. Councillor [[name:Briggs]] answered a question related to Cabinet minutes.

68.

Acceptance of Minutes

Minutes:

RESOLVED that the minutes contained within the Minute Volume dated 9 February to 28 March 2012 be accepted.
""")

doc("leics-safer-communities-board-2019-12", "board_minutes", "Leicestershire County Council (Leicestershire Safer Communities Strategy Board)", "leicestershire",
    "https://democracy.leics.gov.uk/ieListDocuments.aspx?CId=1032&MId=5747&Ver=4",
    "Leicestershire Safer Communities Strategy Board: agenda and minutes (introductions, minutes, action log)", r"""
Introductions. Minutes: The Chairman welcomed everyone to the meeting and introductions were made. |
Minutes of previous meeting. Minutes: The minutes of the meeting held on 20 September 2019 were taken as read and confirmed as a correct record. |
Matters arising Minutes: There were no matters arising. |
Minutes: The Board considered the Leicestershire Safer Communities Strategy Board Action Log, a copy of which, marked ‘Agenda Item 4’, is filed with these minutes. [[name:Rik Basra]], Community Safety Co-ordinator, Leicestershire County Council, updated the Board regarding the status of each action on the log. With regard to Action no. 5 and the briefing on Glen Parva prison which had been postponed until the Board meeting on 20 March 2020, concerns were expressed that this meeting was several months away and information regarding the prison could be required before then. Consequently officers agreed to give consideration to whether a meeting could be arranged prior to March 2020 to provide information regarding the prison or whether information could be circulated in the meantime. With regard to Action no. 7 it was noted that the next edition of Leicestershire Matters was not due to be published for a few months therefore consideration needed to be given to whether other media could be used to raise awareness of car thefts in the meantime. Reassurance was given that Leicestershire Police were running campaigns on their website and Facebook pages regarding car theft, and Community Safety Partnerships had also been active in publicising the issue using local newsletters. The Chairman requested that officers give consideration to whether content relating to car theft could be placed on the County Council website before Christmas and [[name:Rik Basra]] agreed to look into this. The Board acknowledged the importance of still using Leicestershire Matters to disseminate messages as this was delivered to every property in the County.
""")

doc("flintshire-scrutiny-csp-review-2016-09", "council_minutes", "Flintshire County Council", "flintshire",
    "https://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=19729&PlanId=0&Opt=3",
    "Issue - meetings: Community Safety Partnership Annual Review (Corporate Resources Overview & Scrutiny Committee, 15/09/2016, item 36)", r"""
Issue - meetings

Community Safety Partnership Annual Review

Meeting: 15/09/2016 - Corporate Resources Overview & Scrutiny Committee (Item 36)

36 Community Safety Partnership Annual Review pdf icon PDF 138 KB

Additional documents:

Decision:

That the work of the Community Safety Partnership be commended.

Minutes:

The Public Protection Manager (Community) presented an overview of the Community Safety Partnership’s activities and progress over the past 12 months, as reported to the Committee on an annual basis.  She spoke about the effectiveness of the partnership, the role of the People Are Safe Board in overseeing operational activities and links with the Public Service Board.  Details of work undertaken during 2015/16 were set out in the local activity plan.



A summary was given of crime and disorder statistics for 2015/16 and it was reported that the slight increase in victim-based crime in the county so far in 2016/17 mirrored the regional position.  The focus on intelligence-led incidents would continue, making greater use of Statistical Process Control (SPC) charts to monitor performance.



The effectiveness of this multi-agency approach was praised by Councillor [[name:Paul Cunningham]].



Councillor [[name:Richard Jones]] asked whether the reduction in anti-social behaviour figures was due to fewer reports.  Whilst he had received feedback to issues raised with the Council, he was aware of frustrations amongst some members of the public who had been given no responses, which affected their willingness to report further incidents.



Chief Inspector [[name:Sharon McCairn]] pointed out the rise in anti-social behaviour figures since April 2016 following a change in the recording process.  She said that calls logged with the Control Room were allocated an incident number which should be routinely given to the caller.  She would look into why this was not the case but would encourage individuals to ask for the incident number.
""")

doc("public-health-wales-board-2011-04", "board_minutes", "Public Health Wales NHS Trust (Board minutes as republished by docsbay.net)", "public-health-wales",
    "https://docsbay.net/doc/1031255/present-in-part",
    "Minutes from the Eleventh Meeting of the Public Health Wales Board, 11 April 2011", r"""
Minutes from the Eleventh Meeting of the Public Health Wales BoardDate of meeting: 11 April 2011
Time of meeting: 9.30am – 3.30pm
Venue for meeting: Temple of Peace and Health, Cardiff
Professor Sir [[name:Mansel Aylward]] CB / Chair, Public Health WalesDr [[name:Carl Clowes]] / Non Executive Director
Mr [[name:Keith Cox]] / Board Secretary
Mr [[name:Mark Dickinson]] / Executive Director of Planning and Performance
Dr [[name:Jo Farrar]] / Non Executive Director
Professor [[name:Hilary Fielder]] / Executive Director of Public Health Services
Mr [[name:Huw George]] / Executive Director of Finance
Ms [[name:Eleanor Higgins]] / Executive Administrative Manager (Secretariat)
Mr [[name:Bob Hudson]] / Chief Executive, Public Health Wales
Mr [[name:Nathan Jones]] / Planning and Performance Manager (Secretariat)
Mr [[name:Chris Lines]] / Director of Communications
Professor [[name:Stephen Palmer]] / Public Health Wales
Mr [[name:John Spence]] / Non Executive Director
Professor [[name:Simon Smail]] CBE / Non Executive Director
Mrs [[name:Ruth Davies]] / Director of Workforce and OD
Professor [[name:Gareth Williams]] / Non Executive Director
Present in part:
Ms [[name:Tracy Veale]] / Wales Audit OfficeMr [[name:Andrew Strong]] / Wales Audit Office
1. / Welcome & Apologies for Absence
The Chair welcomed all in attendance to the eleventh meeting of the Public Health Wales Board.
The Chair formerly welcomed [[name:Ruth Davies]] to her first Board meeting. [[name:Ruth]] officially started in her post as Director of Workforce and Organisational Development on 4 April 2011.
Mrs [[name:Ruth Davies]] introduced herself to the Board and gave a brief overview of her background.
2. / Declarations of Interest
Professor [[name:Smail]] declared an interest in agenda item 9 d) as his wife is a member of Velindre Charitable Funds Committee.
3. / Minutes from Public Health Wales Board meeting held on 14 February 2011
a) Approval of Minutes
The minutes were approved as an accurate record of the meeting.
b) Actions Arising
The Board Secretary provided the Board with an update on each of the action points. The following points were raised by the Board:
""")

doc("public-health-wales-board-2012-10", "board_minutes", "Public Health Wales NHS Trust (Board minutes as republished by docsbay.net)", "public-health-wales",
    "https://docsbay.net/advocate-legislative-action-where-appropriate",
    "Minutes from the twentieth meeting of the Public Health Wales Board, 25 October 2012", r"""
Minutes from the twentieth meeting of the Public Health Wales BoardDate of meeting:25 October 2012
Venue for meeting: Boardroom, Llandough Hospital, Cardiff and Vale University Health Board, Penarth
Professor Sir [[name:Mansel Aylward]] CB / ChairDr [[name:Peter Bradley]] / Executive Director of Public Health Development
Mr [[name:Mark Dickinson]] / Executive Director of Planning and Performance
Dr [[name:Quentin Sandifer]] / Executive Director of Public Health Services
Mr [[name:Huw George]] / Executive Director of Finance
Dr [[name:Carl Clowes]] / Non Executive Director
Mr [[name:Terry Rose]] / Non Executive Director
Professor [[name:Simon Smail]] CBE / Non Executive Director
Mr [[name:John Spence]] / Non Executive Director
Professor [[name:Gareth Williams]] / Non Executive Director
In attendance:
Mr [[name:Keith Cox]] / Board SecretaryMrs [[name:Ruth Davies]] / Director of Workforce and Professional Development
Dr [[name:Sharon Hopkins]] / Executive Director of Public Health, Cardiff and Vale University Health Board
Dr [[name:Aideen Naughton]] / Designated Doctor Safeguarding Children, Public Health Wales
Dr [[name:Sarah Jones]] / Consultant in Environmental Health Protection, Public Health Wales
Mrs [[name:Sue Mably]] / Consultant in Public Health, Public Health Wales
Mrs [[name:Julie Lake]] / Executive Assistant
Miss [[name:Emma Carey]] / Personal Assistant to the Board Secretary
Mr [[name:Bob Hudson]] / Chief ExecutiveMr [[name:Chris Lines]] / Director of Communications
Ms [[name:Eleanor Higgins]] / Executive Administrative Manager
1. / Welcome andapologies for absenceThe Chair welcomed all in attendance to the twentieth meeting of the Public Health Wales Board.
Apologies were received from Mr [[name:Bob Hudson]], Mr [[name:Chris Lines]] and Ms [[name:Eleanor Higgins]].
The Chair welcomed Dr [[name:Quentin Sandifer]] who was attending his first Formal Board meeting as Executive Director of Public Health Services.
2. / Declarations of interest
No declarations of interest were received.
3. / Minutes from Public Health Wales Board meeting held on 5 September 2012
a)Matters arising
""")

# Licensing, FOI and ombudsmen ------------------------------------------------------------

doc("spelthorne-licensing-tens-hearing", "licensing_minutes", "Spelthorne Borough Council", "spelthorne",
    "https://democracy.spelthorne.gov.uk/mgAi.aspx?ID=11351",
    "Agenda item: Licensing Sub-Committee hearing on two Temporary Event Notices", r"""
The Report of the Deputy Chief Executive is attached.
A procedure note which explains what happens at a Licensing Sub-Committee, follows.
Minutes:
The Chairman introduced members and officers present and welcomed everyone to the meeting.
The Chairman asked all parties present to introduce themselves. He then explained the procedure to be followed at the hearing.
The Council’s Temporary Principal Licensing Officer summarised the two Temporary Event Notice (TENs) applications and the objections received as set out in full in the report of the Deputy Chief Executive.
Having heard the evidence presented, the Sub-Committee retired to consider
and determine the applications, having regard to the four licensing objectives.
Upon reconvening, the Chairman gave the Sub-Committee’s summary
decision.
The full decision with reasons was notified to the applicant and other parties
within one working day.
Resolved to reject the TENs applications submitted by Black Steel Ltd and to serve a counter notice in respect of the two TENs applications.
Supporting documents:
""")

doc("barnet-foi-children-taken-into-care-2021", "foi_request", "London Borough of Barnet", "barnet",
    "https://www.barnet.gov.uk/foi-requests/7442736",
    "Freedom of Information Request: Children taken into Care (received 25 June 2021)", r"""
Freedom of Information Request

Children taken into Care

Received: 25 June 2021

In relation to the first 20 cases of children that were taken into care (either interim or full) by your authority in the 2021 calendar year please provide me with the following information in connection with each of these cases.
1. The sex of the child?
2. The age of the child?
3. If any of the following factors are recorded in the papers you hold on the case as having been a factor in the council's decision to take the child into care: (a) proximity to a dangerous dog (b) the obesity of the child, (c) a concern the child spends too much time playing computer games and/or on the internet, (d) the child's home environment is unhealthy due to cigarette smoke, (e) the parents do not care adequately for the child because they spend too much time watching television and/or on the internet or (f) that the child has poor dental hygiene.

NOTE: Please note that if you feel providing an answer to Q.1 and Q.2 with Q3 would breach S.40 then I would request that you ONLY answer Q.3. If you decide to take that option I would ask you to justify your decision as I reserve my right to appeal against it.
NOTE: If scrutinizing the papers for the first 20 care cases would breach the cost limit under FoI then please limit the search to just the first 10 cases.

Outcome / Documents

  • Response (all information to be supplied) - application/pdf - Download
""")

doc("nipso-news-2019", "council_web_page", "Northern Ireland Public Services Ombudsman (news page)", "nipso",
    "https://nipso.org.uk/latest?page=7",
    "Northern Ireland Public Services Ombudsman: Latest (news listing)", r"""
The Ombudsman’s office opened its doors to the public on 22 December 1969. To mark the occasion we have produced a short film, The 50th Anniversary of the Ombudsman in Northern Ireland, which looks at the Office’s origins and explains more about our work.
A report released today has revealed that complaints to the Ombudsman increased by 15% in the last year. During 2018-19 the Office received 762 new complaints. This is the third successive year in which complaints to the Ombudsman have increased.
An investigation has found that the Northern Health and Social Care Trust failed to provide adequate care and treatment to a patient who died of multiple organ failure in the Causeway Hospital, Coleraine on 26 September 2015.
The Ombudsman has informed the Department for Communities that she is launching an investigation into the way the Department administers Personal Independence Payments (PIPs). The decision follows an ‘own initiative’ investigation proposal sent to the Department earlier this year.
As part of our research into complaints handling in the public sector, we are hosting an event in Parliament Buildings on 25 June. The aim of the event is to explore the experience of complaining through an equalities and human rights lens.
The Belfast Health and Social Care Trust has apologized to a patient who was forced to arrange her own care package after being discharged from the Royal Victoria Hospital, Belfast.
Our newly published Case Digest provides summaries of a number of recent complaints received by the Office. It reflects the varied nature of the cases we deal with and the range of outcomes which can follow either an initial assessment or a full investigation. We hope you find it of interest.
Northern Ireland Public Services Ombudsman [[name:Marie Anderson]] and Irish Ombudsman [[name:Peter Tyndall]] have signed a Memorandum of Understanding to provide for ongoing co-operation on complaints about North-South Implementation Bodies.
""")

doc("nipso-news-2018", "council_web_page", "Northern Ireland Public Services Ombudsman (news page)", "nipso",
    "https://nipso.org.uk/latest?page=9",
    "Northern Ireland Public Services Ombudsman: Latest (news listing)", r"""
The Public Services Ombudsman has upheld a complaint from a member of the public who complained about the way the Housing Executive handled her request for a grant to buy a property.
A report released today has revealed that enquiries to the Northern Ireland Public Services Ombudsman increased by 37% in the last year. Out of the 4,987 calls and enquiries received by the Office in 2017-18 (compared to 3,385 the previous year), a total of 665 were forwarded for further investigation (up 23% from 2016-17).
Investigation concludes that further observations should have been carried out and discharge delayed until patient was well enough to tolerate fluids and food.
Ombudsman finds that man’s ‘red-eye’ should have been monitored more closely while he was in hospital, and that an earlier diagnosis would have improved the chances of his vision being retained. (4 October 2018)
An Ombudsman investigation has found that a hospital patient should have been given higher levels of fluid in the days before he died, but that while this may have prolonged his life for a time his death could not have been avoided. (28 September 2018)
An investigation has found that staff from the Ulster Hospital followed full and appropriate procedures when they discharged a patient who had been in their High Dependency Unit while undergoing treatment for a serious illness. (19 September 2018)
An investigation into the way Transport NI (now DfI Roads) dealt with consultation responses to a planning application has led to the Ombudsman making a number of recommendations. (17 September 2018)
""")

doc("lgsco-wirral-22-010-680", "ombudsman_decision", "Local Government and Social Care Ombudsman (complaint about Wirral Metropolitan Borough Council)", "lgsco",
    "https://www.lgo.org.uk/decisions/adult-care-services/residential-care/22-010-680",
    "Wirral Metropolitan Borough Council (22 010 680): the Ombudsman's final decision", r"""
Wirral Metropolitan Borough Council ([[case_id:22 010 680]])
The Ombudsman's final decision:
Summary: Ms [[name:B]] complained the Council did not help to facilitate a move for her mother, Mrs [[name:C]], from a residential care home back to her family home. We find the Council at fault for failing to ensure Mrs [[name:C]]’s stay at the care home was subject to authorisation under the Deprivation of Liberty safeguards. There were also failings in its communications; in some of the care Mrs [[name:C]] received at the care home and in its complaint handling. These faults caused Ms [[name:B]] distress. The Council accepts these findings. At the end of this statement, we set out action it has agreed to take remedy that injustice and improve its services.
The complaint
- I have called the complainant ‘Ms [[name:B]]’. She complains the Council failed to help facilitate a move for her mother (whom I have called Mrs [[name:C]]) from a residential care home, back to her family home, before her death in April 2021. Linked to this complaint, Ms [[name:B]] says the Council failed for 15 months to authorise Ms [[name:B]]’s stay in the care home under the Deprivation of Liberty safeguards. Also, that it failed to undertake proper best interest decision making and did not properly explain the law to her around these matters. The residential care home referred to in this decision statement is the Hillgrove Residential Home (‘the care home’) managed by Mayflower Care Homes Limited (‘the Care Provider’).
- Ms [[name:B]] believes that had the Council facilitated Mrs [[name:C]]’s move back to the family home she would have lived longer. Ms [[name:B]] says she would have ensured Mrs [[name:C]] received prompt medical attention during the weeks she was unwell before her death and would have noticed if she had not been drinking enough fluids. Ms [[name:B]] could not visit Mrs [[name:C]] in person due to restrictions on visiting resulting from the COVID-19 pandemic. Ms [[name:B]] says she has suffered distress because of the Council’s actions in this case and she wants it to learn lessons.
""")

doc("lgsco-sheffield-20-000-997", "ombudsman_decision", "Local Government and Social Care Ombudsman (complaint about Sheffield City Council)", "lgsco",
    "https://www.lgo.org.uk/decisions/adult-care-services/safeguarding/20-000-997",
    "Sheffield City Council (20 000 997): the Ombudsman's final decision", r"""
Sheffield City Council ([[case_id:20 000 997]])

Category : Adult care services > Safeguarding

Decision : Upheld

Decision date : 16 Aug 2021

The Ombudsman's final decision:

Summary: Mr [[name:G]] says a care company providing care on behalf of the Council, Direct Health Ltd, neglected his grandmother, Mrs [[name:C]], for 14 months. He says the Council failed to notice the neglect, failed to investigate his safeguarding concerns then tried to cover up its own and the care company’s failures. He says this caused Mrs [[name:C]] and him injustice in that Mrs [[name:C]] suffered health problems because of the poor care and their relationship was affected. He also complains about an inadequate complaint response. The Council was at fault for the poor care provided by the care company, for failing to investigate a safeguarding concern and for a failure to deal promptly with Mr [[name:G]]’s complaint. However, the Council has already refunded some fees and apologised so no further remedy is required.

The complaint

  1. Mr [[name:G]] complains on behalf of his grandmother Mrs [[name:C]]. He says the Council engaged a care company to provide care to Mrs [[name:C]] on its behalf. Mr [[name:G]] says the Council is at fault because:
      1. The company cared for her poorly and neglected her between August 2017 and October 2018. The Council was responsible for this poor care and neglect;
      2. The Council refused to investigate his safeguarding alerts after he informed an officer of this poor treatment in July 2018;
      3. The Council covered up its failures; and
      4. The Council failed to deal with his complaint for six months.
  2. Mr [[name:G]] says this caused him and Mrs [[name:C]] injustice because:
      1. Mrs [[name:C]] suffered neglect and distress for a fourteen-month period, three months of which was after he had alerted the Council to the neglect;
      2. Mr [[name:G]] spent many hours pursuing the Council; and
      3. Mr [[name:G]] and Mrs [[name:C]]’s relationship suffered.
""")

# Court and tribunal judgments ------------------------------------------------------------

doc("ewca-crim-2016-1031-hyde", "judgment", "Court of Appeal (Criminal Division) (judgment as published by The National Archives, Find Case Law)", "court-of-appeal-criminal",
    "https://caselaw.nationalarchives.gov.uk/ewca/crim/2016/1031",
    "Hyde & Ors, R v [2016] EWCA Crim 1031 (limited leave to appeal against sentence)", r"""
Case No: [[case_id:2015/03956 A7]]; [[case_id:2016/00311 A4]]; [[case_id:2016/00944 A1]]; [[case_id:2016/01278 A1]]; [[case_id:2016/01242 A4]]; [[case_id:2015/03441 A2]]; [[case_id:2016/02265 A4]]; [[case_id:2016/00180 A2]] and [[case_id:2016/00323 A3]]
ON APPEAL FROM THE CROWN COURTS
Strand, London, WC2A 2LL
Before:
LORD JUSTICE [[name:DAVIS]]
MR JUSTICE [[name:JAY]]
and
MR JUSTICE [[name:WILLIAM DAVIS]]
Between:
REGINA | Respondent |
- and - | |
[[name:DANIEL HYDE]] [[name:JESURAJAN JESUTHANSAN]] [[name:CHRISTY STOKES]] [[name:BERNARD MCGINLEY]] [[name:MICHAEL WILLIAMS]] [[name:DAVID COLLINS]] [[name:NIGEL HAYWOOD]] [[name:JOSE HENRY]] [[name:MOHAMMED NAQI HUSSAIN]] | Applicants/Appellants |
[[name:Simon Heptonstall]] for the Crown
[[name:Rory Keene]] forAppellant [[name:Hyde]]
[[name:Susan Meek]] for Appellant [[name:Jesuthansan]]
[[name:Balbir Singh]] for Applicant [[name:Stokes]]
[[name:Richard Herrmann]] for Appellant [[name:McGinley]]
[[name:A Price]] for Appellant [[name:Williams]]
[[name:Jason Elliott]] for Appellant [[name:Collins]]
[[name:S Hennessy]] (Solicitor Advocate) for Applicant [[name:Haywood]]
[[name:Jose Henry]] was not represented
[[name:Mohammed Naqi Hussain]] in person
Hearing date: 24 June 2016
Judgment
Lord Justice [[name:Davis]]:
Introduction
This is the judgment of the court.
These appeals and applications have been listed together to enable the court to consider in a number of varying contexts a point of practice which seems to have given rise to a divergence of approach between High Court Judges who are considering on the papers under s. 31 of the Criminal Appeal Act 1968 (“the 1968 Act”) applications for leave to appeal against sentence.
In its essentials the point comes to this. Is the Single Judge entitled, if he or she considers that some of the grounds of appeal are arguable and some not, to grant leave to appeal on limited grounds only? Or is the Single Judge required in such a situation to grant leave on (or refer to the Full Court) all grounds of appeal?
There is currently no Practice Direction or Rule covering the point.
""")

doc("ewca-crim-2012-2821-caley", "judgment", "Court of Appeal (Criminal Division) (judgment as published by BAILII)", "court-of-appeal-criminal",
    "http://www.bailii.org/cgi-bin/format.cgi?doc=/ew/cases/EWCA/Crim/2012/2821.html&query=(%5b2012%5d)+AND+(EWCA)+AND+(Crim)+AND+(2821)",
    "Caley & Ors (Guilty Pleas) v R. [2012] EWCA Crim 2821 (21 December 2012)", r"""
England and Wales Court of Appeal (Criminal Division) Decisions


You are here: BAILII >> Databases >> England and Wales Court of Appeal (Criminal Division) Decisions >> [[name:Caley]] & Ors (Guilty Pleas) v R. [2012] EWCA Crim 2821 (21 December 2012)
URL: http://www.bailii.org/ew/cases/EWCA/Crim/2012/2821.html
Cite as: 177 JP 111, (2013) 177 JP 111, [2012] EWCA Crim 2821, [2013] 2 Cr App R (S) 47, [2013] Crim LR 342

[New search] [Context] [View without highlighting] [Printable RTF version] [Help]


Neutral Citation Number: [2012] EWCA Crim 2821
Case No: [[case_id:201201799A2]], [[case_id:2012022074A2]], [[case_id:201202806A7]], [[case_id:201202711A7]], [[case_id:201202600D1]], [[case_id:201202493A5]], [[case_id:201202497A5]], [[case_id:201202773A8]], [[case_id:201203188A8]]

IN THE COURT OF APPEAL (CRIMINAL DIVISION)
ON APPEAL FROM
The Crown Court at Peterborough, HHJ [[name:Enright]] [[case_id:T20117218]] ([[name:Caley]])
The Crown Court at Peterborough, HHJ [[name:Enright]] [[case_id:T20117219]] ([[name:Robertson]])
The Crown Court at Warrington, Mr Recorder [[name:Menary]] [[case_id:T20120052]] ([[name:Perry]])
The Crown Court at Liverpool, HHJ [[name:Clifton]] [[case_id:T20117823]] ([[name:Bowen]])
The Crown Court at Southwark, HHJ [[name:McCreath]] [[case_id:T20107596]], [[case_id:T20107373]] ([[name:Sanham]])
The Crown Court at Snaresbrook, Mr Recorder [[name:Nigel Peters]] [[case_id:T20127024]] ([[name:Kamwiziku]]) [[case_id:T20127025]] ([[name:Didonga]])
The Crown Court at Lincoln, HHJ [[name:Morris]] [[case_id:S20120085]] ([[name:Wade]] and [[name:McWilliams]])

Royal Courts of Justice
Strand, London, WC2A 2LL
21/12/2012

B e f o r e :

LORD JUSTICE [[name:HUGHES]]
MR JUSTICE [[name:WILKIE]]
and
MR JUSTICE [[name:POPPLEWELL]]

____________________

Between:
[[name:Caley]] & others (guilty pleas)
Appellant
- and -

The Queen
Respondent

____________________

[[name:Michael Duffy]] for the Appellant [[name:Caley]]
[[name:Tim Bowden]] for the Appellant [[name:Robertson]]
[[name:James E Coutts]] for the Appellant [[name:Perry]]
[[name:Paul Wood]] (instructed by Kirwans Solicitors) for the Appellant [[name:Bowen]]
[[name:Jamas Hodivala]] for the Appellant [[name:Sanham]]
[[name:Daniel W. O'Malley]] (instructed by Michael Carroll & Co) for the Appellant [[name:Kamwiziku]]
[[name:James Boyle]] (instructed by Michael Carroll & Co) for the Appellant [[name:Didonga]]
[[name:Nicola Devas]] for the Appellant [[name:Wain]]
""")

doc("ewfc-2023-91-b-oxford", "judgment", "Family Court sitting at Oxford (judgment as published by The National Archives, Find Case Law)", "family-court-oxford",
    "https://caselaw.nationalarchives.gov.uk/ewfc/b/2023/91",
    "A Local Authority v The mother [2023] EWFC 91 (B)", r"""
A Local Authority v The mother

[2023] EWFC 91 (B)

Neutral citation number [2023] EWFC 91 (B)

CASE NO: [[case_id:OX22C50074]]

IN THE FAMILY COURT SITTING AT OXFORD

HEARD ON 22nd & 23rd May 2023

HANDED DOWN ON 12th June 2023

Before

HER HONOUR JUDGE [[name:OWENS]]

Between

A Local Authority

Applicant

- and -

The mother

First Respondent

-and-

The father

Second Respondent

-

-and-

[[name:A]]

Third Respondent

Representation:

For the Applicant: Mr [[name:Perry]]

For the mother, First Respondent: Mr [[name:Walthall]]

For the father, Second Respondent: Miss [[name:Sparrow]]

For [[name:A]], Third Respondent acting through their Children’s Guardian: Dr [[name:Gatland]]

1.

This judgment is being handed down [in private] on 12th June 2023. It consists of 29 pages and has been signed and dated by the Judge. The Judge has given permission for the judgment (and any of the facts and matters contained in it) to be published on condition that in any report, no person other than the advocates or the solicitors instructing them (and other persons identified by name in the judgment itself) may be identified by name, current address or location [including school or work place]. In particular the anonymity of the child and the members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that these conditions are strictly complied with. Failure to do so will be a contempt of court. For the avoidance of doubt, the strict prohibition on publishing the names and current addresses of the parties will continue to apply where that information has been obtained by using the contents of this judgment to discover information already in the public domain.

INTRODUCTION, BACKGROUND AND EVIDENTIAL SUMMARY

2.

These proceedings concern [[name:A]], who is [[age:12]] years old and will be [[age:13]] at the end of August this year. [[name:A]]’s mother is the first respondent, and [[name:A]]’s father is the second respondent.
""")

doc("ewfc-2025-112-r-final-care-order", "judgment", "Family Court (judgment of Her Honour Judge Hesford; court centre not in the excerpt; as mirrored from BAILII)", "family-court-hesford",
    "https://469393.qwpa.asia/ew/cases/EWFC/OJ/2025/112.html",
    "[2025] EWFC 112 (OJ): judgment concerning R (final care order, contact, parental responsibility)", r"""
Her Honour Judge [[name:Hesford]] :
- This judgment concerns [[name:R]], a young toddler.
- This judgment sets out the court's decisions and reasoning for the making of a final care order for [[name:R]] to live with her mother, the approval of contact arrangements and the making of a parental responsibility order in favour of [[name:R]]'s father.
- This judgment is considerably longer than strictly necessary, the reason for this is that since the mother was not present (or ultimately represented) at the final hearing, it is important that she understands the reasons for the court's decisions.
THE BACKGROUND
- There is a significant relevant background to this matter as well as previous proceedings which I will address briefly. [[name:R]] is the 6th child of the mother and the first child of the father. None of the mother's older children are in her care, the older three live with their father and the younger two reside in foster care subject to final orders. The local authority have had very long involvement with the mother. The risks to [[name:R]] arise from the mother's intimate relationships which have predominantly featured domestic abuse, as well as her mental and emotional wellbeing. She has been convicted of controlling and coercive behaviours in one relationship and there are allegations of similar behaviours in other relationships, including with [[name:R]]'s father. These behaviours can be extreme and would be harmful to [[name:R]] were she to experience them. Both parents have made allegations against the other within these proceedings but a decision was made by agreement that they would not need to be determined within these proceedings.
- The parents presented as a couple during a pre-proceeding meeting in respect of the unborn baby, wanting to be jointly assessed but shortly afterwards their relationship ended following allegations by the father of controlling and abusive behaviours by the mother. [[name:R]] was born on [a date] 2023 and an application for an interim supervision order was made that day.
""")

doc("ukut-aac-2023-58-gt-v-sswp", "tribunal_decision", "Upper Tribunal (Administrative Appeals Chamber) (decision as published by The National Archives, Find Case Law)", "upper-tribunal-aac",
    "https://caselaw.nationalarchives.gov.uk/ukut/aac/2023/58?tribunal=ukut%2Faac",
    "GT v SSWP (PIP): on appeal from the First-tier Tribunal (Social Entitlement Chamber)", r"""
[[name:GT]] v SSWP (PIP)
On appeal from the First-tier Tribunal (Social Entitlement Chamber)
Between:
[[name:G.T]].
Appellant
- v -
Secretary of State for Work and Pensions
Respondent
Before: Upper Tribunal Judge [[name:Wikeley]]
Decision date: 6 March 2023
Decided on consideration of the papers
Representation:
Appellant: Mr [[name:David Martinez]], Harrow Law Centre
Respondent: Mr [[name:Atif Mohammed]], Decision Making and Appeals, DWP
DECISION
The decision of the Upper Tribunal is to allow the appeal. The decision of the First-tier Tribunal made on 22 February 2021 under number [[case_id:SC312/20/00834]] was made in error of law. Under section 12(2)(a) and (b)(i) of the Tribunals, Courts and Enforcement Act 2007 I set that decision aside and remit the case to be reconsidered by a fresh tribunal in accordance with the following directions.
DIRECTIONS
This case is remitted to the First-tier Tribunal for reconsideration at an oral hearing.
The new First-tier Tribunal should not involve the tribunal judge, medical member or disability member previously involved in considering this appeal on 22 February 2021.
If the Appellant has any further written evidence to put before the tribunal and, in particular, further medical evidence, this should be sent to the HMCTS regional tribunal office in Sutton within one month of the issue of this decision.
The new First-tier Tribunal is not bound in any way by the decision of the previous tribunal. Depending on the findings of fact it makes, the new tribunal may reach the same or a different outcome to the previous tribunal.
These Directions may be supplemented by later directions by a Tribunal Caseworker, Tribunal Registrar or Judge in the Social Entitlement Chamber of the First-tier Tribunal.
REASONS FOR DECISION
The principal issue in this appeal to the Upper Tribunal
The primary issue in this appeal concerns the extent to which (if at all) a First-tier Tribunal can seek advice from another judge before deciding a case.
""")

doc("ukut-aac-2015-32-cdla-1861-2014", "tribunal_decision", "Upper Tribunal (Administrative Appeals Chamber) (decision as published by BAILII)", "upper-tribunal-aac",
    "https://beta.bailii.org/uk/cases/UKUT/AAC/2015/32.html",
    "Upper Tribunal, Administrative Appeals Chamber, Case No. CDLA/1861/2014 (disability living allowance)", r"""
IN THE UPPER TRIBUNAL Case No. [[case_id:CDLA/1861/2014]]
ADMINISTRATIVE APPEALS CHAMBER
Before: [[name:M R Hemingway]]: Judge of the Upper Tribunal
Decision: The decision of the First‑tier Tribunal sitting at Middlesbrough on 13 December 2013 under reference [[case_id:SC227/13/04919]] involved an error of law and is set aside.
The appeal is remitted for a determination at an oral hearing before a completely differently constituted tribunal.
This decision is made under section 12(1), 12(2)(a) and 12(2)(b)(i) of the Tribunals, Courts and Enforcement Act 2007.
DIRECTIONS
Subject to any later directions by a district tribunal judge of the First‑tier Tribunal, the Upper Tribunal directs as follows:
(1) The new hearing will be an oral hearing. It will take place before a completely differently constituted tribunal to that which considered the appeal on 13 December 2013.
(2) The appellant is reminded that the tribunal can only deal with her situation as it was down to 9 May 2013 (the date of the original decision of the Secretary of State under appeal) and cannot deal with any changes after that date.
(3) If the parties have any further written evidence which they wish to put before the tribunal that is relevant to the appellant’s health conditions in May 2013, this should be sent to the relevant tribunal office within one month of the date this decision is issued.
(4) The First‑tier Tribunal should have regard to the points made in this decision of the Upper Tribunal.
REASONS FOR DECISION
The issue in this appeal
1. The issue raised in this appeal is whether or not the appellant is entitled to disability living allowance from 1 March 2013 and, if so, at what rate and for what period.
The background
2. The appellant was born on [[date_of_birth:27 May 1985]] and was, as at the date of the original decision under appeal, aged [[age:27]] years. She suffers from health problems which include alcohol dependency, liver disease, anxiety, depression and back pain. She made made a new claim for disability living allowance.
""")

doc("ukut-aac-2015-10-ch-4784-2014", "tribunal_decision", "Upper Tribunal (Administrative Appeals Chamber) (decision as published by BAILII)", "upper-tribunal-aac",
    "https://beta.bailii.org/uk/cases/UKUT/AAC/2015/10_2.html",
    "Upper Tribunal, Administrative Appeals Chamber, Case No. CH/4784/2014 (housing benefit)", r"""
IN THE UPPER TRIBUNAL Case No. [[case_id:CH/4784/2014]]
ADMINISTRATIVE APPEALS CHAMBER
Before [[name:M R Hemingway]]: Judge of the Upper Tribunal
Decision: The decision of the First-tier Tribunal sitting at Taylor House in London under reference [[case_id:SC242/13/15965]] involved an error of law and is set aside. The appeal is remitted for determination at an oral hearing before a completely differently constituted tribunal.
This decision is made under section 12(1), 12(2)(a) and 12(2)(b)(i) of the Tribunals, Courts and Enforcement Act 2007.
DIRECTIONS
(1) The new hearing shall be an oral hearing. It shall take place before a completely differently constituted tribunal to that which considered the appeal on 22 November 2013.
(2) If either party has further written material to place before the tribunal it should be sent to the tribunal within one month of the issuing of this decision.
(3) These directions may be varied at any time by a district tribunal judge of the First-tier Tribunal in the Social Entitlement Chamber.
REASONS FOR DECISION
The decision in summary
1. This is the appellant’s appeal to the Upper Tribunal against the decision of the First-tier Tribunal (F-tT) dated 22 November 2013. My decision is that the F-tT’s decision involved an error of law. I allow the appeal to the Upper Tribunal and set aside the F-tT’s decision. The appeal against the respondent local authority’s decision of 18 July 2013 will have to be re-heard by a new tribunal.
The background
2. The appellant, having previously been residing in hotel accommodation, moved to a domestic property (the premises) which was already let to a person I shall refer to as Ms [[name:G]]. She moved in on 24 May 2014 and Ms [[name:G]] remained at the property. She claimed housing benefit in respect of her occupation of the premises. In so doing she was contending, effectively, that a part of the address had been sub-let to her by Ms [[name:G]].
""")

doc("ukeat-2020-0049-20-sos-justice", "judgment", "Employment Appeal Tribunal (judgment as published by BAILII)", "employment-appeal-tribunal",
    "https://beta.bailii.org/uk/cases/UKEAT/2020/0049_20_0411.html",
    "Employment Appeal Tribunal, Appeal UKEAT/0049/20: The Secretary of State for Justice (appellant), full hearing", r"""
EMPLOYMENT APPEAL TRIBUNAL
ROLLS BUILDING, 7 ROLLS BUILDINGS, FETTER LANE, LONDON, EC4A 1NL
At the Tribunal
HER HONOUR JUDGE [[name:KATHERINE TUCKER]]
(SITTING ALONE)
THE SECRETARY OF STATE FOR JUSTICE APPELLANT
Transcript of Proceedings
JUDGMENT
FULL HEARING
APPEARANCES
Instructed by: Government Legal Department One Kemble Street London WC2B 4TS | |
Instructed by: Everett, Tomlin Lloyd & Pratt 19-20 Gold Tops Newport South Wales NP20 4PH |
HER HONOUR JUDGE [[name:KATHERINE TUCKER]]
1. This is an appeal against a Reserved Judgment of the Employment Tribunal sitting in Cardiff by Employment Judge [[name:Davies]] sitting with Mr [[name:R Mead]] and Mr [[name:M Pearson]]. Over 6 days the Tribunal determined a number of claims made by the Claimant, some of which they dismissed and some of which they found well-founded. The claims were as follows:
(a) Unfair dismissal;
(b) A claim of discrimination contrary to Section 15 of the Equality Act 2010;
(c) A complaint of breach of contract; and
(d) Complaints of harassment.
2. The Employment Tribunal dismissed the claims of harassment, breach of contract and one claim of discrimination contrary to Section 15 of the Equality Act 2010. It upheld the Claimant’s claim that his dismissal was an act of discrimination contrary to Section 15 of the Equality Act and also found that his dismissal was unfair. The employer, the Secretary of State for Justice, now appeals against that decision. I will refer to the employer as ‘the Respondent’ and to Mr [[name:Edwards]] as ‘the Claimant’ as they were before the Tribunal.
3. The Respondent advances the following Grounds of Appeal:
1. Ground 1: the Tribunal erred in concluding that the Claimant was unfairly dismissed because, in error, it failed to engage properly with, and/or erred in its approach to, the issue of whether or not the Respondent employer could reasonably be expected to wait longer before dismissing the Claimant;
""")

doc("ukeat-2014-0165-13-kuehne-nagel", "judgment", "Employment Appeal Tribunal (judgment as published by BAILII)", "employment-appeal-tribunal",
    "https://beta.bailii.org/uk/cases/UKEAT/2014/0165_13_1701.html",
    "Employment Appeal Tribunal, Appeal UKEAT/0165/13: Kuehne and Nagel Ltd (appellant), unfair dismissal", r"""
EMPLOYMENT APPEAL TRIBUNAL
FLEETBANK HOUSE, 2-6 SALISBURY SQUARE, LONDON EC4Y 8AE
At the Tribunal
Before
(SITTING ALONE)
KUEHNE AND NAGEL LTD APPELLANT
Transcript of Proceedings
JUDGMENT
APPEARANCES
(of Counsel) Instructed by: Shoosmiths Solicitors 7th Floor 125 Colmore Row Birmingham B3 3SH |
|
(of Counsel) Instructed by: OH Parsons & Partners 3rd Floor Sovereign House 212-224 Shaftesbury Avenue London WC2H 8PR
|
SUMMARY
UNFAIR DISMISSAL
Importance of clearly separating out decision on reason for dismissal and the fairness of the dismissal for that reason. Here the Employment Tribunal had fallen into error in eliding the two questions.
Further, the Employment Tribunal had wrongly fallen into the “substitution mindset” identified in London Ambulance Services NHS Trust v [[name:Small]] [2009] EWCA Civ 220.
Appeal allowed on these bases.
Obiter: before making an uplift in compensation for a breach of the ACAS Code, the Employment Tribunal first needed to find that the failure to comply had been “unreasonable”, s. 207A(2)(c) TULR(C)A 1992.
HER HONOUR JUDGE [[name:EADY]] QC
Introduction
1. I refer in this Judgment to the parties as the Claimant and the Respondent as they were before the Employment Tribunal below.
2. This is an appeal by the Respondent against the Judgment of the Employment Tribunal (Employment Judge [[name:Moore]]), sitting alone at Bedford on 16 July and 8 August 2012, with further consideration in chambers on 4 December 2012. A reserved Judgment was sent to the parties with Reasons on 27 December 2012. The Claimant was represented by Mr [[name:Salter]] of counsel both before the Employment Tribunal and here. The Respondent was represented before the Employment Tribunal by Mr [[name:Barker]], its solicitor, but before me by Mr [[name:Naylor]] of counsel.
3. The Claimant had claimed unfair dismissal and unpaid notice. I am only concerned with the unfair dismissal claim on this appeal.
""")

doc("ewca-civ-2012-1202-moore-v-sscl", "judgment", "Court of Appeal (Civil Division) (judgment as published by BAILII)", "court-of-appeal-civil",
    "https://beta.bailii.org/ew/cases/EWCA/Civ/2012/1202.html",
    "Moore v Secretary of State for Communities and Local Government & Anor [2012] EWCA Civ 1202 (planning enforcement appeal)", r"""
England and Wales Court of Appeal (Civil Division) Decisions
You are here:
BAILII >>
Databases >>
England and Wales Court of Appeal (Civil Division) Decisions >>
[[name:Moore]] v Secretary of State for Communities and Local Government & Anor [2012] EWCA Civ 1202 (18 September 2012)
URL: http://www.bailii.org/ew/cases/EWCA/Civ/2012/1202.html
Cite as:
[2012] EWCA Civ 1202
[
New search]
[
Printable RTF version]
[
Help]
|
|
Neutral Citation Number: [2012] EWCA Civ 1202 |
|
|
Case No: [[case_id:Cl/2012/0873]] |
IN THE COURT OF APPEAL (CIVIL DIVISION)
ON APPEAL FROM
[[name:FRANCES PATTERSON]] QC
(SITTING AS A DEPUTY HIGH COURT JUDGE)
[[case_id:CQ/8793/2011]]
|
|
Royal Courts of Justice Strand, London, WC2A 2LL |
|
|
18/09/2012 |
B e f o r e :
MASTER OF THE ROLLS
LORD JUSTICE [[name:LONGMORE]]
and
LORD JUSTICE [[name:SULLIVAN]]
____________________
Between:
|
[[name:SHEILA MOORE]]
|
Appellant
|
|
- and -
|
|
|
SECRETARY OF STATE FOR COMMUNITIES AND LOCAL GOVERNMENT (1) SUFFOLK COASTAL DISTRICT COUNCIL (2)
|
Respondents
|
____________________
Mr. [[name:A Alesbury]] (instructed by Gotelees) for the Appellant
Mr. [[name:G Lewis]] (instructed by Treasury Solicitor) for the First Respondent
Hearing date: 16th July 2012
____________________
HTML VERSION OF JUDGMENT
____________________
Crown Copyright ©
Lord Justice [[name:Sullivan]]:
- This is the judgment of the Court.
Introduction
- This is an appeal against the Order dated 27th March 2012 of [[name:Frances Patterson]] QC (sitting as a Deputy High Court Judge) dismissing the Appellant's appeal under section 289 of the Town and Country Planning Act 1990 ("the Act") against a decision of an Inspector appointed by the First Respondent dismissing the Appellant's appeal under section 174 of the Act against an enforcement notice issued by the Second Respondent. The Inspector's decision is dated 15th August 2011.
""")

# Audit, planning, tribunal and inspection additions --------------------------------------

doc("fareham-audit-governance-2022-06", "council_minutes", "Fareham Borough Council", "fareham",
    "https://moderngov.fareham.gov.uk/ieListDocuments.aspx?CId=130&MeetingId=4164",
    "Audit and Governance Committee: agenda and minutes (first meeting of the 2022/23 municipal year)", r"""
Apologies Minutes: An apology of absence was received from Councillor [[name:N Gregory]]. |
To confirm as a correct record the Minutes of the Audit and Governance Committee meeting held on the 14 March 2022. Minutes: RESOLVED that the Minutes of the Audit and Governance Committee held on the 14 March 2022 be signed and agreed as a correct record. |
Chairman's Announcements Minutes: The Chairman made the following announcement –
I would like to pass on my thanks to the previous Chairman of this Committee [[name:Tom Davies]] and Vice-Chairman Councillor [[name:S Martin]]. I am delighted to have been appointed Chairman for this municipal year and am grateful for the experience of Councillors, Mrs [[name:T Ellis]], [[name:S Martin]] and [[name:N Gregory]] who have been on this Committee for a number of years. I would also like to welcome Councillors [[name:D Hamilton]], [[name:J Englefield]] and Vice-Chairman Councillor [[name:R Bird]] as new Members of the Committee. I look forward to working with you all this year. |
Declarations of Interest and Disclosures of Advice or Directions To receive any declarations of interest from members in accordance with Standing Orders and the Council’s Code of Conduct. Minutes: There were no declarations of interest made at the meeting. |
Deputations To receive any deputations of which notice has been lodged. Minutes: No deputations were received at this meeting. |
Monitoring Officer Report To consider a report by the Monitoring Officer on items which require reporting but do not justify full report to be brought to the Committee for consideration. Additional documents:
Minutes: The Committee received the Monitoring Officer report from the Council’s Monitoring Officer. The reports outlined the purpose of the Audit and Governance Committee in line with the Committee’s functions. It also confirmed the Committee’s work programme and asked Members to approve updates to the Council’s Constitution.
""")

doc("east-herts-council-audit-independent-members-2023-05", "council_minutes", "East Hertfordshire District Council", "east-herts",
    "http://democracy.eastherts.gov.uk/ieIssueDetails.aspx?IId=33117&PlanId=0&Opt=3&J=1",
    "Issue - meetings: Independent Members of the Audit and Governance Committee (Council, 17/05/2023, item 15)", r"""
Issue - meetings

Independent Members of the Audit and Governance Committee

Meeting: 17/05/2023 - Council (Item 15)

15 Independent Members of the Audit and Governance Committee pdf icon PDF 273 KB

Additional documents:

Minutes:

The Head of Legal and Democratic Services presented the report which provided Members with information on the appointment of two independent people to the Audit and Governance Committee as recommended by the Chartered Institute of Public Finance and Accountancy (CIPFA).



He said that as a result of the Redmond Review in 2020, which considered the effectiveness of external audit and the transparency of financial reporting in local authorities, it was recommended that local authority audit committees should appoint at least one independent member. This was then endorsed by the government in June 2022, and latterly CIPFA who issued guidance recommending that local authority and police audit committees include at least two independent members.



The Audit and Governance Committee recommended to Council at its meeting on 12 April 2023 that two independent members should be appointed to it.



Councillor [[name:Dumont]] proposed that the recommendations in the report be supported. Councillor [[name:Daar]] seconded the proposal.



Councillor [[name:Boylan]] said he welcomed the introduction of an independent member to the Audit and Governance Committee to provide even more scrutiny of public sector finance. He asked if any benchmarking had been done to come up with the level of remuneration.



The Head of Legal and Democratic Services said that benchmarking had taken place amongst other local authorities and the council also had an Independent Person for the Standards Committee so that rate was also taken into consideration.



The motion to support the recommendations having been proposed and seconded was put to the meeting and upon a vote being taken, was declared CARRIED.
""")

doc("lewes-eastbourne-audit-composition", "council_minutes", "Lewes District Council or Eastbourne Borough Council (shared democracy site; the excerpt does not name the council)", "lewes-eastbourne",
    "https://democracy.lewes-eastbourne.gov.uk/mgAi.aspx?ID=1988",
    "Agenda item: The Composition of Audit and Governance Committee (report of Monitoring Officer)", r"""
Agenda item

The Composition of Audit and Governance Committee.

Report of Monitoring Officer.

Minutes:

The Committee considered the report of the Monitoring Officer regarding the composition of the Audit and Governance Committee, in light of the revised best practice guidance.

The Committee was invited to consider its current composition including whether to co-opt an independent member to assist in delivering an independent assurance on risk management, internal controls, the financial reporting and annual governance processes.

The Chartered Institute of Public Finance and Accounting (CIPFA) updated its practical guidance on audit committees in December 2013. The guidance detailed best practice suggestions regarding how to ensure that audit committees were balanced, objective and independent of mind, in addition to being well equipped to discharge its role. Currently there were no statutory requirements in place to dictate the composition of audit committees in England, therefore the recommendations in the guidance were a matter of best practice only.

The guidance also provided best practice guidelines in relation to members of the executive sitting on audit committee. It noted that this practice created a potential risk of the committee being deterred from challenging or holding to account the executive. It recommended that this practice should be avoided unless other compensating arrangements were put in place to ensure independence. It was clear that where an executive member did sit on the audit committee, they should not act as its Chair.

Given the size of the authority and the limited number of elected members available to serve on committees, members of the executive sat on, but did not chair the Audit and Governance Committee.

The Committee’s composition would be reviewed following the upcoming council elections, taking into account members’ established interests and expertise and whether it fell within the committee’s remit.
""")

doc("dover-planning-committee-2020-07", "planning_minutes", "Dover District Council", "dover",
    "https://moderngov.dover.gov.uk/ieListDocuments.aspx?CId=136&MId=3664",
    "Planning Committee - Thursday, 2nd July, 2020 6.00 pm: agenda and minutes", r"""
Agenda and minutes

Planning Committee - Thursday, 2nd July, 2020 6.00 pm, NEW

Not all meetings are broadcast. The meetings that will be broadcast are as follows: (a) Council; (b) Cabinet; (c) Dover Joint Transportation Advisory Board; (d) General Purposes Committee; (e) Electoral Matters Committee; (f) Governance Committee; (g) Planning Committee; (h) General Purposes Committee and (i) Overview and Scrutiny Committee.

For those meetings that are being broadcast there will be a link to view the live broadcast under the ‘Media’ heading below. Only those items not restricted on the agenda will be broadcast.

Guidance on how to watch live broadcasts of meetings.

The link to view a recording of a meeting that was broadcast can be found on the Council’s YouTube channel (@doverdc)

Venue: Remote Meeting - Teams Live Event. View directions

Contact: [[name:Kate Batty-Smith]]  Democratic Services Officer

Link: CLICK HERE TO WATCH THE MEETING

Items
No. Item

137.

Apologies

To receive any apologies for absence.

Minutes:

It was noted that an apology for absence had been received from Councillor [[name:D P Murphy]].



138.

Appointment of Substitute Members

To note appointments of Substitute Members.

Minutes:

It was noted that, in accordance with Council Procedure Rule 4, Councillor [[name:M Bates]] had been appointed as a substitute member for Councillor [[name:D P Murphy]].



139.

Declarations of Interest pdf icon PDF 143 KB

To receive any declarations of interest from Members in respect of business to be transacted on the agenda.

Minutes:

There were no declarations of interest.



140.

Minutes pdf icon PDF 153 KB

To confirm the minutes of the meeting of the Committee held on 21 May 2020 (to follow).

Minutes:

The minutes of the meeting of the Committee held on 21 May 2020 were approved as a correct record and signed by the Chairman.

141.

Items Deferred

To consider the attached report of the Head of Planning, Regeneration and Development.
""")

doc("ukftt-grc-2024-110-hogg", "tribunal_decision", "First-tier Tribunal (General Regulatory Chamber) (decision as published by BAILII)", "ftt-general-regulatory-chamber",
    "https://beta.bailii.org/uk/cases/UKFTT/GRC/2024/110.html",
    "First-tier Tribunal, General Regulatory Chamber, Information Rights: [2024] UKFTT 110 (GRC), Case Reference EA-2022-0425P", r"""
Neutral citation number: [2024] UKFTT 110 (GRC)
Case Reference: [[case_id:EA-2022-0425P]]
First-tier Tribunal
General Regulatory Chamber
Information Rights
Heard in GRC Remote Hearing Rooms, Leicester
Heard on: 09 January 2024
Decision given on: 06 February 2024
Promulgated on: 07 February 2024
Before
TRIBUNAL JUDGE [[name:A. MARKS]] CBE
TRIBUNAL MEMBER [[name:P. MANN]]
TRIBUNAL MEMBER [[name:M. SAUNDERS]]
Between
[[name:MARTINA HOGG]]
Appellant
and
THE INFORMATION COMMISSIONER
First Respondent
and
THE DEPARTMENT FOR ENVIRONMENT,
FOOD AND RURAL AFFAIRS
Second Respondent
Representation:
The Appellant: represented herself
The First Respondent: [[name:Nicholas Martin]], Solicitor
The Second Respondent: [[name:Matt Lewin]], Barrister
Decision: The appeal is dismissed.
REASONS
Introduction
1. This is an appeal against the Information Commissioner's decision notice [[case_id:IC-176668-X1C0]] dated 1 November 2022.
2. The Appellant ('Ms [[name:Hogg]]') had requested from The Department for Environment, Food and Rural Affairs ('Defra') information relating to All-Party Dog Advisory Welfare Group's contact with the head of animal welfare at Defra or predecessors from 30 April 2020 onwards. Defra provided some information but refused to disclose the remainder of the requested information citing sections 35(1)(a) and 40 of the Freedom of Information Act 2000 ('FOIA').
3. The Commissioner decided that Defra was entitled to rely on section 35(1)(a) FOIA and therefore did not require any further action to be taken.
4. The parties agree to the Tribunal making its decision based on all the papers in the case rather than requiring an oral hearing. The Tribunal is satisfied, in accordance with Rule 32 of The Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009 (as amended) (the 'GRC Rules'), that it can properly determine the issues in this case without an oral hearing.
The request for information, internal review and response
5. On 26 March 2022, Ms [[name:Hogg]] emailed Defra and requested information as follows:
""")

doc("cqc-george-clare-surgery-2022", "inspection_report", "Care Quality Commission", "cqc",
    "https://dev.cqc.org.uk/location/1-566699871/inspection-summary",
    "George Clare Surgery: inspection summary (Background to this inspection; inspection of 22 to 29 March 2022)", r"""
Background to this inspection
Updated
6 May 2022
George Clare Surgery is a purpose-built practice situated in Chatteris, Cambridgeshire. The practice provides services to approximately 12,000 patients. It holds a General Medical Services contract with Cambridgeshire and Peterborough Clinical Commissioning Group.
The practice is registered as a partnership with the Care Quality Commission (CQC) to deliver the regulated activities diagnostic and screening procedures, maternity and midwifery services, treatment of disease, disorder or injury, family planning and surgical procedures.
The practice is a dispensing practice and a training practice.
The practice opening times are Monday to Friday 8am to 6pm. Extended access is offered on Monday and Thursday evening from 6.30pm to 8pm. Out of hours services are provided by Herts Urgent Care and accessed via the NHS 111 service.
Information published by Public Health England shows that deprivation within the practice population group is rated as 6 (1-10). The lower the decile, the more deprived the practice population is relative to others. According to the latest available data, the ethnic make-up of the practice area is 97% White, 1% Asian, 0.5% Black, 1% Mixed, and 0.5% Other.
The practice team consists of three GP partners (totalling 19 sessions), six salaried GPs (totalling 31 sessions), two nurse practitioners, five practice nurses and four healthcare assistants. The practice dispensary employs a dispensing manager, a dispenser and a dispensary clerk.
The clinical team are supported by a practice manager, a clinical manager, three medical secretaries, four administrators, a social prescriber and a team of eight receptionist.
Updated
6 May 2022
We carried out an announced comprehensive inspection at George Clare Surgery between 22 and 29 March 2022. Following this inspection, we rated the location as good overall, and for all key questions.
Safe - Good
Effective - Good
Caring - Good
Responsive - Good
Well-led - Good
""")

doc("cqc-lordship-lane-surgery-2023", "inspection_report", "Care Quality Commission", "cqc",
    "https://www.cqc.org.uk/location/1-537675048/inspection-report/INS1-572233969",
    "The Lordship Lane Surgery: inspection report (routine inspection, 17 May 2023)", r"""
The Lordship Lane Surgery

Overall: Requires improvement read more about inspection ratings

417 Lordship Lane, East Dulwich, London, SE22 8JN (020) 8693 2912

Provided and run by:
The Lordship Lane Surgery

All Inspections

17 May 2023

During a routine inspection

We carried out an announced comprehensive at The Lordship Lane Surgery on 17 May 2023. Overall, the practice is rated as requires improvement.

Safe - Requires improvement.

Effective - Requires Improvement.

Caring - Good

Responsive - Good

Well-led - Requires improvement.

Following our previous inspection on 19 April 2021, the practice was rated Requires Improvement overall and Good for the Caring and Responsive key questions:

The full reports for previous inspections can be found by selecting the ‘all reports’ link for The Lordship Lane Surgery on our website at www.cqc.org.uk

Why we carried out this inspection

This inspection was a comprehensive inspection to follow up on the warning notice and requirement notice, which had been issued during our inspection in April 2021. We looked at the Safe, Effective, Caring, Responsive and Well-led key questions and followed up on breaches of regulation 17 (Good governance) and 18 (Staffing).

How we carried out the inspection

This inspection was carried out in a way which enabled us to spend a minimum amount of time on site.

This included:

  • Completing clinical searches on the practice’s patient records system (this was with consent from the provider and in line with all data protection and information governance requirements).
  • Reviewing patient records to identify issues and clarify actions taken by the provider.
  • Requesting evidence from the provider.
  • A site visit.
""")

doc("runnymede-licensing-summary-review-2023-11", "licensing_minutes", "Runnymede Borough Council", "runnymede",
    "https://democracy.runnymede.gov.uk/ieListDocuments.aspx?CId=160&MId=1163",
    "Licensing Sub Committee - Friday, 17th November, 2023 2.00 pm (summary review of a premises licence)", r"""
Licensing Sub Committee - Friday, 17th November, 2023 2.00 pm

Election of Chair


Councillor [[name:J Wilson]] was elected Chair of the Sub-Committee.


Declarations of Interest

There were no declarations of interest.



Officers will go through the procedure for the meeting and the process of Summary Reviews.


Those present noted the procedure to be followed in conducting a Summary Review in accordance with the legislative framework.



Exclusion of Press and Public

Officers’ Recommendation that –


the press and public be excluded from the meeting during discussion of the following report under Section 100A (4) of the Local Government Act 1972 on the grounds that the report in question would be likely to involve disclosure of exempt information of the description specified in pargraphs 1, 3 and 7 of Part 1 of Schedule 12A of the Act


(To Resolve)


It was Resolved that the press and public be excluded from the meeting during discussion of the report in accordance with Section 100A (4) of the Local Government Act 1972 and in relation to the disclosure of information as described in paragraphs 1, 3 and 7 of Part 1 of Schedule 12A of the Act.



Application for a Summary Review of a Premises Licence

The report is exempt on the basis that it identifies individuals and other relevant information


The Senior Licensing Officer went through the report, explaining the legislation, that an interim step hearing is required to be held within 48 hours of the police application, that the warrant took place on 10.11.23.  During the “raid”, the son was present on the premises and class A & B drugs were found.  When the police visited his personal address (which he shares with his father, the Designated Premises Supervisor), they found further drug paraphernalia.

The Police made the application under s53A on 16.11.23 as they felt this was their only option in this matter.
""")

doc("ofsted-kinson-primary-2015-03", "inspection_report", "Ofsted (school inspection report as republished by pdfslide.net)", "ofsted-school-reports",
    "https://pdfslide.net/documents/school-report-kinson-primary-school-ofsted-school-report-kinson-primary-school.html",
    "School report: Kinson Primary School, inspection dates 3-4 March 2015", r"""
School report Kinson Primary School School Lane, Kinson, Bournemouth, Dorset, BH11 9DG Inspection dates 0304 March 2015 Overall effectiveness Previous inspection: Requires improvement 3 This inspection: Requires improvement 3 Leadership and management Requires improvement 3 Behaviour and safety of pupils Requires improvement 3 Quality of teaching Requires improvement 3 Achievement of pupils Requires improvement 3 Early years provision Good 2 Summary of key findings for parents and pupils This is a school that requires improvement. It is not good because Leaders have not acted quickly enough over time to tackle weaknesses in the quality of teaching and pupils’ achievement. Until recently, staff did not all play an effective enough role in addressing the school’s priorities. Important policies and procedures were not consistently implemented or thoroughly monitored, for example in the way important skills should be taught. Systems for checking on and improving the quality of teaching have not typically been rigorous enough. Teaching is not yet good. Inconsistencies remain, especially in the level of support and challenge for pupils and in the quality of marking. Pupilslanguage skills are not consistently well developed. This slows their progress in writing, particularly. The school’s track record indicates that pupils have not made quick enough progress in the older year groups. Attainment in reading, writing and mathematics is below average. The gap in the attainment in mathematics between disadvantaged pupils and others is not narrowing quickly enough. Behaviour requires improvement because not all pupils consistently pay attention in lessons. Staff’s expectations of pupils regarding their behaviour are variable. Pupils are kept safe in school but a few do not always act safely at playtimes. The school has the following strengths The headteacher is a strong and determined leader who has worked strenuously to improve the school over the last two years.
""")

doc("ewhc-admin-2003-35-sheffield-youth-court", "judgment", "High Court (Queen's Bench Division, Administrative Court) (judgment as published by The National Archives, Find Case Law)", "high-court-admin-youth-court",
    "https://caselaw.nationalarchives.gov.uk/ewhc/admin/2003/35",
    "C & Anor, R (on the application of) v Sheffield Youth Court & Anor [2003] EWHC 35 (Admin)", r"""
[[name:C]] & Anor, R (on the application of) v Sheffield Youth Court & Anor

[2003] EWHC 35 (Admin)

Case Nos: [[case_id:CO/3871/2002]] and [[case_id:CO/3876/2002]]

Neutral Citation No.: [2003] EWHC 35 (Admin)

IN THE HIGH COURT OF JUSTICE
QUEENS BENCH DIVISION
ADMINISTRATIVE COURT

Royal Courts of Justice

Strand,

London, WC2A 2LL

Thursday 23 January 2003

Before:

THE HONOURABLE MR JUSTICE [[name:STANLEY BURNTON]]

The Queen on the application of

[[name:C]] and [[name:D]]

Claimants

- and -

Sheffield Youth Court

Defendant

-and-

Director of Public Prosecutions

Interested Party

The Queen on the application of

[[name:N]]

Claimant

- and -

Sheffield Youth Court

Defendant

-and-

Director of Public Prosecutions

Interested Party

(Transcript of the Handed Down Judgment of

Smith Bernal Wordwave Limited, 190 Fleet Street

London EC4A 2AG

Tel No: 020 7421 4040, Fax No: 020 7831 8838

Official Shorthand Writers to the Court)

[[name:Stephen Simblet]] and [[name:Emma Favata]] (instructed by Howells) for the Claimants in each case.

[[name:Stephen John]] (instructed by the Director of Public Prosecutions)

for the Interested Party in each case.

The Defendant Court did not appear and was not represented.

Judgment

Mr Justice [[name:Stanley Burnton]]:

Introduction

1.

I have before me applications for orders to quash decisions of the Sheffield Youth Court made in July of this year committing the Claimants, all of whom are aged [[age:14]], for trial to the Crown Court on charges of robbery and attempted robbery. There have been a number of such applications during the course of this year. Mr [[name:John]], on behalf of the CPS, submits that there are conflicting decisions of the High Court on two questions:

(a)

the matters to be taken into account by the Youth Court when making its decision under section 24(1) of the Magistrates’ Courts Act 1980 as amended (‘the MCA’); and

(b)

the test to be applied by the High Court on an application for the judicial review of such a decision.
""")

# Scottish community councils, Highland Council, Northern Ireland councils, standards -----

doc("boat-of-garten-cc-2015-11", "parish_council_minutes", "Boat of Garten and Vicinity Community Council (minutes as republished by docslib.org)", "boat-of-garten-cc",
    "https://docslib.org/doc/12384930/boat-of-garten-and-vicinity-community-council",
    "Boat of Garten and Vicinity Community Council: Minutes of the Inaugural Meeting, 30th November 2015", r"""
BOAT OF GARTEN AND VICINITY COMMUNITY COUNCIL MINUTES OF THE INAUGURAL MEETING held in the Community Hall at 7.00pm on Monday 30th November 2015 Present: Chairperson (Highland Council Ward Manager): [[name:Liz Cowie]] CC members: [[name:Ian Bashford]], [[name:Alison Fielding]], [[name:Kate Johnson]], [[name:Liz Johnstone]], [[name:Julie Mossman]], [[name:Brian Tolson]] and [[name:Peter Wright]] Ex officio: Cllr. [[name:Dave Fallows]] (part of meeting) Residents: [[name:Anna Barton]], [[name:Malcolm Clark]] (part of meeting) and [[name:Anne Goodall]] (part of meeting) Apologies were received from: [[name:Alison Greggans]] 1. Welcome [[name:Liz Cowie]], Highland Council Ward Manager, welcomed the new council members to the meeting. She reported that the previous council had been dissolved on 17th November, and the new council would only be operational following the appointment of new office bearers. 2. Scheme of Establishment for Community Councils The Scheme of Community Councils was distributed to the meeting and key points expanded upon. The Chairperson explained that its scope covered: Framework through which councils were created and the arrangements under which they operated. The Scheme had been revised in March 2011 and would be reviewed in 2016. Role of the Community Council, acting as a voice for the local area Key roles in the areas of planning and liquor licencing, including compliance with all equality legislation. Membership provision – 7 members for Boat of Garten and Vicinity Community Council, all of whom had to be voters, over 16 years old and resident in the area covered by the council. Rules and regulations on appointing co-opted members and associate members were explained in some detail, including; a definition of what constituted Ex-officio members. It was noted that the Scheme made no provision for representation from public bodies such as the National Park. Frequency of meetings – minimum of 6 ordinary meetings pa, plus an AGM which had to be held by the end of June.
""")

doc("comrie-cc-2012-01", "parish_council_minutes", "Comrie Community Council (draft minutes as republished by docstoc.com)", "comrie-cc",
    "http://www.docstoc.com/docs/112126855/CCC-Draft-Minutes-12012012_2_",
    "Comrie Community Council: Draft Minutes of Meeting held on Thursday 12th January 2012", r"""
                Draft Minutes of Meeting held on Thursday 12th January 2012

                              Comrie Community Centre at 19.30

Apologies and Attendees

Attendees:           Councillor [[name:Helen McDonald]], Councillor [[name:Anne Younger]], [[name:Andrew Finlayson]]
                     (Chair), [[name:David Robertson]], [[name:David Adams]], [[name:Sandra McRitchie]], [[name:Phil Gill]], [[name:Judy
                     McDowall]], [[name:Gillian Brock]]

Other Attendees:     [[name:Alan Moffat]], [[name:Lynn Duke]] (Strathearn Herald) plus three Members of the

Apologies:           [[name:Gordon McCartney]]


1. Welcome and Introduction

CC [[name:Finlayson]] welcomed those present to the first meeting of 2012 noting that the previous
meeting was cancelled due to the severe weather and no electricity.

CC [[name:Finlayson]] also welcomed [[name:Emma Margrett]] and thanked her for volunteering to take the minutes
of the meeting.

2. Co-option of Secretary

CC [[name:Finlayson]] proposed [[name:Sandra McRitchie]] for the position of Secretary and was seconded by CC
[[name:Adams]]. All present agreed.

There are still a couple of spaces left on the Community Council, however, how to fill these spaces
will be discussed at a different meeting.

3. Police Matters

Fire Brigade – [[name:Alan Moffat]]

3.1 Helipad
[[name:Alan]] spoke to those present about the ongoing plan to have a designated, lit landing site or helipad
at the Laggan Park for use by the Scottish Ambulance Service. Tayside Fire and Rescue have
offered to put the landing lights out for the Ambulance Service should the need arise.

[[name:Alan]] explained that the air ambulance only flies when specifically requested stating that there had
been six airlifts in the area the previous year.

[[name:Alan]] explained that the lights had to be paid for and he has already secured 90% of the £2,000
funding required. The other 10% needs to be found. [[name:Alan]] said he hopes that the helipad will be
operational before April 2012.
""")

doc("portpatrick-cc-2019-10", "parish_council_minutes", "Portpatrick Community Council (minutes as republished by docslib.org)", "portpatrick-cc",
    "https://docslib.org/doc/10003530/1-minutes-of-first-meeting-of-portpatrick-community-council-on",
    "Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the Village Hall", r"""
Chair [[name:June Hoad]] [email protected] Vice Chair [[name:Simon Smith]] [email protected] Treasurer [[name:Carlyn McDougall]] [email protected] Secretary [[name:Cathie Buchanan]] [email protected]

Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the Village Hall

1. Present

[[name:Carlyn McDougall]], [[name:June Hoad]], [[name:Louise Rintoul]], [[name:Alick Rintoul]], [[name:Margaret Nixon]], [[name:Robert Erskine]], [[name:Simon Smith]], [[name:Cathie Buchanan]], [[name:Clark Logie]] (Police ), Cllr [[name:Ros Surtees]] [[name:Kirsty Peden]], [[name:Hazel Kerr]] ( & Council)

Apologies: [[name:Billy McDougall]], [[name:Wilma Hoad]]

25 members of the public were also present

2. Appointment of the Chair

[[name:CMcD]] proposed [[name:June Hoad]] as chair and this was seconded by [[name:LR]] - [[name:June]] accepted the nomination.

[[name:Simon Smith]] was proposed as Vice Chair by [[name:JH]] and this was seconded by [[name:LR]]. [[name:Simon]] accepted the nomination.

[[name:Kirsty Peden]] explained that she would help [[name:June]] through the meeting and [[name:Kirsty]] agreed to carry on as Chair with the rest of the meeting.

3. Appointment of Secretary

[[name:LR]] proposed [[name:Cathie Buchanan]] and this was seconded by [[name:JH]] – [[name:Cathie]] accepted the nomination.

4. Appointment of the Treasurer

[[name:JH]] nominated [[name:CMcD]] and this was seconded by [[name:LR]] - [[name:Carlyn]] accepted the nomination.

5. Acknowledge and Sign the Amended Scheme for Establishment of Community Councils in Dumfries & Galloway as Constitution

This was signed by [[name:June Hoad]] and [[name:Carlyn McDougall]]

6. Consider the appointment of an independent examiner of Accounts

[[name:Peter Walker]] has done this in past – he stated he will do it for one more year.
""")

doc("highland-communities-partnerships-2016-12", "council_minutes", "The Highland Council", "highland",
    "https://www.highland.gov.uk/meetings/meeting/3787/communities_and_partnerships_committee/attachment/71439",
    "Minutes of Meeting of the Communities and Partnerships Committee, Thursday 8 December 2016", r"""
Agendas, reports and minutes

Communities and Partnerships Committee

Date: Thursday, 8 December 2016

Minutes: Read the Minutes

Minutes of Meeting of the Communities and Partnerships Committee held in the Council Chamber, Council Headquarters, Glenurquhart Road, Inverness on Thursday 8 December 2016 at 10.30 am.

Present:

Mr [[name:H Fraser]], Mr [[name:G Ross]], Mr [[name:A Baxter]], Miss [[name:J Campbell]], Dr [[name:J Davis]], Mr [[name:N Donald]], Mr [[name:G Farlow]] (substitute), Mr [[name:R Laird]], Mrs [[name:L MacDonald]], Ms [[name:A MacLean]] (pm only), Mr [[name:H Morrison]], Mrs [[name:M Paterson]], Mr [[name:M Reiss]], Mr [[name:I Renwick]], Mr [[name:G Rimell]], Ms [[name:T Robertson]], Mr [[name:R Saxon]], Dr [[name:A Sinclair]], Ms [[name:M Smith]], Mrs [[name:K Stephen]] (substitute – am only)

Non-Members also present:-

Mrs [[name:C Caddick]], Mr [[name:T MacLennan]], Mr [[name:B Murphy]]

Officials in attendance:

Ms [[name:A Clark]], Acting Head of Policy, Chief Executive’s Office
Mrs [[name:R Cleland]], Corporate Communications Manager, Chief Executive’s Office
Mr [[name:P Mascarenhas]], Community and Democratic Engagement Manager, Chief Executive’s Office
Mr [[name:D Sutherland]], Elections Manager, Chief Executive’s Office
Ms [[name:R Mackinnon]], Equal Opportunities Officer, Chief Executive’s Office
Mrs [[name:C MacIver]], Elections Officer, Chief Executive’s Office
Mr [[name:D Greig]], Policy Co-ordinator, Chief Executive’s Office
Ms [[name:L MacKellaich]], Road Safety Officer, Development and Infrastructure Service
Mrs [[name:L Dunn]], Principal Administrator, Corporate Development Service
Miss [[name:J Green]], Administrative Assistant, Corporate Development Service
Mr [[name:A MacInnes]], Administrative Assistant, Corporate Development Service

Also in attendance:

Mr [[name:G MacLeod]], Head of Ambulance Services Highland, Scottish Ambulance Service
Mr [[name:J MacDonald]], Local Senior Officer, Scottish Fire and Rescue Service
Dr [[name:M E M Foxley]], Board Member, Scottish Fire and Rescue Service Board
Chief Superintendent [[name:P MacRae]], Highland and Islands Divisional Commander, Police Scotland
Mr [[name:J McCroskie]], Director of Communications and Relationships, Scottish Police Authority
""")

doc("antrim-newtownabbey-council-2020-10", "council_minutes", "Antrim and Newtownabbey Borough Council (minutes as republished by docslib.org)", "antrim-newtownabbey",
    "https://docslib.org/doc/3426709/minutes-of-the-proceedings-of-the-meeting-of-the-council-held-at-mossley-mill-on-monday-26-october-2020-at-6-30-pm",
    "Minutes of the Proceedings of the Meeting of the Council held at Mossley Mill on Monday 26 October 2020 at 6.30 pm", r"""
MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT MOSSLEY MILL ON MONDAY 26 OCTOBER 2020 AT 6.30 PM

In the Chair : Mayor (Councillor [[name:J Montgomery]])

Members Present : Aldermen – [[name:F Agnew]], [[name:P Brett]], [[name:T Burns]], [[name:T Campbell]], [[name:L Clarke]], [[name:M Girvan]], [[name:J McGrath]], [[name:P Michael]] and [[name:J Smyth]]

Councillors – [[name:J Archibald]], [[name:A Bennington]], [[name:M Cooper]], [[name:H Cushinan]], [[name:P Dunlop]], [[name:G Finlay]], [[name:S Flanagan]], [[name:R Foster]], [[name:J Gilmour]] [[name:M Goodman]], [[name:P Hamill]], [[name:L Irwin]], [[name:N Kelly]], [[name:R Kinnear]], [[name:A M Logue]], [[name:R Lynch]], [[name:N McClelland]], [[name:T McGrann]], [[name:V McWilliam]], [[name:M Magill]], [[name:N Ramsay]], [[name:V Robinson]], [[name:S Ross]], [[name:L Smyth]], [[name:M Stewart]], [[name:R Swann]], [[name:B Webb]] and [[name:R Wilson]]

Officers Present : Chief Executive - [[name:J Dixon]] Director of Economic Development and Planning – [[name:M McAlister]] Director of Operations – [[name:G Girvan]] Director of Finance and Governance – [[name:S Cole]] Director of Community Planning – [[name:N Harkness]] Director of Organisation Development – [[name:A McCooke]] Borough Lawyer and Head of Legal Services – [[name:P Casey]] ICT Change Officer – [[name:A Cole]] ICT Projects Officer – [[name:J Higginson]] Member Services Manager – [[name:V Lisk]]

In Attendance : Mr [[name:Colm McQuillan]], Director of Housing Services, NIHE Mr [[name:Frank O’Connor]], Regional Manager for North Division, NIHE Ms [[name:Breige Mullaghan]], Area Manager South, NIHE Ms [[name:Alice McAteer]], Place Shaper South, NIHE

In order to protect public health during the current COVID-19 emergency it was not possible to allow the public or the press to physically attend the meeting. The public and the press could access those parts of the meeting which they are entitled to attend via live stream (a link to which is on the Council website). The meeting minutes and audio recording would be published on the Council’s website.

1

1 BIBLE READING, PRAYER AND WELCOME

The Mayor welcomed all present to the meeting, and advised Members of the audio recording procedures.

The meeting opened with a Bible reading and prayer by The Venerable Dr [[name:Stephen McBride]], Archdeacon of Connor.
""")

doc("lisburn-castlereagh-council-2015-07", "council_minutes", "Lisburn & Castlereagh City Council (minutes as republished by docslib.org)", "lisburn-castlereagh",
    "https://docslib.org/doc/13550932/lisburn-city-council-during-the-period-2006-2012-samuel-graham-father-of-mrs-gillian-allen-receptionist-at-lagan-valley-island",
    "Minutes of the Monthly Meeting of Council held in the Island Civic Centre, Lisburn, on Tuesday, 28 July, 2015", r"""
MM 28.07.2015 & CASTLEREAGH CITY COUNCIL

Minutes of the Monthly Meeting of Council held in the Island Civic Centre, The Island, Lisburn, on Tuesday, 28 July, 2015 at 7:00 pm

PRESENT: The Right Worshipful the Mayor Councillor [[name:R T Beckett]]

Aldermen [[name:D Drysdale]], [[name:A G Ewart]], [[name:T Jeffers]], [[name:W A Leathem]], [[name:S Martin]], [[name:S P Porter]] and [[name:J Tinsley]]

Councillors [[name:N Anderson]], [[name:J Baird]], [[name:B Bloomfield]] MBE, [[name:R Butler]], [[name:S Carson]], [[name:P Catney]], [[name:A P Ewing]], [[name:J Gallen]], [[name:O Gawith]], [[name:A Givan]], [[name:J Gray]] MBE, [[name:B Hanvey]], [[name:H Legge]], [[name:J McCarthy]], [[name:A McIntyre]], [[name:B Mallon]], [[name:T Mitchell]], [[name:T Morrow]], [[name:Jenny Palmer]], [[name:John Palmer]], [[name:L Poots]], [[name:S Skillen]], [[name:M Tolerton]] and [[name:R Walker]]

IN ATTENDANCE: Lisburn & Castlereagh City Council

Chief Executive Director of Corporate Services Director of Environmental Services Director of Leisure and Community Services Director of Finance and the Convergence of IT Systems Head of Central Support Services Head of Marketing and Communication (Mrs [[name:C Bethel]]) Head of Economic Development Head of Human Resources and Organisational Development Transition Manager IT Officer Committee Secretary Attendance Clerk

Commencement of the Meeting

At the commencement of the meeting, The Right Worshipful the Mayor, Councillor [[name:R T Beckett]], having welcomed those present to the meeting, requested that all mobile phones be put on standby or silent for the duration of the meeting.

Prayers

Alderman [[name:T Jeffers]] arrived to the meeting during consideration of this item of business (7.03 pm).

At the invitation of The Right Worshipful the Mayor, Councillor [[name:R T Beckett]], Pastor [[name:Jimmy Ritchie]], Hillsborough Elim Pentecostal Church, addressed the Council and said a prayer. 277

MM 28.07.2015

1. Business of The Right Worshipful the Mayor

The Right Worshipful the Mayor, Councillor [[name:R T Beckett]], expressed condolences in respect of the following recent bereavements:

 [[name:Ruth Liggett]], former employee of Lisburn City Council during the period 2006-2012  [[name:Samuel Graham]], father of Mrs [[name:Gillian Allen]], Receptionist at Lagan Valley Island
""")

doc("magherafelt-council-2007-10", "council_minutes", "Magherafelt District Council (minutes as republished by docslib.org)", "magherafelt",
    "https://docslib.org/doc/2733920/magherafelt-district-council-minutes-of-proceedings-of-a",
    "Minutes of Proceedings of a Meeting of Magherafelt District Council, Tuesday, 9 October 2007", r"""
Minutes of Proceedings of a Meeting of Magherafelt District Council held in the Council Chamber, 50 Road, Magherafelt on Tuesday, 9 October 2007. The meeting commenced at 7.30 pm.

Presiding [[name:P McLean]]

Other Members Present [[name:P J Bateson]] [[name:J Campbell]] [[name:T J Catherwood]] [[name:J Crawford]] Mrs [[name:E A Forde]] [[name:P E Groogan]] [[name:O T Hughes]] [[name:J F Kerr]] Miss [[name:K A Lagan]] Mrs [[name:K A McEldowney]] [[name:J J McPeake]] [[name:G C Shiels]]

Officers Present [[name:J A McLaughlin]], (Chief Executive) [[name:J J Tohill]] (Director of Finance and Administration) [[name:W J Glendinning]] (Director of Building Control) [[name:T J Johnston]] (Director of Operations) Mr [[name:M Young]] (Director of Environmental Health) Mrs [[name:A Junkin]] (Chief Executive’s Secretary)

Representatives from Other Bodies in Attendance

DoE Planning Service: Ms [[name:Sandra Adams]], Planning Officer


1.1 It was

PROPOSED by Councillor [[name:J F Kerr]] Seconded by Councillor [[name:J Crawford]], and

RESOLVED: that the Minutes of the Council Meeting held on Tuesday, 11 September 2007 (copy previously circulated to each Member) be taken as read and signed as correct.


2.1 The Chief Executive advised that there were no matters as such arising out of the Minutes. However there were some matters which he wished to bring to the Members attention.


2.2 Submitted letter of thanks from Lough Neagh Rescue to the Council for its contribution towards the continuing work of the rescue service.


2.3 Submitted letter from the Regional Planning and Transportation Division advising that the Regional Transportation Strategy for 2002-2012 Monitoring Report for the period from 1 April 2005 to 31 March 2007 was now available on the Department’s website: www.drdni.gov.uk/rts (copy circulated to each Member).


2.4 Submitted an e-mail from Northern Ireland Water requesting dates for their Capital Works Presentation to the Council.

2.4.1 It was agreed that since the Roads Service had planned to attend the December meeting Northern Ireland Water should be invited to attend the January meeting of the Council.
""")

doc("sheffield-standards-consideration-subcommittee", "council_minutes", "Sheffield City Council", "sheffield-city",
    "https://sheffieldcc.moderngov.co.uk/ieListDocuments.aspx?CId=558&MId=8107",
    "Standards consideration sub-committee: agenda and minutes (consideration of a standards complaint)", r"""
[[name:Alison Howard]], Co-Opted Member declared a personal interest in item 4 (agenda item 5) of having a friendship with one of the witnesses interviewed as part of the investigation.  [[name:Alison]] is a non-voting member of the Committee but was able to remain in the meeting and take part in the discussion in accordance with the code of conduct.




To identify items where resolutions may be moved to exclude the press and public.



Resolved: That the public and press be excluded from the meeting before discussion takes place on item 4 (agenda item 5) on the grounds that, if the public and press were present during the transaction of such business, there would be a disclosure to them of exempt information described in Paragraphs 1 and 2 of Part 1 of Schedule 12A of the Local Government Act 1972, as amended, regarding information relating to an individual/information which is likely to reveal the identity of an individual.




Consideration of Standards Complaint

Report of the External Investigator.


(Note: The report at item 5 is not available to the public and

press because it contains exempt information described in

Paragraphs 1 and 2 of Part 1 of Schedule 12A of the Local

Government Act 1972, as amended, regarding information

relating to an individual/information which is likely to reveal the

The Investigators submitted a report on behalf of the Monitoring Officer on the findings into a complaint alleging that an elected Member had failed to comply with the Members’ Code of Conduct. The Monitoring Officer and Independent Person were in attendance at the meeting.


The Sub-committee considered the report and schedule of evidence in line with the procedure of the Consideration Sub-Committee.


·       The complainant and subject Member were not required to attend the meeting.

·       The process for the Sub-Committee was: -
""")

doc("dover-planning-committee-2024-07", "planning_minutes", "Dover District Council", "dover",
    "https://moderngov.dover.gov.uk/ieListDocuments.aspx?CId=136&MeetingId=4947",
    "Planning Committee: agenda and minutes (Application No DOV/22/01320, Land North of Chapel Lane, Ripple)", r"""
Not all meetings are broadcast. The meetings that will be broadcast are as follows: (a) Council; (b) Cabinet; (c) Dover Joint Transportation Advisory Board; (d) General Purposes Committee; (e) Electoral Matters Committee; (f) Governance Committee; (g) Planning Committee; and (h) Overview and Scrutiny Committee.
For those meetings that are being broadcast there will be a link to view the live broadcast under the ‘Media’ heading below. Only those items not restricted on the agenda will be broadcast.
Guidance on how to watch live broadcasts of meetings.
The link to view a recording of a meeting that was broadcast can be found on the Council’s YouTube channel (@doverdc)
Venue: Council Chamber. View directions
Contact: Democratic Services Email: democraticservices@dover.gov.uk
No. | Item |
---|---|
Apologies To receive any apologies for absence. Minutes: It was noted that apologies had been received from Councillors [[name:D G Cronk]] and [[name:S Hill]]. |
|
Appointment of Substitute Members To note appointments of Substitute Members. Minutes: It was noted that, in accordance with Council Procedure Rule 4, Councillor [[name:S B Blair]] had been appointed as a substitute member for Councillor [[name:S Hill]]. |
|
Declarations of Interest PDF 55 KB To receive any declarations of interest from Members in respect of business to be transacted on the agenda. Minutes: There were no declarations of interest. |
|
To confirm the attached minutes of the meeting of the Committee held on 13 June 2024. Minutes: The minutes of the meeting held on 13 June 2024 were approved as a correct record and signed by the Chairman. |
|
Application No [[case_id:DOV/22/01320]] - Land North of Chapel Lane, Ripple PDF 173 KB Outline application for the erection of 6 no. dwellings, car park and open space (with all matters reserved except access)
To consider the attached report of the Head of Planning and Development. Additional documents: Minutes:
""")

# More tribunal and court decisions (care standards, Court of Protection, a youth sentence appeal)

doc("ukftt-hesc-2009-30-rm-v-ofsted", "tribunal_decision", "First-tier Tribunal (Health, Education and Social Care Chamber) (decision as published by BAILII)", "ftt-hesc",
    "https://beta.bailii.org/uk/cases/UKFTT/HESC/2009/30.html",
    "RM v Ofsted [2009] UKFTT 30 (HESC) (06 April 2009): cancellation of registration", r"""
First-tier Tribunal (Health Education and Social Care Chamber)
You are here:
BAILII >>
Databases >>
First-tier Tribunal (Health Education and Social Care Chamber) >>
[[name:RM]] v Ofsted [2009] UKFTT 30 (HESC) (06 April 2009)
URL: http://www.bailii.org/uk/cases/UKFTT/HESC/2009/30.html
Cite as:
[2009] UKFTT 30 (HESC)
[
New search]
[
Printable RTF version]
[
Help]
[[name:RM]] v Ofsted [2009] UKFTT 30 (HESC) (06 April 2009)
Schedule 2 cases: Childminders and Day Care Providers for children
Cancaellation of registration
In the First-Tier Tribunal (Health, Education and Social Care)
[[name:RM]] (Appellant)
-v-
OFSTED (Respondent)
[[case_id:[2008] 1357.EY]]
- Before -
[[name:Maureen Roberts]] (Nominated Tribunal Judge)
[[name:James Black]] (Specialist Member)
[[name:Michael Jobbins]] (Specialist Member)
Decision
Heard on the 24th February 2009 at Pontefract County Court Pontefract Yorkshire.
The Appellant represented herself.
The Respondent was represented by Mr. [[name:P Greatorex]] of Counsel instructed by Mr. [[name:D Brown]] of the Treasury Solicitor.
Prior to the hearing the tribunal read the bundle which set out the background to the appeal included statements from the Appellant and the Respondent's witnesses [[name:David Asher]], an Area inspector, and [[name:Diane Turner]], a Childcare inspector, for the Respondent.
- The Appellant appeals to the tribunal against the Respondent's decision dated 14th July 2008 cancelling her registration, as a day care provider.
""")

doc("ukftt-hesc-2009-232-yw-v-ofsted", "tribunal_decision", "First-tier Tribunal (Health, Education and Social Care Chamber) (decision as mirrored from BAILII)", "ftt-hesc",
    "https://469393.qwpa.asia/uk/cases/UKFTT/HESC/2009/232.html",
    "YW v Ofsted [2009] UKFTT 232 (HESC) (29 September 2009): suspension of registration", r"""
First-tier Tribunal (Health Education and Social Care Chamber)


You are here: BAILII >> Databases >> First-tier Tribunal (Health Education and Social Care Chamber) >> [[name:YW]] v Ofsted [2009] UKFTT 232 (HESC) (29 September 2009)
URL: http://www.bailii.org/uk/cases/UKFTT/HESC/2009/232.html
Cite as: [2009] UKFTT 232 (HESC)

[New search] [Printable RTF version] [Help]


    [[name:YW]] v Ofsted [2009] UKFTT 232 (HESC) (29 September 2009)
    Schedule 7: Suspension of child minders/day care registration
    Suspension of registration

    In the First-Tier Tribunal (Health, Education and Social Care)
    [[case_id:[2009] 1600.EYSUS]]
    [[name:YW]] - Appellant
    v.
    OFSTED - Respondent
    Before
    Ms. [[name:Maureen Roberts]]
    Ms [[name:Christa Wiggin]]
    Mr. [[name:John Williams]]
    Heard on the 11th September 2009 at Witney Magistrates Court, Witney, Oxfordshire.
    The Appellant appeared in person. We heard evidence from the Appellant and her husband Mr. [[name:W]].
    The Respondent was represented by Ms [[name:C-P Hoskins]] of Counsel instructed by Ms [[name:N Cohen]] of the Treasury Solicitor. For the Respondent, the tribunal heard evidence from, Ms [[name:S Will]] Senior Officer Compliance Investigation and Enforcement Team. The tribunal had a bundle of papers including the decision for the suspension the appeal, a statement from Ms [[name:Will]] and note of the Respondent's meetings with the Appellant and its internal Case Review meetings.
  1. The Appellant appeals to the tribunal against the Respondent's decision dated 21st August 2009 to suspend her registration, as a child minder for six weeks until 2nd October 2009.
  2. The background
  3. The Appellant, is a married woman in her [[age:twenties]], who is registered as a childminder. She was registered on 8 July 2008.
""")

doc("ewcst-2004-0226-ey-oakes-v-ofsted", "tribunal_decision", "Care Standards Tribunal (decision as published by BAILII)", "care-standards-tribunal",
    "https://beta.bailii.org/ew/cases/EWCST/2004/0226(EY).html",
    "Oakes v Office for Standards and Education [2003] EWCST 0226(EY) (7 April 2004)", r"""
[[name:Oakes]] v Office for Standards and Education [2003] EWCST 0226(EY) (7 April 2004)
DECISION
Mrs [[name:Christine Oakes]] (Appellant)
V
Office for Standards and Education (Respondent)
Application No: [[case_id:[2003] 0226.EY]]
BEFORE
Mr [[name:S A Hunter]] (Chairman)
Mr [[name:J Black]]
Mr [[name:J Churchill]]
On 16th and 17th March 2004.
APPEAL
The Appellant appeals under Part XA of the Children Act 1989 as inserted by Section 79M of the Care Standard Act 2000 against the decision by the Office for Standards in Education ("OFSTED") to cancel her registration as a childminder.
PRELIMINARY MATTERS
(a) The Tribunal made an Order pursuant to Regulation 18 (1) of the Protection of Children and Vulnerable Adults and Care Standards Tribunal Regulations 2002, prohibiting the publication (including by electronic means) in a written publication available to the public, or inclusion in any programme for reception in England and Wales, of any matter likely to lead members of the public to identify any child in these proceedings.
REPRESENTATION
The Appellant was represented by Mr [[name:Y Rahman]] of Counsel, instructed by Davis Wallis Foyst, and the Respondent was represented by Mr [[name:J Jackson]] of Walker Morris, solicitors.
FACTS
- The Appellant is a married woman with three children of her own aged [[age:19]],[[age:16]] and [[age:12]]. The Appellant became a registered childminder in 1994, since then she states that she has cared for approximately 23 children from approximately 14 different families, including 6 or 7 who have been under 12 months. The Appellant produced a number of testimonials supporting her as an individual, and her work as a childminder.
""")

doc("ewcop-2010-1910-rt-v-lt", "judgment", "Court of Protection (judgment of the President of the Family Division, as published by The National Archives, Find Case Law)", "court-of-protection",
    "https://caselaw.nationalarchives.gov.uk/ewcop/2010/1910",
    "RT v LT and A Local Authority [2010] EWCOP 1910 (capacity to decide residence and contact)", r"""
IN THE HIGH COURT OF JUSTICE
Royal Courts of Justice
Strand, London, WC2A 2LL
Before :
SIR [[name:NICHOLAS WALL]]
THE PRESIDENT OF THE FAMILY DIVISION
Between:
[[name:RT]] | Applicant |
- and - | |
[[name:LT]] - and - | 1st Respondent |
A LOCAL AUTHORITY | 2nd Respondent |
[[name:Kate Markus]] (instructed by SwitalskisSolicitors LLP) for the Applicant
[[name:Joseph O'Brien]] (instructed Langleys, Solicitors acting for the Official Solicitor) for the First Respondent
[[name:Roger McCarthy]] QC (instructed by LA Legal Department) for the Second Respondent
Hearing dates: 20 July 2010
Judgment
I direct that pursuant to CPR PD 39A para 6.1 no official shorthand note shall be taken of this Judgment and that copies of this version as handed down may be treated as authentic.
SIR [[name:NICHOLAS WALL]], THE PRESIDENT OF THE FAMILY DIVISION
This judgment is being handed down in private on 27 July 2010. It consists of 12 pages and has been signed and dated by the judge. The judge hereby gives leave for it to be reported.
The judgment is being distributed on the strict understanding that in any report no person other than the advocates or the solicitors instructing them (and other persons identified by name in the judgment itself) may be identified by name or location and that in particular the anonymity of the children and the adult members of their family must be strictly preserved.
Sir [[name:Nicholas Wall]] P:
Introduction
In these proceedings under the Mental Capacity Act 2005 (the Act) the preliminary question which I have to resolve is whether or nor [[name:LT]], a young woman now aged [[age:23]], lacks the capacity to make decisions; (1) about where she should live; and (2) what contact she should have with members of her family. At the conclusion of the hearing on 20 July 2010, I announced my decision, namely that in my judgment [[name:LT]] did indeed lack capacity in the respects identified. However, due to the time, the nature of the arguments addressed to me, and the importance of my decision for [[name:LT]] and her family, I reserved my reasons. These I now give.
""")

doc("ewca-crim-2011-2345-r-v-t", "judgment", "Court of Appeal (Criminal Division) (judgment as mirrored from BAILII)", "court-of-appeal-criminal",
    "https://149725.o7eteavr.asia/ew/cases/EWCA/Crim/2011/2345.html",
    "T, R. v [2011] EWCA Crim 2345 (16 September 2011): sentence appeal by a 16-year-old", r"""
England and Wales Court of Appeal (Criminal Division) Decisions


You are here: BAILII >> Databases >> England and Wales Court of Appeal (Criminal Division) Decisions >> [[name:T]], R. v [2011] EWCA Crim 2345 (16 September 2011)
URL: http://www.bailii.org/ew/cases/EWCA/Crim/2011/2345.html
Cite as: [2011] EWCA Crim 2345

[New search] [Printable RTF version] [Help]


Neutral Citation Number: [2011] EWCA Crim 2345
Case No: [[case_id:201103679 A3]]

IN THE COURT OF APPEAL
CRIMINAL DIVISION

Royal Courts of Justice
Strand
London, WC2A 2LL
16 September 2011

B e f o r e :

LORD JUSTICE [[name:PITCHFORD]]
MR JUSTICE [[name:WILKIE]]
MR JUSTICE [[name:HOLROYDE]]

____________________

R E G I N A
v
[[name:T]]

____________________

Computer Aided Transcript of the Stenograph Notes of
WordWave International Limited
A Merrill Communications Company
165 Fleet Street London EC4A 2DY
Tel No: 020 7404 1400 Fax No: 020 7831 8838
(Official Shorthand Writers to the Court)

____________________

MR [[name:D PINNELL]] appeared on behalf of the Appellant
____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

  1. MR JUSTICE [[name:HOLROYDE]]: On 26 March 2011 this appellant, who was born on [[date_of_birth:18 September 2004]], and was therefore barely [[age:16 and a half]] years old, attacked and grievously injured Mr [[name:Dean Britain]]. He was charged on count 1 on the indictment with causing grievous bodily harm with intent, contrary to section 18 of the Offences Against the Person Act 1861, and on count 2 with unlawfully inflicting grievous bodily harm, contrary to section 20 of that Act.
""")

# Community safety partnerships ------------------------------------------------------------

doc("derbyshire-safer-communities-board-2013", "board_minutes", "Derbyshire Safer Communities Board (board papers as republished by docslib.org)", "derbyshire-safer-communities",
    "https://docslib.org/doc/808283/safer-communities-board-papers",
    "Safer Communities Board, 5 June 2013: agenda, and minutes of the meeting of 27 February 2013", r"""
SAFER COMMUNITIES BOARD Wednesday 5 June 2013 9.30am – New Conference Room, Police HQ, Ripley A G E N D A Open Session 1) Apologies & Introductions Chair Presentation - Child Sexual Exploitation [[name:Nicole Frost]] 2) Minutes of Safer Communities Board meeting 27 February 2013 Chair and Matters arising 3) Performance Report C/Supt [[name:Kul Mahay]] 4) Transforming Rehabilitation [[name:Karen MacLeod]] 5) Standing Together Domestic Abuse Peer Review [[name:Sally Goodwin]] 6) Update from the Police & Crime Commissioner PCCs Office 7) Victims First Project roll out C/Supt [[name:Kul Mahay]] 8) Hate Crime Update C/Supt [[name:Kul Mahay]] 9) Integrated Offender Management Update [[name:Sally Goodwin]] 10) Any Other Business Closed Session 11) Organised Crime DCC [[name:Alan Goodwin]] 12) Domestic Violence Homicide Reviews [[name:Sally Goodwin]] • C’Field (Tapton) Review – Update re Home Office For Information Revised Terms of Reference for the Safer Communities Tasking & Advisory Group Dates of future meetings: 11 Sept 2013 – 9.30am New Conference Room, Police HQ 27 Nov 2013 - 9.30am New Conference Room, Police HQ SCB Meeting 5.6.2013 Agenda item 2 MINUTES of a meeting of the DERBYSHIRE SAFER COMMUNITIES BOARD held on 27 February 2013 at Police Headquarters, Ripley PRESENT Councillor Mrs [[name:C A Hart]] – in the Chair (Derbyshire County Council) Amber Valley Borough Council Derbyshire Fire and Rescue Councillor [[name:C Short]] [[name:A Waldie]] [[name:J Townsend]] Derbyshire Probation Bolsover District Council [[name:J Mead]] Councillor [[name:B Murray-Carr]] [[name:S Tomlinson]] (Also NEDDC) Erewash Borough Council Councillor [[name:M Wallis]] Chesterfield Borough Council [[name:N Thurstan]] Councillor [[name:S Blank]] [[name:J Tomlinson]] Office of the Police and Crime Commissioner Derbyshire Constabulary Councillor [[name:A F Charles]] [[name:D Collins]] [[name:H Boffy]] [[name:K Mahay]] Public Health Derbyshire Derbyshire County Council [[name:S Pintus]] [[name:S Goodwin]] [[name:D Lowe]] South Derbyshire District Council Councillor [[name:R J Wheeler]] Derbyshire Dales District Council Councillor [[name:L M Rose]]
""")

doc("tewkesbury-csp-update", "council_minutes", "Tewkesbury Borough Council", "tewkesbury",
    "http://minutes.tewkesbury.gov.uk/mgAi.aspx?ID=21074",
    "Agenda item: Community Safety Partnership Update", r"""
Agenda item

Community Safety Partnership Update

To receive an update on the Community Safety Partnership.

Minutes:

74.1           The report of the Head of Community Services, circulated at Page No. 24-35, provided an update on community safety in Gloucestershire and the proposed local arrangements.  Members were asked to consider the update.

74.2           Members were reminded that local Community Safety Partnerships, made up of representatives from responsible authorities, i.e. local authorities, police, fire, probation and health, had been suspended pending the outcome of a countywide review.  The review had concluded that, whilst the responsibility for dealing with community safety sat with second tier authorities, it would be beneficial to have a countywide view of the work being undertaken.  Safer Gloucestershire had been developed to provide co-ordination and focus on community safety issues at a county level and would sit aside the six district Community Safety Partnerships that retained responsibility for community safety at a district level.  Its development had been supported by Leadership Gloucestershire and the Police and Crime Commissioner and its Terms of Reference were attached at Appendix 1 to the report.  The Deputy Chief Executive and Head of Community Services had been involved with drawing up the framework along with representatives from the other local authorities in Gloucestershire.  The Head of Community Services indicated that it had been a very good piece of work which had also presented an opportunity to look at how Domestic Homicide Reviews were carried out in the borough.  Domestic Homicide Reviews were statutory and must be independently chaired; as a number of meetings tended to be held to investigate the incident, they could be very resource intensive.
""")


if __name__ == "__main__":
    main()
