"""Redact every case of the attack corpus through the CLI and check the release like an attacker.

Each case hides one invented person in one place Word or a text file keeps data. The
released folder (documents and schedules) must hold no planted value by the independent
checker in leakcheck.py; a run that fails its own check must release nothing; inputs never
change; released Word files open and keep the control phrases; and `reviewgen verify` must
never call clean a file the checker finds leaking. Messages name parts and value indexes only.
"""

from __future__ import annotations

import csv
import hashlib
import io
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import docx
import pytest
from typer.testing import CliRunner

from reviewgen.cli import app

from .attack_corpus import CASES, CONTROLS, PLANTED, REFUSABLE, VISIBLE, Case
from .leakcheck import Leak, Planted, decodings, find_leaks

runner = CliRunner()
IDS = [c.case_id for c in CASES]
CATEGORIES = ("name", "email", "phone", "date_of_birth")  # PLANTED's order


class Run(NamedTuple):
    case: Case
    source: Path
    source_digest: str
    release: Path
    internal: Path
    exit_code: int
    crash: str | None  # the exception's type when the CLI raised instead of exiting
    leaks: dict[Path, list[Leak]]  # by the checker, for every file in the release folder

    def __repr__(self) -> str:  # pytest prints test arguments: paths may hold the name
        return f"Run({self.case.case_id}, exit {self.exit_code})"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def describe(leaks: list[Leak]) -> str:
    return "; ".join(f"{leak.file}: {leak.part}: planted value #{leak.planted}" for leak in leaks)


def released_documents(release: Path) -> list[Path]:
    """What a run released for reading: everything but the CSV schedules."""
    if not release.exists():
        return []
    return sorted(p for p in release.rglob("*") if p.is_file() and p.suffix.lower() != ".csv")


def redact(case: Case, root: Path) -> Run:
    folder = root / case.case_id
    source = folder / "in" / case.filename
    source.parent.mkdir(parents=True)
    source.write_bytes(case.build())
    before = digest(source)
    release, internal = folder / "release", folder / "internal"
    result = runner.invoke(app, ["redact", str(source), "-o", str(release), "--key-dir", str(internal)])
    crash = None
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crash = type(result.exception).__name__
    files = sorted(p for p in release.rglob("*") if p.is_file()) if release.exists() else []
    leaks = {path: find_leaks(path, PLANTED) for path in files}
    return Run(case, source, before, release, internal, result.exit_code, crash, leaks)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Case], Run]:
    """One CLI run per case, shared by every check on that case."""
    root = tmp_path_factory.mktemp("attack")
    done: dict[str, Run] = {}

    def get(case: Case) -> Run:
        if case.case_id not in done:
            done[case.case_id] = redact(case, root)
        return done[case.case_id]

    return get


@pytest.fixture(params=CASES, ids=IDS)
def run(request: pytest.FixtureRequest, runs: Callable[[Case], Run]) -> Run:
    return runs(request.param)


def without_visible_sentence(data: bytes) -> bytes:
    """`data` with the sentence that names the person in plain sight replaced, part by part
    in a package (parts are compressed, so the bytes of the whole hold no sentence)."""
    if zipfile.is_zipfile(io.BytesIO(data)):
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
            for info in source.infolist():  # infolist keeps duplicate entries
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    target.writestr(info, without_visible_sentence(source.read(info)))
        return buffer.getvalue()
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        data = data.replace(VISIBLE.encode(encoding), "Someone attended the meeting.".encode(encoding))
    return data


def test_the_checker_sees_each_hiding_place(tmp_path: Path) -> None:
    """Guards the corpus and the checker: with the visible sentence gone, every input
    still holds the person somewhere (or a case would test nothing)."""
    blind = []
    for case in CASES:
        path = tmp_path / case.case_id / case.filename
        path.parent.mkdir()
        path.write_bytes(without_visible_sentence(case.build()))
        assert not find_leaks(path, [Planted(VISIBLE)]), f"{case.case_id}: the visible sentence is still there"
        if not find_leaks(path, PLANTED):
            blind.append(case.case_id)
    assert blind == []


def test_release_holds_no_planted_value(run: Run) -> None:
    leaks = [leak for found in run.leaks.values() for leak in found]
    assert not leaks, describe(leaks)


def test_a_failed_run_releases_nothing(run: Run) -> None:
    assert run.crash is None, f"the CLI raised {run.crash} instead of exiting with a message"
    assert run.exit_code in (0, 1, 2)
    if run.exit_code != 0:
        left = len(released_documents(run.release))
        assert left == 0, f"exit {run.exit_code} but document(s) left in the release folder"


def test_input_is_unchanged(run: Run) -> None:
    after = digest(run.source) if run.source.exists() else "missing"
    assert after == run.source_digest


