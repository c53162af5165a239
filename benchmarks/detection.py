"""Score `reviewgen detect` on every gold set, beside Presidio in the same run.

    .venv/bin/python benchmarks/detection.py [--set NAME ...] [--missed] [--false-positives]
                                             [--no-presidio] [--limit N]

Sets (benchmarks/data/, see benchmarks/README.md for their sources and splits):
- presidio-synthetic: Presidio's own synthetic sentences (MIT), scored on its direct
  identifiers, with the `international` recogniser profile (its formats are mostly US);
- uk-invented-dev / uk-invented-holdout: invented UK youth-justice case documents;
- uk-real-dev / uk-real-holdout (and uk-real2-*): excerpts of real published UK council
  papers, minutes, inspection letters, FOI and planning decisions, judgments;
- court-dev / court-holdout: real judgments (TAB's ECHR dev split and UK judgments);
- uk-real3-dev / uk-real3-holdout: a third set of real UK excerpts (parish councils, health
  and wellbeing boards, EAT judgments, ombudsman decisions), split by a hash of the body.
Holdout sets are never tuned on: report them as they come.

Scoring, per set:
- recall (redact + review): a gold entity is caught only when every one of its characters
  is inside a detected span of either tier; a title before a name ("Sir", "Mr", "Judge")
  and a possessive or "QC" after it are not required (issue 10's scorer says the same);
- redact-tier recall and precision: the same with the review tier left out; precision is
  the share of redact-tier characters inside any gold span;
- review spans per 10,000 characters: how many questions a person is asked;
- throughput: characters per second of detection after the model is loaded.
Presidio runs with its default recognisers on the same spaCy model; every span it returns
counts (it has no tiers). Gold documents are detected as one document split into
paragraphs on blank lines, as a Word file is.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
PRESIDIO_DIRECT = {"PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
                   "US_SSN", "IP_ADDRESS", "US_DRIVER_LICENSE", "ZIP_CODE"}
SETS = {
    "presidio-synthetic": "presidio_synth_dataset_v2.json",
    "uk-invented-dev": "uk_case_documents.json",
    "uk-invented-holdout": "uk_holdout_documents.json",
    "uk-real-dev": "uk_real_dev.json",
    "uk-real-holdout": "uk_real_holdout.json",
    "uk-real2-dev": "uk_real2_dev.json",
    "uk-real2-holdout": "uk_real2_holdout.json",
    "court-dev": "court_dev.json",
    "court-holdout": "court_holdout.json",
    "uk-real3-dev": "uk_real3_dev.json",
    "uk-real3-holdout": "uk_real3_holdout.json",
    "uk-real4-dev": "uk_real4_dev.json",
    "uk-real4-holdout": "uk_real4_holdout.json",
    "uk-real5-dev": "uk_real5_dev.json",
    "uk-real5-holdout": "uk_real5_holdout.json",
    "uk-real6-dev": "uk_real6_dev.json",
    "uk-real6-holdout": "uk_real6_holdout.json",
    "uk-real7-dev": "uk_real7_dev.json",
    "uk-real7-holdout": "uk_real7_holdout.json",
    "uk-real8-dev": "uk_real8_dev.json",
    "uk-real8-holdout": "uk_real8_holdout.json",
    "tab2-dev": "tab2_dev.json",
    "tab2-holdout": "tab2_holdout.json",
}
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
CONTEXT = 40
# What a gold name may carry that need not be removed with it: a title before, and a
# possessive or a silk's letters after ("Sir John Quennell", "Judge Tremayne QC", "Jayden's").
TITLE_BEFORE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Judge|Professor|Prof|His Honour|"
                          r"Her Honour|Cllr|Councillor)\.?[ \t]+)+")
AFTER_NAME = re.compile(r"(?:['’]s|,?[ \t]+(?:QC|KC|Q\.C\.|K\.C\.))$")


def required(text: str, start: int, end: int, label: str) -> range:
    """The characters of a gold entity that must be removed for it to count as caught."""
    if label == "name":
        value = text[start:end]
        title = TITLE_BEFORE.match(value)
        if title and title.end() < len(value):
            start += title.end()
        after = AFTER_NAME.search(text, start, end)
        if after and after.start() > start:
            end = after.start()
    return range(start, end)


@dataclass
class Gold:
    id: str
    text: str
    spans: list[tuple[int, int, str]]  # start, end, label; labels starting "tab_" are context only


def load_set(name: str, limit: int | None = None) -> list[Gold] | None:
    path = DATA_DIR / SETS[name]
    if not path.exists():
        return None
    records = json.loads(path.read_text(encoding="utf-8"))[:limit]
    if name == "presidio-synthetic":
        return [Gold(str(i), r["full_text"],
                     [(s["start_position"], s["end_position"],
                       s["entity_type"] if s["entity_type"] in PRESIDIO_DIRECT else "tab_" + s["entity_type"])
                      for s in r["spans"]])
                for i, r in enumerate(records)]
    return [Gold(r["id"], r["text"], [(s["start"], s["end"], s["label"]) for s in r["spans"]]) for r in records]


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The text's paragraphs (split on blank lines) with their offsets in the text."""
    found, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        found.append((pos, text[pos:m.start()]))
        pos = m.end()
    found.append((pos, text[pos:]))
    return [(offset, para) for offset, para in found if para.strip()]


