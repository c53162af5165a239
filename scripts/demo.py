"""`make demo`: run the real commands on the examples in reviews/ and leave the results in out/.

Each step is printed as the command a person would type, so the demo doubles as a tour.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out"
REVIEWGEN = str(Path(sys.executable).with_name("reviewgen"))
# The demo runs as if today were this date, so overdue figures are the same every run.
DEMO_TODAY = "2026-11-23"


DEMO_PASSWORD = "demo-only-password"  # printed on purpose: invented demo accounts


def step(*args: str, allowed=(0,)) -> None:
    print(f"\n$ reviewgen {shlex.join(args)}", flush=True)
    result = subprocess.run([REVIEWGEN, *args], cwd=ROOT)
    if result.returncode not in allowed:
        sys.exit(f"demo step failed with exit code {result.returncode}")


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    reviews = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reviews").glob("[ce]lr-*.yaml"))

    # 1. Learning reviews: validate, render to every format, check as inspectors do.
    step("validate", *reviews)
    step("render", *reviews, "-o", "out/reviews")
    step("render", *reviews, "--to", "pdf", "-o", "out/reviews")
    step("check", *reviews, "--today", DEMO_TODAY, allowed=(0, 1))
    # The serious incident notification to the Youth Justice Board that started the CLR.
    step("render", "reviews/notification-example.yaml", "--to", "docx", "--to", "pdf", "-o", "out/reviews")

    # 2. Redaction: the rendered CLR with every personal value removed, then the leak check.
    step("redact", "out/reviews/clr-example.docx", "-o", "out/release", "--key-dir", "out/release-internal")
    step("verify", "out/release/clr-example-redacted.docx",
         "--key", "out/release-internal/clr-example-KEY-NOT-FOR-RELEASE.csv")
    # What officers are handed: a PDF (a comment, a form field, an attachment, a box drawn over
    # text still there, a scanned page read by OCR) and a workbook with a hidden sheet and row.
    step("redact", "reviews/case-notes-example.pdf", "reviews/caseload-example.xlsx", "-o", "out/release",
         "--key-dir", "out/release-internal")

    # 3. FOI: deadlines, the status of every request, release packs, the disclosure log.
    foi_requests = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reviews").glob("foi-*.yaml"))
    step("foi", "due", "2026-03-13", "--jurisdiction", "england")
    step("foi", "due", "2026-03-13", "--jurisdiction", "scotland")
    step("foi", "status", "reviews", "--today", DEMO_TODAY, "--from", "2026-01-01", "--to", "2026-06-30")
    step("foi", "check", *foi_requests[:1])
    step("foi", "respond", *foi_requests, "-o", "out/foi")
    # The open request is answered: its letters get their date and it joins the disclosure log.
    step("foi", "sent", "FOI-2026-0455", "--date", "2026-11-20", "--requests", "reviews", "-o", "out/foi")
    step("foi", "log", "out/foi", "-o", "out/foi/disclosure-log")
    # What could still identify the child once names are gone (exit 1: items to review).
    step("identify", "reviews/clr-example.yaml", "-o", "out/foi/clr-example-identifiability.md", allowed=(0, 1))

    # 4. Recommendation tracker: import the inspection plan and the CLR, update one action, report.
    # The earlier --today dates give the change list and the status-over-time chart a history.
    tracker = ["tracker", "--db", "out/tracker.sqlite3"]
    step(*tracker, "--today", "2026-10-05", "import", "reviews/inspection-action-plan.yaml", "--by", "Service Manager")
    step(*tracker, "--today", "2026-10-05", "import", "reviews/clr-example.yaml", "--by", "Service Manager")
    step(*tracker, "--today", "2026-11-16", "update", "R2.6", "--source", "NYJS-INSP-2025", "--status", "complete",
         "--evidence", "Reports presented to the Corporate Parenting Panel", "--by", "Head of Service")
    step(*tracker, "--today", DEMO_TODAY, "list", "--overdue")
    step(*tracker, "--today", DEMO_TODAY, "export", "out/tracker/action-plan.xlsx")
    step(*tracker, "--today", DEMO_TODAY, "report", "--since", "2026-11-02", "--next-report", "2027-01-25",
         "--to", "docx,html,md,pdf,xlsx", "-o", "out/tracker")
    step(*tracker, "--today", DEMO_TODAY, "report", "--form", "response", "--source", "NYJS-INSP-2025",
         "--to", "docx,html", "-o", "out/tracker")
    # The committee paper around the inspection's progress, and the committee's resolutions as actions.
    step(*tracker, "--today", DEMO_TODAY, "report", "--form", "committee", "--source", "NYJS-INSP-2025",
         "--paper", "reviews/committee-paper.yaml", "--to", "docx,pdf", "-o", "out/tracker")
    step(*tracker, "--today", DEMO_TODAY, "import", "reviews/committee-resolutions.yaml", "--by", "Democratic Services")

    # 5. Assurance: readings of the CLR's outcome measures, the risk register linked to actions,
    # a verified action, then the themes across every review with whether their measures moved.
    step(*tracker, "--today", DEMO_TODAY, "measure", "--readings", "reviews/measure-readings.yaml", "--by", "Performance Manager")
    step(*tracker, "--today", DEMO_TODAY, "risk", "import", "reviews/risk-register.yaml")
    step(*tracker, "--today", DEMO_TODAY, "verify", "R1.1", "--source", "NYJS-INSP-2025",
         "--checked", "Development session slides and attendance list", "--by", "Quality Assurance Manager")
    step(*tracker, "--today", DEMO_TODAY, "report", "--to", "docx,html", "-o", "out/tracker/assurance")
    step("themes", *reviews, "reviews/inspection-action-plan.yaml", "--to", "docx,html", "-o", "out/themes",
         "--today", DEMO_TODAY, "--db", "out/tracker.sqlite3")

    # 6. The browser application: demo accounts in the same database, for `reviewgen serve`.
    for user, role in (("demo-officer", "ig-officer"), ("demo-approver", "approver"), ("demo-manager", "manager")):
        step("user", "add", user, "--role", role, "--team", "Northshire YJS", "--password", DEMO_PASSWORD,
             "--db", "out/tracker.sqlite3")

    print(f"\nDemo outputs are in {OUT.relative_to(ROOT)}/")
    print("\nTo try the browser application on the demo's data:\n"
          "  .venv/bin/reviewgen serve --db out/tracker.sqlite3 --data-dir out/web-data\n"
          "then open http://127.0.0.1:8000/ and sign in as demo-officer to upload and review a document,\n"
          "and as demo-approver to approve it (demo-manager updates the tracker). "
          f"Demo password (demo accounts only): {DEMO_PASSWORD}")


if __name__ == "__main__":
    main()
