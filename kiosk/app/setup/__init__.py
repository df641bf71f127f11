"""The first-run assistant's steps (``kiosk setup`` on the command line and in a window).

Plain Python: no Qt, no argparse, no ``input()``. Each step takes the configuration file's
path and the clerk's answers, checks them for real (connects to the database, prints a test
page, talks to a card), then writes its section of the file and returns a ``StepResult`` in
plain words; a step that cannot go on raises ``SetupStop`` with one sentence saying what to
do. The command line (``kiosk.cli.setup_cmd``) and the window (``kiosk.ui.setup``) only ask
and show.
"""

from kiosk.app.setup.config_file import current_answers, read_config
from kiosk.app.setup.doctor_report import DoctorReport, run_doctor
from kiosk.app.setup.outcome import BACKENDS, ROLES, SetupStop, StepResult
from kiosk.app.setup.steps import (
    AdminAnswers,
    CardAnswers,
    DatabaseAnswers,
    PrinterAnswers,
    RetentionAnswers,
    TerminalAnswers,
    add_admin,
    save_card,
    save_database,
    save_printer,
    save_retention,
    save_terminal,
    staff_configured,
)

__all__ = [
    "BACKENDS", "ROLES", "AdminAnswers", "CardAnswers", "DatabaseAnswers", "DoctorReport",
    "PrinterAnswers", "RetentionAnswers", "SetupStop", "StepResult", "TerminalAnswers",
    "add_admin", "current_answers", "read_config", "run_doctor", "save_card", "save_database",
    "save_printer", "save_retention", "save_terminal", "staff_configured",
]
