"""Scale benchmark: does cost grow with the work, and no faster?

Each measurement runs the real command in a fresh process and reports wall-clock
seconds, CPU seconds (user + system, which a busy shared machine inflates less) and the
process's peak memory (maximum resident set size):

- `reviewgen redact` of generated case text, 1 MB and 5 MB (invented people only), and
  `reviewgen verify` of what it released, with the time per MB;
- `reviewgen tracker import` of a 20,000-row action plan (CSV) on SQLite, and on a
  throwaway PostgreSQL server started on loopback (as tests/pgserver.py does), when
  Debian's postgresql binaries are installed;
- `reviewgen tracker list --json` and `reviewgen tracker report` at 20,000 actions.

Targets (issue 11): 5 MB redacted and verified in under 5 minutes and 1 GB; time per MB
within 1.5x from 1 MB to 5 MB; import under 5 s; `list --json` under 1 s.

    .venv/bin/python benchmarks/scale.py                # everything
    .venv/bin/python benchmarks/scale.py --skip-redact  # the tracker only
    .venv/bin/python benchmarks/scale.py --sizes 1      # redact 1 MB only
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROWS = 20_000
FIRST = ["Jayden", "Amelia", "Kieran", "Maisie", "Tyler", "Leah", "Callum", "Sophie", "Reece", "Chloe"]
LAST = ["Harrow", "Finchley", "Marsh", "Oakden", "Pryce", "Quill", "Rowntree", "Sallow", "Thorne", "Vance"]
STREETS = ["Elm Road", "Mill Lane", "Station Street", "Church View", "Park Avenue"]


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system: what the command cost even on a busy, shared machine
    peak_mb: float
    returncode: int
    stderr: str = ""


def measure(args: list[str], **kwargs) -> Run:
    """Run one command as its own process; its wall time and its own peak memory."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty command cannot block
        start = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=errors, cwd=REPO, **kwargs)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    if process.returncode not in (0, 1):
        print(f"  command failed ({process.returncode}): {' '.join(map(str, args))}\n  {stderr.strip()[-400:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode, stderr)


def reviewgen(*args: object) -> list[str]:
    return [sys.executable, "-c", "from reviewgen.cli import main; main()", *map(str, args)]


# --- redaction ------------------------------------------------------------------------

def case_text(megabytes: float, seed: int = 11) -> str:
    """Invented case notes: a new child, family and address every few paragraphs."""
    rng = random.Random(seed)
    paragraphs, size, case = [], 0, 0
    while size < megabytes * 1_000_000:
        case += 1
        child = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        parent = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        born = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(8, 12):02}"
        address = f"{rng.randint(1, 120)} {rng.choice(STREETS)}, Northshire NS{rng.randint(1, 9)} {rng.randint(1, 9)}AB"
        phone = f"07700 9{rng.randint(10000, 99999)}"
        for n in range(6):
            text = (f"Case {case}.{n}: {child} (born {born}) attended the YJS office with {parent}. "
                    f"They live at {address}. The case manager rang {parent} on {phone} to agree the next "
                    f"appointment. {child.split()[0]} said the referral order sessions were helping and "
                    "the plan was reviewed with CAMHS and Children's Social Care.")
            paragraphs.append(text)
            size += len(text) + 2
    return "\n\n".join(paragraphs) + "\n"


def bench_redact(sizes: list[float], folder: Path) -> None:
    print("redact and verify of generated case text")
    per_mb: dict[float, float] = {}
    for megabytes in sizes:
        source = folder / f"case-notes-{megabytes:g}mb.txt"
        source.write_text(case_text(megabytes), encoding="utf-8")
        out, keys = folder / f"out-{megabytes:g}", folder / f"keys-{megabytes:g}"
        redact = measure(reviewgen("redact", source, "-o", out, "--key-dir", keys))
        released = next(out.glob("*-redacted.txt"), None)
        key = next(keys.glob("*KEY-NOT-FOR-RELEASE.csv"), None)
        line = (f"  {megabytes:g} MB  redact {redact.seconds:8.1f} s (cpu {redact.cpu_seconds:7.1f} s) "
                f"{redact.peak_mb:7.0f} MB peak")
        if released is None or key is None:
            print(line + f"  (exit {redact.returncode}, nothing released: {redact.stderr.strip()[-300:]})")
            continue
        verify = measure(reviewgen("verify", released, "--key", key))
        total = redact.seconds + verify.seconds
        per_mb[megabytes] = total / megabytes
        print(line + f"   verify {verify.seconds:8.1f} s (cpu {verify.cpu_seconds:7.1f} s) {verify.peak_mb:7.0f} MB peak   "
                     f"{per_mb[megabytes]:6.1f} s/MB (exit {verify.returncode})")
        cpu, peak = redact.cpu_seconds + verify.cpu_seconds, max(redact.peak_mb, verify.peak_mb)
        print(f"        redact + verify {total:6.1f} s (cpu {cpu:6.1f} s), {peak:5.0f} MB peak: "
              f"{'within' if total < 300 and peak < 1024 else 'OUTSIDE'} the targets (5 minutes, 1 GB)")
    if len(per_mb) > 1:
        low, high = min(per_mb), max(per_mb)
        ratio = per_mb[high] / per_mb[low]
        print(f"  time per MB, {high:g} MB / {low:g} MB: {ratio:.2f}x (target within 1.5x)")


