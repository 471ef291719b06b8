"""Interface language: Vietnamese is the source language; English comes from resources/i18n/*.qm.

Every UI string goes through ``self.tr()`` or ``QCoreApplication.translate()`` so ``pyside6-lupdate`` finds
it; the compiled ``inspector_en.qm`` is loaded at start when the user chose English. Qt's own dialogs and
menus (standard buttons, file and print dialogs, the context menus of text fields) are English in Qt and Qt
ships no Vietnamese catalogue, so the Vietnamese interface loads the app's own ``qtbase_vi.qm``
(resources/i18n/qt_vi_translations.py). The locale follows the language, so calendars name Vietnamese
months and days.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
_KEY = "ui/language"
# The catalogue each language loads: the app's strings are Vietnamese in the source, Qt's are English.
CATALOGUES = {"vi": "qtbase_vi.qm", "en": "inspector_en.qm"}
LOCALES = {"vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
           "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}


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
    """Load and install the catalogue for ``code`` (see CATALOGUES) and make its locale the default;
    None if the file is missing.

    Keep the returned translator alive as long as the application (Qt does not own it).
    """
    language, country = LOCALES.get(code, LOCALES[DEFAULT_LANGUAGE])
    QLocale.setDefault(QLocale(language, country))
    translator = QTranslator(app)
    if not translator.load(str(Path(i18n_dir) / CATALOGUES.get(code, CATALOGUES[DEFAULT_LANGUAGE]))):
        return None
    app.installTranslator(translator)
    return translator
