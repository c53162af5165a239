"""Score `reviewgen detect` on invented UK youth-justice case documents (the UK gold set).

    .venv/bin/python benchmarks/uk_documents.py [--missed] [--false-positives] [--data PATH]

The gold set (benchmarks/data/uk_case_documents.json, built by
benchmarks/data/make_uk_case_documents.py) holds learning-review extracts, chronologies,
case notes, minutes, emails, FOI letters, action plans and board reports, with every item
of personal data marked by category. Each document is detected as ONE document, its text
split into paragraphs on blank lines (`Detector.detect_document`), so names found in one
paragraph carry to the others as they do for a Word file.

Scoring:
- entity recall: a gold entity is caught only when every character of it is detected
  (by any category); recall is also given per gold label and per genre;
- character precision: the share of detected characters inside any gold span;
- false-positive spans: detected spans that overlap no gold span at all (over-redaction
  of text that must stay: role titles, teams, legislation, headings);
- throughput: characters per second of detection after the model is loaded.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "uk_case_documents.json"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
CONTEXT = 40


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The text's paragraphs (split on blank lines) with their offsets in the text."""
    found, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        found.append((pos, text[pos:m.start()]))
        pos = m.end()
    found.append((pos, text[pos:]))
    return [(offset, para) for offset, para in found if para.strip()]


def load_detector():
    from reviewgen.config import DEFAULT_MODEL
    from reviewgen.redact import Redactor, load_policy

    return Redactor(load_policy(None), nlp_model=DEFAULT_MODEL).detector


def detect(detector, text: str) -> list[dict]:
    """Detected spans of one document, with offsets in the whole text."""
    parts = paragraphs(text)
    results = detector.detect_document([p for _, p in parts])
    spans = []
    for (offset, _), candidates in zip(parts, results):
        for c in candidates:
            spans.append({"start": offset + c.start, "end": offset + c.end,
                          "category": c.category, "source": c.source})
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT):start]
    after = text[end:end + CONTEXT]
    return f"{before}«{text[start:end]}»{after}".replace("\n", " ⏎ ")


def score(records: list[dict], detected: list[list[dict]]) -> dict:
    total = caught = flagged = inside = 0
    by_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # label -> [caught, total]
    by_genre: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # caught, total, flagged, inside, fp
    missed, false_positives = [], []
    for record, spans in zip(records, detected):
        text, genre = record["text"], record["genre"]
        chars = {i for s in spans for i in range(s["start"], s["end"])}
        gold_chars = {i for g in record["spans"] for i in range(g["start"], g["end"])}
        flagged += len(chars)
        inside += len(chars & gold_chars)
        by_genre[genre][2] += len(chars)
        by_genre[genre][3] += len(chars & gold_chars)
        for g in record["spans"]:
            total += 1
            by_label[g["label"]][1] += 1
            by_genre[genre][1] += 1
            covered = sum(1 for i in range(g["start"], g["end"]) if i in chars)
            if covered == g["end"] - g["start"]:
                caught += 1
                by_label[g["label"]][0] += 1
                by_genre[genre][0] += 1
            else:
                missed.append({"id": record["id"], "label": g["label"], "value": text[g["start"]:g["end"]],
                               "partial": covered > 0, "context": context(text, g["start"], g["end"])})
        for s in spans:
            if not any(i in gold_chars for i in range(s["start"], s["end"])):
                by_genre[genre][4] += 1
                false_positives.append({"id": record["id"], "category": s["category"], "source": s["source"],
                                        "value": text[s["start"]:s["end"]],
                                        "context": context(text, s["start"], s["end"])})
    return {"entities": total, "caught": caught, "recall": caught / total if total else 0.0,
            "precision": inside / flagged if flagged else 0.0, "flagged": flagged,
            "by_label": dict(by_label), "by_genre": dict(by_genre),
            "missed": missed, "false_positives": false_positives}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--missed", action="store_true", help="list missed gold entities with context")
    parser.add_argument("--false-positives", action="store_true",
                        help="list detected spans that overlap no gold span, with context")
    args = parser.parse_args()
    records = json.loads(args.data.read_text(encoding="utf-8"))
    chars = sum(len(r["text"]) for r in records)

    detector = load_detector()
    detect(detector, records[0]["text"])  # load the model outside the timing
    started = time.perf_counter()
    detected = [detect(detector, r["text"]) for r in records]
    seconds = time.perf_counter() - started
    result = score(records, detected)

    print(f"{len(records)} documents, {chars:,} characters, {result['entities']} gold entities\n")
    print("| system | entity recall | character precision | false-positive spans | throughput |")
    print("|---|---|---|---|---|")
    print(f"| reviewgen detect (default policy) | {result['recall']:.3f} ({result['caught']}/{result['entities']}) "
          f"| {result['precision']:.3f} | {len(result['false_positives'])} | {chars / seconds / 1000:,.0f}k chars/s |")

    print("\n| label | gold | caught | recall |")
    print("|---|---|---|---|")
    for label, (ok, n) in sorted(result["by_label"].items(), key=lambda kv: -kv[1][1]):
        print(f"| {label} | {n} | {ok} | {ok / n:.3f} |")

    print("\n| genre | documents | entities | recall | character precision | false-positive spans |")
    print("|---|---|---|---|---|---|")
    docs_per_genre = Counter(r["genre"] for r in records)
    for genre, (ok, n, flagged, inside, fp) in sorted(result["by_genre"].items()):
        recall = f"{ok / n:.3f}" if n else "-"
        precision = f"{inside / flagged:.3f}" if flagged else "-"
        print(f"| {genre} | {docs_per_genre[genre]} | {n} | {recall} | {precision} | {fp} |")

    if args.missed:
        missed = result["missed"]
        print(f"\n## Missed gold entities ({len(missed)}; * = partly detected)\n")
        for m in missed:
            star = "*" if m["partial"] else " "
            print(f"{star} [{m['label']}] {m['id']}: {m['context']}")
        print("\nmost often missed values:",
              ", ".join(f"{v} ({n})" for v, n in Counter(m["value"] for m in missed).most_common(15)))
    if args.false_positives:
        fps = result["false_positives"]
        print(f"\n## False-positive spans ({len(fps)})\n")
        for f in fps:
            print(f"[{f['category']}/{f['source']}] {f['id']}: {f['context']}")
        print("\nmost frequent false-positive values:",
              ", ".join(f"{v} ({n})" for v, n in Counter(f["value"] for f in fps).most_common(15)))


if __name__ == "__main__":
    main()
