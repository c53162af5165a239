"""Load structured YAML inputs and validate them into pydantic models.

Every problem is reported at once, each with file, line and column, the field path
and a plain-English fix. No value from the input is ever echoed, so an error message
never leaks a child's name or date of birth.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from reviewgen.errors import InputError, Problem

Model = TypeVar("Model", bound=BaseModel)
PathKey = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader whose impossible values (2026-02-31) are located errors, not a traceback."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError):
            # The message may name the value: say only where it is and what kind it is.
            kind = "date" if node.tag.endswith(":timestamp") else "value"
            raise yaml.constructor.ConstructorError(
                None, None, f"this {kind} does not exist (e.g. 31 February)", node.start_mark) from None


def load_yaml(path: str | Path) -> tuple[Any, dict[PathKey, tuple[int, int]]]:
    """Read a YAML file; return its data and a map of field path -> (line, column), 1-based."""
    path = Path(path)
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    if path.is_dir():
        raise InputError.single(path, "is a folder, not a file", fix="name a .yaml file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError.single(path, "is not UTF-8 text", fix="save the file as UTF-8 YAML") from None
    except PermissionError:
        raise InputError.single(path, "cannot be read (permission denied)",
                                fix="check the file's permissions") from None
    return parse_yaml(text, path)


def parse_yaml(text: str, path: str | Path) -> tuple[Any, dict[PathKey, tuple[int, int]]]:
    """`load_yaml` for text already read (a form or an upload); `path` names it in problems."""
    if not text.strip():
        raise InputError.single(
            path, "the file is empty", fix="fill it in, or start from `reviewgen new clr PATH`"
        )
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "could not be read"
        fix = ("use a real date, YYYY-MM-DD" if "does not exist" in problem else
               "check indentation, colons after field names, and quotes around text containing ': ' or '#'")
        raise InputError(
            [
                Problem(
                    file=str(path),
                    line=mark.line + 1 if mark else None,
                    column=mark.column + 1 if mark else None,
                    message=problem if "does not exist" in problem else f"malformed YAML: {problem}",
                    fix=fix,
                )
            ]
        ) from None
    except yaml.YAMLError:
        raise InputError.single(path, "malformed YAML", fix="check the file is valid YAML") from None
    if data is None or node is None:
        raise InputError.single(
            path, "the file has no content", fix="fill it in, or start from `reviewgen new clr PATH`"
        )
    marks: dict[PathKey, tuple[int, int]] = {}
    _collect_marks(node, (), marks)
    return data, marks


def _collect_marks(node: yaml.Node, key: PathKey, marks: dict[PathKey, tuple[int, int]]) -> None:
    marks[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*key, str(key_node.value))
            _collect_marks(value_node, child, marks)
            # Point at the key itself: that is where a person looks for the field.
            marks[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_marks(item, (*key, index), marks)


def format_path(loc: PathKey) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


def _nearest_mark(loc: PathKey, marks: dict[PathKey, tuple[int, int]]) -> tuple[int, int] | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in marks:
            return marks[loc[:end]]
    return None


def _known_fields(model: type[BaseModel], loc: PathKey) -> list[str]:
    """Field names allowed at the mapping that holds loc[-1] (for typo suggestions)."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        current = _inner_model(fields[part].annotation)
        if current is None:
            return []
    fields = getattr(current, "model_fields", None) or {}
    return list(fields)


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _shown(loc: PathKey, value: Any) -> str:
    """How a message refers to the offending value: never by quoting it, since any free
    text may hold personal data; the field path and line say which value is meant."""
    return "the value"


def describe_error(error: ErrorDetails, model: type[BaseModel]) -> tuple[str, str]:
    """Turn one pydantic error into (message, fix) in plain English."""
    kind = error["type"]
    loc = tuple(error["loc"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "is required but missing", "add this field"
    if kind == "extra_forbidden":
        known = _known_fields(model, loc)
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "remove it or check the spelling"
        return "is not a known field", hint
    if kind.startswith("date") or kind == "date_type":
        return f"{_shown(loc, value)} is not a date", "use YYYY-MM-DD, e.g. 2026-03-31"
    if kind.startswith("datetime"):
        return f"{_shown(loc, value)} is not a date and time", "use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
    if kind in ("enum", "literal_error"):
        expected = ctx.get("expected", "")
        return f"{_shown(loc, value)} is not allowed", f"use one of: {expected}".replace("'", "")
    if kind in ("int_parsing", "int_type", "float_parsing", "float_type"):
        return f"{_shown(loc, value)} is not a number", "write a whole number"
    if kind in ("bool_parsing", "bool_type"):
        return f"{_shown(loc, value)} is not yes/no", "use true or false"
    if kind in ("list_type", "tuple_type"):
        return "should be a list", "start each item on its own line with '- '"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "should be a section of named fields", "indent the fields under this heading"
    if kind in ("string_type",):
        return "should be text", "write text, quoted if it starts with a symbol"
    if kind in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        at_least = "at least" if kind == "greater_than_equal" else "more than"
        return f"must be {at_least} {bound}", "write a positive number" if bound in (0, 1) else "correct this value"
    if kind in ("less_than_equal", "less_than"):
        bound = ctx.get("le", ctx.get("lt"))
        return f"must be at most {bound}" if kind == "less_than_equal" else f"must be less than {bound}", \
            "correct this value"
    if kind == "string_too_short":
        return "is empty", "write something here"
    if kind == "too_short":
        return "needs at least one item", "add an item starting with '- '"
    if kind == "value_error":
        message = str(ctx.get("error", error.get("msg", "is not valid")))
        message, _, fix = message.partition("; ")
        return message, fix or "correct this value"
    return error.get("msg", "is not valid"), "correct this value"


def validate_data(
    data: Any, model: type[Model], source: str | Path, marks: dict[PathKey, tuple[int, int]] | None = None
) -> Model:
    """Validate already-loaded data, raising InputError with every problem located."""
    marks = marks or {}
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            message, fix = describe_error(error, model)
            mark = _nearest_mark(loc, marks)
            problems.append(
                Problem(
                    file=str(source),
                    line=mark[0] if mark else None,
                    column=mark[1] if mark else None,
                    field=format_path(loc),
                    message=message,
                    fix=fix,
                )
            )
        raise InputError(problems) from None


def load_model(path: str | Path, model: type[Model]) -> Model:
    """Load and validate one YAML file into `model`, or raise InputError."""
    data, marks = load_yaml(path)
    return validate_data(data, model, path, marks)
