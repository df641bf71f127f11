"""Realistic synthetic visits for demos and benchmarks (``kiosk demo-data``).

What makes them realistic enough to judge the statistics and the charts:

* only working days (``kiosk.visits.working_days.is_working_day``), Mondays and March/April
  (転入・転出 season) busier; arrivals between 8:30 and 17:00 with the morning and
  after-lunch peaks, and waits that grow with the hour's crowd;
* the life-event mix of a small town (``demo_mix``: the catalog's events, their shares and
  service factors from ``demo_mix.yaml``), household sizes 1–6, and each event's route
  through the departments of its procedures in their visiting order;
* channels and their kiosk steps (``demo_mix.channel_mix``: card, typed in,
  pre-application — scan, card and PIN, print: a minute or two instead of five or more —
  and walk-ins without kiosk time), languages, about 5% of department visits sent back
  once for a correction, and a slow improvement over the period (staff and residents get
  used to the system), so the trend chart and the channel comparison have something to show.

Rows go in with the fastest path each back-end has: PostgreSQL ``COPY``, SQLite
``executemany`` on the raw connection, one transaction per chunk of visits generated
(memory stays bounded: a chunk is generated, written and dropped). The summary rows are
written directly from the generated durations; a test checks that ``refresh_summaries``
derives the same figures from the generated events. The roll-up cells are counted as the
values are generated (``demo_cells``) and written with each chunk; their totals and months
are summed in SQL (``rollups.rebuild(..., cells_written=True)``) once per month, as soon as
the month is written. The next chunk is generated while one is written: by a child
process for large runs (``demo_writer.ahead_in_child``: a thread would hold the GIL that
SQLite's ``executemany`` takes back for every row), by a thread for small ones. Ticket
numbers continue each day's counter.
"""

from __future__ import annotations

import functools
import json
import math
import random
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import Engine, select

from forms.catalog import Catalog, load_catalog
from kiosk.statistics.demo_cells import DayCells
from kiosk.statistics.demo_mix import ChannelProfile, EventProfile, KioskSteps, channel_mix, event_mix
from kiosk.statistics.demo_writer import Chunk, ahead, ahead_in_child, write_chunk, write_counters
from kiosk.storage.rollups import rebuild
from kiosk.storage.tables import TicketCounter
from kiosk.visits.clock import LOCAL_TZ, iso_week, utc_now
from kiosk.visits.ids import uuid7
from kiosk.visits.working_days import is_working_day

HOURS = {8: 0.45, 9: 1.5, 10: 1.35, 11: 1.0, 12: 0.55, 13: 1.25, 14: 1.1, 15: 0.9, 16: 0.5}
LANGUAGES = (("ja", 0.93), ("en", 0.02), ("zh", 0.015), ("vi", 0.02), ("pt", 0.015))
HOUSEHOLD = ((1, 0.38), (2, 0.26), (3, 0.15), (4, 0.13), (5, 0.06), (6, 0.02))


_Ev = tuple[str, float, str | None, str | None, str | None]


class _Table:
    """Weighted choices with their cumulative weights computed once (``choices`` would
    add them up on every call; the picks are the same)."""

    def __init__(self, keys: Sequence[Any], weights: Sequence[float]) -> None:
        self.keys, self.cumulative = list(keys), list(accumulate(weights))

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.keys, cum_weights=self.cumulative)[0]


def _table(pairs: tuple[tuple[Any, float], ...]) -> _Table:
    return _Table([k for k, _ in pairs], [w for _, w in pairs])


_LANGUAGES, _HOUSEHOLD = _table(LANGUAGES), _table(HOUSEHOLD)


def working_days(end: date, days: int) -> list[date]:
    span = [end - timedelta(days=i) for i in range(days)]
    return sorted(d for d in span if is_working_day(d))


def _day_weight(day: date) -> float:
    weight = 1.25 if day.weekday() == 0 else 1.0
    return weight * (1.6 if day.month in (3, 4) else 1.0)


class _Stamps:
    """A local day's times as naive-UTC text, the format SQLAlchemy stores in SQLite (and
    PostgreSQL's COPY reads in a UTC session): text made from integer microseconds is
    several times cheaper than a datetime per event and its conversion."""

    def __init__(self, day: date) -> None:
        self.day = day.isoformat()
        self.midnight = datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ).astimezone(UTC)
        start = self.midnight.replace(tzinfo=None)
        utc_day = start.replace(hour=0, minute=0, second=0, microsecond=0)
        self.offset_us = (start - utc_day) // timedelta(microseconds=1)
        self.dates = [(utc_day + timedelta(days=i)).date().isoformat() for i in range(3)]
        self.minutes: dict[int, str] = {}  # "YYYY-MM-DD hh:mm:" by minutes since UTC midnight

    def text(self, seconds: float) -> str:
        """The time ``seconds`` after local midnight (rounded to the microsecond, as
        ``timedelta`` rounds)."""
        minute, rest = divmod(self.offset_us + round(seconds * 1_000_000), 60_000_000)
        prefix = self.minutes.get(minute) or self._minute(minute)
        whole, micro = divmod(rest, 1_000_000)
        return f"{prefix}{whole:02d}.{micro:06d}"

    def _minute(self, minute: int) -> str:
        days, rest = divmod(minute, 24 * 60)
        hours, minutes = divmod(rest, 60)
        prefix = self.minutes[minute] = f"{self.dates[days]} {hours:02d}:{minutes:02d}:"
        return prefix


