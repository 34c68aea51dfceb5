"""HTML loader: headings, paragraphs and ``<table>`` rows; scripts, styles and hidden text dropped.

Text a reader cannot see is not indexed, and a warning says what was left out: text nobody can
see must not be able to change an answer. Whether text is visible is worked out from the inline
CSS (``style``) and presentational attributes of every element, inherited through the nesting
as a browser does (:class:`Style`):

* not rendered: ``display:none``, the ``hidden`` attribute, ``mso-hide:all`` (Word's hidden
  text), ``content-visibility:hidden``, placed far off-screen, clipped or sized to nothing;
* ``visibility:hidden`` / ``collapse`` (which a descendant may turn back to ``visible``);
* too small to read: a computed font size under 3 pt (4 px), from ``font-size`` or ``font`` in
  any unit (px, pt, pc, in, cm, mm, em, rem, ex, ch, %, keywords, ``calc()``), relative sizes
  compounding through nested elements, ``transform: scale()`` and ``zoom`` included;
* no contrast: text colour (with its alpha and the elements' ``opacity``) that cannot be told
  apart from the background it is drawn on (``background``/``bgcolor`` of the element or its
  ancestors, else the white page): white on white, navy on navy, fully transparent.

``aria-hidden`` is not hidden text: it hides from screen readers what sighted readers see.

Tables are read onto a grid (:func:`ingest.loaders.place_spans`): a ``rowspan`` cell repeats in
every row it spans, a ``colspan`` cell fills its first column (its text repeated across in header
rows, so 'Target date' over 'Original | Revised' gives 'Target date Original' and 'Target date
Revised'); leading ``<th>``/``<thead>`` rows are combined into one header row; a row merged
across the table (or only its first cell filled, in bold) is a sub-heading; a cell's or row's
red/amber/green/blue background is read as a status. A table of rows and columns inside a cell
(a page laid out in a table) is read as a table of its own.
:func:`strip_hidden_markup` applies the same rules to inline HTML in text and Markdown files.
"""

from __future__ import annotations

import colorsys
import html
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from html.parser import HTMLParser

from ingest.cleaning import STRUCK, clean_text
from ingest.loaders import (
    MIN_READABLE_PT,
    RGB,
    WHITE,
    LoadLimits,
    SpanCell,
    decode_text,
    grid_blocks,
    hex_rgb,
    hidden_text_warning,
    invisible_on,
    place_spans,
)
from ingest.model import Block, BlockKind, Page

_SKIP = {"script", "style", "head", "template", "noscript", "svg", "iframe", "object"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "wbr", "source", "area", "base"}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "br",
    "hr",
    "dl",
    "dt",
    "dd",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "figure",
    "figcaption",
}
# Inline by default: width and height do not apply to them unless ``display`` says otherwise.
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i",
    "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var",
}  # fmt: skip
_STRUCK_TAGS = {"s", "strike", "del"}  # a cell's struck-out text is marked as Markdown does
# End tags HTML lets authors leave out: a start tag of the key closes the open elements named
# in the first set, unless one of the second set is open inside them.
_SCOPE = {"table", "td", "th", "caption", "button", "object", "html"}
_IMPLIED_END: dict[str, tuple[set[str], set[str]]] = {
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "tbody": ({"tr", "td", "th", "tbody", "thead", "tfoot"}, {"table"}),
    "thead": ({"tr", "td", "th", "tbody", "thead", "tfoot"}, {"table"}),
    "tfoot": ({"tr", "td", "th", "tbody", "thead", "tfoot"}, {"table"}),
    "li": ({"li"}, {"ul", "ol"} | _SCOPE),
    "dt": ({"dt", "dd"}, {"dl"} | _SCOPE),
    "dd": ({"dt", "dd"}, {"dl"} | _SCOPE),
    "option": ({"option"}, {"select", "datalist"}),
}
for _tag in (*_BLOCK - {"br", "li", "dt", "dd"}, "table", "h1", "h2", "h3", "h4", "h5", "h6"):
    _IMPLIED_END.setdefault(_tag, ({"p"}, _SCOPE))

# --- CSS values -----------------------------------------------------------------------------

