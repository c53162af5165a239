"""Themes across reviews: recurring learning in CLRs, ELRs and inspection recommendations.

Every learning item, recommendation and action is an *item*. spaCy's tagger and
lemmatizer reduce each item to its content words (nouns, verbs, adjectives, and the
two-word phrases they form, e.g. "management oversight"). A keyword that items from two
or more sources share is a candidate theme; candidates that cover mostly the same items
are merged, so each theme is explained by the words its items have in common. Nothing is
learned from data outside the inputs, so the same files always give the same themes.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

from reviewgen.errors import InputError

# What the learning is about, not what to do about it: verbs ("introduce", "deliver")
# are shared by unrelated recommendations.
CONTENT_POS = ("NOUN", "PROPN", "ADJ")
# Words every review and action plan uses; they say nothing about what the learning is.
GENERIC_WORDS = frozenset("""
    child children young person people service services make agree ensure every case cases youth justice
    team action actions plan plans recommendation recommendations review reviews know known work need needs
    include use take give get improve complete completion sure new current day days week month year
    yjs yos yot board member members report reports meet meeting within following follow
""".split())
MERGE_OVERLAP = 0.5  # keywords whose items overlap this much (Jaccard) are one theme


@dataclass(frozen=True)
class Item:
    """One piece of learning, recommendation or action, from one source."""

    source: str
    kind: str  # "learning", "recommendation" or "action"
    reference: str
    text: str
    agencies: tuple[str, ...] = ()
    measure: str | None = None
    target: str | None = None


@dataclass
class Theme:
    keywords: list[str]
    items: list[Item]
    sources: list[str]
    agencies: list[str]
    score: float
    measures: list[Item] = field(default_factory=list)
    keyword_counts: dict[str, int] = field(default_factory=dict)  # keyword -> items of the theme that have it

    @property
    def title(self) -> str:
        """Up to three keywords, leaving out words already in a phrase shown."""
        in_phrases = {part for word in self.keywords if " " in word for part in word.split()}
        words = [w for w in self.keywords if " " in w or w not in in_phrases]
        return ", ".join(words[:3]).capitalize()

    @property
    def explanation(self) -> str:
        linked = ", ".join(f'"{k}" ({self.keyword_counts[k]} items)' for k in self.keywords)
        return f"{len(self.items)} items from {len(self.sources)} sources, linked by the words {linked}"


# --- reading the inputs ------------------------------------------------------------

def items_from_files(paths: Sequence[Path]) -> list[Item]:
    """Items from CLR/ELR YAML and YAML action plans; other files are bad input."""
    from reviewgen.review.loading import load_document
    from reviewgen.review.notification import SeriousIncidentNotification
    from reviewgen.tracker.plans import is_action_plan_yaml, load_plan_yaml

    items: list[Item] = []
    problems = []
    for path in paths:
        try:
            if is_action_plan_yaml(path):
                items += _plan_items(load_plan_yaml(path))
                continue
            document = load_document(path)
        except InputError as exc:
            problems += exc.problems
            continue
        if not isinstance(document, SeriousIncidentNotification):
            items += _review_items(document)
    if problems:
        raise InputError(problems)
    return items


def _review_items(review) -> list[Item]:
    source = review.reference
    items = [Item(source, "learning", item.id, item.text) for item in review.learning]
    for rec in review.recommendations:
        agencies = tuple(dict.fromkeys([rec.agency, *(a.agency for a in rec.actions if a.agency)]))
        items.append(Item(source, "recommendation", rec.id, rec.text, agencies, rec.measure, rec.target))
        items += [Item(source, "action", a.reference, a.description, (a.agency or rec.agency,))
                  for a in rec.actions]
    items += [Item(source, "action", a.reference, a.action, (a.agency,))
              for a in getattr(review, "action_plan", [])]
    return items


def _plan_items(plan) -> list[Item]:
    source = plan.source.reference
    items = []
    for rec in plan.recommendations:
        agencies = tuple(dict.fromkeys(a.agency for a in rec.actions if a.agency))
        if rec.text:
            items.append(Item(source, "recommendation", rec.number, rec.text, agencies))
        items += [Item(source, "action", a.reference, a.description, (a.agency,) if a.agency else ())
                  for a in rec.actions if a.description]
    return items


# --- keywords ----------------------------------------------------------------------

@cache
def _lemmatizer(model_name: str):
    """The pipeline's tagger and lemmatizer only: the parser and NER are not needed."""
    import spacy

    try:
        return spacy.load(model_name, exclude=["parser", "ner", "senter"])
    except OSError:
        raise InputError.single("config", f"the spaCy model '{model_name}' is not installed",
                                field="redaction.nlp_model",
                                fix="install the pinned model (make venv) or name an installed pipeline") from None


