"""Vocabularies are enums whose values are the stored strings; a fact made with a word outside
its vocabulary is refused where it is made."""

import datetime as dt
from decimal import Decimal

import pytest

from govdb.metrics.extract import Metric, Skipped
from govdb.metrics.vocabulary import Basis, Direction, MetricKind, Qualifier, SkipReason
from govdb.models import PLACE_LEVELS, QUALIFIERS
from govdb.models import Metric as MetricRow
from govdb.places.find import PlaceMention
from govdb.places.vocabulary import PlaceLevel, Resolution
from govdb.programs.find import ProgramMention
from govdb.programs.kinds import ProgramKind


def _metric(**changes: object) -> Metric:
    values: dict[str, object] = {
        "start": 4,
        "end": 8,
        "surface": "约30亩",
        "subject": "耕地",
        "value": Decimal(30),
        "unit": "亩",
        "kind": "area",
        "qualifier": "about",
        "qualifier_word": "约",
        "is_change": False,
        "direction": None,
        "basis": None,
        "period": None,
        "period_start": None,
        "period_end": dt.date(2025, 1, 1),
        "place_code": None,
        "sentence_start": 0,
        "sentence_end": 12,
    }
    return Metric(**(values | changes))  # type: ignore[arg-type]


def test_the_stored_values_stay_the_strings_the_tables_hold() -> None:
    assert ("province", "city", "county", "town", "village", "other") == PLACE_LEVELS
    assert ("about", "over", "under") == QUALIFIERS
    checks = [str(c.sqltext) for c in MetricRow.__table__.constraints if hasattr(c, "sqltext")]
    assert ["qualifier IS NULL OR qualifier IN ('about', 'over', 'under')"] == checks
    assert ["同比", "环比"] == [b.value for b in Basis]
    assert ["up", "down"] == [d.value for d in Direction]
    assert "too-large" == SkipReason.TOO_LARGE == str(SkipReason.TOO_LARGE)
    assert 8 == len(ProgramKind) and "slogan" == ProgramKind.SLOGAN


def test_facts_hold_their_words_as_enum_members() -> None:
    metric = _metric(is_change=True, direction="up", basis="同比")
    assert (MetricKind.AREA, Qualifier.ABOUT, Direction.UP, Basis.YEAR_ON_YEAR) == (
        metric.kind,
        metric.qualifier,
        metric.direction,
        metric.basis,
    )
    assert type(metric.kind) is MetricKind
    assert type(metric.shifted(10).qualifier) is Qualifier  # and after a replace
    place = PlaceMention("召陵镇", 0, 3, "411104100", "town", "exact")
    assert (PlaceLevel.TOWN, Resolution.EXACT) == (place.level, place.method)
    assert type(place.method) is Resolution
    assert PlaceMention("某地", 0, 2, None, None, "unresolved").level is None
    assert type(Skipped("3", 0, 1, "date").reason) is SkipReason
    assert type(ProgramMention("“五星”支部", 0, 6, "五星支部", "model", "head").kind) is ProgramKind


@pytest.mark.parametrize(
    "make",
    [
        lambda: _metric(kind="weight"),
        lambda: _metric(qualifier="roughly"),
        lambda: _metric(direction="sideways"),
        lambda: _metric(basis="定基"),
        lambda: Skipped("3", 0, 1, "unlucky"),
        lambda: PlaceMention("召陵镇", 0, 3, "411104100", "township", "exact"),
        lambda: PlaceMention("召陵镇", 0, 3, "411104100", "town", "guess"),
        lambda: ProgramMention("“五星”支部", 0, 6, "五星支部", "scheme", "head"),
    ],
)
def test_a_word_outside_its_vocabulary_is_refused(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        make()
