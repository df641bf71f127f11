"""Statistics over the anonymous visit metrics: figures, the report and its three exports.

* ``vocabulary``: the one registry of metrics, groupings and channels (ids and labels).
  Stats, the report, the CSV/XLSX/PDF writers, ``kiosk stats`` and the manager window
  iterate over it; adding a figure is one entry there (see ``docs/conventions.md``).
* ``stats.StatsService``: ``summary(Filters)``, ``figures(metric, Filters, by)``.
* ``export.export(service, filters, fmt, out, labels, progress=, cancelled=)``.
* ``labels.load_labels(folder, language)``: event and department names from the catalog.

The per-visit figures themselves are defined in ``kiosk.visits.dwell``; this package only
reads the tables (``kiosk.storage.tables``) and never writes an event.
"""
