"""The Datasette metadata `govdb serve` builds from the view headers: no Datasette needed."""

from govdb.serve import FACETS, SEARCHABLE, datasette_metadata, facets
from govdb.views import View, load_views

MENTIONS = View(
    name="v_place_mentions",
    summary="v_place_mentions: one row per place mention resolved to a place.",
    description="Where each place is named & how.",
    columns=(("mention_id", "place_mentions.id"), ("name", "the place"), ("level", "its level")),
    sql="select 1",
)
TEXT = View(
    name="v_article_text",
    summary="v_article_text: one row per article, with its whole text.",
    description="",
    columns=(("article_id", "articles.id"), ("source", "the outlet"), ("body", "the body")),
    sql="select 1",
)
TABLES = ["alembic_version", "article_search", "article_search_data", "articles", "metrics"]


def test_views_get_their_header_as_description_columns_and_facets() -> None:
    metadata = datasette_metadata(
        "seeds",
        [MENTIONS, TEXT],
        TABLES,
        {"v_place_mentions": ["mention_id", "name", "level", "method"], "v_article_text": []},
    )
    tables = metadata["databases"]["seeds"]["tables"]
    assert {
        "description": "One row per place mention resolved to a place. Where each place is "
        "named & how.",
        "columns": {"mention_id": "place_mentions.id", "name": "the place", "level": "its level"},
        "facets": ["name", "level", "method"],
    } == tables["v_place_mentions"]


def test_every_table_is_hidden_and_only_the_views_present_are_listed() -> None:
    metadata = datasette_metadata(
        "seeds", [TEXT, MENTIONS], TABLES, {"v_place_mentions": ["mention_id"]}
    )
    database = metadata["databases"]["seeds"]
    assert {name: {"hidden": True} for name in TABLES} == {
        name: entry for name, entry in database["tables"].items() if name in TABLES
    }
    assert "v_article_text" not in database["tables"]
    assert database["description_html"].endswith(
        '<ul><li><a href="/seeds/v_place_mentions">v_place_mentions</a>: '
        "one row per place mention resolved to a place.</li></ul>"
    )


def test_header_text_is_escaped_in_the_database_page() -> None:
    odd = View("v_odd", "v_odd: one row per <b>thing</b> & more.", "", (), "select 1")
    html = datasette_metadata("my db", [odd], [], {"v_odd": ["x"]})["databases"]["my db"]
    assert (
        '<a href="/my%20db/v_odd">v_odd</a>: one row per &lt;b&gt;thing&lt;/b&gt; &amp; more.'
        in (html["description_html"])
    )


def test_article_views_search_through_the_fts_table_by_article_id() -> None:
    columns = {"v_article_text": ["article_id", "source", "body"]}
    tables = datasette_metadata("seeds", [TEXT], TABLES, columns)["databases"]["seeds"]["tables"]
    assert "article_search" == tables["v_article_text"]["fts_table"]
    assert "article_id" == tables["v_article_text"]["fts_pk"]
    assert ["source"] == tables["v_article_text"]["facets"]  # no published_on column here


def test_no_search_without_the_fts_table() -> None:
    columns = {"v_article_text": ["article_id", "source", "body"]}
    tables = datasette_metadata("seeds", [TEXT], ["articles"], columns)["databases"]["seeds"]
    assert "fts_table" not in tables["tables"]["v_article_text"]


def test_facets_follow_renamed_columns() -> None:
    # Place columns renamed place/place_level, program columns program: the facets follow.
    assert ["place", "place_level", "method"] == facets(
        "v_place_mentions", ["mention_id", "place", "place_level", "place_code", "method"]
    )
    assert ["program", "place_level", "place"] == facets(
        "v_program_diffusion", ["program", "place_level", "place", "path"]
    )
    assert ["program", "level", "place"] == facets(
        "v_program_places", ["name", "program", "level", "place"]
    )
    assert [] == facets("v_place_rollup", ["code"])
    assert [] == facets("v_my_own_view", ["place", "level"])


def test_date_facets_only_where_the_column_exists() -> None:
    assert ["place", "subject", {"date": "published_on"}] == facets(
        "v_metrics", ["place", "subject", "published_on"]
    )
    assert ["place"] == facets("v_metrics", ["place"])


def test_every_facet_names_a_documented_column_of_its_view() -> None:
    views = {v.name: v for v in load_views()}
    assert set(FACETS) <= set(views)
    assert set(SEARCHABLE) <= set(views)
    for name, specs in FACETS.items():
        documented = [column for column, _ in views[name].columns]
        assert len(specs) == len(facets(name, documented)), name
