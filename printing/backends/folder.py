"""Folder back-end for the demo and tests: a "printed" PDF is a copy in a folder.

The copy is named after the job id only. A missing or read-only folder is reported like
a stopped printer, so the demo exercises the same "call staff" path as a real one.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from printing.backends.base import JobHandle, JobState, PrintBackend, PrinterUnavailable


class FolderBackend(PrintBackend):
    name = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def submit(self, pdf_path: Path) -> JobHandle:
        job_id = uuid.uuid4().hex[:12]
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not os.access(self.folder, os.W_OK):
                raise PermissionError("folder is read-only")
            shutil.copyfile(pdf_path, self.folder / f"printed-{job_id}.pdf")
        except OSError as exc:
            raise PrinterUnavailable("the printer's output folder cannot be written: check "
                                     "printer.folder, then retry the job", "unwritable") from exc
        return JobHandle(self.name, job_id)

    def submit_data(self, data: bytes, title: str) -> JobHandle:
        """Write the "printed" copy straight from memory (the printer's output)."""
        job_id = uuid.uuid4().hex[:12]
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not os.access(self.folder, os.W_OK):
                raise PermissionError("folder is read-only")
            (self.folder / f"printed-{job_id}.pdf").write_bytes(data)
        except OSError as exc:
            raise PrinterUnavailable("the printer's output folder cannot be written: check "
                                     "printer.folder, then retry the job", "unwritable") from exc
        return JobHandle(self.name, job_id)

    def status(self, job: JobHandle) -> JobState:
        done = (self.folder / f"printed-{job.job_id}.pdf").is_file()
        return JobState.COMPLETED if done else JobState.FAILED