RGBA = tuple[float, float, float, float]
_ROOT_PX = 16.0  # 'medium', the size of rem units
_MIN_READABLE_PX = MIN_READABLE_PT * 96 / 72
_OFF_SCREEN_PX = -1000.0
_VIEWPORT = (1280.0, 720.0)  # for vw/vh units: any ordinary screen gives the same verdicts
_ABSOLUTE_PX = {
    "px": 1.0,
    "pt": 96 / 72,
    "pc": 16.0,
    "in": 96.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
    "q": 96 / 101.6,
    "rem": _ROOT_PX,
    "vw": _VIEWPORT[0] / 100,
    "vh": _VIEWPORT[1] / 100,
    "vmin": min(_VIEWPORT) / 100,
    "vmax": max(_VIEWPORT) / 100,
}
_FONT_RELATIVE = {"em": 1.0, "ex": 0.5, "ch": 0.5, "cap": 0.7, "ic": 1.0, "lh": 1.2}
_FONT_KEYWORDS = {
    "xx-small": 9.0,
    "x-small": 10.0,
    "small": 13.0,
    "medium": 16.0,
    "large": 18.0,
    "x-large": 24.0,
    "xx-large": 32.0,
    "xxx-large": 48.0,
}
_FONT_TAG_PX = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}  # <font size>
_TAG_FONT_SCALE = {
    "h1": 2.0,
    "h2": 1.5,
    "h3": 1.17,
    "h5": 0.83,
    "h6": 0.67,
    "small": 0.83,
    "sub": 0.83,
    "sup": 0.83,
    "big": 1.2,
}
_NAMED_COLORS = dict(
    item.split(":")
    for item in """
aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff
beige:f5f5dc bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff
blueviolet:8a2be2 brown:a52a2a burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00
chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c
cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9
darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b
darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000
darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f
darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493
deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222
floralwhite:fffaf0 forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff
gold:ffd700 goldenrod:daa520 gray:808080 green:008000 greenyellow:adff2f grey:808080
honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c
lavender:e6e6fa lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd
lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff lightgoldenrodyellow:fafad2
lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a
lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899 lightslategrey:778899
lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 linen:faf0e6
magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd
mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee
mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585
midnightblue:191970 mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead
navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500
orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee
palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb
plum:dda0dd powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000
rosybrown:bc8f8f royalblue:4169e1 saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460
seagreen:2e8b57 seashell:fff5ee sienna:a0522d silver:c0c0c0 skyblue:87ceeb
slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f
steelblue:4682b4 tan:d2b48c teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0
violet:ee82ee wheat:f5deb3 white:ffffff whitesmoke:f5f5f5 yellow:ffff00
yellowgreen:9acd32
""".split()
)

_TOKEN = re.compile(
    r"\s*(?:(?P<num>[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(?P<unit>%|[a-z]+)?"
    r"|(?P<func>[a-z-]+)\(|(?P<op>[-+*/(),]))",
    re.I,
)


class _Unparsable(ValueError):
    pass


class _Calc:
    """Evaluates one CSS numeric value -- ``2pt``, ``-1.5em``, ``50%``, ``calc(1px + 0.1em)``,
    ``min()``, ``max()``, ``clamp()`` -- to CSS pixels (or a plain number)."""

    def __init__(self, text: str, em: float, percent_of: float | None) -> None:
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if not match or match.end() == pos:
                raise _Unparsable(text)
            pos = match.end()
            if match.group("num") is not None:
                self.tokens.append(("num", match.group("num") + (match.group("unit") or "")))
            elif match.group("func") is not None:
                self.tokens.append(("func", match.group("func").lower()))
            else:
                self.tokens.append(("op", match.group("op")))
        self.em = em
        self.percent_of = percent_of
        self.pos = 0

    def value(self) -> tuple[float, bool]:
        """(value, is_length) of the whole text."""
        result = self._sum()
        if self.pos != len(self.tokens):
            raise _Unparsable("trailing input")
        return result

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self, kind: str, text: str | None = None) -> str:
        token = self._peek()
        if token is None or token[0] != kind or (text is not None and token[1] != text):
            raise _Unparsable(f"expected {text or kind}")
        self.pos += 1
        return token[1]

    def _sum(self) -> tuple[float, bool]:
        value, length = self._product()
        while (token := self._peek()) is not None and token in (("op", "+"), ("op", "-")):
            self.pos += 1
            other, other_length = self._product()
            if other_length != length and not (other == 0 or value == 0):
                raise _Unparsable("mixed units")
            value = value + other if token[1] == "+" else value - other
            length = length or other_length
        return value, length

    def _product(self) -> tuple[float, bool]:
        value, length = self._factor()
        while (token := self._peek()) is not None and token in (("op", "*"), ("op", "/")):
            self.pos += 1
            other, other_length = self._factor()
            if token[1] == "*":
                if length and other_length:
                    raise _Unparsable("length times length")
                value, length = value * other, length or other_length
            else:
                if other_length or other == 0:
                    raise _Unparsable("bad division")
                value = value / other
        return value, length

    def _factor(self) -> tuple[float, bool]:
        token = self._peek()
        if token is None:
            raise _Unparsable("missing value")
        kind, text = token
        self.pos += 1
        if kind == "num":
            return self._number(text)
        if kind == "op" and text == "(":
            result = self._sum()
            self._take("op", ")")
            return result
        if kind == "func" and text in ("calc", "min", "max", "clamp"):
            args = [self._sum()]
            while self._peek() == ("op", ","):
                self.pos += 1
                args.append(self._sum())
            self._take("op", ")")
            values = [v for v, _ in args]
            length = any(is_length for _, is_length in args)
            if text == "calc" and len(args) == 1:
                return args[0]
            if text == "min":
                return min(values), length
            if text == "max":
                return max(values), length
            if text == "clamp" and len(args) == 3:
                return max(values[0], min(values[1], values[2])), length
        raise _Unparsable(text)

    def _number(self, text: str) -> tuple[float, bool]:
        match = re.fullmatch(r"([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%|[a-z]*)", text, re.I)
        if not match:
            raise _Unparsable(text)
        number, unit = float(match.group(1)), match.group(2).lower()
        if not unit:
            return number, False
        if unit == "%":
            if self.percent_of is None:
                raise _Unparsable("percentage of an unknown size")
            return number * self.percent_of / 100, True
        if unit in _ABSOLUTE_PX:
            return number * _ABSOLUTE_PX[unit], True
        if unit in _FONT_RELATIVE:
            return number * _FONT_RELATIVE[unit] * self.em, True
        raise _Unparsable(unit)


