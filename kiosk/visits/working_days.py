"""Working days of a Japanese town hall, for retention and the demo data's calendar.

Working days skip Saturdays, Sundays, public holidays (``jpholiday``, which follows the 祝日法
including substitute and citizens' holidays) and the town hall's year-end closure
(12月29日〜1月3日, 行政機関の休日に関する法律).
"""

from __future__ import annotations

from datetime import date, timedelta

import jpholiday


def is_working_day(day: date) -> bool:
    if day.weekday() >= 5:
        return False
    if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
        return False
    return not jpholiday.is_holiday(day)


def next_working_day(day: date) -> date:
    candidate = day + timedelta(days=1)
    while not is_working_day(candidate):
        candidate += timedelta(days=1)
    return candidate
