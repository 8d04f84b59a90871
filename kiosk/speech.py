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
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

log = logging.getLogger(__name__)

# espeak-ng's voice for each of the kiosk's languages (a language without one is silent).
VOICES: Mapping[str, str] = MappingProxyType(
    {"fr": "fr-be", "nl": "nl", "en": "en-gb", "de": "de", "ar": "ar"}
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


class EspeakSpeech:
    def __init__(self, executable: str = "espeak-ng", voices: Mapping[str, str] = VOICES):
        self._executable = shutil.which(executable)
        self._voices = voices
        self._playing: subprocess.Popen[bytes] | None = None

    def can_render(self, language: str) -> bool:
        return self._executable is not None and language in self._voices

    def available(self, language: str) -> bool:
        """Speech can be heard: the program, a voice, and somewhere to play it."""
        return self.can_render(language) and audio_device_present()

    def _command(self, language: str, *extra: str) -> list[str]:
        assert self._executable is not None
        voice = self._voices[language]
        return [self._executable, "-v", voice, "-s", str(WORDS_PER_MINUTE), *extra, "--stdin"]

    def render_wav(self, text: str, language: str, target: Path) -> Path:
        """The text spoken in `language`, as a WAV file (for tests and for checking)."""
        if not self.can_render(language):
            raise RuntimeError(f"no espeak-ng voice for {language!r}")
        subprocess.run(
            self._command(language, "-w", str(target)),
            input=text.encode(),
            check=True,
            capture_output=True,
            timeout=60,
        )
        return target

    def say(self, text: str, language: str) -> bool:
        """Start speaking (stopping what was being said); False when speech is unavailable."""
        self.stop()
        if not self.available(language):
            return False
        try:
            self._playing = subprocess.Popen(
                self._command(language),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            assert self._playing.stdin is not None
            self._playing.stdin.write(text.encode())
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
