from conftest import wait_idle


def test_start(start_gui, qtbot, prompter):
    gui = start_gui(seed=lambda s: s.demo.load())
    w = gui.window
    wait_idle(qtbot, gui)
    assert w.case_model.rowCount() == 4
    w.case_view.selectRow(0)
    wait_idle(qtbot, gui)
    assert w.editor.case is not None
    print(prompter.asked, prompter.errors)
    assert not prompter.errors
