"""Personal-data detection and redaction: offline, UK-aware, Word in and Word out.

    from reviewgen.redact import Redactor, load_policy, verify_file, write_schedule, write_key
    redactor = Redactor(load_policy(None))
    redactor.add_known("<child's full name>", "name", "Young Person A")
    released = redactor.redact_text(text, "letter, part 2")
    write_schedule("schedule.csv", redactor.redactions)   # publishable: no originals
    write_key("KEY-NOT-FOR-RELEASE.csv", redactor.redactions)
    assert verify_file("released.docx", redactor.originals()) == []
"""

from reviewgen.redact.detect import Candidate, Detector, KnownTerm, load_nlp
from reviewgen.redact.policy import Policy, load_policy
from reviewgen.redact.records import (
    KEY_MARKING,
    Proposal,
    apply_proposal,
    proposal_from,
    read_key,
    read_proposal,
    verify_file,
    write_key,
    write_proposal,
    write_schedule,
)
from reviewgen.redact.redactor import Redaction, Redactor

__all__ = [
    "KEY_MARKING",
    "Candidate",
    "Detector",
    "KnownTerm",
    "Policy",
    "Proposal",
    "Redaction",
    "Redactor",
    "apply_proposal",
    "load_nlp",
    "load_policy",
    "proposal_from",
    "read_key",
    "read_proposal",
    "verify_file",
    "write_key",
    "write_proposal",
    "write_schedule",
]
