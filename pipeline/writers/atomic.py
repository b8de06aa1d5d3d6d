"""Reports appear whole or not at all: write a temporary file beside the target, then rename.

A batch writes its reports while it screens, so a run killed with kill -9 leaves its temporary
files behind. Each writer holds a lock on its temporary file (the kernel drops it when the process
dies), and the next writer of the same report deletes the ones nobody holds.
"""

from __future__ import annotations

import fcntl
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

# A temporary file is left alone this long after its last write, whether locked or not.
ABANDONED_AFTER_S = 10.0


def _creation_mode() -> int:
    """Returns the mode an ordinary open() would give a new file under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_open(
    path: Path, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """Yields a text handle; on success the file replaces `path` in one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    lock = os.dup(fd)  # held until the rename is done, after the handle is closed
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a new file: nobody else holds it
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(
            tmp, _creation_mode()
        )  # mkstemp makes 0600; reports follow the umask like any file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        os.close(lock)


def _remove_abandoned(path: Path) -> None:
    """Deletes the temporary files of `path` whose writer died (no lock held on them)."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            fd = os.open(tmp, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue  # gone meanwhile, or not ours to open
        try:
            # A file younger than ABANDONED_AFTER_S may be one a writer created a moment ago and
            # has not locked yet.
            if time.time() - os.fstat(fd).st_mtime < ABANDONED_AFTER_S:
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a live writer holds it
        else:
            tmp.unlink(missing_ok=True)
        finally:
            os.close(fd)
