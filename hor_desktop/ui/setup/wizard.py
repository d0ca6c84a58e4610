"""The first-start wizard: runs when no settings file exists, or is skipped for a local trial."""

from __future__ import annotations

import logging
from enum import IntEnum
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget, QWizard

from hor_desktop.config import Mode, Settings
from hor_desktop.core.errors import HorError
from hor_desktop.ui.setup.apply import FirstAdmin, SetupChoices, apply_setup
from hor_desktop.ui.setup.pages import AdminPage, HousePage, ModePage, ServerPage
from hor_desktop.ui.tasks import TaskRunner, ThreadPoolRunner

log = logging.getLogger(__name__)


class Page(IntEnum):
    HOUSE = 0
    MODE = 1
    SERVER = 2
    ADMIN = 3


class FirstStartWizard(QWizard):
    """``settings`` is set once the wizard finished (saved) or was skipped (not saved)."""

    def __init__(
        self, *, runner: TaskRunner | None = None, config_dir: Path | None = None,
        local_url: str = "", parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("HoR Desk einrichten"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.runner = runner or ThreadPoolRunner(parent=self)
        self.config_dir = config_dir
        self.local_url = local_url
        self.settings: Settings | None = None
        self.skipped = False
        self._applying = False
        self.house_page = HousePage(self)
        self.mode_page = ModePage(self)
        self.server_page = ServerPage(self.runner, self)
        self.admin_page = AdminPage(self)
        self.setPage(Page.HOUSE, self.house_page)
        self.setPage(Page.MODE, self.mode_page)
        self.setPage(Page.SERVER, self.server_page)
        self.setPage(Page.ADMIN, self.admin_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Zurück"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Fertigstellen"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Abbrechen"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Nur ausprobieren"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Ohne Einrichtung lokal starten; der Assistent kommt beim nächsten Start "
                    "wieder.")
        )  # fmt: skip
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.button(QWizard.WizardButton.CustomButton1).clicked.connect(self.skip)
        self.currentIdChanged.connect(self._page_changed)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("setupStatus")
        self.status_label.setWordWrap(True)
        self.admin_page.layout().addWidget(self.status_label)  # type: ignore[union-attr]
        self.resize(640, 520)

    def nextId(self) -> int:
        current = self.currentId()
        if current == Page.MODE and self.mode_page.mode() == "local":
            return Page.ADMIN
        if current == Page.ADMIN:
            return -1
        return super().nextId()

    def _page_changed(self, page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(page_id == Page.HOUSE)
        if page_id == Page.ADMIN:
            report = self.server_page.report if self.mode_page.mode() != "local" else None
            # Direct mode shares the server's staff; a replica keeps its own file until synced.
            self.admin_page.set_needed(
                not (report and report.staff_count and self.mode_page.mode() == "direct")
            )

    def skip(self) -> None:
        """A local trial with the defaults; nothing is written, so the wizard returns."""
        self.skipped = True
        self.settings = Settings()
        super().accept()

    def choices(self) -> SetupChoices:
        mode: Mode = self.mode_page.mode()  # type: ignore[assignment]
        admin = None
        if self.admin_page.needed:
            admin = FirstAdmin(
                display_name=self.admin_page.name_edit.text().strip(),
                initials=self.admin_page.initials_edit.text().strip().upper(),
                pin=self.admin_page.pin_edit.text(),
            )
        return SetupChoices(
            house_name=self.house_page.house_edit.text().strip(), mode=mode,
            location_code=self.house_page.location_code(),
            location_name=self.house_page.name_edit.text().strip() or None
            if self.house_page.new_location else None,
            server=self.server_page.params() if mode != "local" else None,
            admin=admin, local_url=self.local_url,
        )  # fmt: skip

    def accept(self) -> None:
        """Fertigstellen: set up database and settings in the background, then close."""
        if self._applying:
            return
        self._applying = True
        self._set_busy(True)
        self.status_label.setText(self.tr("HoR Desk wird eingerichtet …"))
        choices, config_dir = self.choices(), self.config_dir
        self.runner.submit(
            lambda: apply_setup(choices, config_dir=config_dir), self._applied, self._failed
        )

    def reject(self) -> None:
        if self._applying:
            return  # Esc or the window's close button while the database is being prepared
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        for which in (
            QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):  # fmt: skip
            self.button(which).setEnabled(not busy)

    def _applied(self, settings: Settings) -> None:
        self._applying = False
        self.settings = settings
        self.status_label.setText(self.tr("Eingerichtet."))
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._applying = False
        self._set_busy(False)
        if not isinstance(error, HorError):
            raise error
        log.warning("first-start set-up failed: %s", error.message)
        self.status_label.setText(
            self.tr("Einrichtung fehlgeschlagen: {reason}").format(reason=error.message)
        )


def run_first_start(config_dir: Path | None = None) -> Settings | None:
    """Show the wizard modally; the settings to start with, or None when it was cancelled."""
    wizard = FirstStartWizard(config_dir=config_dir)
    wizard.exec()
    return wizard.settings
