"""Named errors. In a batch each becomes a row with its `code`; on the CLI a one-line message."""

from __future__ import annotations

from pathlib import Path


class ScreeningError(Exception):
    """Base of every error the pipeline raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, path: Path | str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        if code is not None:
            self.code = code


class ParseError(ScreeningError):
    """The file has a supported type but could not be read."""

    code = "parse_error"


class UnsupportedFormat(ScreeningError):
    code = "unsupported_format"


class TaxonomyError(ScreeningError):
    """The taxonomy YAML is invalid; the message names file, entry and what is wrong."""

    code = "taxonomy_error"
