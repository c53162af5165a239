"""Build benchmarks/data/uk_real4_dev.json and benchmarks/data/uk_real4_holdout.json: a FOURTH set
of excerpts of REAL published UK public-sector text with gold personal-data spans, from bodies
and sites not used by make_uk_real_documents.py, make_uk_real_documents_2.py,
make_uk_real_documents_3.py or make_court_judgments.py.

    .venv/bin/python benchmarks/data/make_uk_real_documents_4.py

What is in it (the layouts sets 1-3 had few of): child safeguarding practice reviews and
safeguarding adults reviews published as web pages (Cambridgeshire and Peterborough, Devon, West
Sussex, Worcestershire, Somerset), with pseudonyms ("Stephen", "Child Jody", "Clare", "'Robert'
(pseudonym)", "Adult M", "Family W"), ages and relatives by role; a coroner's Prevention of
Future Deaths report as a flattened database row (deceased, coroner, addressees, the deceased's
name inside URL slugs); fire and rescue authority minutes (apologies lists, "Mr R J Phillips",
"Cllr R Adams", a member of the public asking a question, a station manager and firefighter
thanked by name); police and crime panel, planning committee, corporate parenting board and
youth offending scrutiny minutes with a named officer's mailbox and direct line; a planning
committee report (case officer, applicant, site address and postcode); Northern Ireland council
minutes ("Alderman McCoubrey", a councillor's husband named in a disclosure of family
relationship) and a bilingual Senedd committee attendance list; Local Government Association
board minutes; licensing sub-committee minutes and an agenda (a police licensing officer, a
premises that is not personal data, an "[email protected]" artefact); school governing body
minutes with a flattened Name (initials) / role table; a children's home inspection report with
glued cells ("Ltd.Stephen Miller"); Public Services Ombudsman for Wales, Scottish Public Services
Ombudsman and Housing Ombudsman decisions ("Mr B", "Mrs C", "(Ms A)", "resident A and B", case
references). Look-alikes that are not personal data are left in: place names, hospitals, prisons,
health boards, companies (Dalradian Gold Limited, Practice Plus Group), rooms named after people
(The Henry Bolingbroke Room), programmes and frameworks (CARM Framework, Putting Things Right),
report titles and acronyms.

Each excerpt was copied verbatim (line breaks, runs of spaces, table pipes and other extraction
artefacts kept; spaces at line ends trimmed) from the text the project's search tool returned for
a public page; `source` records the page address and the document's own heading. Excerpts start
at the first useful line after a site's navigation and are cut at a line or sentence end; only
`[[label:value]]` markers (benchmarks/data/markers.py) were added.

Labelling rules: those of make_uk_real_documents.py (see its docstring and benchmarks/README.md)
and make_uk_real_documents_3.py. Every reference to a person is `name` (titles such as Cllr,
Councillor, Mr, Mrs, Ms, Dr, Professor, Sir and honours such as CBE are outside the span); the
letters and pseudonyms that reviews and ombudsman decisions use for people are `name` ("Mr
[[name:B]]", "Child [[name:Q]]", "Adult [[name:M]]", "Family [[name:W]]", "'[[name:Robert]]'
(pseudonym)"); a possessive "'s" is outside the span. Additions made for this set:
- a person's name inside a URL or file name (a PFD report's slug "amarjit-singh-prevention-...")
  is `name` over the name part only; a coroner's PFD reference ("2023-0342") and an ombudsman's
  case reference are `case_id` (they identify one person's death or complaint);
- an age given as a decade ("in her [[age:50s]]") or with a unit ("[[age:12]] weeks old") is
  `age` over the number;
- the site of a planning application is `address` when it is a private home or its land ("Land
  to the Rear of The Coach House, Queens Avenue, Bicester"); former factories, air bases, farmland
  allocations and council premises named as application sites are not spans (no private person);
- organisation headquarters ("Fire Service Headquarters, Sadler Road, Winsford, Cheshire CW7
  2FQ"), licensed business premises ("Tring Supermarket, 37 Christchurch Road"), an inspected
  children's home named as the service ("Walton Lodge") with its office telephone, hospitals,
  prisons, health boards, fire stations and place names are not spans; a private applicant's
  site is `address` and its postcode a separate `postcode` span, as in the invented sets.

Split (decided before any excerpt was scored, and the same rule as set 3): each excerpt has a
`group` (the body; bodies that share people are one group), and a group goes to
uk_real4_holdout.json when int(sha256(group), 16) % 3 == 0, otherwise to uk_real4_dev.json. The
rule looks only at the group's name. Tune only on uk_real4_dev.json; uk_real4_holdout.json is for
measuring. Result: development 20 excerpts (15 groups), held out 13 excerpts (10 groups).
"""

from __future__ import annotations

from pathlib import Path

# The third set's excerpt record, split and writer: the same format, limits and hash split.
from make_uk_real_documents_3 import excerpt, write_sets

HERE = Path(__file__).resolve().parent
OUT_DEV = HERE / "uk_real4_dev.json"
OUT_HOLDOUT = HERE / "uk_real4_holdout.json"

DOCS: list[dict] = []


def doc(id_: str, genre: str, body: str, group: str, url: str, title: str, marked: str) -> None:
    excerpt(DOCS, id_, genre, body, group, url, title, marked)


def main() -> None:
    write_sets(DOCS, OUT_DEV, OUT_HOLDOUT)


# --- the excerpts ----------------------------------------------------------------------
# Text is verbatim from the source; only the [[label:value]] markers were added.

# Child safeguarding practice reviews and safeguarding adults reviews ---------------------

doc("cambs-peterborough-cspr-stephen", "case_review", "Cambridgeshire and Peterborough Safeguarding Partnership Board", "cambs-peterborough-safeguarding",
    "https://safeguardingcambspeterborough.org.uk/portfolio-item/child-safeguarding-practice-review-stephen/",
    "Child Safeguarding Practice Review – Stephen", r"""
What is a Child Safeguarding Practice Review (CSPR)?

A Child Safeguarding Practice Review (CSPR), is undertaken by the Safeguarding Children Partnership Board when

  • Abuse or neglect of a child is known or suspected; and
  • Either – the child has died; or the child has been seriously harmed and there is cause for concern as to the way the authority, their board partners or other relevant persons have worked together to safeguard the child. (Working Together,2018: 84)

Professionals from a wide range of agencies working with a child and family contribute their experiences and perspectives to; learn and explore what could have been done differently to improve the outcomes for the child and to provide future guidance for professional practice.

Following the referral to the CSPR Subgroup and completion of a Rapid Review, accepted by the Child Safeguarding Practice Review Panel, it was decided that a local CSPR should be initiated. This review concerns the death of a baby boy who we shall call [[name:Stephen]] to protect both his and his family’s anonymity. He lived in the family home with his mother, mother’s partner, and older half siblings. [[name:Stephen]] died from head trauma at the age of [[age:12]] weeks old. His post-mortem showed evidence of historical injuries including fractures, reflecting physical abuse over time. [[name:Stephen]]’s mother’s partner (who was not [[name:Stephen]]’s biological father) has been found guilty of his murder.

In the case of [[name:Stephen]] all agencies were required to provide Independent Management Reviews (IMRs) and a chronology of their involvement with [[name:Stephen]]. Due to the unprecedented impact of COVID 19 panel meetings and consultation with practitioners and mangers were undertaken virtually. Additionally, [[name:Stephen]]’s mother was contacted and both [[name:Stephen]]’s biological father and the father to his half siblings were liaised with via virtual means for the purpose of the CSPR.
""")

doc("devon-scp-cspr-child-jody", "case_review", "Devon Safeguarding Children Partnership", "devon-scp",
    "https://www.devonscp.org.uk/document/cspr-appreciative-inquiry-child-jody/",
    "CSPR Appreciative Inquiry – Child Jody", r"""
1. Introduction
1.1 Working Together 2018 requires safeguarding partnerships to conduct a Child Safeguarding Practice Review (CSPR) in certain, defined circumstances. The Devon Safeguarding Children Partnership (known at the time of the review as the Devon Children and Families Partnership) decided to conduct a CSPR following the death of Child [[name:Jody]] (pseudonym).
1.2 There were three main reasons for this decision:
- Risk of harm to infants is a focus for the Partnership which wanted to ensure learning from incidents was readily available to inform practice.
- The Partnership is also focusing on why fathers / male partners are not more fully included or considered in the wider safeguarding assessments.
- At key points, professionals made decisions which, with the benefit of hindsight, deviated from usual child protection practice. The Partnership wanted to understand why that was and if any changes might need to be introduced to strengthen safeguarding practice in Devon.
1.3 It was intended that the review would use the circumstances surrounding the death of Child [[name:Jody]] to try to understand why the lessons learnt from similar reviews, nationally and locally, had not led to a change in practice. The review therefore considered the issues arising out of [[name:Jody]]’s death in that context rather than focusing solely on [[name:Jody]]. The report provides a brief summary of [[name:Jody]]’s life by way of an introduction to the issues raised in other local and national reviews. The learning specific to [[name:Jody]] had already been identified and actions taken following an earlier rapid review.
1.4 The failure to incorporate the lessons learnt into practice is not just a local issue. It has also been a feature of national review, which was one of the reasons for the national panel publishing its thematic report ‘The Myth of Invisible Men’ (September 2021). Devon SCP is therefore not alone in seeking to understand how best to implement and sustain changes in practice.
""")