def css_length(
    value: str, em: float, percent_of: float | None = None, *, unitless_px: bool = False
) -> float | None:
    """A CSS length in CSS pixels (96 per inch), or None if it cannot be worked out.

    ``unitless_px`` accepts a bare number as pixels, as browsers do in quirks mode (old papers
    have no doctype); a bare 0 is always a length."""
    if not value or not re.search(r"\d", value):
        return None
    try:
        number, is_length = _Calc(value, em, percent_of).value()
    except (_Unparsable, ZeroDivisionError, OverflowError):
        return None
    if not math.isfinite(number):
        return None
    if is_length or number == 0 or unitless_px:
        return number
    return None


def _font_size(value: str, parent_px: float) -> float | None:
    value = value.strip().lower()
    if value in _FONT_KEYWORDS:
        return _FONT_KEYWORDS[value]
    if value == "smaller":
        return parent_px / 1.2
    if value == "larger":
        return parent_px * 1.2
    if value in ("inherit", "unset"):
        return parent_px
    if value == "initial":
        return _ROOT_PX
    size = css_length(value, parent_px, parent_px, unitless_px=True)
    return size if size is not None and size >= 0 else None


def _font_shorthand_size(value: str) -> str | None:
    """The size in a ``font`` shorthand: ``italic bold 0.5pt/2 Arial`` -> ``0.5pt``."""
    value = re.sub(r"\s*/\s*", "/", value.strip().lower())
    for word in re.findall(r"(?:[a-z-]+\([^)]*\)|[^\s,\"']+)", value):
        size = word.split("/", 1)[0]
        if size in _FONT_KEYWORDS or size in ("smaller", "larger"):
            return size
        if re.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:%|[a-z]+)", size) and not re.fullmatch(
            r"\d+(?:deg|rad|turn|grad)", size
        ):
            return size
        if size.startswith(("calc(", "min(", "max(", "clamp(")):
            return size
    return None


def _font_tag_size(value: str) -> float | None:
    match = re.fullmatch(r"\s*([+-]?)(\d+)\s*", value)
    if not match:
        return None
    number = int(match.group(2))
    if match.group(1):
        number = 3 + number if match.group(1) == "+" else 3 - number
    return _FONT_TAG_PX[min(7, max(1, number))]


def _channel(text: str, scale: float) -> float:
    text = text.strip().lower()
    if text == "none":
        return 0.0
    if text.endswith("%"):
        return min(1.0, max(0.0, float(text[:-1]) / 100))
    return min(1.0, max(0.0, float(text) / scale))


def _hue(text: str) -> float:
    match = re.fullmatch(r"([+-]?(?:\d+\.?\d*|\.\d+))(deg|rad|grad|turn)?", text.strip().lower())
    if not match:
        raise ValueError(text)
    number, unit = float(match.group(1)), match.group(2) or "deg"
    degrees = {"deg": 1.0, "rad": 180 / math.pi, "grad": 0.9, "turn": 360.0}[unit] * number
    return (degrees % 360) / 360