def keywords(texts: Iterable[str], model_name: str, stop_words: frozenset[str] = frozenset()) -> list[set[str]]:
    """For each text, its content lemmas (nouns, adjectives) and the two-word phrases of
    neighbouring ones."""
    ignore = GENERIC_WORDS | stop_words
    result = []
    for doc in _lemmatizer(model_name).pipe(texts):
        words: list[str | None] = []
        for token in doc:
            lemma = token.lemma_.lower()
            keep = (token.pos_ in CONTENT_POS and token.is_alpha and not token.is_stop
                    and len(lemma) > 2 and lemma not in ignore)
            words.append(lemma if keep else None)
        terms = {w for w in words if w}
        terms |= {f"{a} {b}" for a, b in pairwise(words) if a and b and a != b}
        result.append(terms)
    return result


# --- grouping ----------------------------------------------------------------------

def find_themes(items: Sequence[Item], model_name: str, stop_words: frozenset[str] = frozenset(),
                min_sources: int = 2, max_share: float = 0.25) -> list[Theme]:
    """Recurring themes: keywords shared by items of at least `min_sources` sources.

    A keyword in more than `max_share` of all items is too common to mean a theme.
    """
    if not items:
        return []
    terms = keywords((item.text for item in items), model_name, stop_words)
    holders: dict[str, set[int]] = defaultdict(set)
    for index, item_terms in enumerate(terms):
        for term in item_terms:
            holders[term].add(index)
    limit = max(2, math.floor(max_share * len(items)))
    candidates = []
    for term, indexes in holders.items():
        sources = {items[i].source for i in indexes}
        if len(sources) < min_sources or len(indexes) > limit:
            continue
        # Rarer words, phrases and wider spread make a stronger theme.
        weight = math.log(len(items) / len(indexes)) * (1.5 if " " in term else 1.0)
        candidates.append((weight * len(sources), term, indexes))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    groups: list[tuple[list[str], set[int], float]] = []
    for score, term, indexes in candidates:
        for words, members, _ in groups:
            overlap = len(members & indexes) / len(members | indexes)
            if overlap >= MERGE_OVERLAP:
                words.append(term)
                members |= indexes
                break
        else:
            groups.append(([term], set(indexes), score))
    # One shared word is a coincidence; a theme needs a phrase or two words in common.
    themes = [_theme(words, members, score, items, holders) for words, members, score in groups
              if len(words) > 1 or " " in words[0]]
    return sorted(themes, key=lambda t: (-len(t.sources), -t.score, t.title))


def _theme(words: list[str], members: set[int], score: float, items: Sequence[Item],
           holders: dict[str, set[int]]) -> Theme:
    chosen = [items[i] for i in sorted(members)]
    # A phrase explains best, so it comes first; the title is made of the first three.
    shown = [w for w in words if " " in w] + [w for w in words if " " not in w]
    agencies = sorted({agency for item in chosen for agency in item.agencies}, key=str.lower)
    return Theme(keywords=shown, items=chosen, sources=sorted({i.source for i in chosen}), agencies=agencies,
                 score=score, measures=[i for i in chosen if i.measure],
                 keyword_counts={word: len(holders[word] & members) for word in shown})


def organisation_words(*names: str) -> frozenset[str]:
    """Words of the organisation's own name: every source shares them, so they are no theme."""
    return frozenset(word.lower() for name in names for word in re.findall(r"[A-Za-z]+", name))


# --- the report ----------------------------------------------------------------------

def themes_markdown(themes: Sequence[Theme], items: Sequence[Item], config, today,
                    readings: dict | None = None) -> str:
    from reviewgen.render import render_template

    sources = sorted({item.source for item in items})
    return render_template("review/themes.md.j2", {"themes": themes, "sources": sources, "items": items,
                                                   "today": today, "organisation": config.organisation,
                                                   "readings": readings}, config)


def measure_readings(tracker_url: str) -> dict:
    """(source, recommendation) -> the tracker's MeasureView, to say whether each measure moved."""
    from reviewgen.tracker import open_tracker
    from reviewgen.tracker.measures import read_measures

    return {(m.source, m.recommendation): m for m in read_measures(open_tracker(tracker_url))}


def write_themes(paths: Sequence[Path], out_stem: Path, formats: Iterable[str], config, today,
                 tracker_url: str | None = None) -> tuple[list[Theme], list[Path]]:
    """Find the themes across `paths` and write the report as `out_stem`.<format>; with a
    tracker, each linked measure says whether its readings moved."""
    from reviewgen.render import DocumentMeta, write_document

    items = items_from_files(paths)
    readings = measure_readings(tracker_url) if tracker_url else None
    org = config.organisation
    themes = find_themes(items, config.redaction.nlp_model, organisation_words(org.name, org.council))
    meta = DocumentMeta(title="Themes across learning reviews and inspections", author=org.name, created=today,
                        subject="Recurring learning", keywords="themes; learning reviews; recommendations")
    return themes, write_document(themes_markdown(themes, items, config, today, readings), meta, out_stem,
                                  formats, config)
