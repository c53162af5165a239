"""Names the entity model misses: the given-name gazetteer and first names before initials."""

import pytest

from reviewgen.redact.detect import first_names


def names_found(redactor, text: str) -> list[str]:
    return [text[c.start:c.end] for c in redactor.detector.detect(text) if c.category == "name"]


def test_gazetteer_is_lower_case_and_leaves_out_common_words():
    names = first_names()
    assert {"derek", "teresa", "rebecca", "jacob"} <= names
    for word in ("will", "may", "grace", "green", "amber", "june", "mark", "preston", "regina"):
        assert word not in names


@pytest.mark.parametrize("text,name", [
    ("Why is Rebecca so impulsive?", "Rebecca"),
    ("Later Jacob went home with his aunt.", "Jacob"),
    ("The worker phoned Derek on Monday.", "Derek"),
    ("Ella H. Snider attended the panel.", "Ella H. Snider"),
    ("A letter from Szabina J Gelencsér arrived.", "Szabina J Gelencsér"),
    ("follow up with patricia desrosiers in a couple of months.", "patricia desrosiers"),
])
def test_given_names_found_alone_and_before_initials(redactor, text, name):
    assert name in " ".join(names_found(redactor, text))


@pytest.mark.parametrize("text", [
    "Grace periods apply in May and June.",
    "The action was rated Amber at the Management Board.",
    "Will the board agree the plan before June?",
    "The panel met in Preston and Lincoln.",
    "we sang a song and the carol service ended in june.",
])
def test_common_words_that_are_also_names_are_kept(redactor, text):
    assert names_found(redactor, text) == []


@pytest.mark.parametrize("text", [
    "The Assistant Director and the Cabinet Member for Children met the Data Protection Officer.",
    "Background Papers: Performance Monitoring Scorecard, Evidence Based Hub.",
    "Comments Sought from the Strategic Director and the Finance Director.",
    "Personal Information has been withheld under the Data Protection principles.",
    "Referrals to Substance Misuse and Education Welfare increased in September.",
    "Ethnicity: White British. Her friend was Black Caribbean.",
    "This FOI response was issued on St Andrew's Day.",
])
def test_title_case_council_language_is_not_a_name(redactor, text):
    assert names_found(redactor, text) == []


def test_a_role_after_a_name_is_cut_off_and_everyday_words_do_not_spread(redactor):
    text = ("Rory Patterson Assistant Director Specialist Services signed the Personal "
            "Information report. The information was shared.")
    assert names_found(redactor, text) == ["Rory Patterson"]


@pytest.mark.parametrize("text,name", [
    ("Kacper said he did not feel safe at home.", "Kacper"),
    ("The worker later told Tomasz about the referral.", "Tomasz"),
    ("She asked to speak to her son Oluwaseun before the interview.", "Oluwaseun"),
    ("Ayaan was arrested on the Tuesday.", "Ayaan"),
    ("Zainab: \"I never went there.\"", "Zainab"),
    ("The brother, Željko, refused to attend; Željko lives with his aunt.", "Željko"),
])
def test_single_names_found_by_what_the_sentence_says_of_them(redactor, text, name):
    assert name in names_found(redactor, text)


def test_single_names_listed_together_are_all_found(redactor):
    text = "Kónya, Becker and Vasquez were stopped by officers near the park."
    assert set(names_found(redactor, text)) >= {"Kónya", "Becker", "Vasquez"}


@pytest.mark.parametrize("text", [
    "Leicester, Nottingham and Derby sent returns.",
    "Police, Education and Health attended the strategy meeting.",
    "Lancashire Constabulary and the Probation Service attended.",
    "CAMHS said the referral was accepted.",
    "Ofsted, HMIP and the YJB reported on the service.",
])
def test_lists_of_places_and_bodies_are_not_names(redactor, text):
    assert names_found(redactor, text) == []


def test_an_allowed_phrase_does_not_cut_an_email_address(redactor):
    text = "Write to yjs.bloggs@northshire.gov.uk with any questions."
    found = [text[c.start:c.end] for c in redactor.detector.detect(text)]
    assert found == ["yjs.bloggs@northshire.gov.uk"]


def test_speakers_initials_in_a_transcript_are_found_wherever_they_are_written(redactor):
    lines = ["Present: reviewer (FM) and practitioner (SL).",
             "FM: When did you first think he was at risk?",
             "SL: Honestly, from the first visit.",
             "FM: What did you do?",
             "SL: I raised it at supervision. RE: the referral, nothing came back."]
    found = redactor.detector.detect_document(lines)
    labels = [[line[c.start:c.end] for c in cs] for line, cs in zip(lines, found)]
    assert labels[0] == ["FM", "SL"]
    assert all(lab[:1] in (["FM"], ["SL"]) for lab in labels[1:])
    assert "RE" not in labels[4]