doc("cambs-peterborough-sar-simon", "case_review", "Cambridgeshire and Peterborough Safeguarding Adult Partnership Board", "cambs-peterborough-safeguarding",
    "https://safeguardingcambspeterborough.org.uk/portfolio-item/safeguarding-adults-review-simon/",
    "Safeguarding Adults Review – Simon", r"""
What is a Safeguarding Adult Review (SAR)?

According to Part One Section 44 of the Care Act 2014 Safeguarding Adult Boards (i.e. Cambridgeshire and Peterborough Safeguarding Adult Partnership Board) must undertake a Safeguarding Adult Review (SAR) when:

  1. An adult in its area with care and support needs (i.e. an adult at risk) has died as a result of abuse or neglect whether this was known or suspected before the adult died and there is concern that partner agencies could have worked more effectively to protect the adult.
  2. An adult in its area with care and support needs (i.e. an adult at risk) has not died, but the SAB knows or suspects that the adult has experienced serious abuse or neglect and there is concern that partner agencies could have worked more effectively to protect the adult.

The purpose of a Safeguarding Adults Review is to learn the lessons about how professionals and organisations work together, and to consider how the learning can be used to improve practice for others in the future.

(Adapted and Taken from Care Act 2014 and Cambridgeshire and Peterborough Safeguarding Adult Partnership Board Website)

SAR

It is important to note that this is not a recent case and a lot of practice and procedures have changed since the time of death.  An action plan is in place to address the recommendations raised within the SAR report.  This briefing is written to support the learning for professional with a view to improving future safeguarding practice

[[name:Simon]]

The name [[name:Simon]] is a pseudonym used within this briefing to anonymise and protect both the identity of the adult at risk and his family members.

Background

[[name:Simon]] was a [[age:90]] year old man who died in 2017. He was born in France and English was his second language and as his health deteriorated he would often speak limited words in French.
""")

doc("west-sussex-sab-clare-2024", "case_review", "West Sussex Safeguarding Adults Board", "west-sussex-sab",
    "https://www.westsussexsab.org.uk/statutory-publications/safeguarding-adult-reviews/",
    "Safeguarding Adult Reviews (Safeguarding Adults Review in relation to Clare, February 2024)", r"""
Safeguarding Adult Reviews

The Care Act 2014 states that Safeguarding Adult Boards have a statutory responsibility to arrange a Safeguarding Adult Review (SAR) when an adult dies as a result of abuse or neglect (whether known or suspected), where there is concern that partner agencies could have worked more effectively together to protect the adult. The overall purpose of a SAR is to promote learning and improve practice. It is not to re-investigate or to apportion blame.

You can find each of the SARs and Learning Reviews published in the last 12 months below. SARs and Learning Reviews published prior to this can be found on the next page.

Safeguarding Adults Review in relation to [[name:Clare]] (February 2024)

[[name:Clare]] is [[age:43]] years-old and was born in Littlehampton with DiGeorge syndrome; a genetic condition that causes the underdevelopment of some systems in the body. Autism can also be associated with this syndrome, which was diagnosed in 2004. Her father, who contributed to the Review, described [[name:Clare]] as a quiet child with few friends, who was sadly bullied at school due to her disability. [[name:Clare]] also has a history of mental health concerns, including auditory hallucinations. [[name:Clare]] has lived in supported housing from around the age of [[age:20]], but at the time this Review was written, she was unwell and in hospital.

From February 2022, [[name:Clare]] began to express concerns about her mobility, due to long standing knee pain. [[name:Clare]] expressed that voices were telling her that her knee would break if she moved, which resulted in her remaining seated on her sofa for at least two weeks, leading to rapidly worsening hygiene circumstances. A Mental Health Act Assessment led to [[name:Clare]]’s admission to hospital. It was acknowledged that there were missed opportunities over many months for a robust multi-agency risk management meeting, to coordinate a comprehensive, personalised and holistic risk management plan to support [[name:Clare]].
""")

doc("worcestershire-sab-sars-2023-24", "case_review", "Worcestershire Safeguarding Adults Board", "worcestershire-sab",
    "https://www.safeguardingworcestershire.org.uk/wsab/sars/publications/",
    "Worcestershire Published Safeguarding Adults Reviews", r"""
Worcestershire Published Safeguarding Adults Reviews

A Safeguarding Adults Review (SAR) is a multi-agency review process which seeks to determine what relevant agencies and individuals involved could have done differently that could have prevented harm or a death from taking place.  The purpose of a SAR is not to apportion blame.  It is to promote effective learning and improvement to prevent future deaths or serious harm occurring again.

[[name:John]]  (January 2024)

Themes – Self-Neglect, Making Safeguarding Personal (MSP), Multi Agency Working (Managing Risk/Information Sharing)


[[name:John]] was a [[age:54]] year old white male who had a history of alcohol, substance misuse, and suspected suicidal incidents following the loss of his family network.  He had previously slept rough, but not at the time of his death.

Learning from this review included:

    • Self-Neglect is complex and requires a Multi-agency approach  – Self-Neglect Policy & CARM Framework
    • Making Safeguarding Personal (MSP) – Exploring methods of preferred contact
    • Managing Risk – Multi-agency approach

[[name:Joseph]]  (December 2023)

Themes – Making Safeguarding Personal (MSP), Care Homes, Discharge to Assess, Recordings (MDT),  Mental Capacity Act (MCA)


[[name:Joseph]] was a [[age:79]] year old male who had multiple health conditions which left him extremely frail as he advanced in years.  Falls and fluctuating metal capacity increased.  [[name:Joseph]] moved to a residential care home where he had a further fall which resulted in hospitalisation, he died the next day from aspiration pneumonia.

Learning from this review included:

    • MSP understanding the person – Health Passports
    • Assurance of quality of care in residential care homes
    • Discharge to assess and other placements/funding for care
    • Quality of recording and reviewing Multi-Disciplinary Team (MDT) meetings
    • Mental capacity and cognitive impairment

Adult [[name:M]] (December 2023)
""")

doc("somerset-sab-published-reviews", "case_review", "Somerset Safeguarding Adults Board", "somerset-sab",
    "https://somersetsafeguardingadults.org.uk/publications-and-resources/learning-from-serious-cases",
    "Safeguarding Adults Reviews (learning from serious cases)", r"""
Safeguarding Adults Reviews
The Board is required to commission Safeguarding Adults Reviews (SARs) for any cases meeting the criteria for these. The Care Act 2014 introduced SARs, which were previously known as Serious Case Reviews.
Listed below are reviews commissioned and published by the Safeguarding Adults Board.
It is not currently a statutory requirement to publish reports; however, it is recognised good practice to demonstrate the level of transparency and accountability needed to enable lessons to be learned as widely and thoroughly as possible. It is therefore our policy that all reports are published in full unless:
- publication could be deemed to be detrimental to the person’s well-being or
- the person, or their family member(s) who act/acted in the person’s best interests, ask for the report not to be published
Where a report is not published for these reasons we will produce a practice briefing containing learning identified to ensure professionals are able to understand what happened and, crucially, what needs to change in order to reduce the risk of similar tragic events happening in the future.
Published reviews
Safeguarding Adults Review: ‘Family [[name:W]]’ (2024)
Safeguarding Adults Review: ‘[[name:Peter]]’ (2024)
Safeguarding Adults Review: ‘[[name:Robert]]’ (2023)
A Safeguarding Adults Review was commissioned in to the death of ‘[[name:Robert]]’ (pseudonym), who had a history of self-neglect and died from respiratory distress and pneumonia. Organisations were attempting to support him in relation to his history of neglecting his own health and well-being and highlights the difficulties organisations face in supporting people with complex health and social care needs.
Safeguarding Adults Review: ‘[[name:Susan]]’ (2022)
A Safeguarding Adults Review was commissioned in to the death of ‘[[name:Susan]]’ (pseudonym), had a significant health condition that required daily medication, and concerns were identified with the way organisations worked together to safeguard her.
""")

# Coroners' Prevention of Future Deaths reports --------------------------------------------