def load_detector(profile: str):
    from reviewgen.config import DEFAULT_MODEL
    from reviewgen.redact import Redactor, load_policy

    policy = load_policy(None)
    policy.recognisers = policy.recognisers.model_copy(update={"profile": profile})
    return Redactor(policy, nlp_model=DEFAULT_MODEL).detector


def run_reviewgen(detector, docs: list[Gold], whole: bool = False) -> tuple[list[list[dict]], float]:
    detect_document(detector, docs[0].text)  # load the model outside the timing
    started = time.perf_counter()
    if whole:  # many short independent texts: batched through spaCy, as `reviewgen detect` does
        found = [[{"start": c.start, "end": c.end, "tier": c.tier, "category": c.category, "source": c.source}
                  for c in candidates] for candidates in detector.detect_many([d.text for d in docs])]
    else:
        found = [detect_document(detector, d.text) for d in docs]
    return found, time.perf_counter() - started


def detect_document(detector, text: str, whole: bool = False) -> list[dict]:
    """Spans of one document; `whole` reads it as one segment (Presidio's sentences, whose
    addresses run over blank lines), otherwise as paragraphs split on blank lines."""
    parts = [(0, text)] if whole else paragraphs(text)
    results = detector.detect_document([p for _, p in parts])
    return [{"start": offset + c.start, "end": offset + c.end, "tier": c.tier,
             "category": c.category, "source": c.source}
            for (offset, _), candidates in zip(parts, results) for c in candidates]


def presidio_analyzer():
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
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def run_presidio(analyzer, docs: list[Gold]) -> tuple[list[list[dict]], float]:
    analyzer.analyze(docs[0].text, language="en")
    started = time.perf_counter()
    found = [[{"start": r.start, "end": r.end, "tier": "redact", "category": r.entity_type, "source": "presidio"}
              for r in analyzer.analyze(d.text, language="en")] for d in docs]
    return found, time.perf_counter() - started


