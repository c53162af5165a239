"""Build benchmarks/data/uk_real8_dev.json and benchmarks/data/uk_real8_holdout.json: an EIGHTH set
of excerpts of REAL published UK public-sector text with gold personal-data spans, from bodies
and page addresses not used by make_uk_real_documents.py, make_uk_real_documents_2.py to
make_uk_real_documents_7.py or make_court_judgments.py.

    .venv/bin/python benchmarks/data/make_uk_real_documents_8.py

What is in it (an ordinary mix of "real published UK council papers", several naming one person
or none, to measure false positives): full council minutes (Plymouth, with a glued
"CouncillorMrs ..." declarations table and a deceased alderman; Sefton, naming only its contact;
Doncaster members' questions to the elected Mayor), a cabinet (West Suffolk, with a named
officer's mailbox), a health and wellbeing board and a scrutiny item with Ofsted inspectors
named (Gloucestershire), two audit committees (Stevenage: the internal audit provider's
officer; Oxfordshire: a correction to the attendance list, "Community Operations (KS)"), a joint
community safety partnership scrutiny committee (Blaby and Hinckley & Bosworth: an
officer list, "Councillors Aslam, Jackson, ..."), a Scottish council working group (Scottish
Borders: a named clerk's telephone and mailbox), a planning committee agenda with no names but
its contact (North Somerset), two Northern Ireland agendas (Ards and North Down, one signatory;
Causeway Coast and Glens, nobody); parish and community councils (Halford twice, Bourton-on-the-
Hill with dotted initials "A.Vigrass" and house names as planning sites, Orlingbury, Kirkcolm
with members of the public in a " , "-separated list, Menmuir with "Mr J. Adamson"-style
lists); a licensing hearing report (Hambleton: a pub and its postcode, the portfolio holder);
a CQC key inspection report (the lead inspector only); an ICO decision notice and a council FOI
page (no personal data); three Local Government and Social Care Ombudsman decisions ("Mrs X",
"Mr G", "Mrs G", "Mr H", complaint numbers); and ten court and tribunal documents: First-tier
Tribunal (General Regulatory Chamber) information-rights decisions (appellants, panel members,
tribunal and ICO references), a first-instance Employment Tribunal reserved judgment (Cardiff,
flattened), three Employment Appeal Tribunal judgments (judges and lay members in capitals,
counsel, an appeal number; one case title naming the appellant), two Court of Appeal (Criminal
Division) judgments (a case number, a Crown Court indictment number "T2014 7625", co-
conspirators named), a Family Court care judgment (Newcastle: "S (Children)", "A, aged 10, and
B who is 7") and a High Court (Family Division) private law judgment (the child "A", counsel and
accredited journalists).

Each excerpt was copied verbatim (line breaks, runs of spaces, table pipes, glued cells and other
extraction artefacts kept; spaces at line ends trimmed, so a line holding only a space is empty)
from the text the project's search tool returned for a public page; `source` records the page
address and the document's own heading. No page address of sets 1-7 or of the court set is reused
(checked against every `url` in benchmarks/data/uk_real*_*.json and court_*.json). Bodies are new
except these national bodies and courts, whose earlier excerpts were other documents: the Local
Government and Social Care Ombudsman (complaints about other councils), the First-tier Tribunal
(General Regulatory Chamber), the Employment Appeal Tribunal, the Court of Appeal (Criminal
Division), the Care Quality Commission and the Information Commissioner's Office. The search tool
returned no youth justice management board and no HMI Probation or Ofsted inspection letter of a
body not used before, and no youth court judgment not used before. Excerpts start at the first
useful line after a site's navigation and are cut at a line or sentence end; only
`[[label:value]]` markers (benchmarks/data/markers.py) were added. Annotated from the text
alone, without running the detector or the benchmark.

Labelling rules: those of make_uk_real_documents.py and make_uk_real_documents_3.py to
make_uk_real_documents_7.py (titles such as Cllr, Cllr., Councillor, Alderman, Mrs, Dr, PC,
Inspector, Chief Superintendent, HHJ, LORD JUSTICE, MRS JUSTICE, TRIBUNAL JUDGE, TRIBUNAL
MEMBER, Employment Judge and honours such as QC and CBE outside spans; "P" (President) after a
judge's name is a title; a possessive "'s" outside; initials, surnames alone, first names alone,
dotted initials ("A.Vigrass", "J. Adamson") and the letters judgments and ombudsmen use for
people are `name`; a deceased person is `name`). Choices made for this set:
- a title glued to a name ("CouncillorMrs Foster") and text glued after one ("Mr Justice
  Jacobsand", "Margot Nicol(Returning Officer)") stay outside the span; "Robert and Brenda
  Fincham" is two spans, "Robert" and "Brenda Fincham";
- house names given as the subject of a parish council's planning comments ("no further action
  on Hillcrest", "the vehicle application relating to High Beeches") and a private house used as
  a landmark ("the post outside Porch House") are `address`; a field ("Henry's Meadow"), a lane,
  a pub and its postcode (a licensed business), a care home's address, council venues, courts
  and transcription companies with their telephone numbers are not spans;
- the family letter in "IN THE MATTER OF: S (CHILDREN)" and the child "A" listed as a respondent
  are `name`; "A FATHER" / "A MOTHER" (the article, with role words) are not; a child's age is
  `age` ("[[age:10]]", "who is [[age:7]]");
- role abbreviations in an EAT summary ("C", "R1", "R2": claimant and respondents) are not spans,
  while the same people's names in the heading are; a doctrine named after a case ("Polkey
  deduction", "Meek compliant") is not a span, but a party named in a case title is;
- the First-tier Tribunal's case references (EA/2022/0245), ICO decision-notice references
  (IC-82675-K0J4), an EAT appeal number and case number, Court of Appeal and Crown Court
  indictment numbers, family and High Court case numbers, an Employment Tribunal case number
  and ombudsman complaint numbers are `case_id`; neutral citations, minute numbers and the
  Ombudsman's own FOI reference ("FOI FDN-275088") are not;
- a named officer's contact line is `phone` / `email` ("Jenny Wilkinson, Clerk to Council  Tel:
  01835 825004 Email: ..."); accredited journalists and members of the public named in minutes
  are `name`.

Split (decided before any excerpt was scored, the rule of sets 3 to 7): each excerpt has a
`group` (the body; bodies that share people are one group; a court or tribunal is one group),
and a group goes to uk_real8_holdout.json when int(sha256(group), 16) % 3 == 0, otherwise to
uk_real8_dev.json. The rule looks only at the group's name. Tune only on uk_real8_dev.json;
uk_real8_holdout.json is for measuring. Result: development 22 excerpts (18 groups, 38,337
characters, 181 spans), held out 14 excerpts (12 groups, 24,540 characters, 130 spans). The
hash sent 12 of the 30 groups (40%) to the hold-out, more than the expected third; no group
name was changed to move an excerpt.
"""

from __future__ import annotations

from pathlib import Path

# The third set's excerpt record, split and writer: the same format, limits and hash split.
from make_uk_real_documents_3 import excerpt, write_sets

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real8_dev.json"
OUT_HOLDOUT = HERE / "uk_real8_holdout.json"

DOCS: list[dict] = []


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    excerpt(DOCS, id_, genre, body, group, url, title, marked)


def main() -> None:
    write_sets(DOCS, OUT_DEV, OUT_HOLDOUT)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Full council, cabinet and board minutes ------------------------------------------------

doc("gloucestershire-hwb-2020-01", "board_minutes", "Gloucestershire County Council (Gloucestershire Health & Wellbeing Board)", "gloucestershire-cc",
    "https://glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=653&MId=9387&Ver=4",
    "Gloucestershire Health & Wellbeing Board - Tuesday 21 January 2020 10.00 am: agenda and minutes", r"""
Agenda and minutes

Gloucestershire Health & Wellbeing Board - Tuesday 21 January 2020 10.00 am

Venue: Cabinet Suite - Shire Hall, Gloucester. View directions

No. Item


Tribute to Cllr [[name:Roger Wilson]]


The Vice Chair led the Board in a tribute to Cllr [[name:Roger Wilson]] who had chaired the Health and Wellbeing Board from 13 July 2017 until his death on Sunday 8 December 2019. Members of the Board held a minute silence to reflect on their personal memories of [[name:Roger]].


Declarations of interest

Please see note (a) at the end of the agenda.


No declarations of interest were received.



Minutes of the previous meeting pdf icon PDF 84 KB


No public questions were received.



Public Questions

To answer any written questions about matters which are within the powers and duties of the Board.


The closing date/time for receipt of written questions is 10.00am on 14 January 2020. Please send questions to the Chief Executive marked for the attention of [[name:Andrea Clarke]] (email:



No public questions were received.


Members' Questions

To answer any written members’ questions about matters which are within the powers and duties of the Board. The closing date/time for the receipt of questions is 10.00am on  14 January 2020. Please send questions to the Chief Executive marked for the attention of [[name:Andrea Clarke]] (email:



No members’ questions were received.


Health and Wellbeing Board Membership pdf icon PDF 122 KB

To bring the Board up to date with progress on the changes discussed at the meeting on 23 July 2019.


6.1       The Vice Chair informed the Board that the Primary Care Network representative would be Dr [[name:Hein le Roux]]. Primary Care Networks were evolving and once more established the representative on the Board could be reconsidered.


6.2       The Board agreed to note the changes in membership; and that the changes be submitted to the county council’s Constitution Committee in order to update the council Constitution.
""")

