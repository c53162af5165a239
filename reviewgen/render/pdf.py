"""PDF output: our own HTML page, laid out for print by WeasyPrint (BSD).

The page is the one `html.py` builds (styles and pictures inline, the logo at the top);
a print stylesheet adds the house-style running header (the protective marking and the
title) and footer (the marking and "Page n of N"), A4 margins and embedded fonts
(DejaVu or Liberation, from Debian). The PDF is tagged as PDF/UA-1 where WeasyPrint
supports it, with the title, author, language and dates as its metadata. Nothing is
fetched: every resource is inline, and any other URL is refused.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reviewgen.render.html import build_html
from reviewgen.render.markup import ImageFolders

FONTS = '"DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif'


def _css_string(text: str) -> str:
    """`text` as a CSS string literal (for `content:`)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def print_css(title: str, marking: str | None) -> str:
    marking_text = _css_string(marking) if marking else '""'
    return f"""
@page {{
  size: A4; margin: 25mm 18mm 22mm 18mm;
  @top-left {{ content: {marking_text}; font: bold 8.5pt {FONTS}; color: #8a1c1c; }}
  @top-right {{ content: {_css_string(title)}; font: 8.5pt {FONTS}; color: #444; }}
  @bottom-left {{ content: {marking_text}; font: bold 8.5pt {FONTS}; color: #8a1c1c; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8.5pt {FONTS}; }}
}}
body {{ font-family: {FONTS}; font-size: 10.5pt; max-width: none; margin: 0; padding: 0; }}
.marking {{ display: none; }}
h1, h2, h3 {{ break-after: avoid; }}
tr, img {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
"""


def build_pdf(markdown_text: str, target: Path, title: str, marking: str | None = None, author: str = "",
              created: date | datetime | None = None, subject: str = "", keywords: str = "",
              assets_dir: ImageFolders = None, logo: Path | None = None) -> Path:
    """Write the document as a tagged A4 PDF at `target` (the caller makes it atomic)."""
    import weasyprint
    import weasyprint.urls
    from lxml import html as lxml_html

    page = lxml_html.document_fromstring(build_html(markdown_text, title, marking, assets_dir, logo))
    head = page.find("head")
    assert head is not None
    for name, value in (("author", author), ("description", subject), ("keywords", keywords),
                        ("dcterms.created", created.isoformat() if created else "")):
        if value:
            head.append(lxml_html.Element("meta", name=name, content=value))
    # Only inline data is read: nothing reaches the network or the file system.
    inline_only = weasyprint.urls.URLFetcher(allowed_protocols=["data"])
    document = weasyprint.HTML(string=lxml_html.tostring(page, encoding="unicode"), url_fetcher=inline_only)
    document.write_pdf(target, stylesheets=[weasyprint.CSS(string=print_css(title, marking))],
                       pdf_variant="pdf/ua-1", pdf_identifier=b"reviewgen", uncompressed_pdf=False)
    return target
