"""Verwaltung → Einstellungen: hours and closing days, loan days, quotas, texts, letterhead."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.config import Settings, save_settings
from hor_desktop.core.errors import HorError
from hor_desktop.services import desk_quotas, equipment, locations
from hor_desktop.services.desk_quotas import DeskQuotaDTO
from hor_desktop.services.equipment import CategoryDTO
from hor_desktop.services.locations import LocationDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.settings.general import DocumentTextsPage, LetterheadPage
from hor_desktop.ui.settings.hours import HoursPage
from hor_desktop.ui.settings.loans import LoanDefaultsPage, QuotaPage


@dataclass(frozen=True)
class _Loaded:
    locations: list[LocationDTO]
    categories: list[CategoryDTO]
    quotas: list[DeskQuotaDTO]


class SettingsDialog(QDialog):
    """Loads in the background; „Speichern“ writes the database changes through the
    services (role checks, audit log), then this PC's settings file; ``saved`` follows."""

    saved = Signal(object)  # the Settings as written

    def __init__(
        self, context: DeskContext, settings: Settings, *, config_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.config_dir = config_dir
        self.loaded = False
        self._saving = False
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Einstellungen"))
        self.hours_page = HoursPage(context, self)
        self.loans_page = LoanDefaultsPage(self)
        self.quota_page = QuotaPage(context, self)
        self.texts_page = DocumentTextsPage(settings, self)
        self.letterhead_page = LetterheadPage(settings, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self.hours_page, self.tr("Öffnungszeiten"))
        self.tabs.addTab(self.loans_page, self.tr("Ausleihe"))
        self.tabs.addTab(self.quota_page, self.tr("Kontingente"))
        self.tabs.addTab(self.texts_page, self.tr("Dokumenttexte"))
        self.tabs.addTab(self.letterhead_page, self.tr("Briefkopf und Sprache"))
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        note = QLabel(self.tr("Briefkopf, Dokumenttexte und Sprache gelten ab dem nächsten Start "
                              "von HoR Desk; alles andere sofort."), self)  # fmt: skip
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setEnabled(False)  # until the database values are shown
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self.reload()

    def reload(self) -> None:
        uow, location_id = self.context.uow, self.context.location.id

        def work() -> _Loaded:
            return _Loaded(
                locations.list_locations(uow()),
                equipment.list_categories(uow()),
                desk_quotas.list_desk_quotas(uow(), location_id=location_id),
            )

        self.context.runner.submit(work, self._loaded)

    def _loaded(self, data: _Loaded) -> None:
        self.hours_page.set_locations(data.locations)
        self.loans_page.set_categories(data.categories)
        self.quota_page.set_quotas(data.quotas)
        self.loaded = True
        self.save_button.setEnabled(True)

    def save(self) -> None:
        if self._saving or not self.loaded:
            return
        problem = self.letterhead_page.problem()
        try:
            hours = self.hours_page.changes()
        except ValueError as exc:
            problem = str(exc)
        if problem:
            self.message.setText(problem)
            return
        settings = self.texts_page.apply_to(self.letterhead_page.apply_to(self.settings))
        loan_days = self.loans_page.changes()
        quota = self.quota_page.value() if self.quota_page.changed() else None
        quota_changed = self.quota_page.changed()
        uow, location_id, config_dir = self.context.uow, self.context.location.id, self.config_dir

        def work() -> Settings:
            for location, opening_hours in hours:
                locations.update_location(
                    uow(), location_id=location.id, code=location.code, name=location.name,
                    association=location.association, street=location.street,
                    postcode=location.postcode, city=location.city, opening_hours=opening_hours,
                )  # fmt: skip
            for category, days in loan_days:
                equipment.edit_category(
                    uow(), category_id=category.id, name=category.name, default_loan_days=days,
                    deposit_cents=category.deposit_cents, checklist=category.checklist,
                )  # fmt: skip
            if quota_changed:
                desk_quotas.set_desk_quota(
                    uow(), location_id=location_id, organisation_id=None, days_per_month=quota
                )
            save_settings(settings, config_dir=config_dir)
            return settings

        self._saving = True
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Wird gespeichert …"))
        self.context.runner.submit(work, self._saved, self._failed)

    def _saved(self, settings: Settings) -> None:
        self._saving = False
        self.settings = settings
        self.message.setText(self.tr("Gespeichert."))
        self.saved.emit(settings)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if not isinstance(error, HorError):
            raise error
        self.message.setText(error.message)  # the input stays for another try