doc("plymouth-council-2011-03", "council_minutes", "Plymouth City Council", "plymouth-cc",
    "https://democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=276&MeetingId=4116",
    "City Council: agenda and minutes (meeting of March 2011)", r"""
Agenda and minutes

Venue: COUNCIL HOUSE, PLYMOUTH (next to the Civic Centre)

Contact: [[name:Nicola Kirby]], Senior Democratic Support Officer (Cabinet)  Email: [[email:nicola.kirby@plymouth.gov.uk]]

Items
No. Item

110.

DECLARATIONS OF INTEREST

Councillors will be asked to make declarations of interest in respect of items on this agenda.

Minutes:

In accordance with the Code of Conduct, the following declarations of interest were made in relation to items at this meeting –



Name

Item

Interest

Reason

CouncillorMrs [[name:Foster]]

Minute 124 - Motion on Notice No 20 (10/11): Withdrawal of Bus Services



Personal and prejudicial

Family involved

Councillor [[name:Martin Leaves]]

Minute 124 - Motion on Notice No 20 (10/11): Withdrawal of Bus Services



Personal and prejudicial

Works as a taxi driver

Councillor [[name:Sam Leaves]]

Minute 124 - Motion on Notice No 20 (10/11): Withdrawal of Bus Services



Personal and prejudicial

Husband is a taxi driver

Councillor [[name:Vincent]]

Minute 124 - Motion on Notice No 20 (10/11): Withdrawal of Bus Services



Personal and prejudicial

Employed as a bus driver



The Lord Mayor advised Councillors [[name:Lowry]] and [[name:Smith]] that there was no need to make declarations as employees of Babcock in relation to minute 125 (Motion on Notice No 21: Final Disposal of Waste: Alternative Treatment).

111.

MINUTES pdf icon PDF 190 KB

To approve and sign as a correct record the minutes of the meeting held on 28 February 2011.

Minutes:

Agreed that the minutes of the meeting held on 28 February 2011, are confirmed as a correct record.

ANNOUNCEMENTS

112.

The Late Alderman Mrs [[name:Carol Brimblecombe]]

(a)       To receive announcements from the Lord Mayor or the Chief Executive;



(b)       To receive announcements from the Leader, Cabinet Members or Committee Chairs.

Minutes:

The Lord Mayor reported the death of Alderman Mrs [[name:Carol Anne Brimblecombe]] on 16 March 2011.
""")

doc("sefton-council-2021-11", "council_minutes", "Sefton Council", "sefton-council",
    "https://modgov.sefton.gov.uk/ieListDocuments.aspx?MId=10394",
    "Council, Thursday 18th November, 2021 6.30 pm: agenda and draft minutes", r"""
Agenda and draft minutes

Council
Thursday 18th November, 2021 6.30 pm

Venue: Aintree Racecourse

Contact: [[name:Ruth Harrison]]  Democratic Services Manager

Items
No. Item

62.

Welcome

Minutes:

The Mayor welcomed Members, Officers and Members of the Public to the Council Meeting at Aintree Racecourse and reported that many Councillors had expressed concerns after the last Full Council meeting about their own personal safety and so after taking some advice the Mayor reported that she had concluded that it was not safe for 66 Councillors and 9 Officers to meet in the Council Chamber. The Mayor reported that it was clear that Covid rates were not reducing in Sefton and at the time of the last Council meeting rates were around 300per 100k population whereas now they were over 400 and the 7 day case rate was around 850 people testing positive whereas now they were at 1,140. The Mayor added that with Schools returning after half term we had seen an increase and in addition to that and on a regular basis the Council were  seeing circa 25 staff testing positive for Covid despite having two vaccinations. When Full Council met in September local hospitals were not experiencing the same pressures as they were today and were now at their highest admission rates since March 2021.



The Mayor reported that the Director of Public Health had stated that there were more colds, respiratory viruses and flu in circulation and that she had consulted with the Chief Executive of the Council and that they had both agreed that the safest action was to meet at Aintree racecourse with significantly more distancing available and less risks.
""")

doc("doncaster-council-questions", "council_minutes", "City of Doncaster Council", "doncaster-council",
    "http://doncaster.moderngov.co.uk/mgAi.aspx?ID=3520",
    "Questions by Elected Members in accordance with Council Procedure Rules 15.2 and 15.3", r"""
Agenda item

Questions by Elected Members in accordance with Council Procedure Rules 15.2 and 15.3:-

None received for this meeting.

Minutes:



A.     Questions on Notice



No questions on Notice from Elected Members, had been received for this meeting.



B.     Questions Without Notice



In accordance with Council Procedure Rule 15.2, the Chair accepted the following questions from Elected Members during Question Time:-



A.     Questions to [[name:Ros Jones]], Mayor of Doncaster



Q. Councillor [[name:Kevin Rodgers]] asked the Mayor of Doncaster, [[name:Ros Jones]]:-



“Thank you Mayor [[name:Jones]] for the update you gave us on Devolution earlier on in the Council agenda.  Why do you think the Sheffield Chamber have so totally misrepresented what Doncaster and Barnsley Councils have stated regarding the West Yorkshire Combined Authority Yorkshire proposals and have not correctly put forward what the proposal is?”



A.  “Thank you, for your question Councillor [[name:Rodgers]].



I am second guessing and it’s wrong to second guess because you are assuming what’s in someone’s head.  However, I want to reiterate; we shared everything that was going forward in respect of Devolution, with all Councillors, with our MPs, with our Chamber of Commerce.  When I read what the Chief Executive of Sheffield Chamber of Commerce said, it was quite obvious he had not read the documentation, to actually come out and say one overall LEP and Combined Authority is wrong.  No, what the proposal put forward by West Yorkshire Combined Authority, and which needs to be worked up, is that we maintain our Devolution deal along with other deals, and its one overarching Mayor.  So perhaps, he hadn’t got time before he was asked to comment, I don’t know, but if you are going to comment on something, make sure that you have read the actual thing that is being proposed.  I find it deplorable that people do not read documentation.
""")

doc("west-suffolk-cabinet-2020-11", "council_minutes", "West Suffolk Council", "west-suffolk-council",
    "https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=521&MId=4668",
    "Cabinet - Tuesday 10 November 2020 6.00 pm: agenda, decisions and minutes", r"""
Agenda, decisions and minutes

Cabinet - Tuesday 10 November 2020 6.00 pm

Venue: Virtual Meeting via MS TeamsLive Meeting Platform

Contact: [[name:Sharon Turner]]: Democratic Services Officer  Email: [[email:sharon.turner@westsuffolk.gov.uk]]

Media

Items
No. Item

177.

Welcome and meeting facilitation

Minutes:

The Chair formally opened the meeting and welcomed all persons present, including those that were viewing the meeting externally via the live broadcast.



[[name:Leah Mickleborough]], Service Manager (Democratic Services), was acting as facilitator for the meeting where support was felt necessary and upon being invited to do so, assisted the Chair in detailing the housekeeping matters and guidance as to how the meeting would operate within the virtual setting.

178.

Apologies for absence

Minutes:

No apologies for absence were received.



179.

Minutes pdf icon PDF 164 KB

To confirm the minutes of the meetings held on 22 September 2020 and 6 October 2020 (copies attached).

Additional documents:

Minutes:

The minutes of the meetings held on 22 September 2020 and 6 October 2020 were confirmed as a correct record.

180.

Declarations of interest

Members are reminded of their responsibility to declare any pecuniary or local non pecuniary interest which they have in any item of business on the agenda, no later than when that item is reached and, when appropriate, to leave the meeting prior to discussion and voting on the item.

Minutes:

Members’ declarations of interest were recorded under the item to which the declaration related.

181.

Open forum

At each Cabinet meeting, up to 15 minutes shall be allocated for questions or statements from and discussion with, non-Cabinet members. As this meeting is being held virtually, members wishing to speak during this session must notify Democratic Services by 9am on the day of the meeting that they wish to attend. Who speaks and for how long will be at the complete discretion of the person presiding.
""")

# Parish councils ---------------------------------------------------------------------

doc("halford-pc-2012-11", "parish_council_minutes", "Halford Parish Council", "halford-pc",
    "https://www.halfordparishcouncil.co.uk/items.aspx?type=minutes&id=231",
    "Council Minutes - November 2012", r"""
Council Minutes - November 2012



Meeting held on 7th November 2012 at the Halford Bridge Inn at 7.30 p.m.
Meeting closed 8.30 p.m.

Cllrs [[name:Black]] (Chair) [[name:Gale]], [[name:Machin]] and [[name:Rickards]]
District and County Cllr [[name:Izzi Seccombe]]
Clerk: [[name:Karen Parnell]]
No members of the public were present

1. Apologies
Cllr [[name:Redhead]]

2. Declaration of Interests Councillors are asked to declare personal interests in any items on the agenda. Councillors are reminded that the code of conduct that took effect from 5th September 2012 provides that should they have a prejudicial interest in any matter under discussion, they should withdraw from the room and not seek to influence a decision about the matter.

3. Approval of minutes of meeting held on the 3rd October 2012
Minutes having been circulated were confirmed as an accurate record of the meeting held in October 2012 and were duly signed by the Chairman.

4. Democratic 15 minutes
No members of the public were present.

5. Matters arising and new matters

A) To consider changing to bi-monthly parish council meetings
The council unanimously resolved to meet every other month henceforth
Next meeting on 2nd January 2013

B) Overgrown footpath and gate
The owner of the gate on Henry's Meadow affecting the Shakespeare Way footpath has agreed to carry out repairs as this is their responsibility.

WCC have acknowledged works to tidy the Shakespeare Way footpath are their responsibility and will tidy the area in due course.

C) Future maintenance of Millennium Garden
The garden is looking fine at this time but the PC will continue to monitor the situation.

D) Grass Cutting
This subject will be returned to in the spring. Volunteers from the village will be sought to assist, notably in the area of The Leys.

E) Car parking on the edge of the grass leading on to the leys
No further action.
""")

doc("halford-pc-assembly-2014", "parish_council_minutes", "Halford Parish Council", "halford-pc",
    "https://www.halfordparishcouncil.co.uk/items.aspx?type=minutes&id=255",
    "Council Minutes - Draft Parish Assembly 2014", r"""
Council Minutes - Draft Parish Assembly 2014


Minutes of the Annual Parish Assembly of Halford Parish Council
Held on the 14th of May 2014 at 7.00 pm at The Village Hall, Halford

Cllrs [[name:Paul Bannister]] and [[name:Nick Gale]]
Cllr [[name:Colin Black]] (Chair)
[[name:Karen Parnell]]

In attendance:
4 members of the public
Apologies: Cllr [[name:Ivor Machin]], [[name:Maggie Bannister]] and [[name:Robert]] and [[name:Brenda Fincham]]

A presentation on the role of Village Archivist
Cllr [[name:Bannister]] read out notes prepared by his wife [[name:Maggie]]:
We need to establish what we want to archive, why and where?
[[name:Maggie]] has joined Community Archives for advice and information.
Sources of materials need to be identified including residents.
Helpers for the project are sought. Not least as some records are in Latin.
There is much information in Warwickshire and Worcestershire Archives which will be further investigated. Shakespeare Birthplace Trust has notes.
Census and Parish Records 1841 - 2011 can be obtained.
It was noted historically there have been 16 variations in the spelling of Halford.

1) Minutes of the Annual Parish Assembly on 24th April 2013
Were read out and duly signed off by the Chairman to be a true record.

2) Matters arising therefrom

3) Chairman's report on the work of the Parish Council during the last twelve months
The Chairman read out the report, which contained a detailed account of many of the Council?s activities. This is published in full on the website.
A copy will also be held with the minutes.

4) Village Reports

5) Statement of Accounts of the Parish Council
[[name:Karen]] had produced the end of year accounts for 2013/14, which she summarised; a copy was sent to all Councillors and was available to the public present. The year end balance is 16647 representing a surplus of 2555.
Any questions relating to the finance were answered.

6) District Councillor's Report and 7) County Councillor's Report
Councillor [[name:Izzi Seccombe]] was not present.
""")

