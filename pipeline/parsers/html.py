"""HTML and MHTML parts embedded in a DOCX (w:altChunk): lines as Word lays them out, hidden text apart.

Not a parser of its own: an HTML file given to resume-screen is still an unsupported format. The
HTML is parsed by lxml.html (libxml2) without network access; it never expands entities other than
the predefined HTML ones, and a part declaring its own entities is refused like any DOCX part.
Text a reader cannot see (display:none, visibility:hidden, opacity 0, a size under 2 pt, white or
transparent text on no dark background) is set aside, as the DOCX walker does for runs. CSS comes
from style attributes, presentational attributes and <style> rules with simple selectors
(tag, .class, #id, compounds of them, descendant and child combinators), top-level or in an
"@media all" or "@media screen" block; other selectors are ignored. !important declarations win
over normal ones, as in a browser, and Word's own "mso-hide: all" hides.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from pipeline.errors import ParseError
from pipeline.parsers import txt
from pipeline.parsers.colors import is_dark, is_near_white

# Elements whose content a reader never sees.
_DROPPED = frozenset(
    {"head", "script", "style", "template", "noscript", "title", "meta", "link", "svg", "math"}
)
# Elements that start and end a line.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_LINK_SCHEMES = ("mailto:", "http://", "https://", "tel:")
# Caps on the style sheet: a chunk full of rules must not make every element cost thousands of
# selector checks (a Word-exported page has a few hundred rules, most without hiding properties).
_MAX_RULES = 2_000
_MAX_SELECTOR_PARTS = 8
# Elements compared with a selector part: 500,000 take ~1 s; a 3,000-paragraph Word page needs 35,000.
_MAX_MATCH_STEPS = 500_000
_LONG_CLASS_LIST = 256  # characters: longer class lists are split once per element and kept
_HIDING_PROPS = frozenset(
    {"display", "visibility", "opacity", "font-size", "font", "color", "background",
     "background-color", "mso-hide"}
)  # fmt: skip
# A length, colour or opacity longer than this is no real value: it is ignored unread, so a
# 100,000-digit font size costs nothing.
_MAX_VALUE = 64
_DEFAULT_PT = 12.0
_MIN_VISIBLE_PT = 2.0  # as for DOCX runs (w:sz under 4 half-points)

_SPACES = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# The encodings a part may declare: those of web pages (the WHATWG Encoding Standard's labels,
# as Python names them). Any other codec is ignored: "punycode" decodes in quadratic time (1 MB
# took a minute), "unicode_escape", "rot13" or "hex" are no text encodings of a page.
_WEB_ENCODINGS = frozenset(
    codecs.lookup(name).name
    for name in (
        "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii",
        "iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6",
        "iso-8859-7", "iso-8859-8", "iso-8859-9", "iso-8859-10", "iso-8859-11", "iso-8859-13",
        "iso-8859-14", "iso-8859-15", "iso-8859-16", "cp874", "cp1250", "cp1251", "cp1252",
        "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "koi8-r", "koi8-u", "cp866",
        "mac-roman", "mac-cyrillic", "shift_jis", "cp932", "euc-jp", "iso-2022-jp", "gbk",
        "gb2312", "gb18030", "big5", "big5-hkscs", "euc-kr", "cp949",
    )
)  # fmt: skip
# MIME header blocks: the email package reads Content-Type parameters in quadratic time (five
# parts with 140,000 "a=b;" parameters took 22 s); no real header block comes near this size.
_MAX_MIME_HEADER = 16 * 1024
_BOUNDARY = re.compile(rb"""boundary\s*=\s*["']?([^"'\r\n;]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_CSS_PUNCT = re.compile(r"[{};]")
_COMPOUND = re.compile(r"^(\*|[a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)$")
_SIMPLE = re.compile(r"[.#][\w-]+")
_RGB_FN = re.compile(
    r"rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:[\s,/]+([\d.]+%?))?\s*\)"
)
# One way to read each number ("\d*\.?\d+" backtracks quadratically on a long run of digits).
_LENGTH = re.compile(r"^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(px|pt|em|rem|%|ex|ch|pc|mm|cm|in|q)?$")
_UNIT_PT = {"px": 0.75, "pt": 1.0, "pc": 12.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}
_UNIT_PT["q"] = _UNIT_PT["mm"] / 4
_SIZE_KEYWORDS = {
    "xx-small": 7.0, "x-small": 7.5, "small": 10.0, "medium": 12.0, "large": 13.5,
    "x-large": 18.0, "xx-large": 24.0, "xxx-large": 36.0,
}  # fmt: skip
# Named colours that matter here: near-white ones (invisible text) and dark ones (backgrounds).
_NAMED = {
    "white": "ffffff", "snow": "fffafa", "ivory": "fffff0", "ghostwhite": "f8f8ff",
    "whitesmoke": "f5f5f5", "floralwhite": "fffaf0", "mintcream": "f5fffa", "azure": "f0ffff",
    "seashell": "fff5ee", "honeydew": "f0fff0", "aliceblue": "f0f8ff", "lavenderblush": "fff0f5",
    "black": "000000", "navy": "000080", "darkblue": "00008b", "midnightblue": "191970",
    "darkslategray": "2f4f4f", "darkslategrey": "2f4f4f", "dimgray": "696969",
    "dimgrey": "696969", "gray": "808080", "grey": "808080", "darkgreen": "006400",
    "green": "008000", "maroon": "800000", "darkred": "8b0000", "purple": "800080",
    "indigo": "4b0082", "teal": "008080", "blue": "0000ff", "red": "ff0000",
    "mediumblue": "0000cd", "darkslateblue": "483d8b", "brown": "a52a2a",
}  # fmt: skip


@dataclass
class HtmlText:
    """What a reader sees of an HTML part, and what it cannot see."""

    lines: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    complete: bool = True  # False when the parser gave up part-way (nesting over 256 levels)


def read(data: bytes, *, charset: str = "") -> HtmlText:
    """Returns the lines, hidden text and links of an HTML or XHTML document."""
    from lxml import etree

    text = _decode(data, charset)
    if "<!entity" in text.lower():
        raise ParseError("the DOCX contains a DOCTYPE/entity declaration", code="unsafe_xml")
    parser = etree.HTMLParser(  # plain elements: lxml.html's element classes cost a lookup each
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,  # libxml2 stops nesting at 256 levels
        default_doctype=False,
    )
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except etree.ParserError:  # nothing but white space
        root = None
    out = HtmlText(complete=not any(e.level_name == "FATAL" for e in parser.error_log))
    if root is not None:
        _Reader(root, _StyleSheet(root), out).walk(etree.iterwalk(root, events=("start", "end")))
    return out


def html_of_mhtml(data: bytes) -> tuple[bytes, str] | None:
    """Returns the first text/html part of an MHTML archive and its charset, or None."""
    import email
    from email import policy

    if not _mime_headers_within_cap(data):
        raise ParseError("an embedded MHTML part has an implausibly long header", code="corrupt")
    message = email.message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, part.get_content_charset() or ""
    return None


def _mime_headers_within_cap(data: bytes) -> bool:
    """Returns False when the archive's header block, or that of one of its parts, is over the cap.

    A part's headers follow a boundary line; every boundary declared anywhere is taken as one,
    so nested multiparts are covered without parsing them.
    """
    boundaries = {b"--" + m.group(1).strip() for m in _BOUNDARY.finditer(data)}
    size: int | None = 0  # bytes of the header block being read; None in a body
    for line in data.splitlines():
        if size is None:
            line = line.rstrip()
            if line.startswith(b"--") and (line in boundaries or line[:-2] in boundaries):
                size = 0
        elif not line.strip():
            size = None
        else:
            size += len(line)
            if size > _MAX_MIME_HEADER:
                return False
    return True


def _decode(data: bytes, charset: str) -> str:
    """Returns the text of the bytes: BOM, declared charset (MIME, XML, meta), else sniffed."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return txt.decode(data)[0]
    head = data[:4096]
    in_document = [
        m.group(1).decode("ascii") for m in (_XML_ENCODING.search(head), _CHARSET.search(head)) if m
    ]
    for n, name in enumerate([charset, *in_document]):
        try:
            codec = codecs.lookup(name.strip()).name if 0 < len(name) < 40 else ""
        except LookupError:
            continue
        # A declaration found by reading the bytes as ASCII cannot be true of UTF-16 or UTF-32.
        if codec not in _WEB_ENCODINGS or (n > 0 and codec.startswith(("utf-16", "utf-32"))):
            continue
        return data.decode(codec, errors="replace")
    return txt.decode(data)[0]  # undeclared, or declared as no web encoding: sniffed


# --- style ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    """The inherited properties that decide whether a reader sees the text."""

    dropped: bool = False  # inside <script>, <head>, ...
    display_none: bool = False
    invisible: bool = False  # visibility: hidden (a descendant may make itself visible again)
    transparent: bool = False  # opacity: 0
    size_pt: float = _DEFAULT_PT
    color: str = ""  # six hex digits, "transparent" or "" (the default, black)
    dark_background: bool = False
    pre: bool = False
    hidden: bool = field(init=False, compare=False)  # decided once: read for every text node

    def __post_init__(self) -> None:
        object.__setattr__(self, "hidden", self._hidden())

    def _hidden(self) -> bool:
        return (
            self.display_none
            or self.invisible
            or self.transparent
            or self.size_pt < _MIN_VISIBLE_PT
            or self.color == "transparent"
            or (is_near_white(self.color) and not self.dark_background)
        )


# The normal and the !important declarations of a block: property -> value, lower-cased.
_Declarations = tuple[dict[str, str], dict[str, str]]


def _declarations(css: str) -> _Declarations:
    """Returns the normal and the !important declarations of a declaration block."""
    normal: dict[str, str] = {}
    important: dict[str, str] = {}
    for item in css.split(";"):
        name, sep, value = item.partition(":")
        if sep:
            value = value.strip().lower()
            head, bang, flag = value.rpartition("!")
            if bang and flag.strip() == "important":
                important[name.strip().lower()] = head.strip()
            else:
                normal[name.strip().lower()] = value
    return normal, important


def _hiding(declarations: _Declarations) -> _Declarations:
    """Returns the declarations of properties that can hide text."""
    normal, important = declarations
    return (
        {k: v for k, v in normal.items() if k in _HIDING_PROPS},
        {k: v for k, v in important.items() if k in _HIDING_PROPS},
    )


def _without(props: dict[str, str], names: Any) -> dict[str, str]:
    """Returns `props` less the properties in `names`."""
    return {k: v for k, v in props.items() if k not in names} if names else props


def _color(value: str) -> str:
    """Returns a CSS colour as six hex digits, "transparent", or "" when not understood."""
    value = value.strip().lower()
    if len(value) > _MAX_VALUE:
        return ""
    if value in _NAMED:
        return _NAMED[value]
    if value == "transparent":
        return "transparent"
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) == 8:
            return "transparent" if digits[6:] == "00" else digits[:6]
        return digits if len(digits) == 6 else ""
    match = _RGB_FN.fullmatch(value)
    if match:
        try:
            channels = [_channel(match.group(i)) for i in (1, 2, 3)]
            alpha = match.group(4)
            if alpha is not None and _alpha(alpha) == 0:
                return "transparent"
        except (ValueError, OverflowError):  # "rgb(1.2.3, ...)", a channel of 400 digits
            return ""
        return "".join(f"{c:02x}" for c in channels)
    return ""


def _number(value: str) -> float:
    """Returns a finite CSS number; raises ValueError for anything else ("1.2.3", "1e999", "nan")."""
    if len(value) > _MAX_VALUE:
        raise ValueError("too long for a CSS number")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


def _channel(value: str) -> int:
    number = _number(value.rstrip("%"))
    return max(0, min(255, round(number * 2.55 if value.endswith("%") else number)))


def _alpha(value: str) -> float:
    return _number(value.rstrip("%")) / (100 if value.endswith("%") else 1)


def _background(value: str) -> str:
    """Returns the colour of a `background` shorthand (or background-color), or ""."""
    match = _RGB_FN.search(value)
    if match:
        return _color(match.group(0))
    for token in value.split():
        color = _color(token)
        if color:
            return color
    return ""


def _font_size(value: str, parent_pt: float) -> float | None:
    """Returns a CSS font size in points, or None when not understood."""
    value = value.strip()
    if len(value) > _MAX_VALUE:
        return None
    if value in _SIZE_KEYWORDS:
        return _SIZE_KEYWORDS[value]
    if value == "smaller":
        return parent_pt / 1.2
    if value == "larger":
        return parent_pt * 1.2
    match = _LENGTH.match(value)
    if not match:
        return None
    number, unit = _number(match.group(1)), match.group(2) or ""
    if unit in ("em", "ex", "ch"):
        return number * parent_pt * (1.0 if unit == "em" else 0.5)
    if unit == "%":
        return number * parent_pt / 100
    if unit == "rem":
        return number * _DEFAULT_PT
    if not unit:
        return number if number == 0 else None  # unitless sizes other than 0 are invalid CSS
    return number * _UNIT_PT[unit]


def _apply(style: _Style, props: dict[str, str]) -> _Style:
    """Returns `style` changed by the declarations `props`."""
    changes: dict[str, Any] = {}
    display = props.get("display")
    if display == "none" or props.get("mso-hide") == "all":  # Word's hidden text, saved as HTML
        changes["display_none"] = True
    visibility = props.get("visibility")
    if visibility in ("hidden", "collapse"):
        changes["invisible"] = True
    elif visibility == "visible":
        changes["invisible"] = False
    opacity = props.get("opacity")
    if opacity is not None:
        try:
            if _alpha(opacity) <= 0.05:
                changes["transparent"] = True
        except ValueError:
            pass
    size = props.get("font-size")
    if size is None and "font" in props:  # shorthand: "bold 0px Arial", "12pt/1.2 Calibri"
        for token in props["font"].replace("/", " ").split():
            if _font_size(token, style.size_pt) is not None and token[:1].isdigit():
                size = token
                break
    if size is not None:
        points = _font_size(size, style.size_pt)
        if points is not None:
            changes["size_pt"] = points
    if "color" in props:
        color = _color(props["color"])
        if color:
            changes["color"] = color
    for name in ("background", "background-color"):
        if name in props:
            fill = _background(props[name])
            if fill == "transparent" or not fill:
                continue
            changes["dark_background"] = is_dark(fill)
    return replace(style, **changes) if changes else style


class _StyleSheet:
    """The <style> rules of a document that can hide text, indexed by their rightmost key."""

    def __init__(self, root: Any):
        self.rules: dict[str, list[tuple[tuple[int, int, int], int, list[Any], _Declarations]]]
        self.rules = {}
        self.steps = 0
        self.named: set[str] = set()  # every class some selector names
        # Classes of the elements with a long class list, split once: a rule check must not
        # split 100,000 classes again (an ancestor is checked once for each descendant).
        self.long_classes: dict[Any, frozenset[str]] = {}
        order = 0
        for style in root.iter("style"):
            for selectors, body in _css_rules(style.text or ""):
                props = _hiding(_declarations(body))
                if not props[0] and not props[1]:
                    continue
                for selector in selectors.split(","):
                    chain = _parse_selector(selector)
                    if chain is None or order >= _MAX_RULES:
                        continue
                    order += 1
                    for (_, _, named), _ in chain:
                        self.named.update(named)
                    tag, ident, classes = chain[-1][0]
                    key = f"#{ident}" if ident else f".{min(classes)}" if classes else tag or "*"
                    self.rules.setdefault(key, []).append(
                        (_specificity(chain), order, chain, props)
                    )

    def props(self, el: Any) -> _Declarations:
        """Returns the declarations of the rules matching `el`, later and more specific last."""
        if not self.rules:
            return {}, {}
        keys = ["*", el.tag]
        ident = el.get("id")
        if ident:
            keys.append("#" + ident)
        keys.extend("." + c for c in self.classes(el))
        matched = []
        for key in keys:
            for spec, order, chain, props in self.rules.get(key, ()):
                if self._matches(el, chain):
                    matched.append((spec, order, props))
        normal: dict[str, str] = {}
        important: dict[str, str] = {}
        for _, _, props in sorted(matched, key=lambda m: (m[0], m[1])):
            normal.update(props[0])
            important.update(props[1])
        return normal, important

    def classes(self, el: Any) -> frozenset[str]:
        """Returns the classes of `el` that a selector names: no other class can match a rule."""
        found = self.long_classes.get(el)
        if found is not None:
            return found
        value = el.get("class")
        if not value or not self.named:
            return frozenset()
        named = frozenset(self.named.intersection(value.split()))
        if len(value) > _LONG_CLASS_LIST:
            self.long_classes[el] = named
        return named

    def _matches(self, el: Any, chain: list[tuple[_Compound, str]]) -> bool:
        """Returns True when the chain matches `el` (nearest ancestors first, no backtracking)."""
        if not self._compound_matches(el, chain[-1][0]):
            return False
        node = el
        for compound, combinator in reversed(chain[:-1]):
            node = node.getparent()
            if combinator == ">":
                if node is None or not self._compound_matches(node, compound):
                    return False
                continue
            while node is not None and not self._compound_matches(node, compound):
                node = node.getparent()
            if node is None:
                return False
        return True

    def _compound_matches(self, el: Any, compound: _Compound) -> bool:
        tag, ident, classes = compound
        # What a check costs: a step, and one more for each class the compound requires.
        self.steps += 1 + len(classes)
        if self.steps > _MAX_MATCH_STEPS:
            raise ParseError("an embedded HTML part is too complex to read", code="too_large")
        if tag and el.tag != tag:
            return False
        if ident and el.get("id") != ident:
            return False
        return not classes or classes <= self.classes(el)


_Compound = tuple[str, str, frozenset[str]]  # tag ("" for any), id, classes


def _css_rules(css: str) -> list[tuple[str, str]]:
    """Returns (selectors, declarations) of the rules of a style sheet that apply on a screen.

    Top-level rules and those of "@media all/screen" blocks, in order; rules of @media print,
    @supports ... apply only sometimes and are left out. A scan, not a regular expression:
    nested or unclosed braces and comments must cost linear time.
    """
    # "<!--" and "-->" may wrap a style sheet (for browsers of the 1990s): no part of a rule.
    css = _strip_comments(css).replace("<!--", " ").replace("-->", " ")
    rules: list[tuple[str, str]] = []
    depth, start, outer, inner = 0, 0, "", ""
    block = False  # in an @media block whose rules apply
    for match in _CSS_PUNCT.finditer(css):
        char, pos = match.group(), match.start()
        if char == "{":
            if depth == 0:
                outer = css[start:pos].strip()
                block = _on_screen(outer)
            elif depth == 1:
                inner = css[start:pos].strip()
            depth += 1
            start = pos + 1
        elif char == "}":
            if depth == 1 and not outer.startswith("@"):
                rules.append((outer, css[start:pos]))
            elif depth == 2 and block and not inner.startswith("@"):
                rules.append((inner, css[start:pos]))
            depth = max(0, depth - 1)
            start = pos + 1
        elif depth == 0 or (depth == 1 and block):  # "@import ...;" or stray text
            start = pos + 1
    return rules


def _on_screen(prelude: str) -> bool:
    """Returns True for an @media prelude with a query that always holds on a screen."""
    prelude = prelude.lower()
    if not prelude.startswith("@media"):
        return False
    media = prelude[len("@media") :]
    if media and not media[0].isspace():  # "@media(min-width: 600px)", "@mediax"
        return False
    # Queries with conditions ("screen and (max-width: 600px)") hold only on some screens.
    return not media.strip() or any(
        query.split() in (["all"], ["screen"], ["only", "all"], ["only", "screen"])
        for query in media.split(",")
    )


def _strip_comments(css: str) -> str:
    """Returns the style sheet without /* comments */; an unclosed one runs to the end."""
    parts: list[str] = []
    pos = 0
    while True:
        begin = css.find("/*", pos)
        if begin < 0:
            parts.append(css[pos:])
            return " ".join(parts)
        parts.append(css[pos:begin])
        end = css.find("*/", begin + 2)
        if end < 0:
            return " ".join(parts)
        pos = end + 2


def _parse_selector(selector: str) -> list[tuple[_Compound, str]] | None:
    """Returns [(compound, combinator to the next one)], or None for an unsupported selector."""
    tokens = re.findall(r">|[^\s>]+", selector.strip())
    if not tokens or len(tokens) > 2 * _MAX_SELECTOR_PARTS or tokens[0] == ">" or tokens[-1] == ">":
        return None
    chain: list[tuple[_Compound, str]] = []
    combinator = " "
    for token in tokens:
        if token == ">":
            if combinator == ">":
                return None
            combinator = ">"
            continue
        match = _COMPOUND.match(token)
        if not match:
            return None  # attribute selectors, pseudo-classes, sibling combinators
        tag = (match.group(1) or "").lower().replace("*", "")
        simple = _SIMPLE.findall(match.group(2))
        ids = [s[1:] for s in simple if s[0] == "#"]
        classes = frozenset(s[1:] for s in simple if s[0] == ".")
        if len(ids) > 1:
            return None
        if chain:
            chain[-1] = (chain[-1][0], combinator)
        chain.append(((tag, ids[0] if ids else "", classes), ""))
        combinator = " "
    return chain


def _specificity(chain: list[tuple[_Compound, str]]) -> tuple[int, int, int]:
    ids = sum(1 for (_, ident, _), _ in chain if ident)
    classes = sum(len(cls) for (_, _, cls), _ in chain)
    tags = sum(1 for (tag, _, _), _ in chain if tag)
    return ids, classes, tags


# --- layout --------------------------------------------------------------------------------------


class _Lines:
    """Collects text into lines; a line is cut at block boundaries."""

    def __init__(self, out: list[str]):
        self.out = out
        self.current: list[str] = []
        self.prefix = ""

    def add(self, text: str, pre: bool) -> None:
        if not pre:
            self.current.append(text)
            return
        first, *rest = text.split("\n")
        self.current.append(first)
        for line in rest:
            self.flush()
            self.current.append(line)

    def cell(self) -> None:
        """Separates a table cell from the previous one on the same line."""
        if "".join(self.current).strip():
            self.current.append(" | ")

    def bullet(self) -> None:
        self.flush()
        self.prefix = "- "

    def flush(self) -> None:
        line = _SPACES.sub(" ", "".join(self.current)).strip(" |")
        self.current = []
        if line.strip():
            self.out.append(self.prefix + line.strip())
            self.prefix = ""


class _Reader:
    """Walks the parsed HTML once, without recursion, keeping the inherited style on a stack."""

    def __init__(self, root: Any, sheet: _StyleSheet, out: HtmlText):
        self.root = root
        self.sheet = sheet
        self.result = out
        self.visible = _Lines(out.lines)
        self.hidden = _Lines(out.hidden)
        self.cache: dict[tuple[Any, ...], _Style] = {}

    def walk(self, events: Any) -> None:
        stack = [_Style()]
        for event, el in events:
            tag = el.tag if isinstance(el.tag, str) else ""
            if event == "start":
                style = self.style_of(el, tag, stack[-1])
                stack.append(style)
                if style.dropped:
                    events.skip_subtree()
                    continue
                self.open(el, tag, style)
                self.text(el.text, style)
            else:
                style = stack.pop()
                if tag in _BLOCKS or tag == "br":
                    self.visible.flush()
                    self.hidden.flush()
                self.text(el.tail, stack[-1])
        self.visible.flush()
        self.hidden.flush()

    def style_of(self, el: Any, tag: str, parent: _Style) -> _Style:
        """Returns the style of `el`, computed once per distinct (parent style, element) pair."""
        if parent.dropped or tag in _DROPPED or not tag:
            return replace(parent, dropped=True)
        rules = self.sheet.props(el)
        get = el.get
        key = (
            parent,
            tag,
            get("style"),
            get("bgcolor"),
            get("color") if tag == "font" else get("text") if tag == "body" else None,
            get("hidden") is not None or (tag == "input" and get("type") == "hidden"),
            (tuple(rules[0].items()), tuple(rules[1].items())) if rules != ({}, {}) else None,
        )
        style = self.cache.get(key)
        if style is None:
            if len(self.cache) > 10_000:
                self.cache.clear()
            style = self.cache[key] = _compute_style(el, tag, parent, rules)
        return style

    def open(self, el: Any, tag: str, style: _Style) -> None:
        if tag in _BLOCKS:
            self.visible.flush()
            self.hidden.flush()
        if tag == "li" and not style.hidden:
            self.visible.bullet()
        elif tag in _CELLS and not style.hidden:
            self.visible.cell()
        elif tag == "a" and not style.hidden:
            href = (el.get("href") or "").strip()
            if href.lower().startswith(_LINK_SCHEMES):
                self.result.links.append(href)

    def text(self, text: str | None, style: _Style) -> None:
        if text and not style.dropped:
            (self.hidden if style.hidden else self.visible).add(text, style.pre)


def _compute_style(el: Any, tag: str, parent: _Style, rules: _Declarations) -> _Style:
    """Returns the style of `el`: presentational attributes, then style rules, then its own style.

    !important declarations come last, the element's own after the rules'; a property set
    !important is not set by any normal declaration (a hiding property, once applied, stays).
    """
    style = parent
    presentational: dict[str, str] = {}
    if el.get("bgcolor"):
        presentational["background-color"] = el.get("bgcolor")
    if tag == "font" and el.get("color"):
        presentational["color"] = el.get("color")
    if tag == "body" and el.get("text"):
        presentational["color"] = el.get("text")
    if presentational:
        style = _apply(style, {k: v.lower() for k, v in presentational.items()})
    sheet, sheet_important = rules
    inline, inline_important = _declarations(el.get("style") or "")
    important = sheet_important.keys() | inline_important.keys()
    style = _apply(style, _without(sheet, important))
    style = _apply(style, _without(inline, important))
    style = _apply(style, _without(sheet_important, inline_important.keys()))
    style = _apply(style, inline_important)
    if el.get("hidden") is not None or (tag == "input" and el.get("type") == "hidden"):
        style = replace(style, display_none=True)
    if tag in ("pre", "textarea", "listing", "xmp", "plaintext"):
        style = replace(style, pre=True)
    return style
