"""Build benchmarks/data/uk_real5_dev.json and benchmarks/data/uk_real5_holdout.json: a FIFTH set
of excerpts of REAL published UK public-sector text with gold personal-data spans, from bodies
and page addresses not used by make_uk_real_documents.py, make_uk_real_documents_2.py,
make_uk_real_documents_3.py, make_uk_real_documents_4.py or make_court_judgments.py.

    .venv/bin/python benchmarks/data/make_uk_real_documents_5.py

What is in it (an ordinary mix of published UK council and public-body papers, with several
excerpts that name few people or none, to measure false positives): audit committee minutes
(Harrow, Rotherham: no names), health and wellbeing board, cabinet, public services board, full
council and scrutiny minutes (Cumbria with an officer's named mailbox, Durham, Conwy and
Denbighshire, Brighton & Hove, Arun, Central Bedfordshire with a named contact's line, Cardiff
youth justice scrutiny with invitees and a young person by first name), a parish council
(Stithians: "Cllr Mrs V / Kavanagh" split over a line, members of the public, farms named as
planning sites) and a town council page, community safety partnerships (Safer Suffolk, Safer
Bromley), a Northern Ireland Assembly committee's official report (members, witnesses, speaker
labels), licensing hearings (North West Leicestershire, Manchester: a pub's address that is not a
span), planning minutes and a decision (Guildford, Cambridge, Hillingdon, Eden), FOI material
(a Lambeth response, Canterbury's disclosure-log page, a Scottish Information Commissioner
decision), inspection material (an HM Inspectorate of Prisons release naming a boy who died, two
CSCI/CQC care home reports flattened into one line, an Ofsted re-inspection summary), and seven
court and tribunal documents: Family Court (Watford, Leicester), Upper Tribunal immigration
decisions (appellants by initials, dates of birth, appeal numbers), an Upper Tribunal (Lands
Chamber) rent appeal with the tenant's home address, a Court of Appeal in Northern Ireland
sentence appeal and an Employment Tribunal (Scotland) judgment with margin line numbers.

Each excerpt was copied verbatim (line breaks, runs of spaces, table pipes, line numbers and other
extraction artefacts kept; spaces at line ends trimmed) from the text the project's search tool
returned for a public page; `source` records the page address and the document's own heading. No
body or page address of sets 1-4 or of the court set is reused (checked against every `url` in
benchmarks/data/uk_real*_*.json and court_*.json). Excerpts start at the first useful line after
a site's navigation and are cut at a line, sentence or table-cell end; only `[[label:value]]`
markers (benchmarks/data/markers.py) were added. Annotated from the text alone, without running
the detector or the benchmark.

Labelling rules: those of make_uk_real_documents.py, make_uk_real_documents_3.py and
make_uk_real_documents_4.py (titles, honours such as JP and role words outside spans; initials,
surnames alone, first names alone and the letters judgments use for people are `name`). Choices
made for this set:
- "Their parents are M and F" and a case title "A (Final Hearing: Threshold not met), Re": the
  letters are `name`; "THE MOTHER", "the Applicant's daughter" and other role words are not;
- an Upper Tribunal appeal number (AA/05109/2014, IA/42057/2014), an Employment Tribunal case
  number, family court case numbers (LE23C50189), a Court of Appeal in Northern Ireland ICOS
  number, a planning application number and a Scottish Information Commissioner case reference
  are `case_id`; neutral citations, a judgment's own reference ("Ref: McC11919"), the
  Commissioner's decision number ("Decision 073/2017") and architects' drawing references are not;
- a tenant's home named in a tribunal decision is `address` with its postcode (also the bare
  district "N9") as `postcode`; farms named as a planning site or property in parish minutes are
  `address` (private land); a pub, care homes named as the inspected service (with their office
  telephone numbers), council venues and a street name alone ("a resident of Eltisley Avenue") are
  not spans;
- ages of groups ("boys, mostly aged 16 and 17", "those aged 50 plus", "children of varying ages
  under 10 years old") are not `age`; one person's age is ("a [[age:17]]-year-old boy");
- a named officer's contact line beside the name ("Jonathon Partridge  0300 300 4634") is
  `phone`, and a named mailbox is `email`.

Split (decided before any excerpt was scored, the rule of sets 3 and 4): each excerpt has a
`group` (the body; bodies that share people are one group), and a group goes to
uk_real5_holdout.json when int(sha256(group), 16) % 3 == 0, otherwise to uk_real5_dev.json. The
rule looks only at the group's name. Tune only on uk_real5_dev.json; uk_real5_holdout.json is for
measuring. Result: development 19 excerpts (18 groups, 123 spans), held out 16 excerpts (14
groups, 69 spans).
"""

from __future__ import annotations

from pathlib import Path

# The third set's excerpt record, split and writer: the same format, limits and hash split.
from make_uk_real_documents_3 import excerpt, write_sets

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real5_dev.json"
OUT_HOLDOUT = HERE / "uk_real5_holdout.json"

DOCS: list[dict] = []


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    excerpt(DOCS, id_, genre, body, group, url, title, marked)


def main() -> None:
    write_sets(DOCS, OUT_DEV, OUT_HOLDOUT)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Committee and board minutes -----------------------------------------------------------

doc("harrow-audit-committee-review-2019", "council_minutes", "London Borough of Harrow", "harrow",
    "https://moderngov.harrow.gov.uk/mgAi.aspx?ID=116615",
    "Agenda item: Audit Committee Review (Audit Committee minutes)", r"""
Agenda item

Audit Committee Review

Report of the Director of Finance.

Minutes:

The Committee received a report of the Director of Finance on the review of the Audit Committee undertaken as part of the 2018/19 Internal Audit Plan, a draft of which had been presented to the Committee in December 2018.  This further report was presented to allow Members to add detailed information into the action plan as it progressed.



The Head of Internal Audit and Corporate Fraud introduced the report and referred to the proposed final version of the Audit Committee Review report and reminded Members that they had previously given agreement to all the recommendations at their meeting on 5 December 2018.  She added that Members had also indicated their desire to add more detail as the action plan progressed and that she had taken the opportunity to include appropriate detail regarding the progression of the agreed action for the Committee’s approval.



The Head of Internal Audit and Corporate Fraud also referred to the proposed report template for the Committee’s Annual Report to full Council and sought the Committee’s agreement to its use as a starting point for drafting the report.  The template had been based on the Committee’s revised Terms of Reference, as agreed by full Council on 28 February 2019, and from examples of similar reports used by other local authorities.



The Chair was of the view that flexibility ought to be retained in order to allow changes to be made to Committee’s response to the Internal Audit report and he suggested an amendment to recommendation 1, as set out in the Committee report.  Other Members agreed with this view.



A Member was concerned that corporate governance covered a wide array of issues and that the Committee might not be ‘qualified’ to deal with all aspects.
""")

doc("rotherham-audit-committee-2017-04", "council_minutes", "Rotherham Metropolitan Borough Council", "rotherham",
    "https://moderngov.rotherham.gov.uk/ieIssueDetails.aspx?IId=78795&Opt=3",
    "Issue - meetings: Minutes of the previous meeting (Audit Committee, 19/04/2017 and 23/11/2016)", r"""
Issue - meetings

Minutes of the previous meeting held on XX (herewith)

Meeting: 19/04/2017 - Audit Committee (Item 56)

56 Minutes of the previous meeting held on 8th February, 2017 pdf icon PDF 61 KB


Consideration was given to the minutes of the previous meeting of the Audit Committee held on 8th February, 2017. The Committee noted that:-


(a) (Minute No. 43 – Audit Committee Self-Assessment) – a document is to be distributed to all Members prior to the next meeting, detailing the strengths and weaknesses of the Committee; the document will be considered at the Committee’s next meeting in July 2017;


(b) (Minute No. 47 – Local Code of Corporate Governance) - preparatory work has begun on the Annual Governance Statement, although the Governance Group has not yet had its first meeting;


(c) (Minute No. 50 – Procurement and Appointment of External Auditors – 2018/19 Onwards) – the recommendation within this Minute had been approved by the Council at its meeting held on 8th March, 2017 (Minute No. 140 refers);


(d) (Minute No. 52 – Risk Register Deep Dive – Assistant Chief Executive) – Members of the Committee requested the provision of a briefing note setting out the proposed work plan and agenda items for Committee meetings, for the forthcoming 2017/2018 Municipal Year. The Head of Internal Audit agreed to provide a Forward Work Plan to each committee meeting.


Resolved:- That the minutes of the previous meeting of the Audit Committee be approved as a correct record for signature by the Chairman.

Meeting: 23/11/2016 - Audit Committee (Item 31)

31 Minutes of the previous meeting held on 21st September, 2016 pdf icon PDF 64 KB


Consideration was given to the minutes of the meeting held on 21st September, 2016.


Resolved:-  That the minutes of the previous meeting be approved as a correct record for signature by the Chairman.
""")

