"""Date ranges as résumés write them: "Jan 2018 – Present", "2012–2016", "Summer 2019", "'18 – '21".

Conventions (issue 5, item 3):
- Months count whole: a range starts on the 1st of its first month and ends on the last day of its
  last month, so "Jan 2018 – Dec 2018" is 12 months, 1.0 year.
- Year-only dates count from mid-year: as a start a bare year means 1 July, as an end 30 June, so
  "2012–2016" is exactly 48 months, 4.0 years. When that would put the two ends the wrong way round
  inside one year, the year-only end widens to the year's edge: "2019 – 2019" is Jul–Dec (0.5 year),
  "2020 – Mar 2020" is Jan–Mar, "Since 2026" read on 1 Mar 2026 starts in January.
- Seasons: spring = Mar–May, summer = Jun–Aug, fall/autumn = Sep–Nov, winter = Jan–Feb of the year
  named (the academic winter term). Quarters count their three months (Q1 = Jan–Mar); a quarter
  alone, unlike a season, is no range.
- "Present", "Current", "Now", "Today", "Ongoing", "to date", "till date", "till now" end on `as_of`.
- Two-digit years ('18) are 20yy when yy <= as_of's yy, else 19yy. Without the apostrophe
  ("Jan 15 – Mar 16", "Mar-19 to Jun-21", "1/19 – 3/21") they are years only in a range whose
  ends both read so, or that runs to the present, and only when that reading is plausible;
  otherwise the numbers are days and there is no range.
- A day in a date only places it in its month: "15 Jan 2019 – 30 Mar 2021" is Jan 2019 – Mar 2021.
  Numeric dates take one day/month order for both ends of a range (see `_day_first`).
- A range is implausible (``reason`` set, never summed) when it starts before 1950, starts or ends
  in a month after `as_of`, or ends before it starts. A stated end in `as_of`'s own month is
  clamped to `as_of`.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

Precision = Literal["month", "year", "season"]

MIN_YEAR = 1950

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
                  "winter": (1, 2)}  # fmt: skip
_PRECISION_RANK = {"month": 0, "season": 1, "year": 2}


@dataclass(frozen=True)
class DateRange:
    """A parsed range; `reason` is empty when it is plausible."""

    start: date
    end: date  # last day of the end month (inclusive); as_of when current
    precision: Precision = "month"
    current: bool = False
    reason: str = ""  # before_1950 | future | end_before_start

    @property
    def valid(self) -> bool:
        """Return True when the range may be summed."""
        return not self.reason

    @property
    def months(self) -> int:
        """Return the number of calendar months covered, both ends included (0 when invalid)."""
        if self.reason:
            return 0
        return month_index(self.end) - month_index(self.start) + 1

    @property
    def years(self) -> float:
        """Return the covered months in years, rounded to 0.1."""
        return round(self.months / 12, 1)


def month_index(day: date) -> int:
    """Return a month counter (year * 12 + month - 1) used to merge and count months."""
    return day.year * 12 + day.month - 1


# --- patterns -------------------------------------------------------------------------------
# Endpoint patterns have no capturing groups so they can be combined; each endpoint's text is
# parsed again by `_parse_point`.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
MONTH_NAME = _MONTH  # a month's name or abbreviation, as a pattern (for other readers of dates)
_YEAR4 = r"(?:19|20)\d{2}"
_APOSTROPHE_YY = r"['’‘]\d{2}(?!\d)"
_YY = rf"(?<![\w'’‘]){_APOSTROPHE_YY}"
_YEAR = rf"(?:{_YEAR4}(?![\d%+])|{_YY})"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
# hyphen, en dash, em dash, unicode hyphen, non-breaking hyphen, minus, figure dash, horizontal bar
_DASHES = "-–—‐‑−‒―"
_TILDES = "~〜"  # "2019.01 ~ 2021.03": East Asian résumés write a range with a tilde or wave dash

_P_SEASON = rf"(?<![a-z]){_SEASON}\s*,?\s*{_YEAR}"
_P_QUARTER = rf"(?<![a-z\d])q[1-4](?:(?:\s*,?\s*|[-/'’‘]){_YEAR4}(?![\d%+])|\s*{_APOSTROPHE_YY})"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# After a month name: "Jan 2019", "March, 2019", "Mar-2019", "Mar/2019", "June'2018", "Jun'18".
_MONTHS_YEAR = rf"(?:(?:\s*,?\s*|[-/'’‘]){_YEAR4}(?![\d%+])|\s*{_APOSTROPHE_YY})"
_P_NAMED = rf"(?<![a-z]){_MONTH}\.?(?:\s+{_DAY})?{_MONTHS_YEAR}"
# Day first (UK, EU, India, Australia): "15 Jan 2019", "1st January 2019", "15-Jan-2019".
_P_DAY_NAMED = rf"(?<![\w/.:]){_DAY}(?:\s+of)?(?:\s+|[-/.]){_MONTH}\.?{_MONTHS_YEAR}"
# 01/15/2019 (US), 15/01/2019 (UK), 15.01.2019 (EU), 15-01-2019 (India): see `_day_first`.
_P_MDY = rf"(?<![\w/.:])\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_YEAR4}(?!\d)"
_P_YM = rf"(?<![\w/.:]){_YEAR4}[/.\-](?:0[1-9]|1[0-2])(?:[/.\-](?:0[1-9]|[12]\d|3[01]))?(?!\d)"
_P_MY = rf"(?<![\w/.:])(?:0?[1-9]|1[0-2])[/.\-]{_YEAR4}(?!\d)"
# Year first, then the month's name: "2019 Sep", "2019 September" (some European and Asian CVs).
_P_Y4_NAMED = rf"(?<![\w,.:#$£€¥₹/]){_YEAR4}[^\S\n]+{_MONTH}\.?(?![a-z])"  # one line
# A year is no year after a letter ("v2019", "FY2019"), a number's punctuation ("9001:2015",
# "1,950"), a currency or "#"; a start year not after "digit-" or "digit " either, which is a
# phone number ("555-2019-2020", "+49 30 2019-2021").
_NOT_AFTER = r"(?<![\w,.:#$£€¥₹/])"
_NOT_START_AFTER = rf"{_NOT_AFTER}(?<!\d[-/.])(?<!\d[^\S\n])"
_P_Y4 = rf"{_NOT_START_AFTER}{_YEAR4}(?![\d%+])"
_POINT = rf"(?:{_P_SEASON}|{_P_QUARTER}|{_P_NAMED}|{_P_DAY_NAMED}|{_P_MDY}|{_P_YM}|{_P_MY}|{_P_Y4_NAMED}|{_P_Y4}|{_YY})"
# An end point follows a connector, so a digit and hyphen before it are the start's ("2019-2021").
_POINT_END = _POINT.replace(_P_Y4, rf"{_NOT_AFTER}{_YEAR4}(?![\d%+])")

# A month and a two-digit year without an apostrophe: "Jan 15", "Mar-19", "1/19". Read as years
# only in a range whose ends both look so (or that runs to the present), with no year after it,
# and only when that reading is a plausible range: "Jan 15 – Mar 16" is 2015–2016, but
# "Jan 28 – Mar 30", "Nov 20 – Dec 15" and "Jan 15 – Mar 16, 2019" are days.
_P_SHORT = (
    rf"(?:(?<![a-z]){_MONTH}\.?(?:[^\S\n]|[-/])?|(?<![\w/.:])(?:0?[1-9]|1[0-2])/)"
    r"\d{2}(?![\d:/]|\.\d|(?:st|nd|rd|th)(?![a-z]))"
)
# The same joined ("Mar-19", "Mar/19", "3/19"): only these make a range of two short ends. With a
# space, "Oct 10 – Oct 24" and "May 12 – May 20" are days far more often than 14 or 8 years, so
# "Jan 15 – Mar 16" is read only when it runs to the present.
_P_SHORT_JOINED = (
    rf"(?:(?<![a-z]){_MONTH}\.?[-/]|(?<![\w/.:])(?:0?[1-9]|1[0-2])/)"
    r"\d{2}(?![\d:/]|\.\d|(?:st|nd|rd|th)(?![a-z]))"
)

_CONNECTOR = rf"(?:\s*[{_DASHES}]{{1,2}}\s*|\s*[{_TILDES}]\s*|\s+(?:to|until|till|through|thru)\s+)"
_PRESENT = (
    r"(?:(?:the\s+)?present|pres\.|current(?:ly)?|today|ongoing|(?:(?:to|till|until)\s+)?(?:date|now))"
    r"(?![a-z])"
)

# Where a range can start: a digit, an apostrophe, or a word opening a month, season, quarter,
# "since", "from" or "between". Checked first, so the many alternatives below run at few
# positions (about 10x faster).
_START_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                "spr", "sum", "fal", "aut", "win", "q[1-4]", "sin", "fro", "bet", "start")  # fmt: skip
_START = rf"(?=[\d'’‘]|(?<![a-z])(?:{'|'.join(_START_WORDS)}))"

_RANGE_RE = re.compile(
    rf"{_START}(?:"
    # "2015–16": a short end year in the start's century (checked first; _POINT would stop at 2015)
    # A bare hyphen then 01-12 is a month ("2015-03"), so there the short year must be over 12.
    rf"{_NOT_START_AFTER}(?P<y4>{_YEAR4})"
    rf"(?:(?:\s*[–—]\s*|\s+[{_DASHES}]\s+|\s+(?:to|until|till|through|thru)\s+)(?P<yy>\d{{2}})"
    rf"|[{_DASHES}](?P<yyb>1[3-9]|[2-9]\d))(?![\d%/.\-+])"
    rf"|(?:(?<![a-z])from\s+)?(?P<a>{_POINT}){_CONNECTOR}(?:(?P<present>{_PRESENT})"
    rf"|(?P<b>{_POINT_END})(?![-/.]\d)|(?P<bs>{_P_SHORT})(?!\s*,?\s*\d|[-/.]\d))"
    rf"|(?<![a-z])between\s+(?P<ba>{_POINT})\s+and\s+(?P<bb>{_POINT_END})(?![-/.]\d)"
    rf"|(?<![a-z])(?P<ma>{_MONTH})\.?{_CONNECTOR}(?P<mb>{_MONTH}\.?{_MONTHS_YEAR})"
    # Days in one year: "Jan 15 – Mar 16, 2019"
    rf"|(?<![a-z])(?P<da>{_MONTH})\.?\s+{_DAY}{_CONNECTOR}"
    rf"(?P<db>{_MONTH}\.?\s+{_DAY}\s*,?\s*{_YEAR4}(?![\d%+]))"
    rf"|(?P<sa>{_P_SHORT}){_CONNECTOR}(?P<spresent>{_PRESENT})"
    rf"|(?P<ja>{_P_SHORT_JOINED}){_CONNECTOR}(?P<sb>{_P_SHORT_JOINED})(?!\s*,?\s*\d|[-/.]\d)"
    # A form's fields: "Start: 04/2018    End: 09/2021", "From: Jan 2019 | To: Present"
    rf"|(?<![a-z])(?:start(?:\s+date)?|from)\s*:\s*(?P<la>{_POINT})[^\S\n]*(?:[|,;·][^\S\n]*)?"
    rf"(?:end(?:\s+date)?|to|until)\s*:\s*(?:(?P<lpresent>{_PRESENT})|(?P<lb>{_POINT_END}))"
    rf"|(?<![a-z])(?:since|from)\s+(?P<since>{_POINT})"
    rf"|(?P<onward>{_POINT})\s+onwards?(?![a-z])"
    # "Jan 2022 –" closing its line: still running (a closing end on the next line, "Jan 2022 –"
    # over "Present", is read by the alternatives above, which come first).
    # Only where a header puts its dates: at the line's start or after a separator, never after
    # a word ("… shipped in Q4 2019 —" wrapped onto "ahead of schedule." is no job).
    rf"|(?:(?<![^\n])|(?<=[{_DASHES}|·•,;:(\t])|(?<=[{_DASHES}|·•,;:(\t][^\S\n]))"
    rf"(?P<open>{_POINT})[^\S\n]*[{_DASHES}]{{1,2}}[^\S\n]*(?=\n|$)"
    rf"|(?P<season>{_P_SEASON}))",
    re.IGNORECASE,
)

# The places `_START` allows, found the way the regex engine scans fastest: a pattern opening
# with a set of characters skips ahead to the next one of them, one opening with a lookahead is
# run at every position (0.24 ms a résumé instead of 0.38 on the bench corpus). A superset: a
# digit or an apostrophe not after a word character (as every alternative opening with one
# requires), or a word opening as `_START` says. Without re.IGNORECASE, so the letters come in
# both cases and with the characters the flag folds onto them ("ſ" is an "s"; CASE_TRAPS).
_FIRSTS = "".join(sorted({w[0] for w in _START_WORDS}))
_FOLDING = "\u0130\u0131\u017f\u212a"
_WORD_ENDS = "|".join(  # grouped by first letter: each group costs a lookbehind
    rf"(?<={first})(?:{'|'.join(w[1:] for w in _START_WORDS if w[0] == first)})"
    for first in _FIRSTS
)
# What may follow a range's first digit, each alternative opening with a digit asks for it: a
# year then a connector, a month or "onwards" ("2019 – 2021", "2019-03", "2019 onwards"), or a
# day or month then a month or a number ("15 Jan 2019", "1st of March", "03/2019", "1/19").
# Most numbers in a résumé ("12-person team", "40 sites", "3 years") fail it, which saves the
# range pattern's dozen alternatives at each (0.08 ms a résumé on the bench corpus).
_AFTER_FIRST_DIGIT = (
    rf"(?<=[12])\d{{3}}(?:\s*[{_DASHES}{_TILDES}/.]|\s+(?:to|until|till|through|thru|onward)|[^\S\n]+{_MONTH})"
    rf"|\d?(?:[/.\-]\d|(?:st|nd|rd|th)?(?:\s+of)?(?:\s+|[-/.]){_MONTH})"
)
_CANDIDATE = re.compile(
    rf"[\d'’‘{_FIRSTS}{_FIRSTS.upper()}{_FOLDING}](?<![a-zA-Z{_FOLDING}].)"
    rf"(?:(?<=['’‘])(?<!\w.)|(?<=\d)(?<!\w.)(?=(?i:{_AFTER_FIRST_DIGIT}))|(?i:{_WORD_ENDS}))"
)

# The same places found from the character before them, which is no letter: the engine skips
# ahead to far fewer characters that way than to the letters opening a month or a season (a
# third of a text's characters), so the scan costs 10% less. The text's first character has
# none before it: `_CANDIDATE` decides there.
_AFTER_NON_LETTER = re.compile(rf"[^a-zA-Z{_FOLDING}](?={_CANDIDATE.pattern})")

_MONTH_NAME = re.compile(_MONTH, re.I)
_SEASON_NAME = re.compile(_SEASON, re.I)
_LAST_NUMBER = re.compile(r"(\d+)\D*$")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})[/.\-]\d{4}")
_NUMBER_SEPARATOR = re.compile(r"[/.\-]")
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _Point(NamedTuple):  # a tuple: two are built for every range, a dataclass costs more
    year: int
    first_month: int  # month this point starts a range in
    last_month: int  # month this point ends a range in
    precision: Precision


def _year(text: str, as_of: date) -> int:
    digits = text.strip("'’‘")
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    return 2000 + yy if yy <= as_of.year % 100 else 1900 + yy


def _day_first(*texts: str) -> bool:
    """Return True when the numeric dates of one range put the day first (15/01/2019).

    A number over 12 settles it for both ends ("01/03/2019 – 15/06/2021" is March to June);
    otherwise the separator decides: a slash is the US month first, a dot or a hyphen the
    day-first order of the countries that write dates that way."""
    separators = []
    for text in texts:
        numeric = _NUMERIC_DATE.fullmatch(text.strip())
        if numeric:
            if int(numeric.group(1)) > 12:
                return True
            if int(numeric.group(3)) > 12:
                return False
            separators.append(numeric.group(2))
    return bool(separators) and separators[0] != "/"


# Bounded, keyed by value, and its result a tuple: a batch sees the same few hundred endpoints
# ("Jan 2019", "2021") again and again (half the endpoints of the labelled sets are repeats).
@functools.lru_cache(maxsize=4096)
def _parse_point(text: str, as_of: date, day_first: bool = False) -> _Point:
    """Return the endpoint a matched endpoint text stands for."""
    text = text.strip()
    month_name = _MONTH_NAME.search(text)
    if text[0].isalpha() or month_name:  # "Jan 2019", "15 Jan 2019"
        # The year is the last number: "Jan 15, 2019", "Jun'18"; a day, if any, comes before it.
        last_number = _LAST_NUMBER.search(text)
        assert last_number is not None  # the combined pattern only yields parseable endpoints
        year = _year(last_number.group(1), as_of)
        if text[0] in "qQ":  # a quarter: Q1 = Jan–Mar
            quarter = int(text[1])
            return _Point(year, 3 * quarter - 2, 3 * quarter, "season")
        season = _SEASON_NAME.match(text)
        if season:
            first, last = _SEASON_MONTHS[season.group(0).casefold()]
            return _Point(year, first, last, "season")
        assert month_name is not None
        month = _MONTH_NUMBERS[month_name.group(0).casefold()[:3]]
        return _Point(year, month, month, "month")
    if text[0] in "'’‘":
        return _Point(_year(text, as_of), 7, 6, "year")
    parts = _NUMBER_SEPARATOR.split(text)
    if len(parts) == 1:
        return _Point(int(parts[0]), 7, 6, "year")
    if len(parts[0]) == 4:  # 2015-03 or 2015-03-01
        month = int(parts[1])
    elif len(parts) == 3:  # 03/15/2018 or 15/03/2018
        first, second = int(parts[0]), int(parts[1])
        month = second if (day_first or first > 12) and second <= 12 else first
    else:
        month = int(parts[0])
    year = _year(parts[-1], as_of) if len(parts[0]) != 4 else int(parts[0])
    month = min(max(month, 1), 12)
    return _Point(year, month, month, "month")


def _last_day(year: int, month: int) -> date:
    # calendar.monthrange also works out the weekday the month starts on
    return date(year, month, _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year)))


def _coarsest(*precisions: Precision) -> Precision:
    return max(precisions, key=_PRECISION_RANK.__getitem__)


def _build(start: _Point, end: _Point | None, as_of: date) -> DateRange:
    """Return the range from two endpoints (end None = current), with plausibility checked."""
    s_year, s_month = start.year, start.first_month
    if end is None:
        e_year, e_month, precision = as_of.year, as_of.month, start.precision
    else:
        e_year, e_month = end.year, end.last_month
        precision = _coarsest(start.precision, end.precision)
    if (s_year, s_month) > (e_year, e_month) and s_year == e_year:
        # Mid-year convention must not turn a same-year range around; widen the year-only end.
        if end is not None and end.precision == "year":
            e_month = 12
        elif start.precision == "year":
            s_month = 1
    if not 1 <= s_year <= 9999 or not 1 <= e_year <= 9999:
        return DateRange(as_of, as_of, precision, end is None, "before_1950")
    start_day = date(s_year, s_month, 1)
    end_day = as_of if end is None else _last_day(e_year, e_month)
    as_of_month = (as_of.year, as_of.month)
    reason = ""
    if s_year < MIN_YEAR:
        reason = "before_1950"
    elif (s_year, s_month) > as_of_month or (e_year, e_month) > as_of_month:
        reason = "future"
    elif (s_year, s_month) > (e_year, e_month):
        reason = "end_before_start"
    elif end_day > as_of:
        end_day = as_of
    return DateRange(start_day, end_day, precision, end is None, reason)


def _range_from_match(match: re.Match[str], as_of: date) -> DateRange | None:
    """Return the range a match stands for, or None when it turns out to be no range."""
    groups = match.groupdict()
    if groups["y4"] is not None:
        start = _parse_point(groups["y4"], as_of)
        end_year = start.year // 100 * 100 + int(groups["yy"] or groups["yyb"])
        if end_year < start.year and start.year < 2000:  # "1998–02" crosses the century
            end_year += 100
        return _build(start, _parse_point(str(end_year), as_of), as_of)
    if groups["a"] is not None or groups["ba"] is not None or groups["la"] is not None:
        first = groups["a"] or groups["ba"] or groups["la"]
        last = groups["b"] or groups["bb"] or groups["bs"] or groups["lb"]
        day_first = _day_first(first, last or "")
        start = _parse_point(first, as_of, day_first)
        end = None if last is None else _parse_point(last, as_of, day_first)
        found = _build(start, end, as_of)
        if groups["bs"] is not None and not found.valid:
            return None  # "Jan 2019 – Mar 21" is a year; "Jan 2019 – Mar 15" no range at all
        return found
    if groups["sa"] is not None or groups["ja"] is not None:
        start = _parse_point(groups["sa"] or groups["ja"], as_of)
        end = None if groups["sb"] is None else _parse_point(groups["sb"], as_of)
        found = _build(start, end, as_of)
        return found if found.valid else None  # an implausible reading is days, not years
    if groups["ma"] is not None or groups["da"] is not None:
        end = _parse_point(groups["mb"] or groups["db"], as_of)
        month = _MONTH_NUMBERS[(groups["ma"] or groups["da"]).casefold()[:3]]
        year = end.year - 1 if month > end.first_month else end.year
        return _build(_Point(year, month, month, "month"), end, as_of)
    if groups["since"] is not None or groups["onward"] is not None or groups["open"] is not None:
        point = groups["since"] or groups["onward"] or groups["open"]
        return _build(_parse_point(point, as_of, _day_first(point)), None, as_of)
    point = _parse_point(groups["season"], as_of)
    return _build(point, point, as_of)


# "Windows 2000 – 2003 servers", "SQL Server 2008 – 2016 instances": bare years between a word and
# a lower-case word that goes on with the phrase are a product's versions, not a job's dates.
_WORD_BEFORE = re.compile(r"[^\W\d_][^\S\n]+$")
# ... unless the word says how the job was held: "Acme Corp 2019 – 2023 remote", "… contract".
_PHRASE_GOES_ON = re.compile(
    r"[^\S\n]+(?!(?:at|and|as|for|in|on|via|with|remote(?:ly)?|hybrid|on-?site|in-office|"
    r"contract(?:or|ed)?|freelancer?|full[- ]?time|part[- ]?time|temp(?:orary)?|permanent|"
    r"interim|seasonal|self[- ]employed|consult(?:ant|ing)|intern(?:ship)?)\b)[a-z]"
)


def _inside_a_phrase(text: str, start: int, end: int, found: DateRange) -> bool:
    return (
        found.precision == "year"
        and not found.current
        and text[start : start + 4].isdigit()
        and _PHRASE_GOES_ON.match(text, end) is not None
        and _WORD_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Return the matches `_RANGE_RE.finditer(text)` returns, trying the pattern only where
    `_CANDIDATE` says a range may start."""
    end = 0
    match = _RANGE_RE.match
    if _CANDIDATE.match(text):
        found = match(text, 0)
        if found is not None:
            end = found.end()
            yield found
    for candidate in _AFTER_NON_LETTER.finditer(text):
        at = candidate.end()
        if at >= end:
            found = match(text, at)  # lookbehinds see the text before `at`, as in finditer
            if found is not None:
                end = found.end()
                yield found


