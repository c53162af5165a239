"""Errors that reach a person. Each names where the problem is and how to fix it.

Messages must never carry personal data: say which field is wrong, not what it held,
unless the value is a harmless format problem the caller chose to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: where it is, what is wrong, how to fix it."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    field: str | None = None
    fix: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.fix:
            text += f"; {self.fix}"
        return text


class ReviewgenError(Exception):
    """Base for errors reviewgen reports to a person without a traceback."""

    exit_code = 1


@dataclass
class InputError(ReviewgenError):
    """Bad input: one or more problems, reported all at once (exit code 2)."""

    problems: list[Problem] = field(default_factory=list)
    exit_code = 2

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    @classmethod
    def single(cls, file: str | Path, message: str, **where) -> InputError:
        return cls([Problem(file=str(file), message=message, **where)])


class CheckFailed(ReviewgenError):
    """A quality or leak check found something (exit code 1)."""

    exit_code = 1
