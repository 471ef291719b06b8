"""Questions the app asks the user (confirm, type a number, pick a file), behind one small object.

Widgets ask through a ``Prompter`` instead of calling static dialogs, so the raid test can answer with a
scripted prompter (a named fake) while the real app shows real dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QFileDialog, QWidget

    from .finalize_dialog import FinalizeChoice

# The dialog classes are imported in the methods: a Prompter is made before the main window is first shown,
# and creating the Python types of QMessageBox, QFileDialog and QInputDialog (with their enums) costs
# start-up time for dialogs that may never open.


class Prompter:
    """Real dialogs. Every method blocks in a nested event loop, as modal dialogs do."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask yes/no; the safe answer (No) is the default."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_finalize(self, parent: QWidget | None, title: str, text: str, *,
                         ask_number: bool) -> FinalizeChoice | None:
        """Confirm finalising: the number of a unit decision (``ask_number``) or a blank number to be written
        by hand from the register; None if cancelled (the default answer)."""
        from PySide6.QtWidgets import QDialog

        from .finalize_dialog import FinalizeDialog

        dialog = FinalizeDialog(title, text, ask_number=ask_number, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def ask_text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        """Ask for one line of text; None if cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, default)
        return text if ok else None

    def problems(self, parent: QWidget | None, title: str, intro: str, items: list[str]) -> None:
        """Show a list of problems (validation, sync rejections)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, intro, QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText("\n".join(f"• {i}" for i in items))
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """Show an error (the message is Vietnamese; details hold a traceback for a bug report)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def open_files(self, parent: QWidget | None, title: str, filter_: str) -> list[Path]:
        """Pick files to open."""
        from PySide6.QtWidgets import QFileDialog

        dialog = file_dialog(parent, title, "", filter_)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        return [Path(n) for n in dialog.selectedFiles()] if dialog.exec() else []

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filter_: str) -> Path | None:
        """Pick where to save."""
        from PySide6.QtWidgets import QFileDialog

        dialog = file_dialog(parent, title, suggested, filter_)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        names = dialog.selectedFiles() if dialog.exec() else []
        return Path(names[0]) if names and names[0] else None

    def passphrase(self, parent: QWidget | None, *, new: bool, error: str = "", export: bool = False) -> str | None:
        """Ask for the data passphrase, or an export file's (``export``); ``new``: set one, typed twice.
        None if cancelled."""
        from .passphrase import PassphraseDialog

        dialog = PassphraseDialog(parent, new=new, error=error, export=export)
        return dialog.value() if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Show QPrintDialog for ``printer``; True if the user pressed Print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Prompter", "In văn bản"))
        return bool(dialog.exec() == QPrintDialog.DialogCode.Accepted)


def file_dialog(parent: QWidget | None, title: str, path: str, filter_: str) -> QFileDialog:
    """Qt's file dialog, sized for long Vietnamese folder and file names (Qt's default, about 620 pixels, cut
    the places list to "Má…" and the size column); a native dialog, where the platform has one, keeps its
    own size."""
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QSplitter, QTreeView

    from .widgets import fit_to_screen

    dialog = QFileDialog(parent, title, path, filter_)
    fit_to_screen(dialog, 900, 560)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None:  # Qt's own dialog: the places list wide enough for "Máy tính"
        splitter.setSizes([170, max(dialog.width() - 170, 300)])
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return dialog
