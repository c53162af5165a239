"""Markdown to a safe HTML tree: the one parse that both the HTML and the Word output use."""

from __future__ import annotations

import base64
import mimetypes
import re
from collections.abc import Sequence
from pathlib import Path

import markdown
from lxml import html as lxml_html

_SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:", "#")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")  # http:, data:, file:, C: ... never a local asset


def markdown_to_fragment(text: str) -> str:
    """HTML for `text`; any raw HTML in it is escaped, never passed through."""
    converter = markdown.Markdown(extensions=["tables", "sane_lists"])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter.convert(text)


ImageFolders = Path | Sequence[Path] | None


def image_folders(folders: ImageFolders) -> tuple[Path, ...]:
    if folders is None:
        return ()
    return (folders,) if isinstance(folders, Path) else tuple(folders)


def allowed_image(src: str, folders: ImageFolders) -> Path | None:
    """The file an image reference names, if it is a file inside one of `folders`.

    Anything else (a remote URL, a data: or file: URI, a path outside the folders,
    a symbolic link out of them, a missing file) is None: text typed by a person, or by a
    member of the public in an FOI request, must not pull a file into an output."""
    roots = [folder.resolve() for folder in image_folders(folders)]
    if not src or _SCHEME.match(src) or src.startswith("//") or not roots:
        return None
    candidates = [Path(src)] if Path(src).is_absolute() else [root / src for root in roots]
    for candidate in candidates:
        real = candidate.resolve()
        if real.is_file() and any(real.is_relative_to(root) for root in roots):
            return real
    return None


def parse_fragment(text: str, assets_dir: ImageFolders = None) -> lxml_html.HtmlElement:
    """A <div> holding the Markdown's HTML, with unsafe links removed.

    An image is kept only when its file is inside `assets_dir` (the organisation's
    configured assets, or the folder of a report's own charts); its path goes in
    `data-path`. Any other image becomes a link to it (web addresses) or its alt text,
    so nothing is embedded and opening the output fetches nothing."""
    root = lxml_html.fragment_fromstring(markdown_to_fragment(text), create_parent="div")
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if not href.lower().startswith(_SAFE_LINK_SCHEMES):
            link.attrib.pop("href", None)
    for image in list(root.iter("img")):
        src = (image.get("src") or "").strip()
        path = allowed_image(src, assets_dir)
        if path is not None:
            image.set("data-path", str(path))
            image.attrib.pop("src", None)
            continue
        alt = (image.get("alt") or "").strip() or "image not included"
        if src.lower().startswith(("http://", "https://")):
            replacement = lxml_html.Element("a", href=src)
            replacement.text = alt
        else:
            replacement = lxml_html.Element("span")
            replacement.text = f"[{alt}]"
        replacement.tail = image.tail
        parent = image.getparent()
        assert parent is not None  # every image sits inside the fragment's <div>
        parent.replace(image, replacement)
    return root


def image_data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"
