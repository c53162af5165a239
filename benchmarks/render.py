"""Render a large CLR (200 chronology entries, 30 recommendations) to Word and print the time.

Target: under 1 second on the 2-core reference machine. Run: .venv/bin/python benchmarks/render.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import docx

from reviewgen.config import Config
from reviewgen.review import load_review
from reviewgen.review.rendering import render_review

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def large_review():
    review = load_review(ROOT / "reviews" / "clr-example.yaml")
    template_entry = review.chronology[0]
    review.chronology = [
        template_entry.model_copy(update={"date": date(2025, 1, 1) + timedelta(days=2 * n),
                                          "event": f"Contact {n}: home visit and review of the plan with the family."})
        for n in range(200)
    ]
    first = review.recommendations[0]
    review.recommendations = [first.model_copy(update={"id": f"R{n + 1}"}) for n in range(30)]
    review.learning = [item.model_copy(update={"recommendations": ["R1"]}) for item in review.learning]
    return review


def main() -> None:
    review = large_review()
    config = Config()
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "large-clr"
        for _ in range(RUNS):
            started = time.perf_counter()
            render_review(review, stem, ["docx"], config, date(2026, 11, 23))
            timings.append(time.perf_counter() - started)
        document = docx.Document(str(stem.with_suffix(".docx")))
        rows = sum(len(t.rows) for t in document.tables)
    print(f"render CLR to Word: 200 chronology entries, 30 recommendations ({rows} table rows)")
    print(f"  median {statistics.median(timings):.3f} s, best {min(timings):.3f} s over {RUNS} runs "
          f"(target < 1 s): {'PASS' if statistics.median(timings) < 1 else 'FAIL'}")


if __name__ == "__main__":
    main()
