"""The run state: an embedded SQLite database of every Result, so reruns and crashes lose nothing.

Screened Results are keyed by the file's content hash and the *config digest* (pipeline version,
taxonomy digest and the settings that change results), and committed one by one in WAL mode: a run
stopped by Ctrl-C or kill -9 keeps every file it finished. Each finished run also records its
manifest (file names in report order), so the reports can be rebuilt from the state alone.

Next to each Result the state keeps its report rows as the worker rendered them (schema 2), so
the CSV and JSONL reports are written without unpickling any Result. A schema 1 database gains
the column; its Results are rendered when read.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import sqlite3
import threading
import weakref
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, overload

from pipeline.errors import ScreeningError
from pipeline.models import Result
from pipeline.writers.rendered import RENDER_VERSION, Rendered, render

from .packed import Packed, freeze, load_rendered, thaw

log = logging.getLogger(__name__)

# 2: rendered rows kept beside each Result. 3: blobs may be zstandard-compressed (packed.freeze),
# which 0.3.0 cannot read: the number makes it refuse such a state instead of failing on a blob.
SCHEMA = 3
# How often the checkpoint thread copies the WAL's new pages into the database (see _Checkpointer).
CHECKPOINT_EVERY_S = 0.5
# Outcomes of a limit or of the moment, not of the bytes: retried by the next run, never reused.
RETRIED = frozenset(
    {"timeout", "crashed", "too_large", "vanished", "unreadable", "permission_denied"}
)

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    sha256 TEXT NOT NULL,
    config TEXT NOT NULL,
    status TEXT NOT NULL,
    result BLOB NOT NULL,
    rendered BLOB,  -- the report rows (pipeline.writers.rendered), NULL when kept by schema 1
    PRIMARY KEY (sha256, config)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    config TEXT NOT NULL,
    settings TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT
);
CREATE TABLE IF NOT EXISTS run_rows (
    run INTEGER NOT NULL REFERENCES runs(id),
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    result BLOB,  -- only for rows not kept in `results` (errors found before or by a limit)
    PRIMARY KEY (run, ord)
);
"""


