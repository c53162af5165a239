"""Charts for the board report, drawn with matplotlib (Agg, no display, no network).

PNG files are written without a timestamp so the same figures give the same bytes.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
from matplotlib import pyplot as plt
from matplotlib.figure import Figure

from reviewgen.atomicio import write_bytes
from reviewgen.tracker.status import (
    BLOCKED,
    CLOSED,
    COMPLETE,
    DEFERRED,
    DONE_STATUSES,
    IN_PROGRESS,
    NOT_STARTED,
    VERIFIED,
)

# Beyond this many recommendations one bar each is unreadable: chart by source instead.
MAX_BARS = 30
COLOURS = {"complete": "#2e7d32", "on track": "#90a4ae", "at risk": "#f9a825", "overdue": "#c62828"}
STATUS_COLOURS = {CLOSED: "#0d47a1", VERIFIED: "#42a5f5", COMPLETE: "#2e7d32", IN_PROGRESS: "#1565c0",
                  NOT_STARTED: "#90a4ae", BLOCKED: "#c62828", DEFERRED: "#8d6e63"}


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()


def completion_chart(report) -> tuple[str, bytes]:
    """Stacked bars: complete, on track, at risk, overdue, per recommendation (or per source)."""
    groups: dict[str, list] = {}
    by_source = len(report.recommendations) > MAX_BARS
    many_sources = len(report.sources) > 1
    for rec in report.recommendations:
        label = rec.source if by_source else (f"{rec.source} {rec.number}" if many_sources else rec.number)
        groups.setdefault(label, []).extend(rec.actions)
    labels = list(groups)[::-1]
    series: dict[str, list[float]] = {name: [] for name in COLOURS}
    for label in labels:
        actions = groups[label]
        total = len(actions) or 1
        complete = sum(a.status in DONE_STATUSES for a in actions)
        overdue = sum(a.overdue for a in actions)
        at_risk = sum(a.at_risk for a in actions)
        series["complete"].append(100 * complete / total)
        series["at risk"].append(100 * at_risk / total)
        series["overdue"].append(100 * overdue / total)
        series["on track"].append(100 * (len(actions) - complete - overdue - at_risk) / total)
    figure, axes = plt.subplots(figsize=(7, 1.2 + 0.35 * len(labels)))
    left = [0.0] * len(labels)
    for name in ("complete", "on track", "at risk", "overdue"):
        axes.barh(labels, series[name], left=left, color=COLOURS[name], label=name)
        left = [a + b for a, b in zip(left, series[name])]
    axes.set_xlim(0, 100)
    axes.set_xlabel("% of actions")
    title = "Completion by source" if by_source else "Completion by recommendation"
    axes.set_title(title)
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.08 + 0.3 / max(len(labels), 1)), ncol=4,
                frameon=False, fontsize=8)
    return title, _png(figure)


def status_chart(report) -> tuple[str, bytes]:
    """Stacked areas: how many actions stood at each status over time, from the history."""
    dates = [point for point, _ in report.status_timeline]
    figure, axes = plt.subplots(figsize=(7, 3.2))
    statuses = list(STATUS_COLOURS)
    values = [[counts[status] for _, counts in report.status_timeline] for status in statuses]
    axes.stackplot(dates, values, labels=statuses, colors=[STATUS_COLOURS[s] for s in statuses])
    axes.set_ylabel("actions")
    axes.set_title("Status over time")
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    figure.autofmt_xdate()
    return "Status over time", _png(figure)


def write_charts(report, folder: Path, relative_to: Path) -> dict[str, dict[str, str]]:
    """Write the charts as PNG; {name: {"title", "path"}} with paths relative to `relative_to`."""
    drawn = {}
    if report.recommendations:
        drawn["completion"] = completion_chart(report)
    if report.status_timeline:
        drawn["status"] = status_chart(report)
    from reviewgen.tracker.measures import measures_chart

    measures = measures_chart(getattr(report, "measures", []))
    if measures is not None:
        drawn["measures"] = measures
    charts = {}
    for name, (title, data) in drawn.items():
        path = write_bytes(Path(folder) / f"{name}.png", data)
        charts[name] = {"title": title, "path": path.relative_to(relative_to).as_posix()}
    return charts