doc("cumbria-hwb-2019-04", "board_minutes", "Cumbria County Council (Cumbria Health and Wellbeing Board)", "cumbria",
    "http://councilportal.cumbria.gov.uk/ieListDocuments.aspx?MId=9236",
    "Agenda and draft minutes: Cumbria Health and Wellbeing Board, Thursday, 18th April, 2019", r"""
Agenda and draft minutes

Cumbria Health and Wellbeing Board
Thursday, 18th April, 2019 10.00 am

Venue: Council Chamber - County Offices, Kendal, LA9 4RQ. View directions

Contact: [[name:Lynn Harker]]  Email: [[email:lynn.harker@cumbria.gov.uk]]

Items
No. Item

1.

Apologies for Absence

To receive any apologies for absence.



Minutes:

Apologies for absence were received from Mr [[name:D Blacklock]] (Ms [[name:H Horne]] attended as substitute), Mr [[name:A Cummings]] (Mr [[name:D Walker]], Medical Director attended in his absence), Ms [[name:K Fairclough]] (Dr [[name:D Roberts]] attended as substitute), Mr [[name:J Hawker]] (Mr [[name:A Gardner]] attended as substitute), Mr [[name:I Johnson]] and Ms [[name:B Reilly]], NHS England.



2.

Disclosures of Interest

Members are invited to disclose any disclosable pecuniary interest they have in any item on the agenda which comprises



1          Details of any employment, office, trade, profession or vocation carried on for profit or gain.



2          Details of any payment or provision of any other financial benefit (other than from the authority) made or provided within the relevant period in respect of any expenses incurred by you in carrying out duties as a member, or towards your election expenses.  (This includes any payment or financial benefit from a trade union within the meaning of the Trade Union and Labour Relations (Consolidation) Act 1992.



3          Details of any contract which is made between you (or a body in which you have a beneficial interest) and the authority



            (a)       Under which goods or services are to be provided or works are to be executed; and



            (b)       Which has not been fully discharged.



4          Details of any beneficial interest in land which is within the area of the authority.



5          Details of any licence (alone or jointly with others) to occupy land in the area of the authority for a month or longer.
""")

doc("durham-cabinet-hwb-annual-report-2023", "council_minutes", "Durham County Council", "durham",
    "https://democracy.durham.gov.uk/mgAi.aspx?ID=62723",
    "Cabinet agenda item: Health and Wellbeing Board Annual Report 2022/23 (Joint Report of the Corporate Director of Adult and Health Services, the Corporate Director of Neighbourhoods and Climate Change and the Director of Public Health)", r"""
Joint Report of the Corporate Director of Adult and Health Services, the Corporate Director of Neighbourhoods and Climate Change and the Director of Public Health
The Cabinet considered a joint report of the Corporate Director of Adult and Health Services, the Corporate Director of Neighbourhoods and Climate Change and the Director of Public Health which presented the Health and Wellbeing Board (HWB) Annual Report 2022/23 (for endorsement (for copy of report see file of minutes).
Councillor [[name:C Hood]], Cabinet Portfolio Holder for Adult and Health Services outlined some of the achievements made during the last year, in particular the work carried out in restoring screen and immunisation programmes since the pandemic. Councillor [[name:Hood]] also highlighted some key pieces of work undertaken over the year to address the inequalities that the pandemic had widened, including the promotion of healthy and independent lives for those aged 50 plus and highlighting and raising awareness of how economic factors can have effects on people’s health. Councillor [[name:Hood]] placed on record his thanks to the Corporate Directors of Adults and Health Services, the Director of Public Health and the Corporate Director for Neighbourhoods and Cilimate Change for their hard work.
Councillor [[name:E Scott]], supported the Annual Report of Health and Wellbeing Board which was now in its tenth year. Councillor [[name:Scott]] commented that it was particularly pleasing to see the role the board has taken in championing its role for health and wellbeing.
That the recommendations in the report be approved.
Supporting documents:
""")

doc("conwy-denbighshire-psb-2024", "board_minutes", "Conwy and Denbighshire Public Services Board (Denbighshire County Council)", "conwy-denbighshire-psb",
    "https://moderngov.denbighshire.gov.uk/ieListDocuments.aspx?CId=519&LLL=0&MeetingId=6864",
    "Agenda and draft minutes (Conwy and Denbighshire Public Services Board)", r"""
Agenda and draft minutes

Agenda and draft minutes

Venue: Council Chamber, County Hall, Ruthin and by video conference

Items
No. Item

1.

WELCOME AND APOLOGIES FOR ABSENCE

2.

MINUTES OF LAST MEETING pdf icon PDF 235 KB

To approve the minutes of the last meeting held on 12 December 2023 (copy attached).



Minutes:

The minutes of the Conwy and Denbighshire Public Services Board meeting held on 25 September 2023 and 12 December 2023 were submitted as the previous meetings had not been quorate and required ratification to formally adopt the resolutions from the 12 December 2023 meeting.



RESOLVED that the minutes of the meetings held on 25 September 2023 and 12 December 2023 be received and recorded as accurate.



3.

OVERVIEW OF PREVIOUS MEETING DECISIONS AND ACTIONS FOR APPROVAL pdf icon PDF 674 KB

The Chair to lead on this item (copy attached).



Minutes:

The Chair, Councillor [[name:Jason McLellan]], presented the Overview of previous meeting decisions and actions for approval report (previously circulated)



Inverse Care Law – noted.



Community Engagement Plan Development – noted.  There had been no updated plan since the last meeting.  In the previous meeting, looked at engagement mission statement and engagement statement as PSB.  Need a greater quality on who being engaged with.  Priority areas being dealt with going forward.



Corporate Risks -   discussed at length at the last meeting.  [[name:Amanda Jones]], CCBC, would bring it back to a further meeting.



Community Wealth building and Progressive Procurement – pilot findings and recommendations – delay coming to this Board and events had overtook the report.  Therefore, the report was just noted.



RESOLVED the Public Service Board note the decisions and actions.
""")

doc("stithians-pc-2011-07", "parish_council_minutes", "Stithians Parish Council", "stithians-pc",
    "https://studylib.net/doc/9007049/minutes-of-the-meeting-of-stithians-parish-council",
    "Minutes of the Meeting of Stithians Parish Council held in the Stithians Centre on Tuesday 19th July 2011", r"""
MINUTES OF THE MEETING OF STITHIANS PARISH COUNCIL
HELD IN THE STITHIANS CENTRE ON
TUESDAY 19th JULY 2011 COMMENCING AT 7pm
ATTENDANCE
Present were:
Cllr [[name:P Tisdale]] (Chair), Cllr [[name:G Symmons]], Cllr Mrs [[name:A Kippax]], Cllr [[name:N Kippax]],
Cllr [[name:D Nightingale]] (to point mentioned), Cllr [[name:J Biscoe]], Cllr Mrs [[name:V
Kavanagh]], Cllr [[name:N Potter]] and the Clerk.
Three Members of the Public were present – Capt. & Mrs [[name:John Bell]] and
Mrs [[name:Joy Thomas]] - to the point mentioned.
[[name:Rod Davis]] was also present to the point mentioned and PCSO [[name:Andy
Huddlestone]] was present between the points mentioned.
1.
APOLOGIES
Apologies were received and accepted from Cllr [[name:R Nicholls]] who was on
holiday and Cllr Miss [[name:J Tisdale]] who was ill.
[[name:Jim Lyle]] had also sent his apologies.
2.
2.1
URGENT ITEMS
The Clerk informed the meeting that the Chairman had agreed that one
item could be considered as urgent:
A request from the Bowling Club to be considered under item 15.4.
3.
3.1.1
DECLARATIONS OF INTEREST ETC.
As a close personal friend of the applicant, Cllr [[name:D Nightingale]] declared a
personal and prejudicial interest in item 12.3(c), a pre-application for the
erection of a wind turbine at [[address:Pencoose Farm]].
As a friend of the owner of the property, Cllr [[name:G Symmons]] declared a
personal interest in item 12.5 where it referred to [[address:Calamankey Farm]].
As a member of the Church, Cllr [[name:Potter]] declared a personal interest in
item 13, a report on the new cemetery.
As a neighbour, Cllr [[name:Potter]] declared a personal interest in item 12.3(d), a
planning application in respect of [[address:Carn Farm]] and item 12.5 where it
referred to [[address:Four Acres, Carn]].
3.1.2
3.1.3
3.1.4
3.2
No declarations of receipt of gifts were made.
4.2
4.2.1
MINUTES OF THE JUNE 2011 COUNCIL MEETING
The Clerk advised that he had not been made aware of any amendments
to the draft minutes that he had previously circulated.
RESOLVED to accept the minutes of the Council Meeting held on
21st June 2011 as a true record of the proceedings.
""")

# Inspection reports and inspectorate publications -----------------------------------------

