"""Web benchmark: the redaction review page for a 50-page Word document with about 1,000
candidates, and the cost of one decision.

Builds a document of invented case notes (generated names, dates of birth, addresses,
phone numbers; nobody real), uploads it through the application's HTTP layer (Starlette's
TestClient, in-process, so the figures are server time without a network), then measures:

- detection (upload to candidates; reported, not a target);
- the review page (`GET /releases/N`) after detection, median of 5;
- one decision (`POST` a keep or redact, as htmx sends it), median of 50;
- the approval page, median of 5.

Targets (issue 14): the review page under 1 s after detection; a decision under 100 ms.

    .venv/bin/python benchmarks/web.py            # 50 pages
    .venv/bin/python benchmarks/web.py --pages 10
"""

from __future__ import annotations

import argparse
import io
import random
import re
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import docx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FIRST = ["Jayden", "Amelia", "Kieran", "Maisie", "Tyler", "Leah", "Callum", "Sophie", "Reece", "Chloe", "Ellis",
         "Nadia", "Corey", "Imogen", "Dylan", "Freya", "Owen", "Tamsin", "Rhys", "Orla"]
LAST = ["Harrow", "Finchley", "Marsh", "Oakden", "Pryce", "Quill", "Rowntree", "Sallow", "Thorne", "Vance",
        "Ashdown", "Brennock", "Carrow", "Denholm", "Esterby", "Fallon", "Garside", "Holloway", "Ingram", "Jessop"]
STREETS = ["Elm Road", "Mill Lane", "Station Street", "Church View", "Park Avenue", "Quarry Close", "Beck Side"]
PARAGRAPHS_PER_PAGE = 6


def document(pages: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    people = [f"{f} {s}" for f in FIRST for s in LAST]
    rng.shuffle(people)
    book = docx.Document()
    book.add_heading("Extended learning review: chronology (invented)", level=1)
    n = 0
    for _page in range(pages):
        for _ in range(PARAGRAPHS_PER_PAGE):
            child, worker = people[n % len(people)], people[(n + 1) % len(people)]
            n += 2
            day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2007, 2011)
            book.add_paragraph(
                f"On {rng.randint(1, 28)} March 2025 {child} (born {day:02d}/{month:02d}/{year}) was seen by "
                f"{worker}, case manager, at {rng.randint(1, 99)} {rng.choice(STREETS)}, Northshire "
                f"NS{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGH')}{rng.choice('JLNPQRS')}. "
                f"{child.split()[0]} said the sessions had helped and that contact on 07700 9{rng.randint(10000, 99999)} "
                "was the best way to reach the family. The panel noted the plan and agreed the next review date.")
        book.add_page_break()
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

    from reviewgen.config import Config
    from reviewgen.redact import load_policy
    from reviewgen.tracker import open_tracker
    from reviewgen.web.accounts import add_user
    from reviewgen.web.app import Settings, create_app

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_tracker(folder / "tracker.sqlite3")
        add_user(db, "bench", "ig-officer", "Bench", "benchmark password")
        settings = Settings(db=db, data_dir=folder / "data", categories=list(load_policy(None).categories),
                            config=Config(), upload_limit_mb=50)
        client = TestClient(create_app(settings), follow_redirects=False)
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/sign-in").text).group(1)
        client.post("/sign-in", data={"name": "bench", "password": "benchmark password", "csrf_token": token})
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text).group(1)
        data = document(args.pages)

        start = time.perf_counter()
        response = client.post("/releases", data={"title": "benchmark", "csrf_token": csrf},
                               files={"files": ("chronology.docx", data, "application/octet-stream")})
        detection = time.perf_counter() - start
        assert response.status_code == 303, response.text[:500]
        url = response.headers["location"]

        page_times = []
        for _ in range(5):
            start = time.perf_counter()
            page = client.get(url)
            page_times.append(time.perf_counter() - start)
        rows = re.findall(r'id="c-(\d+)" data-c="\d+"\s+data-decision="(\w+)" data-version="(\d+)"', page.text)
        marks = page.text.count("<mark ")
        total = int(re.search(r"(\d+) candidates ·", page.text).group(1))

        decision_times = []
        versions = {cid: int(v) for cid, _, v in rows}
        ids = list(versions)[:50]
        for n, cid in enumerate(ids):
            start = time.perf_counter()
            answer = client.post(f"{url}/candidates/{cid}", headers={"HX-Request": "true", "X-CSRF-Token": csrf},
                                 data={"version": versions[cid], "decision": "keep" if n % 2 else "redact"})
            decision_times.append(time.perf_counter() - start)
            assert answer.status_code == 200 and "Someone else" not in answer.text

        approval_times = []
        for _ in range(5):
            start = time.perf_counter()
            client.get(f"{url}/approval")
            approval_times.append(time.perf_counter() - start)
        client.close()
        db.close()

    page_ms, decision_ms = median_ms(page_times), median_ms(decision_times)
    print(f"document: {args.pages} pages, {len(data) / 1000:.0f} kB .docx; {total} candidates "
          f"({len(rows)} in the panel's first part, the rest load on scrolling), {marks} highlighted places")
    print(f"detection (upload to candidates): {detection:.1f} s")
    print(f"review page: median {page_ms:.0f} ms of 5 (target < 1000 ms) "
          f"{'ok' if page_ms < 1000 else 'MISSED'}; {len(page.text) / 1e6:.1f} MB of HTML")
    print(f"one decision: median {decision_ms:.1f} ms of {len(decision_times)} (target < 100 ms) "
          f"{'ok' if decision_ms < 100 else 'MISSED'}; slowest {max(decision_times) * 1000:.1f} ms")
    print(f"approval page: median {median_ms(approval_times):.0f} ms of 5")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
