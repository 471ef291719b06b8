"""The ``inspector-hq`` command: serve, migrate, accounts, reference data and statistics.

Every command takes ``--database URL`` (default: a SQLite file in the HQ data dir, see
``database.default_url``). ``serve`` migrates before it listens and prints the bound address (port 0
picks a free port, which the tests use).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import socket
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from . import accounts, ingest, reference
from .app import create_app
from .attachments import AttachmentStore, default_attachments_dir, move_rows_to_files
from .database import DatabaseError, default_data_dir, default_url, make_engine, migrate
from .deps import ServerSettings, trusted_proxy, utcnow
from .tables import attachments, documents


def _engine(args: argparse.Namespace, *, migrate_first: bool = True) -> Any:
    engine = make_engine(args.database)
    if migrate_first:
        migrate(engine)
    return engine


def _store(args: argparse.Namespace) -> AttachmentStore:
    return AttachmentStore(args.attachments_dir
                           or default_attachments_dir(args.database or default_url(), default_data_dir()))


def _move_rows(engine: Any, store: AttachmentStore) -> None:
    moved = move_rows_to_files(engine, store)
    if moved:
        print(f"moved {moved} attachment(s) from the database to {store.root}", file=sys.stderr)


# How ``serve`` hands its options to worker processes (uvicorn starts them fresh, with "spawn").
WORKER_OPTIONS_ENV = "INSPECTOR_HQ_WORKER_OPTIONS"


def _serve_options(args: argparse.Namespace, store: AttachmentStore) -> dict[str, Any]:
    return {"database": args.database, "attachments_dir": str(store.root),
            "token_days": args.token_days, "unit_quota_mb": args.unit_quota_mb,
            "upload_days": args.upload_days, "trusted_proxies": args.trusted_proxy,
            "concurrent_batches": args.concurrent_batches,
            "password_hashes": args.password_hashes or accounts.default_hash_slots(args.workers)}


def server_app(options: dict[str, Any]) -> Any:
    """The application one server process runs, from ``serve``'s options (its own engine and pool, its own
    password-hash gate: the bound is per process)."""
    accounts.set_password_hash_slots(int(options["password_hashes"]))
    return create_app(make_engine(options["database"]),
                      ServerSettings(attachments=AttachmentStore(options["attachments_dir"]),
                                     token_ttl=timedelta(days=options["token_days"]),
                                     unit_quota_bytes=int(options["unit_quota_mb"] * 1024 * 1024),
                                     upload_ttl=timedelta(days=options["upload_days"]),
                                     trusted_proxies=tuple(options["trusted_proxies"]),
                                     concurrent_batches=int(options["concurrent_batches"])))


def worker_app() -> Any:
    """uvicorn's application factory in each worker process of ``serve --workers N``."""
    return server_app(json.loads(os.environ[WORKER_OPTIONS_ENV]))


def cmd_serve(args: argparse.Namespace) -> int:
    """Migrate, bind, print the address, serve until interrupted (``--workers N``: N processes on the one
    listening socket, PostgreSQL only)."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    if args.workers > 1 and make_url(args.database or default_url()).get_backend_name() != "postgresql":
        # SQLite lets one process write at a time: more processes would only queue on its lock (and
        # spread "database is locked" waits); one process with its thread pool is the right shape.
        print("inspector-hq: error: --workers > 1 needs PostgreSQL (--database postgresql+psycopg://...); "
              "SQLite serves one writer at a time, so run SQLite with one worker", file=sys.stderr)
        return 2
    args.trusted_proxy = _trusted_proxies(args)  # a bad $INSPECTOR_HQ_TRUSTED_PROXIES stops here, before anything
    # Migrate once, and move attachment bytes still in database rows to files, before anything is served.
    engine = _engine(args)
    store = _store(args)
    _move_rows(engine, store)
    engine.dispose()
    options = _serve_options(args, store)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit TCP_NODELAY: without it a kept-alive connection stalls ~40 ms per response
    # (Nagle on the response's second write meets the client's delayed ACK).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((args.host, args.port))
    sock.listen(2048)
    host, port = sock.getsockname()[:2]
    # proxy_headers off: uvicorn would otherwise trust X-Forwarded-For from loopback (or $FORWARDED_ALLOW_IPS);
    # the application does it, for --trusted-proxy peers only.
    common = {"log_level": args.log_level, "access_log": args.access_log, "timeout_keep_alive": 30,
              "proxy_headers": False}
    if args.workers == 1:
        server = uvicorn.Server(uvicorn.Config(server_app(options), **common))
        # The tests (and operators) read this line to learn the port chosen for --port 0.
        print(f"inspector-hq listening on http://{host}:{port}", flush=True)
        server.run(sockets=[sock])
        return 0
    # Each worker accepts on the shared socket; uvicorn's supervisor restarts a worker that dies and stops
    # them all on SIGTERM/SIGINT.
    os.environ[WORKER_OPTIONS_ENV] = json.dumps(options)
    # A worker imports the whole server before it answers the supervisor's health check: on a loaded
    # machine that takes longer than uvicorn's 5 s default, and the worker would be killed and respawned.
    config = uvicorn.Config("sync.server.cli:worker_app", factory=True, workers=args.workers,
                            timeout_worker_healthcheck=120, **common)
    supervisor = Multiprocess(config, sockets=[sock])
    print(f"inspector-hq ({args.workers} workers) listening on http://{host}:{port}", flush=True)
    supervisor.run()
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Apply pending migrations."""
    engine = make_engine(args.database)
    before, after = migrate(engine)
    _move_rows(engine, _store(args))
    print(f"database at {after}" + (f" (was {before})" if before != after else " (up to date)"))
    return 0