doc("pfd-london-inner-north-2023-0342", "pfd_report", "Senior Coroner, London Inner North (PFD report, as listed by the Preventable Deaths Tracker)", "pfd-london-inner-north",
    "https://preventabledeathstracker.net/database/",
    "Preventable Deaths Tracker Database (row: 2023-0342)", r"""
The Preventable Deaths Tracker Database contains all published coroners’ Prevention of Future Deaths reports (PFDs) in England and Wales from inception (July 2013) and it is updated every Sunday.
There are over 4,500 coroner reports in the Preventable Deaths Tracker database below.
date_of_report | ref | deceased_name | coroner_name | coroner_area | category | this_report_is_being_sent_to | report_url | pdf_url | reply_urls | circumstances | concerns | inquest | action | response | legal |
---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
18/09/2023 | [[case_id:2023-0342]] | [[name:Amarjit Singh]] | Ms [[name:Mary Hassell]] | London Inner North | State Custody related deaths | HM Prison Pentonville | Practice Plus Group | https://www.judiciary.uk/prevention-of-future-death-reports/[[name:amarjit-singh]]-prevention-of-future-deaths-report/ | https://www.judiciary.uk/wp-content/uploads/2023/09/[[name:Amarjit-Singh]]-Prevention-of-future-deaths-report-[[case_id:2023-0342]]_Published-1.pdf | Mr [[name:Singh]]’s death was epilepsy related. He was found dead in his cell at HMP Pentonville on the morning of 21 November 2021. In the middle of the night his cellmate had rung the emergency cell bell and told the prison officer who came to the door that Mr [[name:Singh]] had suffered a fit. However, the prison officer did not then seek medical attention for Mr [[name:Singh]] and the cell door remained locked shut for the rest of the night. | During the course of the inquest, the evidence revealed matters giving rise to concern. In my opinion, there is a risk that future deaths will occur unless action is taken. In the circumstances, it is my statutory duty to report to you. The MATTERS OF CONCERN are as follows. There are many issues about which I would have made a prevention of future deaths report, had I not been told that systems have been radically overhauled since Mr [[name:Singh]]’s death.
""")

# Fire and rescue authorities --------------------------------------------------------------

doc("cheshire-fire-authority-2019-12", "board_minutes", "Cheshire Fire Authority", "cheshire-fire",
    "https://authority.cheshirefire.gov.uk/ieListDocuments.aspx?CId=132&MId=441&Ver=4",
    "Fire Authority: agenda and minutes (December 2019)", r"""
Recording of Meeting Members are reminded that this meeting will be audio-recorded. Minutes: Members were reminded that the meeting would be audio-recorded.
Apologies for Absence Minutes: Apologies for absence were received from Councillors [[name:Rachel Bailey]], [[name:Razia Daniels]], [[name:David Edwardes]], [[name:Nick Mannion]], [[name:Jonathan Parry]], [[name:Morgan Tarr]] and [[name:Norman Wright]] and from the Police and Crime Commissioner [[name:David Keane]].
Note: the meeting was brought forward 24 hours due to the parliamentary election being held on 12th December 2019. |
Chair's Announcements To receive any announcements that the Chair wishes to make prior to the commencement of the formal business of the meeting.
Minutes: The Chair asked Members to note the content of the Chair’s announcements which included details of Authority achievements and events. |
Declaration of Members' Interests Members are reminded that the Members’ Code of Conduct requires the disclosure of Statutory Disclosable Pecuniary Interests, Non-Statutory Disclosable Pecuniary Interests and Disclosable Non-Pecuniary Interests. Minutes: There were no declarations of Members’ interests.
Councillor [[name:Bob Rudd]] did, however, state that he had signed a petition which called for the return of a second fire engine to Chester. He went on to confirm that he appreciated the need to consider the consultation feedback that would be received before taking a firm view on the Integrated Risk Management Plan.
Councillor [[name:Martyn Delaney]] indicated that he had also signed the petition.
Note: A petition was submitted to the Authority at its meeting on 19th June 2019 which was concerned with the return of a second fire engine to Chester. The Chair and Councillor [[name:Delaney]] had informed Members at previous meetings of the Authority that they had signed the petition and that they did not believe they had an interest to disclose under the Members’ Code of Conduct. |
""")

doc("cheshire-fire-authority-2019-09", "board_minutes", "Cheshire Fire Authority", "cheshire-fire",
    "https://authority.cheshirefire.gov.uk/ieListDocuments.aspx?CId=132&MeetingId=439",
    "Fire Authority: agenda and minutes (September 2019)", r"""
Apologies for Absence


Apologies for absence were received from Councillor [[name:Jonathan Parry]] and the Police and Crime Commissioner, [[name:David Keane]].


Chair's Announcements

The Chair asked Members to note the content of the Chair’s announcements which included details of Authority achievements and events Members had attended since the last meeting of the Fire Authority.



Declaration of Members' Interests

There were no declarations of Members’ interests.



Questions from Members of the Public

A question had been submitted by Mr [[name:M Jones]] and he read the question out at the meeting. The Chair of the Fire Authority read out a response. Mr [[name:Jones]] asked a supplementary question at the meeting. The Chair confirmed that a written response would be sent in due course.


The question and response are annexed to the minutes. The supplementary question and response are annexed to the minutes.



To confirm as a correct record the minutes of the Fire Authority Meeting held on 19th June 2019.


Matters arising:


Item 1J in the minutes refers to the petitions received from Mr [[name:Jones]] concerned with Chester Fire Station and a second fire engine for Chester. A response was sent to Mr [[name:Jones]] on 12th July 2019 and this is attached to the minutes.

That the minutes of the Fire Authority meeting held on 19th June 2019 be approved as a correct record.



To receive, for information, the minutes of the Performance and Overview Committee meeting held on 10th July 2019.
""")

doc("cheshire-fire-authority-2023-10", "board_minutes", "Cheshire Fire Authority", "cheshire-fire",
    "https://authority.cheshirefire.gov.uk/ieListDocuments.aspx?CId=132&MeetingId=856",
    "Fire Authority: agenda and minutes (2023)", r"""
Venue: Lecture Theatre - Fire Service Headquarters, Sadler Road, Winsford, Cheshire CW7 2FQ. View directions
Contact: [[name:Donna Linton]] Governance and Corporate Planning Manager
No. | Item |
---|---|
PROCEDURAL MATTERS |
|
Recording of Meeting Members are reminded that this meeting will be audio-recorded. Minutes: Members were reminded that the meeting would be audio-recorded. |
|
Apologies for Absence Minutes: Apologies for absence were received from Councillors [[name:Sherin Akhtar]], [[name:John Bird]], [[name:David Brown]] and [[name:Gina Lewis]]. |
|
Chair's Announcements To receive any announcements that the Chair wishes to make prior to the commencement of the formal business of the meeting. Minutes: The Chair asked Members to note the content of the Chair’s announcements which included details of Authority achievements and events Members had attended since the last meeting of the Fire Authority.
The Chair on behalf of the Fire Authority took the opportunity to thank [[name:Paul Rostance]], Station Manager from Frodsham, Malpas and Tarporley and [[name:Ian Wilson]], Firefighter from Lymm and members of the International Search and Rescue (ISAR) team who had been deployed on 10th September 2023 to help with the earthquake search and rescue mission in Morocco.
The Chair took the opportunity to welcome [[name:James Cunningham]], the newly appointed Head of Finance to the meeting. [[name:James]] was due to join the Service in January 2024. |
|
Declaration of Members' Interests Members are reminded to disclose any interests that are relevant to any item on the Agenda. Minutes: There were no declarations of Members’ interests. |
|
Questions from Members of the Public To receive any questions submitted, in accordance with procedure rules 4.47 to 4.54 by members of the public within the area covered by the Fire Authority. Minutes: There were no questions submitted. |
""")

doc("hereford-worcester-fire-2018-05", "board_minutes", "Hereford & Worcester Fire Authority", "hereford-worcester-fire",
    "https://hwfire.cmis.uk.com/hwfire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/280/Committee/2/Default.aspx",
    "Full Authority, 30 May 2018: meeting details", r"""
Meeting Details

Full Authority
30 May 2018 - 10:00 to 11:30
  • Documents
  • Attendance
  • Visitors
  • Declarations of Interests

Documents

Agenda

Agenda Items
1 Election of Chairman
To elect a Chairman of the Authority.
177

RESOLVED that Mr [[name:R J Phillips]] be elected as Chairman of the Fire Authority for the ensuing year, to hold office until his successor becomes entitled to act.

2 Election of Vice Chairman
To elect a Vice Chairman of the Authority.
178
RESOLVED that Mr [[name:P A Tuthill]] be elected as Vice-Chairman of the Fire Authority for the ensuing year, to hold office until his successor becomes entitled to act.
3 Apologies for Absence
To receive any apologies for absence.
179
Apologies were received from Cllr [[name:R Adams]], Cllr [[name:A Amos]], Cllr [[name:B Clayton]], Cllr [[name:E Eyre]], Cllr [[name:D Greenow]], Cllr [[name:B Matthews]] and Cllr [[name:R Udall]].
4 Declarations of Interest (if any)
This item allows the Chairman to invite any Councillor to declare an interest in any of the items on this Agenda.
180
There were no interests declared.
To confirm the minutes of the meeting held on 14 February 2018.
181

RESOLVED that the minutes of the meeting of the Fire Authority held on 14 February 2018 be confirmed as a correct record and signed by the Chairman.

6 Chairman’s Announcements
To update Members on recent activities.
182

[Councillor [[name:Pat Agar]] entered the meeting at 10.03am].

The Chairman welcomed new Member Councillor [[name:Tracy Bowes]] to the meeting who had replaced Councillor [[name:Jim Kenyon]].

The Chairman informed the Authority of the following:

  • He would bring Item 14 - Transfer of Governance further up the agenda;
  • He had recently attended a meeting for staff with the PCC and Vice-Chairman regarding the change of governance;
  • The Grenfell report and the outcomes that would likely impact on Fire and Buildings Regulations;
  • Meetings he recently attended with Legal Officers and the Fire Commission;
""")

