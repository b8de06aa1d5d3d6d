"""Reports appear whole or not at all: write a temporary file beside the target, then rename.

A batch writes its reports while it screens, so a run killed with kill -9 leaves its temporary
files behind. Each writer holds a lock on its temporary file (the kernel drops it when the process
dies), and the next writer of the same report deletes the ones nobody holds. The lock is taken
before the file gets its `.tmp` name, so an unlocked `.tmp` file is abandoned whatever its age and
a rerun right after a kill removes it.
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

# A file still being created (`.new`, not yet locked) is left alone this long after its last write.
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
    fd, new = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    tmp = new[: -len(".new")] + ".tmp"
    lock = os.dup(fd)  # held until the rename is done, after the handle is closed
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a new file: nobody else holds it
        os.rename(new, tmp)  # named .tmp only once locked
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
        Path(new).unlink(missing_ok=True)
        raise
    finally:
        os.close(lock)


def _remove_abandoned(path: Path) -> None:
    """Deletes the temporary files of `path` whose writer died (no lock held on them)."""
    prefix = f".{glob.escape(path.name)}."
    for tmp in [*path.parent.glob(f"{prefix}*.tmp"), *path.parent.glob(f"{prefix}*.new")]:
        try:
            fd = os.open(tmp, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue  # gone meanwhile, or not ours to open
        try:
            # A young .new file may be one a writer created a moment ago and has not locked yet;
            # a .tmp file was locked before it got its name.
            young = time.time() - os.fstat(fd).st_mtime < ABANDONED_AFTER_S
            if tmp.suffix == ".new" and young:
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a live writer holds it
        else:
            tmp.unlink(missing_ok=True)
        finally:
            os.close(fd)
