"""The ``inspector`` command line.

Every command honours ``--data-dir DIR`` / ``INSPECTOR_DATA_DIR`` and ``--json``. Bad input prints one clear
line (Vietnamese) and exits 2; an environment problem (database locked or corrupt, disk full, network) exits 1;
nothing ever prints a traceback (bugs are logged to ``<data dir>/logs``).

Each area registers its own subcommands from ``inspector_app/cli_<area>.py`` through ``register(subparsers)``.
"""

from __future__ import annotations

# Only what ``inspector`` / ``inspector gui`` needs before the window is imported here: the GUI fast path in
# ``run`` must not wait for argparse, json, sqlite3 and the other areas' commands (docs/benchmarks.md,
# "Desktop app"). The command-line path imports them where it uses them; the parser classes and the shared
# options are built on first use (``__getattr__`` below).
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.paths import default_data_dir

if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_ENV = 1
EXIT_USAGE = 2

# Subcommand modules of the other areas; each exposes register(subparsers).
COMMAND_MODULES = [
    "inspector_app.cli_core",
    "inspector_app.cli_forms",
    "inspector_app.cli_rules",
    "inspector_app.cli_sync",
]

Handler = Callable[["argparse.Namespace", "CliContext"], int]


class CliContext:
    """What a command handler gets: the data dir, output mode and lazily opened services."""

    def __init__(self, data_dir: Path, as_json: bool) -> None:
        self.data_dir = data_dir
        self.json = as_json
        self._services: Any = None

    def services(self) -> Any:
        """The Services container (opens the database on first use)."""
        if self._services is None:
            from inspector_app.app import build_services

            self._services = build_services(self.data_dir)
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

    def close(self) -> None:
        """Release the database."""
        if self._services is not None:
            self._services.close()
            self._services = None


def _parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class VietnameseArgumentParser(argparse.ArgumentParser):
        """argparse with a one-line Vietnamese error and exit code 2."""

        def error(self, message: str) -> NoReturn:
            sys.stderr.write(f"Lỗi tham số: {message} (xem: {self.prog} --help)\n")
            raise SystemExit(EXIT_USAGE)

    return VietnameseArgumentParser


def _common() -> argparse.ArgumentParser:
    import argparse

    # SUPPRESS so a value given before the subcommand is not reset by the subcommand's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="thư mục dữ liệu (mặc định: INSPECTOR_DATA_DIR hoặc thư mục dữ liệu người dùng)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="in kết quả dạng JSON")
    return common


# Built on first use, not at import (the GUI fast path never needs them):
#   VietnameseArgumentParser — argparse with a one-line Vietnamese error and exit code 2;
#   COMMON_OPTIONS — the shared --data-dir/--json options, a parent of every subcommand so they work after it.
_LAZY: dict[str, Callable[[], Any]] = {"VietnameseArgumentParser": _parser_class, "COMMON_OPTIONS": _common}


def _shared(name: str) -> Any:
    """``VietnameseArgumentParser`` or ``COMMON_OPTIONS``, built once."""
    if name not in globals():
        globals()[name] = _LAZY[name]()
    return globals()[name]


