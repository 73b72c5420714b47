"""Geometry and QR symbols, without a database."""

import pytest
from reportlab.lib.units import mm

from inserts.rendering import geometry as geo
from inserts.rendering import qr


def inside(x, y, box):
    x0, y0, x1, y1 = box
    return x0 - 1e-6 <= x <= x1 + 1e-6 and y0 - 1e-6 <= y <= y1 + 1e-6


def card_bleed_boxes(g):
    return [(s.x - g.bleed, s.y - g.bleed, s.x + g.trim_w + g.bleed, s.y + g.trim_h + g.bleed)
            for s in g.slots]  # fmt: skip


def test_one_up_media_box_is_trim_plus_bleed_plus_slug():
    g = geo.one_up(105, 148, 3, 5)
    assert g.sheet_w == pytest.approx((105 + 2 * (3 + geo.SLUG_MM)) * mm)
    assert g.sheet_h == pytest.approx((148 + 2 * (3 + geo.SLUG_MM)) * mm)
    x0, y0, x1, y1 = g.trim_box
    assert (x1 - x0, y1 - y0) == pytest.approx((105 * mm, 148 * mm))
    bx0, _by0, bx1, _by1 = g.bleed_box
    assert (x0 - bx0, bx1 - x1) == pytest.approx((3 * mm, 3 * mm))


@pytest.mark.parametrize(
    ("trim", "sheet", "expected"),
    [((105, 148), "sra3", 4), ((74, 105), "a4", 4), ((88.9, 50.8), "letter", 6)],
)
def test_n_up_fills_the_sheet_and_keeps_every_crop_mark_outside_every_bleed(trim, sheet, expected):
    g = geo.n_up(*trim, 3, 4, sheet)
    assert g.per_sheet == expected
    bleeds = card_bleed_boxes(g)
    assert len(g.marks) == 8 * g.per_sheet
    for mark in g.marks:
        for box in bleeds:
            # both ends and the midpoint of every mark lie outside every card's bleed
            for x, y in ((mark.x1, mark.y1), (mark.x2, mark.y2),
                         ((mark.x1 + mark.x2) / 2, (mark.y1 + mark.y2) / 2)):  # fmt: skip
                assert not inside(x, y, box), (mark, box)
        assert min(mark.x1, mark.x2) >= 0 and max(mark.x1, mark.x2) <= g.sheet_w
        assert min(mark.y1, mark.y2) >= 0 and max(mark.y1, mark.y2) <= g.sheet_h
    # bleeds of neighbouring cards never overlap
    for i, a in enumerate(bleeds):
        for b in bleeds[i + 1 :]:
            assert (
                a[2] <= b[0] + 1e-6
                or b[2] <= a[0] + 1e-6
                or a[3] <= b[1] + 1e-6
                or b[3] <= a[1] + 1e-6
            )


def test_back_slots_mirror_the_front_for_a_long_edge_turn():
    g = geo.n_up(105, 148, 3, 5, "sra3")
    for front, back in zip(g.slots, g.back_slots(), strict=True):
        assert back.y == front.y
        assert back.x + g.trim_w / 2 == pytest.approx(g.sheet_w - (front.x + g.trim_w / 2))


def test_a_gutter_too_narrow_for_marks_outside_the_bleed_is_refused():
    with pytest.raises(geo.GeometryError, match="crop marks"):
        geo.n_up(105, 148, 3, 5, "sra3", gutter_mm=6)


def test_a_card_larger_than_the_sheet_is_refused():
    with pytest.raises(geo.GeometryError, match="does not fit"):
        geo.n_up(300, 420, 3, 5, "a4")


def covered(outlines, n):
    """Rasterise outlines with the even-odd rule at module centres."""
    grid = [[False] * n for _ in range(n)]
    for y in range(n):
        for x in range(n):
            px, py = x + 0.5, y + 0.5
            crossings = 0
            for loop in outlines:
                for (x1, y1), (x2, y2) in zip(loop, loop[1:] + loop[:1], strict=True):
                    if x1 == x2 and x1 > px and min(y1, y2) < py < max(y1, y2):
                        crossings += 1
            grid[y][x] = crossings % 2 == 1
    return grid


@pytest.mark.parametrize(
    "text", ["HTTPS://CARE.NORDVIK.EXAMPLE/R/7K2QX9M4TD", "HTTP://LOCALHOST:8000/R/N2DKST"]
)
def test_qr_outlines_cover_exactly_the_dark_modules_with_no_shared_edges(text):
    m = qr.matrix(text)
    loops = qr.outlines(m)
    grid = covered(loops, m.size)
    for y in range(m.size):
        for x in range(m.size):
            assert grid[y][x] == m.dark(x, y), (x, y)
    # merged: no unit edge is drawn twice (that is what shows as a hairline between modules)
    edges = []
    for loop in loops:
        for (x1, y1), (x2, y2) in zip(loop, loop[1:] + loop[:1], strict=True):
            assert x1 == x2 or y1 == y2  # only horizontal and vertical runs
            if x1 == x2:
                edges += [(x1, y, "v") for y in range(min(y1, y2), max(y1, y2))]
            else:
                edges += [(x, y1, "h") for x in range(min(x1, x2), max(x1, x2))]
    assert len(edges) == len(set(edges))
    # runs are merged: far fewer corners than the four of every dark module drawn on its own
    dark = sum(m.dark(x, y) for x in range(m.size) for y in range(m.size))
    assert sum(len(loop) for loop in loops) < 2 * dark


def test_upper_case_url_gives_a_smaller_symbol_than_lower_case():
    url = "https://care.nordvik.example/r/7K2QX9M4TD"
    assert qr.matrix(qr.qr_text(url), "Q").size < qr.matrix(url, "Q").size


def test_quiet_zone_is_at_least_four_modules_for_every_version():
    for size in (21, 25, 29, 33, 37, 41):
        symbol = 15.0
        assert qr.quiet_zone_for(symbol) / (symbol / size) >= 4
