"""When text is invisible against its background: the colour tests of the PDF, DOCX and HTML
readers, so all three draw the line in the same place."""

from __future__ import annotations

NEAR_WHITE = 0.94  # every channel at or above this fraction of full scale: a white page's colour
DARK = 200 / 255  # a luminance below this fraction of full scale: white text on it is readable


def luminance(r: float, g: float, b: float) -> float:
    """Returns the luminance of a colour, on the scale of its channels."""
    return 0.299 * r + 0.587 * g + 0.114 * b


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
    return channels is not None and min(channels) >= 255 * NEAR_WHITE


def is_dark(value: str) -> bool:
    """Returns True for a hex fill colour against which white text is readable."""
    channels = rgb(value)
    return channels is not None and luminance(*channels) < 255 * DARK