doc("bedfordshire-fra-2018-06", "board_minutes", "Bedfordshire Fire and Rescue Authority", "bedfordshire-fra",
    "http://bedsfireresauth.moderngov.co.uk/ieListDocuments.aspx?CId=134&MId=324",
    "Fire and Rescue Authority: agenda and minutes (2018/19 annual meeting)", r"""
Agenda and minutes

Venue: Conference Room, Fire and Rescue Service Headquarters, Kempston, Bedford MK42 7NR. View directions

Items
No. Item

18-19/FRA/1

Apologies

Minutes:

An apology for absence was received from Councillor [[name:D Franks]].

18-19/FRA/2

Membership

Minutes:

The Secretary and Monitoring Officer reported that there had been no changes to the membership from the previous year.

18-19/FRA/3

Election of Chair 2018/19

Minutes:

In accordance with the Authority’s Standing Orders, the Secretary and Monitoring Officer presided over the election of Chair.



Councillor [[name:Downing]] was nominated for the position of Chair of the Fire and Rescue Authorityby Councillor [[name:Saleem]] and this was seconded by Councillor [[name:Atkins]]. As there were no other nominations for the role, Councillor [[name:Downing]] was duly elected as the Chair of the Authority for the ensuing municipal year.



RESOLVED:

That Councillor [[name:Downing]] be elected Chair of the Fire and Rescue Authority for 2018/19.

Last year’s Chair, Councillor [[name:Atkins]] thanked Officers and Members for their support last year and in turn Councillor [[name:Downing]] thanked Councillor [[name:Atkins]] for her year’s work too.

Councillor [[name:Downing]] advised that, as Chair, he was not going to propose a Vice Chair as he felt it was only right for Members to vote amongst themselves.  He also referred to the upcoming challenge of the HMICFRS process and the opportunity to consider aligning the Policy and Challenge Groups to the HMICFRS inspection goals of Effectiveness, Efficiency and People.  On this, the Monitoring Officer reminded the Authority that earlier in the year the Corporate Services Policy and Challenge Group had requested a review of Governance, which was on-going.

With Council Elections due to be held in May 2019, Councillor [[name:Downing]] questioned the position of the Authority when Members were between a) their local elections and b) nominated by their Authorities to be FRA Members.
""")

# Police and crime panels, planning committees -------------------------------------------

doc("surrey-pcp-2020-09", "council_minutes", "Surrey Police and Crime Panel (Surrey County Council)", "surrey-pcp",
    "http://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=250&MId=7244&Ver=4",
    "Surrey Police and Crime Panel - Tuesday, 15 September 2020: agenda and minutes", r"""
Agenda and minutes

Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am

Venue: Remote

Contact: [[name:Amelia Christopher]], Email: [[email:amelia.christopher@surreycc.gov.uk]]

Media

Items
No. Item

39/20

APOLOGIES FOR ABSENCE

    • Share this item

    The Chairman to report apologies for absence.

    Additional documents:

    Minutes:

    Apologies were received from Councillors [[name:Bob Milton]] and [[name:John Furey]].



    Councillor [[name:Bernie Spoor]] joined the meeting at 11.15am (noted in item 8).



40/20

MINUTES OF THE PREVIOUS MEETING pdf icon PDF 135 KB

    • Share this item

    To approve the minutes of the meeting held on 30 June 2020 as a correct record.

    Additional documents:

    Minutes:

    The minutes of the meeting held on 30 June 2020 were agreed as a true record of that meeting.



41/20

DECLARATIONS OF INTEREST

    • Share this item

    All Members present are required to declare, at this point in the meeting or as soon as possible thereafter

    (i)            Any disclosable pecuniary interests and / or

    (ii)           Other interests arising under the Code of Conduct in respect of any item(s) of business being considered at this meeting
""")

doc("cherwell-planning-2011-03", "planning_minutes", "Cherwell District Council", "cherwell",
    "http://modgov.cherwell.gov.uk/ieListDocuments.aspx?CId=117&MId=1682&Ver=4",
    "Planning Committee - Thursday 24 March 2011: agenda and minutes", r"""
Agenda and minutes


Planning Committee - Thursday 24 March 2011 4.00 pm

Venue: Bodicote House, Bodicote, Banbury, OX15 4AA. View directions

Contact: [[name:Michael Sands]], Legal and Democratic Services  Email: [[email:michael.sands@cherwell-dc.gov.uk]] [[phone:(01295) 221554]]

Media

Items
Note No. Item

161.

Declarations of Interest

Members are asked to declare any interest and the nature of that interest which they may have in any of the items under consideration at this meeting

Additional documents:

Minutes:

Members declared interest with regard to the following agenda items:



7. Formerly SAPA Profiles UK, Southam Road, Banbury.

Councillor [[name:Alastair Milne Home]], Personal, as a member of Banbury Town Council who had been consulted on the application.



8. Heyford Park, Camp Road, Upper Heyford.

Councillor [[name:Alastair Milne Home]], Personal, as he works within the area of the site on occasion.



Councillor [[name:Andrew Fulljames]], Personal, as a member of Middleton Stoney Parish Council who had been consulted on the application.



Councillor [[name:James Macnamara]], Personal, as a member of Lower Heyford Parish Council and as warden of St Mary's Lower Heyford Parochial Church which is located within the base.



10. Land east of Dorcas Road adjoining and south of Overthorpe Road, Banbury.

Councillor [[name:Alastair Milne Home]], Personal, as a member of Banbury Town Council who had been consulted on the application.



11. [[address:Land to the Rear of The Coach House, Queens Avenue, Bicester]].

Councillor [[name:D M Pickford]], Personal, as a member of Bicester Town Council who had been consulted on the application.



Councillor [[name:Leslie F Sibley]], Personal, as a member of Bicester Town Council who had been consulted on the application.



12. Old Bodicote House, White Post Road, Bodicote.

Councillor [[name:D M Pickford]], Prejudicial, as a member of the Executive.



Councillor [[name:G A Reynolds]], Prejudicial, as a member of the Executive.



Councillor [[name:James Macnamara]], Prejudicial, as a member of the Executive.
""")

# Ombudsman decisions: Wales and Scotland ---------------------------------------------------

doc("psow-betsi-cadwaladr-mr-b-2023", "ombudsman_decision", "Public Services Ombudsman for Wales", "psow",
    "https://www.ombudsman.wales/blog/2023/09/14/we-publish-today-a-public-interest-report-about-an-investigation-into-the-care-and-treatment-provided-to-a-patient-by-betsi-cadwaladr-university-health-board/",
    "Public interest report: care and treatment provided to a patient by Betsi Cadwaladr University Health Board", r"""
The Complaint

We launched an investigation after Mr [[name:B]] complained that the Health Board failed to provide appropriate and timely treatment to his wife (Mrs [[name:B]]) after she was admitted to hospital with suspected appendicitis.

Our Investigation

We found:

  • a failure to provide Mrs [[name:B]] with the expected level of care after the surgery to remove her appendix
  • a failure to identify the underlying cause of Mrs [[name:B]]’s breathing difficulties and to provide appropriate and timely treatment
  • a failure to recognise signs that Mrs [[name:B]]’s condition was deteriorating and to take appropriate action
  • that, on a balance of probabilities, Mrs [[name:B]]’s cardiac arrest and lengthy admission to the Intensive Care Unit would likely have been avoided if she had received appropriate care.

We were concerned that these events took a considerable toll on Mrs [[name:B]]’s physical and mental wellbeing. Mrs [[name:B]] had been left with health and mobility problems that she would not have expected to have to cope with in her [[age:50s]] and which may significantly limit her quality of life for years to come.

We believed that Mr [[name:B]] had also suffered significant injustice through the distress he experienced during his wife’s admission and afterwards, in adapting to the need to provide ongoing physical and psychological support to her.

“Own Initiative” Investigation

During the investigation, a concern arose that the Health Board had failed to arrange appropriate follow-up and treatment for Mrs [[name:B]] in response to a scan in September 2017.  As a result, we used the recently introduced “own initiative” power to extend the investigation to look at the concern, of which Mr and Mrs [[name:B]] had been entirely unaware.

The “own initiative” investigation found that, in response to the scan result, the Health Board should have arranged to remove Mrs [[name:B]]’s appendix but failed to do so.
""")

