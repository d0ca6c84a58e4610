"""Background runner: work runs off the GUI thread, results and errors come back on it."""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from hor_desktop.core.errors import ValidationError
from hor_desktop.ui.tasks import ImmediateRunner, ThreadPoolRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[ThreadPoolRunner]:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    runner = ThreadPoolRunner(pool)
    yield runner
    runner.wait(5_000)
    qtbot.waitUntil(lambda: not runner.busy)


def test_work_runs_off_the_gui_thread_and_result_arrives_on_it(
    qtbot: QtBot, runner: ThreadPoolRunner
) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    runner.submit(work, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui


def test_error_arrives_on_the_gui_thread(qtbot: QtBot, runner: ThreadPoolRunner) -> None:
    gui = threading.get_ident()
    errors: list[tuple[BaseException, int]] = []

    def work() -> None:
        raise ValidationError("Name fehlt", field="name")

    def failed(exc: BaseException) -> None:
        errors.append((exc, threading.get_ident()))

    runner.submit(work, lambda _r: None, failed)
    qtbot.waitUntil(lambda: bool(errors))
    error, thread = errors[0]
    assert isinstance(error, ValidationError) and error.field == "name"
    assert thread == gui


def test_many_tasks_each_deliver_their_own_result(qtbot: QtBot, runner: ThreadPoolRunner) -> None:
    results: list[int] = []
    for number in range(20):
        runner.submit(functools.partial(pow, number, 2), results.append)
    qtbot.waitUntil(lambda: len(results) == 20)
    assert sorted(results) == [n * n for n in range(20)]
    assert not runner.busy


def test_error_without_handler_reaches_the_excepthook(
    qtbot: QtBot, runner: ThreadPoolRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooked: list[BaseException] = []

    def hook(_t: type[BaseException], exc: BaseException, _tb: TracebackType | None) -> None:
        hooked.append(exc)

    def work() -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(sys, "excepthook", hook)
    runner.submit(work, lambda _r: None)
    qtbot.waitUntil(lambda: bool(hooked))
    assert str(hooked[0]) == "bug"


def test_immediate_runner_calls_back_at_once() -> None:
    results: list[str] = []
    ImmediateRunner().submit(lambda: "fertig", results.append)
    assert results == ["fertig"]


def test_immediate_runner_hands_errors_to_the_handler() -> None:
    errors: list[BaseException] = []
    ImmediateRunner().submit(lambda: 1 // 0, lambda _r: None, errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