doc("bourton-on-the-hill-pc-2021-12", "parish_council_minutes", "Bourton-on-the-Hill Parish Council", "bourton-on-the-hill-pc",
    "https://bourtononthehill.org.uk/documents/minutes-6th-december-2021/",
    "Minutes of the Parish Council Meeting held on Monday 6th December 2021", r"""
Minutes 6th December 2021

Minutes Uploaded on October 5, 2023

Minutes of the Parish Council Meeting held on
Monday 6th December 2021 at 7.15 p.m. in the Old School
1) Chairman
The Chairman welcomed Councillors and members of the public
2) Present:
In the Chair [[name:A.Vigrass]], [[name:L.Bowden]],[[name:T.Dixon]],[[name:A.Hay]] and [[name:K.O’Donoghue]] (clerk).
3) Apologies
[[name:T.Martin]], [[name:M.Norton]],[[name:A.Stanley]]
4) Declarations of Interest
5) Minutes of the previous meetings held on 28th September
The minutes were approved and signed by the chairman.
6) Matters Arising
 6.1 Photos had been published in The Bugle
 6.2 The slat in the bench had been repaired.
7) County & District Councillors’ Reports
 None
8) Parish Councillors Reports
 8.1 Millennium Wood is in a poor state – [[name:TD]] & [[name:AV]] to inspect
 8.2 Resolved – that the PC is in favour of a 20mph speed limit in the village.
 8.3 Parking is an issue. Resolved – to contact The Old School to agree a joint approach & letter to
residents – [[name:AV]] to action
10) Village Map/Notice Board
 Resolved – to defer the decision on progressing the village map board.
11) Planning
 11.1 Agreed – to take no further action on [[address:Hillcrest]]
 11.2 Agreed – to take no further action on the vehicle application relating to [[address:High Beeches]].
12) Meeting Dates
 Agreed – Feb 28th, June 13th, Sept 5th, Dec 12th, April 11th, at 7.15pm.
13) Community Speed Watch Report
 Numerous examples of illegal driving were reported together with disappointing police support.
Agreed – that CSW should write to the Police Commissioner and a photo record of incidents
14) Clerks Report
 14.1 Thanks were expressed to the previous Clerk for ensuring a smooth transfer of responsibilities
 14.2 Highways had raised an order to replace the post outside [[address:Porch House]]
 14.3 There was a CDC proposal to charge PCs for contested elections
""")

doc("orlingbury-pc-2012-12", "parish_council_minutes", "Orlingbury Parish Council", "orlingbury-pc",
    "http://orlingbury.blogspot.com/2012/12/parish-council-minutes-6th-december_14.html",
    "Parish Council Minutes 6th December 2012", r"""
Friday, December 14, 2012

Parish Council Minutes 6th December 2012

Minutes of the Meeting held in the village hall
on Thursday 6th December 2012 at 7.30p.m.

131. Present:
Councillors [[name:B Rootham]] (Chairman), [[name:P Allen]], [[name:A Campbell]], [[name:N Reynolds]],
[[name:C Turnell]], and [[name:A McLaven]] (Clerk).

132. Apologies
132.1 Councillor [[name:Cole]] sent his apologies which were accepted.

133. Public Question Time
133.1 There were no members of the public in attendance.

134. Declarations of Interest
134.1 There were no declarations other than already registered

135. Minutes of 1st November 2012
135.1 Councillor [[name:Allen]] proposed and Councillor [[name:Turnell]] seconded all in favour of being signed as a true and correct record.
135.2 The revised minutes of 4th October were also signed after min 125.2 was changed to the lectern sheet has been satisfactorily amended by the producers.

136. Action Log/ Matters Arising
136.1 122.5 There was discussion of the newsletter, only councillors phone numbers to be put in the newsletter, all calls should go through the Clerk.
136.2 Councillor [[name:Rootham]] had not received a draft copy of the newsletter and it was agreed that he would be sent a copy to look through before it was signed off.
136.3 126.6 Councillor [[name:Allen]] had taken away the information about the capital grant but it was felt too late to deal with the paperwork which was very detailed and involved. Many other parishes felt the same and were also not able to put in bids. Clerk to write to the Chief executive and complain about the lack of time to make bids, at least 2 or 3 months’ notice to be able to deal with the paperwork copies to be sent to Councillor [[name:Timms]] and Councillor [[name:Bailey]].
""")

# Ombudsman decisions -----------------------------------------------------------------

doc("lgsco-south-holland-20-006-486", "ombudsman_decision", "Local Government and Social Care Ombudsman (complaint about South Holland District Council)", "lgsco-south-holland",
    "https://www.lgo.org.uk/decisions/benefits-and-tax/covid-19/20-006-486",
    "South Holland District Council (20 006 486)", r"""
South Holland District Council ([[case_id:20 006 486]])

Category : Benefits and tax > COVID-19

Decision : Upheld

Decision date : 15 Jul 2021

The Ombudsman's final decision:

Summary: Mrs [[name:X]] complains about the Council’s decision to stop setting up market stalls for traders and its decision making on discretionary grants, causing her financial loss. We find the Council at fault as it did not have due regard to its public sector equality duty and it did not allow Mrs [[name:X]] a right of review. We recommend the Council provide an apology, explanation, payment and review its decision on Mrs [[name:X]]’s grant. We also recommend the Council revisit its decision making on stalls and take action to prevent recurrence of identified faults.

The complaint

  1. Mrs [[name:X]] complains:
    • the Council stopped providing market stalls for traders, without consultation. As a result she cannot return to work at the market.
    • the Council refused her a discretionary grant. She considers its policy is contrary to Government guidance and the policies of other councils. Further, that the Council decided requests inconsistently. She has suffered financially and had to sell her van.

Back to top

The Ombudsman’s role and powers

  1. We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word fault to refer to these. We must also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as ‘injustice’. If there has been fault which has caused an injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)
  2. We cannot question whether a council’s decision is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the decision was reached. (Local Government Act 1974, section 34(3), as amended)
""")

doc("lgsco-malvern-hills-18-009-593", "ombudsman_decision", "Local Government and Social Care Ombudsman (complaint about Malvern Hills District Council)", "lgsco-malvern-hills",
    "https://www.lgo.org.uk/decisions/adult-care-services/disabled-facilities-grants/18-009-593",
    "Malvern Hills District Council (18 009 593)", r"""
Malvern Hills District Council ([[case_id:18 009 593]])

Category : Adult care services > Disabled facilities grants

Decision : Upheld

Decision date : 14 Oct 2019

The Ombudsman's final decision:

Summary: Mr [[name:G]] complains about disabled facilities grant works undertaken on his home in 2014/5. We find fault by the Council in not knowing of Mr [[name:G]]’s complaint until 2018, when it should have known sooner. This caused injustice to Mr [[name:G]] in time and trouble spent using the wrong complaint procedure. The Council has agreed action we consider will provide for a fair remedy to the complaint, explained at the end of this statement.

The complaint

  1. I have called the complainant ‘Mr [[name:G]]’. He complains on his own behalf and that of his wife and adult son, who I will call ‘Mrs [[name:G]]’ and ‘Mr [[name:H]]’. Mr [[name:G]]’s complaint concerns work undertaken to the family home in 2015 under a Disabled Facilities Grant (DFG). Mr [[name:G]] says:
  • The scope of grant works approved under the DFG were inadequate.
  • Work undertaken by contractors was of a poor standard and did not comply with Building Regulations.
  • The work approved and undertaken does not meet the needs of Mrs [[name:G]] or Mr [[name:H]].
  1. Mr [[name:G]] says this results in Mrs [[name:G]] and Mr [[name:H]] having a property which does not meet their needs and still needs significant adaptations to do so.

Back to top

What I have investigated

  1. I have partially considered Mr [[name:G]]’s complaint. I cannot consider all Mr [[name:G]]’s complaints about quality of works for reasons explained at the end of this statement. Nor can I consider the actions of the Occupational Therapy service, relevant to the events covered by this complaint, for reasons explained at the end of this statement.
""")

doc("lgsco-south-tyneside-planning", "ombudsman_decision", "Local Government and Social Care Ombudsman (complaint about South Tyneside Council, as republished by inquirytracker.uk)", "lgsco-south-tyneside",
    "https://www.inquirytracker.uk/sources/lgo/decisions/lgo-22-010-772-south-tyneside-metropolitan-borough-council/",
    "LGO 22 010 772, South Tyneside Metropolitan Borough Council (page slug; the returned text starts at \"The complaint\")", r"""
The complaint
The complainant, who I shall call Mr [[name:X]], complains about how the Council dealt with his neighbour’s planning application for an extension. He says; the proposed plans were contrary to the Council’s policies and supplemental planning guidance the Planning Officer’s report contained errors about the size and extent of the proposal; and the Planning Committee ignored his speech, but it had been briefed by Officers and visited the site beforehand.
Mr [[name:X]] says the extension overshadows his home and has created a terracing effect.
The Ombudsman’s role and powers
The Ombudsman investigates complaints about ‘maladministration’ and ‘service failure,’ which we call ‘fault’. We must also consider whether any fault has had an adverse impact on the person making the complaint, which we call ‘injustice.’ We provide a free service but must use public money carefully. We do not start or may decide not to continue with an investigation if we decide there is not enough evidence of fault to justify investigating. (Local Government Act 1974, section 24A(6))
How I considered this complaint
I considered: information provided by Mr [[name:X]] and the Council information available on the Council’s website; and the Ombudsman’s Assessment Code.
My assessment
When a local authority receives a planning application it must look at the development plan and material planning considerations to decide if the proposal is acceptable. Material considerations relate to the use and development of the land in the public interest and includes matters such as the impact on neighbouring properties and the relevant planning policies. It is for the decision maker to decide the weight to be given to any material considerations in determining a planning application.
The Ombudsman does not act as an appeal body for planning decisions. Instead, we consider if there was any fault with how the decision was made.
""")

