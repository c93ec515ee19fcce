"""`govdb query` and `govdb search` output: the same bytes from SQLite and PostgreSQL for the
seeds, parameters bound as values, SQL from a file or standard input, one-line errors."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from govdb.cli import app
from govdb.db import make_engine
from govdb.ingest.runner import ingest
from govdb.migrate import upgrade
from govdb.query import run_query
from govdb.statement import parameters

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
runner = CliRunner()

FIRST_METRICS = "select * from v_metrics order by metric_id limit 20"
# Booleans both ways, NULLs, dates, whole and fractional NUMERIC values, and a bound parameter.
CITY_METRICS = (
    "select metric_id, subject, value, unit, is_change, direction, period, period_start,"
    " period_end, published_on from v_metrics where place = :place order by metric_id"
)


@pytest.fixture(scope="module")
def seeded(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[dict[str, str]]:
    """The seeds loaded once into SQLite and once into PostgreSQL: the URL of each."""
    from conftest import _drop_postgres_database, _new_postgres_database

    server = request.getfixturevalue("postgres_server")
    path = tmp_path_factory.mktemp("seeded") / "seeds.sqlite"
    postgres, name = _new_postgres_database(server)
    engines = {"sqlite": make_engine(f"sqlite:///{path}"), "postgresql": postgres}
    try:
        for engine in engines.values():
            upgrade(engine)
            assert 5 == len(ingest(engine, [SEEDS]).added)
        yield {key: e.url.render_as_string(hide_password=False) for key, e in engines.items()}
    finally:
        engines["sqlite"].dispose()
        _drop_postgres_database(server, postgres, name)


def _query(url: str, *args: str, input: str | None = None) -> bytes:
    result = runner.invoke(app, ["query", "--db", url, *args], input=input)
    assert 0 == result.exit_code, result.output
    return result.stdout_bytes


@pytest.mark.parametrize("format", ["json", "ndjson", "csv", "tsv", "table"])
@pytest.mark.parametrize(
    "args", [[FIRST_METRICS], [CITY_METRICS, "-p", "place", "漯河市"]], ids=["first", "city"]
)
def test_the_same_query_prints_the_same_bytes_on_both_engines(
    seeded: dict[str, str], format: str, args: list[str]
) -> None:
    sqlite = _query(seeded["sqlite"], "-f", format, *args)
    postgresql = _query(seeded["postgresql"], "-f", format, *args)
    assert sqlite == postgresql
    assert len(sqlite) > 500


def test_city_metrics_print_plain_values(seeded: dict[str, str]) -> None:
    csv = _query(seeded["postgresql"], "-f", "csv", CITY_METRICS, "-p", "place", "漯河市")
    lines = csv.decode("utf-8").split("\r\n")
    assert (
        "metric_id,subject,value,unit,is_change,direction,period,period_start,period_end,"
        "published_on"
    ) == lines[0]
    assert "23,吞吐量,17.93,%,true,up,今年一季度,,," in lines
    assert "48,功能区乡科级干部,3,期,false,,2024年,2024-01-01,2024-12-31," in lines
    records = json.loads(_query(seeded["sqlite"], "-f", "json", FIRST_METRICS))
    assert 20 == len(records)
    third = records[2]
    assert (3, "网格", 202, "个", False, None, "202个") == (
        third["metric_id"],
        third["subject"],
        third["value"],
        third["unit"],
        third["is_change"],
        third["published_on"],
        third["surface"],
    )


def test_sqlite_reads_a_boolean_column_through_a_view_as_a_bool(seeded: dict[str, str]) -> None:
    engine = make_engine(seeded["sqlite"])
    try:
        _, rows = run_query(
            engine,
            "select is_change, count(*) from v_economic_indicators"
            " group by is_change order by is_change",
        )
    finally:
        engine.dispose()
    assert [(False, 16), (True, 10)] == rows
    assert [bool, bool] == [type(flag) for flag, _ in rows]


def test_search_gives_records_in_every_format(seeded: dict[str, str]) -> None:
    for url in seeded.values():
        result = runner.invoke(app, ["search", "--db", url, "-f", "ndjson", "--limit", "3", "网格"])
        assert 0 == result.exit_code, result.output
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert 3 == len(records)
        assert ["rank", "article_id", "document", "title", "score", "snippet"] == list(records[0])
        assert [1, 2, 3] == [r["rank"] for r in records]
        assert {"rank": 1, "article_id": 1, "title": "基层高效能治理赋能乡村振兴"} == {
            key: records[0][key] for key in ("rank", "article_id", "title")
        }
        assert "网格" in records[0]["snippet"]
        csv = runner.invoke(app, ["search", "--db", url, "-f", "csv", "--bom", "没有这样的词语"])
        assert b"\xef\xbb\xbfrank,article_id,document,title,score,snippet\r\n" == csv.stdout_bytes


# Without the seeds: a few rows of our own, on each engine.


@pytest.fixture
def sources(engine: Engine, db_url: str) -> str:
    with engine.begin() as connection:
        connection.execute(text("insert into sources (name) values ('召陵日报'), ('某日报')"))
    return db_url


def test_a_parameter_is_bound_as_a_value_not_spliced_into_the_sql(sources: str) -> None:
    sql = (
        "select name, '50%' as share, ':name' as literal, cast(:n as integer) + 1 as next"
        " from sources where name = :name"
    )
    out = _query(sources, "-f", "ndjson", sql, "-p", "name", "某日报", "-p", "n", "41")
    assert '{"name":"某日报","share":"50%","literal":":name","next":42}\n' == out.decode()
    hostile = "某日报' or '1' = '1"
    assert b"" == _query(sources, "-f", "ndjson", sql, "-p", "name", hostile, "-p", "n", "1")


def test_sql_comes_from_standard_input_or_a_file(sources: str, tmp_path: Path) -> None:
    sql = "select count(*) as n from sources where name like :pattern"
    expected = b"n\r\n1\r\n"
    assert expected == _query(sources, "-f", "csv", "-p", "pattern", "召%", input=sql)
    assert expected == _query(sources, "-f", "csv", "-", "-p", "pattern", "召%", input=sql)
    file = tmp_path / "count.sql"
    file.write_bytes(b"\xef\xbb\xbf-- sources named for a place\n" + sql.encode() + b";\n")
    assert expected == _query(sources, "-f", "csv", "--file", str(file), "-p", "pattern", "召%")
    assert expected == _query(
        sources, "-f", "csv", "--file", "-", "-p", "pattern", "召%", input=sql
    )


def test_bom_writes_the_utf8_byte_order_mark_first(sources: str) -> None:
    sql = "select name from sources order by name desc"
    csv = _query(sources, "-f", "csv", "--bom", sql)
    assert "\ufeffname\r\n某日报\r\n召陵日报\r\n".encode() == csv
    tsv = _query(sources, "-f", "tsv", "--bom", sql)
    assert "\ufeffname\n某日报\n召陵日报\n".encode() == tsv
    assert not _query(sources, "-f", "csv", sql).startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["select :place"], "the query uses :place; give its value with -p place VALUE"),
        (["select 1", "-p", "place", "x"], "-p place is not used: the query has no :place"),
        (["select :a", "-p", "a"], "-p a needs a value: -p NAME VALUE"),
        (
            ["select 1", "-p", "地点", "x"],
            "-p '地点': a parameter's name is letters, digits and _, e.g. -p place 召陵区",
        ),
        (["select :a", "-p", "a", "1", "-p", "a", "2"], "-p a is given twice"),
        (["-f", "xml", "select 1"], "unknown format 'xml': use table, csv, tsv, json or ndjson"),
        (["-f", "json", "--bom", "select 1"], "--bom is for csv and tsv"),
        (["--file", "missing.sql"], "cannot read missing.sql: No such file or directory"),
        (["--file", "q.sql", "select 1"], "give the SQL as an argument or with --file, not both"),
        (["select nothing_here from sources"], "query failed: "),
    ],
)
def test_mistakes_are_one_line(sources: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["query", "--db", sources, *args])
    assert 1 == result.exit_code
    assert result.output.startswith(f"govdb: error: {message}")
    assert 1 == len(result.output.splitlines()), result.output


def test_sql_that_is_not_utf8_is_one_line(sources: str, tmp_path: Path) -> None:
    file = tmp_path / "gbk.sql"
    file.write_bytes("select '召陵区'".encode("gbk"))
    result = runner.invoke(app, ["query", "--db", sources, "--file", str(file)])
    assert 1 == result.exit_code
    assert f"govdb: error: {file} is not UTF-8 text\n" == result.output


@pytest.mark.parametrize(
    ("sql", "names"),
    [
        ("select * from v_metrics where place = :place", ["place"]),
        ("select :n::int, x::text from t where a = :a and b = :a", ["n", "a", "a"]),
        ("select ':no', \":no\" -- :no\n, /* :no */ $$ :no $$, $q$:no$q$", []),
        ("select 10:30", []),
    ],
)
def test_parameters_are_found_outside_strings_names_and_comments(
    sql: str, names: list[str]
) -> None:
    assert names == [name for name, _, _ in parameters(sql)]