doc("hmip-hindley-2014-press-release", "inspection_report", "HM Inspectorate of Prisons", "hmi-prisons",
    "https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2014/08/hmyoi-hindley-some-impressive-improvements-but-challenges-remain/",
    "HMYOI Hindley - some impressive improvements, but challenges remain", r"""
HMYOI Hindley - some impressive improvements, but challenges remain

HMYOI Hindley had made significant improvements, but was still struggling to keep some of the boys it held safe, said [[name:Nick Hardwick]], Chief Inspector of Prisons, publishing the report of an unannounced inspection of the young offender institution near Wigan.

HMYOI Hindley has two adjacent sites under one governor. This inspection was of the lower site which held 161 boys, mostly aged 16 and 17. The upper site held young adults aged between 18 and 21. During the inspection it was announced that the number of young adults held was to increase significantly which risked detracting attention from the safe management of the very vulnerable and challenging younger boys. The inspection took place while the inquest of [[name:Jake Hardy]] was in progress. [[name:Jake Hardy]] was a [[age:17]]-year-old boy who had killed himself while at Hindley. The inquest identified a number of serious failings by HMYOI Hindley that contributed to his death. The vulnerability of many of the boys held at Hindley appeared greater than inspectors see elsewhere. About half were in touch with mental health services. Two out of five said they had been in local authority care. In the light of this, some of the outcomes Hindley achieved were very impressive.
Inspectors were pleased to find that:

  • the quality of education, learning and skills provided was the best inspectors have seen in any YOI holding this age group;
  • Ofsted judged provision to be as good, it not better, than that found in the community;
  • the quality of teaching was good and sometimes outstanding and motivated boys failed by the ordinary school system;
  • behaviour in education was well managed and staff had high expectations of the boys, reflected in achievements;
  • resettlement work was also good, with well organised services;
  • no young person had left without accommodation to go to and most had a job or training place to start soon after release;
""")

doc("csci-red-house-kilverstone-2006", "inspection_report", "Commission for Social Care Inspection (as republished by bestcarehome.co.uk)", "csci-cqc-care-homes",
    "http://www.bestcarehome.co.uk/inspections/view/the-red-house-15-dec-2006",
    "Care Homes for Older People: The Red House, Key Unannounced inspection 15th December 2006", r"""
CARE HOMES FOR OLDER PEOPLE
The Red House Norwich Road Kilverstone Thetford Norfolk IP24 2RF Lead Inspector
Mrs [[name:Jacky Vugler]] Key Unannounced 15th December 2006 10:30 X10015.doc Version 1.40 Page 1 The Commission for Social Care Inspection aims to: • • • • Put the people who use social care first Improve services and stamp out bad practice Be an expert voice on social care Practise what we preach in our own organisation Reader Information
Document Purpose Author Audience Further copies from Copyright Inspection Report CSCI General Public 0870 240 7535 (telephone order line) This report is copyright Commission for Social Care Inspection (CSCI) and may only be used in its entirety. Extracts may not be used or reproduced without the express permission of CSCI www.csci.org.uk Internet address The Red House DS0000032102.V324560.R01.S.doc Version 5.2 Page 2 This is a report of an inspection to assess whether services are meeting the needs of people who use them. The legal basis for conducting inspections is the Care Standards Act 2000 and the relevant National Minimum Standards for this establishment are those for Care Homes for Older People. They can be found at www.dh.gov.uk or obtained from The Stationery Office (TSO) PO Box 29, St Crispins, Duke Street, Norwich, NR3 1GN. Tel: 0870 600 5522. Online ordering: www.tso.co.uk/bookshop This report is a public document. Extracts may not be used or reproduced without the prior permission of the Commission for Social Care Inspection. The Red House DS0000032102.V324560.R01.S.doc Version 5.2 Page 3 SERVICE INFORMATION
Name of service The Red House Address Norwich Road Kilverstone Thetford Norfolk IP24 2RF 01842 753122 01842 760337 Telephone number Fax number Email address Provider Web address Name of registered provider(s)/company (if applicable) Name of registered manager (if applicable) Type of registration No. of places registered (if applicable) Miss [[name:Rachael Claxton]] Miss [[name:Rachael Claxton]] Care Home 14
""")

doc("cqc-victoria-lodge-doncaster-2010", "inspection_report", "Care Quality Commission (as republished by bestcarehome.co.uk)", "csci-cqc-care-homes",
    "http://www.bestcarehome.co.uk/inspections/latest/victoria-lodge-care-home-2",
    "Key inspection report, Care homes for older people: Victoria Lodge Care Home", r"""
Key inspection report
Care homes for older people
Name: Address: Victoria Lodge Care Home 138 Thorne Road Edenthorpe Doncaster DN3 2LU The quality rating for this care home is:
one star adequate service A quality rating is our assessment of how well a care home is meeting the needs of the people who use it. We give a quality rating following a full review of the service. We call this full review a ‘key’ inspection. Lead inspector: [[name:Valerie Hoyle]]
Date: 2 0 0 1 2 0 1 0 This is a review of quality of outcomes that people experience in this care home. We believe high quality care should • • • • • Be safe Have the right outcomes, including clinical outcomes Be a good experience for the people that use it Help prevent illness, and promote healthy, independent living Be available to those who need it when they need it. The first part of the review gives the overall quality rating for the care home: • • • • 3 2 1 0 stars - excellent stars - good star - adequate star - poor There is also a bar chart that gives a quick way of seeing the quality of care that the home provides under key areas that matter to people. There is a summary of what we think this service does well, what they have improved on and, where it applies, what they need to do better. We use the national minimum standards to describe the outcomes that people should experience. National minimum standards are written by the Department of Health for each type of care service. After the summary there is more detail about our findings. The following table explains what you will see under each outcome area.
Outcome area (for example Choice of home) These are the outcomes that people staying in care homes should experience. that people have said are important to them: They reflect the things This box tells you the outcomes that we will always inspect against when we do a key inspection. This box tells you any additional outcomes that we may inspect against when we do a key inspection.
""")

# Court and tribunal judgments ---------------------------------------------------------------

doc("ewfc-watford-2018-63", "judgment", "Family Court sitting at Watford", "family-court-watford",
    "https://caselaw.nationalarchives.gov.uk/ewfc/2018/63?court=ewfc",
    "A (Final Hearing: Threshold not met), Re [2018] EWFC 63", r"""
[[name:A]] (Final Hearing: Threshold not met), Re

[2018] EWFC 63

IMPORTANT NOTICE

This judgment was delivered in private. The judge has given leave for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of the judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media, must ensure that this condition is strictly complied with. Failure to do so will be a contempt of court.

Neutral Citation Number: [2018] EWFC 63
IN THE FAMILY COURT SITTING AT WATFORD
Date: 12th October 2018

Before :

HIS HONOUR JUDGE [[name:WILDING]]

Between :

Hertfordshire County Council

Applicant

- and -

[[name:M]]

1st Respondent

-and-

[[name:F]]

2nd Respondent

-and-

[[name:A]]; [[name:B]]; [[name:C]] and [[name:D]]

3rd to 6th Respondents

By their Guardian, Ms [[name:C Stephens]]

Mr [[name:R Harris]] (instructed byHertfordshire Legal Services) for theApplicant

Ms [[name:J Gilliatt]] (instructed by Crane and Staples) for the 1st Respondent

Mr [[name:M Roscoe]] (instructed by R A Savage and Co) for the 2nd Respondent

Mr [[name:M Stott]] (instructed by Hepburn Delaney) for the Guardian

Hearing dates: 17th – 26th September 2018

Judgement handed down 12th October 2018

JUDGMENT

1.

This hearing concerns four children [[name:A]], [[name:B]], [[name:C]] and [[name:D]]. Their parents are [[name:M]] and [[name:F]]. The parents have been couple for some 14 years and have been married for about seven years.

2.

On the 6th of March 2018 Hertfordshire County Council issued an application seeking an interim care order and full care orders in respect of all four children. This followed from [[name:C]] and [[name:D]] having been made subject to police protection orders on the 1st March 2018, followed by emergency protection orders in respect of all four children on the 2nd March 2018.
""")

doc("ewfc-leicester-2024-b410", "judgment", "Family Court sitting at Leicester", "family-court-leicester",
    "https://caselaw.nationalarchives.gov.uk/ewfc/b/2024/410?court=ewfc",
    "Leicestershire County Council v The Mother and others [2024] EWFC 410 (B)", r"""
IMPORTANT NOTICE
This judgment was given in private. The judge gives permission for this version of the judgment to be published on condition that (irrespective of what is contained in the judgment) in any published version of this judgment the anonymity of the children and members of their family must be strictly preserved. All persons, including representatives of the media and legal bloggers, must ensure that this condition is strictly complied with. Failure to do so may be a contempt of court.
IN THE FAMILY COURTSITTING AT LEICESTER [[case_id:LE23C50189]]
IN THE MATTER OF THE CHILDREN ACT 1989 [[case_id:LE24C50111]]
Before:
HIS HONOUR JUDGE [[name:REDMOND]]
LEICESTERSHIRE COUNTY COUNCIL
-AND-
THE MOTHER
THE FATHER
-AND-
THE CHILDREN
Counsel for the Local Authority: [[name:James Cleary]]
Counsel for the Mother: [[name:Siân Waldron]]
Counsel for the Father: [[name:Samantha Dunn]]
Counsel for the Children: [[name:Laura Vickers]]
JUDGMENT
This published version of the judgment has been altered from its original form to protect the identity of the family.
In these proceedings I am dealing with two applications which are not consolidated but are fundamentally linked:
The first is an application for care orders in respect of several children of varying ages under 10 years old. This application was issued on 22 November 2023 and proceedings are already in their 46th week. I note the statutory maximum of 26 weeks.
The other is a more recent application for a care order following the birth of the couple’s youngest child, who was born during ongoing proceedings. At birth, following a pre-birth assessment of the local authority and with the agreement of all parties, they were placed into a residential assessment unit with their parents at the beginning of the summer. Due to changing judicial roles, the exit strategy for such has been dealt with more recently by the Designed Family Judge who will be taking over the proceedings.
""")

