"""One language at a time: every window, dialog, menu and context menu of the app is walked in Vietnamese
and in English, and every string a user can see is checked — no English word in the Vietnamese interface
(Qt's own buttons and dialogs included), no Vietnamese word in the English one.

Two nets: ``QtMisses`` (a translator installed below the app's, so Qt asks it only when no catalogue had
the string) records every Qt string shown untranslated; ``visible_texts`` collects what the widgets display
and the word checks below judge it. The case data is ASCII on purpose (a title such as "Kiem tra 1"), so
that data cannot hide or fake an interface string in either language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from ui_helpers import answer_modal, make_unit, wait_idle

from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import (
    GoodsRow,
    InspectionDecision,
    Officer,
    Participant,
    Role,
    Seal,
    Subject,
    SubjectKind,
    new_id,
)
from inspector_app.services.container import Services
from inspector_app.ui.i18n import set_language
from inspector_app.ui.prompts import Prompter
from inspector_app.ui.startup import ui_settings

# -- the word checks --------------------------------------------------------------------------------------------
_ONSET = "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_NUCLEUS = ("(uye|uya|ieu|yeu|oai|oay|oeo|uay|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|"
            "ye|a|e|i|o|u|y)")
_CODA = "(ch|ng|nh|[cmnpt])?"
SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_CODA}", re.IGNORECASE)
# English words that happen to spell a Vietnamese syllable, or are all capitals (which the check skips).
ENGLISH_LOOKALIKES = {"ok", "no", "cut", "top", "up", "on", "go", "at", "by", "me", "am", "is", "it", "of", "or",
                      "the", "yes", "back", "page", "set", "reset"}
# Not English words: key labels as printed on Vietnamese keyboards too, units, and paper-size names.
NAMES = {"ctrl", "shift", "alt", "del", "esc", "enter", "tab", "backspace", "ins", "home", "end", "pgup",
         "pgdown", "meta", "prtsc", "inch", "mm", "pt", "pc", "cicero", "didot", "pica", "kaku", "https", "http",
         "unicode", "qt", "www", "example", "gov", "vn", "jpg", "jpeg", "png", "webp", "pdf", "json", "zip",
         "keyring", "email", "qltt", "zalo", "facebook", "shopee", "lazada", "tiktok", "vd", "x",
         "dongnai"}


def english_words(text: str) -> list[str]:
    """Words of ``text`` that are not Vietnamese: ASCII words that no Vietnamese syllable spells (codes in
    capitals, key names and units aside), and English words that look like one."""
    bad = []
    # Dotted or underscored identifiers (a rule code such as "order.seal_exists", a file name) are codes.
    text = re.sub(r"\w+(?:[._]\w+)+", " ", text)
    for word in re.findall(r"[^\W\d_]+", text.replace("&", "")):
        low = word.lower()
        if low in ENGLISH_LOOKALIKES:
            bad.append(word)
            continue
        if not word.isascii() or word.isupper() or low in NAMES:
            continue
        if not SYLLABLE.fullmatch(word):
            bad.append(word)
    return bad


def vietnamese_words(text: str) -> list[str]:
    """Words of ``text`` with Vietnamese letters, codes in capitals aside (NĐ 118, QĐ-XPHC)."""
    return [w for w in re.findall(r"[^\W\d_]+", text.replace("&", "")) if not w.isascii() and not w.isupper()
            and any(unicodedata.category(c).startswith("L") and not c.isascii() for c in w)]


# -- what the widgets show ---------------------------------------------------------------------------------------
def _menu_texts(menu: QMenu, where: str) -> Iterable[tuple[str, str]]:
    for act in menu.actions():
        yield where + " menu", act.text()
        yield where + " menu tooltip", act.toolTip() if act.toolTip() != act.text().replace("&", "") else ""
        sub = act.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub, where)


def _header_texts(model: QAbstractItemModel | None, where: str) -> Iterable[tuple[str, str]]:
    if model is None:
        return
    for col in range(model.columnCount()):
        yield where + " header", str(model.headerData(col, Qt.Orientation.Horizontal) or "")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string ``root`` and its children show or can show: titles, labels, buttons,
    tabs, placeholders, tool tips, combo items, table headers, menus and the context menus of text fields.
    Typed or stored values (line edit contents, table cells) are data, not interface."""
    out: list[tuple[str, str]] = [("title", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.toolTip():
            out.append((name + " tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((name, re.sub(r"<[^>]+>", " ", w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QDockWidget):
            out.append((name, w.windowTitle()))
        elif isinstance(w, QTabBar):
            out += [(name, w.tabText(i)) for i in range(w.count())]
            out += [(name + " tooltip", w.tabToolTip(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox) and w.objectName() != "lookInCombo":  # that one lists folders (data)
            out += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            out += [(name, w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QAbstractSpinBox):
            out.append((name, w.specialValueText()))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget):
            out += list(_header_texts(w.model(), name))
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            out.append((name + " placeholder", w.placeholderText()))
            menu = w.createStandardContextMenu()
            out += list(_menu_texts(menu, name + " context"))
            menu.deleteLater()
        if isinstance(w, QMainWindow):
            for act in w.menuBar().actions():
                out.append(("menu bar", act.text()))
                if isinstance(act.menu(), QMenu):
                    out += list(_menu_texts(act.menu(), act.text()))
        for act in w.actions():
            out += [(name + " action", act.text()), (name + " action tooltip", act.toolTip())]
    return [(where, text) for where, text in out if text]


class QtMisses(QTranslator):
    """Installed before every other translator, so Qt asks it last: what reaches it had no translation.
    Records Qt's own strings — those Qt's shipped catalogue knows (``qtbase_de``, a complete one, only as
    the list of Qt's messages) — and answers nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()
        self.qt = QTranslator()
        assert self.qt.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str:  # type: ignore[override]
        # Key names are asked for all at once when a shortcut is shown (the visible check covers those
        # shown); file-type names come from the system's MIME database, which carries its own Vietnamese;
        # the layout direction is asked for when this translator itself is installed, before the app's.
        if (context not in ("QShortcut", "QMimeType") and source != "QT_LAYOUT_DIRECTION"
                and self.qt.translate(context, source, disambiguation, n)):
            self.misses.add((context, source))
        return None  # type: ignore[return-value]  # a null string: "no translation" ("" would be one)

    def isEmpty(self) -> bool:  # noqa: N802, D102 - Qt override
        return False


# -- the data (ASCII, see the module docstring) ---------------------------------------------------------------
def seed_ascii_case(s: Services) -> None:
    """A profile and a case whose texts are ASCII, with a draft of every document kind."""
    unit = make_unit()
    unit.name, unit.parent_name, unit.place_name = "Doi 1", "Chi cuc 1", "Bien Hoa"
    s.profile.set_profile(unit, Officer(id=new_id(), full_name="Tran Van An", title="Kiem soat vien",
                                        officer_no="QLTT0001", card_no="KT-0001"))
    case = s.cases.new_case(title="Kiem tra 1", place="So 1 duong 2", started_at="2026-03-10T08:30:00",
                            decision=InspectionDecision(number="1/QD-KT", date="2026-03-09", issuer="Doi truong"))
    case.subject = Subject(id=new_id(), kind=SubjectKind.ORGANIZATION, name="Cong ty A", address="So 2",
                           nationality="VN", representative="Le Van B")
    case.team = [Participant(role=Role.TEAM_LEAD, full_name="Tran Van An", title="Doi truong")]
    case.seals = [Seal(id=new_id(), numbers=["NP-1"], covers="Thung 1")]
    s.cases.save(case)
    s.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Hang 1", unit="cai", quantity=Decimal(1),
                                                    unit_price=1000))
    for kind in KINDS:
        s.documents.create_draft(case.id, kind)


LANGUAGES: dict[str, Callable[[str], list[str]]] = {"vi": english_words, "en": vietnamese_words}
# The language list names each language in itself, so that its speaker finds it.
ANY_LANGUAGE = {"QComboBox#languageCombo"}
# Widgets allowed to show Vietnamese in the English interface: none. The messages the domain composes
# (validation problems, the legal rule set's breaches, the fine ranges with their citations) are translated at
# the UI boundary (ui/core_text.py; tests/ui/test_core_text.py covers every catalogue fine range and rule).
VIETNAMESE_ONLY_IN_EN: set[str] = set()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_screen_speaks_one_language(language: str, start_gui: Any, qtbot: Any, tmp_path: Path) -> None:
    misses = QtMisses()
    QCoreApplication.installTranslator(misses)  # first, so it is asked last
    try:
        seen = _walk_app(language, start_gui, qtbot, tmp_path)
    finally:
        QCoreApplication.removeTranslator(misses)
    wrong = LANGUAGES[language]
    exempt = ANY_LANGUAGE | (VIETNAMESE_ONLY_IN_EN if language == "en" else set())
    found = sorted({(where, text) for where, text in seen if where not in exempt and wrong(text)})
    assert not found, f"{len(found)} strings in the wrong language:\n" + "\n".join(f"{w}: {t!r}" for w, t in found)
    if language == "vi":
        assert not misses.misses, "Qt strings without a Vietnamese translation: " + repr(sorted(misses.misses))


def _walk_app(language: str, start_gui: Any, qtbot: Any, tmp_path: Path) -> list[tuple[str, str]]:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from inspector_app.ui.first_run import FirstRunDialog
    from inspector_app.ui.goods_panel import GoodsRowDialog
    from inspector_app.ui.new_case import NewCaseDialog
    from inspector_app.ui.people import ParticipantDialog, SealDialog
    from inspector_app.ui.settings_dialog import SettingsDialog
    from inspector_app.ui.sync_dialog import SyncDialog

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    set_language(ui_settings(data_dir), language)
    gui = start_gui(configure=False, seed=seed_ascii_case, data_dir=data_dir)
    qtbot.waitUntil(lambda: gui.window.case_model.rowCount() == 1, timeout=20000)
    window = gui.window
    window.select_case(window.case_model.row_at(0).id)
    qtbot.waitUntil(lambda: window.editor.case is not None, timeout=20000)
    wait_idle(qtbot, gui)
    seen = visible_texts(window)

    def walk(widget: QWidget) -> None:
        widget.show()
        QApplication.processEvents()
        seen.extend(visible_texts(widget))
        widget.close()

    for dialog in (NewCaseDialog(window), ParticipantDialog(parent=window), SealDialog(parent=window),
                   GoodsRowDialog(parent=window), SettingsDialog(gui.backend, gui.window.prompter, gui.settings, window),
                   SyncDialog(gui.backend, gui.window.prompter, window),
                   FirstRunDialog(gui.backend, gui.window.prompter, window)):
        wait_idle(qtbot, gui)
        walk(dialog)
        wait_idle(qtbot, gui)
    # Every document kind in its editor.
    docs = window.editor.documents
    qtbot.waitUntil(lambda: docs.model.rowCount() == len(KINDS), timeout=20000)
    for i in range(docs.model.rowCount()):
        with qtbot.waitSignal(window.document_opened, timeout=20000) as opened:
            window.open_document(docs.model.row_at(i).id)
        editor = opened.args[0]
        wait_idle(qtbot, gui)
        seen.extend(visible_texts(editor))
        editor.close()
    # Qt's own dialogs as the app opens them: message boxes, file and print dialogs.
    real = Prompter()

    def grab(dialog: QWidget) -> None:
        seen.extend(visible_texts(dialog))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    for ask in (lambda: real.confirm(window, "Xoa", "Xoa?"), lambda: real.info(window, "Tin", "Tin"),
                lambda: real.error(window, "Loi", "Loi", "chi tiet"),
                lambda: real.problems(window, "Loi", "Loi", ["mot"]),
                lambda: real.ask_text(window, "So", "So"),
                lambda: real.confirm_finalize(window, "Xong", "Xong?", ask_number=True),
                lambda: real.open_files(window, "Chon", "PDF (*.pdf)"),
                lambda: real.save_file(window, "Luu", "a.json", "JSON (*.json)"),
                lambda: real.print_setup(window, QPrinter())):
        answer_modal(grab)
        ask()
    printer = QPrinter()  # kept alive: the dialog holds a pointer to it
    walk(QPrintPreviewDialog(printer, window))
    return seen
