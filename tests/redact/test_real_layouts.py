"""Layouts of real published papers the detector must read (issue 10): parish minutes,
tribunal judgments, ombudsman decisions, youth advisory boards, and the firms and courts
whose contact details are not a person's. All names here are invented."""

from reviewgen.redact.spans import REDACT, REVIEW, Candidate, settle_tiers
from reviewgen.redact.wordlists import shipped_word_lists


def found(redactor, *segments):
    results = redactor.detector.detect_document(list(segments))
    return [(text[c.start:c.end], c.category, c.source, c.tier)
            for text, cs in zip(segments, results) for c in cs]


def values(redactor, *segments):
    return [value for value, _, _, _ in found(redactor, *segments)]


# --- initials -------------------------------------------------------------------------

def test_initials_in_brackets_spell_the_capitals_of_the_name_before_them(redactor):
    got = values(redactor, "Present: Cllrs Orla Dunmore (OD), Kevin O’Brannigan (KOB), Tess Yarrow (TY)",
                 "Cllr KOB declared an interest in the allotments.")
    assert got.count("KOB") == 2 and {"Orla Dunmore", "Kevin O’Brannigan", "Tess Yarrow"} <= set(got)
    assert "Cllrs" not in " ".join(got)


def test_dotted_initials_acting_and_in_brackets_and_their_plain_form(redactor):
    got = values(redactor, "- Welcome and apologies (R.K)\n- Update from the providers (PL)\n"
                 "Matters arising:- P.L made contact with the charity. The manager informed P.L. that "
                 "funds were short.\nAction:- P.L. to request an invoice.\nMEETING HELD AT THE HALL")
    assert {"R.K", "P.L", "PL"} <= set(got)
    assert "AT" not in got


def test_an_attendance_list_ends_where_the_minutes_read_as_sentences(redactor):
    got = values(redactor, "Present: Cllrs Orla Dunmore (OD), Tess Yarrow (TY);\n"
                 "In attendance: the Clerk\n"
                 "Cllrs OD and TY declared an interest in the JBLC lease and RGC.")
    assert "RGC" not in got and "JBLC" not in got and got.count("OD") >= 2


def test_initials_owning_an_action_in_the_last_cell_of_a_row(redactor):
    got = values(redactor, "4 / Minutes of the last meeting\nAgreed with minor errors to be amended by QW. / QW\n"
                 "5 / Matters Arising")
    assert got.count("QW") == 2


def test_a_council_s_own_acronym_is_no_person(redactor):
    assert "NWBC" not in values(redactor, "NWBC is working with young people on a new strategy.")


# --- lists of people ----------------------------------------------------------------------

def test_initial_and_surname_glued_to_the_next_cell_of_a_payee_table(redactor):
    got = values(redactor, "PayeeDetailsCheque numberAmount\nK DrabbleClerk101820£351.20\n"
                 "A MorrowfieldLitter collector101822£60.00")
    assert {"K Drabble", "A Morrowfield"} <= set(got)


def test_an_article_before_a_company_name_is_no_initial(redactor):
    got = values(redactor, "Transcript of the Handed Down Judgment of\nA Fenwright Communications Company")
    assert not any(v.startswith("A Fenwright") for v in got)


# --- judgments and decisions --------------------------------------------------------------

def test_parties_named_in_a_case_name_or_before_their_role(redactor):
    got = found(redactor, "Judgment approved for handing down Northshire Water v Quarrendon",
                "Between :\nNORTHSHIRE WATER Appellant\n- and -\nMAVIS QUARRENDON Respondent",
                "Tillotson v Dl Insurance Services Ltd (REDUNDANCY)",
                "sub nom HARGREAVE v CROWN PROSECUTION SERVICE",
                "Between:\nKZ\nApplicant\n- and -\nREGINA\nRespondent")
    sure = {v for v, _, _, tier in got if tier == REDACT}
    assert {"Quarrendon", "MAVIS QUARRENDON", "Tillotson", "HARGREAVE", "KZ"} <= sure
    assert not {"Northshire", "NORTHSHIRE WATER", "Northshire Water", "Dl", "CROWN", "REGINA"} & sure


