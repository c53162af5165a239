"""Every `reviewgen ...` example in the README runs as written, in order, from a fresh
folder holding only the repository's example inputs: a newcomer can paste them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
# Examples whose exit code 1 is the point: a check that reports what it found.
CHECKS = ("reviewgen check ", "reviewgen identify ")


def readme_commands() -> list[str]:
    """The `reviewgen` lines of the README's shell blocks (and lines piping into it),
    trailing comments removed."""
    commands, in_block, language = [], False, ""
    for line in README.read_text(encoding="utf-8").splitlines():
        fence = re.match(r"^```(\w*)", line)
        if fence:
            in_block, language = not in_block, fence.group(1)
            continue
        if in_block and language in ("", "sh", "bash", "shell") and (line.startswith("reviewgen ")
                                                                     or " | reviewgen " in line):
            commands.append(re.sub(r"\s+#\s.*$", "", line).strip())
    return commands


def test_the_readme_has_examples_for_every_capability():
    commands = readme_commands()
    for verb in ("render", "redact", "verify", "tracker import", "tracker report", "foi respond"):
        assert any(c.startswith(f"reviewgen {verb}") for c in commands), verb


def test_every_readme_example_runs_as_written(tmp_path):
    shutil.copytree(REPO / "reviews", tmp_path / "reviews")
    env = {key: value for key, value in os.environ.items() if not key.startswith("REVIEWGEN_")}
    env.update(HOME=str(tmp_path), PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}")
    failures = []
    for command in readme_commands():
        result = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
                                timeout=300)
        allowed = (0, 1) if command.startswith(CHECKS) else (0,)
        if result.returncode not in allowed or "Traceback" in result.stderr:
            failures.append(f"{command}\n  exit {result.returncode}: {result.stderr.strip()[-300:]}")
    assert not failures, "\n".join(failures)
