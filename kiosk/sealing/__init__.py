"""Sealing personal data at rest: authenticated ciphers, terminal and town keys, private files.

* ``box``: ``SecretBox`` (AES-256-GCM, one terminal's own key) and ``SealedBox`` (X25519 +
  HKDF + AES-256-GCM to a town public key: a kiosk can seal a copy it can never read back).
* ``keystore``: where keys live — a 0600 file in a 0700 folder, protected with DPAPI on Windows.
* ``files``: creating files 0600 and folders 0700, atomically.
"""