doc("utiac-aa-05109-2014", "tribunal_decision", "Upper Tribunal (Immigration and Asylum Chamber)", "upper-tribunal-iac",
    "https://tribunalsdecisions.service.gov.uk/utiac/aa-05109-2014",
    "AA/05109/2014: Decision and Reasons (Upper Tribunal, Immigration and Asylum Chamber)", r"""
[[case_id:AA/05109/2014]]
- Case title:
- Appellant name:
- Status of case: Unreported
- Hearing date:
- Promulgation date:
- Publication date:
- Last updated on:
- Country:
- Judges:
The decision
IAC-FH-NL-V1
Upper Tribunal
(Immigration and Asylum Chamber) Appeal Number: [[case_id:AA/05109/2014]]
THE IMMIGRATION ACTS
Heard at Field House
Decision & Reasons Promulgated
On 12 January 2015
On 20 February 2015
Before
JUDGE OF THE FIRST-TIER TRIBUNAL [[name:RIMINGTON]]
Between
[[name:o a]]
(aNONYMITY DIRECTION not MADE)
Appellant
and
THE SECRETARY OF STATE FOR THE HOME DEPARTMENT
Respondent
Representation:
For the Appellant: Ms [[name:A Heller]], Counsel instructed by Barnes Harrild & Dyer Solicitors
For the Respondent: Mr [[name:T Melvin]], Home Office Presenting Officer
DECISION AND REASONS
1. The appellant is a citizen of Afghanistan born on [[date_of_birth:1 January 1996]]. He first came to the United Kingdom on 2 August 2009 aged [[age:13]]. He claimed asylum the following day and his application for leave to remain was refused on 23 November 2009 but he was granted discretionary leave to remain in the UK until 22 November 2012. Before that leave expired the appellant applied for an extension and received a decision dated 7 July 2014 refusing to vary his leave to enter or remain in the United Kingdom following a refusal to grant him asylum, humanitarian protection and protection under the European Convention. A decision was made further to Section 47 of the Immigration, Asylum and Nationality Act 2006 (removal person with statutorily extended leave) to remove the appellant from the UK. A reasons for refusal letter dated 3 July 2014 was issued.
2. Essentially the appellant claimed that his father was a commander in the Taliban and later left to join the government and three months after he joined the government the Taliban came to the appellant's house, called his father outside and shot and killed him. It was stated that this was inconsistent with the appellant's claim that his father had worked for the government for about a year after joining.
""")

doc("utiac-ia-42057-2014", "tribunal_decision", "Upper Tribunal (Immigration and Asylum Chamber)", "upper-tribunal-iac",
    "https://tribunalsdecisions.service.gov.uk/utiac/ia-42057-2014-ors",
    "IA/42057/2014, IA/42060/2014, IA/42061/2014: Decision and Reasons (Upper Tribunal, Immigration and Asylum Chamber)", r"""
The decision


Upper Tribunal
(Immigration and Asylum Chamber) Appeal Number: [[case_id:IA/42057/2014]]
[[case_id:IA/42060/2014]]
[[case_id:IA/42061/2014]]

THE IMMIGRATION ACTS

Heard at Manchester Piccadilly
Decision & Reasons Promulgated
On 22 February 2016
On 23 March 2016


Before
DEPUTY UPPER TRIBUAL JUDGE [[name:BIRRELL]]
Between
[[name:MA]]
[[name:SM]]
[[name:HM]]
(ANONYMITY DIRECTION MADE)
Appellant
and
SECRETARY OF STATE FOR THE HOME DEPARTMENT
Respondent
Representation:
For the Appellant: Mr [[name:J Nicholson]] counsel instructed by GMIAU
For the Respondent: Mr [[name:G Harrison]] Senior Home Office Presenting Officer
DECISION AND REASONS
Introduction
1. I have considered whether any parties require the protection of an anonymity direction. No anonymity direction was made previously in respect of this Appellant. Having considered all the circumstances and evidence I do not consider it necessary to make an anonymity direction.
2. In order to avoid confusion, the parties are referred to as they were in the First-tier Tribunal.
3. The Appellants are a father and mother born on [[date_of_birth:3 August 1957]] and [[date_of_birth:25 November 1971]] and their daughter born on [[date_of_birth:3 April 2005]].
4. The first Appellant came to the United Kingdom in September 2005 and had leave to remain in the United Kingdom initially as a visitor and then as a worker. In May 2006 the Appellant brought the second and third Appellants to the UK together with two other children who are not the subjects of this appeal as they live independent lives.
5. The first Appellant's leave expired on 30 November 2007 and the first Appellant did nothing to regularise his status until 30 January 2012 when he applied for leave to remain on the basis of family and private life. This application was refused on 18 February 2012. On 17 August 2012 the first Appellant made an application for asylum which was refused. The Appellant appealed that decision and his appeal came before First-tier Tribunal Judge [[name:Nicholson]] on 19 April 2013 in Manchester. The Judge dismissed the appeal on asylum grounds and under Article 8.
""")

doc("ukut-lc-2023-199-rent", "tribunal_decision", "Upper Tribunal (Lands Chamber)", "upper-tribunal-lands",
    "https://caselaw.nationalarchives.gov.uk/ukut/lc/2023/199",
    "An appeal against a decision of the First-tier Tribunal (Property Chamber): Onyiliagha v You Move Lets Ltd [2023] UKUT 199 (LC)", r"""
Royal Courts of Justice
TRIBUNALS, COURTS AND ENFORCEMENT ACT 2007
AN APPEAL AGAINST A DECISION OF THE FIRST-TIER TRIBUNAL
(PROPERTY CHAMBER)
LANDLORD AND TENANT – RENT DETERMINATION – First-tier Tribunal decision made on the papers when the facts about the condition of the property were in issue – appeal succeeds
BETWEEN:
MS [[name:ROUPHINA CHINWS ONYILIAGHA]]
Appellant
-and-
YOU MOVE LETS LTD
Respondent
Re: [[address:56 Latymer Road,
Enfield,
London]], [[postcode:N9 9P4]]
Judge [[name:Elizabeth Cooke]]
Determination by written representations
Decision Date: 11 August 2023
© CROWN COPYRIGHT 2023
Introduction
The appellant, Ms [[name:Onyiliagha]], appeals the decision of the First-tier Tribunal (“the FTT”) on her landlord’s application for the determination of a market rent under sections 13 and 14 of the Housing Act 1988, for [[address:56 Latymer Road London]] [[postcode:N9]] of which she holds an assured tenancy. Neither party has been legally represented.
The landlord’s application to the FTT was dated 12th January 2023. It included a copy of the landlord’s notice, as required by section 13 of the 1988 Act, dated 3rd January 2023 proposing a new rent of £2,145 per month to commence on 1st March 2023; the previous rent had been £1894.79 per month.
The FTT decided the application on the papers without a hearing. It first determined that it had jurisdiction because the proper notice had been given to the tenant. Then it summarised the information provided by the landlord about the condition of the property and about comparable properties in the area. It said that in making its decision “the tribunal relied on its own general knowledge of rental levels in the area and evidence supplied by the parties” and determined that the landlord’s proposed rent was the market rent.
""")

doc("nica-2022-46-robin", "judgment", "Court of Appeal in Northern Ireland", "nica",
    "https://beta.bailii.org/nie/cases/NICA/2022/46.html",
    "The Queen v Thomas Robin [2022] NICA 46", r"""
Neutral Citation No: [2022] NICA 46
Judgment: approved by the Court for handing down (subject to editorial corrections)* |
Ref: McC11919
ICOS No: [[case_id:21/39621/A01]]
Delivered: ex tempore, 13/05/22 |
IN HER MAJESTY’S COURT OF APPEAL IN NORTHERN IRELAND
________
THE QUEEN
v
[[name:THOMAS ROBIN]]
________
BEFORE: [[name:MCCLOSKEY]] LJ, [[name:MAGUIRE]] LJ, [[name:SCOFFIELD]] J
________
Appearances
Mr [[name:G Purvis]], of counsel, appeared on behalf of the Crown
Mr [[name:R McConkey]], of counsel, appeared for the Applicant
________
[[name:McCLOSKEY]] LJ
[1] This is an application for leave to appeal against sentence, leave having been refused by the single judge.
[2] The state of play is that the court, having drawn to the attention of the appellant's legal representatives the power available to it under section 10 (3) of the Criminal Appeal (Northern Ireland) Act 1980 (“the Act”) to quash the impugned sentence of the Crown Court and to impose such other sentence authorised by law, whether more or less severe, in substitution therefor as it thinks ought to have been passed, adjourned the hearing to enable the appellant's legal representatives to take instructions.
[3] Further instructions have been provided by the appellant, as a result of which Mr [[name:McConkey]], his counsel, has conveyed to the court that he is instructed not to pursue the appeal. The net result is that the court is ordering that the appeal be withdrawn, if that be the technical language that is used in these situations, or dismissed, as the case may be. That would be a matter more of technicality than of substance and the court will take care to ensure that the order is carefully crafted once, as is in the usual way, the Court of Appeal Office prepare an initial draft for judicial consideration.
[4] That gives rise to the question of whether the court should exercise its power under the Criminal Appeal Act to grant costs to the appellant and, if so, in what manner and to what extent. That, in turn, engages a general practice of this court.
""")

