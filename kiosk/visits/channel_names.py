"""Channel names the kiosk's screens need before anything else of the statistics.

The vocabulary (:mod:`kiosk.visits.vocabulary`) lists every channel with its label; the
one name a screen result tests for lives here, so the kiosk's first frame does not build
the statistics' vocabulary (its labels, metrics and groupings).
"""

PRE_APPLICATION = "pre_application"
