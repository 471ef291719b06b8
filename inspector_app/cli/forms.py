"""``inspector render``: print documents to PDF with their official forms.

    inspector render ID -o out.pdf                 a stored document
    inspector render --input document.json -o out.pdf   a document in (canonical) JSON
    inspector render --case CASE_ID -o DIR/        every document of a case

A document that misses what its form needs gets the list of problems and exit code 2; no PDF is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.domain.errors import Problem, ValidationError

from .context import EXIT_OK, CliContext, add_command

if TYPE_CHECKING:  # ReportLab loads only for the commands that render
    from inspector_app.services.rendering import RenderedFile, RenderService


def register(subparsers: Any) -> None:
    """Add the ``render`` subcommand."""
    p = add_command(subparsers, "render", cmd_render, "In văn bản ra tệp PDF theo mẫu chính thức")
    p.add_argument("doc_id", nargs="?", help="mã văn bản đã lưu")
    p.add_argument("--input", type=Path, help="tệp JSON của văn bản (định dạng chuẩn)")
    p.add_argument("--case", help="in mọi văn bản của vụ việc vào thư mục -o")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp PDF (hoặc thư mục với --case)")


def _service(ctx: CliContext, need_store: bool) -> RenderService:
    if need_store:
        return ctx.services().rendering
    # A JSON file needs no database: do not open (or create) one.
    from inspector_app.app import build_file_renderer

    return build_file_renderer()


def _line(f: RenderedFile) -> str:
    return f"Đã in {f.kind} {f.number or '(bản nháp)'}: {f.path} ({f.page_count} trang, {f.sheets} tờ)"


def _usage(message: str) -> ValidationError:
    # Exit code 2 and a one-line Vietnamese message through cli.run's error handling.
    return ValidationError([Problem("args", message)], message)


def cmd_render(args: argparse.Namespace, ctx: CliContext) -> int:
    """Handler of ``inspector render``."""
    sources = [x for x in (args.doc_id, args.input, args.case) if x]
    if len(sources) != 1:
        raise _usage("Chỉ định đúng một nguồn: ID, --input TỆP hoặc --case MÃ_VỤ_VIỆC")
    out: Path = args.output
    if args.case:
        if out.exists() and not out.is_dir():
            raise _usage(f"Với --case, -o phải là một thư mục ({out} là tệp)")
        files = _service(ctx, True).render_case(args.case, out)
    elif args.input:
        files = [_service(ctx, False).render_file(args.input, out)]
    else:
        files = [_service(ctx, True).render_id(args.doc_id, out)]
    ctx.emit({"ok": True, "files": [f.to_dict() for f in files]}, [_line(f) for f in files])
    return EXIT_OK