def __getattr__(name: str) -> Any:  # ``cli.COMMON_OPTIONS`` and ``cli.VietnameseArgumentParser`` still work
    if name in _LAZY:
        return _shared(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def add_command(subparsers: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """Add subcommand ``name`` whose handler is ``handler(args, ctx) -> exit code``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text, description=help_text,
                                                            parents=[_shared("COMMON_OPTIONS")])
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every area's subcommands."""
    import importlib

    common = _shared("COMMON_OPTIONS")
    parser_class = _shared("VietnameseArgumentParser")
    parser = parser_class(
        prog="inspector", parents=[common],
        description="QLTT Field Inspector: hồ sơ kiểm tra, biên bản và đồng bộ về Chi cục.")
    parser.add_argument("--self-test", action="store_true",
                        help="tự kiểm tra: CSDL tạm, dữ liệu mẫu, in mọi mẫu biểu, phông chữ")
    sub = parser.add_subparsers(dest="command", parser_class=parser_class)
    sub.required = False
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub)
    return parser


def _log_bug(data_dir: Path) -> Path | None:
    import traceback
    from datetime import datetime

    try:
        log_dir = data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"error-{datetime.now().strftime('%Y%m%d-%H%M%S')}.log"
        path.write_text(traceback.format_exc(), encoding="utf-8")
        return path
    except OSError:
        return None


def _fail(ctx: CliContext, code: int, message: str, error_code: str, details: Any = None) -> int:
    if ctx.json:
        import json

        sys.stdout.write(json.dumps({"ok": False, "error": {"code": error_code, "message": message,
                                                            "details": details}}, ensure_ascii=False) + "\n")
    sys.stderr.write(f"Lỗi: {message}\n")
    return code


def _quiet_broken_pipe() -> int:
    """The reader of our output has gone (``inspector list | head``): stop quietly, as command-line tools
    do, instead of reporting a file error; stdout goes to /dev/null so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a writer whose pipe closed


def _gui_only(argv: Sequence[str]) -> Path | None | bool:
    """If ``argv`` only asks for the GUI (nothing, ``gui``, ``--data-dir D``), the data dir (or None for the
    default); else False. Starting the window must not wait for every subcommand's imports."""
    data_dir: Path | None = None
    items = list(argv)
    i = 0
    while i < len(items):
        tok = items[i]
        if tok == "gui":
            pass
        elif tok == "--data-dir" and i + 1 < len(items):
            data_dir = Path(items[i + 1])
            i += 1
        elif tok.startswith("--data-dir="):
            data_dir = Path(tok.split("=", 1)[1])
        else:
            return False
        i += 1
    return data_dir


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    gui_dir = _gui_only(argv)
    if gui_dir is not False:
        from inspector_app.cli_core import cmd_gui

        ctx = CliContext(Path(gui_dir) if isinstance(gui_dir, Path) else default_data_dir(), False)
        try:
            return cmd_gui(None, ctx)
        except InspectorError as exc:
            return _fail(ctx, EXIT_USAGE, exc.message, exc.code)
    import errno
    import sqlite3

    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir = getattr(args, "data_dir", None) or default_data_dir()
    ctx = CliContext(Path(data_dir), bool(getattr(args, "json", False)))
    handler: Handler | None = getattr(args, "handler", None)
    if getattr(args, "self_test", False):
        from inspector_app.selftest import run_self_test

        return run_self_test(as_json=bool(getattr(args, "json", False)))
    if handler is None:
        from inspector_app.cli_core import cmd_gui

        handler = cmd_gui
    try:
        return handler(args, ctx)
    except ValidationError as exc:
        return _fail(ctx, EXIT_USAGE, exc.message, exc.code, exc.details)
    except InspectorError as exc:
        from inspector_app.store.db import StoreError

        code = EXIT_ENV if isinstance(exc, StoreError) or exc.code in ("network", "server") else EXIT_USAGE
        return _fail(ctx, code, exc.message, exc.code, exc.details)
    except sqlite3.Error as exc:
        from inspector_app.store.db import translate_sqlite_error

        err = translate_sqlite_error(exc, ctx.data_dir)
        return _fail(ctx, EXIT_ENV, err.message, err.code)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return _fail(ctx, EXIT_ENV, "Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.", "disk_full")
        return _fail(ctx, EXIT_ENV, f"Lỗi tệp hoặc thư mục: {exc.strerror or exc} ({exc.filename or ''})",
                     "os_error")
    except KeyboardInterrupt:
        return _fail(ctx, 130, "Đã dừng theo yêu cầu.", "interrupted")
    except Exception:  # noqa: BLE001 - last line of defence: no traceback for the user, a log for us
        log = _log_bug(ctx.data_dir)
        where = f" Chi tiết đã ghi vào {log}." if log else ""
        return _fail(ctx, 70, f"Lỗi không mong đợi trong chương trình.{where}", "bug")
    finally:
        ctx.close()


def main() -> None:
    """Entry point of the ``inspector`` console script."""
    code = run()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _quiet_broken_pipe()
    raise SystemExit(code)


if __name__ == "__main__":
    main()
