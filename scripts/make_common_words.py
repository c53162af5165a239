"""Regenerate reviewgen/data/common-words.txt: everyday English words, lower case.

A word is listed when it is reasonably frequent and written in lower case at least e (about
2.7) times as often as capitalised, so "information", "assessment" and "director" are listed
and "Jayden", "Becker" and "Rose" are not. The detector uses the list to tell a run of Title
Case council language ("Assistant Director", "Data Protection") from a person's name.

Source: the English word probabilities in spacy-lookups-data (MIT licence), which is not a
dependency of reviewgen: fetch it once to rebuild the list, e.g.

    pip download --no-deps -d /tmp/lookups spacy-lookups-data==1.0.5
    python scripts/make_common_words.py /tmp/lookups/spacy_lookups_data-1.0.5-py2.py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "reviewgen" / "data"
MIN_LOG_PROB = -15.0   # about the 60,000 most frequent words
MIN_CASE_MARGIN = 1.0  # log-probability by which the lower-case form must win
MIN_SHORT_LOG_PROB = -13.5  # words of 3 letters or fewer: only the frequent ones ("hub", not "agi")


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        probs = json.loads(gzip.decompress(archive.read("spacy_lookups_data/data/en_lexeme_prob.json.gz")))
    given = {w.strip() for w in (DATA / "first-names.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")}
    words = sorted(
        w for w, p in probs.items()
        if w.isalpha() and w.islower() and len(w) >= 2 and w not in given
        and p >= (MIN_LOG_PROB if len(w) > 3 else MIN_SHORT_LOG_PROB)
        and p - probs.get(w.capitalize(), -99.0) >= MIN_CASE_MARGIN
    )
    header = (
        "# Everyday English words, lower case, one a line: written in lower case far more often\n"
        "# than capitalised. Derived by scripts/make_common_words.py from the word probabilities in\n"
        "# spacy-lookups-data 1.0.5 (MIT licence); given names in first-names.txt are left out.\n"
    )
    (DATA / "common-words.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words")


if __name__ == "__main__":
    main(sys.argv[1])
