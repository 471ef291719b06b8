"""Interface language: Vietnamese is the source language; English comes from resources/i18n/*.qm.

Every UI string goes through ``self.tr()`` or ``QCoreApplication.translate()`` so ``pyside6-lupdate`` finds
it; the compiled ``inspector_en.qm`` is loaded at start when the user chose English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
_KEY = "ui/language"


def current_language(settings: QSettings) -> str:
    """The language chosen in the UI settings (Vietnamese by default)."""
    value = str(settings.value(_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(settings: QSettings, code: str) -> None:
    """Remember the language for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings.setValue(_KEY, code)
    settings.sync()


def install_translator(app: QCoreApplication, code: str, i18n_dir: Path) -> QTranslator | None:
    """Load and install the translation for ``code``; None for Vietnamese or a missing file.

    Keep the returned translator alive as long as the application (Qt does not own it).
    """
    if code == DEFAULT_LANGUAGE:
        return None
    translator = QTranslator(app)
    if not translator.load(str(Path(i18n_dir) / f"inspector_{code}.qm")):
        return None
    app.installTranslator(translator)
    return translator
