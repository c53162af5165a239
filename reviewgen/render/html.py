"""A self-contained HTML page: styles and images inline, marking at top and bottom."""

from __future__ import annotations

from html import escape
from pathlib import Path

from lxml import html as lxml_html

from reviewgen.render.markup import ImageFolders, image_data_uri, parse_fragment

_STYLE = """
body { font-family: Arial, Helvetica, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       line-height: 1.45; color: #1b1b1b; }
.marking { text-align: center; font-weight: bold; letter-spacing: .05em; color: #8a1c1c; margin: .5em 0; }
h1 { font-size: 1.7em; border-bottom: 2px solid #1d4f91; padding-bottom: .2em; }
h2 { font-size: 1.3em; color: #1d4f91; margin-top: 1.6em; }
h3 { font-size: 1.1em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: .95em; }
th, td { border: 1px solid #9aa5b1; padding: .35em .5em; text-align: left; vertical-align: top; }
th { background: #e8eef6; }
img { max-width: 100%; }
.logo { max-height: 4em; }
@media print { .marking { position: running(marking); } }
"""


def build_html(
    markdown_text: str, title: str, marking: str | None, assets_dir: ImageFolders, logo: Path | None
) -> str:
    body = parse_fragment(markdown_text, assets_dir)
    for image in body.iter("img"):
        # Only images parse_fragment allowed are left, each inlined: the page fetches nothing.
        image.set("src", image_data_uri(Path(image.attrib.pop("data-path"))))
    parts = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
             f"<title>{escape(title)}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>"]
    banner = f'<p class="marking">{escape(marking)}</p>' if marking else ""
    parts.append(banner)
    if logo is not None and logo.exists():
        parts.append(f'<p><img class="logo" alt="Logo" src="{image_data_uri(logo)}"></p>')
    parts.extend(lxml_html.tostring(child, encoding="unicode") for child in body)
    parts.extend([banner, "</body>", "</html>", ""])
    return "\n".join(p for p in parts if p is not None)
