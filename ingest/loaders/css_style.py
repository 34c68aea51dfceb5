"""The computed style of an HTML element, inherited through the nesting as a browser does.

:class:`Style` holds what decides whether an element's text can be seen: its font size and
scale, colour and opacity, the backdrop it is drawn on, ``visibility``, and why it is not
rendered at all (``display:none``, ``hidden``, off-screen, clipped or sized to nothing:
``_removed``). Inline ``style`` declarations (with ``!important`` and ``var()``) and
presentational attributes (``color``, ``bgcolor``, ``<font size>``) both count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ingest.loaders.css_values import (
    _MIN_READABLE_PX,
    _OFF_SCREEN_PX,
    _ROOT_PX,
    _TAG_FONT_SCALE,
    RGBA,
    _font_shorthand_size,
    _font_size,
    _font_tag_size,
    css_color,
    css_length,
)
from ingest.loaders.visibility import MIN_READABLE_PT, RGB, WHITE, invisible_on

# Inline by default: width and height do not apply to them unless ``display`` says otherwise.
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i",
    "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var",
}  # fmt: skip


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