def config_digest(settings: dict[str, Any]) -> str:
    """Returns the hex digest of the settings that decide a file's Result."""
    blob = json.dumps(settings, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(blob).hexdigest()


class RunState:
    """The state database, used by the parent process only: one connection for the run, and
    once Results are stored, a second one on a thread that checkpoints the WAL (_Checkpointer)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            # Rows hold ~17 KB (a Result and its rendered rows, compressed): 16 KB pages keep a
            # row on two or three, where each commit of 64 KB pages rewrote ~4x its bytes and
            # 4 KB pages take ~5 page writes a row (the size takes effect when the file is
            # created). No memory map: its pages would count in the parent's resident memory
            # and grow with the batch.
            self.db.execute("PRAGMA page_size=16384")
            self.db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process (not a power cut) at a fraction of FULL's cost.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA busy_timeout=10000")
            self.db.executescript(_DDL)
            with self.db:  # one writer at a time: two runs opening a new or old state agree
                self.db.execute("BEGIN IMMEDIATE")
                row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is None:
                    self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
                    row = (str(SCHEMA),)
                elif int(row[0]) in (1, 2):
                    if int(row[0]) == 1:
                        self.db.execute("ALTER TABLE results ADD COLUMN rendered BLOB")
                    # Blobs kept as plain pickles stay readable (packed.thaw tells them apart).
                    self.db.execute("UPDATE meta SET value=? WHERE key='schema'", (str(SCHEMA),))
                    row = (str(SCHEMA),)
        except (sqlite3.DatabaseError, ValueError) as exc:
            raise ScreeningError(f"cannot use the state database {self.path}: {exc}") from exc
        if int(row[0]) != SCHEMA:
            raise ScreeningError(
                f"the state database {self.path} has schema {row[0]}, expected {SCHEMA}; "
                "use another --state file"
            )
        self._checkpointer: _Checkpointer | None = None  # started by the first put

    def close(self) -> None:
        """Closes the connection (the WAL is checkpointed)."""
        try:
            if self._checkpointer is not None:
                self._checkpointer.stop()
        finally:
            self.db.close()

    def known(self, config: str) -> set[str]:
        """Returns the content hashes that already have a Result under this config."""
        rows = self.db.execute("SELECT sha256 FROM results WHERE config=?", (config,))
        return {r[0] for r in rows}

    def put(self, config: str, packed: Packed) -> None:
        """Keeps one screened Result and its rendered rows, committed at once."""
        if self._checkpointer is None:
            checkpointer = _Checkpointer(self.path)
            checkpointer.start()
            self._checkpointer = checkpointer
            # A state dropped unclosed must not leave the thread running (and its file open).
            weakref.finalize(self, checkpointer.halt)
            # The commits no longer checkpoint: the thread does, off the parent's path.
            self.db.execute("PRAGMA wal_autocheckpoint=0")
        elif not self._checkpointer.is_alive() and not self._checkpointer.halted:
            # It could not connect: the commits checkpoint again, as SQLite's default does.
            self.db.execute("PRAGMA wal_autocheckpoint=1000")
            self._checkpointer.halt()
        self.db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)",
            (packed.sha256, config, packed.status, packed.result, packed.rendered),
        )

    def rendered(self, sha256: str, config: str, roles: Sequence[str], name: str) -> Rendered:
        """Returns the report rows of a kept Result (rendered from it when kept by schema 1)."""
        row = self.db.execute(
            "SELECT result, rendered FROM results WHERE sha256=? AND config=?", (sha256, config)
        ).fetchone()
        blob, rendered = row if row is not None else (None, None)
        return _rendered(name, blob, rendered, roles)

    def start_run(self, config: str, settings: dict[str, Any]) -> int:
        """Returns the id of a new run."""
        cur = self.db.execute(
            "INSERT INTO runs (config, settings, started) VALUES (?, ?, ?)",
            (config, json.dumps(settings, sort_keys=True), _now()),
        )
        return int(cur.lastrowid or 0)

    def finish_run(self, run: int, rows: Sequence[tuple[str, str, Result | None]]) -> None:
        """Records the run's rows (name, sha256, Result when not kept in `results`), in order."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT INTO run_rows VALUES (?, ?, ?, ?, ?)",
                (
                    (run, i, name, sha, None if r is None else freeze(r))
                    for i, (name, sha, r) in enumerate(rows)
                ),
            )
            self.db.execute("UPDATE runs SET finished=? WHERE id=?", (_now(), run))

    def last_run(self) -> tuple[int, dict[str, Any]]:
        """Returns (id, settings) of the latest finished run; raises when there is none."""
        row = self.db.execute(
            "SELECT id, settings FROM runs WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            raise ScreeningError(f"the state database {self.path} holds no finished run")
        return int(row[0]), json.loads(row[1])

    def run_results(self, run: int) -> RunResults:
        """Returns the run's Results in report order, read lazily."""
        config, text = self.db.execute(
            "SELECT config, settings FROM runs WHERE id=?", (run,)
        ).fetchone()
        settings = json.loads(text)
        # Rows rendered by another version of the writers are rendered again from the Results.
        current = settings.get("render_version") == RENDER_VERSION
        return RunResults(self, run, config, tuple(settings["roles"]), rendered_rows=current)


class _Checkpointer(threading.Thread):
    """Copies the WAL's committed pages into the database every CHECKPOINT_EVERY_S, on its own
    connection and thread.

    SQLite's automatic checkpoint runs inside the commit that fills the WAL: the parent stalled
    for its fsync (5-25 ms here, ~10 times in a 2,000-file run, far longer on a slow or network
    disk) while the workers ran out of queued files. A PASSIVE checkpoint never blocks the
    writer, and sqlite3 lets go of the GIL while it runs. A checkpoint that fails (a full disk,
    a network file system's hiccup) is tried again at the next tick; should the thread not even
    connect, RunState.put gives the checkpoints back to the commits.
    """

    def __init__(self, path: Path):
        super().__init__(name="state-checkpoint", daemon=True)
        self.path = path
        self._halt = threading.Event()

    @property
    def halted(self) -> bool:
        return self._halt.is_set()

    def run(self) -> None:
        try:
            db = sqlite3.connect(self.path, isolation_level=None)
            db.execute("PRAGMA busy_timeout=10000")
        except sqlite3.Error as exc:
            log.warning("state checkpoints not started (%s)", exc.__class__.__name__)
            return
        failed = False
        try:
            while not self._halt.wait(CHECKPOINT_EVERY_S):
                try:
                    db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.Error as exc:
                    if not failed:  # once a run: the next tick tries again
                        log.warning("a state checkpoint failed (%s)", exc.__class__.__name__)
                    failed = True
        finally:
            db.close()

    def halt(self) -> None:
        """Asks the thread to end after its checkpoint in progress, if any."""
        self._halt.set()

    def stop(self) -> None:
        """Ends the thread and waits for it."""
        self.halt()
        if self.is_alive():
            self.join()


class RunResults(Sequence[Result]):
    """A run's Results, unpickled from the state as they are read, so memory stays flat;
    `rows()` reads their rendered report rows instead, without unpickling any Result."""

    def __init__(
        self,
        state: RunState,
        run: int,
        config: str,
        roles: Sequence[str],
        *,
        rendered_rows: bool = True,
    ):
        self.state, self.run, self.config, self.roles = state, run, config, tuple(roles)
        self.rendered_rows = rendered_rows
        (self._len,) = state.db.execute(
            "SELECT COUNT(*) FROM run_rows WHERE run=?", (run,)
        ).fetchone()

    _QUERY = """
        SELECT rr.name, COALESCE(rr.result, r.result), r.rendered FROM run_rows rr
        LEFT JOIN results r ON r.sha256 = rr.sha256 AND r.config = ? AND rr.result IS NULL
        WHERE rr.run = ? {where} ORDER BY rr.ord
    """

    def __len__(self) -> int:
        return int(self._len)

    def __iter__(self) -> Iterator[Result]:
        # fetchmany on a private cursor: several iterations may be open at once.
        cur = self.state.db.execute(self._QUERY.format(where=""), (self.config, self.run))
        while batch := cur.fetchmany(256):
            for name, blob, _ in batch:
                yield _load(name, blob)

    def statuses(self) -> Counter[str]:
        """Returns the number of rows per status from the status column, reading no rendered
        rows; only the run's own error rows (found before or by a limit; few) are unpickled."""
        cur = self.state.db.execute(
            """SELECT rr.name, rr.result, r.status FROM run_rows rr
               LEFT JOIN results r ON r.sha256 = rr.sha256 AND r.config = ? AND rr.result IS NULL
               WHERE rr.run = ?""",
            (self.config, self.run),
        )
        return Counter(status if blob is None else _load(name, blob).status
                       for name, blob, status in cur)  # fmt: skip

    def rows(self) -> Iterator[tuple[str, Rendered]]:
        """Yields (file name, rendered report rows) in report order."""
        cur = self.state.db.execute(self._QUERY.format(where=""), (self.config, self.run))
        while batch := cur.fetchmany(256):
            for name, blob, rendered in batch:
                yield (
                    name,
                    _rendered(name, blob, rendered if self.rendered_rows else None, self.roles),
                )

    @overload
    def __getitem__(self, index: int) -> Result: ...
    @overload
    def __getitem__(self, index: slice) -> list[Result]: ...
    def __getitem__(self, index: int | slice) -> Result | list[Result]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        row = self.state.db.execute(
            self._QUERY.format(where="AND rr.ord = ?"), (self.config, self.run, index)
        ).fetchone()
        return _load(*row[:2])


def _rendered(
    name: str, blob: bytes | None, rendered: bytes | None, roles: Sequence[str]
) -> Rendered:
    """Returns the kept report rows, or renders them from the Result when none are kept (an
    error row, a Result kept by schema 1 or rendered in another form)."""
    return load_rendered(rendered) if rendered is not None else render(_load(name, blob), roles)


def _load(name: str, blob: bytes | None) -> Result:
    if blob is None:
        raise ScreeningError("the state database lost a result; rerun the screening")
    result: Result = thaw(blob)
    # The stored Result carries the name it was first screened under; this run may call it otherwise.
    return result if result.file == name else dataclasses.replace(result, file=name)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
