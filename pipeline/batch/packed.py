"""What a worker hands back for one file: its status, and its Result and report rows as bytes.

Both are pickled and compressed in the worker, so the parent, which shares the cores with the
workers, only stores bytes: it never unpickles a Result to write the CSV and JSONL reports (see
pipeline.writers.rendered). Zstandard at level 1 turns the ~105 KB a résumé into ~19 KB for
~0.2 ms of the worker's time, so the state database of a nightly job grows five times slower
and the parent moves five times fewer bytes through the pipe and SQLite.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import zstandard

from pipeline.models import Result
from pipeline.writers.rendered import Rendered, render

PROTOCOL = pickle.HIGHEST_PROTOCOL
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"  # a blob without it is a plain pickle (kept by 0.3.0)
_LEVEL = 1
_codecs = threading.local()  # zstandard's (de)compressors are not safe across threads


def freeze(value: Any) -> bytes:
    """Returns `value` pickled and compressed."""
    compressor = getattr(_codecs, "compressor", None)
    if compressor is None:
        compressor = _codecs.compressor = zstandard.ZstdCompressor(level=_LEVEL)
    return compressor.compress(pickle.dumps(value, protocol=PROTOCOL))  # type: ignore[no-any-return]


def thaw(blob: bytes) -> Any:
    """Returns the value of a `freeze` blob, or of a plain pickle."""
    if blob[:4] == _ZSTD_MAGIC:
        decompressor = getattr(_codecs, "decompressor", None)
        if decompressor is None:
            decompressor = _codecs.decompressor = zstandard.ZstdDecompressor()
        blob = decompressor.decompress(blob)
    return pickle.loads(blob)


@dataclass(frozen=True)
class Packed:
    status: str
    sha256: str
    result: bytes  # the Result, frozen
    rendered: bytes  # the Rendered rows, frozen

    def unpack(self) -> Result:
        """Returns the Result."""
        result: Result = thaw(self.result)
        return result


def pack(result: Result, roles: Sequence[str]) -> Packed:
    """Returns the Result frozen, with its report rows for these roles rendered and frozen."""
    return Packed(
        status=result.status,
        sha256=result.sha256,
        result=freeze(result),
        rendered=freeze(render(result, roles)),
    )


def load_rendered(blob: bytes) -> Rendered:
    """Returns the Rendered rows kept by `pack`."""
    rendered: Rendered = thaw(blob)
    return rendered


# What an executor reports per file: a worker's Packed answer, or its own verdict (timeout,
# crashed, vanished) as a Result.
Outcome = Packed | Result