# Community safety partnerships, scrutiny, licensing, planning, FOI -------------------------

doc("safer-suffolk-partnership-2013-03", "board_minutes", "Safer Suffolk Partnership Board", "safer-suffolk",
    "https://studylib.net/doc/7139466/summary-of-the-safer-suffolk-partnership-board-meeting-he...",
    "Summary of the Safer Suffolk Partnership Board Meeting held on 05 March 2013", r"""
Summary of the Safer Suffolk Partnership Board Meeting
held on 05 March 2013
Further information can be obtained from the full minutes by going to:
http://www.transformingsuffolk.co.uk/partnerships/safer-suffolk
A performance report on Community Safety and Drugs and Alcohol was presented to
the Board by [[name:John Sanderson]] and [[name:Amanda Jones]], to make decisions on where
performance needs to be improved.
The draft Terms of Reference for the Board were presented and discussed. The
Board needs to review their Terms of Reference every year. There have been
changes in legislation and the partnership landscape, which affects the Boards
governance responsibility and membership, the main changes highlighted within the
TOR were:
-
The Board did provide the governance framework for the Drug and Alcohol
Action team (DAAT). This responsibility will move to Suffolk County Council
(SCC) as the responsibility for Public Health from April 2013. The Board will
continue to monitor the work of the DAAT and those it commissions as the
Board has a priority to tackle substance misuse.
-
Home Office funding has transferred from the Safer Suffolk Partnership Board
to the Police Crime Commissioner.
-
Over the last few months discussions have been taking place around a
countywide group brings together the strategic work required in relation to:
sexual exploitation; domestic and ”honor” based abuse. It was proposed that
the chair of the new strategy group (once nominated) be invited as a member
and the Board to have governance on all of these areas.
The Chair expressed thanks to [[name:Amanda Jones]] for her contributions to the Board and
for acting as Vice-Chair, a new vice Chair will be elected at the next meeting.
A finance report was presented to the Board highlighting spend so far and to
approve carry forward for 2013-2014.
[[name:Tim Passmore]], Suffolk Police and Crime Commissioner provided a verbal update
""")

doc("bromley-safer-bromley-partnership-2014", "board_minutes", "London Borough of Bromley (Safer Bromley Partnership)", "bromley",
    "https://cds.bromley.gov.uk/mgAi.aspx?ID=27318",
    "Agenda item: Update on Safer Bromley Partnership Strategic Group/Safer Neighbourhood Board", r"""
Agenda item

UPDATE ON SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP/SAFER NEIGHBOURHOOD BOARD

Minutes:

The Chairman provided an update on the current position in relation to the introduction of the Safer Neighbourhood Board into Bromley as requested by MOPAC. The £1M Safer Neighbourhood Board Fund had been provided to fund the project nationwide, as a way of encouraging community engagement; approximately £5200.00 per borough would be ring fenced to cover administration costs. It was noted that the BCEF would be dismantled, and incorporated into the SNB. The last meeting of the BCEF would be March 17th 2014 in the Civic Centre. The Safer Bromley Partnership would become smaller, meet less frequently, but become more strategic. Panel members of the Board would be 20-25 in number, and would be encouraged to change every three years. It was proposed to stagger membership as this would provide greater flexibility. It was anticipated that the SNB would commence business with around seventeen members initially. There had been a meeting on the 30th January 2014 to discuss membership and composition of the Board; it was likely that Councillor [[name:Tim Stevens]] JP would be appointed as the Chairman of the SNB, and that the Borough Commander be appointed Chairman of the Safer Bromley Partnership. It was likely that Mr [[name:Terry Belcher]] would be appointed as Vice Chairman of the SNB. A primary role of the SNB would be to hold the Police and the SBP to account. Another important role would be to work closely with Ward Panels and residents, and to generally encourage community engagement.

In addition to the £5,200.00 provided by MOPAC for administration costs, there was also money that could be used from BCEF. There was also an amount of MOPAC funding in the region of £24,000.00 that could be used by the SNB as it saw fit. The Chairman stated that the main police contact as far as the SNB was concerned would be [[name:Carron Schusler]]-Chief Inspector for Safer Neighbourhoods.
""")

doc("central-beds-childrens-scrutiny-2014", "council_minutes", "Central Bedfordshire Council", "central-beds",
    "https://centralbeds.moderngov.co.uk/ieListDocuments.aspx?CId=650&MId=4433&Ver=4",
    "Agenda and minutes (Children's Services Overview and Scrutiny Committee)", r"""
Agenda and minutes

Agenda and minutes

Venue: Council Chamber, Priory House, Monks Walk, Shefford

Contact: [[name:Jonathon Partridge]]  [[phone:0300 300 4634]]

Items
No. Item

110.

Minutes pdf icon PDF 67 KB

To approve as a correct record the Minutes of the meeting of the Children’s Services Overview and Scrutiny Committee held on 25 February 2014 and to note actions taken since that meeting.



Additional documents:

Minutes:



The Committee received the Minutes of the previous meeting and noted that Cllr [[name:Aldis]] had been omitted in error from the list of attendees.



RESOLVED that the Minutes of the meeting of the Children’s Services Overview and Scrutiny Committee held on 25 February 2014 be signed by the Chairman as a correct record subject to the addition of Cllr [[name:Aldis]] to the list of attendees.



111.

Members' Interests

To receive from Members any declarations of interest and of any political whip in relation to any agenda item.





Minutes:



Cllr [[name:Goodchild]] registered an interest in Item 13 as a Member of the Houghton Regis Children’s Centre Advisory Board.



112.

Chairman's Announcements and Communications

To receive any announcements from the Chairman and any matters of communication.





Minutes:



The Chairman welcomed the new co-opted parent governor representative, Mr [[name:Timothy Hodey]] to the meeting.  The Chairman also welcomed two members of the public who were in attendance and informed the Committee that the order of the agenda would be varied to consider Item 13 as the first item of business.



113.

Petitions

To receive petitions from members of the public in accordance with the Public Participation Procedure as set out in Annex 2 of Part A4 of the Constitution.





Minutes:



None



114.

Questions, Statements or Deputations

To receive any questions, statements or deputations from members of the public in accordance with the Public Participation Procedure as set out in Annex 1 of part A4 of the Constitution.
""")

doc("nw-leics-licensing-queens-head-2009", "licensing_minutes", "North West Leicestershire District Council", "nw-leics",
    "https://minutes-1.nwleics.gov.uk/CeListDocuments.aspx?CommitteeId=145&DF=07%2F10%2F2009&MeetingId=986&Ver=2",
    "Licensing Sub Committee, Wednesday, 7th October, 2009", r"""
Licensing Sub Committee
Wednesday, 7th October, 2009 6.30 pm

ItemDescriptionResolution
Declaration of interests - members are reminded that following the adoption by Council of the new Code of Conduct, any declaration of interest should be made having regard to the new code. In particular, members must make clear the nature of the interest and whether it is 'personal' or 'prejudicial'.

The Monitoring Officer would like to remind members that when they are considering whether the following items are exempt information under the relevant paragraph under part 1 of Schedule 12A of the Local Government Act 1972 they must have regard to the public interest test. This means that members must consider, for each item, whether the public interest in maintaining the exemption from disclosure outweighs the public interest in making the item available to the public.
1 ELECTION OF CHAIRMAN
RESOLVED THAT:

Councillor [[name:N Smith]] take the chair for the remainder of the meeting.
2 APOLOGIES FOR ABSENCE
There were no apologies for absence.

3 DECLARATION OF INTERESTS
There were no declarations of interest.

4 AN APPLICATION FOR THE GRANT OF A PREMISES LICENCE IN RESPECT OF THE QUEENS HEAD, 22 THE GREEN, THRINGSTONE, LE67 8NR
The Chairman introduced the parties and explained the procedure to be followed. The Hearing Regulations 2005 stated that the Authority must allow parties an equal period of time in which to present their evidence. It was agreed that the maximum time for each presentation be ten minutes.

The Licensing Enforcement Officer presented the report and highlighted background information and representations received.

There were no questions for the Licensing Enforcement Officer.

The applicant's representative then presented the application as detailed within the report. He explained that the premises had been closed since 21st August 2008 and the previous licence holder had been declared bankrupt on 1st May 2009.
""")

