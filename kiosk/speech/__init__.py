"""Speech for the waiting-area display: offline voices that turn a sentence into a WAV.

* :mod:`.ports`: the :class:`~kiosk.speech.ports.SpeechEngine` and
  :class:`~kiosk.speech.ports.AudioOut` protocols and the :class:`~kiosk.speech.ports.Clip`.
* :mod:`.openjtalk`: Japanese with Open JTalk (``pyopenjtalk-plus``, which ships its
  dictionary and voice: nothing is downloaded at run time).
* :mod:`.espeak`: eSpeak NG as a program (Debian's ``espeak-ng``), for English and the
  other languages a town configures.
* :mod:`.speaker`: picks an engine per language and turns an announcement (chime plus one
  sentence per language) into clips; :class:`~kiosk.speech.speaker.WavFolder` writes them
  to files (tests, and towns that route audio elsewhere).
"""
