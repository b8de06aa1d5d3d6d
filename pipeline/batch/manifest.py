"""The manifest: every file a run was asked to screen, found before any parsing starts.

Discovery walks the given folders without following symbolic links out of the folder given on the
command line, never opens a FIFO or a device (a FIFO would block for ever), and hashes each regular
file once. A file that cannot be screened at all becomes an entry with an error code here, so that
every discovered file ends as exactly one row.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from pipeline.screening import display_name, ignore_patterns

HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class Entry:
    """One discovered file: screen it (`code` empty) or report it with an error code."""

    path: Path
    name: str  # display name, as in the reports: relative to the parent of the input folder
    sha256: str = ""
    size: int = 0
    code: str = ""  # "" = to be screened; otherwise the row's error code
    message: str = ""


def build_manifest(paths: Iterable[Path | str], *, max_bytes: int) -> list[Entry]:
    """Returns one Entry per discovered file, sorted by name, with duplicates marked."""
    entries: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    for raw in paths:
        for entry in _discover_one(Path(raw)):
            key = (entry.name, os.path.realpath(entry.path))
            if key in seen:
                continue  # the same file named twice on the command line is one input
            seen.add(key)
            entries.append(entry)
    ordered = sorted(entries, key=lambda e: name_key(e.name))  # stable: equal names keep order
    return _mark_duplicates([_hashed(e, max_bytes) for e in ordered])


def name_key(name: str) -> tuple[str, ...]:
    """Returns the sort key of a display name: its path parts, so "a/b" sorts before "a-c"."""
    return PurePath(name).parts


def _discover_one(root: Path) -> Iterator[Entry]:
    """Yields the entries under one command-line path (a file or a folder)."""
    if not root.is_dir():
        yield _classify(root, display_name(str(root)), None)
        return
    ignored = ignore_patterns(root)
    root_real = os.path.realpath(root)
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        dirs.sort()
        for d in list(dirs):
            rel = (here / d).relative_to(root)
            if d.startswith(".") or _ignored(rel, ignored):
                dirs.remove(d)
                continue
            if (here / d).is_symlink():
                dirs.remove(d)  # never descend through a link: no loops, no escape
                target = os.path.realpath(here / d)
                if not _inside(target, root_real):
                    yield Entry(
                        here / d,
                        _display(root, rel),
                        code="outside_input",
                        message="a symbolic link to a folder outside the input folder "
                        "(not followed)",
                    )
        for f in sorted(files):
            rel = (here / f).relative_to(root)
            if f.startswith(".") or _ignored(rel, ignored):
                continue
            yield _classify(here / f, _display(root, rel), root_real)


def _display(root: Path, rel: Path) -> str:
    return display_name(str(Path(root.name) / rel))


def _inside(target: str, root_real: str) -> bool:
    return target == root_real or target.startswith(root_real.rstrip(os.sep) + os.sep)


def _classify(path: Path, name: str, root_real: str | None) -> Entry:
    """Returns the entry for one path: to be screened, or an error row that never opens it."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return Entry(path, name, code="vanished", message="the file disappeared during discovery")
    except PermissionError:
        return Entry(path, name, code="permission_denied", message="cannot read the file")
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
        except OSError as exc:
            why = "loops back on itself" if exc.errno == errno.ELOOP else "points to nothing"
            return Entry(path, name, code="broken_symlink", message=f"a symbolic link that {why}")
        if root_real is not None and not _inside(os.path.realpath(path), root_real):
            return Entry(
                path,
                name,
                code="outside_input",
                message="a symbolic link to a file outside the input folder (not followed)",
            )
    if stat.S_ISDIR(st.st_mode):
        return Entry(path, name, code="not_regular_file", message="a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = _kind(st.st_mode)
        return Entry(path, name, code="not_regular_file", message=f"not a regular file ({kind})")
    return Entry(path, name, size=st.st_size)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "special file"


def _hashed(entry: Entry, max_bytes: int) -> Entry:
    """Returns the entry with its sha256, or turned into an error row when it cannot be read."""
    if entry.code:
        return entry
    if entry.size > max_bytes:
        return _error(entry, "too_large", f"the file is larger than {_mb(max_bytes)}")
    digest = hashlib.sha256()
    size = 0
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since discovery, open must not block.
        fd = os.open(entry.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return _error(entry, "not_regular_file", "not a regular file")
            for block in iter(lambda: fh.read(HASH_BLOCK), b""):
                size += len(block)
                if size > max_bytes:
                    return _error(entry, "too_large", f"the file is larger than {_mb(max_bytes)}")
                digest.update(block)
    except FileNotFoundError:
        return _error(entry, "vanished", "the file disappeared during discovery")
    except PermissionError:
        return _error(entry, "permission_denied", "cannot read the file (permission denied)")
    except OSError as exc:
        return _error(entry, "unreadable", f"cannot read the file ({exc.__class__.__name__})")
    return Entry(entry.path, entry.name, digest.hexdigest(), size)


def _error(entry: Entry, code: str, message: str) -> Entry:
    return Entry(entry.path, entry.name, entry.sha256, entry.size, code, message)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _mark_duplicates(entries: list[Entry]) -> list[Entry]:
    """Returns the entries with every later copy of the same bytes marked `duplicate_of`."""
    first: dict[str, str] = {}
    out = []
    for e in entries:
        if not e.code and e.sha256 in first:
            e = _error(e, "duplicate_of", f"same content as {first[e.sha256]}")
        elif not e.code:
            first[e.sha256] = e.name
        out.append(e)
    return out


def _ignored(rel: Path, patterns: list[str]) -> bool:
    return any(rel.match(pattern) for pattern in patterns)
