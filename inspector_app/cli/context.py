"""What every ``inspector`` subcommand module imports: the context a handler gets, ``add_command``, the
Vietnamese argument parser, the exit codes and the mapping from an error to its exit code.

The command modules (core, forms, rules, sync) import only this module, never the package's entry point,
so the import graph has no circle. argparse is imported where a parser is built: the GUI fast path
(``inspector`` with no command) starts the window without it (docs/benchmarks.md, "Desktop app").
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from inspector_app.domain.errors import InspectorError, ValidationError

if TYPE_CHECKING:
    import argparse

    from inspector_app.services.container import Services

EXIT_OK = 0
EXIT_ENV = 1
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_INTERRUPTED = 130

Handler = Callable[["argparse.Namespace", "CliContext"], int]


def ask_passphrase(new: bool, *, export: bool = False) -> str | None:
    """Ask on the terminal (no echo) for the data passphrase, or an export file's (``export``); a new one
    twice. None where there is no terminal."""
    if not sys.stdin.isatty():
        return None
    import getpass

    if not new:
        return getpass.getpass("Mật khẩu của tệp xuất: " if export else "Mật khẩu dữ liệu: ")
    first = getpass.getpass("Đặt mật khẩu cho tệp xuất (ít nhất 8 ký tự; người nhập tệp cần nó): " if export
                            else "Đặt mật khẩu bảo vệ dữ liệu (ít nhất 8 ký tự): ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise InspectorError("Hai lần nhập mật khẩu không khớp.", code="bad_input")
    return first


# The passphrase of an export file, for scripts (an officer types it: it is not the data passphrase, the
# laptop that imports the file has its own).
EXPORT_PASSPHRASE_ENV = "INSPECTOR_EXPORT_PASSPHRASE"


def export_passphrase(new: bool) -> str:
    """The passphrase of an export file: ``INSPECTOR_EXPORT_PASSPHRASE``, else asked on the terminal (a new
    one twice); without either, InspectorError (exit 2)."""
    import os

    secret = os.environ.get(EXPORT_PASSPHRASE_ENV) or ask_passphrase(new, export=True)
    if not secret:
        raise InspectorError(f"Cần mật khẩu của tệp xuất (nhập trên terminal, hoặc đặt {EXPORT_PASSPHRASE_ENV}).",
                             code="passphrase_needed")
    return secret


class CliContext:
    """What a command handler gets: the data dir, output mode and lazily opened services."""

    def __init__(self, data_dir: Path, as_json: bool, read_only: bool = False) -> None:
        self.data_dir = data_dir
        self.json = as_json
        self.read_only = read_only  # a command that only reads: the database refuses writes (review D15)
        self._services: Services | None = None

    def services(self) -> Services:
        """The services the composition root builds (opens the database on first use)."""
        if self._services is None:
            from inspector_app.app import build_services
            from inspector_app.services.keys import PassphraseNeededError

            try:
                self._services = build_services(self.data_dir, read_only=self.read_only)
            except PassphraseNeededError as exc:
                secret = ask_passphrase(exc.new)  # on a terminal; scripts set INSPECTOR_PASSPHRASE
                if secret is None:
                    raise
                self._services = build_services(self.data_dir, passphrase=secret, read_only=self.read_only)
        return self._services

    def emit(self, data: Any, text: str | Sequence[str] = "") -> None:
        """Print ``data`` as JSON with --json, else ``text`` (a string or lines)."""
        if self.json:
            import json

            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        elif isinstance(text, str):
            if text:
                sys.stdout.write(text + "\n")
        else:
            for line in text:
                sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Progress of long work on stderr (stdout stays clean for --json)."""
        if total:
            sys.stderr.write(f"\r[{done}/{total}] {message}"[:120].ljust(60))
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    def fail(self, code: int, message: str, error_code: str, details: Any = None) -> int:
        """Report an error (one Vietnamese line on stderr; the JSON error envelope with --json); returns ``code``."""
        if self.json:
            import json

            sys.stdout.write(json.dumps({"ok": False, "error": {"code": error_code, "message": message,
                                                                "details": details}}, ensure_ascii=False) + "\n")
        sys.stderr.write(f"Lỗi: {message}\n")
        return code

    def close(self) -> None:
        """Release the database."""
        if self._services is not None:
            self._services.close()
            self._services = None


def exit_code(exc: InspectorError) -> int:
    """Bad input exits 2; a database, network or server problem (the environment) exits 1."""
    if isinstance(exc, ValidationError):
        return EXIT_USAGE
    from inspector_app.services.errors import StoreError

    environment = ("network", "server", "sync_busy", "throttled")
    return EXIT_ENV if isinstance(exc, StoreError) or exc.code in environment else EXIT_USAGE


@cache
def parser_class() -> type[argparse.ArgumentParser]:
    """argparse with a one-line Vietnamese error and exit code 2 (built on first use)."""
    import argparse

    class VietnameseArgumentParser(argparse.ArgumentParser):
        """argparse with a one-line Vietnamese error and exit code 2."""

        def error(self, message: str) -> NoReturn:
            sys.stderr.write(f"Lỗi tham số: {message} (xem: {self.prog} --help)\n")
            raise SystemExit(EXIT_USAGE)

    return VietnameseArgumentParser


@cache
def common_options() -> argparse.ArgumentParser:
    """The shared --data-dir/--json options, a parent of every subcommand so they work after it too."""
    import argparse

    # SUPPRESS so a value given before the subcommand is not reset by the subcommand's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="thư mục dữ liệu (mặc định: INSPECTOR_DATA_DIR hoặc thư mục dữ liệu người dùng)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="in kết quả dạng JSON")
    return common


def add_command(subparsers: Any, name: str, handler: Handler, help_text: str, *,
                read_only: bool = False) -> argparse.ArgumentParser:
    """Add subcommand ``name`` whose handler is ``handler(args, ctx) -> exit code``; ``read_only``: it only
    reads, so it also works on a data directory that cannot be written and never changes one."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text, description=help_text,
                                                            parents=[common_options()])
    parser.set_defaults(handler=handler, read_only=read_only)
    return parser
