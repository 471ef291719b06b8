"""The ``inspector`` command line (console script ``inspector = "inspector_app.cli:main"``).

Every command honours ``--data-dir DIR`` / ``INSPECTOR_DATA_DIR`` and ``--json``. Bad input prints one clear
line (Vietnamese) and exits 2; an environment problem (database locked or corrupt, disk full, network) exits 1;
nothing ever prints a traceback (bugs are logged to ``<data dir>/logs``).

The package: ``context`` (what handlers get, ``add_command``, exit codes), and one module per area that
registers its subcommands through ``register(subparsers)``: ``core``, ``forms``, ``rules``, ``security``, ``sync``. They
import ``context`` only; this module imports them by name in ``build_parser``.
"""

from __future__ import annotations

# Only what ``inspector`` / ``inspector gui`` needs before the window is imported here: the GUI fast path in
# ``run`` must not wait for argparse, json, sqlite3 and the other areas' commands (docs/benchmarks.md,
# "Desktop app"). The command-line path imports them where it uses them.
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inspector_app.domain.errors import InspectorError
from inspector_app.paths import default_data_dir

from .context import (
    EXIT_BUG,
    EXIT_ENV,
    EXIT_INTERRUPTED,
    CliContext,
    Handler,
    common_options,
    exit_code,
    parser_class,
)

if TYPE_CHECKING:
    import argparse


def _database_errors() -> tuple[type[Exception], ...]:
    """Both drivers' error classes (SQLCipher's are not sqlite3's); evaluated only when an error arrives, so
    the command line does not import the store to start."""
    from inspector_app.services.errors import DB_ERRORS

    return DB_ERRORS


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every area's subcommands."""
    from . import core, forms, rules, security, sync

    parser_type = parser_class()
    parser = parser_type(
        prog="inspector", parents=[common_options()],
        description="QLTT Field Inspector: hồ sơ kiểm tra, biên bản và đồng bộ về Chi cục.")
    parser.add_argument("--self-test", action="store_true",
                        help="tự kiểm tra: CSDL tạm, dữ liệu mẫu, in mọi mẫu biểu, phông chữ")
    sub = parser.add_subparsers(dest="command", parser_class=parser_type)
    sub.required = False
    for area in (core, forms, rules, security, sync):
        area.register(sub)
    return parser


def _log_bug(data_dir: Path) -> Path | None:
    import traceback
    from datetime import datetime

    try:
        log_dir = data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"error-{datetime.now().strftime('%Y%m%d-%H%M%S')}.log"
        # Where and what failed, not the message: an exception's text can carry a citizen's name or identity
        # number, and the log lies in clear beside the encrypted data.
        exc = sys.exc_info()[1]
        frames = "".join(traceback.format_tb(exc.__traceback__)) if exc is not None else ""
        path.write_text(f"Traceback (most recent call last):\n{frames}{type(exc).__qualname__}\n", encoding="utf-8")
        return path
    except OSError:
        return None


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
        from .core import cmd_gui

        ctx = CliContext(Path(gui_dir) if isinstance(gui_dir, Path) else default_data_dir(), False)
        try:
            return cmd_gui(None, ctx)
        except InspectorError as exc:
            return ctx.fail(exit_code(exc), exc.message, exc.code)
    import errno

    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir = getattr(args, "data_dir", None) or default_data_dir()
    ctx = CliContext(Path(data_dir), bool(getattr(args, "json", False)), bool(getattr(args, "read_only", False)))
    handler: Handler | None = getattr(args, "handler", None)
    if getattr(args, "self_test", False):
        from inspector_app.selftest import run_self_test

        return run_self_test(as_json=bool(getattr(args, "json", False)))
    if handler is None:
        from .core import cmd_gui

        handler = cmd_gui
    try:
        return handler(args, ctx)
    except InspectorError as exc:
        return ctx.fail(exit_code(exc), exc.message, exc.code, exc.details)
    except _database_errors() as exc:
        from inspector_app.services.errors import translate_sqlite_error

        err = translate_sqlite_error(exc, ctx.data_dir)
        return ctx.fail(EXIT_ENV, err.message, err.code)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return ctx.fail(EXIT_ENV, "Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.", "disk_full")
        return ctx.fail(EXIT_ENV, f"Lỗi tệp hoặc thư mục: {exc.strerror or exc} ({exc.filename or ''})",
                     "os_error")
    except KeyboardInterrupt:
        return ctx.fail(EXIT_INTERRUPTED, "Đã dừng theo yêu cầu.", "interrupted")
    except Exception:  # noqa: BLE001 - last line of defence: no traceback for the user, a log for us
        log = _log_bug(ctx.data_dir)
        where = f" Chi tiết đã ghi vào {log}." if log else ""
        return ctx.fail(EXIT_BUG, f"Lỗi không mong đợi trong chương trình.{where}", "bug")
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