# Tribunal decisions and court judgments ------------------------------------------------

doc("ftt-grc-coombs-2024", "tribunal_decision", "First-tier Tribunal (General Regulatory Chamber) (decision as published by BAILII)", "ftt-grc",
    "https://beta.bailii.org/uk/cases/UKFTT/GRC/2024/712.html",
    "[2024] UKFTT 712 (GRC): Coombs v The Information Commissioner and The Lincolnshire Consortium of Grammar Schools", r"""
NCN [2024] UKFTT 712 (GRC).
Case Reference: [[case_id:EA/2022/0245]]
First-tier Tribunal
General Regulatory Chamber
Information Rights
Heard by CVP Remote Hearing
Heard on: 15 February 2024
Decision given on: 26 July 2024
Before
TRIBUNAL JUDGE [[name:JACQUELINE FINDLAY]]
TRIBUNAL MEMBER DR [[name:PHEBE MANN]]
TRIBUNAL MEMBER [[name:MIRIAM SCOTT]]
Between
[[name:JAMES COOMBS]]
Appellant
and
THE INFORMATION COMMISSIONER
First Respondent
THE LINCOLNSHIRE CONSORTIUM OF GRAMMAR SCHOOLS
Second Respondent
Representation:
The Appellant: Mr [[name:Coombs]]
For the First Respondent: Not represented
For the Second Respondent: Not represented
Decision: The appeal is Allowed.
The Decision Notice ("the DN") with reference [[case_id:IC-82675-K0J4]] is not in accordance with the law. The Lincolnshire Consortium of Grammar Schools ("the Consortium") is not entitled to rely on s.43(2) (disclosure would be likely to prejudice the commercial interests of any person) of the Freedom of Information Act 2000 ("FOIA").
S.40(2) FOIA is not engaged.
Substituted Decision Notice
In response to the Request dated 30 October 2020 from [[name:James Coombs]], the Consortium to disclose the following information:
The anonymised data for tests taken in 2019 for entry to the grammar schools in the Consortium in September 2020. For each candidate who sat the test the following information to be disclosed:
· Week of birth (the date of birth data to be aggregated to the nearest week)
· Verbal reasoning raw score
· Verbal reasoning standardised
· Non-verbal reasoning raw score
· Non-verbal reasoning standardised
· Total age weighted score
Disclosure of entitlement to pupil premium funding is not required. Mr [[name:Coombs]] accepts that this information is not held by the Consortium and this is not in issue between the parties.
""")

doc("ftt-grc-wheatley-2022", "tribunal_decision", "First-tier Tribunal (General Regulatory Chamber) (decision as published by The National Archives, Find Case Law)", "ftt-grc",
    "https://caselaw.nationalarchives.gov.uk/ukftt/grc/2022/533",
    "Nicholas Wheatley v The Information Commissioner & Anor [2022] UKFTT 533 (GRC)", r"""
[[name:Nicholas Wheatley]] v The Information Commissioner & Anor

[2022] UKFTT 533 (GRC)

NCN: [2022] UKFTT 00533 (GRC) Appeal Number: [[case_id:EA/2021/0087]]

First-Tier Tribunal
(General Regulatory Chamber)

Information Rights

Between:

[[name:Nicholas Wheatley]]

Appellant:

And

The Information Commissioner

First Respondent:

And

Parliamentary and Health Service Ombudsman

Second Respondent:

Date and type of Hearing: 1 November 2021; - 17 January, and 10 February 2022.

Panel: [[name:Brian Kennedy]] QC, [[name:Marion Saunders]] and [[name:Suzanne Cosgrave]]..

Representation:

For the Appellant: [[name:Nicholas Wheatley]] as a Litigant in person.

For the Respondent: [[name:Nicholas Martin]], Solicitor.

For the Second Respondent: PHSO.

Decision: The Tribunal dismisses the appeal.

REASONS

Introduction:

[1]

This decision relates to an appeal brought under section 57 of the Freedom of Information Act 2000 (“the FOIA”). The appeal is against the decision of theInformation Commissioner (“the Commissioner”) contained in a Decision Notice (“DN”) dated 1 March 2021 (reference [[case_id:IC-45092-TBX4]]), which is a matter of public record.

Factual Background to this Appeal:

[2]

Full details of the background to this appeal, the complainant’s request for information and the Commissioner’s decision are set out in the DN. The appeal concerns a request for information about the Parliamentary and Health Service Ombudsman (“PHSO”) and any documentation mentioning the term ‘functus officio’. In response, the Commissioner held that the PHSO is entitled to refuse to disclose the requested information in accordance with one or more of the exemptions cited; sections 40(2), 42(1) and 44(1)(a) of the FOIA.

[3]

The information withheld concerns documentation including inter alia emails, notes, etc for the period 1 August 2016 to 1 February 2018, that were not previously produced for FOI FDN-275088.
""")

doc("eat-george-v-brent-2014", "judgment", "Employment Appeal Tribunal (judgment as published by BAILII)", "eat",
    "https://beta.bailii.org/uk/cases/UKEAT/2014/0507_13_2705.html",
    "George v London Borough of Brent, UKEAT/0507/13 (27 May 2014)", r"""
EMPLOYMENT APPEAL TRIBUNAL
FLEETBANK HOUSE, 2-6 SALISBURY SQUARE, LONDON EC4Y 8AE
At the Tribunal
Before
HIS HONOUR JUDGE [[name:DAVID RICHARDSON]]
(SITTING ALONE)
LONDON BOROUGH OF BRENT RESPONDENT
Transcript of Proceedings
JUDGMENT
APPEARANCES
(The Appellant in person) |
|
(of Counsel) Instructed by: Mr [[name:A R Potts]] London Borough of Brent Legal Services Town Hall Annex Forty Lane Wembley Middlesex HA9 9HD
|
SUMMARY
UNFAIR DISMISSAL – Reasonableness of dismissal
It was part of the Claimant’s case that she was entitled, by virtue of the Respondent’s Redeployment Policy and Procedure, to a trial period in a job which she was offered in the course of a redundancy exercise. The ET found that she was not entitled to a trial period, but its reasoning was not Meek compliant. Issue remitted to the same Employment Tribunal for reconsideration.
HIS HONOUR JUDGE [[name:DAVID RICHARDSON]]
1. This is an appeal by Miss [[name:Linda George]] (“the Claimant”) against a Judgment of the Employment Tribunal sitting in Watford (Employment Judge [[name:Liddington]] presiding) dated 3 January 2013. By its Judgment the Employment Tribunal dismissed claims of unfair dismissal and race discrimination which she had brought against the London Borough of Brent, (“the Respondent”).
2. The appeal was originally brought on wide-ranging grounds. However, at a hearing under rule 3(10) of the Employment Appeal Tribunal Rules 1993 [[name:Langstaff]] P permitted only two grounds set out in an Amended Notice of Appeal to proceed to a Full Hearing. Both grounds relate to the refusal of the Respondent to allow the Claimant a trial period in a post which it offered her in the course of a redundancy exercise.
The background facts
3. The Claimant was employed by the Respondent with effect from 5 June 2003 as a library manager. Originally there were 12 libraries and six library managers, each responsible for two libraries.
""")

doc("eat-united-grand-lodge-v-daley-2007", "judgment", "Employment Appeal Tribunal (judgment as published by BAILII)", "eat",
    "https://beta.bailii.org/uk/cases/UKEAT/2007/0229_07_2811.html",
    "United Grand Lodge of England v Daley [2007] UKEAT 0229_07_2811 (28 November 2007)", r"""
Appeal No. [[case_id:UKEAT/0229/07]] |
EMPLOYMENT APPEAL TRIBUNAL
58 VICTORIA EMBANKMENT, LONDON EC4Y 0DS
|
At the Tribunal |
|
On 24 August 2007 |
|
Judgment delivered on 28 November 2007 |
Before
HIS HONOUR JUDGE [[name:PUGSLEY]]
MR [[name:D CHADWICK]]
MS [[name:G MILLS]] CBE
UNITED GRAND LODGE OF ENGLAND |
APPELLANT |
|
MR [[name:R DALEY]] |
RESPONDENT |
Transcript of Proceedings
JUDGMENT
© Copyright 2007
APPEARANCES
For the Appellant |
Mr [[name:P Michell]] (of Counsel) Instructed by: Messrs Sherrards Solicitors 45 Grosvenor Road St Albans Hertfordshire AL1 3AW |
For the Respondent |
Miss [[name:N Ling]] (of Counsel) Instructed by: Messrs O.H. Parsons & Partners 3rd Floor Sovereign House 212-224 Shaftesbury Avenue London WC2H 8PR |
SUMMARY
Unfair dismissal – Contributory fault / Polkey deduction
The Claimant was found to be unfairly dismissed. The Tribunal found that the employer had not acted reasonably under section 98(4) and made no Polkey and/or contribution deduction. The EAT found the Employment Tribunal did not deal adequately with Polkey and/or contributory fault issues.
HIS HONOUR JUDGE [[name:PUGSLEY]]
- This is an appeal by the employer from the decision of the London (Central) Employment Tribunal promulgated on 6 March 2007. The Tribunal found that the Claimant had been unfairly dismissed and they awarded him a figure of £435 as a basic award and a compensatory award of £22,092.50.
""")