def css_color(value: str, current: RGBA) -> RGBA | None:
    """A CSS colour as (r, g, b, alpha) in 0..1; ``current`` is ``currentcolor``; None if it
    cannot be read (then the property is ignored, as a browser does with invalid values)."""
    value = value.strip().lower()
    if value in ("currentcolor", "inherit", "unset"):
        return current
    if value == "transparent":
        return (0.0, 0.0, 0.0, 0.0)
    value = "#" + _NAMED_COLORS[value] if value in _NAMED_COLORS else value
    if value.startswith("#") or re.fullmatch(r"[0-9a-f]{6}", value):  # bgcolor=ffffff
        digits = value.lstrip("#")
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) not in (6, 8) or not re.fullmatch(r"[0-9a-f]+", digits):
            return None
        parts = [int(digits[i : i + 2], 16) / 255 for i in range(0, len(digits), 2)]
        return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 1.0)
    match = re.fullmatch(r"([a-z]+)\((.*)\)", value, re.S)
    if not match:
        return None
    function, body = match.groups()
    if "/" in body:
        body, alpha_text = body.rsplit("/", 1)
        args = body.replace(",", " ").split()
    else:
        args = body.replace(",", " ").split()
        alpha_text = args.pop() if len(args) == 4 else "1"
    try:
        alpha = _channel(alpha_text, 1.0)
        if len(args) != 3:
            return None
        if function in ("rgb", "rgba"):
            r, g, b = (_channel(a, 255.0) for a in args)
        elif function in ("hsl", "hsla"):
            h = _hue(args[0])
            s, lightness = (_channel(a, 100.0) for a in args[1:])
            r, g, b = colorsys.hls_to_rgb(h, lightness, s)
        elif function == "hwb":
            h = _hue(args[0])
            white, black = (_channel(a, 100.0) for a in args[1:])
            if white + black >= 1:
                grey = white / (white + black)
                r = g = b = grey
            else:
                r, g, b = (
                    c * (1 - white - black) + white for c in colorsys.hls_to_rgb(h, 0.5, 1.0)
                )
        elif function in ("lab", "lch", "oklab", "oklch"):
            # Judged by lightness alone (a grey of the same lightness): enough to compare with a
            # background, which is all this is for.
            scale = 100.0 if function in ("lab", "lch") else 1.0
            lightness = _channel(args[0], scale)
            if function.startswith("ok"):
                luminance = lightness**3
            else:
                luminance = (
                    ((lightness * 100 + 16) / 116) ** 3 if lightness > 0.08 else lightness / 9.033
                )
            grey = (
                luminance / 12.92
                if luminance <= 0.0031308
                else (1.055 * luminance ** (1 / 2.4) - 0.055)
            )
            r = g = b = grey
        else:
            return None
    except ValueError:
        return None
    return (r, g, b, alpha)


def _declarations(style: str) -> list[tuple[str, str, bool]]:
    """``(property, value, important)`` of an inline style, in order."""
    style = re.sub(r"/\*.*?\*/", "", style, flags=re.S)
    declarations = []
    depth, quote, start = 0, "", 0
    parts: list[str] = []
    simple = not any(c in style for c in "()\"'")
    for i, char in enumerate("" if simple else style):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            parts.append(style[start:i])
            start = i + 1
    parts = style.split(";") if simple else [*parts, style[start:]]
    for part in parts:
        name, colon, value = part.partition(":")
        if not colon:
            continue
        value = value.strip()
        important = bool(re.search(r"!\s*important\s*$", value, re.I))
        if important:
            value = re.sub(r"!\s*important\s*$", "", value, flags=re.I).strip()
        declarations.append((name.strip().lower(), value, important))
    return declarations


@lru_cache(maxsize=4096)
def _properties(style: str) -> Mapping[str, str]:
    """The winning value of each property (``!important`` first, else the last), with the
    ``font`` and ``background`` shorthands expanded to what matters here."""
    values: dict[str, str] = {}
    important: set[str] = set()

    def put(name: str, value: str, is_important: bool) -> None:
        if name in important and not is_important:
            return
        values[name] = value
        if is_important:
            important.add(name)

    for name, value, is_important in _declarations(style):
        if name == "font":
            size = _font_shorthand_size(value)
            if size is not None:
                put("font-size", size, is_important)
        elif name == "background":
            lowered = value.lower()
            image = "url(" in lowered or "gradient(" in lowered or "image(" in lowered
            put("background-image", "url()" if image else "none", is_important)
            color = "transparent"
            for word in re.findall(r"(?:[a-z]+\([^)]*\)|#[0-9a-f]+|[a-z]+)", lowered):
                if css_color(word, (0.0, 0.0, 0.0, 1.0)) is not None and word != "none":
                    color = word
            put("background-color", color, is_important)
        else:
            put(name, value, is_important)
    return values


_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,([^()]*(?:\([^()]*\)[^()]*)*))?\)")


def _substitute(value: str, variables: dict[str, str]) -> str:
    """Replace ``var(--name, fallback)`` by the custom property's value (nested up to a depth)."""
    for _ in range(8):
        if "var(" not in value:
            break
        value = _VAR.sub(lambda m: variables.get(m.group(1), (m.group(2) or "").strip()), value)
    return value


