"""The words the places tables store, as enums: a misspelt value fails where it is written, not
in a CHECK constraint or a view that silently matches nothing. Values are the stored strings."""

from __future__ import annotations

from enum import StrEnum


class PlaceLevel(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWN = "town"
    VILLAGE = "village"
    OTHER = "other"  # a unit the register does not list (a functional zone)


class Resolution(StrEnum):
    """How a place mention was tied to a unit (place_mentions.method)."""

    EXACT = "exact"
    ALIAS = "alias"
    CONTEXT = "context"
    FUZZY = "fuzzy"  # a misprint one character off: kept as a typo alias
    ANCESTOR = "ancestor"  # ambiguous: the unit above every reading
    UNRESOLVED = "unresolved"


class MentionPart(StrEnum):
    """Where in its article a place is named (place_mentions.part), and what its span counts in."""

    BODY = "body"  # the normalised body
    TITLE = "title"  # the headline
    CAPTION = "caption"  # a photo's caption: the span counts in the document's text as read
    CREDIT = "credit"  # an issuer's credit line (某县某局 under a notice's title): likewise
