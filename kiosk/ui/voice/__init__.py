"""音声案内 (voice guidance) in the resident window.

* :mod:`.output`: the :class:`~kiosk.speech.guidance.Voice` that speaks (Open JTalk for
  Japanese, the OS voices through QtTextToSpeech or eSpeak NG for the rest) off the UI
  thread, and writes the transcript.
* :mod:`.reading`: what a screen shows, as :class:`~kiosk.speech.guidance.ScreenView`, and
  its controls in reading order.
* :mod:`.keys`: a USB keypad or keyboard moves through the controls.
* :mod:`.starters`: the long press and the headphone jack that turn guidance on.
* :mod:`.controller`: wires them to the main window.
"""
