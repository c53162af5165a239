"""No file reaches an output unasked, and no output is overwritten by surprise.

Images in input text are embedded only from the configured assets folder; any other
image (a local file, a web address, a data: or file: URI, a link out of the folder)
becomes its alt text or a link, so nothing is embedded and opening the HTML fetches nothing.
"""

from __future__ import annotations

import base64
import zipfile

import docx
from PIL import Image

from tests.review.conftest import CLR_EXAMPLE


def picture(path, colour=(200, 30, 30)) -> bytes:
    Image.new("RGB", (16, 8), colour).save(path)
    return path.read_bytes()


def with_summary(clr_data, write_yaml, text: str):
    clr_data["incident"]["summary"] = text
    return write_yaml(clr_data)


def docx_media(path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        return [name for name in package.namelist() if name.startswith("word/media/")]


def test_images_from_input_text_are_never_embedded_or_fetched(run, clr_data, write_yaml, tmp_path):
    secret = tmp_path / "private" / "photo.png"
    secret.parent.mkdir()
    secret_bytes = picture(secret)
    encoded = base64.b64encode(secret_bytes).decode()
    review = with_summary(clr_data, write_yaml, (
        f"Before. ![Photo of the child]({secret}) Middle ![](../private/photo.png) "
        f"![Remote](https://tracker.example.org/pixel.png) ![](data:image/png;base64,{encoded}) "
        f"![Local URI](file://{secret}) After."))
    out = tmp_path / "out"
    result = run("render", review, "--to", "html", "--to", "docx", "-o", out)
    assert result.exit_code == 0, result.output

    html = (out / "review.html").read_text()
    assert "<img" not in html
    assert encoded[:40] not in html and str(secret) not in html
    assert '<a href="https://tracker.example.org/pixel.png">Remote</a>' in html
    assert "[Photo of the child]" in html and "[image not included]" in html and "[Local URI]" in html
    assert "Before." in html and "After." in html

    document = docx.Document(out / "review.docx")
    assert len(document.inline_shapes) == 0 and docx_media(out / "review.docx") == []
    text = "\n".join(p.text for p in document.paragraphs)
    assert "[Photo of the child]" in text and "Remote" in text


def test_images_from_the_configured_assets_folder_are_embedded(run, clr_data, write_yaml, tmp_path):
    assets = tmp_path / "assets"
    assets.mkdir()
    crest = picture(assets / "crest.png", (29, 79, 145))
    outside = tmp_path / "outside.png"
    picture(outside)
    (assets / "sneaky.png").symlink_to(outside)  # a link out of the folder is not in it
    (tmp_path / "reviewgen.yaml").write_text("rendering:\n  assets_dir: assets\n")
    review = with_summary(clr_data, write_yaml, "Map: ![Area map](crest.png) and ![Other](sneaky.png).")
    out = tmp_path / "out"
    result = run("-c", tmp_path / "reviewgen.yaml", "render", review, "--to", "html", "--to", "docx", "-o", out)
    assert result.exit_code == 0, result.output

    html = (out / "review.html").read_text()
    assert html.count("<img") == 1 and base64.b64encode(crest).decode()[:40] in html
    assert "[Other]" in html
    assert len(docx.Document(out / "review.docx").inline_shapes) == 1


def test_a_missing_assets_folder_is_bad_input(run, tmp_path):
    (tmp_path / "reviewgen.yaml").write_text("rendering:\n  assets_dir: no-such-folder\n")
    result = run("-c", tmp_path / "reviewgen.yaml", "render", CLR_EXAMPLE, "--to", "html", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "rendering.assets_dir: folder not found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_render_keeps_earlier_outputs_unless_forced(run, tmp_path):
    out = tmp_path / "out"
    assert run("render", CLR_EXAMPLE, "--to", "md", "--to", "html", "-o", out).exit_code == 0
    (out / "clr-example.html").write_text("hand edited")
    (out / "clr-example.md").unlink()

    result = run("render", CLR_EXAMPLE, "--to", "md", "--to", "html", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: {out / 'clr-example.html'}: already exists; kept as it is; add --force "
                                     "to replace it, or choose another output name or folder")
    assert (out / "clr-example.html").read_text() == "hand edited"
    assert not (out / "clr-example.md").exists()  # checked before anything was written

    result = run("render", CLR_EXAMPLE, "--to", "md", "--to", "html", "-o", out, "--force")
    assert result.exit_code == 0, result.output
    assert (out / "clr-example.html").read_text() != "hand edited"


def test_an_output_folder_that_is_a_file_is_bad_input(run, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file where the folder should be")
    result = run("render", CLR_EXAMPLE, "--to", "md", "-o", blocker)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {blocker}: is a file, not a folder; choose another output folder"
    assert blocker.read_text() == "a file where the folder should be"
