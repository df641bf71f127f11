"""The first-run assistant's window (``kiosk setup --gui``): one page per step, then the doctor.

The pages only ask and show: every check and write is ``kiosk.app.setup``'s, run off the UI
thread through ``kiosk.ui.tasks``.
"""
