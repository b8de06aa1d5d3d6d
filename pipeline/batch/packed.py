"""What a worker hands back for one file: its status, and its Result and report rows as bytes.

Both are pickled in the worker, so the parent, which shares the cores with the workers, only
stores bytes: it never unpickles a Result to write the CSV and JSONL reports (see
pipeline.writers.rendered).
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.models import Result
from pipeline.writers.rendered import Rendered, render

PROTOCOL = pickle.HIGHEST_PROTOCOL


@dataclass(frozen=True)
class Packed:
    status: str
    sha256: str
    result: bytes  # the pickled Result
    rendered: bytes  # the pickled Rendered rows

    def unpack(self) -> Result:
        """Returns the Result."""
        result: Result = pickle.loads(self.result)
        return result


def pack(result: Result, roles: Sequence[str]) -> Packed:
    """Returns the Result pickled, with its report rows for these roles rendered and pickled."""
    return Packed(
        status=result.status,
        sha256=result.sha256,
        result=pickle.dumps(result, protocol=PROTOCOL),
        rendered=pickle.dumps(render(result, roles), protocol=PROTOCOL),
    )


def load_rendered(blob: bytes) -> Rendered:
    """Returns the Rendered rows kept by `pack`."""
    rendered: Rendered = pickle.loads(blob)
    return rendered


# What an executor reports per file: a worker's Packed answer, or its own verdict (timeout,
# crashed, vanished) as a Result.
Outcome = Packed | Result
