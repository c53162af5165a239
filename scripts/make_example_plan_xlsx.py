"""Write reviews/inspection-action-plan.xlsx from the YAML plan, through the tracker's own
import and Excel export, so the two example files always hold the same plan.

    .venv/bin/python scripts/make_example_plan_xlsx.py
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from reviewgen.tracker import Stamp, export_actions, import_plans, load_plans, open_tracker

REVIEWS = Path(__file__).resolve().parents[1] / "reviews"
AS_OF = date(2026, 11, 23)  # the date the Overdue and At risk columns are worked out for


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_tracker(Path(folder) / "plan.sqlite3")
        plans, _ = load_plans(REVIEWS / "inspection-action-plan.yaml")
        import_plans(db, plans, Stamp.now(by="example", today=AS_OF))
        target = REVIEWS / "inspection-action-plan.xlsx"
        count = export_actions(db, target, AS_OF, at_risk_days=14)
        db.close()
    print(f"wrote {target} ({count} actions)")


if __name__ == "__main__":
    main()
