"""Visit metrics: the events of each visit, dwell-time statistics, exports, and the
clerks' short-lived personal data — everything the town needs to show its −60% goal.

What the user interfaces call (no SQL outside this package):

* ``services.open_services(config)`` → ``MetricsServices`` (engine, recorder, personal,
  stats, clerk), built once at start-up.
* ``events.MetricsRecorder``: ``start_visit(channel=, language=, **attrs) -> VisitTicket``
  and ``record(visit_id, kind, department=None, method=None, **attrs) -> event id``;
  never raises because the network is down (``outbox``), ``sync()`` from a timer.
* ``clerk.ClerkService``: ``queue(department, day)``, ``find(scanned_text, day)``,
  ``open_visit(visit_id, staff_id)`` (audited), ``mark(visit_id, kind, department)``,
  ``mark_left(visit_id)``.
* ``stats.StatsService``: ``summary(Filters)``, ``figures(metric, Filters, by)``.
* ``export.export(service, filters, fmt, out, labels, progress=, cancelled=)``.

Definitions of the figures: ``dwell``; clock drift: ``clock``; retention: ``retention``.
"""
