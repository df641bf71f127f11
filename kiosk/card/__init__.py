"""The My Number card layer: BER-TLV, APDUs, the 券面事項入力補助AP protocol, and readers.

Only :mod:`kiosk.card.pcsc` imports pyscard. The protocol talks to any object with a
``transmit(apdu) -> (data, sw)`` method (:class:`kiosk.card.protocol.Connection`): the
PC/SC adapter, the in-process emulator and the vpcd emulator all fit it.
"""
