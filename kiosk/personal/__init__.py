"""Personal data: the clerks' short-lived prefilled payloads, who viewed them, and when they expire.

This is the part 番号法 and the town's privacy rules care about, kept on its own: it imports
nothing of the statistics, and the statistics never read it. The 個人番号 is never stored.

* ``store.PersonalStore``: ``put(visit_id, payload)``, ``read(visit_id, staff_id)`` (audited),
  ``purge(now)``.
* ``audit``: who viewed a visit's personal data and when — never what was shown.
* ``retention.expires_at(created, policy)``: ``retention.personal_data`` as an instant.
"""
