"""Read aloud: each language's welcome words spoken by espeak-ng, listened to as a WAV."""

from __future__ import annotations

import array
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from kiosk.content.locales import load_content
from kiosk.content.questionnaire_file import load_questionnaire
from kiosk.resources import resource_path
from kiosk.services.speech import EspeakSpeech, audio_device_present

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="needs espeak-ng (Debian package espeak-ng)"
)
SHIPPED = tuple(sorted(folder.name for folder in resource_path("locales").iterdir()))


def listen(path: Path) -> tuple[float, float]:
    """(seconds, loudness as RMS of 16-bit samples) of a mono WAV file."""
    with wave.open(str(path)) as sound:
        assert sound.getsampwidth() == 2 and sound.getnchannels() == 1
        frames = sound.readframes(sound.getnframes())
        seconds = sound.getnframes() / sound.getframerate()
    samples = array.array("h", frames)
    rms = (sum(sample * sample for sample in samples) / max(1, len(samples))) ** 0.5
    return seconds, rms


@pytest.mark.parametrize("code", SHIPPED)
def test_each_language_is_spoken_for_about_as_long_as_its_text(code: str, tmp_path: Path) -> None:
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    language = load_content(resource_path("locales"), [code], questionnaire).language(code)
    question = language.question("allergy")
    text = f"{question.text} {', '.join(question.options.values())}"

    speech = EspeakSpeech(voices={code: language.voice})
    seconds, loudness = listen(speech.render_wav([(text, code)], tmp_path / "said.wav"))

    words = len(text.split())
    assert 0.15 * words < seconds < 1.5 * words, (seconds, words)  # speech, not a click
    assert loudness > 500  # not silence


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_names_a_voice_espeak_has(code: str) -> None:
    questionnaire = load_questionnaire(resource_path("questionnaire.toml"))
    voice = load_content(resource_path("locales"), [code], questionnaire).language(code).voice
    listed = subprocess.run(
        ["espeak-ng", f"--voices={voice}"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert voice in listed, f"{code}: espeak-ng has no voice {voice!r}"


def test_without_a_voice_or_a_device_speech_says_it_is_unavailable(tmp_path: Path) -> None:
    assert not EspeakSpeech(executable="no-such-espeak").available("fr")
    assert not EspeakSpeech().can_render("tlh")  # no Klingon voice
    assert not audio_device_present({}) or Path("/dev/snd").is_dir()
    with pytest.raises(RuntimeError, match="no espeak-ng voice"):
        EspeakSpeech().render_wav([("Qapla'", "tlh")], tmp_path / "x.wav")


def test_doctor_tells_it_why_read_aloud_is_unavailable() -> None:
    from kiosk.doctor.checks import speech_findings
    from kiosk.services.speech import NoSpeech

    (missing,) = speech_findings(EspeakSpeech(executable="no-such-espeak"), ["fr", "nl"])
    assert missing.level == "warning"
    assert missing.message == (
        "read aloud unavailable (fr, nl): espeak-ng is not installed (Debian package espeak-ng)"
    )
    (off,) = speech_findings(NoSpeech(), ["fr"])
    assert "speech.enabled = false" in off.message
    findings = speech_findings(EspeakSpeech(voices={"fr": "fr-be"}), ["fr", "tlh"])
    assert any("no voice configured for 'tlh'" in f.message for f in findings)