def _scale_factor(transform: str) -> float:
    """The smallest scale a ``transform`` applies (text under ``scale(0.1)`` is tiny)."""
    factor = 1.0
    for function, args in re.findall(r"(scale[xyz3d]*|matrix)\(([^)]*)\)", transform.lower()):
        numbers = []
        for arg in args.replace(",", " ").split():
            try:
                numbers.append(float(arg[:-1]) / 100 if arg.endswith("%") else float(arg))
            except ValueError:
                return factor
        if function == "matrix" and len(numbers) == 6:
            numbers = [math.hypot(numbers[0], numbers[1]), math.hypot(numbers[2], numbers[3])]
        elif function == "scale3d":
            numbers = numbers[:2]
        if numbers:
            factor *= min(abs(n) for n in numbers)
    return factor


def _blend(color: RGB, alpha: float, under: RGB) -> RGB:
    return (
        color[0] * alpha + under[0] * (1 - alpha),
        color[1] * alpha + under[1] * (1 - alpha),
        color[2] * alpha + under[2] * (1 - alpha),
    )


@dataclass(frozen=True)
class Style:
    """What decides whether an element's text can be seen, as computed for that element."""

    font_px: float = _ROOT_PX
    scale: float = 1.0  # transform: scale() and zoom, compounded
    color: RGBA = (0.0, 0.0, 0.0, 1.0)
    backdrop: RGB | None = WHITE  # what the text is drawn on; None: unknown (an image)
    opacity: float = 1.0
    visible: bool = True
    removed: str | None = None  # why the element (and all in it) is not rendered at all
    variables: tuple[tuple[str, str], ...] = ()  # custom properties (--name), inherited

    def child(self, tag: str, attributes: Mapping[str, str]) -> Style:
        """The style of an element ``tag`` with ``attributes`` inside an element of this one."""
        relevant = tuple(
            (name, attributes[name]) for name in _STYLING_ATTRIBUTES if name in attributes
        )
        if not relevant and tag not in _TAG_FONT_SCALE:
            return self  # nothing that could change how its text looks
        return _child_style(self, tag, relevant)

    def _computed_child(self, tag: str, attributes: Mapping[str, str]) -> Style:
        props = _properties(attributes.get("style", ""))
        variables = self.variables
        if any(name.startswith("--") for name in props):
            merged = dict(self.variables)
            merged.update((k, v) for k, v in props.items() if k.startswith("--"))
            variables = tuple(merged.items())
        if variables:
            props = {k: _substitute(v, dict(variables)) for k, v in props.items()}
        removed = self.removed or _removed(tag, attributes, props, self.font_px)

        font_px = self.font_px * _TAG_FONT_SCALE.get(tag, 1.0)
        if tag == "font" and attributes.get("size"):
            font_px = _font_tag_size(attributes["size"]) or font_px
        if "font-size" in props:
            size = _font_size(props["font-size"], self.font_px)
            font_px = font_px if size is None else size

        scale = self.scale * _scale_factor(props.get("transform", ""))
        if "zoom" in props:
            zoom = css_length(props["zoom"], 1.0, 1.0, unitless_px=True)
            if zoom is not None and zoom >= 0:
                scale *= zoom

        color = self.color
        presentational = {"font": "color", "body": "text"}.get(tag, "")
        for value in (attributes.get(presentational), props.get("color")):
            if value:
                if value.strip().lower() == "initial":
                    color = (0.0, 0.0, 0.0, 1.0)
                else:
                    color = css_color(value, self.color) or color

        backdrop = self.backdrop
        for value in (attributes.get("bgcolor"), props.get("background-color")):
            background = css_color(value, color) if value else None
            if background is not None and background[3] > 0:
                if background[3] >= 0.99:
                    backdrop = background[:3]
                elif backdrop is not None:
                    backdrop = _blend(background[:3], background[3], backdrop)
        image = props.get("background-image", "none").strip().lower()
        if image not in ("", "none", "initial", "inherit", "unset") or attributes.get("background"):
            backdrop = None

        opacity = self.opacity
        if "opacity" in props:
            own = css_length(props["opacity"], 1.0, 1.0, unitless_px=True)
            if own is not None:
                opacity *= min(1.0, max(0.0, own))

        visible = self.visible
        visibility = props.get("visibility", "").strip().lower()
        if visibility in ("hidden", "collapse"):
            visible = False
        elif visibility in ("visible", "initial"):
            visible = True

        return replace(
            self,
            font_px=font_px,
            scale=scale,
            color=color,
            backdrop=backdrop,
            opacity=opacity,
            visible=visible,
            removed=removed,
            variables=variables,
        )

    def hidden_reason(self) -> str | None:
        """Why text in this style cannot be seen; None if it can."""
        return self._hidden_reason

    @cached_property
    def _hidden_reason(self) -> str | None:
        if self.removed:
            return self.removed
        if not self.visible:
            return "visibility:hidden"
        if self.font_px * self.scale < _MIN_READABLE_PX:
            return f"font under {MIN_READABLE_PT:g} pt"
        alpha = self.color[3] * self.opacity
        if alpha < 0.1:
            return "transparent text"
        if self.backdrop is not None:
            seen = _blend(self.color[:3], alpha, self.backdrop)
            if invisible_on(seen, self.backdrop):
                if min(self.backdrop) > 0.9:
                    return "white on white"
                return "text the colour of its background"
        return None