# --- tracker --------------------------------------------------------------------------

def plan_csv(path: Path, rows: int = ROWS) -> None:
    statuses = ["not started", "in progress", "complete", "blocked", "deferred"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Source", "Recommendation", "Recommendation text", "Reference", "Action", "Owner",
                         "Agency", "Due date", "Status"])
        for i in range(rows):
            rec = i // 50 + 1
            writer.writerow(["SCALE-1", f"R{rec}", f"Recommendation {rec}", f"R{rec}.{i % 50 + 1}",
                             f"Action {i} of the scale plan", f"Officer role {i % 60}", "Youth Justice Service",
                             f"2026-{i % 12 + 1:02}-{i % 28 + 1:02}", statuses[i % 5]])


def bench_tracker(db: str, plan: Path, label: str, folder: Path) -> None:
    base = ["tracker", "--db", db, "--today", "2026-11-23"]
    new_source = ["--source", "SCALE-1", "--title", "Scale plan", "--kind", "audit"]
    first = measure(reviewgen(*base, "import", plan, *new_source))
    again = measure(reviewgen(*base, "import", plan))
    # A read takes about a second, in which a busy shared machine's noise is ±30%: the median of three.
    listed = sorted((measure(reviewgen(*base, "list", "--json")) for _ in range(3)), key=lambda run: run.seconds)[1]
    report = measure(reviewgen(*base, "report", "--to", "xlsx,md", "-o", folder / f"report-{label}", "--force"))
    print(f"  {label:10} import {first.seconds:6.1f} s (cpu {first.cpu_seconds:5.1f} s, {first.peak_mb:4.0f} MB)   "
          f"re-import {again.seconds:6.1f} s (cpu {again.cpu_seconds:5.1f} s)   "
          f"list --json {listed.seconds:5.2f} s (median of 3, cpu {listed.cpu_seconds:5.2f} s)   "
          f"report {report.seconds:6.1f} s (cpu {report.cpu_seconds:5.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,5", help="MB of case text to redact, comma-separated")
    parser.add_argument("--skip-redact", action="store_true")
    parser.add_argument("--skip-tracker", action="store_true")
    args = parser.parse_args()
    # Byte-compiled first, as pip does when it installs the package: an editable checkout
    # run with PYTHONDONTWRITEBYTECODE would otherwise compile every module on every command.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "reviewgen")], check=True)
    with tempfile.TemporaryDirectory(prefix="reviewgen-scale-") as tmp:
        folder = Path(tmp)
        if not args.skip_redact:
            bench_redact([float(size) for size in args.sizes.split(",")], folder)
        if not args.skip_tracker:
            print(f"tracker at {ROWS:,} actions (targets: import under 5 s, list --json under 1 s)")
            plan = folder / "plan.csv"
            plan_csv(plan)
            bench_tracker(str(folder / "tracker.sqlite3"), plan, "SQLite", folder)
            sys.path.insert(0, str(REPO))
            from tests.pgserver import PG_BIN, PostgresServer

            if not (PG_BIN / "postgres").exists():
                print(f"  PostgreSQL: not measured, no server binaries in {PG_BIN} (apt-get install postgresql)")
                return
            server = PostgresServer().start()
            try:
                bench_tracker(server.new_database(), plan, "PostgreSQL", folder)
            finally:
                server.stop()


if __name__ == "__main__":
    main()