doc("manchester-licensing-hearing-2023-05", "licensing_minutes", "Manchester City Council", "manchester",
    "https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=153&MeetingId=4499",
    "Agenda and minutes: Licensing Sub Committee Hearing Panel - Tuesday, 2nd May, 2023", r"""
Agenda and minutes
Licensing Sub Committee Hearing Panel - Tuesday, 2nd May, 2023 10.00 am
Venue: Council Antechamber, Level 2, Town Hall Extension. View directions
Contact: [[name:Ian Smith]]
No. | Item |
Now contains information from the Principal Licensing Officer and Licensing Out Of Hours. Additional documents:
Minutes: The Hearing Panel considered a report from the Directorof Planning, Building Control and Licensing. The Hearing Panel also considered the written papers of the parties submitted and the oral representations of the parties who attended as well as the relevant legislation.
The applicant’s agent addressed the Hearing Panel, noting that the application was for late-night refreshments. They stated it was a relatively small premises, with room for 16 customers to sit, with 4 staff working. The agent noted that the premises would not be a destination venue, in that people would not travel to the area for this premises. The only effect of the application, in their opinion, was that local residents would have a wider choice.
The agent felt that the premises was well-run; they had received no complaints or police visits. The applicant had proposed a set of conditions that were aimed at ensuring the premises upheld the Licensing Objectives. The agent noted that the panel must make their decision based on evidence, rather than speculation on what may happen in the future. The agent felt there was no evidence to suggest that the applicant would not uphold the Licensing Objectives and noted that the Cumulative Impact Policy (CIP) for the area had recently expired.
The applicant had previously applied for late-night refreshments in 2021 when the CIP was in place. The agent stated that the previous application had no relevance to the decision to be made at this hearing as the CIP was no longer in place.
""")

doc("eden-planning-decision-19-0690", "planning_decision", "Eden District Council", "eden",
    "https://plansearch.eden.gov.uk/fastweb/decision.asp?AltRef=19/0690",
    "Planning application number 19/0690 (decision)", r"""
Planning application number: [[case_id:19/0690]]
Description: Proposed demolition of existing single storey extensions for two storey domestic extension. Formation of double garage to existing detached annexe incorporated to new boundary.
Decision date: 02 December 2019
Decision type: Full Approval
Temporary expiry date:
Decision level/committee: Delegated
Conditions / reason for refusal: 1) The development permitted shall be begun before the expiration of three years from the date of this permission. Reason - In order to comply with the provisions of the Town and Country Planning Act 1990 as amended by Section 51 of the Planning and Compulsory Purchase Act 2004.

2) The development hereby granted shall be carried out strictly in accordance with the application form and the following plans: ? Location Plan/Site Plan ref L2/19/1806 dated 17/06/19 ? Proposed Floor Plans ref L6/19/0907 dated 08/07/19 ? Proposed Elevations ref L7/19/0807 dated 08/07/19 ? Proposed Garage Floor Plans and Elevations ref L5/19/0407 dated 04/07/19 Reason - To ensure a satisfactory development and to avoid any ambiguity as to what constitutes the permission.

3) All external materials to be used in the development shall match the appearance of those of the existing house, in size, type, colour and texture. Reason - To ensure that the materials harmonise with the surroundings.
""")

doc("lambeth-foi-looked-after-children-2023", "foi_response", "London Borough of Lambeth", "lambeth",
    "https://www.lambeth.gov.uk/lambeth-data-hub/looked-after-children-2",
    "Looked after children (FOI response, 10 October 2023)", r"""
10 October 2023
Your request
I submit the following request for information under the Freedom of Information legislation regarding placements of Looked After Children where your local authority has corporate parenting responsibilities.
- In total, how many Looked After children for whom your Local Authority is the corporate parent:
- moved from one placement to a different placement between 18 December 2022 and 3 January 2023
- became a Looked After Child between 18 December 2022 and 3 January 2023
- How many Looked After children for whom your Local Authority was the corporate parent, moved between 18 December 2022 and 3 January 2023 to:
- a placement that was more than 20 miles from either their home or their last placement
- a placement that was 20 miles or less from their home or their last placement;
- a placement for which the distance from home or their last placement is not known or recorded.
Our response
1.
a) 9 Children had a placement move
b) 8 Children
2.
a) We are unable to provide precise figures when these are five or less due to the risk that individuals will be identified, as we are required to protect their identity under the Data Protection Act
In such circumstances sections 40(2) and (3) of the Freedom of Information Act apply. In this case, our view is that disclosure would breach the first data protection principle.
This states that personal data should be processed fairly and lawfully. It is the fairness aspect of this principle which, in our view, would be breached by disclosure. In such circumstances section 40 confers an absolute exemption on disclosure. There is, therefore, no public interest test to apply.
b) 6
c) as 2)a
""")

doc("sic-decision-073-2017-dundee", "foi_decision", "Scottish Information Commissioner", "scottish-information-commissioner",
    "https://sic.uniondigital.uk/decision-0732017",
    "Decision 073/2017: Ms Lorna Anderson and Dundee City Council (Foster carer complaints and de-registrations)", r"""
Decision 073/2017

Decision 073/2017: Ms [[name:Lorna Anderson]] and Dundee City Council

Foster carer complaints and de-registrations

Reference No: [[case_id:201602096]] and [[case_id:201602097]]
Decision Date: 11 May 2017

Summary

The Council was asked for statistics and related information on complaints made by, and de-registrations of, foster-carers.

The Council disclosed some information but withheld most of the information. It considered the withheld information to be personal data, disclosure of which would breach the Data Protection Act.

The Commissioner accepted that the information she identified as being in the scope of the requests was personal data and was correctly withheld as such. She also identified instances where the Council should have informed the applicant that information was not held.

Relevant statutory provisions

Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1) and (6) (General entitlement); 2(1)(a) and (2)(e)(ii) (Effect of exemptions); 16(1) (Refusal of request); 17(1) (Notice that information is not held); 38(1)(b), (2)(a)(i), (2)(b) and (5) (definition of "the data protection principles", "data subject" and "personal data") (Personal information)

Data Protection Act 1998 (the DPA) sections 1(1) (Basic interpretative provisions) (definition of "personal data"); Schedule 1 (The data protection principles, Part 1 - the principles) (the first data protection principle); Schedule 2 (Conditions relevant for purposes of the first principle: processing of any personal data) (condition 6)

The full text of each of the statutory provisions cited above is reproduced in Appendix 1 to this decision. The Appendices form part of this decision.

All references in this decision to "the Commissioner" are to [[name:Margaret Keyse]], who has been appointed by the Scottish Parliamentary Corporate Body to discharge the functions of the Commissioner under section 42(8) of FOISA.
""")

# Youth justice scrutiny, full council, town council, assembly committee -------------------

doc("cardiff-scrutiny-yjs-update-2021", "council_minutes", "Cardiff Council", "cardiff",
    "https://cardiff.moderngov.co.uk/mgAi.aspx?ID=25432&LLL=0",
    "Agenda item: Youth Justice Service Update (scrutiny committee minutes)", r"""
Agenda item

Youth Justice Service Update

To provide Members with an update on the Youth Justice Service

Minutes:

The Chair welcomed Councillor [[name:Graham Hinchey]] (Cabinet Member for Children & Families), [[name:Sarah McGill]] (Corporate Director & Director of Social Services), [[name:Deborah Driffield]] (Director of Children’s Services), [[name:Graham Robb]] (Independent Chair, Youth Justice Board), [[name:Angharad Thomas]] (Operational Manager, Youth Justice Service), and [[name:Hannah Williams]] (Probation Service, Chair of the Youth Justice Partnership Sub-committee) to the meeting.



Councillor [[name:Hinchey]] was invited to make a statement during which he outlined the information presented within the Youth Justice Service Update.



Members were asked to comment or raise questions on the information received.  Those discussions are summarised as follows:



·       Members sought clarification on the priorities for action if the anticipated risk of more children coming to the attention of the Youth Justice Service post-pandemic is borne out, whether there is good collaboration with the Education Department’s Youth Service and whether the Youth Service has the capacity to deal with a possible increase in demand. Members were advised that an increase in the amount of people coming to the attention of the Youth Justice Service is envisaged. Partnership working with other services is key to managing the increase in demand.



·       Members sought clarification on how partnership working had impacted on the trajectory of individual cases. Members were provided with an outline of a case where partnership working had resulted in a successful outcome.
""")

doc("cardiff-scrutiny-yjs-update-2022", "council_minutes", "Cardiff Council", "cardiff",
    "https://cardiff.moderngov.co.uk/mgAi.aspx?ID=30122&LLL=0",
    "Agenda item: Youth Justice Service Update (scrutiny committee minutes)", r"""
Agenda item

Youth Justice Service Update

For Members to receive an update on progress in relation to the Youth Justice Service

Minutes:

The Chair welcomed Councillor [[name:Ash Lister]] (Cabinet Member for Social Services (Children’s)), [[name:Graham Robb]] (Independent Chair of the Youth Justice Board), [[name:Deborah Driffield]] (Director of Children’s Services) and [[name:Sarah McGill]] (Corporate Director, People and Communities) to the meeting.



Councillor [[name:Lister]] was invited to make a statement in which he referred to the improvements made within the service to de-escalate the service from Stage 3 to Stage 1. The most recent inspection has showed that the Youth Justice Service (YJS) is a very different service.



[[name:Graham Robb]] provided a statement in which he too welcomed [[name:Emily]] to the Committee, bearing in mind that one of the key issues of the last months has been to ensure the voice of children and young people informs the strategy.



There were technical difficulties with the audio in relation to the remarks made to the Committee by [[name:Graham Robb]] who was attending the meeting remotely.



The Director of Children’s Services outlined some of the points made by [[name:Graham]] due to the technical difficulties.  There is now a management structure within the service that is providing confidence in terms of working with children and young people; there have also been a number of attempts at a quality assurance framework, that will be going to the Board in the near future; and the Sub-Committee is now also working effectively.  One of the things that needs further work is the Partnerships to ensure that children and young people, who are most at risk in the community, have easy access to health and all the other services that are needed.



The Chair invited questions from Members:



Members sought some insight and reassurance in relation to the ongoing challenges the service has to face, in particular in terms of capacity and court disposals which remain inadequate at the moment.
""")