ROOT_STYLE = Style()
# The attributes that can change how an element's text looks.
_STYLING_ATTRIBUTES = ("style", "hidden", "color", "bgcolor", "size", "text", "background")


@lru_cache(maxsize=4096)
def _child_style(parent: Style, tag: str, relevant: tuple[tuple[str, str], ...]) -> Style:
    """Papers repeat the same few styles on thousands of cells: each is computed once."""
    return parent._computed_child(tag, dict(relevant))


def _removed(
    tag: str, attributes: Mapping[str, str], props: Mapping[str, str], em: float
) -> str | None:
    """Why an element is not rendered at all, from its own attributes and style."""

    def prop(name: str) -> str:
        return props.get(name, "").strip().lower()

    def length(name: str) -> float | None:
        return css_length(props[name], em) if name in props else None

    display = prop("display")
    if display == "none":
        return "display:none"
    if "hidden" in attributes and not display:
        return "hidden attribute"
    if prop("mso-hide") == "all":
        return "mso-hide:all"
    if prop("content-visibility") == "hidden":
        return "content-visibility:hidden"
    offsets = ["margin-left", "margin-top", "text-indent"]
    if prop("position") in ("absolute", "fixed", "relative", "sticky"):
        offsets += ["left", "top", "right", "bottom"]
    for name in offsets:
        offset = length(name)
        if offset is not None and offset <= _OFF_SCREEN_PX:
            return "placed off-screen"
    clip = re.fullmatch(r"rect\((.*)\)", prop("clip"))
    if clip:
        edges = [css_length(v, em) for v in clip.group(1).replace(",", " ").split()]
        if len(edges) == 4 and None not in edges:
            top, right, bottom, left = (float(e or 0) for e in edges)
            if bottom - top <= 1 or right - left <= 1:
                return "clipped away"
    clip_path = prop("clip-path")
    inset = re.fullmatch(r"inset\(\s*(\d+(?:\.\d+)?)%.*\)", clip_path)
    if (inset and float(inset.group(1)) >= 50) or re.fullmatch(r"circle\(\s*0\w*\b.*\)", clip_path):
        return "clipped away"
    sized = display not in ("", "inline", "contents") or tag not in _INLINE
    overflow = {prop("overflow"), prop("overflow-x"), prop("overflow-y")}
    if sized and overflow & {"hidden", "clip"}:
        for name in ("width", "height", "max-width", "max-height"):
            size = length(name)
            if size is not None and size <= 1:
                return "box of no size"
    return None


# --- HTML documents -------------------------------------------------------------------------