def test_case_is_released_not_refused(run: Run) -> None:
    """Refusing is safe but useless: every case can be released once its hiding place is
    cleaned or dropped. Only input that cannot be decoded for sure may be refused (exit 2)."""
    allowed = (0, 2) if run.case.case_id in REFUSABLE else (0,)
    assert run.exit_code in allowed, f"exit {run.exit_code}"
    if run.exit_code == 0:
        released = len(released_documents(run.release))
        assert released == 1


def document_text(path: Path) -> str:
    if path.suffix.lower() != ".docx":
        return decodings(path.read_bytes())[0]
    document = docx.Document(str(path))
    cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def test_released_file_opens_and_keeps_the_controls(run: Run) -> None:
    for number, path in enumerate(released_documents(run.release), start=1):
        try:
            text = document_text(path)
        except Exception as error:  # reported by type only: a message may name the file
            text, failure = "", type(error).__name__
        else:
            failure = ""
        assert failure == "", f"released file {number} does not open"
        missing = [n for n, control in enumerate(CONTROLS) if control not in text]
        assert missing == [], f"control phrase(s) {missing} lost"


def key_with_planted_values(run: Run, target: Path) -> Path:
    """The run's own key plus every planted value, in the key's CSV format: verify gets
    all it needs to know, so a leak it misses is verify's blind spot."""
    rows: list[tuple[str, str]] = []
    for key in sorted(run.internal.glob("*KEY*.csv")) if run.internal.exists() else []:
        lines = [line for line in key.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        rows += [(row["category"], row["original"]) for row in csv.DictReader(lines) if row.get("original")]
    rows += [(category, p.value) for category, p in zip(CATEGORIES, PLANTED)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["label", "category", "original", "occurrences"])
    writer.writerows([f"Value {n}", category, value, 1] for n, (category, value) in enumerate(rows, start=1))
    target.write_text("# NOT FOR RELEASE - test key\n" + buffer.getvalue(), encoding="utf-8")
    return target


def test_verify_never_calls_a_leaking_file_clean(run: Run, tmp_path: Path) -> None:
    # Only files the checker finds leaking are verified: that is the claim, and verify on
    # every clean file would double the time of this module.
    leaking = [path for path in released_documents(run.release) if run.leaks[path]]
    key = key_with_planted_values(run, tmp_path / "key.csv")
    for path in leaking:
        result = runner.invoke(app, ["verify", str(path), "--key", str(key)])
        assert result.exception is None or isinstance(result.exception, SystemExit), "verify crashed"
        assert result.exit_code == 1, f"verify said clean; checker: {describe(run.leaks[path])}"


# --- batches: the same corpus, several files in one run --------------------------------

BATCH = ("docx-hidden-text", "docx-comments-people", "md-front-matter", "txt-utf16-bom",
         "txt-utf16le-no-bom", "docx-filename-person")


def test_a_batch_keeps_files_apart_and_goes_on(tmp_path: Path) -> None:
    """Same file names from different folders, a person-named file and a file that may be
    refused, in one run: no leak (schedule locations included), no output replaced by
    another, a refused file does not stop the rest, no input changes."""
    by_id = {c.case_id: c for c in CASES}
    sources = []
    for case_id in BATCH:
        source = tmp_path / case_id / by_id[case_id].filename
        source.parent.mkdir()
        source.write_bytes(by_id[case_id].build())
        sources.append((source, digest(source)))
    release = tmp_path / "release"
    result = runner.invoke(app, ["redact", *[str(s) for s, _ in sources], "-o", str(release),
                                 "--key-dir", str(tmp_path / "internal")])
    assert result.exception is None or isinstance(result.exception, SystemExit), "the CLI raised"
    assert result.exit_code in (0, 2), f"exit {result.exit_code}"
    refused = 1 if result.exit_code == 2 else 0  # only the UTF-16 file without a BOM may be
    released = len(released_documents(release))
    assert released == len(BATCH) - refused
    leaks = [leak for path in sorted(release.iterdir()) for leak in find_leaks(path, PLANTED)]
    assert not leaks, describe(leaks)
    assert [digest(s) for s, _ in sources] == [d for _, d in sources]


def test_no_output_overwrites_an_input(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(f"{VISIBLE}\n")
    looks_like_output = tmp_path / "notes-redacted.md"
    looks_like_output.write_text("Already released by hand.\n")
    before = [digest(notes), digest(looks_like_output)]
    runner.invoke(app, ["redact", str(notes), str(looks_like_output), "-o", str(tmp_path),
                        "--key-dir", str(tmp_path / "internal")])
    assert [digest(notes), digest(looks_like_output)] == before


def test_verify_on_a_folder_is_bad_input_not_a_leak(tmp_path: Path) -> None:
    key = tmp_path / "key.csv"
    key.write_text("label,category,original,occurrences\nPerson 1,name,Someone Else,1\n")
    result = runner.invoke(app, ["verify", str(tmp_path), "--key", str(key)])
    assert result.exception is None or isinstance(result.exception, SystemExit), "verify raised"
    assert result.exit_code == 2
