"""The relational schema: one typed SQLAlchemy model per table.

Migrations are the source of truth for the database; these models describe the same schema
for the code and for `alembic check`, which fails when the two drift apart.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from govdb.metrics.vocabulary import Qualifier
from govdb.places.vocabulary import MentionPart, PlaceLevel

# Fixed constraint names: SQLite batch migrations and PostgreSQL ALTERs both need to find
# constraints by name, and autogenerate compares them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PLACE_LEVELS = tuple(level.value for level in PlaceLevel)
MENTION_PARTS = tuple(part.value for part in MentionPart)
QUALIFIERS = tuple(qualifier.value for qualifier in Qualifier)
SCRIPTS = ("simplified", "traditional", "mixed", "unknown")
# Where a document's date came from, strongest first: --date, the manifest row, the file's path,
# the page's own masthead; `unknown` for dates stored before govdb recorded where from.
DATE_SOURCES = ("option", "manifest", "path", "masthead", "unknown")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """An outlet: 漯河日报, 新华社, a government website."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Other names the outlet goes by, one per line (e.g. the traditional form).
    aliases: Mapped[str | None] = mapped_column(Text)
    home_place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True
    )

    documents: Mapped[list[Document]] = relationship(back_populates="source")


class IngestRun(Base):
    """One run of `govdb ingest`, kept so every document can say how it arrived."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    govdb_version: Mapped[str] = mapped_column(String(40))
    arguments: Mapped[str | None] = mapped_column(Text)
    files_added: Mapped[int] = mapped_column(Integer, default=0)
    files_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    files_failed: Mapped[int] = mapped_column(Integer, default=0)
    # One line per failed file: "name: reason".
    errors: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    """An ingested file: a newspaper page, an issue or a web article, exactly as read."""

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint(_in("script", SCRIPTS), name="script"),
        CheckConstraint(_in("date_source", DATE_SOURCES), name="date_source"),
        # An outlet's documents of one date (v_outlet_timeline counts them date by date).
        Index("ix_documents_source_id_published_on", "source_id", "published_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The hash of the bytes makes ingest idempotent: the same file twice is one row, even
    # when two ingests race (INSERT ... ON CONFLICT DO NOTHING on this key).
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(500), index=True)
    # The file as the ingest reached it: the folder given on the command line and the path
    # below it (seeds/000_x.txt), or just the name for a file given directly.
    source_path: Mapped[str] = mapped_column(String(1000), index=True)
    # Which file this is a version of: the SHA-256 of the absolute path of the folder ingested
    # and the path below it (a file given directly: its folder and its name). A changed file
    # with the same key is a new version; NULL for documents stored before it was recorded.
    path_key: Mapped[str | None] = mapped_column(String(64), index=True)
    byte_size: Mapped[int] = mapped_column(BigInteger)
    encoding: Mapped[str] = mapped_column(String(40))
    script: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    published_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # Where published_on came from (DATE_SOURCES); NULL when there is no date.
    date_source: Mapped[str | None] = mapped_column(String(10))
    page_label: Mapped[str | None] = mapped_column(String(40))
    # The text as printed (decoded, control characters removed): offsets of articles point here.
    raw_text: Mapped[str] = mapped_column(Text)
    ingest_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("ingest_runs.id", ondelete="SET NULL"), index=True
    )
    # A changed file at the same path_key is a new document; the older version stays,
    # pointing at its successor, so nothing loaded is ever lost.
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    ingested_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )
    # The extraction that made the document's facts (release+digest of its code and data);
    # `govdb reextract` re-reads documents made by another. NULL: made before it was recorded.
    extraction_version: Mapped[str | None] = mapped_column(String(64), index=True)

    source: Mapped[Source | None] = relationship(back_populates="documents")
    articles: Mapped[list[Article]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class Article(Base):
    """An article within a document; a brief in a 简讯 block is an article of its own."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("document_id", "ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    kicker: Mapped[str | None] = mapped_column(String(200))
    byline: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40), default="news")
    continuation: Mapped[str | None] = mapped_column(String(200))
    # Span of the article (title to last line) in documents.raw_text.
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    # Normalised body (simplified, OCR breaks joined): what extraction and search read,
    # and what every fact's offsets point into.
    body: Mapped[str] = mapped_column(Text)
    # The body's characters mapped back to documents.raw_text, as a compact run list.
    body_offsets: Mapped[str | None] = mapped_column(Text)
    # Space-separated words for full-text search.
    tokens: Mapped[str | None] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="articles")
    sections: Mapped[list[Section]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    paratexts: Mapped[list[Paratext]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class Section(Base):
    """A titled part of an article."""

    __tablename__ = "sections"
    __table_args__ = (UniqueConstraint("article_id", "ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)
    # Span in articles.body.
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="sections")


class Paratext(Base):
    """Text printed with an article that is not its body: captions, credits, footers,
    continuation markers. Kept, so nothing printed is lost, but never searched as body."""

    __tablename__ = "paratexts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    # NULL for page-level text that belongs to no article (a masthead, a page footer).
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    # Span in documents.raw_text.
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article | None] = relationship(back_populates="paratexts")


class Place(Base):
    """An administrative unit, seeded from the official division codes."""

    __tablename__ = "places"
    __table_args__ = (
        CheckConstraint(_in("level", PLACE_LEVELS), name="level"),
        # A unit the register does not list is one row per name under its parent, even when
        # two ingests meet it at once (INSERT ... ON CONFLICT DO NOTHING on this index).
        Index(
            "ux_places_local_unit",
            "parent_id",
            "name",
            unique=True,
            sqlite_where=text("code IS NULL"),
            postgresql_where=text("code IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NBS statistical division code truncated to its level (2/4/6/9/12 digits);
    # NULL for units the register does not list (a local zone name).
    code: Mapped[str | None] = mapped_column(String(12), unique=True)
    # The name as people write it (大徐村, 召陵镇); register_name keeps the NBS form.
    name: Mapped[str] = mapped_column(String(200), index=True)
    register_name: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="RESTRICT"), index=True
    )
    # Names from the province down (河南省/漯河市/召陵区/召陵镇/大徐村). Derivable from parent_id,
    # but stored so analysts and BI tools can filter a subtree with `path LIKE '…/%'`.
    path: Mapped[str] = mapped_column(String(500), index=True)

    parent: Mapped[Place | None] = relationship(remote_side=[id])
    aliases: Mapped[list[PlaceAlias]] = relationship(
        back_populates="place", cascade="all, delete-orphan", passive_deletes=True
    )


class PlaceAncestor(Base):
    """A place and each unit above it, itself included (depth 0): what views read to roll facts
    up the hierarchy, instead of walking parent_id on every query. A trigger on places writes
    it when a place is inserted (see its revision); govdb never moves a place."""

    __tablename__ = "place_ancestors"

    place_id: Mapped[int] = mapped_column(
        ForeignKey("places.id", ondelete="CASCADE"), primary_key=True
    )
    ancestor_id: Mapped[int] = mapped_column(
        ForeignKey("places.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    depth: Mapped[int] = mapped_column(Integer)


class PlaceAlias(Base):
    """Another spelling of a place: short forms, traditional forms, known misprints."""

    __tablename__ = "place_aliases"
    __table_args__ = (UniqueConstraint("place_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200), index=True)
    # Where the alias came from: register, suffix, short, zone, traditional, typo, manual.
    origin: Mapped[str] = mapped_column(String(40))

    place: Mapped[Place] = relationship(back_populates="aliases")


class PlaceMention(Base):
    """A place named in an article, with how it was resolved."""

    __tablename__ = "place_mentions"
    __table_args__ = (CheckConstraint(_in("part", MENTION_PARTS), name="part"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    # NULL when nothing could be resolved; candidates then lists what it might be.
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True
    )
    surface: Mapped[str] = mapped_column(String(200))
    # The span in the article's body, its headline or the document's text: see part.
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    # body, title, caption or credit (MENTION_PARTS).
    part: Mapped[str] = mapped_column(String(10), default="body", server_default="body")
    # exact, alias, context, fuzzy, ancestor or unresolved.
    method: Mapped[str] = mapped_column(String(20))
    # Codes of the units it could be, space-separated, when context did not decide.
    candidates: Mapped[str | None] = mapped_column(Text)


class Program(Base):
    """A named initiative, model, mechanism, campaign, platform or slogan."""

    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Canonical simplified name: quotes removed, + and 、 unified, line breaks dropped.
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40))

    aliases: Mapped[list[ProgramAlias]] = relationship(
        back_populates="program", cascade="all, delete-orphan", passive_deletes=True
    )


class ProgramAlias(Base):
    """A printed variant of a program's name."""

    __tablename__ = "program_aliases"
    __table_args__ = (UniqueConstraint("program_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(300), index=True)

    program: Mapped[Program] = relationship(back_populates="aliases")


class ProgramMention(Base):
    """A program named in an article, and the place it applies to there."""

    __tablename__ = "program_mentions"
    __table_args__ = (CheckConstraint(_in("part", MENTION_PARTS), name="part"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True
    )
    surface: Mapped[str] = mapped_column(String(300))
    # The span in the article's body or its headline: see part.
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    # body or title (MENTION_PARTS).
    part: Mapped[str] = mapped_column(String(10), default="body", server_default="body")


# Subjects about grid management (网格, 网格员, 楼栋长 …), as sql/views/v_grid_governance.sql
# picks them.
GRID_SUBJECTS = (
    "subject like '%网格%' or subject like '%楼栋长%' or subject like '%楼长%'"
    " or subject like '%单元长%' or subject like '%中心户长%'"
)


class Metric(Base):
    """A number the text reports about something, normalised, with where it came from."""

    __tablename__ = "metrics"
    __table_args__ = (
        CheckConstraint("qualifier IS NULL OR " + _in("qualifier", QUALIFIERS), name="qualifier"),
        # The metrics v_grid_governance reads: its WHERE on subject is this one, so both engines
        # read these few rows instead of every metric.
        Index(
            "ix_metrics_grid",
            "id",
            sqlite_where=text(GRID_SUBJECTS),
            postgresql_where=text(GRID_SUBJECTS),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str | None] = mapped_column(String(200), index=True)
    # Normalised: 5.2万 → 52000; money in 元.
    value: Mapped[Decimal] = mapped_column(Numeric(38, 6))
    unit: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    qualifier: Mapped[str | None] = mapped_column(String(10))
    qualifier_word: Mapped[str | None] = mapped_column(String(20))
    is_change: Mapped[bool] = mapped_column(Boolean, default=False)
    direction: Mapped[str | None] = mapped_column(String(10))
    basis: Mapped[str | None] = mapped_column(String(10))
    period: Mapped[str | None] = mapped_column(String(100))
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True
    )
    surface: Mapped[str] = mapped_column(String(200))
    # Span of the figure, and of the sentence it came from, in articles.body.
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)


class SkippedNumber(Base):
    """A number in an article body that was not stored as a metric, and why: the curators'
    list of what extraction passed over (dates and ordinals are skipped on purpose)."""

    __tablename__ = "skipped_numbers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    surface: Mapped[str] = mapped_column(String(200))
    # date, ordinal, phone, code, program, title-repeat, no-unit, …
    reason: Mapped[str] = mapped_column(String(40), index=True)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)


class PlaceSummary(Base):
    """Counts per place over the facts of current documents, kept by ingest (see
    govdb.summaries): its subtree's for v_place_rollup, its own mentions' for v_places. A place
    with no such fact has no row."""

    __tablename__ = "place_summaries"

    place_id: Mapped[int] = mapped_column(
        ForeignKey("places.id", ondelete="CASCADE"), primary_key=True
    )
    # Distinct articles with a mention, program or metric tied to the place or below.
    article_count: Mapped[int] = mapped_column(BigInteger)
    mention_count: Mapped[int] = mapped_column(BigInteger)
    program_count: Mapped[int] = mapped_column(BigInteger)
    metric_count: Mapped[int] = mapped_column(BigInteger)
    # Mentions of the place itself, and the distinct articles with one.
    own_article_count: Mapped[int] = mapped_column(BigInteger)
    own_mention_count: Mapped[int] = mapped_column(BigInteger)


class PlaceProgram(Base):
    """Mentions of a program tied to a place or below, in current documents (see
    govdb.summaries): a place's rows are its distinct programs."""

    __tablename__ = "place_programs"
    # v_program_diffusion in date order: the first rows without sorting every pair.
    __table_args__ = (
        Index("ix_place_programs_first_seen", "first_seen", "program_id", "place_id"),
    )

    place_id: Mapped[int] = mapped_column(
        ForeignKey("places.id", ondelete="CASCADE"), primary_key=True
    )
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    mention_count: Mapped[int] = mapped_column(BigInteger)
    # Those tied to the place itself.
    own_count: Mapped[int] = mapped_column(BigInteger)
    # Distinct articles, and the first of them (earliest date, undated last, lowest id).
    article_count: Mapped[int] = mapped_column(BigInteger)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    first_article_id: Mapped[int | None] = mapped_column(Integer)


class ProgramSummary(Base):
    """The figures of v_programs per program named in a current document, kept by ingest (see
    govdb.summaries)."""

    __tablename__ = "program_summaries"

    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    mention_count: Mapped[int] = mapped_column(BigInteger)
    article_count: Mapped[int] = mapped_column(BigInteger)
    # Distinct places its mentions are tied to.
    place_count: Mapped[int] = mapped_column(BigInteger)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)


class ProgramPair(Base):
    """Two programs named in the same article, in how many current articles (both ways round),
    kept by ingest (see govdb.summaries)."""

    __tablename__ = "program_pairs"

    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True
    )
    other_program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    article_count: Mapped[int] = mapped_column(BigInteger, index=True)


class MetricSubjectCount(Base):
    """Metrics per subject in current documents, kept by ingest (see govdb.summaries): the
    subjects there are."""

    __tablename__ = "metric_subject_counts"

    subject: Mapped[str] = mapped_column(String(200), primary_key=True)
    metric_count: Mapped[int] = mapped_column(BigInteger)


class SummarisedDocument(Base):
    """A document whose facts the summary tables count (see govdb.summaries)."""

    __tablename__ = "summarised_documents"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
