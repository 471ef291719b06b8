"""The PySide6 desktop app: windows, dialogs, table models and the one background-task runner.

Widgets never touch the database, the network or ReportLab: they hand work functions to ``Backend.call``,
which runs them on the single worker thread and delivers the results on the GUI thread.
"""
