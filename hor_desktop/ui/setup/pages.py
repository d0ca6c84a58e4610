"""The pages of the first-start wizard: house and location, mode, server, first admin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from hor_desktop.core.errors import HorError
from hor_desktop.core.receipts import LOCATION_CODE
from hor_desktop.services import staff
from hor_desktop.services.locations import COLOGNE_LOCATIONS
from hor_desktop.ui.setup.connection import (
    DEFAULT_PORT,
    SSL_MODES,
    ConnectionFailedError,
    ConnectionReport,
    PgParams,
    check_connection,
)
from hor_desktop.ui.tasks import TaskRunner

NEW_LOCATION = "__new__"


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _indented(text: str, parent: QWidget) -> QLabel:
    """An explanation under a radio button, aligned with its text."""
    label = _hint(text, parent)
    label.setContentsMargins(24, 0, 0, 8)
    return label


class HousePage(QWizardPage):
    """The house's name (letterhead) and where this PC stands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Willkommen bei HoR Desk"))
        self.setSubTitle(
            self.tr("In einer Minute eingerichtet. Alles lässt sich später unter "
                    "Verwaltung → Einstellungen ändern.")
        )  # fmt: skip
        self.house_edit = QLineEdit(self.tr("Haus der Ressourcen Köln"), self)
        self.house_edit.setObjectName("houseNameEdit")
        self.house_edit.setAccessibleName(self.tr("Name des Hauses"))
        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("locationCombo")
        self.location_combo.setAccessibleName(self.tr("Standort dieses PCs"))
        for spec in COLOGNE_LOCATIONS:
            self.location_combo.addItem(f"{spec['code']} – {spec['name']}", spec["code"])
        self.location_combo.addItem(self.tr("Neuer Standort …"), NEW_LOCATION)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("newLocationCode")
        self.code_edit.setAccessibleName(self.tr("Kürzel des neuen Standorts"))
        self.code_edit.setPlaceholderText(self.tr("z. B. EHR"))
        self.code_edit.setMaxLength(8)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newLocationName")
        self.name_edit.setAccessibleName(self.tr("Name des neuen Standorts"))
        self.name_edit.setPlaceholderText(self.tr("z. B. HoR Köln – Ehrenfeld"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name des Hauses:"), self.house_edit)
        form.addRow(_hint(self.tr("Steht im Briefkopf jedes Leihscheins."), self))
        form.addRow(self.tr("&Standort dieses PCs:"), self.location_combo)
        form.addRow(self.tr("&Kürzel:"), self.code_edit)
        form.addRow(self.tr("N&ame des Standorts:"), self.name_edit)
        self._form = form
        self.location_combo.currentIndexChanged.connect(self._location_changed)
        for edit in (self.house_edit, self.code_edit, self.name_edit):
            edit.textChanged.connect(self.completeChanged)
        self._location_changed()

    @property
    def new_location(self) -> bool:
        return bool(self.location_combo.currentData() == NEW_LOCATION)

    def _location_changed(self) -> None:
        for edit in (self.code_edit, self.name_edit):
            self._form.setRowVisible(edit, self.new_location)
        self.completeChanged.emit()

    def location_code(self) -> str:
        if self.new_location:
            return self.code_edit.text().strip().upper()
        return str(self.location_combo.currentData())

    def isComplete(self) -> bool:
        if not self.house_edit.text().strip():
            return False
        if self.new_location:
            return bool(LOCATION_CODE.match(self.location_code()) and self.name_edit.text().strip())
        return True


class ModePage(QWizardPage):
    """Local file, a replica of the shared server, or the shared server directly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Wo liegen die Daten?"))
        self.setSubTitle(self.tr("Im Zweifel „Lokal“ – das passt für einen einzelnen PC."))
        self.local_radio = QRadioButton(self.tr("&Lokal auf diesem PC"), self)
        self.local_radio.setObjectName("modeLocal")
        self.replica_radio = QRadioButton(self.tr("&Replikat: lokal arbeiten, mit dem Server "
                                                  "abgleichen"), self)  # fmt: skip
        self.replica_radio.setObjectName("modeReplica")
        self.direct_radio = QRadioButton(self.tr("&Direkt mit dem gemeinsamen Server"), self)
        self.direct_radio.setObjectName("modeDirect")
        self.group = QButtonGroup(self)
        for button in (self.local_radio, self.replica_radio, self.direct_radio):
            self.group.addButton(button)
        self.local_radio.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local_radio)
        layout.addWidget(_indented(self.tr("Eine Datei auf diesem PC. Richtig für einen einzelnen "
                                       "Standort oder zum Ausprobieren."), self))  # fmt: skip
        layout.addWidget(self.replica_radio)
        layout.addWidget(_indented(self.tr("Arbeitet auch ohne Netz weiter und gleicht sich mit "
                                       "dem PostgreSQL-Server des Hauses ab."), self))  # fmt: skip
        layout.addWidget(self.direct_radio)
        layout.addWidget(_indented(self.tr("Jede Änderung geht sofort auf den PostgreSQL-Server; "
                                       "braucht eine stabile Verbindung."), self))  # fmt: skip
        layout.addStretch(1)

    def mode(self) -> str:
        if self.replica_radio.isChecked():
            return "replica"
        if self.direct_radio.isChecked():
            return "direct"
        return "local"


class ServerPage(QWizardPage):
    """PostgreSQL connection with a background „Verbindung testen“; Weiter needs a success."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.report: ConnectionReport | None = None
        self._tested: PgParams | None = None
        self._testing = False
        self.setTitle(self.tr("PostgreSQL-Server"))
        self.setSubTitle(self.tr("Die Angaben bekommen Sie von der Administration des Hauses."))
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("pgHost")
        self.host_edit.setPlaceholderText(self.tr("z. B. db.hor-koeln.de"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("pgPort")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit("hor", self)
        self.database_edit.setObjectName("pgDatabase")
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("pgUser")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("pgPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode_combo = QComboBox(self)
        self.sslmode_combo.setObjectName("pgSslMode")
        for mode in SSL_MODES:
            self.sslmode_combo.addItem(self._sslmode_text(mode), mode)
        self.sslmode_combo.setCurrentIndex(SSL_MODES.index("prefer"))
        self.test_button = QPushButton(self.tr("Verbindung &testen"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("connectionDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names = (
            (self.host_edit, self.tr("Server")), (self.port_spin, self.tr("Port")),
            (self.database_edit, self.tr("Datenbank")), (self.user_edit, self.tr("Benutzer")),
            (self.password_edit, self.tr("Passwort")), (self.sslmode_combo, self.tr("TLS-Modus")),
        )  # fmt: skip
        for widget, name in names:
            widget.setAccessibleName(name)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&Datenbank:"), self.database_edit)
        form.addRow(self.tr("&Benutzer:"), self.user_edit)
        form.addRow(self.tr("Pass&wort:"), self.password_edit)
        form.addRow(self.tr("T&LS-Modus:"), self.sslmode_combo)
        keyring_hint = self.tr(
            "Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in der "
            "Einstellungsdatei."
        )
        layout.addWidget(_hint(keyring_hint, self))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self.test_button.clicked.connect(self.test_connection)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._changed)
        self.port_spin.valueChanged.connect(self._changed)
        self.sslmode_combo.currentIndexChanged.connect(self._changed)

    def _sslmode_text(self, mode: str) -> str:
        texts = {
            "disable": self.tr("disable – unverschlüsselt"),
            "allow": self.tr("allow – verschlüsselt, wenn der Server es verlangt"),
            "prefer": self.tr("prefer – verschlüsselt, wenn möglich (Standard)"),
            "require": self.tr("require – immer verschlüsselt"),
            "verify-ca": self.tr("verify-ca – verschlüsselt, Zertifikat geprüft"),
            "verify-full": self.tr("verify-full – verschlüsselt, Zertifikat und Name geprüft"),
        }
        return texts[mode]

    def params(self) -> PgParams:
        return PgParams(
            host=self.host_edit.text().strip(), port=self.port_spin.value(),
            database=self.database_edit.text().strip(), user=self.user_edit.text().strip(),
            password=self.password_edit.text(), sslmode=str(self.sslmode_combo.currentData()),
        )  # fmt: skip

    def _changed(self) -> None:
        if self._tested is not None and self._tested != self.params():
            self._tested, self.report = None, None
            self.result_label.setText(self.tr("Angaben geändert – bitte erneut testen."))
            self.detail_label.clear()
        self.completeChanged.emit()

    def test_connection(self) -> None:
        """Connect on a worker thread; the button waits, the window keeps responding."""
        params = self.params()
        if not (params.host and params.database and params.user):
            self.result_label.setText(self.tr("Bitte Server, Datenbank und Benutzer angeben."))
            return
        self._testing = True
        self.test_button.setEnabled(False)
        self.detail_label.clear()
        self.result_label.setText(self.tr("Verbinde mit {host} …").format(host=params.host))
        self.runner.submit(
            lambda: check_connection(params),
            lambda report: self._succeeded(params, report),
            self._failed,
        )

    def _succeeded(self, params: PgParams, report: ConnectionReport) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        if params != self.params():
            self.result_label.setText(self.tr("Angaben geändert – bitte erneut testen."))
            return
        self._tested, self.report = params, report
        tls = self.tr("verschlüsselt (TLS)") if report.tls else self.tr("unverschlüsselt")
        text = self.tr("✔ Verbindung in Ordnung: PostgreSQL {version}, {tls}.").format(
            version=report.server_version, tls=tls
        )
        if report.staff_count:
            text += " " + self.tr("Das Haus ist dort schon eingerichtet ({count} Mitarbeitende)."
                                  ).format(count=report.staff_count)  # fmt: skip
        self.result_label.setText(text)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        if not isinstance(error, ConnectionFailedError):
            raise error
        self._tested, self.report = None, None
        self.result_label.setText(self.tr("✘ {explanation}").format(explanation=error.explanation))
        self.detail_label.setText(
            self.tr("Meldung des Servers: {detail}").format(detail=error.detail)
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._testing and self.report is not None and self._tested == self.params()


class AdminPage(QWizardPage):
    """The first admin account: name, initials, PIN twice (not needed when staff exist)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Erstes Admin-Konto"))
        self.setSubTitle(self.tr("Mit Kürzel und PIN melden Sie sich an und legen weiteres "
                                 "Personal an (Verwaltung → Personal)."))  # fmt: skip
        self.needed = True
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("adminName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.initials_edit = QLineEdit(self)
        self.initials_edit.setObjectName("adminInitials")
        self.initials_edit.setAccessibleName(self.tr("Kürzel"))
        self.initials_edit.setMaxLength(8)
        self.initials_edit.setPlaceholderText(self.tr("z. B. AM"))
        self.pin_edit = self._pin_edit("adminPin", self.tr("PIN"))
        self.repeat_edit = self._pin_edit("adminPinRepeat", self.tr("PIN wiederholen"))
        self.message = QLabel(self)
        self.message.setObjectName("adminMessage")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kürzel:"), self.initials_edit)
        form.addRow(self.tr("&PIN (4–8 Ziffern):"), self.pin_edit)
        form.addRow(self.tr("PIN &wiederholen:"), self.repeat_edit)
        form.addRow(self.message)
        for edit in (self.name_edit, self.initials_edit, self.pin_edit, self.repeat_edit):
            edit.textChanged.connect(self._validate)

    def _pin_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(8)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        return edit

    def set_needed(self, needed: bool) -> None:
        """Staff exist on the server already: they sign in with their own initials."""
        self.needed = needed
        for edit in (self.name_edit, self.initials_edit, self.pin_edit, self.repeat_edit):
            edit.setEnabled(needed)
        if not needed:
            self.message.setText(self.tr("Auf dem Server gibt es schon Personal. Bitte nach dem "
                                         "Start mit dem eigenen Kürzel anmelden."))  # fmt: skip
        self._validate()

    def problem(self) -> str | None:
        """The first thing still wrong, in German; None when the account can be created."""
        if not self.needed:
            return None
        if not self.name_edit.text().strip():
            return self.tr("Bitte einen Namen eingeben.")
        pin, repeat = self.pin_edit.text(), self.repeat_edit.text()
        try:
            staff.check_pin(pin)
        except HorError:
            return self.tr("Die PIN hat 4 bis 8 Ziffern.")
        if not self.initials_edit.text().strip().isalpha():
            return self.tr("Das Kürzel hat 1 bis 8 Buchstaben.")
        if pin != repeat:
            return self.tr("Die beiden PINs stimmen nicht überein.")
        return None

    def _validate(self) -> None:
        if self.needed:
            typed = any(e.text() for e in (self.pin_edit, self.repeat_edit))
            self.message.setText(self.problem() or "" if typed else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.problem() is None
