"""Build benchmarks/data/uk_holdout_documents.json: a HELD-OUT set of invented UK
youth-justice documents with gold personal-data spans, for measuring reviewgen's redaction
engine only. Never tune the detector on it: it was written without reading the detector's
rules or the development set's misses, and its value is that it stays unseen.

    .venv/bin/python benchmarks/data/make_uk_holdout_documents.py

Every person, address, phone number and identifier below is INVENTED. The area is the
invented Carrowdale Metropolitan Borough (towns Fennick, Esker Vale and Tollerby Bridge, none
of which exists); postcodes use real area letters with made-up streets; phone numbers are
from Ofcom's drama ranges (07700 900xxx, 01632 960xxx); identifiers are random values with
valid check characters. Public bodies, legislation, programmes and real cities and counties
are real and must stay.

Same marker format and labelling rules as make_uk_case_documents.py: write each document with
inline markers `[[label:value]]`; the script strips them and computes offsets.
- a name span covers the name only: "Mrs [[name:Okafor]]", "[[name:Jayden]]'s"; initials
  and nicknames are names too; initials used as minute/action owners are names;
- an age span covers the number ("aged [[age:15]]", "a [[age:15]]-year-old");
- an address span is the street line with its town; the postcode is its own span;
- a named official acting in role is still "name" (the organisation allowlists them);
- a child's or family's case-management ID (Mosaic, ChildView, EHCP, custody, ...) is
  `case_id`; the organisation's own review, FOI, panel and action references are NOT;
- social-media handles and prison numbers are `other`;
- secure-estate establishments (HMYOI Wetherby), hospitals and GP surgeries are public
  bodies and stay; street names that are not anyone's home (incident locations) stay;
- an organisation's own address, switchboard and shared mailbox (a school office, a trust)
  stay, though the school's name is `school` when a child attends it;
- dates of events, role titles, teams, councils, legislation, programmes, money, towns,
  and council office addresses, duty lines and shared mailboxes are left unmarked.
Identifiers are checked here (NHS mod-11, UPN and PNC check characters, Luhn, NI format).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from markers import strip_markers  # shared with the other gold-set generators

OUT = Path(__file__).resolve().parent / "uk_holdout_documents.json"

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
# Case 1: serious injury (stabbing victim), Fennick ------------------------------------

doc("yjb-notification-01", "incident_notification", """
YOUTH JUSTICE BOARD - SERIOUS INCIDENT NOTIFICATION
Protective marking: OFFICIAL-SENSITIVE
Reporting YJS: Carrowdale Youth Justice Service
Notification reference: CYJS-SI-2025-07 (YJB ref to follow)

Section 1 - The child
Name: [[name:Kieran Dowd]]          Known as: [[name:Dowdy]]
Date of birth: [[date_of_birth:03/02/2010]]     Age at incident: [[age:15]]
Gender: Male     Ethnicity: White British
PNC: [[pnc_id:23/423181D]]     Local ID (ChildView): [[case_id:CV-208817]]
Home address: [[address:27 Sandpiper Walk, Fennick]], [[postcode:BB4 9QT]]
Legal status: Youth Rehabilitation Order (12 months, Supervision and Activity Requirements), started 14 April 2025
Looked after: No. Child in Need plan since June 2024.

Section 2 - The incident
Type: Serious injury (victim of knife assault)
Date of incident: 21/09/2025     Date YJS aware: 22/09/2025     Date notified: 23/09/2025
Summary: At about 21:40 [[name:Kieran]] was stabbed twice in the thigh near the Esker Vale skate park. He was taken to Royal Preston Hospital and discharged after four nights. Lancashire Constabulary are investigating; no arrests at the time of notification. [[name:Kieran]] has told his case manager he knows who did it but will not say.

Section 3 - Completed by
Case manager: [[name:Priya Raval]]    Operational manager: [[name:Dean Coulter]]
Head of Service sign-off: [[name:Joanne Whitlock]], Head of Youth Justice Services, 23/09/2025
""")

doc("clr-01-voice", "clr", """
CRITICAL LEARNING REVIEW - CYJS-CLR-2025-04 - Section 9: The voice of the child

[[name:Kieran]] agreed to meet the reviewer at the Fennick youth hub on 8 October 2025, with his mum, Ms [[name:Lisa Dowd]], present for the first half. He asked that his younger brother [[name:Callum]] ([[age:11]]) not be told what was discussed.

On the YJS: "[[name:Priya]] is alright. She actually turns up. The one before her, I had him for like three weeks and then he was gone." [[name:Kieran]] had three case managers in eleven months (Mr [[name:Fairclough]], then an agency worker, then Ms [[name:Raval]]).

On school: "They put me in [[school:Tollerby Learning Centre]] and it's just kids doing nothing. At [[school:Fennick High]] at least I had my mates." He was on a reduced timetable of 10 hours a week from February 2025.

On the night he was hurt: "Everyone knows it was over a video. I'm not a grass. If I say, my mum's house gets done." He described being followed home twice in August by two older boys in a grey car; the reviewer passed the registration [[vehicle_registration:PK19 XRT]] he gave to the police.

On what would help: "Getting out of Fennick for a bit. My nan's in Blackburn." His nan, Mrs [[name:Maureen Dowd]], has offered to have him at weekends.

Reviewer's note: [[name:Kieran]]'s account was consistent with the CAMHS letter of 2 October 2025 from Dr [[name:Helen Achebe]], which describes hypervigilance and poor sleep since the assault.
""")

doc("elr-01-chronology", "elr", """
EXTENDED LEARNING REVIEW (CYJS-ELR-2025-02) - Appendix B: multi-agency chronology
Subject: Child K ([[name:Kieran Dowd]], DOB [[date_of_birth:03.02.2010]], NHS [[nhs_number:521 477 1819]])

Date | Agency | Event
12/06/2024 | Children's Social Care | Child in Need plan opened after Early Help step-up; allocated SW [[name:Tom Eastwood]].
03/09/2024 | Education | [[name:K]] moved to Year 10 at [[school:Fennick High School]]; attendance 71% in autumn term.
30/01/2025 | Lancashire Constabulary | Arrested for possession of a bladed article, Fennick town centre. Released under investigation.
05/02/2025 | Education | Fixed-term suspension (5 days); referral to [[school:Tollerby Learning Centre]].
14/04/2025 | Youth Court | 12-month Youth Rehabilitation Order. Case manager Mr [[name:Ashley Fairclough]].
02/05/2025 | YJS | AssetPlus completed: ROSH medium, safety and wellbeing high. Countersigned by [[name:D. Coulter]].
19/06/2025 | YJS | Mr [[name:Fairclough]] leaves; cover by agency worker [[name:Stephen Ng]] until 11/07/2025.
14/07/2025 | YJS | [[name:Priya Raval]] allocated.
12/08/2025 | Police | Intelligence report: [[name:Kieran]] seen in vehicle [[vehicle_registration:PK19 XRT]] with two males aged [[age:18]]-[[age:19]].
21/09/2025 | Ambulance / Police | Stab wounds to left thigh; taken to Royal Preston Hospital.
22/09/2025 | Health | Ward social worker informs YJS duty line (01632 960000).
23/09/2025 | YJS | YJB notification submitted; strategy discussion requested under section 47 Children Act 1989.
""")

doc("casenote-01-terse", "case_note", """
CASE NOTE  CV-208817  [[name:DOWD, Kieran]]
Date: 29/09/2025  Type: Home visit  Worker: [[name:PR]]

