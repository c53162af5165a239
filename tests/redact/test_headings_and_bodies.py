"""Headings, places, bodies and roles that look like names are left alone."""


def test_heading_word_model_tags_with_a_code_is_not_a_name(redactor):
    texts = ["5.6 Speech, language and communication needs",
             "A speech and language screening suggested difficulty.",
             "L4 Speech, language and communication needs must shape how interventions are delivered."]
    out = redactor.redact_texts(texts, ["a", "b", "c"])
    assert out == texts
    assert redactor.redactions == []


def test_town_before_town_centre_or_academy_is_not_a_person(redactor):
    texts = ["He was arrested outside a takeaway in Northtown town centre.",
             "Excluded from Northtown Academy for carrying a bladed article in school."]
    out = redactor.redact_texts(texts, ["a", "b"])
    assert "Northtown town centre" in out[0]
    assert not [r for r in redactor.redactions if r.category == "name"]


def test_role_and_panel_titles_are_not_names_but_the_person_is(redactor):
    out = redactor.redact_texts(
        ["Helen Okafor, Practice Development Manager",
         "It was discussed at the Serious Incident Panel on 30 March 2026."], ["a", "b"])
    assert out[0] == "Person 1, Practice Development Manager"
    assert "Serious Incident Panel" in out[1]


def test_named_school_is_a_school_not_a_person(redactor):
    out = redactor.redact_texts(["Excluded from Northtown Academy in August.",
                                 "The Virtual School head and the Primary School were told."], ["a", "b"])
    assert out[0] == "Excluded from School 1 in August."
    assert out[1] == "The Virtual School head and the Primary School were told."
    assert [r.category for r in redactor.redactions] == ["school"]
