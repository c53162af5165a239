"""Score `reviewgen detect` on Presidio's synthetic data set, beside Presidio itself.

    .venv/bin/python benchmarks/detection.py [--limit N] [--data PATH]

Scoring (../shared/benchmarks/README.md): a direct identifier (PERSON, STREET_ADDRESS,
PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS,
US_DRIVER_LICENSE, ZIP_CODE) is caught only when every character of it is detected;
precision is the share of detected characters inside any gold span, of any type;
throughput is characters per second of detection after the model is loaded.

Presidio (the optional `compare` extra) runs in the same process on the same spaCy model
when installed; without it only reviewgen's figures are printed.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "presidio_synth_dataset_v2.json"
DIRECT = {"PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
          "US_SSN", "IP_ADDRESS", "US_DRIVER_LICENSE", "ZIP_CODE"}


def score(records: list[dict], detected: list[list[tuple[int, int]]]) -> dict:
    caught = total = inside = flagged = 0
    missed: Counter = Counter()
    for record, spans in zip(records, detected):
        chars = {i for start, end in spans for i in range(start, end)}
        gold_chars = {i for s in record["spans"] for i in range(s["start_position"], s["end_position"])}
        flagged += len(chars)
        inside += len(chars & gold_chars)
        for s in record["spans"]:
            if s["entity_type"] not in DIRECT:
                continue
            total += 1
            if all(i in chars for i in range(s["start_position"], s["end_position"])):
                caught += 1
            else:
                missed[s["entity_type"]] += 1
    return {"recall": caught / total if total else 0.0, "precision": inside / flagged if flagged else 0.0,
            "entities": total, "missed": dict(missed.most_common())}


def run_reviewgen(texts: list[str]) -> tuple[list[list[tuple[int, int]]], float]:
    from reviewgen.config import DEFAULT_MODEL
    from reviewgen.redact import Redactor, load_policy

    detector = Redactor(load_policy(None), nlp_model=DEFAULT_MODEL).detector
    list(detector.detect_many(texts[:20]))  # load the model outside the timing
    started = time.perf_counter()
    spans = [[(c.start, c.end) for c in found] for found in detector.detect_many(texts)]
    return spans, time.perf_counter() - started


def run_presidio(texts: list[str]):
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError:
        return None
    import tldextract.tldextract as tld

    from reviewgen.config import DEFAULT_MODEL

    # Offline: the bundled public-suffix snapshot, never a download.
    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=())
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": DEFAULT_MODEL}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    for text in texts[:20]:
        analyzer.analyze(text, language="en")
    started = time.perf_counter()
    spans = [[(r.start, r.end) for r in analyzer.analyze(text, language="en")] for text in texts]
    return spans, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records")
    parser.add_argument("--missed", action="store_true", help="list missed entity counts by type")
    args = parser.parse_args()
    records = json.loads(args.data.read_text(encoding="utf-8"))[: args.limit]
    texts = [r["full_text"] for r in records]
    chars = sum(len(t) for t in texts)

    rows = []
    spans, seconds = run_reviewgen(texts)
    rows.append(("reviewgen detect (default policy)", score(records, spans), chars / seconds))
    presidio = run_presidio(texts)
    if presidio is not None:
        p_spans, p_seconds = presidio
        rows.append(("Presidio analyzer, default recognisers, same model", score(records, p_spans),
                     chars / p_seconds))
    else:
        print("Presidio not installed (pip install '.[compare]'): reviewgen figures only.\n")

    print(f"{len(records)} texts, {chars:,} characters, {rows[0][1]['entities']} direct identifiers\n")
    print("| system | direct-identifier recall | character precision | throughput |")
    print("|---|---|---|---|")
    for name, result, speed in rows:
        print(f"| {name} | {result['recall']:.3f} | {result['precision']:.3f} | {speed / 1000:,.0f}k chars/s |")
    if len(rows) == 2:
        print(f"\nreviewgen throughput is {rows[0][2] / rows[1][2]:.1f}x Presidio's in this run.")
    if args.missed:
        for name, result, _ in rows:
            print(f"\nmissed by {name}: {result['missed']}")


if __name__ == "__main__":
    main()