HV w/ SW [[name:TE]] to [[address:27 Sandpiper Walk]]. [[name:K]] in living room, walking w/ crutch. Mum ([[name:Lisa]]) present, brother at school.
K quiet, wouldn't discuss incident. Says sleeping on sofa "so I can see the door". Mum says car parked outside twice this wk - same grey Golf. Advised call 999 not 101.
Safety plan: no going out after 7pm, mum to collect from [[school:Tollerby LC]], [[name:K]] to keep phone charged ([[phone:07700 900417]]).
Agreed: PR to chase CAMHS (Dr [[name:Achebe]]) re appt; TE to raise at strategy mtg Thurs; PR to speak to Mrs [[name:Dowd]] snr re weekends in Blackburn.
Next contact: 02/10/2025 office.
""")

doc("email-01-chain", "email", """
From: [[name:Tom Eastwood]] <[[email:tom.eastwood@carrowdale.gov.uk]]>
Sent: 30 September 2025 16:52
To: [[name:Priya Raval]] <[[email:priya.raval@carrowdale.gov.uk]]>
Cc: CYJS Duty <yjs.duty@carrowdale.gov.uk>
Subject: RE: RE: [[name:KD]] - strategy discussion Thurs

Hi [[name:Priya]],

Yes, 10am Thurs on Teams. I've invited DS [[name:Carla Whiteside]] from the Exploitation Hub and the DSL at Tollerby, Mr [[name:Oyelaran]]. Can you bring the intel about the car? Police have asked us not to share the reg outside the meeting.

Also - [[name:Lisa]] rang me today very upset, someone put a note through the door. She has my mobile so may ring you too.

Thanks
[[name:Tom]]

[[name:Tom Eastwood]] | Senior Social Worker | Fennick Locality Team
Children's Social Care, Carrowdale Metropolitan Borough Council
Mob: [[phone:07700 900582]] | Office: 01632 960123
Town Hall, Market Place, Carrowdale

-----Original Message-----
From: [[name:Priya Raval]]
Sent: 30 September 2025 09:14
To: [[name:Tom Eastwood]]
Subject: RE: [[name:KD]] - strategy discussion Thurs

Morning [[name:Tom]] - can we get this booked? [[name:Kieran]] saw the car again Saturday. I've logged it with police (ref 0412 of 27/09).

[[name:Priya]]
[[name:Priya Raval]], Case Manager, Carrowdale Youth Justice Service
T: [[phone:01632 960488]]  M: [[phone:+44 7700 900261]]
""")

doc("minutes-01-strategy", "minutes", """
STRATEGY DISCUSSION (s.47 Children Act 1989) - NOTES
Child: [[name:Kieran Dowd]]  ([[date_of_birth:3 February 2010]])   Date: 2 October 2025, 10:00, Microsoft Teams
Chair: [[name:Rachel Minto]], Team Manager, Fennick Locality Team

Attendees
| Name | Role | Agency |
| [[name:Rachel Minto]] ([[name:RM]]) | Chair, Team Manager | Children's Social Care |
| [[name:Tom Eastwood]] ([[name:TE]]) | Social Worker | Children's Social Care |
| [[name:Priya Raval]] ([[name:PR]]) | Case Manager | Youth Justice Service |
| DS [[name:Carla Whiteside]] ([[name:CW]]) | Exploitation Hub | Lancashire Constabulary |
| [[name:Femi Oyelaran]] ([[name:FO]]) | Designated Safeguarding Lead | [[school:Tollerby Learning Centre]] |

Apologies: Dr [[name:Helen Achebe]] (CAMHS) - report sent; School Nurse [[name:Gemma Platt]].

1. Information sharing. DS [[name:Whiteside]] confirmed the vehicle seen by [[name:Kieran]] is linked to a county line running from Fennick to Blackpool. Two suspects aged [[age:18]] and [[age:20]] are known.
2. Threshold. Agreed that threshold for section 47 enquiries is met: risk of significant harm from extra-familial sources. Contextual safeguarding referral to the MACE panel.
3. Actions
| No. | Action | Owner | By |
| 1 | Section 47 enquiries and single assessment update | [[name:TE]] | 16/10/2025 |
| 2 | Safety plan review with family, including relocation options | [[name:PR]] / [[name:TE]] | 09/10/2025 |
| 3 | NRM referral as First Responder | [[name:CW]] | 07/10/2025 |
| 4 | Full-time timetable proposal | [[name:FO]] | 17/10/2025 |
""")
# Case 2: self-harm, looked-after child in a children's home ---------------------------

doc("referral-02-safeguarding", "referral_form", """
MULTI-AGENCY SAFEGUARDING HUB - REFERRAL FORM (professional)
Date of referral: 11/11/2025     Urgency: Same day

