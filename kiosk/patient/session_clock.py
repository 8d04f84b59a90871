"""The session's clock, a part of the patient's flow (`SessionClock`, mixed into
kiosk/patient/flow.py's `Flow`, on the flow's own state): how long saving has taken, the
thank-you screen's countdown and its "more time", and when an idle session is warned
about and wiped. `Flow.tick` acts on them."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.patient.declaration import Declaration
from kiosk.patient.steps import OUTSIDE_FORM, Screen, Step


@dataclass(frozen=True)
class Assistance:
    """The patient's accessibility choices. They belong to the session, like the
    answers: the next patient starts with the standard screen, silent."""

    larger_text: bool = False
    high_contrast: bool = False
    read_aloud: bool = False


SAVING_PATIENCE_SECONDS = 3  # a save takes milliseconds; longer, the patient is reassured
# "More time" on the thank-you screen (a reference to copy, a child to hold): each tap
# gives this much more, but the screen never stays longer than DONE_LONGEST_SECONDS in
# all (or the configured delay, if longer): nothing of a patient stays on screen for long.
DONE_MORE_SECONDS = 60
DONE_LONGEST_SECONDS = 300


class SessionClock:
    """The flow's timing, on the flow's own state (declared here, set by `Flow`)."""

    _clock: Callable[[], datetime]
    _declaration: Declaration | None
    _done_at: datetime | None
    _done_until: datetime | None
    _done_return_seconds: int
    _last_touch: datetime
    _idle_seconds: int
    _idle_warning_seconds: int
    _default_language: str
    language: str
    language_chosen: bool
    assistance: Assistance

    @property
    def step(self) -> Step:
        raise NotImplementedError

    def saving_slowly(self) -> bool:
        """Saving has taken longer than a patient expects (another program holds the
        database): the screen then says their answers are kept and asks them to wait."""
        if self.step.screen is not Screen.SUBMITTING or self._declaration is None:
            return False
        waited = (self._clock() - self._declaration.submitted_at).total_seconds()
        return waited >= SAVING_PATIENCE_SECONDS

    def done_countdown(self) -> int | None:
        """Seconds left before the thank-you screen goes back to the welcome screen;
        None on any other screen."""
        if self._done_until is None:
            return None
        return max(0, math.ceil((self._done_until - self._clock()).total_seconds()))

    def _done_latest(self) -> datetime | None:
        if self._done_at is None:
            return None
        longest = max(DONE_LONGEST_SECONDS, self._done_return_seconds)
        return self._done_at + timedelta(seconds=longest)

    def can_keep_done(self) -> bool:
        """ "More time" can still add time to the thank-you screen."""
        latest = self._done_latest()
        return self._done_until is not None and latest is not None and self._done_until < latest

    def keep_done(self) -> bool:
        """ "More time" on the thank-you screen: DONE_MORE_SECONDS more, never past its
        longest time. False when it cannot be kept longer."""
        latest = self._done_latest()
        if not self.can_keep_done() or self._done_until is None or latest is None:
            return False
        self._done_until = min(self._done_until + timedelta(seconds=DONE_MORE_SECONDS), latest)
        return True

    def now(self) -> datetime:
        """The flow's clock (the real one, or a test's)."""
        return self._clock()

    def touch(self) -> None:
        """The patient touched the screen: they are still there."""
        self._last_touch = self._clock()

    def idle_countdown(self) -> int | None:
        """Seconds left before an abandoned session is wiped, once the warning is due;
        None while the patient is active or on a screen that holds nothing of theirs."""
        if self.step.screen in OUTSIDE_FORM:
            return None
        idle = (self._clock() - self._last_touch).total_seconds()
        if idle < self._idle_seconds:
            return None
        return max(0, math.ceil(self._idle_seconds + self._idle_warning_seconds - idle))

    def _welcome_left_changed(self, now: datetime) -> bool:
        """A patient who chose a language or an accessibility setting on the welcome
        screen, then walked away: the next one finds the standard welcome screen
        (nothing of theirs is there, so no warning first)."""
        changed = (
            self.language_chosen
            or self.language != self._default_language
            or self.assistance != Assistance()
        )
        idle = (now - self._last_touch).total_seconds()
        return self.step.screen is Screen.WELCOME and changed and idle >= self._idle_seconds
