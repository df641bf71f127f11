"""The manager window (``kiosk manager``): filters, figures, charts and exports.

Every figure comes from ``kiosk.statistics.stats.StatsService`` (the service behind
``kiosk stats``), gathered off the UI thread by ``data.gather``; exports are the same
``kiosk.statistics.export.export`` as the CLI's, so the window, the CLI and the files agree.
"""