def _ranges(text: str, as_of: date) -> Iterator[tuple[int, int, DateRange]]:
    for match in _matches(text):
        found = _range_from_match(match, as_of)
        if found is not None and not _inside_a_phrase(text, match.start(), match.end(), found):
            yield match.start(), match.end(), found


_POINT_ALONE = re.compile(_POINT, re.IGNORECASE)


def parse_date_point(text: str, as_of: date) -> tuple[int, int] | None:
    """Return (year, month) of the last month a single date names, or None when `text` is no
    date: "Mar 2025" and "03/2025" end in March 2025, "14/02/2025" and "02/14/2025" in February,
    "Summer 2025" in August and a bare "2025" in December."""
    text = text.strip()
    if not text or _POINT_ALONE.fullmatch(text) is None:
        return None
    point = _parse_point(text, as_of)
    return point.year, 12 if point.precision == "year" else point.last_month


def find_date_ranges(text: str, as_of: date) -> list[tuple[int, int, DateRange]]:
    """Return (start_char, end_char, range) for every date range in `text`, in text order."""
    return list(_ranges(text, as_of))


def parse_date_range(text: str, as_of: date) -> DateRange | None:
    """Return the first date range in `text`, or None when there is none."""
    return next((found for _, _, found in _ranges(text, as_of)), None)