def cmd_add_unit(args: argparse.Namespace) -> int:
    """Create a unit."""
    with _engine(args).begin() as conn:
        accounts.add_unit(conn, args.code, args.name, utcnow(), parent_name=args.parent_name,
                          place_name=args.place_name)
    print(f"unit {args.code} created")
    return 0


def cmd_add_officer(args: argparse.Namespace) -> int:
    """Create an officer account (password from stdin or a prompt, never from the command line)."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.username}: ")
    with _engine(args).begin() as conn:
        accounts.add_officer(conn, args.username, args.unit, args.name, password, utcnow())
    print(f"officer {args.username} created in unit {args.unit}")
    return 0


def cmd_add_staff(args: argparse.Namespace) -> int:
    """Create a console staff account (password from stdin or a prompt, never from the command line)."""
    from .console.staff import add_staff

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.username}: ")
    with _engine(args).begin() as conn:
        add_staff(conn, args.username, args.name, args.role, args.unit, password, utcnow())
    print(f"staff member {args.username} created ({args.role}{', unit ' + args.unit if args.unit else ''})")
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    """Revoke a device token, or all of an officer's."""
    with _engine(args).begin() as conn:
        count = accounts.revoke(conn, utcnow(), device_id=args.device_id or "", username=args.username or "")
    print(f"revoked {count} device token(s)")
    return 0 if count else 1


def _password_lines(args: argparse.Namespace, prompts: list[str]) -> list[str]:
    if args.password_stdin:
        return [sys.stdin.readline().rstrip("\r\n") for _ in prompts]
    return [getpass.getpass(prompt) for prompt in prompts]


def cmd_set_active(args: argparse.Namespace) -> int:
    """Disable (revoking every token) or re-enable an officer."""
    active = args.command == "enable-officer"
    with _engine(args).begin() as conn:
        revoked = accounts.set_active(conn, args.username, active, utcnow())
    print(f"officer {args.username} " + ("enabled" if active else f"disabled; revoked {revoked} device token(s)"))
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    """Set a new password (from stdin or a prompt) and revoke every token of the officer."""
    (password,) = _password_lines(args, [f"New password for {args.username}: "])
    with _engine(args).begin() as conn:
        revoked = accounts.reset_password(conn, args.username, password, utcnow())
    print(f"password of {args.username} reset; revoked {revoked} device token(s)")
    return 0


def cmd_change_password(args: argparse.Namespace) -> int:
    """Change a password given the current one (stdin: current, then new, one per line)."""
    current, new = _password_lines(args, [f"Current password of {args.username}: ", "New password: "])
    with _engine(args).begin() as conn:
        accounts.change_password(conn, args.username, current, new, utcnow())
    print(f"password of {args.username} changed")
    return 0


