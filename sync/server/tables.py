"""The HQ database schema as SQLAlchemy Core tables (the migrations in ``migrations/versions`` build it).

Times are naive UTC datetimes (one convention for SQLite and PostgreSQL). A document's ``canonical`` is the
exact text the device hashed, kept as TEXT rather than JSONB because JSONB would re-order keys and change
the bytes. ``reference_items.seq`` is the server-issued cursor: every insert gets a larger number, so a
device asks "what changed after N" without trusting any clock.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    true,
)

# BIGINT on PostgreSQL, but INTEGER on SQLite where only "INTEGER PRIMARY KEY" autoincrements.
BigId = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

units = Table(
    "units", metadata,
    Column("code", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("parent_name", Text, nullable=False, server_default=""),
    Column("place_name", Text, nullable=False, server_default=""),
    Column("created_at", DateTime, nullable=False),
)

officers = Table(
    "officers", metadata,
    Column("username", String(64), primary_key=True),
    Column("unit_code", String(32), ForeignKey("units.code"), nullable=False),
    Column("full_name", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default=true()),
    Column("created_at", DateTime, nullable=False),
)

devices = Table(
    "devices", metadata,
    Column("id", String(36), primary_key=True),
    # Only the SHA-256 of the bearer token is stored: a leaked database does not leak usable tokens.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("username", String(64), ForeignKey("officers.username"), nullable=False),
    Column("unit_code", String(32), ForeignKey("units.code"), nullable=False),
    Column("device_name", Text, nullable=False, server_default=""),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime, nullable=True),
    Column("revoked_at", DateTime, nullable=True),
    # A random id the laptop keeps: a new login of the same installation revokes its older tokens.
    Column("installation_id", String(64), nullable=False, server_default=""),
    Index("devices_installation", "username", "installation_id"),
)

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("unit_code", String(32), ForeignKey("units.code"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("number", Text, nullable=False, server_default=""),
    Column("sha256", String(64), nullable=False),
    Column("supersedes", String(64), nullable=False, server_default=""),
    Column("canonical", Text, nullable=False),
    Column("issued_month", String(7), nullable=False, server_default=""),
    Column("complete", Boolean, nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("received_at", DateTime, nullable=False),
    Index("documents_unit_kind", "unit_code", "kind", "issued_month"),
    Index("documents_supersedes", "supersedes"),
)

attachments = Table(
    "attachments", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigId, nullable=False),
    Column("media_type", Text, nullable=False, server_default="application/octet-stream"),
    # Empty since revision 0005: the bytes are files in the AttachmentStore (sync.server.attachments).
    Column("data", LargeBinary, nullable=True),
    Column("received_at", DateTime, nullable=False),
)

# Which unit uploaded which attachment (bytes are stored once, in ``attachments``): a unit's quota counts
# its uploads, a record counts only its own unit's uploads as present, and uploads no document of their
# unit links expire.
attachment_uploads = Table(
    "attachment_uploads", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("unit_code", String(32), ForeignKey("units.code"), primary_key=True),
    Column("size", BigId, nullable=False),
    Column("received_at", DateTime, nullable=False),
    Index("attachment_uploads_unit", "unit_code", "received_at"),
)

document_attachments = Table(
    "document_attachments", metadata,
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Index("document_attachments_sha", "sha256"),
)

reference_items = Table(
    "reference_items", metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("key", Text, nullable=False),
    Column("scope", String(32), nullable=False, server_default=""),  # "" = every unit, else a unit code
    Column("data", Text, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default=false()),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("kind", "key", "scope", name="reference_items_identity"),
    Index("reference_items_scope_seq", "scope", "seq"),
    # AUTOINCREMENT: without it SQLite reuses the number of a deleted newest row, and a replaced item
    # would come back with a cursor position devices have already passed.
    sqlite_autoincrement=True,
)

audit = Table(
    "audit", metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("unit_code", String(32), nullable=False, server_default=""),
    Column("action", String(64), nullable=False),
    Column("entity_id", Text, nullable=False, server_default=""),
    Column("data", Text, nullable=False, server_default="{}"),
    sqlite_autoincrement=True,
)

# -- HQ console (migration 0003_console) ---------------------------------------------------------------

staff = Table(
    "staff", metadata,
    Column("username", String(64), primary_key=True),
    Column("full_name", Text, nullable=False),
    Column("role", String(16), nullable=False),  # admin | leader | viewer (console.staff.Role)
    Column("unit_code", String(32), ForeignKey("units.code"), nullable=True),  # None: every unit (admin)
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default=true()),
    Column("created_at", DateTime, nullable=False),
)

staff_sessions = Table(
    "staff_sessions", metadata,
    # Only the SHA-256 of the cookie value is stored, as for device tokens.
    Column("token_hash", String(64), primary_key=True),
    Column("username", String(64), ForeignKey("staff.username"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
)

inbox = Table(
    "inbox", metadata,
    # One row per stored document, derived from its canonical JSON at ingest (console.index): what the
    # inbox filters, sorts and searches on, so that no page parses canonical JSON of many documents.
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("case_id", String(64), nullable=False, server_default=""),
    Column("unit_code", String(32), nullable=False),
    Column("officer", String(64), nullable=False, server_default=""),
    Column("kind", String(32), nullable=False),
    Column("number", Text, nullable=False, server_default=""),
    Column("issued_day", String(10), nullable=False, server_default=""),
    Column("received_at", DateTime, nullable=False),
    Column("subject_name", Text, nullable=False, server_default=""),
    Column("platform", Text, nullable=False, server_default=""),
    Column("search_text", Text, nullable=False, server_default=""),
    Column("review_state", String(16), nullable=False, server_default="received"),
    Column("violations", Integer, nullable=False, server_default="0"),
    Column("fine_total", BigInteger, nullable=False, server_default="0"),
    Column("goods_value", BigInteger, nullable=False, server_default="0"),
    Column("superseded", Boolean, nullable=False, server_default=false()),
    Index("inbox_received", "received_at"),
    Index("inbox_unit_received", "unit_code", "received_at"),
    Index("inbox_case", "case_id"),
    Index("inbox_issued", "issued_day"),
)

def _totals_columns() -> list[Column[object]]:
    """The figures a totals table adds up, per period, unit and dimension value (daily and monthly alike)."""
    return [
        Column("unit_code", String(32), primary_key=True),
        Column("dimension", String(16), primary_key=True),
        Column("value", String(128), primary_key=True),
        Column("documents", Integer, nullable=False, server_default="0"),
        Column("cases", Integer, nullable=False, server_default="0"),
        Column("violation_cases", Integer, nullable=False, server_default="0"),
        Column("violations", Integer, nullable=False, server_default="0"),
        Column("fines", BigInteger, nullable=False, server_default="0"),
        Column("goods_value", BigInteger, nullable=False, server_default="0"),
    ]


daily_totals = Table(
    "daily_totals", metadata,
    # What the statistics and the periodic report add up, per day of issue and unit, kept at ingest in the
    # batch's transaction (console.totals): dimension "" is the unit's day, else officer / kind / platform /
    # article with its value. Cases and goods count on the day of a case's first document.
    Column("day", String(10), primary_key=True),
    *_totals_columns(),
    Index("daily_totals_dimension_day", "dimension", "day", "unit_code"),
)

monthly_totals = Table(
    "monthly_totals", metadata,
    # The same figures as daily_totals summed by month of issue (kept in the same statement batch): a period
    # of whole months reads one row per month instead of one per day (console.totals).
    Column("month", String(7), primary_key=True),
    *_totals_columns(),
    Index("monthly_totals_dimension_month", "dimension", "month", "unit_code"),
)

reviews = Table(
    "reviews", metadata,
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("state", String(16), nullable=False),
    Column("comment", Text, nullable=False, server_default=""),
    Column("reviewer", String(64), nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

printed_copies = Table(
    "printed_copies", metadata,
    # The PDF printed on site (role "printed"), bound to the SHA-256 of the document it renders, and any
    # scanned signed copy added later (role "scan"). The bytes are an attachment like any other.
    Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("document_sha256", String(64), nullable=False),
    Column("received_at", DateTime, nullable=False),
)

Index("audit_entity", audit.c.entity_id)  # the console lists a document's audit events

# Search structures that exist on one engine only (migration 0003_console): FTS5's virtual table and its
# shadow tables on SQLite, the trigram index on PostgreSQL. Table metadata cannot declare them, so schema
# comparisons leave out names starting with these.
ENGINE_SPECIFIC = ("inbox_fts", "inbox_search_trgm")

# Login and verification throttling (``throttle.DatabaseCounts``): one row per throttled key, shared by every
# server process on this database. ``value`` is a failure count (growing delays) or the tokens left (rate
# limits); rows quiet for longer than their throttle remembers are deleted.
throttle_counts = Table(
    "throttle_counts", metadata,
    Column("key", String(200), primary_key=True),
    Column("value", Float, nullable=False),
    Column("until", DateTime, nullable=True),
    Column("last", DateTime, nullable=False),
    Index("throttle_counts_last", "last"),
)