About the child
First name: [[name:Tiegan]]    Surname: [[name:Walsh]]    Also known as: [[name:Tee]]
DOB: [[date_of_birth:19/08/2009]]   Age: [[age:16]]   Gender: Female
Current address: [[placement:Moorcroft Lodge]] (Ofsted-registered children's home), [[address:Moorcroft Lane, Esker Vale]] [[postcode:BB12 7XN]]
Legal status: Looked after (section 31 care order); placing authority Carrowdale MBC
NHS no: [[nhs_number:235 534 4337]]     UPN: [[upn:A729229353522]]     NI no: [[ni_number:JT 48 27 19 C]]
Education: Year 12, [[school:Esker Vale Sixth Form College]] (attending 2 days a week)
Mosaic ID: [[case_id:4471093]]

Parents / carers
Mother: [[name:Shannon Walsh]], [[address:Flat 3, 88 Corporation Street, Carrowdale]] [[postcode:BB1 3DW]] - no contact by court order
Father: not known to services
Registered manager of home: [[name:Anita Sorensen]], tel. [[phone:01632 960571]]

Reason for referral
On 10/11/2025 [[name:Tiegan]] was found by night staff with superficial cuts to both forearms. She told staff a man she met online ("[[name:Dex]]", Snapchat [[other:@dexx_bb1]]) had been sending her money and asking to meet in Manchester. Staff found a bank card in another person's name in her room: [[payment_card:4904 7869 5376 8184]].

Referrer: [[name:Deanna Cole]], Senior Residential Worker, [[placement:Moorcroft Lodge]]. Email: [[email:d.cole@moorcroftlodge.co.uk]]
""")

doc("chat-02-teams", "chat", """
Microsoft Teams - CYJS Case Managers (Esker Vale) - 12 November 2025

[08:31] [[name:Sam Kaczmarek]]: anyone covering [[name:TW]] today? [[name:Naomi]] is off sick
[08:33] [[name:Jo Bright]]: me. MASH strategy at 11. Is [[name:Tiegan]] still at [[placement:Moorcroft]]?
[08:34] [[name:Sam Kaczmarek]]: yes, but the home have served 28 days notice. Placement team looking at [[placement:Hawthorn View]] in Lancashire or a solo in Leeds
[08:36] [[name:Jo Bright]]: oh no. she'll lose college again
[08:37] [[name:Dean Coulter]]: pls keep the detail out of the channel, use the case record. [[name:Jo]] can you update the Safety and Wellbeing screening by Friday
[08:37] [[name:Jo Bright]]: 👍
[08:52] [[name:Jo Bright]]: fyi her new number is [[phone:07700 900139]], the old one was taken by the home
[08:53] [[name:Dean Coulter]]: record it in ChildView not here!!
[09:40] [[name:Anita]] ([[placement:Moorcroft]]): Morning. [[name:Tee]] is asking for [[name:Naomi]]. Can someone ring the home on the main line please
""")

doc("health-02-camhs", "health_note", """
CAMHS Crisis Team - assessment summary
Patient: [[name:Tiegan Walsh]]  NHS [[nhs_number:235 534 4337]]  DOB [[date_of_birth:19 Aug 2009]]
Seen: 13/11/2025 at [[placement:Moorcroft Lodge]] with key worker ([[name:D. Cole]])
Clinician: Dr [[name:Oluwaseun Bakare]], Consultant Child and Adolescent Psychiatrist

Presentation: [[age:16]]-year-old looked-after young woman with a two-year history of self-harm by cutting, escalating over the last month. Reports low mood, poor sleep, intrusive memories of her mother's ex-partner. No plan to end her life; protective factors are her college course (Health and Social Care Level 3) and her relationship with her younger sister [[name:Kayla]] ([[age:13]]), who lives with foster carers Mr and Mrs [[name:Bannerman]].
Plan: weekly sessions with [[name:Ruth Lomax]] (CAMHS Looked After Children worker); safety plan shared with the home and the YJS; GP Dr [[name:Iqbal]] at Esker Vale Health Centre informed.
""")

doc("placement-02-log", "placement_log", """
DAILY LOG - [[placement:Moorcroft Lodge]]    Young person: [[name:T.W.]]    Week commencing 17/11/2025

Mon 17/11  Staff on: [[name:Deanna]], [[name:Marcus]], [[name:Shelley]] (sleep-in). [[name:T]] up at 7, college. Back 16:10. Ate with staff. Phone call to sister 19:00 (approved). Room check 22:00 - nothing of concern.
Tue 18/11  [[name:T]] refused college. Said "what's the point if I'm moving". [[name:Marcus]] took her to Carrowdale library. YJS (Ms [[name:Bright]]) visited 14:00.
Wed 19/11  [[name:Tiegan]] missing from 20:15. Reported to police 21:00 (log 1187). Returned 23:40 in a taxi, said she'd been at a friend's ([[name:Leah]]) on [[address:Welbeck Road, Tollerby Bridge]]. Return home interview booked with Barnardo's.
Thu 20/11  Calm. Made pancakes with [[name:Shelley]]. Asked to speak to [[name:Naomi Ferris]] (social worker).
Signed: [[name:A. Sorensen]], Registered Manager
""")

# Case 3: charged with attempted murder, remanded -----------------------------------------

doc("police-03-mg5", "police_note", """
RESTRICTED (when complete)                                            MG5 (Case summary)
URN: 06LC0481225      Police station: Carrowdale
Defendant 1: [[name:Reuben OKONJO-HART]]   DOB: [[date_of_birth:14/05/2008]]   Age: [[age:17]]   PNC ID: [[pnc_id:22/832181D]]
Address: [[address:5 Flaxman Court, Tollerby Bridge]], Lancashire [[postcode:BB5 2HS]]
Defendant 2: [[name:Liam FARRANT]]   DOB: [[date_of_birth:02/01/2007]]   PNC ID: [[pnc_id:18/27306D]]
Offence: Attempted murder, contrary to section 1(1) Criminal Attempts Act 1981; possession of an offensive weapon in a public place

Summary of key evidence
On Saturday 4 October 2025 at about 23:10 the victim, [[name:Ahmed Qureshi]], aged [[age:19]], was walking home along the canal towpath in Tollerby Bridge. He was approached by two males. Defendant 1 ([[name:OKONJO-HART]]) struck him with a machete, causing a fractured skull. CCTV from the Lock Keeper public house shows a silver Ford Fiesta [[vehicle_registration:VU21 KXP]], registered to the mother of Defendant 2, Mrs [[name:Janice Farrant]], leaving at speed.
Both defendants were arrested on 6 October 2025. In interview [[name:OKONJO-HART]] gave a prepared statement through his solicitor, Mr [[name:Nadim Hussain]] of Pennine Law LLP, denying intent. [[name:FARRANT]] made no comment.
Officer in case: DC [[name:Ben Rigby]] 4471, Major Investigation Team. Tel [[phone:01632 960904]]
""")

doc("court-03-report", "court_report", """
PRE-SENTENCE REPORT - Youth Court / Crown Court at Preston
Name: [[name:Reuben Okonjo-Hart]]    Date of birth: [[date_of_birth:14 May 2008]]    Age: [[age:17]]
Offence: Section 18 wounding with intent (guilty plea 12/01/2026, attempted murder count not proceeded with)
Author: [[name:Sam Kaczmarek]], YJS Officer, Carrowdale Youth Justice Service
Sources: interviews with [[name:Reuben]] at HMYOI Wetherby (prison number [[other:A4729CD]]) on 5 and 19 January 2026; his mother Ms [[name:Grace Okonjo]]; AssetPlus; CPS case papers; education records from [[school:Carrowdale Park School]].

Offence analysis
[[name:Reuben]] accepts that he carried the machete and struck Mr [[name:Qureshi]]. He says [[name:Liam]] told him the victim had "disrespected" his family online. I assess that [[name:Reuben]] was drawn in by an older peer he looked up to; this does not reduce his responsibility for very serious harm.

Personal circumstances
[[name:Reuben]] lived with his mother and two sisters, [[name:Esther]] ([[age:12]]) and [[name:Joy]] ([[age:9]]), until his remand on 7 October 2025. His father, Mr [[name:Curtis Hart]], lives in Birmingham and they have had little contact since [[name:Reuben]] was [[age:8]]. [[name:Reuben]] has a diagnosis of ADHD (Dr [[name:Kapoor]], 2019) and an EHC plan (ref [[case_id:EHCP-0932]]) for speech, language and communication needs.

Assessment of risk
Risk of serious harm: high. Likelihood of reoffending: medium. MAPPA: not eligible at this stage.
Proposal: Given the seriousness, the court is likely to consider a custodial sentence under section 250 Sentencing Act 2020. If so, the YJS will work with the secure estate on a resettlement plan.
""")

doc("email-03-remand", "email", """
From: [[name:Sam Kaczmarek]]
To: [[name:Grace Okonjo]] <[[email:grace.okonjo84@gmail.com]]>
Date: 9 October 2025 11:20
Subject: Visiting [[name:Reuben]] - booking details

Dear Ms [[name:Okonjo]],

Thank you for speaking with me this morning. As promised, here are the details for visiting [[name:Reuben]] at HMYOI Wetherby. Visits are booked through the establishment's visits line, and you will need photo ID for yourself and birth certificates for [[name:Esther]] and [[name:Joy]]. Help with travel costs is available through the Help with Prison Visits scheme.

The YJS can also pay for one return train fare from Carrowdale to Leeds each fortnight. Please send me your bank details on the form rather than by email; I note you included them below, and I have deleted that message from the thread (sort code [[bank_account:20-45-77]], account [[bank_account:31926548]]).

Kind regards,

[[name:Sam Kaczmarek]] (he/him)
YJS Officer - Court and Custody Team
Carrowdale Youth Justice Service, 2nd Floor, Civic Centre, Carrowdale BB1 1AA
Direct: [[phone:01632 960316]] | Court duty phone: 01632 960300
yjs.court@carrowdale.gov.uk
""")
# Case 4: child criminal exploitation, county lines -------------------------------------

doc("nrm-04-referral", "referral_form", """
National Referral Mechanism - First Responder referral (child) - extract
First Responder organisation: Carrowdale Metropolitan Borough Council (Children's Services)
Completed by: [[name:Kelly Antrobus]], Exploitation Coordinator, [[email:kelly.antrobus@carrowdale.gov.uk]], [[phone:07700 900733]]
Potential victim: [[name:Mason Greaves]]   DOB [[date_of_birth:27/11/2010]]   Nationality: British
Address: [[address:112 Ridgeway Avenue, Fennick]] [[postcode:BB4 6LP]]   Lives with: mother ([[name:Carly Greaves]]) and stepfather ([[name:Wayne Pickup]])

Account of exploitation
Between May and October 2025 [[name:Mason]], then aged [[age:14]], was found three times in Blackpool, twice in a flat on [[address:Tidewater Road, Blackpool]] known to police as a cuckooed address. On 9 September 2025 he was stopped by British Transport Police at Preston station with £640 in cash and a mobile phone (number ending 0193) that was not his. He told his youth worker that an older male, "[[name:JB]]" (believed to be [[name:Jordan Booth]], [[age:22]]), gave him trainers and then told him he owed £900. [[name:Mason]]'s own phone is [[phone:07700 900902]].
Indicators: Home Office county lines guidance; going missing; unexplained money; injuries (burn on forearm); fear of reprisal.
Consent: not required for a child. The Single Competent Authority has been sent this form.
""")

doc("minutes-04-turnaround", "minutes", """
Carrowdale Youth Justice Service - Joint Decision-Making and Turnaround Panel
Minutes of meeting held 16 October 2025, Committee Room 2, Civic Centre

Present: [[name:Dean Coulter]] (Chair, YJS Operational Manager); Sgt [[name:Imran Butt]] (Lancashire Constabulary, Out of Court Resolutions); [[name:Leona Firth]] (Turnaround Programme Worker); [[name:Kelly Antrobus]] (Exploitation Coordinator); [[name:Chris Pennington]] (Victim Liaison Officer)
Apologies: [[name:Hannah Delacroix]] (Early Help); Education Inclusion Officer (no nomination)
Minutes: [[name:Tanya Oakes]], Business Support

Case 1 - [[name:M.G.]], aged [[age:14]], offence of possession with intent to supply Class A (15 wraps), 9 September 2025
Sgt [[name:Butt]] outlined the offence. [[name:KA]] reported the NRM referral and that a positive Reasonable Grounds decision was received on 14 October 2025. Panel noted the section 45 Modern Slavery Act 2015 defence is likely to be available. Decision: No Further Action (Outcome 21) with voluntary support through the Turnaround Programme. [[name:LF]] to complete the assessment with [[name:Mason]] and his mum within 10 working days.

Case 2 - [[name:Connor Yates]], aged [[age:13]], criminal damage to a bus shelter (£380), 2 October 2025
First offence. Victim (Stagecoach) content with reparation. Decision: Youth Caution with 8 hours of reparation at the Fennick Community Garden. [[name:CP]] to contact victim.

Case 3 - [[name:Aaliyah Begum]], aged [[age:15]], assault by beating on a classmate at [[school:Holy Trinity CE Academy]], 26 September 2025
Deferred: the school's own investigation is ongoing and the victim's family (the [[name:Nowak]] family) have not yet been contacted.

Date of next panel: 30 October 2025.
""")

doc("chat-04-whatsapp", "chat", """
WhatsApp export - "[[name:Leona]] Turnaround" (work phone) with [[name:Carly]] ([[name:Mason]]'s mum)

[21/10/2025, 17:02] [[name:Leona Firth]]: Hi [[name:Carly]], it's [[name:Leona]] from Turnaround. Are you and [[name:Mason]] ok for Thurs at 4? I can pick him up from school
[21/10/2025, 17:15] [[name:Carly]]: yeh thats fine. hes been ok this week, not been out after tea
[21/10/2025, 17:16] [[name:Carly]]: [[name:Wayne]] took his old phone off him
[21/10/2025, 17:20] [[name:Leona Firth]]: That's great to hear. Which gate at [[school:Fennick High]] is best?
[21/10/2025, 17:22] [[name:Carly]]: the one on Mill Lane. hes in a red north face
[23/10/2025, 16:47] [[name:Leona Firth]]: Dropped him back at [[address:112 Ridgeway Ave]]. He did really well, we talked about boxing at the Esker Vale ABC. He wants to go Tuesdays 🥊
[23/10/2025, 19:30] [[name:Carly]]: thank u so much. Hes not smiled like that in ages
[25/10/2025, 01:12] [[name:Carly]]: hes not come home. phone off. [[name:Dazza]] from the flats says he got in a car with a blackpool plate
[25/10/2025, 01:13] [[name:Carly]]: sorry i no its late
[25/10/2025, 07:55] [[name:Leona Firth]]: Please ring 999 now and report him missing if you haven't. I'll let the social worker and the police know as soon as the office opens.
""")

doc("return-04-interview", "case_note", """
Return Home Interview (Barnardo's, commissioned by Carrowdale MBC)
Young person: [[name:Mason G]]     Missing episode: 25/10/2025 01:00 - 26/10/2025 15:30     Interviewer: [[name:Bethany Royle]]
Location found: Blackpool, by Lancashire Constabulary (welfare check at a flat)

[[name:Mason]] spoke to me at home with his mum downstairs. He said a lad he knows as "[[name:Tiny]]" messaged him on Snapchat ([[other:@tinyy.bpl]]) and said [[name:JB]] wanted to see him. They drove to Blackpool in a black Audi; he gave me part of the plate ("[[vehicle_registration:YH68 WZN]]"). He slept on a sofa, was given food from McDonald's, and was told to "hold" a bag. He did not want police to be told about the bag.
Push factors: arguments with stepdad, boredom since he was put on a part-time timetable. Pull factors: money, feeling "looked after" by older boys.
Shared with: SW [[name:Naveed Akhtar]], YJS, MACE panel coordinator.
""")

# Case 5: exclusion letter ----------------------------------------------------------------

doc("letter-05-exclusion", "letter", """
[[school:Pendlebury Brook Academy]]
Part of the Red Rose Learning Trust
Brook Lane, Esker Vale, Carrowdale BB11 4AE  Tel: 01632 960650

Ms [[name:Jade Kavanagh]]
[[address:41 Larkhill Terrace, Esker Vale]]
[[postcode:BB11 4RJ]]

14 November 2025

Dear Ms [[name:Kavanagh]],

Re: [[name:Bailey Kavanagh]], Year 9, date of birth [[date_of_birth:6 March 2011]] - PERMANENT EXCLUSION

I am writing to tell you that I have taken the decision to permanently exclude [[name:Bailey]] from [[school:Pendlebury Brook Academy]] with effect from 14 November 2025. This decision has not been taken lightly.

The reason for the exclusion is a serious breach of the school's behaviour policy: on 12 November 2025 [[name:Bailey]] brought a lock knife onto the school site and threatened another pupil with it. I have considered the Department for Education's guidance, Suspension and Permanent Exclusion from maintained schools, academies and pupil referral units in England (August 2024), [[name:Bailey]]'s special educational needs, and the support already provided, including the Pastoral Support Plan agreed in September and the work of Mr [[name:Harrowby]], our Inclusion Lead.

You have the right to make representations to the governing board (the Local Governing Committee). The board must meet within 15 school days. Please contact the Clerk to the Governors, Mrs [[name:Pauline Ostrowski]], at governance@redroselearning.org.uk.

From the sixth school day of the exclusion, Carrowdale Metropolitan Borough Council will arrange suitable full-time education. The council's Exclusions Officer can be reached on 01632 960700.

Yours sincerely

[[name:R. Lindqvist]]
[[name:Rebecca Lindqvist]], Headteacher
cc: YJS Case Manager ([[name:J. Bright]]); Virtual School (not applicable); Carrowdale SEND Team
""")

doc("panel-06-referral-order", "panel_report", """
REFERRAL ORDER - INITIAL PANEL REPORT
Prepared for: Youth Offender Panel, Carrowdale Youth Justice Service
Young person: [[name:Hope Marsh]]          Age: [[age:15]]        Date of order: 3 December 2025
Length of order: 6 months      Court: Carrowdale Youth Court
Offence: Theft from a shop (cosmetics, £212) and assault on an emergency worker (security officer)
Panel members: [[name:Derek Ambrose]] and [[name:Yasmin Chaudhry]] (community panel members); [[name:Callum Roe]] (YJS panel adviser)

1. Background
[[name:Hope]] lives with her grandmother, Mrs [[name:Irene Marsh]], at [[address:9 Goldcrest Way, Fennick]] [[postcode:BB4 3ND]], and has done so since she was [[age:7]]. Her mother lives in Liverpool. [[name:Hope]] attends [[school:Fennick High School]], Year 10, where her attendance has fallen to 64% this term. She is known to the Early Help Team.

2. The offence
[[name:Hope]] and a friend took make-up from a pharmacy in Carrowdale town centre on 18 October 2025. When stopped by the store's security officer, [[name:Hope]] pushed him against a display. [[name:Hope]] told me: "I panicked. I didn't want my nan to find out."

3. Victim
The security officer has asked for a letter of apology and does not want to attend. The store manager would welcome reparation.

4. Proposed contract
- Letter of apology to the security officer, checked by the Victim Liaison Officer
- 10 hours reparation with the Carrowdale Foodbank
- Weekly sessions on consequential thinking (Youth Justice Board effective practice, Keeping Safe programme)
- Attendance target with the school's Attendance Officer, reviewed at the 3-month panel

Report author: [[name:Callum Roe]], Panel Adviser, 24 November 2025
""")
# FOI and information governance ----------------------------------------------------------

doc("foi-07-request", "foi_request", """
From: [[name:Daniel Ashworth]] <[[email:dan.ashworth.news@outlook.com]]>
To: foi@carrowdale.gov.uk
Date: Sunday 5 October 2025 22:41
Subject: Freedom of Information request - youth justice serious incidents

Dear Sir/Madam,

Under the Freedom of Information Act 2000 please provide:
1. The number of serious incident notifications Carrowdale Youth Justice Service made to the Youth Justice Board in each of 2022-23, 2023-24 and 2024-25, by incident type.
2. A copy of any Critical Learning Review or Extended Learning Review completed since April 2024, including the one about the boy stabbed at the Esker Vale skate park in September.
3. The action plan arising from the HM Inspectorate of Probation inspection published in 2024 and its current status.

I am a local journalist with the Carrowdale Courier. I can be reached on [[phone:07700 900845]].

Regards,
[[name:Daniel Ashworth]]
""")

doc("foi-07-response", "foi_letter", """
Information Governance Team, Carrowdale Metropolitan Borough Council
Civic Centre, Carrowdale BB1 1AA   foi@carrowdale.gov.uk

Our reference: FOI/2025/1184      Date: 3 November 2025

Dear Mr [[name:Ashworth]],

Freedom of Information Act 2000 - Request for information: youth justice serious incidents

Thank you for your request, received on 5 October 2025. I can confirm that the council holds the information you asked for.

You asked: "The number of serious incident notifications ... by incident type."
2022-23: 3 (1 death, 2 serious charge); 2023-24: 5 (2 serious injury or self-harm, 3 serious charge); 2024-25: 4 (1 death, 1 serious injury, 2 serious charge).

You asked: "A copy of any Critical Learning Review or Extended Learning Review completed since April 2024."
Two reviews were completed. We enclose a redacted copy of CLR CYJS-CLR-2025-04. Names, ages, dates of birth, addresses, identifiers and details of health and of offences relating to the child, his family and third parties have been withheld under section 40(2) of the Act, because disclosure would breach the first data protection principle (UK GDPR Article 5(1)(a)). Section 40(2) is an absolute exemption in this case and no public interest test is required. The second review concerns a child who died; we consider that a smaller number of people could identify the family even from a redacted copy, and we are withholding it in full under sections 40(2) and 41.

Redaction schedule (extract)
| Ref | Page/para | Description of information withheld | Category | Exemption |
| R1 | p.1, header | Child's name and date of birth | Name; date of birth | s.40(2) |
| R2 | p.3, para 9.1 | Mother's name and grandmother's town of residence | Name; address | s.40(2) |
| R3 | p.3, para 9.4 | Vehicle registration given by the child | Vehicle registration | s.40(2), s.31(1)(a) |
| R4 | p.4, para 9.6 | Name of treating clinician and CAMHS findings | Name; health | s.40(2) |

You asked for the inspection action plan. This is published on the council's website and is exempt under section 21 (reasonably accessible by other means).

You may re-use this information under the Open Government Licence v3.0. If you are unhappy with this response, you may ask for an internal review within 40 working days by writing to the address above; if you remain dissatisfied you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely,

[[name:Marianne Tulloch]]
Information Governance Officer
""")

doc("foi-08-disclosure-log", "disclosure_log", """
Carrowdale MBC - FOI disclosure log - Children's Services - October to December 2025

Reference | Date | Subject | Outcome | Exemptions
FOI/2025/1130 | 14/10/2025 | Number of children remanded to youth detention accommodation 2020-2025 | Released in full | -
FOI/2025/1184 | 03/11/2025 | Youth justice serious incidents and learning reviews | Part released | s.21, s.40(2), s.41
FOI/2025/1201 | 06/11/2025 | Spend on out-of-area residential placements for looked-after children | Released in full | -
FOI/2025/1247 | 20/11/2025 | Knife crime prevention funding from the Lancashire Violence Reduction Network | Released in full | -
FOI/2025/1302 | 08/12/2025 | Complaints about the Youth Justice Service 2024-25 | Part released | s.40(2)

Note: the identity of requesters is not published. Responses are available on request from foi@carrowdale.gov.uk.
""")

doc("foi-09-internal-review", "foi_letter", """
INTERNAL REVIEW - FOI/2025/1302

Dear Ms [[name:Obi]],

I have reviewed the council's response of 8 December 2025 to your request about complaints regarding the Youth Justice Service. I am the Head of Information Governance and was not involved in the original decision.

You argued that the council was wrong to withhold the outcomes of individual complaints because you had made one of them yourself, about your son [[name:Tobias]]. I understand why you feel that way. However, a response under the Freedom of Information Act is a disclosure to the world, not just to you. Information about your own complaint and your son's case should be requested under Article 15 UK GDPR (a subject access request), which I have now logged for you as [[case_id:SAR-7719]].

I uphold the use of section 40(2) for the complaint summaries. I do not uphold the decision to withhold the number of complaints upheld in part (4 of 17); this is now released.

Yours sincerely

[[name:Graham Sefton]]
Head of Information Governance and Data Protection Officer
Carrowdale Metropolitan Borough Council
""")

doc("ig-10-breach", "incident_report", """
INFORMATION SECURITY INCIDENT REPORT  IG-INC-2025-061
Reported by: [[name:Jo Bright]], YJS Case Manager     Date reported: 28/11/2025     Reported to: Data Protection Officer

What happened: On 27/11/2025 a review panel pack for a Referral Order panel was emailed to a community panel member's personal address ([[email:derek.ambrose1952@btinternet.com]]) instead of the secure portal. The pack contained the name, date of birth ([[date_of_birth:22/07/2010]]) and home address of one child ([[name:Hope Marsh]]), her grandmother's phone number ([[phone:01632 960817]]) and a summary of her offence.
Containment: the panel member, Mr [[name:Ambrose]], confirmed by phone that he had deleted the email and emptied his deleted items on 27/11/2025.
Risk assessment: low likelihood of harm; not reportable to the ICO within 72 hours (UK GDPR Article 33). Recorded on the council's breach log.
Learning: panel members to be issued with council email accounts; YJS Business Support to send packs through Egress only.
""")

# Boards, scrutiny, performance ---------------------------------------------------------------

doc("board-11-highlight", "board_report", """
CARROWDALE YOUTH JUSTICE PARTNERSHIP BOARD - HIGHLIGHT REPORT Q3 2025-26
Report of: [[name:Joanne Whitlock]], Head of Youth Justice Services     Meeting: 22 January 2026

Headline: 38 of 44 actions on the post-inspection improvement plan are complete; 4 are in progress; 2 are overdue.

| Priority area | Lead | RAG | Comment |
| Education, training and employment | Director of Education | Amber | 61% of children in full-time ETE (target 75%). Reduced timetables reviewed monthly. |
| Serious violence and exploitation | Detective Superintendent, Lancashire Constabulary | Green | MACE panel now weekly. Serious Violence Duty strategy published. |
| Speech, language and communication | Designated Clinical Officer, NHS Lancashire and South Cumbria ICB | Red | Speech and language therapist post vacant since October; recruitment under way. |
| Learning reviews | Head of Youth Justice Services | Amber | CLR CYJS-CLR-2025-04 signed off late (27 working days against a 20-day target). |

Key performance indicators (YJB KPIs, quarter)
First-time entrants: 41 per 100,000 (England and Wales: 149). Reoffending rate (binary): 29.8%. Use of custody: 2 children. Children with suitable accommodation at end of order: 94%.

Exception: one death in custody reported in another youth justice service in the North West region; the Board is asked to note national learning shared by the YJB on 9 January 2026.

Next report: 23 April 2026.
""")

doc("board-12-rag-actions", "action_plan", """
HMIP INSPECTION OF CARROWDALE YOUTH JUSTICE SERVICES - IMPROVEMENT PLAN PROGRESS (extract)

Ref | Recommendation | Action | Owner | Due | Status | RAG
R1.1 | The Chair of the Youth Justice Partnership Board should make sure that board members understand the profile of children. | Board induction pack and annual development day | Chair (Cllr [[name:Ann Petrakis]]) | 31/07/2025 | Complete | Green
R2.3 | The Head of Youth Justice Services should improve the quality of risk of serious harm assessments. | Monthly AssetPlus audit; 20 cases per quarter | [[name:J. Whitlock]] | 30/09/2025 | Complete | Green
R3.2 | Carrowdale MBC should make sure that looked-after children in the youth justice system have stable placements. | Joint placement sufficiency review with Children's Social Care | Director of Children's Services | 31/12/2025 | Overdue | Red
R4.1 | NHS Lancashire and South Cumbria ICB should commission speech and language therapy for children supervised by the YJS. | Recruit 1.0 FTE Band 7 SaLT | ICB Head of Children's Commissioning ([[name:Marcus Oyedele]]) | 31/03/2026 | In progress | Amber

Progress note on R3.2 (from [[name:Sian Pritchard]], Service Manager, Placements): three children with YJS involvement moved placement more than twice in the quarter. Sufficiency plan for Lancashire and Cumbria regional residential homes to be presented in February 2026.
""")
# Case 6: death of a child (suspected suicide) -------------------------------------------

doc("clr-13-death", "clr", """
CRITICAL LEARNING REVIEW - CYJS-CLR-2025-02 - OFFICIAL-SENSITIVE
Review author: [[name:Martin Okafor-Leigh]], Practice Development Lead     Countersigned: [[name:Joanne Whitlock]], Head of Service
Date of notification to YJB: 10 March 2025     Date completed: 4 April 2025

1. The child
[[name:Lewis Brannigan]], born [[date_of_birth:30 October 2008]], White British, male. [[name:Lewis]] was [[age:16]] when he died on 7 March 2025. He was subject to a 9-month Referral Order from 20 November 2024. He was not looked after. NHS number [[nhs_number:291 319 8325]]; UPN [[upn:N661111736267]].

2. Family and home
[[name:Lewis]] lived with his father, Mr [[name:Gary Brannigan]], at [[address:Flat 12, Kestrel House, Hallam Road, Tollerby Bridge]] [[postcode:BB5 8TL]]. His mother, Ms [[name:Claire Hutton]], died in 2021. His older brother [[name:Nathan]] ([[age:19]]) served a custodial sentence at HMP Preston in 2023-24. Neighbours knew [[name:Lewis]] as "[[name:Bran]]".

3. What was done well
The YJS case manager, [[name:Ellie Quayle]], built a strong relationship with [[name:Lewis]]; he attended 31 of 34 appointments. She referred him to CAMHS in January 2025 after he disclosed that he "didn't see the point any more", and followed up twice when the referral was not acknowledged.

4. What could have been better
The CAMHS referral was triaged as routine (18-week wait). The YJS did not escalate under the Lancashire Children's Safeguarding Assurance Partnership escalation policy. [[name:Lewis]]'s bereavement was recorded in AssetPlus but not used to explain his offending or his risk to himself. His college, [[school:Tollerby Bridge College]], did not know he was under YJS supervision.

5. Recommendations
R1: The YJS will adopt a written escalation route for health referrals not acknowledged within 10 working days (owner: Operational Manager; due 30/06/2025).
R2: NHS Lancashire and South Cumbria ICB will review the triage of referrals from the YJS (owner: Head of Mental Health Commissioning; due 30/09/2025).
""")

doc("transcript-14-family", "transcript", """
TRANSCRIPT - Extended Learning Review family meeting (audio recorded with consent)
Date: 19 May 2025. Present: Independent Reviewer (Dr [[name:Frances Mulvey]]), [[name:Gary Brannigan]] (father), [[name:Nathan Brannigan]] (brother), [[name:Ellie Quayle]] (YJS).

[[name:FM]]: Thank you both for agreeing to meet me. I want to hear about [[name:Lewis]] in your own words, not just what's in the records.
[[name:GB]]: He was a good lad. People only saw the trouble. He'd make me a brew every morning before college, every single morning.
[[name:FM]]: When did you notice things changing?
[[name:GB]]: After Christmas. He stopped going to the gym with [[name:Nathan]]. Stopped eating proper.
[[name:NB]]: He said to me, "[[name:Nate]], I'm tired all the time." I told [[name:Ellie]].
[[name:EQ]]: You did, and I put that in the CAMHS referral on the 14th of January.
[[name:GB]]: And then nothing. Eighteen weeks, they said. He didn't have eighteen weeks.
[[name:FM]]: Did anyone from the college contact you?
[[name:GB]]: No. I rang them once, spoke to a Mrs [[name:Delaney]], and she didn't know who he was.
[[name:FM]]: Is there anything you want the review to say?
[[name:NB]]: That he wasn't just "Child L". His name was [[name:Lewis]].
[End of recording 00:41:17]
""")

doc("elr-15-terms", "elr", """
EXTENDED LEARNING REVIEW: CHILD L - TERMS OF REFERENCE (approved by the Youth Justice Partnership Board, 24 April 2025)

1. Purpose. To identify multi-agency learning following the death of Child L, aged [[age:16]], while subject to a Referral Order with Carrowdale Youth Justice Service.
2. Scope. 1 September 2023 to 7 March 2025, covering the YJS, Children's Social Care (Early Help), NHS Lancashire and South Cumbria ICB (CAMHS and primary care), Lancashire Constabulary, [[school:Tollerby Bridge College]] and the Probation Service (in relation to the brother).
3. Independent reviewer. Dr [[name:Frances Mulvey]], independent safeguarding consultant, supported by [[name:Martin Okafor-Leigh]] (YJS).
4. Methodology. Documentary review, practitioner learning event (systems approach, Social Care Institute for Excellence Learning Together model), and conversations with the family.
5. Key lines of enquiry: (a) how the child's bereavement and experience of loss informed assessment; (b) the CAMHS triage and waiting-list arrangements; (c) information sharing with further education providers; (d) escalation between agencies.
6. Governance. The review reports to the Board's Quality and Performance Sub-group, chaired by the Head of Service, and to the Lancashire Child Death Overview Panel. Final report due 31 August 2025; publication decision to be taken with the family.
""")

doc("minutes-16-scrutiny", "minutes", """
CARROWDALE METROPOLITAN BOROUGH COUNCIL
CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE - MINUTES - 11 December 2025

Present: Councillor [[name:Stephen Yardley]] (Chair); Councillors [[name:Amina Rashid]], [[name:Peter Holroyd]], [[name:Lorraine Bexley]] and [[name:David Ince]]
Officers: [[name:Joanne Whitlock]] (Head of Youth Justice Services); [[name:Karen Stott]] (Director of Children's Services); [[name:Paul Everett]] (Democratic Services Officer)
Apologies: Councillor [[name:Michael Fenwick]]

42. Declarations of interest
Councillor [[name:Holroyd]] declared a non-pecuniary interest as a trustee of the Fennick Boxing Academy.

43. Youth Justice Services: inspection improvement plan
The Head of Youth Justice Services presented the report. 38 of 44 actions were complete. Members asked why recommendation R3.2 on placement stability was overdue. The Director of Children's Services explained that the number of children's homes in Lancashire had fallen and that the council was opening two small homes of its own in 2026 (capital cost £2.4m).
Councillor [[name:Rashid]] asked about the death of a child under YJS supervision in March 2025. The Chair reminded members that the Extended Learning Review was not yet published and that no details of the child should be discussed in the public part of the meeting.
RESOLVED: (1) that the report be noted; (2) that a further report on placement sufficiency come to the meeting on 12 March 2026.

44. Exclusion of the press and public
RESOLVED that under section 100A(4) of the Local Government Act 1972 the press and public be excluded for item 45 (paragraphs 1 and 2 of Part 1 of Schedule 12A).
""")

doc("assessment-17-assetplus", "assessment", """
AssetPlus - Core Record (extract) - printed 02/12/2025 by [[name:J Bright]]
Personal details
Family name: [[name:BEGUM]]    Given name(s): [[name:Aaliyah Noor]]    Preferred name: [[name:Ali]]
DOB: [[date_of_birth:11/04/2010]]    Age: [[age:15]]    Gender: Female    Ethnicity: Asian or Asian British - Bangladeshi
NI number: [[ni_number:PX 31 90 55 A]]    UPN: [[upn:U153062182476]]    ChildView ID: [[case_id:CV-211460]]
Address: [[address:6 Victoria Mill Court, Fennick]]   Postcode: [[postcode:BB4 2JA]]    Tel (home): [[phone:01632 960238]]
Education: Year 11, [[school:Holy Trinity CE Academy]]; SEN support (ASD, awaiting EHC needs assessment)
Parents/carers: [[name:Rukhsana Begum]] (mother, interpreter needed - Sylheti); [[name:Abdul Karim]] (father, lives in Oldham)

Explanations and conclusions (extract)
[[name:Aaliyah]] was involved in a fight at school with a peer she says had been sharing pictures of her. She was bullied at her previous school, [[school:Esker Vale Girls' School]], and moved in Year 9. She finds noise and change very difficult. I think the assault was a reaction to humiliation rather than planned aggression. Assessor: [[name:Jo Bright]]. Countersigned: [[name:Dean Coulter]] on 03/12/2025.
""")

doc("victim-18-letter", "letter", """
Carrowdale Youth Justice Service - Victim Liaison
Civic Centre, Carrowdale BB1 1AA  |  01632 960300  |  yjs.victims@carrowdale.gov.uk

PRIVATE AND CONFIDENTIAL
Mr [[name:A. Qureshi]]
[[address:23 Sorrel Bank, Tollerby Bridge]]
[[postcode:BB5 4QF]]

2 February 2026

Dear Mr [[name:Qureshi]],

I am the Victim Liaison Officer for the Youth Justice Service. I am writing because the young person who caused your injuries on 4 October 2025 was sentenced at Preston Crown Court on 30 January 2026.

Under the Code of Practice for Victims of Crime in England and Wales you have the right to be told about the sentence and, because it is a custodial sentence of more than 12 months, to join the Victim Contact Scheme run by the Probation Service. You may also make a Victim Personal Statement to the Parole Board in future.

If you would like to talk about restorative justice, or about anything else, please ring me on [[phone:07700 900356]] (Monday to Thursday) or email me at [[email:chris.pennington@carrowdale.gov.uk]]. You can also get free support from Victim Support on 08 08 16 89 111.

Yours sincerely,

[[name:Chris Pennington]]
Victim Liaison Officer
""")
# Team records, custody, education, MACE ----------------------------------------------------

doc("staff-19-rota", "staff_list", """
CYJS OUT-OF-HOURS AND COURT DUTY ROTA - January 2026 (internal - do not circulate)

Week | Court duty officer | Mobile | Manager on call | Mobile
05/01 | [[name:Sam Kaczmarek]] | [[phone:07700 900318]] | [[name:Dean Coulter]] | [[phone:07700 900622]]
12/01 | [[name:Callum Roe]] | [[phone:07700 900471]] | [[name:Nadia Szymańska]] | [[phone:07700 900950]]
19/01 | [[name:Priya Raval]] | [[phone:+44 7700 900261]] | [[name:Dean Coulter]] | [[phone:07700 900622]]
26/01 | [[name:Jo Bright]] | [[phone:07700 900184]] | [[name:Nadia Szymańska]] | [[phone:07700 900950]]

Saturday and bank holiday remand courts sit at Preston Magistrates' Court (Lancashire and Cumbria youth remand rota). The Emergency Duty Team (01632 960999) covers Children's Social Care out of hours. Secure Accommodation Network placements are requested through the Youth Custody Service Placement Team.
""")

doc("casenote-20-custody", "case_note", """
Contact record - custody visit
Child: [[name:Reuben O-H]] ([[other:A4729CD]])     Establishment: HMYOI Wetherby, Keppel Unit
Date: 16/02/2026   Practitioner: [[name:S. Kaczmarek]]   Also present: Resettlement caseworker ([[name:Gwen Atherton]])

Sentence: 4 yrs 6 mths (s.250 Sentencing Act 2020). Eligible for release at half-way point.
[[name:R]] settled on the unit; attending education 25 hrs/wk; started Level 1 Construction. One adjudication (swearing at staff) in January. Says he misses [[name:Joy]] most, asks if mum can bring her next visit.
Discussed victim: [[name:R]] asked whether he could write to "the lad". Explained letters go through the Victim Liaison Officer and only if the victim agrees.
Resettlement: Mum still at [[address:Flaxman Ct]] but wants to move - Housing Options informed. Co-defendant ([[name:LF]]) now at HMP Forest Bank.
Next visit booked 16/03/2026 with Sentence Planning meeting.
""")

doc("email-21-education", "email", """
From: [[name:Helen Marchetti]] <[[email:h.marchetti@fennickhigh.lancs.sch.uk]]>
To: [[name:Jo Bright]]; [[name:Kelly Antrobus]]
Date: 4 November 2025 08:05
Subject: RE: [[name:Mason]] - part-time timetable / year 10

Hi both,

Agree the part-time timetable has to end. From Monday 10th [[name:Mason]] will be in full days Mon-Wed and at [[school:Carrowdale Skills Centre]] Thurs-Fri for the motor vehicle course. His UPN for the Skills Centre's enrolment is [[upn:C161232015504]]. I've asked his form tutor, Mr [[name:Lyons]], to meet him at the gate each morning.

I'd rather we didn't say anything to his year group about where he went last weekend - [[name:Mason]] says some of them already know and he's getting called "[[name:Postman]]", which he hates.

Thanks,
[[name:Helen]]

[[name:Helen Marchetti]]
SENCO and Deputy Designated Safeguarding Lead
[[school:Fennick High School]]
01632 960660 (school office)

> On 3 Nov 2025, at 17:44, [[name:Jo Bright]] wrote:
> Hi [[name:Helen]], [[name:Kelly]] and I are worried that [[name:M]] is unsupervised every afternoon from 12:30. Could we meet this week? - [[name:Jo]]
""")

doc("minutes-22-mace", "minutes", """
MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - Carrowdale - 13 November 2025 - OFFICIAL-SENSITIVE
Chair: DI [[name:Rob Tennant]] (Lancashire Constabulary)   Minutes: [[name:Tanya Oakes]]
Attending: Exploitation Coordinator ([[name:KA]]); YJS ([[name:JB]]); CSC ([[name:NA]]); Health ([[name:Bernadette Shaw]], Named Nurse); Education ([[name:HM]]); Barnardo's ([[name:B. Royle]]); Community Safety ([[name:Owen Lugg]])
Apologies: Housing ([[name:Fiona Garside]]); CAMHS

Children discussed
1. [[name:MG]] (new), [[age:14]] - see NRM referral. Linked to [[name:Jordan Booth]] ("[[name:JB]]", adult, PNC [[pnc_id:15/862231K]]) and [[name:Tyler Nuttall]] ("[[name:Tiny]]", [[age:17]]). Vehicle of interest: black Audi A3 [[vehicle_registration:YH68 WZN]]. Location of concern: Cheltenham Close, Fennick (garages). Risk: HIGH.
2. [[name:KD]] (review), [[age:15]] - victim of knife assault Sept. Relocation to grandmother in Blackburn under discussion with Blackburn with Darwen Council. Risk: HIGH, reducing.
3. [[name:T.W.]] (review), [[age:16]] - online sexual exploitation concerns; male using the name "[[name:Dex]]" ([[other:@dexx_bb1]]). NCA CEOP referral made. Risk: MEDIUM.

Disruption: Child Abduction Warning Notice served on [[name:Booth]] 12/11/2025. Licensing to visit the takeaway on Market Street, Fennick with police.
Note: "[[name:JB]]" in item 1 is not the YJS representative ([[name:Jo Bright]]); initials used in the attendance list only.
""")

doc("transcript-23-supervision", "transcript", """
Recorded reflective supervision (for the CLR on Child K) - 15 October 2025
Speakers: [[name:Dean Coulter]] ([[name:DC]]), Operational Manager; [[name:Priya Raval]] ([[name:PR]]), Case Manager

[[name:DC]]: Let's start with the handover in June. What did you get from [[name:Ashley]]?
[[name:PR]]: Not much. A two-line transfer summary and the AssetPlus from May. Nothing about the car or the older lads.
[[name:DC]]: The intel came from police in August, so that's after [[name:Ashley]] left. Did it reach you?
[[name:PR]]: Only because DS [[name:Whiteside]] rang me. It wasn't on the case record.
[[name:DC]]: And [[name:Kieran]] himself - did he tell you he felt unsafe?
[[name:PR]]: In his way. He said, "Miss, I don't walk past the Co-op no more." I should have asked why.
[[name:DC]]: You did a lot right. You saw him twice a week, you got him back into the Learning Centre. What would you do differently?
[[name:PR]]: Ask the question. And push the safety and wellbeing review when the intel came in rather than waiting for the three-month review.
[[name:DC]]: That's going in as learning point 3. I'll put an action on me for the handover template.
""")


if __name__ == "__main__":
    main()
