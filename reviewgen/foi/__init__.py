"""Freedom of Information: requests, statutory deadlines, response letters, release packs, the log.

    request YAML -> FoiRequest (validated) -> due date in the Act's calendar
                 -> answers (+ review fields) -> one Redactor -> letter -> verify -> release pack
"""

from reviewgen.foi.acts import ACTS, EXEMPTIONS, Act, Exemption, act_for, find_exemption
from reviewgen.foi.deadlines import Pause, disregarded_days, due_date, working_days_left
from reviewgen.foi.disclosure_log import COLUMNS as LOG_COLUMNS
from reviewgen.foi.disclosure_log import collect_log, write_log
from reviewgen.foi.letter import Response, build_response, response_markdown
from reviewgen.foi.model import FoiRequest, load_request
from reviewgen.foi.pack import ReleasePack, build_release_pack, new_redactor
from reviewgen.foi.status import RequestStatus, Timeliness, load_requests, request_status, timeliness

__all__ = [
    "ACTS", "EXEMPTIONS", "LOG_COLUMNS", "Act", "Exemption", "FoiRequest", "Pause", "ReleasePack",
    "RequestStatus", "Response", "Timeliness", "act_for", "build_release_pack", "build_response",
    "collect_log", "disregarded_days", "due_date", "find_exemption", "load_request", "load_requests",
    "new_redactor", "request_status", "response_markdown", "timeliness", "working_days_left", "write_log",
]