_BOLD_TAGS = {"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_MAX_SPAN = 1000


def _span(value: str | None, limit: int) -> int:
    """A ``rowspan``/``colspan`` value: 1 if missing or bad; ``rowspan="0"`` spans to the end."""
    match = re.match(r"\s*(\d+)", value or "")
    if not match:
        return 1
    number = int(match.group(1))
    return limit if number == 0 else max(1, min(number, limit))


def _fill(attributes: Mapping[str, str]) -> str | None:
    """The background colour an element sets itself (``bgcolor``, ``background-color``,
    ``background``) as hex RGB, for reading a RAG status from a cell's fill."""
    props = _properties(attributes.get("style", ""))
    value = props.get("background-color") or props.get("background") or attributes.get("bgcolor")
    if not value:
        return None
    for token in [value, *value.split()]:
        color = css_color(token, (0.0, 0.0, 0.0, 1.0))
        if color is not None and color[3] > 0.5:
            return hex_rgb((color[0], color[1], color[2]))
    return None


@dataclass
class _Outer:
    """What was being read of a table when a table inside one of its cells began."""

    table: _TableState | None
    row: list[SpanCell] | None
    row_all_th: bool
    row_fill: str | None
    cell: list[str] | None
    cell_span: tuple[int, int]
    cell_bold: bool
    cell_fill: str | None


@dataclass
class _TableState:
    """The rows of the table being read, as written: ``(text, rowspan, colspan, bold)`` cells."""

    rows: list[list[SpanCell]]
    header_rows: int = 0  # leading rows of <th> cells or in <thead>
    in_header_section: bool = False
    body_started: bool = False


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.hidden_text: list[str] = []
        self.hidden_reasons: list[str] = []
        # open elements: tag, style, and whether text in it is bold
        self._stack: list[tuple[str, Style, bool]] = []
        self._skip_depth = 0
        self._text: list[str] = []
        self._heading: str | None = None
        self._table: _TableState | None = None
        self._outer: list[_Outer] = []  # the tables (and their open cells) a table is in
        self._row: list[SpanCell] | None = None
        self._row_all_th = True
        self._cell: list[str] | None = None
        self._cell_span = (1, 1)
        self._cell_bold = True
        self._cell_fill: str | None = None
        self._row_fill: str | None = None

    @property
    def _style(self) -> Style:
        return self._stack[-1][1] if self._stack else ROOT_STYLE

    @property
    def _bold(self) -> bool:
        return self._stack[-1][2] if self._stack else False

    def _close_implied(self, tag: str) -> None:
        """Close the open elements a ``tag`` start tag ends (``<td>`` ends an open ``td``)."""
        closes, scope = _IMPLIED_END.get(tag, (set(), set()))
        while closes:
            found = None
            for open_tag, _, _ in reversed(self._stack):
                if open_tag in closes:
                    found = open_tag
                    break
                if open_tag in scope:
                    break
            if found is None:
                return
            self.handle_endtag(found)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in _SKIP:
            self._skip_depth += 1
            return
        self._close_implied(tag)
        if tag not in _VOID:
            bold = self._bold or tag in _BOLD_TAGS
            weight = _BOLD_STYLE.search(attributes.get("style", ""))
            if weight or re.search(
                r"font-weight\s*:\s*(?:normal|[1-5]00)\b", attributes.get("style", "")
            ):
                bold = bool(weight)
            self._stack.append((tag, self._style.child(tag, attributes), bold))
        if tag == "table":
            if self._cell is not None:  # a table in a cell: read it on its own (_end_table)
                self._outer.append(
                    _Outer(
                        self._table,
                        self._row,
                        self._row_all_th,
                        self._row_fill,
                        self._cell,
                        self._cell_span,
                        self._cell_bold,
                        self._cell_fill,
                    )
                )
                self._table, self._row, self._cell = _TableState(rows=[]), None, None
                return
            self._end_table()
            self._flush_text()
            self._table = _TableState(rows=[])
        elif tag in ("thead", "tbody", "tfoot") and self._table is not None:
            self._table.in_header_section = tag == "thead"
        elif tag == "tr":
            self._flush_text()
            if self._table is None:
                self._table = _TableState(rows=[])
            self._row, self._row_all_th = [], True
            self._row_fill = _fill(attributes)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._cell_fill = _fill(attributes) or self._row_fill
            self._cell_bold = True
            limit = _MAX_SPAN
            self._cell_span = (
                _span(attributes.get("rowspan"), limit),
                _span(attributes.get("colspan"), 100),
            )
            self._row_all_th = self._row_all_th and tag == "th"
        elif self._cell is not None:
            if tag == "li":
                self._cell.append("\n• ")
            elif tag in _BLOCK:
                self._cell.append("\n")
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush_text()
            self._heading = tag
        elif tag in _BLOCK:
            self._flush_text()
            if tag == "li":
                self._text.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in _VOID:
            return
        if any(open_tag == tag for open_tag, _, _ in self._stack):  # a stray end tag closes nothing
            while self._stack:
                open_tag, _, _ = self._stack.pop()
                if open_tag == tag:
                    break
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = clean_text("".join(self._cell))
            rowspan, colspan = self._cell_span
            bold = self._cell_bold and bool(text)
            self._row.append((text, rowspan, colspan, bold, self._cell_fill))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._cell is not None:
                self.handle_endtag("td")
            table = self._table
            if table is not None:
                header = self._row_all_th or table.in_header_section
                if header and not table.body_started and self._row:
                    table.header_rows += 1
                elif any(text for text, *_ in self._row):
                    table.body_started = True
                table.rows.append(self._row)
            self._row = None
        elif tag == "table":
            self._end_table()
        elif tag in ("thead", "tbody", "tfoot") and self._table is not None:
            self._table.in_header_section = False
        elif self._heading == tag:
            text = clean_text("".join(self._text))
            self._text = []
            self._heading = None
            if text:
                self.blocks.append(Block(BlockKind.HEADING, text=text))
        elif tag in _BLOCK and self._cell is None:
            self._flush_text()

    def _end_table(self) -> None:
        """Emit the rows read so far as a grid: spans placed, headers combined. A table inside
        a cell of another is emitted on its own when it is a table of rows and columns (a page
        laid out in a table), its text is the cell's when it is smaller."""
        if self._row is not None:
            self.handle_endtag("tr")
        table, self._table = self._table, None
        grid = place_spans(table.rows) if table is not None and table.rows else []
        if not self._outer:
            if grid:
                self.blocks.extend(grid_blocks(grid, table.header_rows if table else 0))
            return
        outer = self._outer.pop()
        self._table, self._row, self._row_all_th, self._row_fill = (
            outer.table,
            outer.row,
            outer.row_all_th,
            outer.row_fill,
        )
        self._cell = outer.cell if outer.cell is not None else []
        self._cell_span = outer.cell_span
        self._cell_bold, self._cell_fill = outer.cell_bold, outer.cell_fill
        cell = self._cell
        if len(grid) >= 2 and len(grid[0]) >= 2:
            before = clean_text("".join(cell))
            if before:
                self.blocks.append(Block(BlockKind.PARAGRAPH, text=before))
            self._cell = []
            self.blocks.extend(grid_blocks(grid, table.header_rows if table else 0))
            return
        for row in grid:
            texts = [cell.text for c, cell in enumerate(row) if cell.origin[1] == c and cell.text]
            cell.append("\n" + " ".join(texts) + "\n")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        reason = self._style.hidden_reason()
        if reason is not None:
            if data.strip():
                self.hidden_text.append(data.strip())
                self.hidden_reasons.append(reason)
            return
        if self._cell is not None:
            struck = data.strip() and any(tag in _STRUCK_TAGS for tag, _, _ in self._stack)
            self._cell.append(f"{STRUCK}{data}{STRUCK}" if struck else data)
            if data.strip() and not self._bold:
                self._cell_bold = False
        elif self._row is None:
            self._text.append(data)

    def _flush_text(self) -> None:
        if self._heading is not None:
            return
        text = clean_text("".join(self._text))
        self._text = []
        if text:
            self.blocks.append(Block(BlockKind.PARAGRAPH, text=text))

    def finish(self) -> list[Block]:
        self.close()
        self._end_table()  # a table cut off at the end of the file
        while self._outer or self._table is not None:
            self._end_table()
        self._flush_text()
        return self.blocks


def load_html(data: bytes, name: str, limits: LoadLimits) -> tuple[list[Page], list[str]]:
    """Load an .html file into one page of blocks."""
    builder = _Builder()
    builder.feed(decode_text(data, name))
    blocks = builder.finish()
    warnings = []
    if builder.hidden_text:
        warnings.append(hidden_text_warning(builder.hidden_text, builder.hidden_reasons))
    return [Page(number=None, blocks=blocks)], warnings


# --- inline HTML in text and Markdown -------------------------------------------------------

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s[^<>]*?)?)\s*(/?)>", re.S)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_STYLING = re.compile(r"<[a-zA-Z][^<>]*?\s(?:style|hidden|color|bgcolor|size|background)\b", re.I)