def test_the_roles_of_parties_and_the_ombudsman_are_not_names(redactor):
    got = values(redactor, "The Claimant was unfairly dismissed. The Claimant appealed.",
                 "The Ombudsman's final decision: Mr X complains about the Council.")
    assert got == ["X"]


def test_initials_after_a_guardian_and_a_titled_name_whose_surname_is_a_place(redactor):
    got = values(redactor, "They appear through the children's guardian, QW, and are represented.",
                 "Mr HG Tolliver [HT] (FTG); Mrs SE Stockton [SS] (FTG)\nApologies were sent by SS and HT.")
    assert "QW" in got and got.count("SS") >= 2


# --- case numbers and ages ----------------------------------------------------------------

def test_case_numbers_of_tribunals_ombudsman_planning_and_lists(redactor):
    got = {v for v, category, _, _ in found(
        redactor,
        "Appeal No UKEAT/0418/19 |",
        "Northshire District Council (23 004 117)\n\nCategory : Adult care services",
        "- 21/500672/SUB Hazeldene Dean Street",
        "in two applications (nos. 31007/11 and 35512/11) against the Republic of Turkey")
        if category == "case_id"}
    assert got == {"UKEAT/0418/19", "23 004 117", "21/500672/SUB", "31007/11", "35512/11"}


def test_an_age_someone_attained(redactor):
    got = [(v, c) for v, c, _, _ in found(redactor, "On 12 October 2002, T attained the age of 18 years.")]
    assert ("18", "age") in got


# --- organisations and their contact details ---------------------------------------------

def test_a_firm_s_or_court_s_address_is_for_review_even_beside_counsel(redactor):
    got = found(redactor, "MS A QUENBY (Of Counsel) Instructed by Messrs Tallow Brand Solicitors "
                          "Tallow House 17 Scarbrook Road Croydon CR0 1SQ |",
                "Royal Courts of Justice\nStrand\nLondon\nWC2A 2LL\nLORD JUSTICE HOLLOWAY")
    contact = [(v, tier) for v, category, _, tier in got if category in ("address", "postcode")]
    assert contact and all(tier == REVIEW for _, tier in contact)
    assert ("A QUENBY", REDACT) in [(v, tier) for v, _, _, tier in got]


def test_a_non_geographic_number_is_a_switchboard_for_review(redactor):
    got = found(redactor, "Contact: Petra Olumide  03450 450 500", "Petra Olumide: 01632 960 123")
    phones = {v: tier for v, category, _, tier in got if category == "phone"}
    assert phones == {"03450 450 500": REVIEW, "01632 960 123": REDACT}


def test_a_body_named_after_its_parish_and_companies_are_not_people(redactor):
    got = values(redactor, "Minutes of the Meeting of Thornby St Giles Parish Council held on Wednesday.",
                 "Parish Councils are no longer allowed to use Model Standing Order 31.",
                 "We met Palantir Technologies and Garmin Orchestra.")
    assert got == []


def test_a_name_run_on_into_the_place_of_its_body_is_cut_at_the_place(redactor):
    got = values(redactor, "Attendees Julia Hemsworth Christchurch Borough Council")
    assert "Julia Hemsworth" in got and not any("Christchurch" in v for v in got)


def test_a_spaced_out_heading_is_not_initials(redactor):
    assert values(redactor, "J U D G M E N T (Revised 30/11/2016)") == []


def test_places_and_capitals_of_a_name_are_not_carried(redactor):
    got = values(redactor, "Attendees: Ian Grantley Dorset County Council", "The Dorset plan was agreed.",
                 "Held at the Town Hall, Dorset Police attended.")
    assert "Dorset" not in got


# --- tiers ------------------------------------------------------------------------------

