"""CSS values as a browser computes them, for deciding whether HTML text can be seen.

:func:`css_length` reads a length in any unit (px, pt, pc, in, cm, mm, em, rem, ex, ch, %,
vw/vh and ``calc()``), ``_font_size`` a font size (keywords and relative sizes too), and
:func:`css_color` a colour (names, hex, ``rgb()``/``hsl()`` with alpha, ``transparent``,
``currentcolor``).
"""

from __future__ import annotations

import colorsys
import math
import re

from ingest.loaders.visibility import MIN_READABLE_PT

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
