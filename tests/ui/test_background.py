"""The worker that saves, renders and prints off the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref
from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from ui.background import BackgroundRunner


class Declaration:
    """Stands for a patient's declaration handed to the worker."""

    def __init__(self, number: int) -> None:
        self.number = number


def test_results_come_back_on_the_gui_thread_in_order(qtbot):
    runner = BackgroundRunner()
    worker_threads: list[threading.Thread] = []
    results: list[tuple[int, threading.Thread]] = []

    def work(number: int) -> int:
        worker_threads.append(threading.current_thread())
        return number

    for number in range(5):
        runner.run(
            partial(work, number),
            lambda result: results.append((result, threading.current_thread())),
            lambda error: results.append((-1, threading.current_thread())),
        )
    qtbot.waitUntil(lambda: len(results) == 5)
    assert [number for number, _ in results] == [0, 1, 2, 3, 4]
    assert {thread for _, thread in results} == {threading.main_thread()}
    assert threading.main_thread() not in worker_threads


def test_a_failure_is_handed_back_not_swallowed(qtbot):
    runner = BackgroundRunner()
    failures: list[Exception] = []

    def work() -> None:
        raise OSError("No space left on device")

    runner.run(work, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert str(failures[0]) == "No space left on device"


def test_nothing_handed_to_the_worker_stays_in_memory(qtbot):
    """Each declaration is let go once its result is back. (With a QRunnable subclass,
    PySide kept most of them, declaration included, for the life of the process.)"""
    runner = BackgroundRunner()
    handed: weakref.WeakSet[Declaration] = weakref.WeakSet()
    done: list[int] = []
    for number in range(300):
        declaration = Declaration(number)
        handed.add(declaration)
        runner.run(
            partial(getattr, declaration, "number"),
            done.append,
            lambda error: done.append(-1),
        )
        del declaration
        qtbot.waitUntil(lambda number=number: len(done) == number + 1)
    assert runner.wait()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    assert done == list(range(300))
    assert len(handed) == 0
