"""The one release workflow: stage, verify, then move.

Everything meant for the public is written into a hidden staging folder inside the
release folder, checked there by the independent leak check (`verify.py`) against every
protected value, and only then moved into place. A file that fails is deleted; it is
never left in the release folder. No output is ever written over an input, and no two
outputs of one run share a name. `redact` uses it file by file; `foi respond` uses it
for a whole pack.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reviewgen.embedded import Approved, approved_for_redaction, foreign_objects
from reviewgen.errors import InputError, ReviewgenError
from reviewgen.redact.verify import KeyedChecker, Protected, Value, canonical, name_views, verify_file

if TYPE_CHECKING:
    from reviewgen.redact.records import SignOff
    from reviewgen.redact.redactor import Redactor


class Staging:
    """A hidden folder inside `destination` where a release is built and checked."""

    def __init__(self, destination: Path, protected_paths: Iterable[Path] = ()) -> None:
        self.destination = Path(destination)
        try:
            self.destination.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.destination))
        except OSError as exc:
            raise InputError.single(self.destination, "cannot be written to",
                                    fix="choose a folder you can write to") from exc
        self._inputs = {_identity(p) for p in protected_paths if p.exists()}

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *_: object) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def path(self, name: str) -> Path:
        return self.folder / name

    @staticmethod
    def leaks(files: Iterable[Path], protected: Iterable[Value], labels: Iterable[str] = ()) -> list[str]:
        """'file: part' for every staged file in which a protected value survives (the run's
        own `labels` read past)."""
        values, labels = list(protected), list(labels)
        # A name that itself holds the value is not repeated in the message.
        return [f"{path.name}: {part}" if part != "file name" else f"the name of its {path.suffix.lstrip('.')} file"
                for path in files for part in verify_file(path, values, labels)]

    def foreign_objects(self, files: Iterable[Path], approved: Approved) -> list[str]:
        """'file: part (...)' for every object a staged file embeds that `approved` does not
        allow (a picture not from the template or the assets, a package, an attachment)."""
        return [f"{path.relative_to(self.folder) if path.is_relative_to(self.folder) else path.name}: {part}"
                for path in files for part in foreign_objects(path, approved)]

    def move(self, staged: Path, name: str) -> Path:
        """Move a checked file or folder into the release folder; an existing release of
        the same name is replaced whole, an input never."""
        target = self.destination / name
        if target.exists() and _identity(target) in self._inputs:
            raise InputError.single(target, "is one of the inputs and would be overwritten",
                                    fix="choose another output folder with -o")
        if staged.is_dir() and target.exists():
            # A fresh name each time: several folders may be replaced from one staging.
            old = next(path for n in itertools.count(1) if not (path := self.folder / f".old-{n}").exists())
            target.rename(old)
        os.replace(staged, target)
        return target


def _identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino


# --- redacting files into a release -------------------------------------------------------

@dataclass
class FileResult:
    """What happened to one input. Never holds a value, only where and how many."""

    source: Path
    name: str = ""  # the released file's stem, free of personal data
    released: Path | None = None
    schedule: Path | None = None
    key: Path | None = None
    proposal: Path | None = None
    redactions: int = 0
    removals: int = 0
    leaks: list[str] = field(default_factory=list)
    name_leaks: bool = False  # the input's file name, which names the released files, holds a value
    foreign: list[str] = field(default_factory=list)  # embedded objects not approved (`embedded.py`)
    problem: ReviewgenError | None = None

    @property
    def ok(self) -> bool:
        return not self.leaks and not self.name_leaks and not self.foreign and self.problem is None


def safe_stems(redactor: Redactor, sources: Sequence[Path], name: str | None = None) -> list[str]:
    """A released name per input: its stem with personal data replaced by labels (or
    `name`, numbered in a batch), made unique within the run regardless of suffix."""
    stems = []
    for number, source in enumerate(sources, start=1):
        if name:
            stem = name if len(sources) == 1 else f"{name}-{number}"
        else:
            stem = redactor.redact_text(source.stem, "file name")
        stems.append(_file_name(stem) or f"document-{number}")
    taken: set[str] = set()
    unique = []
    for stem in stems:
        candidate, n = stem, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate.casefold())
        unique.append(candidate)
    return unique


def _file_name(text: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", "-", text).strip(" .-")


def redact_files(redactor: Redactor, sources: Sequence[Path], out_dir: Path, key_dir: Path,
                 name: str | None = None, propose: bool = False,
                 sign_off: SignOff | None = None, proposed_by: str | None = None) -> list[FileResult]:
    """Redact each file into `out_dir` (schedules beside them, keys or proposals in
    `key_dir`), through staging and the leak check. A file that fails is reported in its
    result and leaves nothing in `out_dir`; the others go on. `sign_off` (who proposed
    and who approved, and when) is recorded at the foot of each schedule; `proposed_by`
    in each proposal."""
    from reviewgen.redact.records import proposal_from, write_key, write_proposal, write_schedule

    results = [FileResult(source) for source in sources]
    redactor.proposing = propose
    readable = []
    for result in results:  # names found in any file are redacted in all of them
        if len(results) == 1:
            readable.append(result)  # one file teaches itself: redacting reads it whole
            continue
        try:
            redactor.learn_file(result.source)
            readable.append(result)
        except InputError as problem:
            result.problem = problem
    # One file is named after it is redacted, when the names in it are known.
    stems = safe_stems(redactor, [r.source for r in readable], name) if len(results) > 1 else [""]
    with Staging(key_dir if propose else out_dir, sources) as staging:
        for result, stem in zip(readable, stems):
            first, first_removal = len(redactor.redactions), len(redactor.removals)
            suffix = result.source.suffix.lower()
            staged = staging.path(f"{stem or 'input'}-redacted{suffix}")
            try:
                redactor.redact_file(result.source, staged, location_prefix=f"{stem}{suffix}: "
                                     if len(sources) > 1 else "")
            except InputError as problem:
                result.problem = problem
                continue
            if not stem:
                stem = safe_stems(redactor, [result.source], name)[0]
                staged = staged.rename(staging.path(f"{stem}-redacted{suffix}"))
            result.name = stem
            found = redactor.redactions[first:]
            removed = redactor.removals[first_removal:]
            result.redactions, result.removals = len(found), len(removed)
            if propose:
                proposal = proposal_from(found, [str(result.source)])
                proposal.proposed_by, proposal.proposed_on = proposed_by, date.today()
                result.proposal = write_proposal(key_dir / f"{stem}-proposal.yaml", proposal)
                continue
            schedule = write_schedule(staging.path(f"{stem}-redaction-schedule.csv"), found, removed, sign_off)
            protected = protected_values(redactor)
            labels = {r.label for r in redactor.redactions}
            # The schedule's row numbers and positions ("paragraph 101") are written by the
            # run, not taken from the document: read past like labels. Its file name and
            # locations' stems are checked on their own (`_leaks_in_name`).
            positions = labels | {r.location for r in found} | {str(n) for n in range(1, len(found) + len(removed) + 2)}
            result.leaks = staging.leaks([staged], protected, labels) + staging.leaks([schedule], protected, positions)
            result.name_leaks = _leaks_in_name(stem, protected)
            result.foreign = staging.foreign_objects(
                [staged], approved_for_redaction(result.source, redactor.policy.pictures))
            if result.leaks or result.name_leaks or result.foreign:
                staged.unlink(missing_ok=True)
                schedule.unlink(missing_ok=True)
                continue
            result.key = write_key(key_dir / f"{stem}-KEY-NOT-FOR-RELEASE.csv", found)
            result.released = staging.move(staged, staged.name)
            result.schedule = staging.move(schedule, schedule.name)
    return results


def protected_values(redactor: Redactor) -> list[Protected]:
    """Everything the run removed or was told to remove, with its category."""
    values = {(r.original, r.category) for r in redactor.redactions}
    values |= {(k.value, k.category) for k in redactor.known_terms}
    return [Protected(v, c) for v, c in sorted(values)]


def _leaks_in_name(stem: str, protected: Sequence[Protected]) -> bool:
    checker = KeyedChecker(protected)
    return any(checker.found_in(canonical(view), canonical(view, fold=False)) for view in name_views(stem))
