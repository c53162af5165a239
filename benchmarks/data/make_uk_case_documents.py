"""Build benchmarks/data/uk_case_documents.json: invented UK youth-justice documents with
gold personal-data spans.

    .venv/bin/python benchmarks/data/make_uk_case_documents.py

Every person, address, phone number and identifier below is INVENTED (towns such as
Northshire, Ashby Moor and Kelderby do not exist; postcodes use real area letters with
made-up streets). Public bodies, legislation and programmes are real and must stay.

Write each document as plain text with inline markers `[[label:value]]` around the
personal data; this script strips the markers and computes the character offsets, so
offsets are never counted by hand. Rules for the gold spans:
- a name span covers the name only: "Mrs [[name:Okafor]]", "[[name:Jayden]]'s";
- an age span covers the number ("aged [[age:15]]", "a [[age:15]]-year-old");
- an address span is the street line with its town; the postcode is its own span;
- a named official acting in role is still "name" (the organisation allowlists them);
- dates of events, role titles, teams, councils, legislation, programmes, money, case
  and FOI references are left unmarked: they must stay.
Identifiers are checked here (NHS mod-11, UPN and PNC check characters, Luhn), so a
typo fails the build instead of producing a bad gold span.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from markers import strip_markers  # shared with the other gold-set generators

OUT = Path(__file__).resolve().parent / "uk_case_documents.json"

DOCS: list[tuple[str, str, str]] = []  # (id, genre, marked text)


def doc(id_: str, genre: str, text: str) -> None:
    DOCS.append((id_, genre, text.strip("\n")))


# --- identifier checks ---------------------------------------------------------------

def build() -> list[dict]:
    records, seen = [], set()
    for id_, genre, marked in DOCS:
        if id_ in seen:
            raise ValueError(f"duplicate id {id_}")
        seen.add(id_)
        text, spans = strip_markers(marked)
        for s in spans:
            assert text[s["start"]:s["end"]] == text[s["start"]:s["end"]].strip()
        records.append({"id": id_, "genre": genre, "text": text, "spans": spans})
    return records


def main() -> None:
    records = build()
    OUT.write_text(json.dumps(records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    chars = sum(len(r["text"]) for r in records)
    labels = Counter(s["label"] for r in records for s in r["spans"])
    genres = Counter(r["genre"] for r in records)
    print(f"{len(records)} documents, {chars:,} characters, {sum(labels.values())} spans -> {OUT}")
    print("genres:", dict(genres.most_common()))
    print("labels:", dict(labels.most_common()))


# --- the documents -------------------------------------------------------------------

# Critical and Extended Learning Review extracts ------------------------------------

doc("clr-01-summary", "clr", """
CRITICAL LEARNING REVIEW
Northshire Youth Justice Service
Review reference: NYJS-CLR-2025-07
Protective marking: OFFICIAL-SENSITIVE

1. SUMMARY OF THE CHILD'S LIFE

[[name:Jayden Okafor]] (known as [[name:JJ]]) was born on [[date_of_birth:14 March 2009]] and was [[age:16]] at the time of the incident. He lived with his mother, [[name:Grace Okafor]], and two younger sisters at [[address:27 Fennel Walk, Ashby Moor]], [[postcode:NS7 2LD]], a housing association property on the Marsh Lane estate. His father, Mr [[name:Emeka Okafor]], lives in Manchester and had irregular contact.

