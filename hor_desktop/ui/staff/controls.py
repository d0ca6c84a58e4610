"""Quick staff switch, the status-bar name, and the automatic lock after inactivity."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from hor_desktop.core.actor import Actor
from hor_desktop.services import staff
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.staff.sign_in_dialog import SignInDialog

LOCK_MINUTES_KEY = "staff/lock_minutes"
DEFAULT_LOCK_MINUTES = 10
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip


def lock_minutes(settings: QSettings | None = None) -> int:
    """Minutes of inactivity before the lock; 0 switches the lock off."""
    value: object = (settings or QSettings()).value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
    try:
        return max(0, int(str(value)))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES


class LockOverlay(QWidget):
    """Covers the window while locked, so nobody reads the data in passing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockOverlay { background: #2b2b2b; } QLabel { color: white; }")
        label = QLabel(self.tr("HoR Desk ist gesperrt. Bitte mit Kürzel und PIN anmelden."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        parent.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and self.isVisible() and parent is not None:
            self.setGeometry(parent.rect())
        return False


class StaffControls(QObject):
    """Owns the sign-in/lock actions and the inactivity timer of one main window."""

    def __init__(self, window: QMainWindow, context: DeskContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.dialog: SignInDialog | None = None
        self.locked = False
        self._hidden_dialogs: list[QDialog] = []
        self._disabled_actions: list[QAction] = []
        self.sign_in_action = self._action(
            "signInAction", self.tr("&Anmelden/Wechseln …"), "Ctrl+Shift+A", self.open_sign_in
        )
        self.lock_action = self._action("lockAction", self.tr("&Sperren"), "Ctrl+Alt+L", self.lock)
        self.sign_out_action = self._action(
            "signOutAction", self.tr("Ab&melden"), "Ctrl+Alt+O", self.sign_out
        )
        self.status_label = QLabel(window)
        self.status_label.setObjectName("staffLabel")
        self.overlay = LockOverlay(window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._lock_enabled = False
        self.apply_lock_minutes(lock_minutes())
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        context.session.on_change(self._session_changed)
        self._session_changed(context.actor)
        self.check_sign_in_required()

    def _action(self, name: str, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.sign_in_action, self.sign_out_action, self.lock_action]

    def apply_lock_minutes(self, minutes: int) -> None:
        self.timer.stop()
        self._lock_enabled = minutes > 0
        if self._lock_enabled:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._lock_enabled and not self.locked and event.type() in _ACTIVITY:
            self.timer.start()  # restart: any input anywhere in the app counts as presence
        return False

    def check_sign_in_required(self) -> None:
        """Once staff with a PIN exist, „Empfang“ may not act: lock until someone signs in."""
        uow = self.context.uow()
        self.context.runner.submit(lambda: staff.count_active_staff(uow), self._staff_counted)

    def _staff_counted(self, count: int) -> None:
        self.context.session.sign_in_required = count > 0
        if count > 0 and not self.context.session.signed_in:
            self.lock()

    def _session_changed(self, actor: Actor) -> None:
        if self.context.session.signed_in:
            self.context.session.sign_in_required = True  # staff exist from now on
            text = self.tr("Angemeldet: {name}").format(name=actor.name)
        else:
            text = self.tr("Nicht angemeldet ({name})").format(name=actor.name)
        self.status_label.setText(text)

    def open_sign_in(self) -> SignInDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = SignInDialog(self.context, self.window, locked=self.locked)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._unlock)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        self.context.session.sign_out()
        if self.context.session.sign_in_required:
            self.lock()

    def lock(self) -> None:
        """Cover the window and ask for a sign-in; open dialogs and their input stay."""
        if self.locked or not self.context.session.sign_in_required:
            return  # without staff nobody could unlock; „Empfang“ keeps working
        self.timer.stop()
        self.locked = True
        if self.context.session.signed_in:
            self.context.session.sign_out()
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)  # reopened in locked form below
            self.dialog = None
        self._hidden_dialogs = [
            d for d in self.window.findChildren(QDialog) if d.isVisible() and d is not self.dialog
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self._disabled_actions = [
            a for a in self.window.findChildren(QAction)
            if a.isEnabled() and a not in (self.sign_in_action,)
        ]  # fmt: skip
        for action in self._disabled_actions:
            action.setEnabled(False)
        self.overlay.cover()
        self.open_sign_in()

    def _unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.overlay.hide()
        for action in self._disabled_actions:
            action.setEnabled(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._disabled_actions, self._hidden_dialogs = [], []
        self.apply_lock_minutes(lock_minutes())
