"""The built wheel works on its own: installed in a fresh venv, away from the source tree,
it renders a review, redacts a file and verifies the release.

Offline: the wheel is built with the project venv's pinned setuptools (no build
isolation), installed with --no-index --no-deps, and the fresh venv sees the project
venv's site-packages through a .pth file for its dependencies only. The source tree is
never on the path: every command runs from a temporary folder, and the test checks that
`reviewgen` is imported from the new venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import docx
import pytest

REPO = Path(__file__).resolve().parents[2]
CLR_EXAMPLE = REPO / "reviews" / "clr-example.yaml"
# An invented person and phone number for the redaction run.
INVENTED_NAME = "Tobias Wrenfield"
INVENTED_PHONE = "07700 900461"


def run(command: list[str | Path], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, f"{command[:3]} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | dict[str, str]]:
    """A fresh venv with only the built wheel installed in it."""
    root = tmp_path_factory.mktemp("wheel")
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "REVIEWGEN_CONFIG", "REVIEWGEN_DEBUG"}}
    env["PIP_NO_INDEX"] = "1"

    # Build from a copy of what the wheel is made of, so the build leaves nothing in the repo.
    source = root / "source"
    shutil.copytree(REPO / "reviewgen", source / "reviewgen",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    dist = root / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", dist, source], cwd=root, env=env)
    (wheel,) = dist.glob("reviewgen-*.whl")

    venv = root / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root, env=env)
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", wheel],
        cwd=root, env=env)

    site_packages = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             cwd=root, env=env).stdout.strip())
    dependency_dirs = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site_packages / "project-dependencies.pth").write_text("".join(f"{d}\n" for d in dependency_dirs))

    work = root / "work"
    work.mkdir()
    return {"wheel": wheel, "venv": venv, "python": python, "site_packages": site_packages,
            "work": work, "env": env}


def test_the_wheel_ships_templates_and_data(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())

    assert "reviewgen/templates/review/clr.md.j2" in names
    assert "reviewgen/templates/review/new-clr.yaml" in names
    assert "reviewgen/templates/foi/response.md.j2" in names
    assert "reviewgen/templates/foi/exemptions/foia-s40-personal.md.j2" in names
    assert "reviewgen/templates/tracker/board-report.md.j2" in names
    assert "reviewgen/data/default-redaction-policy.yaml" in names
    assert "reviewgen/tracker/migrations/script.py.mako" in names
    assert not any(name.startswith(("tests/", "templates/")) for name in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "License-Expression: MIT" in zipfile.ZipFile(installed["wheel"]).read(metadata).decode()


def test_installed_wheel_renders_redacts_and_verifies(installed):
    work, env = installed["work"], installed["env"]
    reviewgen = installed["venv"] / "bin" / "reviewgen"

    where = run([installed["python"], "-c", "import reviewgen; print(reviewgen.__file__)"], cwd=work, env=env)
    assert Path(where.stdout.strip()).is_relative_to(installed["site_packages"])

    run([reviewgen, "render", CLR_EXAMPLE, "--to", "docx", "-o", work / "out"], cwd=work, env=env)
    rendered = docx.Document(str(work / "out" / "clr-example.docx"))
    text = "\n".join(p.text for p in rendered.paragraphs)
    assert "Critical Learning Review: Northshire Youth Justice Service" in text
    assert "1. The child" in text

    notes = work / "notes.txt"
    notes.write_text(f"Home visit on 3 March 2026. {INVENTED_NAME} said the plan was helping.\n"
                     f"{INVENTED_NAME} can be reached on {INVENTED_PHONE}.\n", encoding="utf-8")
    run([reviewgen, "redact", notes, "-o", work / "release", "--key-dir", work / "internal"], cwd=work, env=env)

    (released,) = (work / "release").glob("*.txt")
    released_text = released.read_text(encoding="utf-8")
    assert "Home visit on 3 March 2026" in released_text
    assert INVENTED_NAME not in released_text
    assert INVENTED_PHONE not in released_text
    assert notes.read_text(encoding="utf-8").count(INVENTED_NAME) == 2

    (key,) = (work / "internal").glob("*KEY*")
    assert INVENTED_NAME in key.read_text(encoding="utf-8")
    verified = run([reviewgen, "verify", released, "--key", key], cwd=work, env=env)
    assert verified.returncode == 0
