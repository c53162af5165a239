"""The word lists detection reads, from one loader: the shipped lists in reviewgen/data/
and a policy's local additions (`word_lists:`: estates and towns, local not-names, staff
and phrases to keep, local given names).

Shipped lists are lower case, one entry a line; lines starting "#" are comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
# Given names: a capitalised word in it is a name even standing alone.
FIRST_NAMES_FILE = DATA_DIR / "first-names.txt"
# Everyday words mostly written in lower case ("information", "director"): Title Case runs
# of them are council language, not names. Built by scripts/make_common_words.py.
COMMON_WORDS_FILE = DATA_DIR / "common-words.txt"
# UK local authorities, counties, cities and towns: place names at authority level stay.
PLACES_FILE = DATA_DIR / "uk-places.txt"
# Languages, peoples, vehicle makes, apps: never a name alone or first in a name.
NOT_NAMES_FILE = DATA_DIR / "not-names.txt"
# Words that end a company's or organisation's name ("Tableau Software"): never a surname last.
ORGANISATION_WORDS_FILE = DATA_DIR / "organisation-words.txt"
# Surnames that are everyday words ("Hill", "Brown"): the leak check reads them alone only
# when written with their capital.
WORD_SURNAMES_FILE = DATA_DIR / "word-surnames.txt"


class WordListSettings(BaseModel):
    """The policy's `word_lists:` section: local entries added to the shipped lists."""

    model_config = ConfigDict(extra="forbid")

    # Estates, villages, towns and wards of the area: a place, not a person.
    places: list[str] = []
    # Local words never a name on their own: a scheme, a building, a product.
    not_names: list[str] = []
    # Staff and phrases to keep wherever they appear (added to the allowlist).
    keep: list[str] = []
    # Given names common locally that the shipped list lacks.
    first_names: list[str] = []


@dataclass(frozen=True)
class WordLists:
    """Every list, lower case. `keep` holds phrases; the others single words."""

    first_names: frozenset[str]
    common_words: frozenset[str]
    places: frozenset[str]
    not_names: frozenset[str]
    keep: frozenset[str] = frozenset()
    organisation_words: frozenset[str] = frozenset()

    def contradictions(self) -> dict[str, frozenset[str]]:
        """Entries two lists disagree on, by the pair of lists: a given name (find it alone)
        that is also never a name, an everyday word or a place (keep it alone)."""
        pairs = {
            "first_names & not_names": self.first_names & self.not_names,
            "first_names & common_words": self.first_names & self.common_words,
            "first_names & places": self.first_names & self.places,
            "first_names & organisation_words": self.first_names & self.organisation_words,
        }
        return {pair: words for pair, words in pairs.items() if words}


def read_word_list(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _local(entries: list[str]) -> frozenset[str]:
    # Single spaces, lower case: the shipped lists' form.
    return frozenset(" ".join(e.split()).lower() for e in entries if e.strip())


@cache
def shipped_word_lists() -> WordLists:
    return WordLists(
        first_names=read_word_list(FIRST_NAMES_FILE),
        common_words=read_word_list(COMMON_WORDS_FILE),
        places=read_word_list(PLACES_FILE),
        not_names=read_word_list(NOT_NAMES_FILE),
        organisation_words=read_word_list(ORGANISATION_WORDS_FILE),
    )


_LOADED: dict[str, WordLists] = {}


def load_word_lists(settings: WordListSettings | None = None) -> WordLists:
    """The shipped lists with the policy's local entries added; cached per settings."""
    if settings is None:
        return shipped_word_lists()
    key = settings.model_dump_json()
    if key not in _LOADED:
        shipped = shipped_word_lists()
        _LOADED[key] = WordLists(
            first_names=shipped.first_names | _local(settings.first_names),
            common_words=shipped.common_words,
            places=shipped.places | _local(settings.places),
            not_names=shipped.not_names | _local(settings.not_names),
            keep=_local(settings.keep),
            organisation_words=shipped.organisation_words,
        )
    return _LOADED[key]


@cache
def word_surnames() -> frozenset[str]:
    """Surnames that are also everyday lower-case words (see WORD_SURNAMES_FILE)."""
    return read_word_list(WORD_SURNAMES_FILE)