[[name:Jayden]] attended [[school:St Aidan's Catholic Academy]] until Year 9, when he was permanently excluded following an incident with a member of staff. He then attended [[school:Brookfield Pupil Referral Unit]], where his attendance fell to 41% by the spring term. An Education, Health and Care Plan assessment was requested in November 2024 but had not concluded.

[[name:Jayden]] was made subject to a 12 month Referral Order by Northshire Youth Court on 9 January 2025 for possession of a bladed article. His case manager was [[name:Priya Desai]], Youth Justice Practitioner. Children's Social Care had opened a Child in Need plan in February 2025; his allocated social worker was [[name:Daniel Reeve]].

The Youth Justice Service became aware on 3 June 2025 that [[name:Jayden]] had been admitted to Northshire General Hospital with a stab wound to the thigh. The Youth Justice Board was notified on 4 June 2025 in line with the Serious Incident Notification guidance.
""")

doc("clr-02-chronology", "clr", """
2. CHRONOLOGY OF CONTACT WITH THE YOUTH JUSTICE SERVICE

09/01/2025 - Referral Order imposed (12 months) at Northshire Youth Court. Parenting Order not made.
15/01/2025 - Initial home visit by case manager [[name:Priya Desai]]. [[name:Jayden]] and Ms [[name:Okafor]] present. AssetPlus started.
28/01/2025 - Referral Order Panel held at Kelderby Community Hub. Contract agreed: 8 sessions reparation, weekly 1:1 sessions, referral to Substance Misuse Service.
06/02/2025 - [[name:JJ]] did not attend 1:1 session. Text sent to mother on [[phone:07700 918 442]].
13/02/2025 - Home visit. [[name:Jayden]] disclosed he was "owing money" to older boys from the Bracken Road area; he would not name them. Case manager recorded concern about criminal exploitation and completed a National Referral Mechanism referral.
20/02/2025 - Strategy discussion chaired by Children's Social Care. Attendees: [[name:Daniel Reeve]] (Social Worker), PC [[name:Aleksander Nowak]] (Northshire Police, Exploitation Team), [[name:Priya Desai]] (YJS).
04/03/2025 - AssetPlus signed off by Operational Manager. Risk of Serious Harm: Medium. Safety and Wellbeing: High.
19/03/2025 - [[name:Jayden]] stopped as a passenger in vehicle [[vehicle_registration:YK19 ZTF]] on the A614; driver aged [[age:19]] arrested for possession with intent to supply.
02/04/2025 - CAMHS appointment offered; not attended.
22/04/2025 - Panel review meeting. Panel member [[name:Margaret Hollis]] noted good engagement with reparation at the Greenway allotment project.
13/05/2025 - Missing episode reported by Ms [[name:Okafor]] (Police reference NP-250513-0449). Returned the following day.
03/06/2025 - Serious incident: [[name:Jayden]] admitted to hospital with a stab wound.
04/06/2025 - Serious Incident Notification submitted to the Youth Justice Board.
""")

doc("clr-03-analysis", "clr", """
5. ANALYSIS OF PRACTICE

What went well

The case manager built a trusting relationship with [[name:Jayden]] in a short time. [[name:Jayden]] told the reviewer that "[[name:Priya]] was the only one who actually rang me back". The National Referral Mechanism referral was made within one working day of the disclosure, which is good practice and in line with the Child Criminal Exploitation Protocol.

The Referral Order Panel contract was specific and realistic. Reparation at the Greenway allotment project was completed, and the Restorative Justice Coordinator, [[name:Tomasz Wiśniewski]], recorded that [[name:Jayden]] "worked hard and was proud of what he had built".

What could have been better

The AssetPlus assessment rated Safety and Wellbeing as High but the intervention plan did not include a safety plan. There is no record that the Operational Manager, [[name:Helen Ashworth]], discussed the High rating with the case manager in supervision.

When [[name:Jayden]] was stopped in the vehicle on 19 March 2025 this information was not shared with the Youth Justice Service for eleven days. The Multi-Agency Child Exploitation (MACE) Panel did not consider his case until 28 May 2025.

Ms [[name:Okafor]]'s concerns, raised by telephone on two occasions, were not recorded as contacts on ChildView. The reviewer spoke to Mrs [[name:Okafor]] on 17 June 2025; she said that she "felt nobody was listening until it was too late".

Learning point 1: Where the Safety and Wellbeing rating is High or Very High, a written safety plan must be in place within 5 working days and reviewed in management oversight.
""")

doc("clr-04-child-details", "clr", """
SECTION 1 - DETAILS OF THE CHILD

Name: [[name:Kacper Zieliński]]
Known as: [[name:Kacz]]
Date of birth: [[date_of_birth:02/11/2008]]
Age at incident: [[age:17]]
Gender: Male
Ethnicity: White - Other (Polish)
NHS number: [[nhs_number:747 712 7823]]
ChildView ID: [[other:CV-204518]]
PNC ID: [[pnc_id:23/235127X]]
Address: [[address:Flat 4, 112 Carrow Street, Kelderby]] [[postcode:NS3 9RB]]
Legal status: Youth Rehabilitation Order with Supervision and Intensive Supervision and Surveillance (6 months)
Looked after: No (Child in Need)
Start of supervision: 11 August 2025
Case manager: [[name:Ewa Kowalczyk]], Senior Youth Justice Practitioner
Countersigning manager: [[name:Robert Hargreaves]], Head of Youth Justice Service

SECTION 2 - THE INCIDENT

On 7 October 2025 [[name:Kacper]] was found unresponsive in his bedroom by his stepfather, Mr [[name:Daniel Price]]. He was taken to Northshire General Hospital and discharged after 36 hours. A self-harm assessment was completed by the Paediatric Liaison Team. The incident was notified to the Youth Justice Board on 9 October 2025, one working day after the Youth Justice Service became aware.
""")

doc("elr-01-terms", "elr", """
EXTENDED LEARNING REVIEW - TERMS OF REFERENCE

Review: Child Z (Extended Learning Review)
Commissioned by: Northshire Youth Justice Partnership Board
Independent reviewer: Dr [[name:Fiona MacLeod]], commissioned through the Northshire Safeguarding Children Partnership
Review period: 1 September 2024 to 30 September 2025

Purpose

The review will examine the multi-agency response to [[name:Abdirahman Warsame]] (referred to in the published report as Child Z) between his first arrest and his death on 21 September 2025, when he was [[age:15]] years old. It will consider the work of the Youth Justice Service, Children's Social Care, CAMHS, Northshire Police, the Virtual School and [[school:Kelderby Academy]].

Key lines of enquiry

1. How well did agencies understand [[name:Abdirahman]]'s lived experience, including his experience of racism and of his family's displacement from Somalia?
2. Was the Section 47 enquiry in March 2025 proportionate, and were the views of his mother, Mrs [[name:Hodan Farah]], and his older brother [[name:Mahad]] sought and recorded?
3. How effective were the arrangements under the Concordat on Children in Custody when he was held overnight at Kelderby Police Station?
4. Did the Multi-Agency Child Exploitation Panel and the Contextual Safeguarding Hub share information effectively?

Family involvement

Mrs [[name:Farah]] has agreed to meet the reviewer with the support of an interpreter (Somali). The family's advocate, [[name:Ayaan Hersi]] of the Northshire Somali Community Association, may attend. Contact is through the Review Coordinator, [[name:Lucy Bramwell]], on [[phone:01632 960 417]] or [[email:lucy.bramwell@northshire.gov.uk]].
""")

doc("elr-02-family", "elr", """
4. FAMILY BACKGROUND AND LIVING ARRANGEMENTS

[[name:Abdirahman]] was the third of five children. The family arrived in the UK in 2016 and were housed at [[address:9 Sorrel Court, Kelderby]] until an eviction in 2023, when they moved to temporary accommodation at the [[placement:Riverside Lodge]] hostel for eleven weeks. Mrs [[name:Farah]] speaks limited English; professionals often relied on [[name:Mahad]], then aged [[age:17]], to interpret, which the review considers was not appropriate.

[[name:Abdirahman]]'s father, Mr [[name:Yusuf Warsame]], returned to Somaliland in 2021. [[name:Abdirahman]] told his youth worker, [[name:Kwame Mensah]], that he "stopped having a dad at eleven".

His school record at [[school:Kelderby Academy]] shows a Unique Pupil Number of [[upn:V372458315597]] and a history of fixed-term suspensions from Year 8. The Designated Safeguarding Lead made four referrals to the Children's Services Front Door between 2023 and 2025. Two were closed at the MASH stage with "no further action - universal services".

Key practitioners during the review period were: [[name:Sandra Lyle]], Youth Justice Practitioner; [[name:Mohammed Iqbal]], Social Worker, Children's Social Care (Kelderby Locality Team); DC [[name:Rachel Thornton]], Northshire Police Child Exploitation Unit; and [[name:Nadia Chowdhury]], CAMHS Clinical Nurse Specialist.
""")

doc("elr-03-learning", "elr", """
7. LEARNING AND RECOMMENDATIONS

Finding 3: Interpreting and the voice of the child's family

Agencies relied on a sibling to interpret in at least six meetings. This meant that Mrs [[name:Farah]] could not speak freely, and it placed an adult responsibility on [[name:Mahad]]. The Northshire Safeguarding Children Partnership's interpreting guidance was not followed.

Recommendation 3.1: The Director of Children's Services and the Head of Youth Justice Service should ensure that professional interpreters are used in all statutory meetings, and that use of family members is recorded as an exception with reasons. Owner: Head of Service, Children's Social Care. Due: 31 March 2026. Priority: High.

Finding 4: Exploitation and the response to missing episodes

[[name:Abdirahman]] was reported missing on nine occasions between April and September 2025. Return Home Interviews were completed on three of them. The interviews by [[name:Chloe Banner]] (Missing Children's Worker, The Children's Society) were of good quality and identified a named adult, known to [[name:Abdirahman]] as "[[name:Bigz]]", who was supplying him with cannabis and a mobile phone ([[phone:07911 123 456]]).

Recommendation 4.1: Northshire Police and Children's Social Care should ensure that intelligence from Return Home Interviews is submitted to the Force Intelligence Bureau within 72 hours. Owner: Detective Chief Inspector, Public Protection. Due: 28 February 2026.

Recommendation 4.2: The Youth Justice Partnership Board should receive a quarterly report on missing episodes of children open to the Youth Justice Service.
""")

doc("clr-05-health", "clr", """
HEALTH, MENTAL HEALTH AND SUBSTANCE MISUSE

[[name:Amelia-Rose Tranter]] ([[name:Millie]]) is registered with the Hollybush Medical Practice (NHS number [[nhs_number:561 973 0697]]). She was referred to CAMHS in July 2024 by her GP, Dr [[name:Anil Mistry]], following an overdose of paracetamol. The CAMHS Single Point of Access triaged the referral as routine and she waited 19 weeks for a Choice appointment.

[[name:Millie]] disclosed daily cannabis use and occasional use of ketamine. She was open to the Young People's Substance Misuse Service (Horizons) from October 2024; her worker, [[name:Jordan Fitzpatrick]], saw her fortnightly. The Youth Justice Service Health Practitioner, [[name:Bernadette O'Shea]], completed a Comprehensive Health Assessment Tool screening on 3 December 2024 that identified possible Attention Deficit Hyperactivity Disorder and speech, language and communication needs.

The Speech and Language Therapist's report (January 2025) found that [[name:Millie]]'s receptive language was at the level of a [[age:10]]-year-old. Letters sent to her about appointments were not adapted. Her mother, Ms [[name:Kerry Tranter]], told the reviewer that [[name:Millie]] "can't read them letters, she just bins them".

[[name:Amelia-Rose]] lives with her mother and her mother's partner, Mr [[name:Shane Colley]], at [[address:63 Pottery Lane, Ashby Moor]], [[postcode:DN16 4HW]]. Her maternal grandmother, Mrs [[name:Jean Tranter]], provides respite most weekends.
""")

doc("clr-06-voice", "clr", """
THE VOICE OF THE CHILD

The reviewer met [[name:Tyrese Campbell]] at HMYOI Wetherby on 14 November 2025, accompanied by his case manager. [[name:Tyrese]] agreed to his words being used in the review.

On the Youth Justice Service: "[[name:Marcus]] was alright. He came to court every time. But they kept changing who I had, I had four workers in a year."

On school: "After [[school:Oakfield]] kicked me out I was just at home. Nobody rang. I was fourteen." (Note: [[name:Tyrese]] was in fact [[age:13]] when he was permanently excluded from [[school:Oakfield Community School]].)

On the night of the incident: [[name:Tyrese]] did not wish to discuss the offence because his trial at Northshire Crown Court had not concluded.

On what would have helped: "Someone to do boxing with. Uncle [[name:Devon]] used to take me but then he moved to Birmingham."

Reviewer's note: [[name:Tyrese]] is of Black Caribbean heritage. He described being stopped and searched "about ten times" in 2024. The Disproportionality Action Plan of the Youth Justice Partnership Board (Priority 2) is relevant to this learning. [[name:Tyrese]]'s case manager from September 2024 was [[name:Marcus Oyelaran]], Youth Justice Practitioner; the three earlier case managers were agency staff.
""")

# Case notes -------------------------------------------------------------------------

doc("casenote-01", "case_note", """
CASE NOTE - Home visit
Date of contact: 21/08/2025   Contact type: Face to face (home)   Recorded by: [[name:Ewa Kowalczyk]]

Visited [[name:Kacper]] at home with [[name:Aisha Qureshi]] (ETE Worker). Mum ([[name:Agnieszka]]) answered the door and said [[name:Kacper]] had been up all night gaming. [[name:Kacper]] came down after 10 minutes. He was polite but tired. We went through the ISS timetable for next week: Monday and Wednesday at the Youth Justice Service office, Tuesday at [[school:Northshire College]] for the Construction Skills taster, Thursday boxing at the Kelderby Amateur Boxing Club, Friday 1:1 with me.

[[name:Kacper]] said he does not want to go back to [[school:Kelderby Academy]]. He is [[age:16]] so post-16 options were discussed. [[name:Aisha]] will apply to the Princes Trust Team programme.

Stepdad ([[name:Dan]]) came in towards the end and said [[name:Kacper]] had been "in and out all week" and that a silver Ford Focus ([[vehicle_registration:MA21 KXP]]) had been parked outside the flat twice. I advised him to ring 101 and will share with the Exploitation Team.

