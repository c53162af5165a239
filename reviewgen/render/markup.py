"""Markdown to a safe HTML tree: the one parse that both the HTML and the Word output use."""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path

import markdown
from lxml import html as lxml_html

_SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:", "#")


def markdown_to_fragment(text: str) -> str:
    """HTML for `text`; any raw HTML in it is escaped, never passed through."""
    converter = markdown.Markdown(extensions=["tables", "sane_lists"])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter.convert(text)


def parse_fragment(text: str, assets_dir: Path | None = None) -> lxml_html.HtmlElement:
    """A <div> holding the Markdown's HTML, with unsafe links removed and image paths resolved."""
    root = lxml_html.fragment_fromstring(markdown_to_fragment(text), create_parent="div")
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href.lower().startswith(_SAFE_LINK_SCHEMES):
            link.attrib.pop("href", None)
    for image in root.iter("img"):
        src = image.get("src") or ""
        path = Path(src) if Path(src).is_absolute() else (assets_dir or Path.cwd()) / src
        image.set("data-path", str(path))
    return root


def image_data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"