doc("ni-assembly-audit-committee-nipso-2025-09", "committee_minutes", "Northern Ireland Assembly (Audit Committee)", "ni-assembly",
    "https://aims.niassembly.gov.uk/officialreport/minutesofevidencereport.aspx?AgendaId=36869&eveID=18343",
    "Official Report: Minutes of Evidence, Audit Committee, meeting on Wednesday, 17 September 2025 (Budget 2026-2029/30: Northern Ireland Public Services Ombudsman)", r"""
Official Report: Minutes of Evidence
Audit Committee, meeting on Wednesday, 17 September 2025
Members present for all or part of the proceedings:
Mr [[name:Alan Chambers]] (Chairperson)
Ms [[name:Diane Forsythe]] (Deputy Chairperson)
Mr [[name:John Blair]]
Miss [[name:Jemma Dolan]]
Mr [[name:Nick Mathison]]
Witnesses:
Ms [[name:Margaret Kelly]], Northern Ireland Public Services Ombudsman
Mr [[name:Sean Martin]], Northern Ireland Public Services Ombudsman
Mr [[name:Michael McClean]], Northern Ireland Public Services Ombudsman
Budget 2026-2029/30: Northern Ireland Public Services Ombudsman
The Chairperson (Mr [[name:Chambers]]): Good morning. It is my privilege again to welcome [[name:Margaret Kelly]], the Northern Ireland Public Services Ombudsman (NIPSO); [[name:Sean Martin]], the deputy ombudsman; and [[name:Michael McClean]], finance and corporate services manager. I invite you to begin your briefing.
Ms [[name:Margaret Kelly]] (Northern Ireland Public Services Ombudsman): Good morning, Chair, and members. Thank you for giving me the opportunity to say a few introductory words in addition to the budget paper.
There are a few matters that I want to take the opportunity to bring to your attention. The first one is the ongoing and significant increase in the number of complaints. The Committee will know that we indicated to you last year that we thought that our complaints would number around 1,250, and perhaps even rise as far as 1,300. You will know that we exceeded that, with 1,333 complaints coming through the door and an additional 334 re-presented.
I can advise the Committee that, since that time, in the current year, we have seen a 30% increase in complaints coming through the door. That has almost been weekly and certainly monthly. So, we are seeing no drop-off whatsoever in the number of complaints coming through. We estimate that, in the current year, we will see somewhere between 1,600 and 1,700 complaints, with approximately 380 being re-presented. That will create a stretch across the teams in the office.
""")

doc("brighton-hove-council-minutes-2019-10", "council_minutes", "Brighton & Hove City Council", "brighton-hove",
    "https://democracy.brighton-hove.gov.uk/mgAi.aspx?ID=75775",
    "Full Council agenda item: Minutes of the previous meetings (item 33)", r"""
To approve as a correct record the minutes of:
(a) The Special Council meeting held on the 25 July 2019;
(b) The Ordinary Council meeting held on the 25 July 2019;
(c) The Extraordinary Council meeting held on the 3 October 2019.
33.1 The minutes of the Special meeting held on the 25th July 2019 were approved and signed by the Mayor as a correct record of the proceedings;
33.2 The minutes of the last ordinary meeting held on the 25th July 2019 were approved and signed by the Mayor as a correct record of the proceedings;
33.3 Councillor [[name:Mac Cafferty]] referred to the minutes of the Extraordinary meeting held on the 3rd October and noted that the Conservative Group Members were listed as being present, but they had not remained for the debate and therefore questioned whether they should be listed as being present.
33.4 The Monitoring Officer stated that the Members in question had signed the attendance register and as such were recorded as having been present, albeit that they did not remain for the discussion of the item in question. There was no requirement for a councillor to remain for the duration of a meeting but having signed the register their attendance had to be taken on face value.
33.5 The Mayor noted the information and asked that the minutes be agreed, which the council approved and she therefore signed them as a correct record of the proceedings.
""")

doc("arun-council-minutes-2021-09", "council_minutes", "Arun District Council", "arun",
    "https://democracy.arun.gov.uk/mgAi.aspx?ID=4824",
    "Full Council agenda item: Minutes", r"""
Agenda item

Minutes

To approve as a correct record the Minutes of the Meeting of the Council held on 14 July 2021, which are attached.



The Council is also asked, as this is its first physical meeting in the new Municipal Year, to ratify the following decisions made at the virtual Annual Meeting of the Council held on 19 May 2021, which could not be signed off by the Chief Executive in respect of the following minutes:



·         Minute 6 [Appointment of Chair of the Council]

·         Minute 8 [Appointment of Vice-Chair of the Council and Chair-Elect]

·         Minute 10 [Appointment of the Leader and Deputy Leader of the Council]

·             Minute 11 [Review of Entitlement of Political Groups to Seats on Committees [Proportionality) and Appointments to Committees]

·         Minute 12 [Representation on Outside Bodies]



For ease of reference by clicking on this link – you can access the Annual Council Meeting minutes here - Annual Council Meeting – Minutes – 19 May 2021



Minutes:

            The Chair requested Council to approve the Minutes of the Council Meeting held on 14 July 2021, which would be signed at the end of the meeting.



            Councillor [[name:Coster]] confirmed that the minutes were not accurate. He referred to Minute 113 [Petitions] – Page 84 in the second paragraph where he believed that references that he had made to the Constitution had not been included in that section of the minutes and should have been.  Councillor [[name:Coster]] requested that his Point of Order referring to Part 5, Section 1, Rule 17.11 (b) to amend a motion had not been allowed and he sought for an explanation from the Interim Monitoring Officer why this did not apply.
""")

doc("stowmarket-tc-full-council-page", "council_web_page", "Stowmarket Town Council", "stowmarket-tc",
    "http://stowmarket.org/town-council/council-meetings/full-council/",
    "Full Council (Stowmarket Town Council)", r"""
The purpose of the Full Council is as follows:

  • To appoint the Mayor and Deputy Mayor;
  • To make appointments to Committees and Outside Bodies;
  • To approve the Terms of Reference and Scheme of Delegations;
  • To deal with all matters of Town Council business unless Council decides specifically to delegate any such matters to the Council’s Committees;
  • To receive and take appropriate action in respect of recommendations submitted by the Council’s Committees;
  • To approve the Town Council’s Major Policies;
  • To approve the Town Council’s Corporate Plan;
  • To fulfil responsibilities for the overall financial management of the Town Council;
  • To determine the Town Council’s Budget and Precept;
  • To approve the Town Council’s Reserves and Capital Programme;
  • To review and determine the adequacy of the Council’s Internal Control, Risk Management and Asset Management Arrangements;
  • To approve the Annual Accounting Statements, Annual Governance Statement and sign them off for External Audit annually;
  • To approve any application for borrowing;
  • To appoint the Internal Auditor;
  • To receive reports from the Auditors and determine actions to be taken in response to the Auditor’s recommendations;
  • To authorise (ratify) payments made by the Town Council;
  • To approve any grant for more than £1,000 and recommendations from the Grants Panel as part of the Annual Grants Round;
  • To receive budgetary control reports and implement any corrective actions required;
  • To review the Town Council’s Banking and Insurance Arrangements annually (subject to delegation of certain actions to the Audit and Governance Committee and Town Clerk); and
  • To authorise the writing off of Bad Debts (subject to any delegation to the Town Clerk).

Members of the Full Council

Councillor [[name:Linda Baxter]] (Town Mayor)
Councillor [[name:Gareth Betts-Davies]]
Councillor [[name:Gerard Brewster]]
Councillor [[name:David Child]]
""")

# Employment tribunal, planning committees, disclosure log ----------------------------------