doc("psow-cwm-taf-mr-d-2018", "ombudsman_decision", "Public Services Ombudsman for Wales", "psow",
    "https://www.ombudsman.wales/blog/2018/03/27/south-wales-health-board-criticised-for-three-year-delay-in-handling-complaint/",
    "South Wales health board criticised for three-year delay in handling complaint", r"""
Mr [[name:D]] (anonymised) complained to Cwm Taf University Health Board about the care and treatment of his mother following her death at the Royal Glamorgan Hospital in 2012.

Despite accepting there had been a breach in their duty of care and promising to investigate the matter further Mr [[name:D]] heard nothing substantive from the Health Board for nearly two
years, when they claimed the original complaint record had been misplaced in a ‘culling exercise’.

In September 2015, when the Health Board had still failed to respond, the Ombudsman contacted the Chief Executive who agreed to provide Mr [[name:D]] with redress for the delay and to
pursue his complaint as a matter of urgency. A year later, with Mr [[name:D]] having heard nothing further, the Ombudsman began an investigation.

As well as the severe delay in responding to Mr [[name:D]]’s concerns, the Ombudsman found that the Health Board had:

• when providing Mr [[name:D]] with an interim report, failed to offer him free legal advice and the opportunity to jointly instruct an expert clinician to consider his mother’s care, in line with regulations[i]

• concluded that the failings identified were not the cause of his mother’s death, but failed to inform Mr [[name:D]] that this decision had been reached without her clinical records which it had misplaced.

The Ombudsman made several recommendations including that Mr [[name:D]] should be offered the
expert clinical and legal advice he was entitled to under the Putting Things Right process.

Commenting on the investigation, [[name:Nick Bennett]], Public Services Ombudsman for
Wales, said:

“This was at best, a lack of transparency and at worst, an attempt by the Health Board to mislead, potentially jeopardising patients’ faith in the Putting Things Right process.

“This is exactly the type of poor complaint handling highlighted in my recent thematic report
Ending Groundhog Day: Lessons in Poor Complaint Handling.
""")

doc("psow-cwm-taf-morgannwg-mrs-y-2024", "ombudsman_decision", "Public Services Ombudsman for Wales", "psow",
    "https://www.ombudsman.wales/blog/2024/09/12/cwm-taf-morgannwg-health-board-fails-to-respond-to-ombudsman-wales/",
    "Cwm Taf Morgannwg Health Board fails to respond to Ombudsman Wales", r"""
Today the Public Services Ombudsman for Wales issues a Public Interest report into Cwm Taf Morgannwg Health Board after it ignored requests and reminders from the Ombudsman to respond to a draft report and the recommendations for improvements that it included.
The Ombudsman launched an investigation after Mrs [[name:Y]] complained about the care and treatment her late mother, Mrs [[name:W]], received from Cwm Taf Morgannwg Health Board. The Ombudsman’s final report into Mrs [[name:Y]]’s complaint found failings in obtaining consent from the patient, and in relation to appropriate post-operative care including monitoring, pain relief and oral care.
The Ombudsman had no option but to issue her decision as a public interest report when the Health Board ignored requests from her staff to comment on the draft report. This case is not an isolated issue but is an example of several cases where the Health Board has failed to provide information or comments. The Ombudsman has been in contact with the Health Board about these delays, and met with the Chief Executive.
“I am deeply concerned about the inaction of the Health Board. The Health Board was given a number of opportunities to comment on a draft of this report but it has not done so. The Health Board has therefore not confirmed if it accepts these recommendations and for that reason this report has had to be issued as a public interest report. This is unacceptable and of serious concern to the public.”
Commenting on the report, Public Services Ombudsman for Wales, [[name:Michelle Morris]], said:
The Ombudsman’s Recommendations
In her report, the Ombudsman made recommendations, including an apology to Mrs [[name:Y]] for the failings identified, and bringing this report, and the reasons the Ombudsman has issued it as a public interest report, to the attention of the Chair of the Board’s Quality and Safety Committee.
""")

doc("spso-north-ayrshire-201806426", "ombudsman_decision", "Scottish Public Services Ombudsman", "spso",
    "https://www.spso.org.uk/outcome/some-upheld-recommendations?page=26",
    "Some upheld, recommendations (case ref 201806426, North Ayrshire Health and Social Care Partnership)", r"""
Some upheld, recommendations

  • Case ref:
    [[case_id:201806426]]
  • Date:
    August 2020
  • Body:
    North Ayrshire Health and Social Care Partnership
  • Sector:
    Health and Social Care
  • Outcome:
    Some upheld, recommendations
  • Subject:
    Policy / administration

Summary

Mr [[name:C]], a support and advocacy worker, complained on behalf of his client (Ms [[name:A]]). Ms [[name:A]] had been receiving a direct payment to fund a personal assistant to help her care for her child. When Ms [[name:A]] met with the partnership, she said that she had purchased mountain bikes and placed a down payment on a caravan. The partnership said that this breached Ms [[name:A]]'s agreement and stopped her direct payment. Mr [[name:C]] complained that the partnership's decision was unreasonable and that they failed to take account of their non-compliance with their statutory obligation to provide Ms [[name:A]] with support and guidance. Mr [[name:C]] also said that the statutory guidance gave the partnership flexibility to consider the use of funds by Ms [[name:A]] to see if they met the family’s broader needs.

We took advice from an appropriately qualified adviser. The partnership acknowledged that Ms [[name:A]] had not received regular support and guidance as required. However, there was no evidence that Ms [[name:A]] had submitted monitoring forms as required by her agreement with the partnership detailing her use of the direct payment. We considered that it was reasonable for the partnership to reach a decision based on the information they had available at the time and that staff appropriately followed the relevant procure.
""")

doc("spso-highland-201600143", "ombudsman_decision", "Scottish Public Services Ombudsman", "spso",
    "https://spso.org.uk/decision-reports/2018/january/decision-report-201600143-201600143",
    "Decision Report 201600143 (Highland NHS Board)", r"""
Decision Report [[case_id:201600143]]

  • Case ref:
  • Date:
    January 2018
  • Body:
    Highland NHS Board
  • Sector:
  • Outcome:
    Some upheld, recommendations
  • Subject:
    clinical treatment / diagnosis


Mrs [[name:C]] complained about the palliative care and treatment provided to her late husband (Mr [[name:A]]) at Cowal Community Hospital. Mrs [[name:C]] highlighted concerns about the prescription of pain relief, arrangements for a blood transfusion and communication with the family. Mrs [[name:C]] particularly felt that meetings with staff had been misrepresented in his medical records. She also complained that the board had failed to handle her complaints reasonably.

As the doctors who cared for Mr [[name:A]] at the hospital were general practitioners, we took independent advice from a GP adviser. The advice we received was that Mr [[name:A]]'s pain relief had been appropriately reviewed and adjusted, and that there had been no indication that a blood transfusion was necessary. We did not uphold these aspects of Mrs [[name:C]]'s complaint.

We did not uphold Mrs [[name:C]]’s complaints about communication or meetings. We found evidence that there had been regular and appropriate communication with Mr [[name:A]]'s family, although we acknowledged that Mrs [[name:C]]'s recollection differed from that recorded in the medical notes and other records. The advice we received was that the actions taken by the board were reasonable, on the basis of what was recorded in the relevant records.

We upheld Mrs [[name:C]]'s complaint about the way that the board had handled her complaint. We found that there was an inaccuracy in the final response around the timeframe of Mr [[name:A]] dying and the complaint being raised. We also found that an issue Mrs [[name:C]] had raised had not been fully addressed when the board responded to her concerns. We made two recommendations to address these issues, including one regarding the new model complaints handling procedure introduced in April 2017.
""")

doc("spso-edinburgh-202210917", "ombudsman_decision", "Scottish Public Services Ombudsman", "spso",
    "https://www.spso.org.uk/outcome/upheld-recommendations?page=12",
    "Upheld, recommendations (case ref 202210917, The City of Edinburgh Council, child protection)", r"""
Upheld, recommendations

  • Case ref:
    [[case_id:202210917]]
  • Date:
    June 2024
  • Body:
    The City of Edinburgh Council
  • Sector:
    Local Government
  • Outcome:
    Upheld, recommendations
  • Subject:
    Child protection

Summary

[[name:C]] complained that social work did not adequately safeguard their child ([[name:A]]) when they disclosed that they had been a victim of assault. [[name:C]] also complained that they were not informed of the incident. The council considered that appropriate support had been offered to [[name:A]].

We took independent advice from a social work adviser. We reviewed the relevant case records and the council’s child protection procedures. We found that the council failed to meet their obligations and take the appropriate action in response to the disclosures made by [[name:A]]. We found that there was sufficient concern about [[name:A]]’s ability to maintain their wellbeing and that social work should have instigated their child protection procedures. We also found that there was insufficient recording within the case records of a clear plan and rationale to explain decision making. As such, we upheld the complaint.

Recommendations

What we asked the organisation to do in this case:

  • Apologise to [[name:C]] for failing to meet their obligations and correctly apply their child protection procedures in response to the disclosure made by [[name:A]]. The apology should meet the standards set out in the SPSO guidelines on apology available at www.spso.org.uk/information-leaflets

What we said should change to put things right in future:

  • Case records should include details of discussions held with relevant persons, rationale for any decision making, and evidence of risk assessments, where appropriate.
""")

