"""Pull fields of a learning review into an answer, as readable Markdown.

A request part names a review file and its fields (`learning`, `recommendations`,
`analysis.good_practice`, any field by dotted path). The text returned here still holds
personal data: the letter passes it through the redactor with the review's known terms.
"""

from __future__ import annotations

from typing import Any

from reviewgen.errors import InputError
from reviewgen.render import long_date

HEADINGS = {
    "learning": "Learning identified",
    "recommendations": "Recommendations",
    "analysis.good_practice": "Good practice identified",
    "analysis.could_be_better": "What could have been better",
    "action_plan": "Actions agreed",
}


def field_value(data: dict[str, Any], dotted: str) -> Any:
    """The value at `dotted` (e.g. 'analysis.good_practice') in a review's dumped data; KeyError if absent."""
    value: Any = data
    for name in dotted.split("."):
        if not isinstance(value, dict) or name not in value:
            raise KeyError(dotted)
        value = value[name]
    return value


def field_names(data: dict[str, Any], prefix: str = "") -> list[str]:
    """Every field a request can name, dotted, for the error message's suggestions."""
    names = []
    for key, value in data.items():
        names.append(prefix + key)
        if isinstance(value, dict):
            names += field_names(value, f"{prefix}{key}.")
    return names


def _learning(items: list[dict]) -> list[str]:
    lines = []
    for item in items:
        linked = ", ".join(item.get("recommendations") or [])
        lines.append(f"- **{item['id']}** {item['text']}" + (f" (leads to {linked})" if linked else ""))
    return lines


def _recommendations(items: list[dict]) -> list[str]:
    lines = []
    for rec in items:
        details = [f"{label}: {long_date(rec[key]) if key == 'due_date' else rec[key]}" for key, label in
                   (("owner", "Owner"), ("agency", "Agency"), ("due_date", "Due"), ("evidence", "Evidence"))
                   if rec.get(key)]
        lines.append(f"- **{rec['id']}** {rec['text']}" + (f" ({'; '.join(details)})" if details else ""))
    return lines


def _generic(value: Any) -> list[str]:
    if value is None or value == [] or value == "":
        return ["None recorded."]
    if isinstance(value, list):
        return [f"- {_one_item(item)}" for item in value]
    if isinstance(value, dict):
        return [f"- **{key.replace('_', ' ').capitalize()}:** {_one_item(item)}" for key, item in value.items()
                if item not in (None, "", [])]
    return [str(value).strip()]


def _one_item(item: Any) -> str:
    if isinstance(item, bool):
        return "yes" if item else "no"
    if isinstance(item, dict):
        return "; ".join(str(v) for v in item.values() if v not in (None, "", []) and not isinstance(v, (list, dict)))
    if isinstance(item, list):
        return ", ".join(str(v) for v in item)
    return " ".join(str(item).split())


FORMATTERS = {"learning": _learning, "recommendations": _recommendations}


def review_markdown(data: dict[str, Any], fields: list[str], source: str, where: str) -> str:
    """Markdown of `fields` from a review's dumped data, each under a bold heading."""
    blocks = []
    for index, name in enumerate(fields):
        try:
            value = field_value(data, name)
        except KeyError:
            raise InputError.single(
                source, f"'{name[:40]}' is not a field of the review", field=f"{where}.fields[{index}]",
                fix=f"use a field of the review, e.g. {', '.join(field_names(data))}",
            ) from None
        heading = HEADINGS.get(name, name.split(".")[-1].replace("_", " ").capitalize())
        lines = FORMATTERS.get(name, _generic)(value) if value else ["None recorded."]
        blocks.append(f"**{heading}**\n\n" + "\n".join(lines))
    return "\n\n".join(blocks)
