"""Vendor GOV.UK Frontend and htmx from their npm tarballs into reviewgen/web/static.

Run by a developer when upgrading (needs the npm registry); the result is committed, so
the application loads nothing from the internet. GOV.UK Frontend's GDS Transport font
and crown are for GOV.UK services only: councils' services must use another typeface,
so the @font-face rules are dropped and the stacks fall back to Arial (as its guidance
says for services not on GOV.UK).

    python scripts/vendor_frontend.py            # versions below
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

GOVUK_FRONTEND = "govuk-frontend@6.6.0"
HTMX = "htmx.org@2.0.11"
STATIC = Path(__file__).resolve().parents[1] / "reviewgen" / "web" / "static"


def _unpack(spec: str, into: Path) -> Path:
    name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=into, check=True, capture_output=True,
                          text=True).stdout.strip().splitlines()[-1]
    target = into / spec.split("@")[0]
    with tarfile.open(into / name) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        govuk = _unpack(GOVUK_FRONTEND, work)
        htmx = _unpack(HTMX, work)
        dist = govuk / "dist" / "govuk"
        css = (dist / "govuk-frontend.min.css").read_text("utf-8")
        css = re.sub(r"@font-face\{[^}]*\}", "", css).replace("GDS Transport,", "")
        css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
        (STATIC / "govuk").mkdir(parents=True, exist_ok=True)
        (STATIC / "govuk" / "govuk-frontend.min.css").write_text(css, "utf-8")
        js = re.sub(r"//# sourceMappingURL=\S+", "", (dist / "govuk-frontend.min.js").read_text("utf-8"))
        (STATIC / "govuk" / "govuk-frontend.min.js").write_text(js, "utf-8")
        shutil.copy(dist / "assets" / "images" / "favicon.ico", STATIC / "govuk" / "favicon.ico")
        (STATIC / "htmx.min.js").write_text((htmx / "dist" / "htmx.min.js").read_text("utf-8"), "utf-8")
        versions = f"{GOVUK_FRONTEND} (MIT, Crown copyright)\n{HTMX} (0BSD)\n"
        (STATIC / "VENDORED.txt").write_text("Vendored by scripts/vendor_frontend.py:\n" + versions, "utf-8")


if __name__ == "__main__":
    main()