# Senedd committee -------------------------------------------------------------------------

doc("senedd-health-committee-2025-07", "council_minutes", "Senedd Cymru (Health and Social Care Committee)", "senedd",
    "https://record.assembly.wales/Committee/15581",
    "Health and Social Care Committee, 03/07/2025 (Record of Proceedings)", r"""
Y Pwyllgor Iechyd a Gofal Cymdeithasol

Health and Social Care Committee

03/07/2025

Aelodau'r Pwyllgor a oedd yn bresennol

Committee Members in Attendance

[[name:James Evans]] Cadeirydd y Pwyllgor Dros Dro
Temporary Committee Chair
[[name:John Griffiths]]
[[name:Joyce Watson]]
[[name:Lesley Griffiths]]
[[name:Mabon ap Gwynfor]]

Y rhai eraill a oedd yn bresennol

Others in Attendance

[[name:Kirsty Williams]] Ymgeisydd a ffefrir gan Lywodraeth Cymru ar gyfer rôl Cadeirydd Bwrdd Iechyd Prifysgol Caerdydd a'r Fro
Welsh Government’s preferred candidate for the role of Chair of Cardiff and Vale University Health Board
[[name:Sara Moseley]] Ymgeisydd a ffefrir gan Lywodraeth Cymru ar gyfer rôl Cadeirydd Ymddiriedolaeth GIG Prifysgol Felindre
Welsh Government’s preferred candidate for the role of Chair of Velindre University NHS Trust

Swyddogion y Senedd a oedd yn bresennol

Senedd Officials in Attendance

[[name:Claire Morris]] Ail Glerc
Second Clerk
[[name:John Hitchcock]] Ymchwilydd
Researcher
[[name:Karen Williams]] Dirprwy Glerc
Deputy Clerk
[[name:Richard Thomas]] Clerc
Clerk
[[name:Sarah Beasley]] Clerc
Clerk

Cynnwys

Contents

1. Cyflwyniadau, ymddiheuriadau, dirprwyon a datgan buddiannau 1. Introductions, apologies, substitutions, and declarations of interest
2. Gwrandawiad cyn penodi ar gyfer rôl Cadeirydd Bwrdd Iechyd Prifysgol Caerdydd a’r Fro: sesiwn dystiolaeth gyda'r ymgeisydd a ffefrir gan Lywodraeth Cymru. 2. Pre-appointment hearing for the role of Chair of Cardiff and Vale University Health Board: evidence session with the Welsh Government's preferred candidate
3. Cynnig o dan Reol Sefydlog 17.42(vi) a (ix) i benderfynu gwahardd y cyhoedd o eitem 4 3. Motion under Standing Orders 17.42(vi) and (ix) to resolve to exclude the public from item 4
5. Gwrandawiad cyn penodi ar gyfer rôl Cadeirydd Ymddiriedolaeth GIG Prifysgol Felindre: sesiwn dystiolaeth gyda'r ymgeisydd a ffefrir gan Lywodraeth Cymru. 5. Pre-appointment hearing for the role of Chair of Velindre University NHS Trust: evidence session with the Welsh Government's preferred candidate
""")


# Youth offending scrutiny, corporate parenting, planning reports --------------------------

doc("portsmouth-ecyp-scrutiny-2015-02", "council_minutes", "Portsmouth City Council", "portsmouth",
    "https://democracy.portsmouth.gov.uk/ieListDocuments.aspx?CId=137&MId=3101&Ver=4",
    "Education, Children & Young People Scrutiny Panel - Tuesday, 24th February, 2015: agenda and minutes", r"""
Agenda and minutes

Education, Children & Young People Scrutiny Panel - Tuesday, 24th February, 2015 6.00 pm

Venue: Conference Room K - Civic Offices. View directions

Contact: [[name:Lisa Gallacher]] [[phone:02392 834056]]  Email: [[email:lisa.gallacher@portsmouthcc.gov.uk]]

Items
No. Item

6.

Apologies for absence

Minutes:

Apologies for absence had been received from Councillor [[name:Ken Ferrett]]. Apologies for lateness were received from Councillor [[name:Purvis]].

7.

Declarations of Members' Interests

Minutes:

There were no declarations of interest.

8.

Minutes of Previous Meeting - 2 February 2015 pdf icon PDF 74 KB

RECOMMENDED that the minutes of the previous meeting of 2 February 2015 be confirmed and signed by the chair as a correct record

Minutes:

RESOLVED that the minutes of the Education, Children and Young People Scrutiny Panel held on 2 February 2015 be confirmed as a correct record.

9.

New review Topic - A review into progress against the Youth Offending Team Improvement Plan pdf icon PDF 30 KB

The draft scoping document for a review progress against the Youth Offending Team Improvement Plan is attached for discussion and approval.



[[name:Hayden Ginns]], Commissioning and Partnerships Manager, [[name:Jon Gardner]], Youth Offending Manager, Superintendent [[name:Stuart Murray]], YOT Board Chair and [[name:Will Schofield]] will be attending to provide the panel with evidence to commence their review.



Additional documents:

Minutes:

The Chair welcomed all guests to the meeting and introductions were made around the table before evidence was given.


Scoping Document

Thepanel had received the draft scoping document which was introduced by [[name:Hayden Ginns]].  Members were happy with the objectives and proposed way forward for the review.



RESOLVED that the draft scoping document be approved, subject to

amendment during the course of the review.

Superintendent [[name:Stuart Murray]], Chair of the Youth Offending Team Board
""")

doc("lancashire-corporate-parenting-2012-12", "board_minutes", "Lancashire County Council (Corporate Parenting Board)", "lancashire-cc",
    "http://council.lancashire.gov.uk/ieListDocuments.aspx?CId=178&MId=783&Ver=4",
    "Corporate Parenting Board - Thursday, 6th December, 2012: agenda and minutes", r"""
Agenda and minutes

Corporate Parenting Board - Thursday, 6th December, 2012 6.00 pm

Members of the public are welcome to attend our meetings to watch them in person at any of the venues across the County. Publicly accessible meetings held in County Hall will be webcast, which means they are available to be watched live or recorded on our website. Please see our webcasting notice here. The Committee may, in certain circumstances, resolve to hold part of the meeting in private. If this is the case, you will be required to leave the meeting.

Venue: Committee Room 'D' - The Henry Bolingbroke Room, County Hall, Preston. View directions

Contact: [[name:Mark Elliott]]  Tel: [[phone:(01772) 531657]], Email:  [[email:mark.elliott@lancashire.gov.uk]]

Note: Buffet served from 5.30pm

Items
No. Item

63.

Introduction and Apologies

To note who is attending and any apologies for absence.

Minutes:

Introductions around the room were made and apologies were noted from County Councillors [[name:Case]], [[name:Leadbetter]] and [[name:Taylor]] and [[name:Paul Armitage]], [[name:Nicola Bamford]], and [[name:Lin Fisher]].



The Board was informed that [[name:Debbie Ross]] has replaced [[name:Cath Randall]] as the representative from the health economy.  The Chair gave thanks on behalf of the Board for the contribution [[name:Cath]] had made to the Board, especially under his stewardship.



The Chair said that [[name:David Galt]] had stood down as a member of the Board.  Following a discussion it was agreed to seek two nominations one as a replacement adoptive parent and one person who had themselves been adopted.  These nominations would need to be agreed with the Leader of the County Council.



In acknowledging the role the Children's Society play as advocates of young people it was agreed to give the Children's Society co-opted non-voting status on the Board.

64.

Notes of the Meetings held on 6 September 2012 pdf icon PDF 37 KB

To agree for accuracy the notes of the meetings.
""")

doc("mid-suffolk-planning-report-0118-17", "planning_report", "Mid Suffolk District Council", "mid-suffolk",
    "https://homedocbox.com/Landscaping/121067744-Item-no-reference-0118-17-case-officer-steven-stroud-senior-planning-officer.html",
    "Committee Report, 19th April 2017: Reference 0118/17, Ye Old Smithy, Elmswell Road, Wetherden", r"""
1 Committee Report Committee Date: 19 th April 2017 Item No: Reference: [[case_id:0118/17]] Case Officer: [[name:Steven Stroud]], Senior Planning Officer Description of Development: Erection of detached one and a half storey dwelling and detached garaging (and associated works, including partial infilling of pond). Location: [[address:Ye Old Smithy, Elmswell Road, Wetherden]], [[postcode:IP14 3LL]] Parish: Wetherden Ward: Haughley & Wetherden Ward Member/s: Councillor [[name:Rachel Eburne]] Site Area: 0.06 Conservation Area: No Listed Building: None Received: 11/01/2017 Expiry Date: 09/03/2017 Application Type: Full Planning Permission Development Type: Dwellings - Residential Environmental Impact Assessment: Not Required Applicant: Mrs [[name:Harvey]] Agent: RGP SUMMARY The proposal has been assessed with due regard to adopted development plan policies, the National Planning Policy Framework, and all other material considerations. The officers recommend approval of this application, subject to resolution of outstanding matters relating to ecology. It is recommended that Members delegate authority to the Professional Lead to grant planning permission subject to a positive resolution in that regard.

2 PART ONE REASON FOR REFERENCE TO COMMITTEE The application is referred to committee for the following reason/s: The applicant is a member of staff employed by the Council. The Monitoring Officer has reviewed the application file and is satisfied that the application has been processed properly and correctly in accordance with all established procedures and requirements.
""")

