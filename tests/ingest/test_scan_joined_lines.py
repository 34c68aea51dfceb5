"""A scanned cell whose wrapped lines the blur joined into one run of ink (a bracket or a
descender touching the line below) is cut apart at its thinnest pixel row before tesseract
reads it (ingest/scan_cells.py), so the words of the two lines are not read as one line."""

from __future__ import annotations

from PIL import Image, ImageDraw

from ingest.scan_cells import joined_runs, split_joined_lines


def _two_lines_joined_by_a_stroke() -> Image.Image:
    image = Image.new("L", (200, 60), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 5, 180, 20), fill=0)  # the first line's ink
    draw.rectangle((20, 28, 150, 43), fill=0)  # the second line's
    draw.rectangle((8, 5, 9, 43), fill=0)  # a bracket's stroke running through both
    return image


def test_a_run_two_lines_tall_is_cut_into_two_lines() -> None:
    image = _two_lines_joined_by_a_stroke()
    assert [height for _, height in joined_runs(image)] == [39]
    cut = split_joined_lines(image, usual=16)
    assert len(joined_runs(cut)) == 2


def test_a_run_of_one_line_or_a_solid_block_is_left_as_it_is() -> None:
    image = _two_lines_joined_by_a_stroke()
    assert split_joined_lines(image, usual=40) is image  # one line at this page's size
    solid = Image.new("L", (100, 40), 255)
    ImageDraw.Draw(solid).rectangle((10, 2, 90, 37), fill=0)
    # every row inked full width: no thin row to cut at, nothing changes
    assert len(joined_runs(split_joined_lines(solid, usual=16))) == 1
