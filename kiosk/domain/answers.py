"""The 「わからない」 ("I don't know") answer every question offers, and what it means.

It is stored like any other answer (``answers["insurance"] = "dont_know"``), so it travels
with the visit unchanged: the session draft, the scenario file, the clerks' copy. The
engine reads it as *undecided*: the plan takes the safe side and keeps every procedure the
real answer could need, marked "check at the counter" (窓口で確認). Printing a form that
turns out to be unnecessary costs a sheet; missing one sends the resident home and back.
A question the resident did not know is never asked again in the same visit.
"""

from __future__ import annotations

DONT_KNOW = "dont_know"
"""The stored answer for 「わからない」 (no choice question may use it as an option id)."""


def is_dont_know(value: object) -> bool:
    """Whether a stored answer is 「わからない」."""
    return value == DONT_KNOW
