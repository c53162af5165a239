"""Write outputs atomically: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Files a person shares follow the umask; a private file (a redaction key) is 0600.
SHARED_MODE = 0o666 & ~_umask()
PRIVATE_MODE = 0o600


@contextmanager
def atomic_path(target: str | Path, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` on success.
    `private` files are readable by their owner only."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name is neutral: the target's name may say who the file is about.
    fd, tmp_name = tempfile.mkstemp(prefix=".reviewgen-", suffix=".tmp", dir=target.parent)
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
