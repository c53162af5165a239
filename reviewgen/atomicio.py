"""Write outputs atomically: a reader sees the old file or the new one, never half of one.

A command that must not overwrite earlier output (a person may have edited it) runs
inside `keep_existing()`: every write then refuses a target that already exists, and
`refuse_existing` lets it check all its targets before it writes the first one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from reviewgen.errors import InputError, Problem


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Files a person shares follow the umask; a private file (a redaction key) is 0600.
SHARED_MODE = 0o666 & ~_umask()
PRIVATE_MODE = 0o600
FORCE_FIX = "add --force to replace it, or choose another output name or folder"

_keep_existing: ContextVar[bool] = ContextVar("reviewgen_keep_existing", default=False)


@contextmanager
def keep_existing(enabled: bool = True) -> Iterator[None]:
    """Within this block, writing over an existing file is an InputError (unless `enabled` is False)."""
    token = _keep_existing.set(enabled)
    try:
        yield
    finally:
        _keep_existing.reset(token)


def refuse_existing(targets: Iterable[str | Path], force: bool = False) -> None:
    """InputError naming every target that already exists, unless `force`: check before writing any."""
    if force:
        return
    found = [Path(t) for t in targets if Path(t).exists()]
    if found:
        raise InputError([Problem(str(path), "already exists; kept as it is", fix=FORCE_FIX) for path in found])


def _output_folder(folder: Path) -> None:
    """Create `folder` if needed; a file in the way or no permission is bad input, not a crash."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise InputError.single(folder, "is a file, not a folder", fix="choose another output folder") from None
    except PermissionError:
        raise InputError.single(folder, "cannot be created (permission denied)",
                                fix="choose an output folder you can write to") from None
    except OSError as exc:
        raise InputError.single(folder, f"cannot be created ({exc.strerror or type(exc).__name__})",
                                fix="choose another output folder") from None


@contextmanager
def atomic_path(target: str | Path, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` on success.
    `private` files are readable by their owner only."""
    target = Path(target)
    if _keep_existing.get() and target.exists():
        raise InputError.single(target, "already exists; kept as it is", fix=FORCE_FIX)
    if target.is_dir():
        raise InputError.single(target, "is a folder", fix="choose another output name")
    _output_folder(target.parent)
    # The temporary name is neutral: the target's name may say who the file is about.
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".reviewgen-", suffix=".tmp", dir=target.parent)
    except PermissionError:
        raise InputError.single(target.parent, "is read-only (permission denied)",
                                fix="choose an output folder you can write to") from None
    except OSError as exc:
        raise InputError.single(target.parent, f"cannot be written to ({exc.strerror or type(exc).__name__})",
                                fix="choose another output folder") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, PRIVATE_MODE if private else SHARED_MODE)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text(target: str | Path, text: str, private: bool = False) -> Path:
    with atomic_path(target, private) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def write_bytes(target: str | Path, data: bytes) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)