doc("et-scotland-ferguson-4103321-2020", "judgment", "Employment Tribunals (Scotland) (as published by vLex)", "employment-tribunals-scotland",
    "https://vlex.co.uk/vid/mr-k-ferguson-v-901479276",
    "Mr K Ferguson v Kintail Trustees Ltd and Agnes Lawrie Addie Shonaig MacPherson: 4103321/2020", r"""
Mr [[name:K Ferguson]] v Kintail Trustees Ltd and [[name:Agnes Lawrie Addie Shonaig MacPherson]]: [[case_id:4103321/2020]]

Judgment Date28 June 2021
Date28 June 2021
Published date24 February 2022
CourtEmployment Tribunal
Subject MatterUnfair Dismissal
E.T. Z4 (WR)
EMPLOYMENT TRIBUNALS (SCOTLAND)
5
Case No:[[case_id:4103321/2020]] (V)
Final Hearing Held by Cloud Video Platform on 14 17 December 2020 and
10 and 11 May 2021, with deliberation days on 13 May, 16 June and 25 June
10
2021
Employment Judge [[name:A Kemp]]
Tribunal Member [[name:S Singh]]
15
Tribunal Member [[name:G Doherty]]
Mr [[name:K Ferguson]] Claimant
20
Represented by
Mr [[name:T Cordery]]
Barrister
Instructed by
Mr [[name:T Ellis]]
25
Solicitor
Kintail Trustees Ltd First Respondent
Represented by:
30
Ms [[name:C Aldridge]]
Solicitor
35
[[name:Agnes Lawrie Addie Shonaig MacPherson]] Second Respondent
Represented by:
Ms [[name:C Aldridge]]
Solicitor
40
45
[[case_id:4103321/2020]] Page 2
JUDGMENT OF THE EMPLOYMENT TRIBUNAL
1. The decision of the Tribunal, unanimous save as to the claim of direct
discrimination, is that
(i) The claimant was unfairly dismissed by the first respondent
5
(ii) The claim of direct discrimination of the claimant by the first
respondent under section 13 of the Equality Act 2010 succeeds
by a majority decision
(iii) The second respondent is liable for the acts of direct
discrimination under sections 109 and 110 of the Equality Act
10
2010
(iv) The claimant did not receive a written statement of particulars
under section 1 of the Employment Rights Act 1996
(v) The claim of harassment under section 26 of the Equality Act is
dismissed.
15
2. There shall be a hearing on remedy to take place remotely for a period
of two days on dates to be afterwards fixed. .
20
REASONS
Introduction
1. This was a Final Hearing on the claims made by the claimant. He was
25
represented by Mr [[name:Cordery]]. The respondents were both represented by Ms
[[name:Aldridge]].
""")

doc("guildford-planning-committee-extension", "planning_minutes", "Guildford Borough Council", "guildford",
    "https://democracy.guildford.gov.uk/mgAi.aspx?ID=15652",
    "Planning Committee agenda item: full application for two storey side extension, single storey rear extension, first floor rear Juliet balcony and front porch", r"""
Minutes:
(Councillor [[name:Steven Lee]] had left the meeting and was not present for the discussion or vote taken in relation to this application).
The Committee considered the above-mentioned full application for two storey side extension, single storey rear extension, first floor rear Juliet balcony and front porch following demolition of existing garage.
Prior to the consideration of the application, the following persons addressed the Committee in accordance with Public Speaking Procedure Rules 3(b):
· Mr [[name:Renaud]] (to object) (read out by the Democratic Services Officer)
The Committee received a presentation from the Team Leader, [[name:Justin Williams]] and noted that the application had been referred to Committee owing to the number of letters of representation received in objection to the application. The site was located within the urban area and also within the residential area which was comprised of other similarly styled properties which were semi-detached with good sized gardens. The two-storey side extension to the side of the property and the single storey side extension was to the front. There was a small front porch proposed as well. The side extension had been set down from the height of the existing dwelling house and was also set back from the front elevation. There was an attached garage which was proposed to be demolished and replaced with a two-storey extension.
The Committee noted that the application had received 16 letters of objection which had been summarised in the report. A further letter of representation was received following the publication of the agenda and was detailed on the supplementary late sheets.
The proposed side extension and front porch would be visible in the street but by the nature of the design it was considered by planning officers to be a subservient addition to the dwelling and would not materially harm the visual amenities of the street scene.
""")

doc("cambridge-planning-side-extension", "planning_minutes", "Cambridge City Council", "cambridge-city",
    "https://democracy.cambridge.gov.uk/mgDecisionDetails.aspx?IId=18129&Opt=1",
    "Planning Committee decision: two storey side extension and rear roof extension incorporating dormer window", r"""
Councillor [[name:Hipkin]] withdrew from the meeting just for this item and Councillor [[name:Blencowe]] took the Chair.
The Committee
received an application for full planning permission.
The application
sought approval for a two storey side extension and rear roof extension
incorporating dormer window, including subdivision into two dwelling units,
following demolition of converted side garage.
The Committee received a representation in objection to the application
from a resident of Eltisley Avenue.
The representation covered the following issues:
The revisions in the latest
iteration of plans did not address problems raised in the July application.
Specific concerns:
Texture, paintwork and cladding
The main finding in the July
application was the extension was too big. It did not comply with NPPF 17 due
to size and dominance of the building.
The drawings just showed the
application, not the distance to neighbours. It would adversely impact on them.
The Applicant’s daughter addressed the Committee in support of the
The Committee:
Resolved (by 4 votes to 3) to grant the
application for planning permission in accordance with the officer
recommendation, for the reasons set out in the officer report, and subject to
the conditions recommended by the officers.
""")

doc("hillingdon-planning-side-rear-extension", "planning_minutes", "London Borough of Hillingdon", "hillingdon",
    "https://modgov.hillingdon.gov.uk/mgAi.aspx?ID=39242",
    "Planning Committee agenda item: single storey side/rear extension (Recommendation: Approval)", r"""
Single storey side/rear extension, canopy structure above existing side entrance door and external alterations to the property, following demolition of existing outbuilding (Revised Description)
Recommendation: Approval
Decision:
RESOLVED: That the application be approved.
Minutes:
Single storey side/rear extension, canopy structure above existing side entrance door and external alterations to the property, following demolition of existing outbuilding (Revised description)
Officers introduced the report and highlighted the information in the addendum. It was noted that party wall matters were not planning considerations as they were covered by other legislation. Members heard that the proposed 3.6m extension was in accordance with Local Plan guidance and would not adversely impact on the amenity of neighbouring properties. The application site was situated in Flood Zone 1 and in a critical drainage area therefore there was a small risk of flooding; however, the footprint was limited and would not exacerbate the flood risk.
A written submission from the lead petitioner was read out to the Committee objecting to the application. Key points included:
· The petitioner had requested that the WC, utility room and kitchen be sited to the rear of the extension leaving the dining room in its original place; planning officers had not taken this into consideration;
· The internal design would directly affect the lead petitioner – this was a planning matter not a party wall matter;
· The proposed WC location and utility room plumbing and drainage would affect the party wall;
· The proposed design would impact on the next-door neighbour in terms of noise, damp, fire and ventilation;
· The drains could potentially block and there was the risk of rodents entering both properties;
· There would be a social issue as noise would emanate from the utility / WC room and kitchen;
· The drains would run along the party wall.
""")

doc("canterbury-disclosure-log-page", "foi_disclosure_log", "Canterbury City Council", "canterbury",
    "https://www2.canterbury.gov.uk/your-council/policy-and-plans/disclosure-log/",
    "Disclosure log", r"""
Disclosure log

Our disclosure log shows details of all requests for information that we have received and dealt with under either the Freedom of Information Act or the Environmental Information Regulations since January 2005.

You can also view our performance stats with regards the processing of FOI requests here.

What happens when I make a request?

The council has up to 20 working days to respond from the date of receipt.  The reply will confirm whether we hold the information and either provide it or explain why it cannot be disclosed.  Any charges for copying or research will be made in accordance with our policy and scale of charges.

What happens if my request is refused?

A request for information may only be refused if:

  • it is vexatious, voluminous or repeated
  • if we have asked you for more information in order to meet your request and you have not provided it
  • if it falls under one of the exemptions

If your request is refused, we will explain why and give you details of how to apply for an internal review of this decision using our comments and complaints system.  If, after an internal review, the Council still refuses your request, you may ask the Information Commissioner to review that decision.

In the interests of open government, the council makes public the list of Freedom of Information requests received.
""")

doc("ofsted-manchester-reinspection-2017", "inspection_report", "Ofsted (report as republished by pdfslide.us)", "ofsted",
    "https://pdfslide.us/documents/manchester-city-council-ofsted-executive-summary-this-is-a-re-inspection-of-childrens.html",
    "Manchester City Council: Re-inspection of services for children in need of help and protection, children looked after and care leavers", r"""
1

Manchester City Council Re-inspection of services for children in need of help and

protection, children looked after and care leavers

Inspection dates: 9 October to 2 November 2017

Report published: 21 December 2017

Children’s services in Manchester require improvement to be

good

1. Children who need help and protection Requires improvement

2. Children looked after and achieving

permanence Requires improvement

2.1 Adoption performance Good

2.2 Experiences and progress of care leavers Requires improvement

3. Leadership, management and governance Good

2

Executive summary

This is a re-inspection of children’s services in Manchester, following a judgement of inadequate for overall effectiveness in 2014. Services for children in Manchester are no longer inadequate. They now require improvement to be good. Inspectors saw good evidence of improvement across all services areas. Strong leadership, an ambitious and well-articulated vision, ‘Our Manchester, our children’ and robust governance arrangements are leading to improved outcomes for children and young people in need of help and protection, for children in care and for care leavers.
""")


if __name__ == "__main__":
    main()