def test_a_word_acting_as_a_person_and_a_run_led_by_a_given_name_are_sure():
    role = Candidate(0, 6, "name", "person_role", 46, tier=REVIEW)
    run = Candidate(10, 21, "name", "proper_nouns", 48, tier=REVIEW)
    given = Candidate(10, 15, "name", "given_name", 47)
    other = Candidate(30, 41, "name", "proper_nouns", 48, tier=REVIEW)
    tiers = [c.tier for c in settle_tiers([role, run, given, other])]
    assert tiers == [REDACT, REDACT, REDACT, REVIEW]


def test_organisation_words_are_read_by_the_one_loader_and_hold_no_given_name():
    lists = shipped_word_lists()
    assert {"technologies", "orchestra", "software"} <= lists.organisation_words
    assert not lists.organisation_words & lists.first_names


# --- attendance lists -------------------------------------------------------------------

def test_a_given_name_starting_a_line_of_an_attendance_list_is_a_person_whatever_the_surname(redactor):
    got = values(redactor, "Present:\nMike Battersby Head of Community Protection (Chair)\n"
                 "Peter Seller Head of Strategy\nApologies:\nLyn Burns Interim Head of Service")
    assert {"Mike Battersby", "Peter Seller", "Lyn Burns"} <= set(got)


def test_initials_that_are_also_acronyms_in_attendance_lists(redactor):
    assert values(redactor, "Apologies", "JJ, BC, SK, JP") == ["JJ", "BC", "SK", "JP"]


def test_an_initial_before_an_everyday_surname_in_a_list_is_for_review(redactor):
    got = found(redactor, "Hertfordshire Police Authority G Miles, Broxbourne Borough Council",
                "He sat A Level maths in B Block and got a C Grade. Plan B was agreed.",
                "co-owned by L. R. and K. K. Subsequently, the court decided.",
                "Dr Olu Adeyemi, NHS Northshire Integrated Care Board")
    assert ("G Miles", "name", "initial_surname", REVIEW) in got
    assert not any(v in ("A Level", "B Block", "C Grade", "K. Subsequently", "NHS Northshire") for v, *_ in got)


def test_a_name_with_its_part_in_the_meeting_in_brackets(redactor):
    got = values(redactor, "In attendance: Desiree Homefield (Clerk)\n334 APOLOGIES FOR ABSENCE",
                 "Present: Youth Offending (Chair), Democratic Services (minutes)")
    assert got == ["Desiree Homefield"]


# --- letters ------------------------------------------------------------------------------

def test_the_name_under_a_sign_off_and_after_dear(redactor):
    got = values(redactor, "Dear Priyanka,\nThank you for your request.",
                 "Yours sincerely\nTomasz Okonkwo\nInformation Governance Officer",
                 "Yours faithfully\nInformation Governance Team", "Dear Requester,", "Dear Colleague,")
    assert got == ["Priyanka", "Tomasz Okonkwo"]


def test_initials_with_an_age_signing_a_note_and_a_given_name_with_an_initial(redactor):
    got = values(redactor, "Item 3: Child Z (QW, 15)\nUpdated: nine missing episodes.",
                 "It was taken to the MACE Panel on 11 September. RW",
                 "Subject: Attendance - Abdirahman W", "Miss Y complained. Plan B was agreed. The report was agreed. AOB")
    assert {"QW", "RW", "Abdirahman W"} <= set(got)
    assert not {"Miss Y", "Plan B", "AOB"} & set(got)


def test_a_venue_s_address_is_for_review_and_an_address_stops_before_the_next_sentence(redactor):
    got = found(redactor, "Venue: Brentwick County High School, Shenfold Common, Seven Arches Road, Brentwick CM14 4JF",
                "Contact: Steve Summerfield",
                "- 20/500803/SUB Cuckoo Farm Wilsons Lane\nConsultee Comment on Discharge of conditions as above")
    contact = {v: tier for v, category, _, tier in got if category in ("address", "postcode")}
    assert contact["Cuckoo Farm Wilsons Lane"] == REDACT
    assert [tier for v, tier in contact.items() if "CM14 4JF" in v] == [REVIEW]