def cmd_purge_uploads(args: argparse.Namespace) -> int:
    """Expire uploads that no document of their unit links and that are older than ``--older-than-days``."""
    cutoff = utcnow() - timedelta(days=args.older_than_days)
    with _engine(args).begin() as conn:
        expired, orphans = ingest.purge_uploads(conn, cutoff)
    removed = ingest.remove_files(_store(args), orphans, cutoff)
    print(f"expired {expired} unreferenced upload(s); deleted {len(orphans)} attachment(s), {removed} file(s)")
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    """List device tokens."""
    with _engine(args).connect() as conn:
        rows = accounts.list_devices(conn)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            state = "revoked" if r["revoked_at"] else "active"
            print(f"{r['id']}  {r['username']:<16} {r['unit_code']:<12} {state:<8} {r['device_name']}")
    return 0


def cmd_import_reference(args: argparse.Namespace) -> int:
    """Import reference items of one kind from a JSON file ``[{"key", "data", "deleted"?}]``."""
    items = json.loads(Path(args.file).read_text(encoding="utf-8"))
    if not isinstance(items, list):
        raise ValueError("the file must hold a JSON list of {key, data} objects")
    with _engine(args).begin() as conn:
        count = reference.import_items(conn, args.kind, items, utcnow(), scope=args.unit or "")
    print(f"imported {count} {args.kind} item(s)")
    return 0


