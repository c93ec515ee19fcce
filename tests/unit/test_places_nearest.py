"""The place a fact applies to when its sentence and paragraph name none: the article's own."""

from govdb.places.find import PlaceMention
from govdb.places.nearest import main_place


def _named(*codes: str) -> list[PlaceMention]:
    return [PlaceMention(code, 0, len(code), code, None, "exact") for code in codes]


def test_the_unit_named_most_often_is_the_articles() -> None:
    assert "421125101" == main_place(_named("421125", "421125101", "421125101"))


def test_on_a_tie_the_county_over_its_towns_and_villages_is_the_articles() -> None:
    # a county, two of its towns and a village of one of them, each named once
    assert "421125" == main_place(_named("421125", "421125101", "421125101201", "421125102"))


def test_on_a_tie_along_one_line_of_units_the_deepest_is_the_articles() -> None:
    assert "4111" == main_place(_named("41", "4111"))
    # units apart, none on the way to the others: the deepest, as before
    assert "421125101" == main_place(_named("4111", "421125101"))
