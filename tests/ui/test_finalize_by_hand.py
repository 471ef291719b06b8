"""Finalising from the desktop app with the number left blank, to be written by hand from the register after
signing (TT 22/2021 Điều 6 khoản 1, 4; the CLI's ``finalize --by-hand``): the real confirmation dialog and the
whole flow through the documents panel."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import ScriptedPrompter, wait_idle

from inspector_app.domain.model import DocumentStatus
from inspector_app.forms import render_document
from inspector_app.services.container import Services
from inspector_app.ui.finalize_dialog import FinalizeChoice, FinalizeDialog
from inspector_builders import make_case, make_draft


def _mnemonics(dialog: FinalizeDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(object) if hasattr(w, "text") and callable(w.text)]
    return [m.group(1).lower() for t in texts if isinstance(t, str) and (m := re.search(r"&([^&])", t))]


def test_the_dialog_leaves_the_number_blank_when_asked(qtbot: Any) -> None:
    dialog = FinalizeDialog("Hoàn tất văn bản", "Hoàn tất?", ask_number=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.number_edit is not None
    qtbot.keyClicks(dialog.number_edit, "01020015")
    assert dialog.choice() == FinalizeChoice("01020015", False)
    qtbot.mouseClick(dialog.by_hand, Qt.MouseButton.LeftButton)
    assert dialog.by_hand.isChecked() and not dialog.number_edit.isEnabled() and dialog.number_edit.text() == ""
    assert dialog.choice() == FinalizeChoice("", True)
    qtbot.mouseClick(dialog.by_hand, Qt.MouseButton.LeftButton)
    assert dialog.number_edit.isEnabled() and dialog.choice() == FinalizeChoice("", False)
    # Alt letters of the dialog are unique; the safe answer (Hủy) is the default button.
    letters = _mnemonics(dialog)
    assert len(letters) == len(set(letters)) >= 4, letters
    assert dialog.cancel_btn.isDefault() and not dialog.ok_btn.isDefault()


def test_a_minutes_dialog_asks_no_number_but_offers_the_blank_one(qtbot: Any) -> None:
    dialog = FinalizeDialog("Hoàn tất văn bản", "Hoàn tất?", ask_number=False)
    qtbot.addWidget(dialog)
    assert dialog.number_edit is None and "trống số" in dialog.by_hand.text()
    dialog.by_hand.setChecked(True)
    assert dialog.choice() == FinalizeChoice("", True)


def _seed(s: Services) -> None:
    case = make_case(s)
    make_draft(s, case, "nd118.mqd02")


def test_finalise_in_the_app_with_the_number_left_blank(start_gui: Any, qtbot: Any,
                                                        prompter: ScriptedPrompter) -> None:
    gui = start_gui(seed=_seed)
    win = gui.window
    found: list[Any] = []
    gui.backend.call(lambda s: [d for d in s.documents.list() if d.kind == "nd118.mqd02"], found.append)
    wait_idle(qtbot, gui)
    draft = found[0][0]
    assert draft.status == "draft"
    prompter.by_hand_answers.append(True)
    with qtbot.waitSignal(win.actions_.finalized, timeout=20000) as fin:
        win.actions_.finalize(draft.id)
    wait_idle(qtbot, gui)
    assert fin.args == [draft.id, ""]
    assert not any(kind == "ask_text" for kind, _ in prompter.asked)  # no number asked for
    assert not prompter.errors, prompter.errors
    stored: list[Any] = []
    gui.backend.call(lambda s: s.documents.get(draft.id), stored.append)
    wait_idle(qtbot, gui)
    final = stored[0]
    assert final.status == DocumentStatus.FINAL and final.number == "" and final.sha256
    assert "Số: ……/QĐ-XPHC" in " ".join(" ".join(p.extract_text().split()) for p in _pages(final))


def _pages(doc: Any) -> list[Any]:
    import io

    from pypdf import PdfReader

    return list(PdfReader(io.BytesIO(render_document(doc).pdf)).pages)