def score(docs: list[Gold], found: list[list[dict]]) -> dict:
    entities = caught_any = caught_redact = flagged = inside = review = 0
    every_type = every_type_caught = 0  # TAB's dates, places and bodies counted too
    missed, false_positives = [], []
    for doc, spans in zip(docs, found):
        every = {i for s in spans for i in range(s["start"], s["end"])}
        redact = {i for s in spans if s["tier"] == "redact" for i in range(s["start"], s["end"])}
        gold_chars = {i for start, end, _ in doc.spans for i in range(start, end)}
        flagged += len(redact)
        inside += len(redact & gold_chars)
        review += sum(1 for s in spans if s["tier"] == "review")
        for start, end, label in doc.spans:
            chars = required(doc.text, start, end, label)
            every_type += 1
            every_type_caught += all(i in every for i in chars)
            if label.startswith("tab_"):
                continue
            entities += 1
            if all(i in every for i in chars):
                caught_any += 1
            else:
                missed.append(f"[{label}] {doc.id}: {_context(doc.text, start, end)}")
            caught_redact += all(i in redact for i in chars)
        for s in spans:
            if not any(i in gold_chars for i in range(s["start"], s["end"])):
                false_positives.append(f"[{s['category']}/{s['source']}/{s['tier']}] {doc.id}: "
                                       f"{_context(doc.text, s['start'], s['end'])}")
    chars = sum(len(d.text) for d in docs)
    return {"entities": entities, "recall": caught_any / entities if entities else 0.0,
            "redact_recall": caught_redact / entities if entities else 0.0,
            "precision": inside / flagged if flagged else 0.0,
            "review_per_10k": review * 10_000 / chars if chars else 0.0,
            "recall_every_type": every_type_caught / every_type if every_type else 0.0,
            "has_context_labels": every_type > entities,
            "missed": missed, "false_positives": false_positives}


def _context(text: str, start: int, end: int) -> str:
    before, after = text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]
    return f"{before}«{text[start:end]}»{after}".replace("\n", " ⏎ ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="score only these sets")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records of each set")
    parser.add_argument("--missed", action="store_true", help="list missed gold entities with context")
    parser.add_argument("--false-positives", action="store_true", help="list spans overlapping no gold span")
    parser.add_argument("--no-presidio", action="store_true", help="reviewgen only")
    args = parser.parse_args()

    analyzer = None if args.no_presidio else presidio_analyzer()
    if analyzer is None and not args.no_presidio:
        print("Presidio not installed (make compare): reviewgen figures only.\n")
    detectors: dict[str, object] = {}
    print("| set | documents | characters | entities | system | recall (redact + review) | redact recall "
          "| redact precision | review spans / 10k chars | throughput |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    listings = []
    for name in args.set or list(SETS):
        docs = load_set(name, args.limit)
        if docs is None:
            print(f"| {name} | (not built) | | | | | | | | |")
            continue
        profile = "international" if name == "presidio-synthetic" else "uk"
        detector = detectors.setdefault(profile, load_detector(profile))
        chars = sum(len(d.text) for d in docs)
        found, seconds = run_reviewgen(detector, docs, whole=name == "presidio-synthetic")
        ours = score(docs, found)
        head = f"| {name} | {len(docs)} | {chars:,} | {ours['entities']}"
        print(f"{head} | reviewgen | {ours['recall']:.3f} | {ours['redact_recall']:.3f} | {ours['precision']:.3f} "
              f"| {ours['review_per_10k']:.1f} | {chars / seconds / 1000:,.1f}k chars/s |")
        if analyzer is not None:
            p_found, p_seconds = run_presidio(analyzer, docs)
            theirs = score(docs, p_found)
            print(f"| | | | | Presidio | {theirs['recall']:.3f} | {theirs['recall']:.3f} | {theirs['precision']:.3f} "
                  f"| - | {chars / p_seconds / 1000:,.1f}k chars/s ({p_seconds / seconds:.1f}x slower) |")
        if ours["has_context_labels"]:
            # TAB's annotators also mask the dates, places and bodies of a judgment's facts.
            line = f"| | | | | (every annotated type) | reviewgen {ours['recall_every_type']:.3f}"
            if analyzer is not None:
                line += f", Presidio {theirs['recall_every_type']:.3f}"
            print(line + " | | | | |")
        listings.append((name, ours))
    for name, ours in listings:
        if args.missed:
            print(f"\n## {name}: missed ({len(ours['missed'])})\n")
            print("\n".join(ours["missed"]))
        if args.false_positives:
            print(f"\n## {name}: spans overlapping no gold span ({len(ours['false_positives'])})\n")
            print("\n".join(ours["false_positives"]))
            values = Counter(line.split("«", 1)[1].split("»", 1)[0] for line in ours["false_positives"])
            print("\nmost frequent:", ", ".join(f"{v} ({n})" for v, n in values.most_common(15)))


if __name__ == "__main__":
    main()
