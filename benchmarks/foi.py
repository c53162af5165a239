"""FOI timings: deadline arithmetic, `foi status` over many requests, and one release pack.

Run: .venv/bin/python benchmarks/foi.py
Targets on the 2-core reference machine: a due date in well under a millisecond; a
release pack built from the example CLR in under 2 seconds once the spaCy model is loaded.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from reviewgen.config import Config
from reviewgen.foi import Pause, build_release_pack, due_date, load_request, new_redactor, request_status

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "reviews" / "foi-learning-from-reviews.yaml"
RUNS = 5


def deadlines() -> None:
    received = [date(2025, 1, 1) + timedelta(days=n % 1095) for n in range(20_000)]
    fee = [Pause("fee", day + timedelta(days=3), day + timedelta(days=12)) for day in received]
    for label, jurisdiction, pauses in (("FOIA", "england", None), ("FOISA", "scotland", None),
                                        ("FOIA with a fee pause", "england", fee)):
        start = time.perf_counter()
        for n, day in enumerate(received):
            due_date(day, jurisdiction, [pauses[n]] if pauses else ())
        elapsed = time.perf_counter() - start
        print(f"due date, {label}: {1e6 * elapsed / len(received):.1f} µs per request ({len(received)} requests)")


def status_of_many() -> None:
    request = load_request(EXAMPLE)
    copies = [request.model_copy(update={"received": date(2025, 1, 1) + timedelta(days=n % 700),
                                         "response_date": None}) for n in range(5_000)]
    start = time.perf_counter()
    for copy in copies:
        request_status(copy, date(2026, 11, 23))
    print(f"foi status: {1000 * (time.perf_counter() - start):.0f} ms for {len(copies)} requests")


def release_pack() -> None:
    config = Config()
    request = load_request(EXAMPLE)
    times = []
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        build_release_pack(request, Path(out), config, redactor=new_redactor(config))
        print(f"first release pack, loading the spaCy model: {time.perf_counter() - start:.2f} s")
        for _ in range(RUNS):
            start = time.perf_counter()
            pack = build_release_pack(request, Path(out), config, redactor=new_redactor(config))
            times.append(time.perf_counter() - start)
    print(f"release pack (md, html, docx, schedule, key, verify) from the example CLR: "
          f"median {statistics.median(times):.2f} s over {RUNS} runs, {len(pack.redactions)} redactions")


if __name__ == "__main__":
    deadlines()
    status_of_many()
    release_pack()
