"""Reading rendered PDFs back for the form tests: text, fonts, page size and QR codes."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

BASE14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
          "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
          "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Text of every page, white space squeezed (line breaks become spaces)."""
    return [" ".join(p.extract_text().split()) for p in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page or form XObject: base font name → embedded?"""
    found: dict[str, bool] = {}

    def visit(resources: Any) -> None:
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            return
        for font in _resolve(resources.get("/Font", DictionaryObject())).values():
            font = _resolve(font)
            name = str(font.get("/BaseFont", "")).lstrip("/")
            descriptors = [font.get("/FontDescriptor")]
            for desc in _resolve(font.get("/DescendantFonts", [])) or []:
                descriptors.append(_resolve(desc).get("/FontDescriptor"))
            embedded = any(
                d is not None and any(k in _resolve(d) for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found[name] = embedded
        for xobj in _resolve(resources.get("/XObject", DictionaryObject())).values():
            xobj = _resolve(xobj)
            if xobj.get("/Subtype") == "/Form":
                visit(xobj.get("/Resources"))

    for page in reader(pdf).pages:
        visit(page.get("/Resources"))
    return found


def page_images(pdf: bytes) -> list[int]:
    """Number of image XObjects drawn on each page (directly or inside form XObjects)."""
    counts = []
    for page in reader(pdf).pages:
        found = 0

        def visit(resources: Any) -> None:
            nonlocal found
            resources = _resolve(resources)
            if not isinstance(resources, DictionaryObject):
                return
            for xobj in _resolve(resources.get("/XObject", DictionaryObject())).values():
                xobj = _resolve(xobj)
                if xobj.get("/Subtype") == "/Image":
                    found += 1
                elif xobj.get("/Subtype") == "/Form":
                    visit(xobj.get("/Resources"))

        visit(page.get("/Resources"))
        counts.append(found)
    return counts


def qr_codes(pdf: bytes, dpi: int = 150) -> list[list[str]]:
    """QR texts decoded (zxing-cpp) from each page rendered with pdftoppm."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "doc.pdf")
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(src), str(Path(tmp, "p"))], check=True)
        out = []
        for png in sorted(Path(tmp).glob("p*.png"), key=lambda p: int(re.findall(r"\d+", p.stem)[-1])):
            with Image.open(png) as img:
                out.append([r.text for r in zxingcpp.read_barcodes(img) if r.format == zxingcpp.BarcodeFormat.QRCode])
        return out


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