class _Generator:
    def __init__(self, rng: random.Random, first: date, last: date, terminal: str,
                 mix: tuple[EventProfile, ...]) -> None:
        self.rng = rng
        # the current day's cells: handed over whole when the day ends, so each cell is
        # written once, not once per chunk the day spans
        self.cells = DayCells()
        self.first, self.span = first, max((last - first).days, 1)
        self.terminal = terminal
        self.events = _Table(mix, [profile.share for profile in mix])
        channels = channel_mix()
        self.channels = _Table(channels, [profile.share for profile in channels])
        self._day_stamps: _Stamps | None = None

    def _stamps(self, day: date) -> _Stamps:
        if self._day_stamps is None or self._day_stamps.day != day.isoformat():
            self._day_stamps = _Stamps(day)
        return self._day_stamps

    def _id(self, at: datetime) -> str:
        """Time-ordered like the recorder's ids, so the bulk insert appends to the indexes."""
        return uuid7(int(at.timestamp() * 1000), self.rng.getrandbits(74))

    def visit(self, day: date, ticket: int, start_local: float, chunk: Chunk) -> None:
        rng = self.rng
        stamps = self._stamps(day)
        midnight = stamps.midnight
        visit_id = self._id(midnight + timedelta(seconds=start_local))
        profile = self.events.pick(rng)
        life_event = profile.event
        # the first counter (the 住民票 one) always; each later one in 7 visits of 10
        route = [d for i, d in enumerate(profile.route) if i == 0 or rng.random() < 0.7]
        channel = self.channels.pick(rng)
        household = _HOUSEHOLD.pick(rng)
        procedures, forms = len(route) + rng.randint(0, 3), len(route) + rng.randint(1, 5)
        attrs = json.dumps({"life_event": life_event, "household_size": household,
                            "procedures": procedures, "forms": forms, "departments": route})
        # opened by a clerk: the attributes come with the start
        at_counter = channel.kiosk is None
        events: list[_Ev] = [("visit_started", start_local, None, None,
                              attrs if at_counter else None)]
        t, kiosk = start_local, None
        if not at_counter:
            t = self._kiosk(t, day, channel, household, attrs, events)
            kiosk = t - start_local
        hour = int(start_local // 3600)
        factor = profile.service_factor * (1 + 0.08 * household)
        dept_rows = []
        for dept in route:
            t, wait, service, sent = self._department(t, dept, day, hour, factor, events)
            dept_rows.append((dept, wait, service, sent))
        t += rng.uniform(30, 120)
        events.append(("left", t, None, None, None))
        week = iso_week(day)
        chunk.visits.append((visit_id, day, str(ticket), self.terminal,
                             midnight + timedelta(seconds=start_local), channel.channel,
                             _LANGUAGES.pick(rng), life_event, household, procedures, forms,
                             ",".join(route)))
        for index, (kind, at, counter, method, attr) in enumerate(events):
            chunk.events.append((f"{visit_id[:32]}{index:04x}", visit_id, kind, counter, method,
                                 attr, self.terminal, stamps.text(at)))
        day_text = stamps.day
        dwell = t - start_local
        chunk.visit_summaries.append((visit_id, day_text, hour, week, life_event, channel.channel,
                                      dwell, kiosk))
        self.cells.visit(day_text, life_event, channel.channel, dwell, kiosk)
        for dept, wait, service, sent in dept_rows:
            chunk.department_summaries.append((visit_id, dept, day_text, hour, week, life_event,
                                               channel.channel, wait, service, sent))
            self.cells.department(day_text, dept, wait, service)

    def _learning(self, day: date) -> float:
        return 1.15 - 0.3 * (day - self.first).days / self.span

    def _kiosk(self, t: float, day: date, channel: ChannelProfile, household: int, attrs: str,
               events: list[_Ev]) -> float:
        rng = self.rng
        steps = channel.kiosk
        assert steps is not None  # only kiosk channels come here
        t += rng.lognormvariate(math.log(steps.identify), 0.4)
        events.append(("identified", t, None, channel.method, None))
        t += rng.lognormvariate(math.log(self._answer(steps, household, day)), 0.5)
        events.append(("navigation_done", t, None, None, attrs))
        t += rng.lognormvariate(math.log(steps.print), 0.3)
        events.append(("forms_printed", t, None, None, None))
        return t

    def _answer(self, steps: KioskSteps, household: int, day: date) -> float:
        """The questions' median seconds: at home they are done; here, per person."""
        if steps.at_home:
            return steps.answer
        return steps.answer * (1 + (household - 1) / 3) * self._learning(day)

    def _department(
        self, t: float, dept: str, day: date, hour: int, factor: float, events: list[_Ev]
    ) -> tuple[float, float, float, int]:
        rng = self.rng
        wait = service = 0.0
        sent = 0
        for _attempt in range(2):
            w = rng.lognormvariate(math.log(240 * HOURS.get(hour, 1.0) * self._learning(day)), 0.6)
            s = rng.lognormvariate(math.log(420 * factor), 0.45)
            events.append(("called", t + w * 0.9, dept, None, None))
            events.append(("service_started", t + w, dept, None, None))
            t += w + s
            wait, service = wait + w, service + s
            if sent == 0 and rng.random() < 0.05:
                sent = 1
                events.append(("sent_back", t, dept, None, None))
                fetch = rng.lognormvariate(math.log(300), 0.5)  # fetching the missing document
                t += fetch
                wait += fetch  # the wait at the return starts when they were sent back
                continue
            events.append(("service_finished", t, dept, None, None))
            break
        return t, wait, service, sent


def generate(
    visits: int, days: int, *, end: date | None = None, seed: int = 1, chunk_size: int = 4000,
    terminal: str = "demo", first_tickets: dict[date, int] | None = None,
    catalog: Catalog | None = None, mix: tuple[EventProfile, ...] | None = None,
) -> Iterator[Chunk]:
    """Chunks of rows for ``visits`` visits spread over the working days of ``days``.

    The life events and their routes are ``mix``'s, else ``catalog``'s (the bundled one by
    default).
    """
    mix = mix or event_mix(catalog or load_catalog())
    end = end or utc_now().astimezone(LOCAL_TZ).date()
    calendar = working_days(end, days)
    if not calendar:
        raise ValueError("the period holds no working day")
    rng = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by seed
    per_day = Counter(rng.choices(calendar, [_day_weight(d) for d in calendar], k=visits))
    generator = _Generator(rng, calendar[0], calendar[-1], terminal, mix)
    hours, weights = list(HOURS), list(HOURS.values())
    chunk = Chunk()
    for day in calendar:
        starts = sorted(
            (h * 3600 + (rng.uniform(1800, 3600) if h == 8 else rng.uniform(0, 3600)))
            for h in rng.choices(hours, weights, k=per_day[day])
        )
        base = (first_tickets or {}).get(day, 0)
        for number, start in enumerate(starts, start=base + 1):
            generator.visit(day, number, start, chunk)
            if len(chunk.visits) >= chunk_size:
                yield chunk
                chunk = Chunk()
        chunk.cells, generator.cells = chunk.cells.merged(generator.cells), DayCells()
    if chunk.visits or chunk.cells.cells:
        yield chunk


#: From this many visits on, a child process generates (``ahead_in_child``): below, its
#: start-up (a fresh interpreter, about a second) costs more than the overlap gains.
CHILD_FROM = 20_000
#: Visits per chunk (one transaction). The writer and the generating child each hold
#: about one: 2,000 keeps the two processes' sum near 300 MB for 200,000 visits (4,000: 400).
CHUNK = 2000


def insert_demo(
    engine: Engine, visits: int, days: int, *, end: date | None = None, seed: int = 1,
    progress: Callable[[int, int], None] | None = None, catalog: Catalog | None = None,
    in_child: bool | None = None,
) -> int:
    """Generate and store the visits; return how many were written.

    ``in_child``: generate in a child process (default: from ``CHILD_FROM`` visits on).
    """
    c = TicketCounter.__table__.c
    with engine.connect() as connection:
        counters = {r.day: int(r.last) for r in connection.execute(select(c.day, c.last))}
    written = 0
    last_ticket: dict[date, int] = dict(counters)
    pending: date | None = None  # the first day whose roll-ups are not built yet
    last_day: date | None = None
    end = end or utc_now().astimezone(LOCAL_TZ).date()  # the child's "today" is the same
    # the mix, not the catalog, goes to the child: it pickles
    produce = functools.partial(generate, visits, days, end=end, seed=seed,
                                first_tickets=counters, mix=event_mix(catalog or load_catalog()),
                                chunk_size=CHUNK)
    child = visits >= CHILD_FROM if in_child is None else in_child
    for chunk in ahead_in_child(produce) if child else ahead(produce()):
        write_chunk(engine, chunk)
        for row in chunk.visits:
            last_ticket[row[1]] = max(last_ticket.get(row[1], 0), int(row[2]))
        if not chunk.visits:  # the last day's cells only
            continue
        pending, last_day = pending or chunk.visits[0][1], chunk.visits[-1][1]
        # days come in order: the months before the last visit's are complete (their cells
        # written), so their totals are built now, while the next chunk is generated
        current = chunk.visits[-1][1].replace(day=1)
        if pending < current:
            with engine.begin() as connection:
                rebuild(connection, pending, current - timedelta(days=1), cells_written=True)
            pending = current
        written += len(chunk.visits)
        if progress is not None:
            progress(written, visits)
    write_counters(engine, last_ticket)
    if pending is not None and last_day is not None:
        with engine.begin() as connection:
            rebuild(connection, pending, last_day, cells_written=True)
    return written