Actions: share vehicle information with PC [[name:Nowak]] (done 21/08 by email); ETE referral ([[name:AQ]]); next visit 28/08/2025.
""")

doc("casenote-02", "case_note", """
Contact record: Telephone call (outgoing)
Date: 4 September 2025, 15:20
Practitioner: [[name:Sandra Lyle]] (Youth Justice Practitioner)

Rang Mrs [[name:Farah]] with the Language Line interpreter (interpreter ID not recorded). Mrs [[name:Farah]] said [[name:Abdi]] had not come home last night and she had reported him missing. She said he had a new phone and wouldn't give her the number. She thinks he is staying with a friend called [[name:Liban]] in the Westgate flats. Advised that I would inform the police and social worker.

15:45 - Called DC [[name:Thornton]] on [[phone:01632 960 288]], left voicemail. Emailed social worker [[name:Mohammed Iqbal]] ([[email:mohammed.iqbal@northshire.gov.uk]]).
16:30 - DC [[name:Thornton]] returned call. Police reference PR-20250904-1177. [[name:Liban]]'s family already known to the Contextual Safeguarding Hub.

Manager's oversight (Operational Manager, 5/9/2025): Agree actions. Please ensure this is taken to the MACE Panel on 11 September. [[name:HA]]
""")

doc("casenote-03", "case_note", """
Office visit - 12/06/2025
Seen: [[name:Oisín Ward]] and his dad [[name:Patrick]]
Worker: [[name:Liam Devlin]]