doc("eat-moghaddam-v-oxford-2024", "judgment", "Employment Appeal Tribunal (judgment as mirrored from BAILII)", "eat",
    "https://284350.2xuld1c9j.asia/uk/cases/UKEAT/2024/156.html",
    "Moghaddam v Chancellor, Masters and Scholars of the University of Oxford & Ors (UNFAIR DISMISSAL & WHISTLEBLOWING) [2024] EAT 156 (30 September 2024)", r"""
United Kingdom Employment Appeal Tribunal |
||
You are here: BAILII >> Databases >> United Kingdom Employment Appeal Tribunal >> [[name:Moghaddam]] v Chancellor, Masters and Scholars of the University of Oxford & Ors (UNFAIR DISMISSAL & WHISTLEBLOWING) [2024] EAT 156 (30 September 2024) URL: http://www.bailii.org/uk/cases/UKEAT/2024/156.html Cite as: [2024] EAT 156 |
[New search] [Printable PDF version] [Help]
Neutral Citation Number: [2024] EAT 156
Case No: [[case_id:EA-2022-001133-JOJ]]
EMPLOYMENT APPEAL TRIBUNAL
Rolls Building
Fetter Lane, London, EC4A 1NL
Date: 30 September 2024
Before:
HIS HONOUR JUDGE [[name:SHANKS]]
- - - - - - - - - - - - - - - - - - - - -
Between:
DR [[name:A MOGHADDAM]]
Appellant
- and –
(1) CHANCELLOR, MASTERS AND SCHOLARS OF THE UNIVERSITY OF OXFORD
(2) PROFESSOR [[name:Q SATTENTAU]]
(3) PROFESSOR [[name:M FREEMAN]]
Respondents
- - - - - - - - - - - - - - - - - - - - -
[[name:JESSE CROZIER]] (instructed by Lawrence & Co Solicitors LLP) for the Appellant
[[name:JENNIFER DANVERS]] (instructed by Eversheds Sutherland (International) LLP)
for the Respondents
Hearing date: 11 July 2024
- - - - - - - - - - - - - - - - - - - - -
JUDGMENT
SUMMARY
UNFAIR DISMISSAL & WHISTLEBLOWING
C was employed by the R1 as a senior post-doctoral research scientist in R2's lab on a series of fixed-term contracts the last of which was extended from 1/4/16 to 31/3/19. His employment was dependent on funding from various grants.
""")

doc("ewca-crim-sadler-2002", "judgment", "Court of Appeal (Criminal Division) (judgment as published by BAILII)", "ewca-crim",
    "http://www.bailii.org/cgi-bin/markup.cgi?doc=ew/cases/EWCA/Crim/2002/1722.html&query=%221977%20QB%20224%22%20or%20%221976%203%20All%20ER%20549%22%20or%20%2263%20Cr%20App%20R%20132%22%20or%20%221976%203%20WLR%20445%22&method=boolean",
    "Sadler, R. v [2002] EWCA Crim 1722 (20 June 2002)", r"""
Neutral Citation Number: [2002] EWCA Crim 1722
Case No: [[case_id:2001/2529/Z1]]

IN THE COURT OF APPEAL
CRIMINAL DIVISION

Royal Courts of Justice
The Strand
London WC2
20th June 2002

B e f o r e :

LORD JUSTICE [[name:KEENE]]
MR JUSTICE [[name:DAVIS]]
and
THE RECORDER OF CARDIFF
(HIS HONOUR JUDGE [[name:GRIFFITH WILLIAMS]] QC)
(Sitting as a Judge of the CACD)

____________________

R E G I N A
- v -
[[name:CLAYTON SADLER]]

____________________

Computer Aided Transcript of the Stenograph Notes of
Smith Bernal Reporting Limited
190 Fleet Street, London EC4A 2AG
Tel No: 020 7421 4040 Fax No: 020 7831 8838
(Official Shorthand Writers to the Court)

____________________

MISS [[name:A PINTO]] appeared on behalf of the Appellant
MISS [[name:A ARORA]] appeared on behalf of the Crown

____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

  1. LORD JUSTICE [[name:KEENE]]: On 4th April 2001 at the St. Albans Crown Court before Miss Recorder [[name:Roscoe]], the appellant was convicted of wounding with intent to do grievous bodily harm and was later sentenced to three years and ten months' imprisonment. He now appeals against conviction by leave of the single judge. That leave was granted on limited grounds and was refused in so far as the grounds concerned the summing-up to the jury. However, the application for leave on those latter grounds has been renewed before us today.
  2. The charge against the appellant arose out of an incident at a nightclub in Watford in the early hours of 30th January 2000.
""")

doc("ewca-crim-reynolds-2019", "judgment", "Court of Appeal (Criminal Division) (judgment as published by The National Archives, Find Case Law)", "ewca-crim",
    "https://caselaw.nationalarchives.gov.uk/ewca/crim/2019/2145",
    "Nicholas Reynolds v Regina [2019] EWCA Crim 2145", r"""
ON APPEAL FROM THE CROWN COURT AT SOUTHWARK
HIS HONOUR JUDGE [[name:BEDDOE]]
[[case_id:T2014 7625]]
Royal Courts of JusticeStrand, London, WC2A 2LL
Before:
Lord Justice [[name:Simon]]
Mr Justice [[name:Jacobs]]and
Her Honour Judge [[name:Munro]] QC
(sitting as a judge of the Court of Appeal, Criminal Division)
Between:
[[name:Nicholas Reynolds]] Appellant
and
Regina Respondent
Mr [[name:David Spens]] QC and Mr [[name:Philp Evans]] QC (instructed by Corker Binning) for the Appellant Mr [[name:Martin Evans]] QC and Ms [[name:Janet Weeks]] (instructed by Serious Fraud Office) for the Respondent
Hearing dates: 21 and 22 November 2019
Approved Judgment
Lord Justice [[name:Simon]]:
Introduction
On 19 December 2018 in the Crown Court at Southwark the appellant was convicted of a single charge of conspiracy to corrupt, contrary to s.1 of the Criminal Law Act 1977. He appeals against the conviction with the leave of the Single Judge.
The conviction was at a retrial before HHJ [[name:Beddoe]] and a jury, following an earlier trial at which a jury were unable to agree.
On 21 December, the appellant was sentenced to a term of 54 months’ imprisonment.
The particular of the offence charged were that the appellant had, between 4 January 2002 and 31 March 2011, conspired with [[name:Johannes Venskus]], [[name:Anders Wikström]] and others to give, or agree to make, corrupt payments and or other consideration to officials or other agents of AB Lietuvos Electriné and/or public officials and other agents of the Government of Lithuania as inducements or rewards for showing favour to companies within the Alstom Power group of companies in relation to the award of performance of contracts in Lithuania.
The two named co-conspirators had pleaded guilty to the charge before the retrial: [[name:Venskus]] before the first jury were sworn and [[name:Wikström]] before the retrial.
""")

doc("ewfc-newcastle-re-s-2016", "judgment", "Family Court sitting at Newcastle-upon-Tyne (judgment as mirrored from BAILII)", "family-court-newcastle",
    "https://242575.15huv.group/ew/cases/EWFC/OJ/2017/B20.html",
    "S (Children), Re [2017] EWFC B20 (15 December 2016)", r"""
This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.

Case No: [[case_id:NE15C00403]]

IN THE FAMILY COURT
SITTING AT NEWCASTLE-UPON-TYNE

IN THE MATTER OF THE CHILDREN ACT 1989
AND THE ADOPTION AND CHILDREN ACT 2002
AND IN THE MATTER OF: [[name:S]] (CHILDREN)

The Law Courts
The Quayside
Newcastle-Upon-Tyne
NE1 3LA

15th December 2016

B e f o r e :

HER HONOUR JUDGE [[name:HUDSON]]
____________________

Re: [[name:S]] (Children)

____________________

Transcribed from the Official Tape Recording by
Apple Transcription Limited
Suite 204, Kingfisher Business Centre, Burnley Road, Rawtenstall, Lancashire BB4 8ES
DX: 26258 Rawtenstall – Telephone: 0845 604 5642 – Fax: 01706 870838

____________________

Counsel for the Local Authority: Ms [[name:Rachel Smith]]
Counsel for the Mother: Mr [[name:Stephen Duffy]]
Counsel for the Father: Mr [[name:David Rowlands]]
Solicitor for the Children/Guardian: Mr [[name:Steve Gwenlan]]
Hearing date: 5th – 7th and 15th December 2016

____________________

HTML VERSION OF JUDGMENT
____________________

Crown Copyright ©

    JUDGMENT

    HER HONOUR JUDGE [[name:HUDSON]]:

    Introduction

  1. I give this judgment at the conclusion of proceedings concerning [[name:A]], aged [[age:10]], and [[name:B]] who is [[age:7]].
""")

doc("ewhc-fam-father-v-mother-2023", "judgment", "High Court (Family Division) (judgment as published by The National Archives, Find Case Law)", "ewhc-fam",
    "https://caselaw.nationalarchives.gov.uk/ewhc/fam/2023/3068",
    "A Father v A Mother & Anor [2023] EWHC 3068 (Fam)", r"""
A Father v A Mother & Anor

[2023] EWHC 3068 (Fam)

Neutral Citation Number: [2023] EWHC 3068 (Fam)
Case No: [[case_id:BM20P08036]]
IN THE HIGH COURT OF JUSTICE
FAMILY DIVISION

Royal Courts of Justice

Strand, London, WC2A 2LL

Date: 30/11/2023

Before :

MRS JUSTICE [[name:JUDD]]

Between :

A FATHER

Applicant

- and -

A MOTHER

-and-

[[name:A]]

(a minor, by her Guardian)

1st Respondent

2nd Respondent

[[name:Sarah Blackmore]] and [[name:Gemma Carr]] (acting pro bono through Advocate together with [[name:Julie Taylor]] of Meum Law) for the Applicant father

The 1st Respondent mother appeared in person

[[name:Carolyn Jones]] (instructed by McGuinness Legal) for the 2nd Respondent

[[name:Suzanne Martin]]

[[name:Simon Israel]]

[[name:Hannah Summers]]

(accredited journalists)

all appeared in person

The hearing was conducted by Microsoft Teams

Hearing date: 6th November 2023

Approved Judgment

This judgment was handed down remotely at 10.30am on 30th November 2023 by circulation to the parties or their representatives by e-mail.

.............................

MRS JUSTICE [[name:JUDD]]

Mrs Justice [[name:Judd]] :

1.

This is an application by three members of the press, namely [[name:Simon Israel]], [[name:Hannah Summers]] and [[name:Suzanne Martin]] for permission to report details of these private law proceedings. The parties in the proceedings broadly agree there should be reporting although there is some difference between them as to the precise details and levels of anonymisation.

The background

2.

This has been a very long running case indeed, and I will attempt to summarise it as best I can from the documents in the bundle. The parties were married but separated only a few months after the child, [[name:A]], was born. In order to protect her identity I have not revealed her age. There has been litigation about her for most of her life.
""")

