"""When text is invisible against its background: colour tests shared by the DOCX and HTML readers."""

from __future__ import annotations


def rgb(value: str) -> tuple[int, int, int] | None:
    """Returns the (r, g, b) of a six-digit hex colour such as "FFFFFF", or None."""
    if len(value) != 6:
        return None
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return None


def is_near_white(value: str) -> bool:
    """Returns True for a hex colour a reader cannot tell from a white page."""
    channels = rgb(value)
    return channels is not None and min(channels) >= 0xF0


def is_dark(value: str) -> bool:
    """Returns True for a hex fill colour against which white text is readable."""
    channels = rgb(value)
    return (
        channels is not None
        and (0.299 * channels[0] + 0.587 * channels[1] + 0.114 * channels[2]) < 200
    )
