"""The signed-in staff member of a window: a small mutable holder the context reads."""

from __future__ import annotations

import threading
from collections.abc import Callable

from hor_desktop.core.actor import Actor


class StaffSession:
    """Holds the acting staff member; ``default`` acts while nobody is signed in.

    Plain Python (no QObject) so worker threads may read ``actor`` and tests need no
    QApplication; listeners run on the thread that calls ``sign_in``/``sign_out``.
    """

    def __init__(self, default: Actor, *, sign_in_required: bool = False) -> None:
        self.default = default
        self._actor = default
        self._signed_in = False
        self.sign_in_required = sign_in_required
        self._listeners: list[Callable[[Actor], None]] = []
        self._lock = threading.Lock()

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def signed_in(self) -> bool:
        return self._signed_in

    def on_change(self, listener: Callable[[Actor], None]) -> None:
        self._listeners.append(listener)

    def sign_in(self, actor: Actor) -> None:
        with self._lock:
            self._actor, self._signed_in = actor, True
        self._notify()

    def sign_out(self) -> None:
        with self._lock:
            self._actor, self._signed_in = self.default, False
        self._notify()

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self._actor)