# Community safety, community councils and committees -----------------------------------

doc("blaby-hinckley-joint-csp-scrutiny-2017-01", "council_minutes", "Blaby District Council and Hinckley & Bosworth Borough Council (Joint Community Safety Partnership Overview & Scrutiny Committee)", "blaby-hinckley-bosworth",
    "https://democracy.blaby.gov.uk/ieListDocuments.aspx?CId=811&MID=3690",
    "Joint Community Safety Partnership Overview & Scrutiny Committee, 17 January 2017 at 6.30 pm", r"""
Venue: Hinckley & Bosworth Borough Council Offices
No. | Item | ||||||||
---|---|---|---|---|---|---|---|---|---|
Minutes: HINCKLEY AND BOSWORTH BOROUGH COUNCIL
Joint Community Safety Partnership Overview & Scrutiny Committee
17 January 2017 AT 6.30 pm
Also in attendance: Councillor [[name:Lee Breckon]], Joint Chair of the Blaby & Hinckley and Bosworth Community Safety Partnership; Inspector [[name:Dan Eveleigh]].
Officers in attendance: Blaby District Council: [[name:James Edmondston]], [[name:Rebecca Holcroft]], [[name:Linda McBean]], and [[name:Sarah Pennelli]] Hinckley & Bosworth Borough Council: [[name:Rachel Burgess]], [[name:Rebecca Owen]] and [[name:Sharon Stacey]]
1 Welcome and introductions
The Chairman welcomed everyone to the first meeting of the Joint Community Safety Partnership Overview & Scrutiny Committee, and all attendees introduced themselves.
2 Apologies and substitutions
Apologies for absence were submitted on behalf of Councillors [[name:Aslam]], [[name:Jackson]], [[name:Maxwell]], [[name:Moseley]] and [[name:Richardson]] from Blaby District Council and Councillors [[name:Bill]], [[name:Bray]], [[name:Crooks]] and [[name:Richards]] from Hinckley & Bosworth Borough Council, with the substitution of Councillor [[name:Cartwright]] for Councillor [[name:Bill]].
3 Declarations of interest
No interests were declared at this stage.
4 Blaby and Hinckley & Bosworth Community Safety Partnership update
Members were presented with a report which provided the background to the merger of the community safety partnerships, the structure of the partnership and information on performance, priorities, the action plan, challenges and successes.
""")

doc("kirkcolm-cc-2009-10", "parish_council_minutes", "Kirkcolm Community Council", "kirkcolm-cc",
    "http://kirkcolm.org/14-october-2009",
    "Kirkcolm Community Council, 14 October 2009 (page title; the minutes have no heading of their own)", r"""
Apologies ; [[name:John Dougan]] , [[name:Ian Morral]]
In Attendance ; [[name:Margot Nicol]](Returning Officer) , [[name:Scott Baillie]] , [[name:Matt Halliday]] , [[name:Ian Thompsett]] , [[name:Carrie White]] , PC [[name:Kevin Wylie]] , [[name:Willie Scobie]] , [[name:Ian Dick]] , [[name:Elly Baker]] , [[name:Jennifer Miller]] , [[name:Fiona Halliday]] , [[name:Andrew Nicol]] , [[name:Ros Surtees]] , [[name:Margaret Baillie]] , [[name:Eleanor Bishop]] , [[name:Mary Milroy]] , [[name:Angus Carrick-Buchanan]] , [[name:Janet McLeod]] .
The returning officer opens the meeting and welcomes the elected councillors [[name:Scott Baillie]] , [[name:Matt Halliday]] , [[name:Carrie White]] , [[name:Jennifer Miller]] , [[name:Ros Surtees]] , [[name:Mary Milroy]] and [[name:Elly Baker]] . Database forms are issued to each councillor to be filled out .
[[name:Matt Halliday]] proposes [[name:Scott Baillie]] as Chairman and [[name:Jennifer Miller]] seconds .
[[name:Matt Halliday]] proposes [[name:Jennifer Miller]] as Vice Chair and [[name:Ros Surtees]] seconds.
[[name:Carrie White]] proposes [[name:Matt Halliday]] as Secretary and [[name:Mary Milroy]] seconds.
[[name:Ros Surtees]] proposes [[name:Carrie White]] as Treasurer and [[name:Matt Halliday]] seconds.
Voting members are [[name:Ros Surtees]] , [[name:Mary Milroy]] and [[name:Elly Baker]].
The next meeting is set for Thursday 29th July in the public hall .
An advert is to be placed in the notice board for 2 non voting members under the age of 18 to brought onto the council.This will be further discussed at the next meeting.
The issues of appointing an examiner of accounts , any changes to the constitution and insurance are to be considered at future meetings .
PC [[name:Wylie]] informed the council that the ice cream van is close to being removed in accordance with the terms of the Regional Council’s lease.
Complaints have been made of “boy racers” speeding past Wig Bay between 1 and 3 am on Friday and Saturday mornings . There has been an increase in traffic patrols to rectify the matter.[[name:Janet McLeod]] complained of late night off-roading in Fisher’s Lane . PC [[name:Wylie]] said that he would investigate.
A report of torches being seen at the bowling club in the early hours of Tuesday 6th October was made but nothing was found upon investigation.
""")

doc("menmuir-cc-2001-06", "parish_council_minutes", "Menmuir Community Council", "menmuir-cc",
    "http://menmuir.org.uk/CC/ccjun01.htm",
    "Provisional Minutes of Meeting held on Monday 11th June, 2001 at Menmuir Hall", r"""
Provisional Minutes of Meeting held on Monday 11th June, 2001 at Menmuir Hall

Careston - Mr [[name:J. Adamson]]
Stracathro - Mr [[name:H. Campbell Adamson]]
Edzell - Mr [[name:C. Simpson]], Mr [[name:I. Rae]]
Glenesk - Mr [[name:G. Lowden]], Mrs [[name:N. Bertram]], Mr [[name:F. Skene]]
Menmuir - Mr [[name:C. Williamson]], Mr [[name:M. Johnston]], Mrs [[name:I. Miller]], Mr [[name:I. Morrison]]
Brechin Landward - Mr [[name:P. Yates]], Mr [[name:C. Gow]]
In attendance - Mr [[name:D. Murray]], Cllr. [[name:R. Leslie-Melville]], Cllr. [[name:R. Myles]], Chief Superintendent [[name:C. Murray]] (Tayside Police), Brechin Advertiser, Ms [[name:Z. Wood]] (Courier and Advertiser), Mr [[name:I. Cowie]] and 8 members of the public
Apologies - Mrs [[name:E. Hickson]], Mr [[name:A. de Costa]], Mr [[name:R. Cooke]], Dr [[name:B. Fernandez]], Mrs [[name:M. McIntosh]].

1. Minutes of previous meeting and matters arising
Approval of the minutes of the previous meeting as a true and accurate record was proposed by Mr [[name:M. Johnston]] and seconded by Mrs [[name:I. Miller]]. This was approved as such.  Action
2. Treasurer’s Report
Mr [[name:Simpson]] reported the bank balance on 31st May 2001 stood at £401.29.
3. Police Matters
The Chairman introduced Chief Superintendent [[name:C. Murray]] of Tayside Police who is the Divisional Commander for this area and is based in Forfar.
Chief Superintendent [[name:Murray]] explained he was attending a meeting of each Community Council within his Divisional area to give a briefing on what the police are doing within the immediate community area and the rest of the Division.
Firstly he confirmed that he had decided to make the police presence in the landward area (based at Edzell) a permanent one. This news was much appreciated by the attending community councillors as it is felt that the problems with vandalism etc have been very considerably reduced since the police presence in the area was re-established, in the present format, a few weeks ago.
""")

doc("scottish-borders-cc-scheme-working-group-2021", "council_minutes", "Scottish Borders Council", "scottish-borders-council",
    "https://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=463&MId=6037",
    "Scottish Borders Council: agenda and draft minutes (working group on the Community Council Scheme)", r"""
Scottish Borders Council

Agenda and draft minutes

Venue: via MS Teams

Contact: [[name:Jenny Wilkinson]], Clerk to Council  Tel: [[phone:01835 825004]] Email:  [[email:jjwilkinson@scotborders.gov.uk]]

Link: link to live stream

Items
No. Item

1.

Welcome

Minutes:

The Chairman welcomed everyone to the meeting and explained how the meeting would be conducted both through Teams and via the livestream.  He introduced Ms [[name:Morgan Harris]], SBC Trainee Solicitor, who had joined the meeting as an observer.

2.

Order of Business

Minutes:

The Chairman changed the order of business, and took the item on the Timeline for Consultation before consideration of the proposed amendments to the Community Council Scheme.

3.

Minute pdf icon PDF 219 KB

Consider Minute of Meeting held on 27 May 2021.  (Attached)

Minutes:

Copies of the Minute of the meeting of the Working Group held on 27 May 2021 had been circulated.



DECISION

APPROVED the Minute.

4.

Responses from Community Councils on Informal Consultation pdf icon PDF 5 KB

Consider responses attached from:

(a)          Abbey St Bathans, Bonkyl & Preston CC

(b)          Ancrum CC

(c)           Clovenfords CC

(d)          Duns CC

(e)          Eyemouth CC

(f)            Jed Valley CC

(g)          Reston & Auchencrow CC

(h)          Skirling CC



Additional documents:

Minutes:

With reference to paragraph 4 of the Minute of 27 May 2021, copies of responses to the informal questionnaire had been received from the following Community Councils had been received and circulated:  Abbey St Bathans, Bonkyl & Preston; Ancrum; Clovenfords; Duns; Eyemouth; Jed Valley; Reston & Auchencrow; and Skirling.



DECISION

NOTED the responses.
""")

