"""Procedure navigation: derived facts and the rule engine (the condition language itself
is domain logic, in ``kiosk.domain.conditions``).

Plain Python (no Qt). ``Navigator`` takes a validated catalog (``forms.catalog``) and a
``Scenario`` and returns the next question that still matters, or the ``Plan``: every
procedure the household needs, grouped by counter in visiting order.
"""
