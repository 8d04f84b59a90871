"""Speech for "read aloud": espeak-ng, with a voice for each language the kiosk speaks.

EN 301 549 asks closed kiosks for speech output. espeak-ng (a Debian package) has voices
for French, Dutch, English, German and Arabic and needs no network. It plays to the
audio device itself, or renders a WAV file (what the tests listen to). Without the
program or without an audio device, `available()` says so and the screen offers no
speech rather than failing.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from html import escape  # not xml.sax.saxutils: it imports urllib, http and ssl (16 ms)
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

Spoken = Sequence[tuple[str, str]]  # (text, language code): the welcome speaks several


def as_said(text: str, minus: str = "") -> str:
    """A screen's text as the voice should read it: no bidi controls, and the minus sign
    said as the word `minus` where the voice would drop it."""
    text = text.translate(BIDI_CONTROLS)
    return SIGNED.sub(f"{minus} ", text) if minus else text


log = logging.getLogger(__name__)

# "-2" (the floor) is read "two" by the French and Arabic voices, which drop the sign:
# the word for it is written out (a language file's `minus`).
SIGNED = re.compile(r"(?<![\w-])[-\u2212](?=\d)")
# Unicode bidi controls (isolates around "-2" or "K7F-3QX" in Arabic, marks): they order
# what is drawn, there is nothing in them to say.
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
WORDS_PER_MINUTE = 140  # slower than espeak's 175: listeners may be old, ill or anxious


def audio_device_present(environ: Mapping[str, str] | None = None) -> bool:
    """A sound card (ALSA) or a sound server (PulseAudio / PipeWire) to play to."""
    environ = os.environ if environ is None else environ
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    return (
        Path("/dev/snd").is_dir()
        or bool(environ.get("PULSE_SERVER"))
        or (bool(runtime) and (Path(runtime) / "pulse" / "native").exists())
    )


class Speech(Protocol):
    """What the screens need of a speech engine."""

    def available(self, language: str) -> bool: ...

    def say(self, parts: Spoken) -> bool: ...

    def stop(self) -> None: ...

    def unavailable_because(self, language: str) -> str | None: ...


class NoSpeech:
    """Read aloud switched off by the configuration (`speech.enabled = false`)."""

    def available(self, language: str) -> bool:
        return False

    def say(self, parts: Spoken) -> bool:
        return False

    def stop(self) -> None:
        pass

    def unavailable_because(self, language: str) -> str | None:
        return "switched off in the configuration (speech.enabled = false)"


class EspeakSpeech:
    def __init__(
        self,
        executable: str = "espeak-ng",
        voices: Mapping[str, str] = MappingProxyType({}),
        words_per_minute: int = WORDS_PER_MINUTE,
        minus: Mapping[str, str] = MappingProxyType({}),
    ):
        """`voices`: espeak-ng's voice for each language code (a language file's `voice`;
        a language without one is silent); `minus`: the word said for a minus sign."""
        self._executable = shutil.which(executable)
        self._voices = voices
        self._minus = minus
        self._words_per_minute = words_per_minute
        self._playing: subprocess.Popen[bytes] | None = None

    def can_render(self, language: str) -> bool:
        return self._executable is not None and language in self._voices

    def available(self, language: str) -> bool:
        """Speech can be heard: the program, a voice, and somewhere to play it."""
        return self.can_render(language) and audio_device_present()

    def unavailable_because(self, language: str) -> str | None:
        """Why `language` cannot be heard, for IT (`doctor`); None when it can."""
        if self._executable is None:
            return "espeak-ng is not installed (Debian package espeak-ng)"
        if language not in self._voices:
            return f"espeak-ng has no voice configured for {language!r}"
        if not audio_device_present():
            return "no audio device (/dev/snd) and no sound server (PulseAudio, PipeWire)"
        return None

    def _command(self, *extra: str) -> list[str]:
        """espeak-ng reading SSML from its input: the voices are chosen in the document."""
        assert self._executable is not None
        return [self._executable, "-m", "-s", str(self._words_per_minute), *extra, "--stdin"]

    def _said(self, text: str, language: str) -> str:
        return as_said(text, self._minus.get(language, ""))

    def ssml(self, parts: Spoken) -> str:
        """One document for espeak-ng's SSML mode: each part in its language's voice."""
        voices = (
            f'<voice name="{escape(self._voices[language])}">'
            f"{escape(self._said(text, language), quote=False)}</voice>"
            for text, language in parts
            if language in self._voices and self._said(text, language).strip()
        )
        return f"<speak>{''.join(voices)}</speak>"

    def render_wav(self, parts: Spoken, target: Path) -> Path:
        """What `say` would play, as a WAV file (for tests and for checking)."""
        for _, language in parts:
            if not self.can_render(language):
                raise RuntimeError(f"no espeak-ng voice for {language!r}")
        subprocess.run(
            self._command("-w", str(target)),
            input=self.ssml(parts).encode(),
            check=True,
            capture_output=True,
            timeout=60,
        )
        return target

    def say(self, parts: Spoken) -> bool:
        """Start speaking (stopping what was being said); False when speech is unavailable
        for the first part's language."""
        self.stop()
        if not parts or not self.available(parts[0][1]):
            return False
        try:
            self._playing = subprocess.Popen(
                self._command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            assert self._playing.stdin is not None
            self._playing.stdin.write(self.ssml(parts).encode())
            self._playing.stdin.close()
        except OSError as error:
            log.warning("speech failed: %s", error)
            self._playing = None
            return False
        return True

    def stop(self) -> None:
        """Silence at once (the screen changed, or the session was reset)."""
        if self._playing is not None and self._playing.poll() is None:
            self._playing.terminate()
            try:
                self._playing.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self._playing.kill()
        self._playing = None


def speech_for(
    enabled: bool,
    words_per_minute: int,
    voices: Mapping[str, str],
    minus: Mapping[str, str] = MappingProxyType({}),
) -> Speech:
    """The kiosk's speech, from the `[speech]` section of the configuration and the
    languages' files (`voice`, `minus`)."""
    if not enabled:
        return NoSpeech()
    return EspeakSpeech(voices=voices, words_per_minute=words_per_minute, minus=minus)