# Local Government Association boards -----------------------------------------------------

doc("lga-ssc-board-end-of-year-2018", "board_minutes", "Local Government Association (Safer and Stronger Communities Board)", "lga",
    "http://lga.moderngov.co.uk/mgAi.aspx?ID=10353",
    "Safer and Stronger Communities Board End of Year Report 2017/18 and 2018/19 Work Plan (minutes)", r"""
Agenda item

Safer and Stronger Communities Board End of Year Report 2017/18 and 2018/19 Work Plan

Minutes:

The Chair invited [[name:Mark Norris]], Principal Policy Adviser, to introduce the item.



[[name:Mark]] stated that the paper was broadly in two parts; the first part detailed the Board’s work and achievements during the 2017/18 Board cycle.  The second part proposed draft Board priorities for the 2018/19 cycle – [[name:Mark]] invited Members to consider and agree these, ahead of a full discussion at the September meeting.



The Chair thanked [[name:Mark]] for the update and invited Members to comment:



·         Members discussed the importance of water safety, councils’ work surrounding this, and the good practice that could be shared.

·         Members suggested amending the section on Gypsies, Roma and Travellers (GRT) communities, to include positive aspects GRT communities can contribute, and the balance of rights between sections of society.

·         Members suggested that post-Grenfell work might include insulation and fire safety, and not just work on high rise buildings.

·         Members supported the suggestion of cross-cutting work on mental health.

·         Members discussed the pressures of police funding, as well as pressures to local and neighbourhood policing.



The Chair thanked Members for their comments.



Actions



·         Officers to include positive impacts in relation to GRT communities in future reports.



Supporting documents:
""")

doc("lga-ssc-board-community-safety-review", "board_minutes", "Local Government Association (Safer and Stronger Communities Board)", "lga",
    "https://lga.moderngov.co.uk/mgAi.aspx?ID=5200",
    "Improving the community safety response from councils (minutes)", r"""
Agenda item

Improving the community safety response from councils

Minutes:

[[name:Rachel Duke]], Advisor, introduced the report which sets out proposals for a review of the challenges facing community safety partnerships (CSPs), councils’ community safety roles and functions, and invited comments on a number of issues.



There was a discussion during which a number of comments were made:



·         The question was posed whether there is a need for a broader debate on whether councils should still be involved in community safety following the creation of Police and Crime Commissioners.

·         More integrated partnerships and place-based budgets are preferable to silo working, but it can be challenging to remove hurdles between different organisations.

·         Local Strategic Partnerships should be engaged with the work of the CSP in order to prevent duplication and rationalise the landscape.

·         Local areas have different experiences of CSPs, and they are at different stages depending on the area. If the CSP’s plans are aligned with those of the PCC then there can be significant opportunities for accessing PCC funding – the police have made significant progress in regard to partnership working.

·         It would be useful to draw out some examples of different models as part of the review.



Decision:



The Board agreed the review’s methodology, the range of suggested stakeholders and the following appointments to the review group: Cllrs [[name:Simon Blackburn]], [[name:Jo Beavis]], [[name:Lisa Brett]] and Independent Group Member to be confirmed following 2016/17 appointments.



Action:



Officers to progress in line with members’ comments.



Supporting documents:
""")

# Northern Ireland councils ----------------------------------------------------------------

doc("belfast-city-council-2011-11", "council_minutes", "Belfast City Council", "belfast",
    "http://minutes.belfastcity.gov.uk/ieListDocuments.aspx?CId=277&MID=750",
    "Council (monthly meeting): agenda and minutes", r"""
Agenda and minutes

Venue: Council Chamber, City Hall, Belfast

Contact: Mr. [[name:Henry Downey]], Democratic Services Officer

Items
No. Item

1.

Reading of Scriptures

Minutes:

            In accordance with Standing Order 9, the Lord Mayor read a passage from the Scriptures.



2.

Summons

Minutes:

            The Chief Executive submitted the summons convening the meeting.





3.

Apologies

Minutes:

Apologies for inability to attend were reported from Alderman [[name:McCoubrey]] and Councillor [[name:Lavery]].





4.

Alderman [[name:McCoubrey]]

Minutes:

Having been advised that Alderman [[name:McCoubrey]] was recovering at home following a stay in hospital, the Members agreed that a letter be sent to him conveying the Council’s wishes for a speedy recovery.



5.

Minutes

Minutes:

Moved by the Right Honourable the Lord Mayor (Councillor [[name:Ó Donnghaile]]),

Seconded by Councillor [[name:Hendron]] and



      Resolved – That the minutes of the proceedings of the Monthly Meeting of the Council of 3rd October be taken as read and signed as correct.



6.

Disclosure of Family Relationship

Minutes:

            The Chief Executive informed the Council that, in accordance with Section 30 of the Local Government Act (Northern Ireland) 1972, he had been advised by Councillor [[name:L. Patterson]] that her husband, Mr. [[name:Stewart Patterson]], had been offered an appointment in the Cleansing Services Section within the Health and Environmental Services Department.



Noted.



7.

Office of High Sheriff for 2012

Minutes:

            The Chief Executive reported that the High Sheriff ([[name:Ian Adamson]]) had received from the Northern Ireland Office a letter inviting him, in accordance with normal practice, to submit to the Secretary of State the names of three persons suitable for the appointment of High Sheriff of Belfast for the year 2012.
""")

doc("derry-strabane-agm-2019-05", "council_minutes", "Derry City and Strabane District Council", "derry-strabane",
    "http://meetings.derrycityandstrabanedistrict.com/ieListDocuments.aspx?CId=297&MId=1241",
    "Annual General Meeting, Monday 20 May 2019: agenda and minutes", r"""
Agenda and minutes

Annual General Meeting
Monday 20 May 2019 7.00 pm

Venue: Guildhall, Derry. View directions

Media

Items
No. Item

AM119

Notice and Summons of Meeting

Additional documents:

Minutes:

The Chief Executive read the Notice and Summons for the Meeting.



AM219

Member Attendance and Apologies

Additional documents:

Minutes:

The Chief Executive recorded the attendance.  No apologies were recorded.



AM319

Suspension of Standing Orders - Admission of General Public to the Internal Chamber where Excess Numbers Necessitate

Additional documents:

Minutes:

Councillor [[name:Devenney]] Moved, Councillor [[name:Hussey]] Seconded and the Council



Resolved        that Standing Orders be suspended in order to allow access to members of the public to the Council Chamber.



In response, to a query by Councillor [[name:McCann]], the Lead Legal Services Officer advised that amending Standing Orders required submitting a motion to Council containing any proposed changes to Standing Orders.  Ideally this would form part of a comprehensive review of Standing Orders.



Councillor [[name:Harkin]] stated that he wished to raise a matter regarding Dalradian Gold Limited.  He stated that the company was a sponsor of the North West Business Awards due to take place on 7 June 2019, prior to the next meeting of Council.  He proposed that Council remove Dalradian Gold Limited as a sponsor of the North West Business Awards ceremony.  He further stated that issues and concerns relating to the work being carried out in Tyrone by Dalradian had been previously raised by Members, with particular concerns regarding their use of cyanide.  He asked Members for support in the removal of the company’s sponsorship.



The Mayor advised that a further suspension of standing orders would be required to allow consideration and decision on this matter.



Councillor [[name:McCann]] Proposed, Seconded by Councillor [[name:Harkin]]
""")

# Housing Ombudsman ------------------------------------------------------------------------