doc("north-somerset-planning-agenda-2022-05", "council_agenda", "North Somerset Council", "north-somerset-council",
    "https://n-somerset.moderngov.co.uk/ieListDocuments.aspx?MId=985",
    "Planning and Regulatory Committee - Wednesday, 18th May, 2022 2.30 pm: agenda", r"""
Agenda

Planning and Regulatory Committee - Wednesday, 18th May, 2022 2.30 pm

Venue: New Council Chamber - Town Hall. View directions

Contact: [[name:Michele Chesterman]]

Items
No. Item

1.

Election of Vice Chairman for the Municipal Year 2022/23 (Agenda item 1)

2.

Public speaking at planning committees (Standing Order 17 & 17A) (Agenda Item 2)

To receive and hear any person who wishes to address the Committee. The Chairman will select the order of the matters to be heard. Each speaker will be limited to a period of five minutes for public participation on non-planning matters (up to a maximum of 30 minutes) and three minutes for the applicant/supporters and three minutes for objectors on a planning application (up to a maximum of 30 minutes).



If there is more than one person wishing to object to an application, the Chairman will invite those persons to agree a spokesperson among themselves. In default of agreement the Chairman may select one person to speak.



Requests to speak must be submitted in writing to the Assistant Director Legal and Governance and Monitoring Officer, or to the officer mentioned at the top of this agenda letter, by noon on the day before the meeting and the request must detail the subject matter of the address.





3.

Apologies for absence and notification of substitutes (Agenda item 3)

4.

Declaration of Disclosable Pecuniary Interest (Standing Order 37) (Agenda Item 4)

A Member must declare any disclosable pecuniary interest where it relates to any matter being considered at the meeting. A declaration of a disclosable pecuniary interest should indicate the interest and the agenda item to which it relates. A Member is not permitted to participate in this agenda item by law and should immediately leave the meeting before the start of any debate.
""")

# Licensing, inspection and FOI material ----------------------------------------------

doc("hambleton-licensing-horsebreakers-2020", "licensing_report", "Hambleton District Council (report as republished by docslib.org)", "hambleton-dc",
    "https://docslib.org/doc/9506617/horsebreakers-arms-hutton-sessay-yo7-3ba",
    "Application for the Grant of a Premises Licence Horsebreakers Arms, Hutton, YO7 3BA (report to the Licensing and Appeals Hearings Panel, 9 December 2020)", r"""
Hambleton District Council

Report To: Licensing and Appeals Hearings Panel

From: Director of Law and Governance (Monitoring Officer)

Date: 9 December 2020

Subject: Application for the Grant of a Premises Licence Horsebreakers Arms, Hutton , YO7 3BA

Portfolio Holder: Governance Councillor Mrs [[name:I Sanderson]]

Wards Affected: Sowerby & Topcliffe Ward

1.0 Summary

1.1 This report asks the Panel to consider an application for the grant of a premises licence in respect of Horsebreakers Arms, Hutton Sessay.

2.0 Procedure

2.1 The procedure for licensing hearings is attached as an Annex to the Agenda.

3.0 Application for the Grant of a Premises Licence

3.1 On 15 October 2020, Council formally received an application for the grant of a new premises licence in respect of Horsebreakers Arms, Hutton Sessay. A copy of the application is attached at Annex A.

3.2 A proposed plan of the premises is attached at Annex B.

3.3 In addition to the statutory responsible authorities, the application was forwarded to Sessay & Hutton Sessay Parish Council and the District Councillors for Sowerby & Topcliffe Ward.

3.4 Applicants are required to publish a notice in a local newspaper and to display a brief summary of the application on an A4 size notice in a prominent position immediately on or outside the premises for at least 28 consecutive days. A record of the application was also published on the Council’s website and the full application was made available for inspection at the Council offices.

3.5 The application seeks to authorise:

The sale of alcohol • from 11am to 11pm Sunday to Thursday; • from 11am to Midnight on Friday, Saturday and on public holidays; and • from 11am to 2am on New Year’s Eve.
""")

doc("cqc-the-rectory-taunton-2009", "inspection_report", "Care Quality Commission (key inspection report as republished by bestcarehome.co.uk)", "cqc",
    "http://www.bestcarehome.co.uk/inspections/view/the-rectory-27-aug-2009",
    "Key inspection report, Care homes for older people: The Rectory, Taunton (27 August 2009)", r"""
Key inspection report
Care homes for older people
Name: Address: The Rectory 2 Trinity Road Taunton Somerset TA1 3JH The quality rating for this care home is:
three star excellent service A quality rating is our assessment of how well a care home is meeting the needs of the people who use it. We give a quality rating following a full review of the service. We call this full review a ‘key’ inspection. Lead inspector: [[name:Alison Philpott]]
Date: 2 7 0 8 2 0 0 9 This is a review of quality of outcomes that people experience in this care home. We believe high quality care should • • • • • Be safe Have the right outcomes, including clinical outcomes Be a good experience for the people that use it Help prevent illness, and promote healthy, independent living Be available to those who need it when they need it. The first part of the review gives the overall quality rating for the care home: • • • • 3 2 1 0 stars - excellent stars - good star - adequate star - poor There is also a bar chart that gives a quick way of seeing the quality of care that the home provides under key areas that matter to people. There is a summary of what we think this service does well, what they have improved on and, where it applies, what they need to do better. We use the national minimum standards to describe the outcomes that people should experience. National minimum standards are written by the Department of Health for each type of care service. After the summary there is more detail about our findings.
""")

doc("ico-decision-notice-mps-speed-camera-2015", "foi_decision", "Information Commissioner's Office (decision notice as republished by lawsdocbox.com)", "ico",
    "http://lawsdocbox.com/Legal_Issues/81249804-Freedom-of-information-act-2000-foia-decision-notice.html",
    "Freedom of Information Act 2000 (FOIA) Decision notice, 28 January 2015 (Commissioner of the Metropolitan Police Service)", r"""
1 Freedom of Information Act 2000 (FOIA) Decision notice Date: 28 January 2015 Public Authority: Address: Commissioner of the Metropolitan Police Service New Scotland Yard Broadway London SW1H 0BG Decision (including any steps ordered) 1. The complainant requested information in connection with a FPN (Fixed Penalty Notice) which he was issued for speeding. The Metropolitan Police Service (the MPS ) disclosed some information, advised that some was not held and would neither confirm nor deny holding further information by virtue of sections 40(5)(personal information) and 30(3)(investigations and proceedings). During the Commissioner s investigation it amended its position, adding reliance on sections 14(1), 30(1) and 40(2). The Commissioner s decision is that the MPS stated correctly that some information is not held. He also finds that, where claimed, sections 40(2) & (5) and 30(1) were properly cited and also that section 14(1) (vexatious requests) is engaged in respect of residual information not captured by these exemptions. The Commissioner does not require the MPS to take any steps. Background 2. The request concerns an LTI 20/20 Ultralyte 100 speed camera. These are supplied to the MPS, and most other police forces in the UK, by Tele- 1

2 Traffic UK. Details about this model can be found online in Tele-Traffic UK s manual 1. The manual explains that this model is: a hand-held LASER speed detection and ranging device. It measures and displays the speed of a moving vehicle and the range at which the speed was measured. 3. The Commissioner understands that this particular model does not record any video footage nor does it take any photographs. It is purely a mechanism for recording speeds.
""")

doc("torbay-foi-page", "council_web_page", "Torbay Council", "torbay-council",
    "https://torbay.gov.uk/council/information-and-data/foi",
    "Freedom of Information (Torbay Council web page)", r"""
Any one can request to see recorded information held by the Council. You do not have to state why you want the information, although you will need to describe the information you require in enough detail to enable us to determine whether the information you have requested is held.
You might find what you are looking for in our disclosure log if someone has asked for it in the past or it might be published under our publication scheme.
To ask for information under the Freedom of Information Act 2000 you will need to:
- Ask us in writing
- Tell us your name
- Tell us your address so we can to write to you
- Describe the information you want (giving as much detail as possible)
See our Information Rights Policy for more information.
What happens next
We will write and tell you we have received your request. We may also ask you for more details to help us find the information you are interested in.
We will write to you within 20 working days telling you whether or not we hold that information (this is known as the 'duty to confirm or deny') and if it exists, to let you have the information unless an exemption applies.
If you are not happy with our response or how we dealt with your request, you can ask the Information Commissioner’s Office (ICO) to investigate. They also give advice on raising a concern with an organisation.
A request for information can only be refused if:
- It falls under one of the exemptions contained in the Act
- Where the information is not actually held
- The cost of providing the information exceeds £450
There are 23 exemptions under the Act. The ICO provide more information on When can we refuse a request for information Opens in a new window .
Where an exemption applies, we will tell you which one we have used, unless this would reveal the content of the information.
""")

# Northern Ireland councils and a first-instance employment tribunal ----------------------

doc("ards-north-down-council-agenda-2016-05", "council_agenda", "Ards and North Down Borough Council (agenda as republished by docslib.org)", "ards-north-down-bc",
    "https://docslib.org/download/7322374/download-agenda-for-may-meeting",
    "Ards and North Down Borough Council: meeting of 25 May 2016, agenda", r"""
ARDS AND NORTH DOWN BOROUGH COUNCIL 18 May 2016 Dear Sir/Madam You are hereby invited to attend a meeting of the Ards and North Down Borough Council which will be held in the Council Chamber, Town Hall, The Castle, Bangor on Wednesday, 25 May 2016 commencing at 7.00pm. Please note that the Council photograph will be taken at 6.45pm, weather permitting. Yours faithfully [[name:Stephen Reid]] Chief Executive Ards and North Down Borough Council A G E N D A 1. Prayer 2. Apologies 3. Declarations of Interest 4. Mayor’s Business 5. Mayor and Deputy Mayor Engagements for the Month (To be tabled) 6. Minutes of Meeting of 27 April 2016 (Copy attached) 7. Minutes of Committees (Copies attached) 7.1. Planning Committee dated 3 May 2016 7.2. Environment Committee dated 4 May 2016 7.3. Corporate Services Committee dated 10 May 2016 7.3.1. Matters Arising – Elected Member Development Charter – Official Declaration of Commitment and Minutes of Meeting of Elected Member Steering (Copy attached) 7.4. Community and Wellbeing Committee dated 11 May 2016 7.5. Regeneration and Development Committee dated 12 May 2016 8. Requests for Deputation 8.1. Transport NI – Annual Report for 2015/16 (Correspondence attached) 8.2. Donaghadee Sports Hub Committee – Update (Correspondence attached) 9. Request for Delegated Powers 9.1. Proposed Amendments to the NILGOSC Funding Strategy Statement (Report attached) 10. Consultation Document 10.1. Department of the Environment – Ecclesiastical Exemption – Comments to be submitted no later than 13 June 2016 (Copy attached) 11. Conferences, Invitations etc. 11.1. AgendaNI – Infrastructure Investment Conference 2016 Wednesday 22 June 2016, Baby Grand, Belfast (Copy information attached) 11.2. Planning for Climate Change Conference London and Limerick 2016 (Copy information attached) 11.3. NILGA – Local Government Annual Conference & Exhibition 5&6 October 2016 Hastings Everglades Hotel, Londonderry (Copy information and report attached)
""")

