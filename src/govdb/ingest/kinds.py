"""The register of kinds of fact: what the pipeline extracts, in order, and who stores each.

Order matters: an extractor sees what the ones before it found (programs read the places,
metrics read both), and loaders run in the same order. A new kind is a line in each.
"""

from __future__ import annotations

from collections.abc import Mapping

from govdb.ingest.facts import Extractor, Loader
from govdb.metrics.extractor import METRICS, MetricExtractor
from govdb.metrics.loader import MetricLoader
from govdb.places.extractor import (
    CAPTION_PLACES,
    CREDIT_PLACES,
    PLACES,
    TITLE_PLACES,
    CaptionPlaceExtractor,
    CreditPlaceExtractor,
    PlaceExtractor,
    TitlePlaceExtractor,
)
from govdb.places.loader import PlaceLoader
from govdb.places.vocabulary import MentionPart
from govdb.programs.extractor import (
    PROGRAMS,
    TITLE_PROGRAMS,
    ProgramExtractor,
    TitleProgramExtractor,
)
from govdb.programs.loader import ProgramLoader

EXTRACTORS: tuple[Extractor, ...] = (
    PlaceExtractor(),
    TitlePlaceExtractor(),
    CaptionPlaceExtractor(),
    CreditPlaceExtractor(),
    ProgramExtractor(),
    TitleProgramExtractor(),
    MetricExtractor(),
)

LOADERS: Mapping[str, Loader] = {
    PLACES: PlaceLoader(),
    TITLE_PLACES: PlaceLoader(MentionPart.TITLE),
    CAPTION_PLACES: PlaceLoader(MentionPart.CAPTION),
    CREDIT_PLACES: PlaceLoader(MentionPart.CREDIT),
    PROGRAMS: ProgramLoader(),
    TITLE_PROGRAMS: ProgramLoader(MentionPart.TITLE),
    METRICS: MetricLoader(),
}