[[name:Oisín]] arrived 25 mins late. His dad drove him from the site at [[address:Plot 6, Greenacre Travellers' Site, Moor Lane, Ashby Moor]] in a white Transit van ([[vehicle_registration:WU68 HLB]]). [[name:Oisín]] is [[age:15]] and has not been in school since Year 7. He was on roll at [[school:Moor Lane Primary School]] and then [[school:Ashby Moor High School]], where the family say he was bullied for being a Traveller.

We completed session 3 of the Victim Awareness module. [[name:Oisín]] was quiet when we spoke about the victim of the burglary, Mr [[name:Harold Bates]], who is [[age:84]]. He said "I didn't know an old man lived there, I swear". He agreed to write a letter of apology with help from the Speech and Language Therapist, as his literacy is limited.

His dad asked whether the curfew could be changed on Saturdays for the horse fair at Appleby. I explained this is a matter for the court and the Electronic Monitoring Service; I will speak to my manager about an application to vary.

[[name:Patrick Ward]]'s mobile: [[phone:07845 330 129]] (best contact; mum [[name:Bridget]] doesn't have a phone).
""")

doc("casenote-04", "case_note", """
SUPERVISION RECORD - Management oversight
Case: [[name:Zain Rashid]] ([[name:ZR]])   DOB: [[date_of_birth:29.07.2010]]   Order: Referral Order (9 months)
Supervisor: [[name:Helen Ashworth]] (Operational Manager)   Practitioner: [[name:Marcus Oyelaran]]
Date: 17 July 2025

Discussion: [[name:Zain]] turned [[age:15]] this month. Engagement good - 7 of 8 sessions attended. Reparation at Kelderby Foodbank completed. Older cousin ([[name:Imran]]) recently released from HMP Doncaster; [[name:Zain]]'s mother (Mrs [[name:Shazia Rashid]]) worried about his influence. No current exploitation indicators but keep under review.

ROSH: Low. Safety and Wellbeing: Medium. Likelihood of reoffending: Low (YOGRS not applicable).

Decision: Continue plan. [[name:Marcus]] to complete the end-of-order AssetPlus by 15 August. Consider early revocation for good progress at the next Panel (Youth Offender Panel, 5 August 2025).

Signed: [[name:H. Ashworth]]
""")

doc("casenote-05", "case_note", """
Custody contact - Kelderby Police Station
Sat 18 Oct 2025 02:10

Called out as Appropriate Adult (parent not attending). Young person: [[name:Andrei Popescu]], [[age:14]], custody record [[other:KP-2510-0931]]. Arrested for theft of a moped. Mum (Mrs [[name:Ionela Popescu]]) was contacted by custody on [[phone:+44 7723 418 905]] but said she couldn't leave the younger children; she speaks Romanian and some English.

Solicitor: [[name:Nick Barraclough]] (Hartley Law, duty). Interview at 03:40, no comment on advice. Released under investigation. [[name:Andrei]] was hungry and had wet clothes; custody provided food and a blanket. Dropped home to [[address:41 Tannery Row, Kelderby]] [[postcode:HU9 3PE]] at 05:05 by the on-call worker ([[name:Joe Whitfield]]).

Follow-up: Referral to Children's Social Care Front Door; inform Youth Justice Service Out of Court Disposal team (Turnaround programme eligible).
""")

# Meeting minutes --------------------------------------------------------------------

doc("minutes-01-mace", "minutes", """
MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - MINUTES
Thursday 11 September 2025, 10:00, Room 2.14, Kelderby Civic Centre and Microsoft Teams
OFFICIAL-SENSITIVE: not to be shared outside the panel

Present:
[[name:Claire Stenson]] - Chair, Head of Service, Safeguarding and Quality Assurance, Northshire Council
DCI [[name:Paul Akers]] - Public Protection, Northshire Police
[[name:Sandra Lyle]] - Youth Justice Practitioner, Northshire Youth Justice Service
[[name:Mohammed Iqbal]] - Social Worker, Children's Social Care
[[name:Nadia Chowdhury]] - Clinical Nurse Specialist, CAMHS (Northshire Healthcare NHS Foundation Trust)
[[name:Gareth Pryce]] - Education Safeguarding Officer, Education Services
[[name:Chloe Banner]] - Missing Children's Worker, The Children's Society
Minutes: [[name:Jasmine Kaur]], Business Support Officer

Apologies: [[name:Kwame Mensah]] (Youth Service); Inspector [[name:Leanne Dobbs]] (Neighbourhood Policing)

Item 3: Child Z ([[name:AW]], [[age:15]])
[[name:SL]] updated: nine missing episodes since April. Linked to an adult male known as "[[name:Bigz]]" and a vehicle, black Mercedes A-Class [[vehicle_registration:BD70 WKM]], seen on the Westgate estate. Police confirmed the vehicle is registered to a hire company.
Agreed: Disruption plan (Police); Child Abduction Warning Notice to be considered; referral to the National Referral Mechanism already made.
Risk level: High. Review: 25 September 2025.

Item 4: Young Person B ([[name:Kacper]])
Exploitation Team had identified the Ford Focus ([[vehicle_registration:MA21 KXP]]) as linked to a county line operating between Manchester and Kelderby. Panel agreed a Contextual Safeguarding referral for the Carrow Street flats.
""")

doc("minutes-02-board", "minutes", """
NORTHSHIRE YOUTH JUSTICE PARTNERSHIP BOARD
Minutes of the meeting held on 22 January 2026 at Northshire County Hall

Members present:
Cllr [[name:Janet Whitworth]], Cabinet Member for Children and Young People's Services
[[name:Sarah Lindqvist]], Director of Children's Services (Chair)
[[name:Robert Hargreaves]], Head of Youth Justice Service
Superintendent [[name:Imran Siddiqui]], Northshire Police
Dr [[name:Olusegun Adeyemi]], Designated Doctor for Safeguarding, NHS Northshire Integrated Care Board
[[name:Karen Pollitt]], Head of Probation Delivery Unit, The Probation Service
[[name:Michelle Dunmore]], Assistant Director - Education and Inclusion
In attendance: [[name:Lucy Bramwell]] (Review Coordinator), [[name:Tom Egan]] (Performance Analyst)

1. Apologies
Apologies were received from the Police and Crime Commissioner's representative and from the Chair of the Northshire Magistrates' Bench.

2. Minutes and matters arising
The minutes of 16 October 2025 were agreed as a correct record. Action 14 (health needs analysis) is complete; action 17 (post-16 ETE audit) is carried forward.

3. Extended Learning Review - Child Z
The Head of Youth Justice Service presented the final report. The Board thanked Mrs [[name:Farah]] and her family for their contribution. Members discussed Recommendation 3.1 on interpreting. The Assistant Director - Education and Inclusion agreed to take Recommendation 5 to the Schools Forum in March.
Resolved: (1) that the report be approved for publication in redacted form; (2) that progress against the action plan be reported at each meeting.

4. Performance report (Quarter 3)
First time entrants: 118 per 100,000 (down 9%). Reoffending rate: 31.2%. Use of custody: 3 children. Suitable accommodation at end of order: 94%.
""")

doc("minutes-03-strategy", "minutes", """
Strategy Meeting under Section 47 of the Children Act 1989
Child: [[name:Precious Adebayo]] (DOB [[date_of_birth:05/05/2011]])
Date: 2 October 2025

Attendees
Name | Role | Agency
[[name:Ruth Kendall]] | Team Manager (Chair) | Children's Social Care
[[name:Lola Martins]] | Social Worker | Children's Social Care
DS [[name:Craig Holloway]] | Detective Sergeant | Northshire Police, Child Abuse Investigation Team
[[name:Femi Adebayo]] | - | not invited (subject of concern)
[[name:Helen Cartwright]] | Designated Safeguarding Lead | [[school:Thornbury Girls' School]]
[[name:Bethan Jones]] | School Nurse | 0-19 Public Health Nursing Service
[[name:Marcus Oyelaran]] | Youth Justice Practitioner | Youth Justice Service

Reason for meeting: [[name:Precious]] ([[age:14]]) disclosed to her form tutor that her uncle, Mr [[name:Femi Adebayo]], had hit her with a belt. [[name:Precious]] lives with her aunt, Mrs [[name:Funmilayo Adebayo]], and uncle at [[address:18 Juniper Rise, Northtown]], [[postcode:LS9 7QT]], under a private fostering arrangement that had not been notified to the local authority.

Decisions: Section 47 enquiry to proceed; joint visit today (CSC and Police); ABE interview to be considered. [[name:Precious]] to stay with family friend Ms [[name:Tolu Bankole]] tonight under a safety plan agreed by the Team Manager.
""")

doc("transcript-01-panel", "transcript", """
Youth Offender Panel - record of discussion (typed from the panel member's notes)

PANEL MEMBER ([[name:Margaret Hollis]]): Thanks for coming, [[name:Ryan]]. Can you tell us how the last three months have gone?
[[name:RYAN]]: Alright. I've been going to the gym with [[name:Tommo]].
PANEL MEMBER ([[name:Deepak Sharma]]): Who's [[name:Tommo]]?
[[name:RYAN]]: My mate from college. [[name:Tom Hebden]]. He's doing plastering an' all.
YJS WORKER ([[name:Liam Devlin]]): [[name:Ryan]] has done really well at [[school:Northshire College]], his tutor says he's attended 92% this term.
MOTHER (Ms [[name:Leanne Whitaker]]): He's a different lad to last year, honestly.
PANEL MEMBER ([[name:Margaret Hollis]]): And the reparation?
[[name:RYAN]]: Done. The canal path thing. Twenty hours.
YJS WORKER: Completed on 14 February. The Canal and River Trust volunteer lead wrote a good reference.
PANEL MEMBER ([[name:Deepak Sharma]]): Then we'd like to recommend that the Youth Justice Service apply to the court for the order to be revoked early for good progress. [[name:Ryan]], you should be proud.
""")

doc("transcript-02-interview", "transcript", """
Learning review - practitioner conversation (anonymised extract for the review panel)
Reviewer: [[name:Fiona MacLeod]]
Practitioner: [[name:Sandra Lyle]], Youth Justice Practitioner

[[name:FM]]: When did you first think [[name:Abdirahman]] might be being exploited?
[[name:SL]]: Honestly, from the first visit. He had two phones and new trainers, Air Max 95s, and mum said she didn't buy them.
[[name:FM]]: What did you do with that?
[[name:SL]]: I put it in the AssetPlus and I raised it in supervision with [[name:Helen]]. She agreed an NRM. But the MACE didn't meet in August because of annual leave.
[[name:FM]]: Did you have enough time with him?
[[name:SL]]: I had twenty-three cases. The Youth Justice Service Manager knew. We were two practitioners down. I was seeing [[name:Abdi]] weekly but I should have been seeing him twice.
[[name:FM]]: What would you change?
[[name:SL]]: An interpreter, every time. I'd never use [[name:Mahad]] again. And I'd have rung Mrs [[name:Farah]] myself instead of going through the school.
[[name:FM]]: Thank you, [[name:Sandra]]. This will be anonymised as "Practitioner 2" in the report.
""")

# Emails -----------------------------------------------------------------------------

doc("email-01", "email", """
From: [[name:Priya Desai]] <[[email:priya.desai@northshire.gov.uk]]>
Sent: 05 June 2025 09:14
To: [[name:Helen Ashworth]] <[[email:helen.ashworth@northshire.gov.uk]]>
Cc: Youth Justice Service Business Support <yjs.business@northshire.gov.uk>
Subject: RE: SIN - [[name:J.O.]] - YJB notification

Hi [[name:Helen]],

Notification went to the YJB yesterday at 16:40 via the secure portal. I've had a call from Ms [[name:Okafor]] this morning - [[name:JJ]] is out of surgery and on Ward 22. She asked for nobody to visit until tomorrow. I've let [[name:Dan Reeve]] know.

Can we book the CLR scoping for next week? I'm free Tuesday and Thursday pm.

Thanks,
[[name:Priya]]

[[name:Priya Desai]]
Youth Justice Practitioner | Northshire Youth Justice Service
Children and Families Directorate, Northshire Council
Level 3, Kelderby Civic Centre, 1 Market Street, Kelderby NS1 1AA
Tel: [[phone:01632 960 551]] | Mob: [[phone:07700 900 318]]
Pronouns: she/her
This email and any attachments are confidential and intended only for the named recipient.
""")

doc("email-02", "email", """
From: [[email:j.whittaker@brookfieldpru.northshire.sch.uk]]
To: [[email:sandra.lyle@northshire.gov.uk]]
Date: Tue, 9 Sep 2025 11:52
Subject: Attendance - [[name:Abdirahman W]]

Dear [[name:Sandra]],

As requested, [[name:Abdirahman]]'s attendance since the start of term is 38.5% (5 of 13 sessions). He was collected from the gate on Friday by an older male in a dark car - our site manager [[name:Keith]] thinks it was the same car as before but didn't get the reg.

I've logged this on CPOMS and informed our Designated Safeguarding Lead, Mrs [[name:Ngozi Eze]].

Kind regards

[[name:Jo Whittaker]]
Attendance and Welfare Officer
[[school:Brookfield Pupil Referral Unit]]
[[address:Brookfield Road, Kelderby]] [[postcode:NS3 4JE]]
T: [[phone:(01632) 960 774]] ext 214
""")

doc("email-03", "email", """
From: [[name:Gareth Pryce]]
To: Youth Justice Service - Intensive Support Team
Subject: FW: Exclusion notification

FYI - see below from [[school:St Aidan's]]. The Head of Inclusion is asking whether any of the children on the attached list are open to you. I've removed the ones who aren't.

- [[name:Kyle Mercer]] (Y10) - fixed term, 5 days, drugs on site
- [[name:Aleksandra Wójcik]] (Y9) - fixed term, 2 days, persistent disruption
- [[name:Shay McGinley]] (Y11) - permanent exclusion, assault on staff. Social worker: [[name:Becky Long]]

Could someone from the Youth Justice Service attend [[name:Shay]]'s Governors' Disciplinary Committee meeting on 23 October? Dad is Mr [[name:Martin McGinley]], [[phone:07412 556 093]].

Many thanks,
[[name:Gareth]]
--
[[name:Gareth Pryce]] | Education Safeguarding Officer | Education Services | Northshire Council
[[phone:+44 (0)1632 960 632]] | [[email:gareth.pryce@northshire.gov.uk]]
Working days: Mon-Thurs
""")

doc("email-04", "email", """
Subject: Bank details for Setting Up Home Allowance - care leaver
From: [[name:Lola Martins]] <[[email:lola.martins@northshire.gov.uk]]>
To: Finance Payments Team

Hello,

Please set up the Setting Up Home Allowance payment (£2,000, first instalment £750) for our care leaver [[name:Dylan Hughes]] (DOB [[date_of_birth:17/01/2007]], LCS ID [[other:1185442]]). He is moving into his own tenancy at [[address:Flat 2, 8 Wesley Terrace, Northtown]] [[postcode:LS11 6BN]] on 1 December.

Account name: Mr [[name:D Hughes]]
Sort code: [[bank_account:20-45-77]]   Account number: [[bank_account:73019264]]

His National Insurance number is [[ni_number:JK 45 67 89 C]] if needed for the housing benefit claim.

The Personal Adviser is [[name:Aoife Brennan]] (Leaving Care Team).

Thanks
[[name:Lola]]
""")

doc("email-05", "email", """
From: [[name:Ruth Kendall]]
Sent: 14 October 2025 17:02
To: [[name:Claire Stenson]]
Subject: Escalation - placement breakdown, Young Person C

[[name:Claire]],

Just to escalate before I go off for the night: [[name:Mia]]'s placement at [[placement:Willowbank House]] (Horizon Care Ltd) broke down this afternoon after a fire alarm was set off for the third time. She is in the office with [[name:Lola]] and the Emergency Duty Team are looking. The only option today is an unregulated bed in Bradford, which I won't agree.

[[name:Mia]] is [[age:15]], on a Care Order (Section 31), and subject to a Youth Rehabilitation Order - I've told [[name:Marcus]] at the YJS. The Placement Finding Team have [[placement:Hollins Farm]] (solo placement, 38 miles) for tomorrow, at £6,850 per week.

Can I have your agreement as Head of Service to go over the weekly cost threshold? I'll update the Placement Sufficiency Panel on Monday.

[[name:Ruth]]
Team Manager, Children in Care Team 2
Northshire Council | [[phone:01632 960 310]]
""")

# FOI response letters ---------------------------------------------------------------

doc("foi-01-response", "foi_letter", """
Information Governance Team
Northshire Council
County Hall, Northtown NS1 2ZZ
foi@northshire.gov.uk

Ms [[name:Hannah Rees]]
[[address:22 Belmont Avenue, Harrogate]]
[[postcode:HG2 8QD]]

Our reference: FOI-2025-01847
Date: 12 November 2025

Dear Ms [[name:Rees]]

Freedom of Information Act 2000 - Serious incidents involving children supervised by the Youth Justice Service

Your request for information, received on 15 October 2025, has now been considered. The Council holds the information requested.

You asked:
"How many Serious Incident Notifications did Northshire Youth Justice Service submit to the Youth Justice Board in each of the years 2022/23, 2023/24 and 2024/25, and how many Critical Learning Reviews and Extended Learning Reviews were completed?"

Our response:
2022/23 - 4 notifications, 4 Critical Learning Reviews, 1 Extended Learning Review
2023/24 - fewer than 5 notifications (see below), all with a Critical Learning Review
2024/25 - 7 notifications, 7 Critical Learning Reviews, 2 Extended Learning Reviews

Where a figure is fewer than 5 we have not given the exact number. The Council considers that, combined with other information in the public domain, a small number could identify the children concerned. This information is withheld under Section 40(2) of the Act (personal information), as disclosure would breach the first data protection principle under Article 5(1)(a) of the UK General Data Protection Regulation. Section 40(2) is an absolute exemption and no public interest test is required.

You may re-use the information under the Open Government Licence v3.0.

If you are unhappy with this response you may ask for an internal review within 40 working days by writing to the address above. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely

[[name:Steven Lacey]]
Information Governance Officer
Direct line: [[phone:01632 960 902]]
""")

doc("foi-02-request", "foi_request", """
From: [[name:Callum Doherty]] <[[email:callum.doherty84@gmail.com]]>
To: foi@northshire.gov.uk
Subject: Freedom of Information request - training on child exploitation

Dear Sir or Madam,

Under the Freedom of Information Act 2000 please provide:
1. The number of Youth Justice Service staff who completed Child Criminal Exploitation training in 2024/25;
2. Copies of any training materials used, including the slides from the "County Lines and Contextual Safeguarding" session delivered by the Northshire Safeguarding Children Partnership;
3. The name and job title of the officer responsible for commissioning the training.

I am a freelance journalist writing for the Northshire Gazette. Please reply by email. My postal address is [[address:Flat 9, 3 Canal Wharf, Leeds]] [[postcode:LS1 4BR]] and my mobile is [[phone:07968 214 770]].

Regards,
[[name:Callum Doherty]]
""")

doc("foi-03-internal-review", "foi_letter", """
Internal Review Outcome - FOI-2025-01622

Dear Mr [[name:Doherty]]

Thank you for your request for an internal review, received on 2 September 2025, of the Council's response to your request about training on child exploitation.

The review has been carried out by [[name:Anita Sokolova]], Senior Information Governance Officer, who was not involved in the original response.

Part 1: The original response stated that 41 of 46 Youth Justice Service staff (89%) completed the training. This is upheld.

Part 2: The original response withheld the training slides under Section 43(2) (commercial interests). I do not consider that this exemption is engaged for the slides produced by the Partnership's own staff, and these are now disclosed. Slides 14 to 19 were produced by an external provider, Catch22, and are reasonably accessible to you on their website; these are withheld under Section 21.

Part 3: The officer responsible is the Head of Youth Justice Service, [[name:Robert Hargreaves]]. His name is disclosed because he is a senior officer acting in a public role. The names of the trainers, who are junior staff, are withheld under Section 40(2).

If you are not satisfied with this internal review you may complain to the Information Commissioner under Section 50 of the Act.

Yours sincerely,
[[name:Anita Sokolova]]
Senior Information Governance Officer
""")

doc("foi-04-disclosure-log", "disclosure_log", """
DISCLOSURE LOG - CHILDREN AND FAMILIES DIRECTORATE (QUARTER 2, 2025/26)

Reference | Date of response | Subject | Outcome | Exemptions
FOI-2025-01233 | 08/07/2025 | Number of children remanded to Youth Detention Accommodation | Information provided | None
FOI-2025-01301 | 22/07/2025 | Costs of external residential placements over £5,000 per week | Partly provided | s.43(2)
FOI-2025-01355 | 30/07/2025 | Learning reviews following deaths of children under YJS supervision | Partly provided | s.40(2), s.41
FOI-2025-01412 | 12/08/2025 | Spend on agency social workers 2024/25 | Information provided | None
FOI-2025-01498 | 27/08/2025 | Knife crime prevention programmes in schools | Information not held | n/a
FOI-2025-01622 | 17/09/2025 | Training on child criminal exploitation | Partly provided | s.21, s.40(2), s.43(2)
FOI-2025-01701 | 30/09/2025 | Use of Section 20 accommodation for 16 and 17 year olds | Refused - cost limit | s.12

Note: the identity of requesters is not published. Responses are available on request from the Information Governance Team.
""")

doc("letter-01-parent", "letter", """
Northshire Youth Justice Service
Kelderby Civic Centre, 1 Market Street, Kelderby NS1 1AA

PRIVATE AND CONFIDENTIAL
Mrs [[name:Shazia Rashid]]
[[address:5 Alder Grove, Kelderby]]
[[postcode:BD7 2NS]]

3 August 2025

Dear Mrs [[name:Rashid]],

Re: [[name:Zain Rashid]], date of birth [[date_of_birth:29 July 2010]] - Referral Order progress

I am writing to let you know that [[name:Zain]]'s next Youth Offender Panel meeting will take place on Tuesday 5 August 2025 at 4.30pm at the Kelderby Community Hub. As [[name:Zain]] is under [[age:16]], a parent or guardian must attend with him.

[[name:Zain]] has made very good progress. He has attended seven of eight sessions and completed his reparation at the Kelderby Foodbank, where the coordinator, Mrs [[name:Ellis]], said he was "polite and a hard worker". The panel may decide to recommend that the order ends early.

If you need an interpreter (Urdu or Punjabi) or cannot attend, please contact me on [[phone:01632 960 551]] or by text on [[phone:07700 900 472]].

Yours sincerely,

[[name:Marcus Oyelaran]]
Youth Justice Practitioner
""")

# Inspection action plans, board reports, responses to recommendations ---------------

doc("actionplan-01-progress", "action_plan", """
HMIP INSPECTION OF NORTHSHIRE YOUTH JUSTICE SERVICE - ACTION PLAN PROGRESS REPORT
Report to: Youth Justice Partnership Board, 22 January 2026
Report author: Head of Youth Justice Service
Overall: 38 of 44 actions complete (86%); 4 in progress; 2 overdue

Ref | Action | Owner | Due | Status | RAG | Evidence / progress note
R1.1 | Board induction pack and annual development session for all members | Chair of the Youth Justice Partnership Board | 30/06/2025 | Complete | Green | Induction delivered 12 May 2025; attendance 11 of 13 members.
R1.2 | Board members to sponsor one practice area each (Education, Health, Police, Probation) | Head of Youth Justice Service | 30/09/2025 | Complete | Green | Sponsors agreed; Education sponsor is the Assistant Director - Education and Inclusion.
R2.1 | Audit of Looked After Children open to the YJS and their routes into the justice system | Head of Service, Children in Care | 31/10/2025 | In progress | Amber | Audit of 27 cases 70% complete; report delayed by staff sickness.
R2.2 | Implement the Reducing Criminalisation of Looked After Children Protocol with all residential providers | Assistant Director - Children's Social Care | 31/12/2025 | Overdue | Red | Signed by 9 of 14 providers; escalated to Commissioning.
R3.1 | Health needs analysis of children known to the YJS | Designated Nurse, NHS Northshire Integrated Care Board | 31/07/2025 | Complete | Green | Published September 2025; 62% of children had an unmet speech, language and communication need.
R4.1 | Post-16 Education, Training and Employment audit | Virtual School Head | 30/11/2025 | Overdue | Red | Carried forward; new date 31/03/2026.
R5.1 | Quality assurance framework for risk of harm work, including management oversight audits | Youth Justice Service Manager | 31/08/2025 | Complete | Green | Monthly audits since August; 78% of cases judged Good or better in December.
""")

doc("actionplan-02-minutes", "minutes", """
CHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMITTEE
Agenda item 7: Youth Justice Service Inspection Action Plan - Progress Report

The Cabinet Member for Children and Young People's Services, Cllr [[name:Janet Whitworth]], the Assistant Director - Early Help and Prevention, [[name:Mark Devaney]], and the Service Manager - Youth Justice and Turnaround attended the meeting to present the report.

The Assistant Director advised that the inspection had rated the service as "Requires Improvement" overall, with Organisational Delivery rated "Inadequate". Of the 44 actions in the plan, 38 had been completed. Members asked how the Board would know that the changes had improved outcomes for children, rather than simply that actions had been completed.

The Service Manager explained that the Quality Assurance Framework now included dip samples of Out of Court Disposal decisions, and that the Joint Decision Making Panel was chaired by a Team Manager with a Police Sergeant from the Integrated Offender Management team.

Cllr [[name:Asif Hussain]] asked about disproportionality. The Assistant Director reported that Black and Mixed Heritage children were 2.4 times more likely to receive a Youth Caution than White children and that the Disproportionality Action Plan would be reported to the Committee in June.

Cllr [[name:Sheila O'Rourke]] asked about the two overdue actions. Members were advised that the Reducing Criminalisation of Looked After Children Protocol had not yet been signed by five independent providers.

Resolved:
1. That the progress report be noted.
2. That a further report be brought to the Committee in six months, including outcome measures.
""")

doc("response-01-recommendations", "board_report", """
RESPONSE TO RECOMMENDATIONS: HM INSPECTORATE OF PROBATION JOINT THEMATIC INSPECTION OF SERIOUS INCIDENT REVIEWS

Recommendation 1: Youth Justice Service Management Boards should ensure that learning reviews explain the child's behaviour in the context of their life experiences.

The Northshire Youth Justice Partnership Board agreed a revised Serious Incident and Learning Review Procedure in April 2025. Each Critical Learning Review must now contain a section on the child's lived experience, including trauma, adverse childhood experiences, disproportionality and the child's own account. The Head of Youth Justice Service quality assures every review before sign-off, and a sample is considered by the Board's Quality and Performance Sub-Group.

Recommendation 2: Learning should be translated into specific, owned and time-bound actions, including actions for partner agencies.

All recommendations arising from Critical and Extended Learning Reviews are now entered on a single multi-agency action tracker. Each action has a named owner (by role), a lead agency, a due date and the evidence required for completion. As at 31 December 2025, 26 of 31 actions were complete. Partner agencies report progress to the Board quarterly.

Recommendation 3: Local oversight and quality assurance should be recorded.

The Serious Incident Panel, chaired by the Assistant Director - Early Help and Prevention, meets within ten working days of each notification. Decisions and rationale are minuted. The Youth Justice Board's Oversight Team attended the Panel in October 2025 and gave positive feedback on the quality of the process.
""")

doc("board-01-report", "board_report", """
NORTHSHIRE COUNCIL - CABINET
Date: 4 February 2026
Report of: Director of Children's Services
Portfolio: Children and Young People's Services
Title: YOUTH JUSTICE PLAN 2026-2029
Key decision: Yes
Public report with exempt appendix (Appendix C exempt under Paragraph 2 of Schedule 12A to the Local Government Act 1972)

1. PURPOSE OF THE REPORT
1.1 To seek Cabinet's approval of the Northshire Youth Justice Plan 2026-2029, which the Council must publish under Section 40 of the Crime and Disorder Act 1998.

2. RECOMMENDATIONS
2.1 That Cabinet approves the Youth Justice Plan 2026-2029 and recommends it to Full Council.
2.2 That authority is delegated to the Director of Children's Services, in consultation with the Cabinet Member for Children and Young People's Services, to make minor amendments before publication.

3. BACKGROUND
3.1 The Youth Justice Service is a statutory multi-agency partnership of the Council, Northshire Police, The Probation Service and the NHS Northshire Integrated Care Board. The Youth Justice Board Grant for 2025/26 is £1,124,380; partner contributions total £986,200.
3.2 Priorities in the Plan are: Prevention and Diversion; Education, Training and Employment; Serious Youth Violence and Exploitation; Over-Representation; and Constructive Resettlement.
3.3 The Turnaround Programme, funded by the Ministry of Justice, has supported 146 children since 2023. Of these, 91% have not entered the youth justice system.

4. CONSULTATION
4.1 Children and young people were consulted through the Youth Participation Forum and the Northshire Children in Care Council.

Contact officer: [[name:Robert Hargreaves]], Head of Youth Justice Service, [[phone:01632 960 507]], [[email:robert.hargreaves@northshire.gov.uk]]
Background papers: None.
""")

doc("board-02-performance", "board_report", """
QUARTERLY PERFORMANCE REPORT - YOUTH JUSTICE SERVICE (Q2 2025/26)
OFFICIAL

KEY PERFORMANCE INDICATORS
First Time Entrants (rate per 100,000 10-17 year olds): 124 (Q1: 131; England and Wales: 148)
Reoffending (binary rate, 12 month cohort): 29.8%
Use of Custody (rate per 1,000): 0.09
Education, Training and Employment at end of order (statutory school age): 71%
Suitable Accommodation at end of order: 92%
Special Educational Needs and Disabilities identified: 64%
Mental Health Care identified: 58%
Substance Misuse: 41% of children assessed as needing intervention; 88% of those received one
Out of Court Disposals: 63 (Youth Conditional Caution 11; Youth Caution 9; Outcome 22 - 43)

NARRATIVE
The rise in Outcome 22 deferred prosecutions reflects the roll-out of the Joint Decision Making Panel with Northshire Police. The Police and Crime Commissioner's Violence Reduction Unit has funded two Youth Workers for the Accident and Emergency Navigator scheme at Northshire General Hospital.

RISKS
Recruitment: three Youth Justice Practitioner vacancies. Mitigation: agency cover approved by the Head of Service until March 2026.
Data: the move from ChildView to the new case management system is planned for April 2026; a Data Protection Impact Assessment is being completed with the Data Protection Officer.
""")

# Court, assessment, referral and placement records ----------------------------------

doc("psr-01", "court_report", """
PRE-SENTENCE REPORT (extract)
Northshire Youth Court
Name: [[name:Connor James Whitaker]]   Date of birth: [[date_of_birth:08/12/2008]]   Age: [[age:16]]
Address: [[address:71 Bramley Crescent, Northtown]] [[postcode:LS14 2EJ]]
Offence(s): Robbery (Theft Act 1968, s.8); Possession of an offensive weapon in a public place (Prevention of Crime Act 1953, s.1)
PNC ID: [[pnc_id:24/139815M]]
Author: [[name:Liam Devlin]], Youth Justice Practitioner

Sources of information: interview with [[name:Connor]] at the Youth Justice Service office (two sessions); interview with his mother, Ms [[name:Leanne Whitaker]]; Crown Prosecution Service case summary; AssetPlus; school records from [[school:Northtown Academy]]; Children's Social Care records.

Offence analysis: On 2 March 2025 [[name:Connor]] and a co-defendant, [[name:Reece Farrell]] (aged [[age:18]]), approached a [[age:15]]-year-old boy at the Northtown bus station and demanded his phone. [[name:Connor]] was carrying a screwdriver. [[name:Connor]] accepts his part and told me: "I was off my head and I owed [[name:Reece]] money." He expressed remorse for the victim and asked whether he could write to him.

Proposal: A Youth Rehabilitation Order of 12 months with a Supervision Requirement, an Activity Requirement (30 days) and a Curfew Requirement with Electronic Monitoring for 3 months, 19:00 to 07:00. This would allow work on victim awareness, consequential thinking and substance misuse through the Youth Justice Service and the Horizons service.
""")

doc("referral-01", "referral_form", """
MASH REFERRAL FORM - Northshire Children's Services Front Door
Referrer: [[name:Helen Cartwright]], Designated Safeguarding Lead, [[school:Thornbury Girls' School]], [[phone:01632 960 145]]
Date of referral: 30/09/2025
Consent obtained from parent/carer: No (reason: risk of harm to child if parent informed)

CHILD DETAILS
Full name: [[name:Precious Adebayo]]   Preferred name: [[name:Precious]]
DOB: [[date_of_birth:05/05/2011]]   Age: [[age:14]]   Gender: Female
Ethnicity: Black or Black British - African   First language: English (also Yoruba)
Address: [[address:18 Juniper Rise, Northtown]]   Postcode: [[postcode:LS9 7QT]]
UPN: [[upn:T370436314407]]
GP: Dr [[name:Sarah Okonjo]], Juniper Medical Centre   NHS No: [[nhs_number:823 938 4994]]

HOUSEHOLD
[[name:Funmilayo Adebayo]] (aunt) - DOB [[date_of_birth:12/08/1979]] - [[phone:07533 612 840]]
[[name:Femi Adebayo]] (uncle) - DOB [[date_of_birth:23/02/1976]]
[[name:Tobi Adebayo]] (cousin, [[age:9]])
Birth mother: Ms [[name:Blessing Adeyemi]], believed to be in Lagos, Nigeria

REASON FOR REFERRAL
[[name:Precious]] came to school with a red mark on her forearm. She told her form tutor, Miss [[name:Kowalska]], that her uncle "used his belt because I came in late". She said she is scared to go home and that this has happened "loads of times".
""")

doc("assetplus-01", "assessment", """
AssetPlus - Explanations and Conclusions (extract)
Child: [[name:Mia Robinson]]   ChildView ref: [[other:CV-198833]]

Personal, family and social factors
[[name:Mia]] has been in care since the age of [[age:11]] and has had nine placements. Her current placement is at [[placement:Willowbank House]], a four-bed children's home operated by Horizon Care Ltd. Her mother, [[name:Stacey Robinson]], has a history of alcohol dependency and domestic abuse; contact is supervised at the Family Contact Centre monthly. [[name:Mia]] has a strong relationship with her maternal grandfather, Mr [[name:Alan Pearce]], who lives in Sheffield.

[[name:Mia]] was identified as at risk of child sexual exploitation in 2024 following a missing episode during which she was found at an address in Bradford with two adult men. She uses Snapchat (username [[other:mia_x_robbo09]]) and has been contacted by adults she met online.

Risk of Serious Harm: Medium. Safety and Wellbeing: Very High.
Reasoning: [[name:Mia]]'s offending (criminal damage and assault on residential staff) arises mainly from distress at placement moves. Her own safety is the principal concern.

Intervention plan: Trauma-informed work with the Youth Justice Service Clinical Psychologist; the Speech and Language Therapist to adapt all written plans; contact with the Independent Reviewing Officer, [[name:Graham Tate]], before the next Looked After Review.
""")

doc("placement-01-daily-log", "placement_log", """
DAILY LOG - [[placement:Hollins Farm]] (solo placement)
Young person: [[name:M.R.]]   Staff on shift: [[name:Kelly]] (Senior RSW), [[name:Andrzej]] (RSW), [[name:Danny]] (waking night)

07:30 - [[name:Mia]] up and showered without prompting. Ate toast. Said she misses Grandad [[name:Alan]] and asked if she could ring him; call made from the office phone, 12 minutes, positive.
10:00 - Education: online tutor session with Northshire Virtual School (1 hour). Engaged for about 40 minutes.
13:15 - [[name:Mia]] asked to go to the shop in the village. Staff accompanied. She was calm.
16:45 - Youth Justice Service visit by [[name:Marcus Oyelaran]]. Session on the victim awareness workbook. [[name:Mia]] said "it's boring but fine".
19:40 - [[name:Mia]] became upset after a Snapchat message; she would not show staff. Staff followed the Missing From Care Protocol risk assessment; [[name:Mia]] stayed in the building. Registered Manager ([[name:Sue Harland]]) informed by phone.
23:00 - Settled. Door checks completed every 30 minutes by [[name:Danny]].
""")

doc("riskplan-01", "risk_plan", """
RISK AND SAFETY MANAGEMENT PLAN - Youth Justice Service
Young person: [[name:Oisín Ward]]   DOB: [[date_of_birth:19 June 2010]]   PNC: [[pnc_id:21/448485C]]
Date: 1 July 2025   Review date: 1 October 2025   Author: [[name:Liam Devlin]]   Manager: [[name:Helen Ashworth]]

Risk to others (Medium): burglary of occupied homes of elderly residents, with older relatives. Potential victims: older people living alone in rural villages.
Safety and wellbeing (Medium): low literacy, not in education since Year 7, discrimination towards his community, fighting with other young men at horse fairs.

Protective factors: strong family loyalty; his dad, [[name:Patrick]], supports supervision and brings him to every appointment; good relationship with his grandmother, Mrs [[name:Nora Ward]]; talent with horses.

Controls and interventions:
1. Curfew with electronic monitoring at [[address:Plot 6, Greenacre Travellers' Site, Moor Lane, Ashby Moor]] until 11 September 2025.
2. Education: referral to the Gypsy, Roma and Traveller Education Service; tutor [[name:Maggie Doran]] to visit the site twice weekly.
3. Police: Neighbourhood Policing Team to be told of the curfew; vehicle [[vehicle_registration:WU68 HLB]] flagged as associated.
4. Contingency: if a breach is reported, the case manager will visit within 24 hours and review with the Operational Manager before any return to court.
""")

doc("oocd-01-panel", "minutes", """
JOINT DECISION MAKING PANEL (OUT OF COURT DISPOSALS) - DECISION RECORD
Date: 16 October 2025   Chair: Team Manager, Prevention and Diversion   Police: Sergeant [[name:Chris Maddox]]

Case 1
Name: [[name:Rahim Uddin]]   DOB: [[date_of_birth:14/09/2011]]   Age: [[age:14]]
Offence: Criminal damage (under £500) to a bus shelter, Northtown Road
Admission: Yes. Parent/carer: father, Mr [[name:Abdul Uddin]] (Bengali interpreter needed)
Previous: none. School: [[school:Northtown Academy]] (Year 9)
Decision: Youth Caution not required. Outcome 22 with a Turnaround intervention (6 sessions) and a restorative letter to the bus company.

Case 2
Name: [[name:Hevi Karimi]]   DOB: [[date_of_birth:30/01/2009]]   Age: [[age:16]]
Offence: Possession of cannabis (Class B)
Previous: Community Resolution (2024). Lives in supported accommodation at [[placement:Cedar House]], [[address:14 Station Road, Kelderby]].
Decision: Youth Conditional Caution - conditions: attend the Substance Misuse Service (4 sessions); Education, Training and Employment assessment.

Case 3
Name: [[name:Minh Tran]]   Age: [[age:15]]   Interpreter: Vietnamese
Offence: Cultivation of cannabis at a residential address
Panel note: strong indicators that [[name:Minh]] is a victim of modern slavery (arrived in the UK aged [[age:13]], no family here, found locked inside the property). No further action against [[name:Minh]]; National Referral Mechanism referral made by Police; Section 45 Modern Slavery Act 2015 defence noted.
""")

doc("health-01-chat", "health_note", """
YJS Health Practitioner - CHAT screening summary
Prepared by: [[name:Bernadette O'Shea]], Specialist Nurse (YJS seconded from Northshire Healthcare NHS Foundation Trust)

Child: [[name:Kyle Mercer]]   DOB: [[date_of_birth:3 April 2010]]   NHS number: [[nhs_number:451 847 1563]]
GP practice: Castle View Surgery, Kelderby

Physical health: asthma (salbutamol inhaler); dental decay noted, not registered with a dentist.
Emotional and mental health: SDQ total 24 (very high). Low mood since the death of his older brother, [[name:Lewis]], in 2023. Referred to CAMHS Getting More Help pathway 12/09/2025.
Neurodevelopmental: diagnosis of ADHD (2019) - medication stopped in 2024.
Substance use: daily cannabis; nitrous oxide at weekends. Consent to referral to Horizons.
Speech, language and communication: screening indicates need; referral to the YJS Speech and Language Therapist ([[name:Rachel Ng]]).

Sibling [[name:Chelsea Mercer]] (NHS number [[nhs_number:477 777 8681]]) is also known to the service through the Turnaround programme.
""")

doc("victim-01", "victim_contact", """
Restorative Justice - victim contact record
Victim: Mr [[name:Harold Bates]] (aged [[age:84]])   Address: [[address:The Old Forge, Church Lane, Little Marston]] [[postcode:YO62 5TN]]   Tel: [[phone:01439 770 215]]
Offence: Burglary dwelling, 11 March 2025. Young person: [[name:O.W.]] (Referral Order)
Worker: [[name:Tomasz Wiśniewski]], Restorative Justice Coordinator

14/06/2025 - Phoned Mr [[name:Bates]]. His daughter, Mrs [[name:Carol Jennings]], was present on speakerphone. Explained the letter of apology. Mr [[name:Bates]] would like to receive it but does not want to meet the young person. Mrs [[name:Jennings]] asked that any correspondence goes to her: [[email:caroljennings62@btinternet.com]].
30/06/2025 - Letter of apology sent to Mrs [[name:Jennings]] with the young person's consent.
08/07/2025 - Mrs [[name:Jennings]] rang to say her father was moved by the letter and "hopes the lad gets himself sorted". Victim Satisfaction Survey completed: Very satisfied.
""")

doc("resettlement-01", "case_note", """
CONSTRUCTIVE RESETTLEMENT PLANNING MEETING - HMYOI Wetherby (video link)
Date: 2 December 2025
Young person: [[name:Tyrese Campbell]]   Prison number: [[other:A4721DT]]   Release date (DTO midpoint): 6 January 2026

Present: [[name:Tyrese]]; [[name:Marcus Oyelaran]] (YJS case manager); [[name:Jo Batley]] (Resettlement Officer, HMYOI Wetherby); [[name:Samira Haddad]] (Social Worker, Leaving Care Team); Ms [[name:Yvonne Campbell]] (mother)

Accommodation: [[name:Tyrese]] cannot return to [[address:12 Hawthorn Road, Northtown]] because of a licence condition not to enter the Hawthorn estate. Supported lodgings identified with Mr and Mrs [[name:Begum]] in Kelderby (Supported Lodgings Scheme) - to be confirmed.

Note for the minute: the placement is with Mr and Mrs [[name:Begum]]; they have hosted two care leavers before.

ETE: Level 1 Construction (CSCS card course) booked at [[school:Northshire College]] for 12 January 2026. [[name:Tyrese]] gained Functional Skills English Entry 3 in custody.

Health: continuity of care letter to his GP; CAMHS in-reach to transfer to the community team.

Licence conditions: report to the Youth Justice Service office on release day; curfew 19:00-07:00 with electronic monitoring; no contact with [[name:Jermaine Holt]] or [[name:Kai Bennett]] (co-defendants).
""")

doc("staff-01-rota", "staff_list", """
YOUTH JUSTICE SERVICE - DUTY ROTA AND CONTACTS (w/c 13 October 2025)
Internal: not for circulation outside the Service

Duty Manager: [[name:Helen Ashworth]], Operational Manager - [[phone:07700 900 111]]
Court Duty (Northshire Youth Court, Kelderby): [[name:Liam Devlin]] (Mon, Wed), [[name:Ewa Kowalczyk]] (Tue, Thu), [[name:Sandra Lyle]] (Fri)
Appropriate Adult on-call (evenings): [[name:Joe Whitfield]] - [[phone:07700 900 222]]
Weekend Remand Court (Saturday): [[name:Marcus Oyelaran]]
Intensive Supervision and Surveillance: [[name:Aisha Qureshi]] and [[name:Kwame Mensah]]

Key numbers
YJS Duty Line: 01632 960 500
Children's Services Front Door: 01632 960 600
Emergency Duty Team (out of hours): 01632 960 999
Northshire Police Custody (Kelderby): 101 ext 4412

Leave: [[name:Priya Desai]] (annual leave 13-17 Oct); [[name:Tom Egan]] (training - Data Protection refresher, 15 Oct)
""")

doc("complaint-01", "letter", """
[[address:27 Fennel Walk, Ashby Moor]]
[[postcode:NS7 2LD]]
[[phone:07700 918 442]]

To the Complaints Manager, Northshire Council

Formal complaint about the Youth Justice Service and Children's Social Care

I am writing about my son [[name:Jayden]]. He is [[age:16]]. On 3 June he was stabbed and nearly died. I told his youth worker and the social worker many times that he was being groomed by older lads, that he had money and a second phone, and that a grey car with the number plate [[vehicle_registration:YK19 ZTF]] kept coming for him. Nobody did anything until it was too late.

I want to know why nobody came out when I rang on 13 May when he went missing, and why his social worker, Mr [[name:Reeve]], was off for three weeks and nobody covered.

I also want an apology from the Police. PC [[name:Nowak]] was kind but the officer who came on 14 May said [[name:Jayden]] was "choosing this lifestyle".

I give permission for you to look at all the records about [[name:Jayden]] and his sisters [[name:Ruby]] and [[name:Precious Okafor]].

Yours faithfully
[[name:Grace Okafor]]
""")

doc("teams-01-chat", "chat", """
Microsoft Teams - YJS Practitioners group (exported 10/09/2025)

[09:02] [[name:Ewa Kowalczyk]]: morning all, anyone free for the 2pm at the Youth Court? [[name:Kacper]]'s breach hearing
[09:05] [[name:Liam Devlin]]: I can do it, I'm there anyway for [[name:Connor W]]
[09:06] [[name:Ewa Kowalczyk]]: legend thank you. papers on the shared drive under [[name:ZIELINSKI]]
[09:20] [[name:Sandra Lyle]]: does anyone have a number for the Somali Community Association? need to get hold of [[name:Ayaan]]
[09:21] [[name:Kwame Mensah]]: [[phone:07388 145 902]] - tell her I said hi
[09:40] [[name:Aisha Qureshi]]: reminder the Substance Misuse Service drop-in is moving to Thursdays from next week
[10:12] [[name:Helen Ashworth]]: Team - Assistant Director is visiting on Friday at 11, please be around. Also the HMIP re-inspection is provisionally week of 17 November
[10:15] [[name:Marcus Oyelaran]]: noted. [[name:Tyrese]]'s mum rang - she wants a call back from a manager about the complaint
""")

doc("police-01-intel", "police_note", """
NORTHSHIRE POLICE - INFORMATION SHARING (Youth Justice Service Police Officer)
Handling code: OFFICIAL-SENSITIVE. Shared under the Youth Justice Information Sharing Protocol.

Subject 1: [[name:Kyle Mercer]], PNC [[pnc_id:16/587814W]]. Arrested 27/10/2025 for affray at the Kelderby Retail Park. Bailed to 24/11/2025 with conditions not to enter Kelderby town centre.
Subject 2: [[name:Summer Brown]] (aged [[age:17]]), PNC [[pnc_id:21/71981J]]. Named as the driver of [[vehicle_registration:LV72 RXE]] seen leaving the scene. NI number on record: [[ni_number:PN 12 34 56 B]].
Associates: [[name:Will Young]] ([[age:19]]); a female known only as "[[name:Hope]]".

Officer: PC [[name:Grace Whitfield]], Youth Justice Service Police Officer, [[email:grace.whitfield@northshire.police.uk]]

Note for YJS: please do not disclose the source of this information to the young people or their families. Any request under the Data Protection Act 2018 for this record must be referred to the Force Data Protection Officer.
""")

doc("foi-05-response-payments", "foi_letter", """
Freedom of Information Act 2000 - Payments to young people on Youth Justice Service programmes
Our reference: FOI-2025-01944

Your request has been considered. The Council holds some of the information requested.

You asked for "the total spent on gift vouchers and travel for children on Youth Justice Service programmes in 2024/25". The total was £3,412.60 (travel £2,870.10; vouchers £542.50). The Council does not hold the number of individual children who received vouchers.

Please note: in error, an earlier draft of this response included a copy of a procurement card statement. That statement has been removed. It showed a card ending in a full number ([[payment_card:4659 8219 9351 8195]]) held by the Business Support Officer, [[name:Jasmine Kaur]], and has been withheld under Section 40(2) and Section 31(1)(a) (prevention of crime). Section 31 is a qualified exemption. The public interest in transparency about spending is met by the totals above; the public interest in preventing fraud favours withholding the card details.

Information Governance Team, Northshire Council
""")

doc("mappa-01", "minutes", """
MAPPA LEVEL 2 MEETING - MINUTES (extract)
Offender: [[name:Dariusz Nowakowski]]   DOB: [[date_of_birth:18/02/2007]]   Category: 2   PNC: [[pnc_id:15/100122F]]
Lead agency: Youth Justice Service (transition to The Probation Service at 18)
Chair: [[name:Karen Pollitt]], Head of Probation Delivery Unit

Attendees: [[name:Ewa Kowalczyk]] (YJS); DS [[name:Mark Redfern]] (Northshire Police, Management of Sexual or Violent Offenders); [[name:Olivia Grant]] (Probation Officer); Dr [[name:Hamid Karzai-Noor]] (Forensic CAMHS)

Summary: [[name:Dariusz]] was sentenced to a Detention and Training Order (24 months) for wounding. Release to [[address:Flat 1, 40 Victoria Road, Northtown]] [[postcode:LS6 1PQ]] (Approved Premises not suitable under 18). His brother, [[name:Tomek]], lives at the same address and works at the car wash on Victoria Road.

Risk management: transition meeting with the Probation Officer 3 months before his 18th birthday under the Youth to Adult Transitions Framework; exclusion zone around the victim's address; contact with Victim Liaison Unit. Next meeting: 14 January 2026.
""")

doc("school-01-pep", "education_plan", """
PERSONAL EDUCATION PLAN REVIEW - Northshire Virtual School
Child: [[name:Shay McGinley]]   UPN: [[upn:U372318613148]]   Year group: 11   Age: [[age:15]]
Current school: [[school:St Aidan's Catholic Academy]] (permanently excluded 23/10/2025); from 3 November 2025 at [[school:Ashby Moor Alternative Provision Centre]]
Placement: [[placement:Beech Tree Children's Home]], Kelderby

Attendees: [[name:Shay]]; Virtual School Adviser [[name:Rose Fairweather]]; Designated Teacher Mr [[name:O'Neill]]; Social Worker [[name:Becky Long]]; residential key worker [[name:Paddy Connors]]

[[name:Shay]]'s views: "I want to do mechanics. I'm good with engines, my dad's been teaching me since I was little."
Targets: GCSE English and Maths entries confirmed; Level 1 Motor Vehicle at [[school:Northshire College]] from September 2026; Pupil Premium Plus (£600) to fund a laptop and a mentor.
""")


if __name__ == "__main__":
    main()