def _attributes(text: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        attributes.setdefault(match.group(1).lower(), html.unescape(value))
    return attributes


def strip_hidden_markup(text: str) -> tuple[str, list[str], list[str]]:
    """Remove from ``text`` the inline-HTML content a browser would not show (the same rules as
    :class:`Style`); return the text, the pieces removed and why. Tags stay (``clean_text``
    turns them into structure); line breaks inside removed content stay, so rows stay rows."""
    if "<" not in text or not _STYLING.search(text):
        return text, [], []
    out: list[str] = []
    hidden: list[str] = []
    reasons: list[str] = []
    stack: list[tuple[str, Style]] = []

    def style() -> Style:
        return stack[-1][1] if stack else ROOT_STYLE

    def emit(segment: str) -> None:
        reason = style().hidden_reason()
        if reason is None:
            out.append(segment)
            return
        piece = clean_text(segment)
        if piece:
            hidden.append(piece)
            reasons.append(reason)
        out.append("".join(c for c in segment if c in "\n\f"))

    pos = 0
    for match in _TAG.finditer(text):
        emit(text[pos : match.start()])
        pos = match.end()
        closing, tag, attribute_text, self_closing = match.groups()
        tag = tag.lower()
        visible_before = style().hidden_reason() is None
        if closing:
            if any(open_tag == tag for open_tag, _ in stack):
                while stack and stack.pop()[0] != tag:
                    pass
        elif tag not in _VOID and not self_closing:
            stack.append((tag, style().child(tag, _attributes(attribute_text))))
        if visible_before and style().hidden_reason() is None:
            out.append(match.group(0))
    emit(text[pos:])
    return "".join(out), hidden, reasons
