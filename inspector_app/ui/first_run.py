"""First run: ask for the unit and the officer, or offer the demo data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .backend import Backend
from .errors import error_text
from .profile_form import ProfileForm
from .progress import run_with_progress
from .prompts import Prompter
from .widgets import fit_dialog


class FirstRunDialog(QDialog):
    """Shown when no unit and officer are configured: fill them in, or load the demo data."""

    def __init__(self, backend: Backend, prompter: Prompter, parent: QWidget | None = None,
                 reason: str = "") -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Bắt đầu sử dụng"))
        intro = QLabel(reason or self.tr("Chào mừng! Nhập đơn vị và công chức sử dụng máy này. Thông tin này được "
                                         "in trên mọi biên bản, quyết định và có thể sửa sau trong Cài đặt."))
        intro.setWordWrap(True)
        self.form = ProfileForm()
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()  # an empty label still takes a line
        self.save_btn = QPushButton(self.tr("Lưu và bắt đầu"))
        self.save_btn.setObjectName("firstRunSave")
        self.save_btn.setDefault(True)
        self.save_btn.clicked.connect(self.save_profile)
        self.demo_btn = QPushButton(self.tr("Dùng dữ liệu mẫu để làm quen"))
        self.demo_btn.setObjectName("firstRunDemo")
        self.demo_btn.clicked.connect(self.load_demo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        fit_dialog(self, 760)  # long unit names (Chi cục …) stay readable
        self.fit_height()
        self.form.errors_changed.connect(self.fit_height)

    def fit_height(self) -> None:
        """Grow for the red messages under the fields and shrink back once they are gone (no empty gap)."""
        # Lay out the messages just shown or hidden, innermost layouts first, before measuring (the layout
        # requests would otherwise climb one level per event-loop turn).
        for child in reversed(self.findChildren(QWidget)):
            inner = child.layout()
            if inner is not None:
                inner.activate()
        lay = self.layout()
        if lay is None:
            return
        lay.activate()
        # The wrapped intro's height at this width (its size hint assumes a narrow label, two lines too tall).
        height = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else self.sizeHint().height()
        self.resize(self.width(), height)

    def save_profile(self) -> None:
        """Save the unit and officer typed in the form."""
        if not self.form.validate(show_missing=True):
            return
        unit, officer = self.form.unit(), self.form.officer()

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))
            self.error.show()

        self.backend.mutate(lambda s: s.profile.set_profile(unit, officer), "profile", lambda _: self.accept(), failed)

    def load_demo(self) -> None:
        """Load the demo dataset (it sets the demo unit and officer too)."""
        self.setEnabled(False)

        run_with_progress(self, self.backend, self.tr("Đang thêm dữ liệu mẫu…"),
                          lambda s, ctx: s.demo.load(progress=ctx.progress), lambda _: self.accept(), self.prompter,
                          changes="all")