doc("housing-ombudsman-clarion-202013129", "ombudsman_decision", "Housing Ombudsman Service", "housing-ombudsman",
    "https://housing-ombudsman.org.uk/?p=28405",
    "Clarion Housing Association Limited (202013129)", r"""
Clarion Housing Association Limited ([[case_id:202013129]])

Back to Top

REPORT

COMPLAINT [[case_id:202013129]]

Clarion Housing Association Limited

28 June 2022


Our approach

The Housing Ombudsman’s approach to investigating and determining complaints is to decide what is fair in all the circumstances of the case. This is set out in the Housing Act 1996 and the Housing Ombudsman Scheme (the Scheme). The Ombudsman considers the evidence and looks to see if there has been any ‘maladministration’, for example whether the landlord has failed to keep to the law, followed proper procedure, followed good practice or behaved in a reasonable and competent manner.

Both the resident and the landlord have submitted information to the Ombudsman, and this has been carefully considered. Their accounts of what has happened are summarised below. This report is not an exhaustive description of all the events that have occurred in relation to this case, but an outline of the key issues as a background to the investigation’s findings.

The complaint

  1. The landlord’s response to the resident’s reports of antisocial behaviour (ASB).
  2. The landlord’s response to the resident’s request to be re-housed under the management transfer process.

Background and summary of events

  1. The resident occupied a three-bedroom flat on the ground floor in a converted building with his partner and three children. The landlord accepted complaints from both the resident and his partner, therefore the resident and his partner will be referred to in this report as resident [[name:A]] and [[name:B]] respectively. The resident’s neighbours (referred to as neighbour [[name:A]] and [[name:B]] respectively) occupied the flat above. The assured tenancy began on 18 December 2015. It is assumed that the neighbour would have been subject to the same tenancy terms as the resident.
""")


# Licensing sub-committees -----------------------------------------------------------------

doc("bathnes-licensing-personal-licence", "licensing_minutes", "Bath and North East Somerset Council", "bathnes",
    "https://democracy.bathnes.gov.uk/mgAi.aspx?ID=35402",
    "Application for a Personal Licence (licensing sub-committee minutes)", r"""
Agenda item

Application for a Personal Licence

Minutes:

As a preliminary issue the Service Manager, Legal Services invited the Sub-Committee to determine whether or not they would proceed in the applicant’s absence. She asked the Public Protection Officer (Licensing) to state what attempts had been made to contact the applicant prior to the meeting.



The Public Protection Officer (Licensing) stated that an initial phone conversation had taken place with the applicant following the receipt of the objection from the Police and they were advised that a hearing of the Sub-Committee would be required.



He added that since that time, three emails, two phone calls and one letter had been sent to the applicant to confirm the date of the meeting and provide a copy of Sub-Committee report pack, all of which had been either unanswered or not acknowledged.



He said that no written statement had been offered by the applicant either.



The Sub-Committee indicated that in all the circumstances and taking account of public interest they would proceed in the absence of the applicant.



[[name:Ben Allen]], Police Alcohol Licensing Officer was present and summarised the objection from the Police that was contained within the agenda pack.



The Chair asked if it was known by how much the applicant was over the legal alcohol limit for driving when the offence was committed.



[[name:Ben Allen]] replied that he did not have that information to hand.



Councillor [[name:Toby Simon]] noted that there were some significant gaps in the timeline between the committed offence (February 2024) and sentencing (June 2025).



[[name:Ben Allen]] stated that the applicant has a list of other offences against their name, but they have not been disclosed as are not relevant to the application before the Sub-Committee.



Councillor [[name:Simon]] noted that this may explain the gaps in time that he had previously mentioned.



The Chair asked if [[name:Ben Allen]] had any further comments to make.
""")

doc("dacorum-licensing-agenda-2013-01", "council_agenda", "Dacorum Borough Council", "dacorum",
    "https://manualzz.com/doc/8972643/licensing-of-alcohol-and-gambling-sub-committee-agenda-29...",
    "Licensing of Alcohol and Gambling Sub-Committee Agenda 29 January 2013", r"""
LICENSING OF ALCOHOL AND GAMBLING

SUB-COMMITTEE

TUESDAY 29 JANUARY 2013 AT 14:30 PM

COUNCIL CHAMBER, CIVIC CENTRE, HEMEL HEMPSTEAD

The Councillors listed below are requested to attend the above meeting, on the day and at the time and place stated, to consider the business set out in this agenda.

Councillors Mrs [[name:Green]] (Chairman), [[name:Conway]] and [[name:G Sutton]]

For further information, please contact [[name:Trudi Coston]], Member Support Officer, on Tel:

[[phone:01442 228226]], or Email: [email protected]

. Information about the

Council can be found on our website: www.dacorum.gov.uk

PART I

ITEM PAGE

1. Introductions

2. Minutes

3. Apologies for Absence

4. Declarations of Interests

5. Licence Hearing

Premises: Tring Supermarket

37 Christchurch Road

Tring

Hertfordshire

HP23 4EH

6. Procedure for the Hearing

7. Exclusion of the Public

2

2

2

2

3-38

39

41

1

1. INTRODUCTIONS

2. MINUTES

To confirm the minutes of the meeting held on 15 January 2013. To be circulated separately.

3. APOLOGIES FOR ABSENCE

To receive any apologies for absence

4. DECLARATIONS OF INTEREST

To receive any declarations of interest
""")

# School governing bodies ------------------------------------------------------------------

doc("hawes-down-primary-fgb-2020-06", "school_governors_minutes", "Hawes Down Primary School (governing body)", "hawes-down-primary",
    "https://fdocuments.in/document/hawes-down-primary-school-part-a-minutes-of-the-governing-.html",
    "Hawes Down Primary School Part A Minutes of the Governing Body Virtual Meeting via Zoom, 18th June 2020", r"""
Page 1 of 12 Chairs initial Hawes Down Primary School Part A Minutes of the Governing Body Virtual Meeting via Zoom 18 th June, 2020 at 6.00 pm Due to the Coronavirus pandemic, it had been agreed that the meeting would be held as a virtual meeting rather than at the school as had been planned. [[name:Mark Upham]] ([[name:MU]]) [[name:Helen Kulendran]] ([[name:HK]]) [[name:Matt De Freitas]] ([[name:MDF]]) [[name:Sue Angell]] ([[name:SA]]) [[name:Lesley Davies]] ([[name:LD]]) [[name:Tom Ellis]] ([[name:TE]]) [[name:Maxine Greaves]] ([[name:MG]]) [[name:Anna Parsonage]] ([[name:AP]]) [[name:Heidi Newnham]] ([[name:HN]]) Co-opted Governor, Chair Parent Governor Headteacher and Ex-Officio Governor Co-opted Governor Co-opted Governor Co-opted Governor Co-opted Governor Parent Governor, Vice-Chair Staff Governor Present Present Present Present Present Present Present Present Present In attendance: [[name:Victoria Faint]] ([[name:VF]]) - Clerk AGENDA ITEM MINUTES ACTION NO: 1. Welcome and Apologies for Absence; Quorum The Chair opened the meeting at 6pm and welcomed everyone present. He thanked [[name:SA]] for setting up the Zoom meeting. There were no apologies. The meeting was confirmed as quorate. 2. Declarations of Interest: There were no interests declared in the agenda for this meeting. 3. Minutes of the Meeting of 20 th May, 2020. The minutes were agreed as a true and accurate record of the meeting. The Action Points will be dealt with at the next meeting of the FGB on 15 th July, 2020. DECISION: The Governors approved the Part A and Part B minutes of the meeting of 20 th May, 2020 as a true and accurate record. The minutes will be signed off and held at the school as soon as possible bearing in mind the current Covid-19 restrictions. 4. Head’s Update re Coronavirus and next steps on the School’s Opening: HT Circulated: LPLT Academic & Pastoral Response to Covid 19 Filling the Gaps / Late Start for EYFS [[name:MDF]] commenced by thanking the Chair and Governors for giving up their time for this unscheduled extra meeting.
""")


# Inspection reports -----------------------------------------------------------------------

doc("cssiw-walton-lodge-2011", "inspection_report", "Care and Social Services Inspectorate Wales", "cssiw",
    "https://pdfslide.us/documents/care-and-social-services-inspectorate-w-and-social-services-inspectorate-wales-care.html",
    "Inspection report, Children's Residential Care: Walton Lodge, Haverfordwest (published 24 August 2011)", r"""
Care and Social Services Inspectorate Wales

Care Standards Act 2000

Inspection reportChildren`s Residential Care

Walton Lodge

Haverfordwest

Date of publication – 24 August 2011

You may reproduce this Report in its entirety. You may not reproduce it in part or in any abridged form and may only quote from it with the consent in writing of Welsh Ministers.

Children`s Homes Report Format (XE0005.0000733147) Version 5.02 August 2006

Page 1

Care and Social Services Inspectorate Wales

South West WalesFirst Floor

Winchway HouseWinch Lane

HaverfordwestSA61 1RS

01437 75220001437 752216

Name of children`s home: Walton Lodge

Contact telephone number: 01437 721234

Registered provider: St David’s ASC (Marlowe) Ltd.[[name:Stephen Miller]]

Registered manager: [[name:Michael Shane Morrissey]]

Number of places: 4

Dates of this inspection episode from: 14 May 2011 to: 22 July 2011

Dates of other relevant contact since last report:

Date of previous report publication: 18 October 2010

Inspected by: [[name:Samantha Brace]]

Lay assessor:

Other regions contributing to this report:

Children`s Homes Report Format (XE0005.0000733147) Version 5.02 August 2006

Page 2
""")


if __name__ == "__main__":
    main()
