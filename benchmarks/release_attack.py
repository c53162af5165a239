"""Release attack: redact the generated attack corpus and count what still leaks.

Run: .venv/bin/python benchmarks/release_attack.py

Generates tests/redact/attack_corpus.py's cases (one invented person hidden in one place
per file) into a temporary folder, runs `reviewgen redact` on each case alone, and scans
every file in each release folder (documents and schedules) with the independent checker
in tests/redact/leakcheck.py. Prints the number of cases, released files, files holding a
planted value, and one row per case: exit code, leaked or not, and the parts that leak.
Values are never printed; a part whose own name leaks is shown with that name withheld.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the corpus and checker live with the tests

from reviewgen.cli import app  # noqa: E402
from tests.redact.attack_corpus import CASES, PLANTED  # noqa: E402
from tests.redact.leakcheck import find_leaks  # noqa: E402


def main() -> None:
    runner = CliRunner()
    rows = []
    released = leaking_files = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        for case in CASES:
            folder = Path(scratch) / case.case_id
            source = folder / "in" / case.filename
            source.parent.mkdir(parents=True)
            source.write_bytes(case.build())
            release = folder / "release"
            result = runner.invoke(app, ["redact", str(source), "-o", str(release),
                                         "--key-dir", str(folder / "internal")])
            files = sorted(p for p in release.rglob("*") if p.is_file()) if release.exists() else []
            released += sum(1 for p in files if p.suffix.lower() != ".csv")
            parts = []
            for path in files:
                leaks = find_leaks(path, PLANTED)
                leaking_files += bool(leaks)
                parts += sorted({f"{leak.file}: {leak.part}" for leak in leaks})
            rows.append((case.case_id, result.exit_code, parts))
    elapsed = time.perf_counter() - start

    print(f"cases: {len(CASES)}")
    print(f"released documents: {released}")
    print(f"files in release folders holding a planted value: {leaking_files}")
    print(f"cases leaking: {sum(1 for _, _, parts in rows if parts)}; "
          f"refused (non-zero exit): {sum(1 for _, code, _ in rows if code)}; {elapsed:.1f} s")
    print()
    width = max(len(case_id) for case_id, _, _ in rows)
    print(f"{'class':<{width}}  exit  leaked  parts")
    for case_id, code, parts in rows:
        print(f"{case_id:<{width}}  {code:>4}  {'yes' if parts else 'no':<6}  {'; '.join(parts)}")


if __name__ == "__main__":
    main()