def test_field_labels_are_not_speakers(redactor):
    text = "Note: the panel met. Action: write to the school. Outcome: agreed."
    assert names_found(redactor, text) == []


def test_police_ranks_are_titles(redactor):
    assert names_found(redactor, "Superintendent Okonkwo chaired the panel.") == ["Okonkwo"]


def test_a_short_nickname_once_introduced_is_found_everywhere(redactor):
    lines = ["Jayden Okafor (known as JJ) was referred in 2024.", "JJ did not attend the session."]
    found = redactor.detector.detect_document(lines)
    assert [lines[1][c.start:c.end] for c in found[1]] == ["JJ"]


@pytest.mark.parametrize("text", [
    "Duty rota: Liam (Mon, Wed), Ewa (Tue, Thu), Sandra (Fri).",
    "Nadia Chowdhury, CAMHS Clinical Nurse Specialist, attended.",
    "A silver Ford Focus was parked outside; the meeting was on Microsoft Teams.",
    "If you need an interpreter (Urdu or Punjabi) please call us.",
    "Referral to the Gypsy, Roma and Traveller Education Service.",
    "He was released from HMP Doncaster and moved in with his aunt in Kelderby.",
    "\"Nobody rang,\" he said.",
])
def test_days_roles_brands_languages_and_places_are_not_names(redactor, text):
    found = names_found(redactor, text)
    assert not set(found) & {"Mon", "Tue", "Thu", "Fri", "Specialist", "Ford Focus", "Microsoft Teams",
                             "Urdu", "Punjabi", "Gypsy", "Roma", "HMP Doncaster", "Kelderby", "Nobody"}


def test_field_labels_in_minutes_are_not_speakers(redactor):
    lines = ["Apologies: none received.", "Agreed: disruption plan.", "Agreed: review in March."]
    assert all(cs == [] for cs in redactor.detector.detect_document(lines))


@pytest.mark.parametrize("email,kept", [
    ("foi@northshire.gov.uk", True),
    ("yjs.business@northshire.gov.uk", True),
    ("info.requests@example.gov.uk", True),
    ("amber.white@example.com", False),
    ("m.tilsley@example.org", False),
    ("callum.doherty84@example.com", False),
])
def test_shared_team_mailboxes_stay_and_personal_addresses_go(redactor, email, kept):
    text = f"Please write to {email} with any questions."
    emails = [text[c.start:c.end] for c in redactor.detector.detect(text) if c.category == "email"]
    assert (emails == []) is kept


def test_initials_given_after_a_name_are_carried(redactor):
    text = "Case: Zain Rashid (ZR). ZR attended with his mother. The ETE worker (AB) was absent."
    found = names_found(redactor, text)
    assert found.count("ZR") == 2 and "AB" not in found


@pytest.mark.parametrize("text,name", [
    ("Young person: M.R. Staff on shift: two.", "M.R."),
    ("Subject: RE: SIN - J.O. - notification", "J.O."),
    ("Associates: a female known only as \"Hope\".", "Hope"),
    ("Maybe it is under Brad L Key.", "Brad L Key"),
])
def test_dotted_initials_plain_introductions_and_initials_before_everyday_surnames(redactor, text, name):
    assert name in names_found(redactor, text)


def test_a_name_typed_without_its_accents_is_still_found(redactor):
    lines = ["Kacper Zieliński moved to a new flat.", "Papers are on the drive under ZIELINSKI and Zielinski."]
    found = redactor.detector.detect_document(lines)
    assert [lines[1][c.start:c.end] for c in found[1]] == ["ZIELINSKI", "Zielinski"]


@pytest.mark.parametrize("text,name", [
    ("While in prison Wanjiru Okafor wrote to her mother.", "Wanjiru Okafor"),
    ("Olu Woods told the officer he was fine.", "Olu Woods"),
])
def test_people_beside_words_that_name_places_and_things_stay_confident(redactor, text, name):
    found = [(text[c.start:c.end], c.tier) for c in redactor.detector.detect(text)]
    assert (name, "redact") in found


@pytest.mark.parametrize("text", [
    "He was found dead in his cell at HMP Pentonville.",
    "Nominations for the appointment of High Sheriff of Belfast.",
    "The site lies between Upper Heyford and the airfield.",
    "He was born in France and English was his second language.",
])
def test_prisons_titles_and_places_the_model_takes_for_people_are_not_names(redactor, text):
    assert names_found(redactor, text) == []


def test_a_name_glued_inside_an_organisation_from_a_flattened_table_is_kept_for_review(redactor):
    text = "Members: Borough Council Derek Quaylock Clinical Commissioning Group"
    found = [(text[c.start:c.end], c.tier) for c in redactor.detector.detect(text)]
    assert ("Derek Quaylock", "review") in found