def stats(engine: Any) -> dict[str, Any]:
    """Counts of stored documents per unit, kind and month (month of issue)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(documents.c.unit_code, documents.c.kind, documents.c.issued_month, func.count(),
                   func.sum(documents.c.complete.cast(Integer)))
            .group_by(documents.c.unit_code, documents.c.kind, documents.c.issued_month)
            .order_by(documents.c.unit_code, documents.c.kind, documents.c.issued_month)).all()
        total = conn.execute(select(func.count()).select_from(documents)).scalar() or 0
        incomplete = conn.execute(select(func.count()).select_from(documents)
                                  .where(documents.c.complete.is_(False))).scalar() or 0
        n_att = conn.execute(select(func.count()).select_from(attachments)).scalar() or 0
    return {
        "documents": int(total),
        "incomplete_documents": int(incomplete),
        "attachments": int(n_att),
        "by_unit_kind_month": [{"unit": r[0], "kind": r[1], "month": r[2], "documents": int(r[3]),
                                "complete": int(r[4] or 0)} for r in rows],
    }


def cmd_stats(args: argparse.Namespace) -> int:
    """Print statistics."""
    data = stats(_engine(args))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"documents: {data['documents']} (incomplete: {data['incomplete_documents']}), "
          f"attachments: {data['attachments']}")
    print(f"{'unit':<14} {'kind':<13} {'month':<8} {'documents':>9}")
    for r in data["by_unit_kind_month"]:
        print(f"{r['unit']:<14} {r['kind']:<13} {r['month'] or '-':<8} {r['documents']:>9}")
    return 0


ATTACHMENTS_DIR_ARGS = ("--attachments-dir",)
ATTACHMENTS_DIR_OPTIONS: dict[str, Any] = {
    "type": Path, "default": None, "metavar": "DIR",
    "help": "where attachment files live (default: beside a SQLite database file, hq.sqlite3 -> hq-attachments/; "
            "with PostgreSQL, attachments/ in $INSPECTOR_HQ_DATA_DIR or the user data dir)"}


TRUSTED_PROXIES_ENV = "INSPECTOR_HQ_TRUSTED_PROXIES"


def _trusted_proxies(args: argparse.Namespace) -> list[str]:
    """``--trusted-proxy`` values, else the comma-separated ``$INSPECTOR_HQ_TRUSTED_PROXIES``."""
    if args.trusted_proxy:
        return list(args.trusted_proxy)
    listed = [item for item in os.environ.get(TRUSTED_PROXIES_ENV, "").split(",") if item.strip()]
    try:
        return [trusted_proxy(item) for item in listed]
    except ValueError as exc:
        raise ValueError(f"${TRUSTED_PROXIES_ENV}: {exc}") from exc


def _proxy_address(text: str) -> str:
    try:
        return trusted_proxy(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an IP address or network: {text!r}") from exc


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and documentation)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="URL", default=None,
                        help="sqlite:///FILE or postgresql+psycopg://USER@HOST/DB (default: SQLite file in "
                             "$INSPECTOR_HQ_DATA_DIR or the user data dir)")
    parser = argparse.ArgumentParser(prog="inspector-hq", description="QLTT Field Inspector HQ server")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", parents=[common], help="migrate and serve the HTTP API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 = any free port (printed on start)")
    p.add_argument("--token-days", type=float, default=90.0, help="lifetime of device tokens")
    p.add_argument("--unit-quota-mb", type=float, default=50 * 1024.0,
                   help="attachments one unit may keep on the server, in MiB (default 50 GiB)")
    p.add_argument("--upload-days", type=float, default=7.0,
                   help="an upload no document links expires after this many days")
    p.add_argument(*ATTACHMENTS_DIR_ARGS, **ATTACHMENTS_DIR_OPTIONS)
    p.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                   help="server processes sharing the port (PostgreSQL only; about one per CPU core)")
    p.add_argument("--concurrent-batches", type=_positive_int, default=4, metavar="N",
                   help="batches each server process reads and stores at once; more wait unread (default 4)")
    p.add_argument("--password-hashes", type=_positive_int, default=None, metavar="N",
                   help="Argon2 password checks allowed at once per server process (each holds 64 MiB; "
                        "default: CPU cores / workers, at least 1)")
    p.add_argument("--trusted-proxy", action="append", type=_proxy_address, default=[], metavar="ADDR",
                   help="a reverse proxy (IP address or network; repeat for several) whose X-Forwarded-For "
                        "names the client for per-source throttling; no other peer's header is believed "
                        f"(default: ${TRUSTED_PROXIES_ENV}, comma-separated, else none)")
    p.add_argument("--log-level", default="warning")
    p.add_argument("--access-log", action="store_true")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("migrate", parents=[common], help="apply schema migrations (and move attachment bytes "
                       "still held in the database to files)")
    p.add_argument(*ATTACHMENTS_DIR_ARGS, **ATTACHMENTS_DIR_OPTIONS)
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("add-unit", parents=[common], help="create a unit")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--parent-name", default="")
    p.add_argument("--place-name", default="")
    p.set_defaults(func=cmd_add_unit)

    p = sub.add_parser("add-officer", parents=[common], help="create an officer account")
    p.add_argument("username")
    p.add_argument("--unit", required=True, metavar="CODE")
    p.add_argument("--name", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    p.set_defaults(func=cmd_add_officer)

    p = sub.add_parser("add-staff", parents=[common], help="create an HQ console account")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=["admin", "leader", "viewer"],
                   help="admin: every unit and administration; leader: their unit, review and reports; "
                        "viewer: their unit, read only")
    p.add_argument("--unit", metavar="CODE", help="the unit of a leader or viewer")
    p.add_argument("--name", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    p.set_defaults(func=cmd_add_staff)

    p = sub.add_parser("revoke-device", parents=[common], help="revoke a device token (or all of an officer's)")
    p.add_argument("device_id", nargs="?")
    p.add_argument("--username", help="revoke every device of this officer")
    p.set_defaults(func=cmd_revoke_device)

    for name, text in (("disable-officer", "disable an officer (revokes every device token)"),
                       ("enable-officer", "enable a disabled officer again")):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("username")
        p.set_defaults(func=cmd_set_active)

    p = sub.add_parser("reset-password", parents=[common], help="set a new password; revokes every device token")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    p.set_defaults(func=cmd_reset_password)

    p = sub.add_parser("change-password", parents=[common], help="change a password, given the current one")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the current and then the new password from two lines of stdin")
    p.set_defaults(func=cmd_change_password)

    p = sub.add_parser("purge-uploads", parents=[common], help="expire unreferenced attachment uploads")
    p.add_argument("--older-than-days", type=float, default=7.0)
    p.add_argument(*ATTACHMENTS_DIR_ARGS, **ATTACHMENTS_DIR_OPTIONS)
    p.set_defaults(func=cmd_purge_uploads)

    p = sub.add_parser("list-devices", parents=[common], help="list device tokens")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list_devices)

    p = sub.add_parser("import-reference", parents=[common], help="import reference items from JSON")
    p.add_argument("kind", choices=[k for k in reference.REFERENCE_KINDS if k != "subject_violation"])
    p.add_argument("file")
    p.add_argument("--unit", help="visible to this unit only (default: every unit)")
    p.set_defaults(func=cmd_import_reference)

    p = sub.add_parser("stats", parents=[common], help="documents per unit, kind and month")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``inspector-hq``."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (accounts.AccountError, DatabaseError, SQLAlchemyError, ValueError, OSError) as exc:
        print(f"inspector-hq: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