doc("causeway-coast-glens-shadow-council-2015-03", "council_agenda", "Causeway Coast and Glens Borough Council (Shadow Council)", "causeway-coast-glens-bc",
    "https://www.causewaycoastandglens.gov.uk/council/minutes/26th-march-2015-annual-meeting",
    "Shadow Council, Thursday 26 Mar 2015 8:30 PM (annual meeting): agenda", r"""
Shadow Council

Date: Thursday, 26 Mar 2015 Time: 8:30 PM


1.  Apologies
2.  Declarations of Interest
3.  Nominations to Positions of Responsibility (report attached)
4.  Nominations to Committees (report attached)
5.  Election of Aldermen (pending Borough Status)
     Regulation 4 of The Local Government (Transitional, Incidental, Consequential and Supplemental Provisions) Regulations
     (Northern Ireland) 2014 deals with the designation of aldermen and it outlines the following:
     1) The ordinary election of aldermen shall be held at the annual meeting of the council.
     2) The number of aldermen shall be such number as the council may determine but shall not exceed one quarter of the whole
         number of the councillors.
     3) If the number of councillors nominated as a candidate for the position of alderman does not exceed the number determined
         by the council and the council so agrees, those nominated councillors may be deemed to be elected to the position of
     4) If the above does not apply, an alderman shall be elected by the Council from among the Members.
     5) The ordinary election of aldermen shall be held in every fourth year, being an election year.
     6) A councillor shall be a candidate for election as an alderman if–
         i. he is nominated as a candidate by one other councillor as proposer and another as seconder; and
        ii. he assents to the nomination
     7) Any nomination may be made, and any assent may be given, either in the course of the meeting or by a document signed by
         the councillor or councillors in question and delivered to the clerk of the council before the beginning of the meeting.
""")

doc("et-cardiff-rogers-v-brook-street-2019", "judgment", "Employment Tribunals (England and Wales), Cardiff (judgment as republished by fdocuments.us)", "employment-tribunals-ew",
    "https://fdocuments.us/document/employment-tribunals-listing-to-reach-a-decision-and-therefore-judgment-was.html",
    "Reserved judgment, Case Number 1600579/2017 (Rogers v Brook Street Agency Limited), Employment Tribunals, Cardiff", r"""
EMPLOYMENT TRIBUNALS...listing to reach a decision and therefore judgment was reserved. The Tribunal...

36
Case Number: [[case_id:1600579/2017]] EMPLOYMENT TRIBUNALS Claimant: Mrs [[name:N Rogers]] Respondent: Brook Street Agency Limited Heard at: Cardiff On: 19, 20 and 21 August 2019 Before: Employment Judge [[name:Harfield]] Members Ms [[name:WE Morgan]] Mrs [[name:M Humphries]] Representation: Claimant: In person Respondent: Ms [[name:Jennings]] (Counsel) RESERVED JUDGMENT It is the unanimous decision of the Tribunal that: (a) the complaint of unfair dismissal is well founded and is upheld; (b) the complaint of failure to make reasonable adjustments in relation to the provision of a fan is well founded and is upheld; (c) the complaint of discrimination arising from disability (section 15 of the Equality Act) is not well founded and is dismissed. REASONS Introduction and background to the proceedings 1. By way of a claim form presented on 9 August 2017 the claimant brings claims of unfair dismissal and disability discrimination following an alleged dismissal on or around 11 May 2017. The claimant has epilepsy. The claimant worked as an agency worker employed by the respondent, who run an agency business. The claimant worked on assignment with Shared Services Connect Ltd (“SSCL”). The claimant’s assignment with SSCL came to an end on 28 March 2017. She however remained an employee of the respondent.
""")

# Audit committees and a scrutiny item -----------------------------------------------

doc("stevenage-audit-committee-2025", "council_minutes", "Stevenage Borough Council", "stevenage-bc",
    "https://democracy.stevenage.gov.uk/ieListDocuments.aspx?CId=138&MId=5883&Ver=4",
    "Audit Committee: agenda and minutes (meeting following that of 3 June 2025)", r"""
Venue: Council Chamber. View directions
No. | Item |
---|---|
APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST Minutes: Apologies for absence were received from Councillors [[name:Tom Plater]] and [[name:Anne Wells]].
There were no declarations of interest. |
|
MINUTES OF PREVIOUS MEETING To approve as a correct record the minutes of the meeting held on 3 June 2025. Minutes: The minutes of the Audit Committee held on 3 June 2025 were approved as a correct record and signed by the Chair. |
|
SHARED INTERNAL AUDIT SERVICE - PROGRESS REPORT To consider the Shared Internal Audit Service - Progress Report. Minutes: [[name:Simon Martin]] (SIAS) presented the first internal audit progress report for 2025/26. He summarised work completed between April and August, including three finalised audits with positive assurance levels and two new medium priority recommendations. He confirmed there were no high priority recommendations outstanding and that performance indicators showed no risks to delivering an annual assurance opinion.
Members asked questions regarding the scope of the garages audit, particularly whether cleaning charges and validation of service delivery were included. [[name:Simon Martin]] agreed to confirm details outside of the meeting and provide further information for circulation to all Members.
Further questions concerned audit delivery progress and potential resourcing issues. [[name:Simon Martin]] advised that SIAS was currently at full establishment, and that delivery was scheduled flexibly throughout the year. He confirmed no risks to plan delivery.
It was RESOLVED that the Internal Audit Progress Report be noted, along with the status of critical, high and medium priority recommendations.
|
|
ANNUAL TREASURY MANAGEMENT REVIEW OF 2024/25 INCLUDING PRUDENTIAL INDICATORS To consider the Annual Treasury Management strategy review of 2024/25. Minutes: The Assistant Director (Finance) presented the report, highlighting that all statutory and regulatory requirements had been met.
""")

doc("oxfordshire-audit-governance-2022-05", "council_minutes", "Oxfordshire County Council", "oxfordshire-cc",
    "https://mycouncil.oxfordshire.gov.uk/ieIssueDetails.aspx?IId=29982&PlanId=0&Opt=3",
    "Issue - meetings: Minutes (Audit & Governance Committee, 11/05/2022, Item 31)", r"""
Issue - meetings

Minutes

Meeting: 11/05/2022 - Audit & Governance Committee (Item 31)

31 Minutes pdf icon PDF 500 KB

To approve the minutes of the meetings of the Audit & Governance Committee held on -

1.     05 January 2022; and

2.     16 March 2022.

Additional documents:

Decision:

The Minutes of the meetings of 05 January and 16 March 2022 were approved with minor amendments.

Minutes:

The Committee considered the minutes of its meetings of –

5 January 2022

The Committee approved the minutes of its meeting of 5 January 2022 and authorised the Chair to sign them as a correct record.

The following matter arose out of consideration of the minutes.

Item 7/22: Internal Audit Plan – Progress Report

Referring to the Action Point on Page 6 of the Minutes, it was noted that Members of the Committee had yet to be provided with copies of the Blue Badge scheme key performance indicators (KPIs).

ACTION: Community Operations ([[name:KS]]) to provide Members with copies of the Blue Badge scheme KPIs.

16 March 2022

The Committee approved the minutes of its meeting of 16 March 2022 and authorised the Chair to sign them as a correct record, subject to the following amendments.

(a)     Attendance

That Councillor [[name:Donna Ford]] be added to the list of Voting Members present at the meeting, and that Dr [[name:Geoff Jones]], whose name had been recorded twice, once as a Voting Member and once as a Non-Voting Member, be recorded as being present as a Non-Voting Member.

(b)     Item 17/2: Audit & Governance Committee Annual Report

Page 15, Paragraph (b): Members could not recall whether it was Councillor [[name:Judy Roberts]] or Councillor [[name:Donna Ford]] who had raised the query referred to in Paragraph (b). The Chair noted that, when recording the minutes of meetings of the Audit & Governance Committee, there was a convention, given the number of questions asked by Members during meetings of the Committee, not to attribute the names of councillors to the questions they asked.
""")

doc("gloucestershire-scrutiny-ofsted-improvement", "council_minutes", "Gloucestershire County Council (scrutiny committee)", "gloucestershire-cc",
    "https://glostext.gloucestershire.gov.uk/mgAi.aspx?ID=18147",
    "Ofsted Inspection - The Improvement Journey", r"""
Agenda item

Ofsted Inspection - The Improvement Journey

A Senior Ofsted Inspector will be in attendance to inform the committee on the Ofsted Inspection Framework.


The Chair of the Improvement Board, will be in attendance to inform the committee on the work of the Improvement Board.


The Children’s Improvement Plan is included in the agenda for ease of reference.


This is the link to the Ofsted webpage







The committee was pleased to welcome [[name:Shirley Bailey]] (Senior HMI Ofsted), [[name:Paula Lahey]] (Regulatory Inspection Manager Ofsted), and [[name:John Goldup]] (Children’s Services Intervention Advisor appointed by the Department for Education and Chair of the Improvement Board), to the meeting to inform and engage with members.


20.1     Ofsted Inspection Process

20.1.1  The Senior HMI described the Ofsted single inspection process in detail so that members had a clear understanding of the process and the methodology, particularly relating to how data was used. This included:-

·      Data covering the previous 18 months was used in an inspection; old data could distort the picture of how a service was performing

·      The Lead Inspector chose 20 cases for the local authority (LA) to audit, and during the inspection an additional 6 cases were also identified for audit

·      The inspection team spoke with a wide range of stakeholders including foster carers, staff, elected members, the Children in Care Council and care leavers

·      As well as the 26 cases the inspection team also looked at external placements, adoption, care leavers, children at the beginning of their care journey, children missing, children at risk of Child Sexual Exploitation (CSE)

·      Social work practice was observed

·      There were regular feedback sessions with the Director of Children’s Services (DCS)
""")


if __name__ == "__main__":
    main()
