"""The quota dialog of the Coworking tab: desk-days per month per organisation, and the
location's release time for no-shows (location admins)."""

from __future__ import annotations

import uuid
from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.errors import HorError
from hor_desktop.services import desk_board, desk_quotas
from hor_desktop.services.desk_quotas import DeskQuotaDTO
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.desks.dialogs import OrganisationField
from hor_desktop.ui.desks.models import QuotaTableModel
from hor_desktop.ui.tasks import report_unexpected


class QuotaDialog(QDialog):
    """List, set and remove the location's desk quotas; an empty organisation sets the
    default for every organisation without its own quota."""

    def __init__(
        self, context: DeskContext, parent: QWidget | None = None, *,
        release_time: time = desk_board.DEFAULT_RELEASE_TIME,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.setObjectName("deskQuotaDialog")
        self.setWindowTitle(self.tr("Kontingente für Arbeitsplätze"))
        self.model = QuotaTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.organisation_edit = OrganisationField(context, self)
        self.organisation_edit.setPlaceholderText(self.tr("leer: Standard für alle"))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, 31)
        self.days_spin.setValue(8)
        self.set_button = QPushButton(self.tr("Festlegen"), self)
        self.release_edit = QTimeEdit(QTime(release_time.hour, release_time.minute), self)
        self.release_edit.setObjectName("releaseTimeEdit")
        self.release_edit.setDisplayFormat("HH:mm")
        self.release_edit.setToolTip(
            self.tr("Vormittage und ganze Tage ohne Check-in; Nachmittage ab 14:00.")
        )
        self.release_button = QPushButton(self.tr("Freigabezeit speichern"), self)
        self.release_button.setObjectName("saveReleaseTime")
        self.remove_button = QPushButton(self.tr("Gewähltes entfernen"), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        close.rejected.connect(self.reject)
        self.set_button.clicked.connect(self.set_quota)
        self.remove_button.clicked.connect(self.remove_selected)
        self.release_button.clicked.connect(self.save_release_time)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Platztage im Monat (halber Tag = 0,5)"), self.days_spin)
        release_row = QHBoxLayout()
        release_row.addWidget(self.release_edit)
        release_row.addWidget(self.release_button)
        release_row.addStretch(1)
        form.addRow(self.tr("Nicht Erschienene freigeben ab"), release_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.set_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message_label)
        layout.addWidget(close)
        self.resize(520, 420)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HorError):
            self.message_label.setStyleSheet("color: #b00020;")
            self.message_label.setText(error.message)
        else:
            report_unexpected(error)

    def reload(self) -> None:
        uow, location_id = self.context.uow, self.context.location.id
        self.context.runner.submit(
            lambda: desk_quotas.list_desk_quotas(uow(), location_id=location_id),
            self.model.set_quotas,
            self._failed,
        )

    def _row_chosen(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        quota = self.model.quota(row)
        if quota.organisation_id is not None and quota.organisation_name is not None:
            self.organisation_edit.set_organisation(quota.organisation_name, quota.organisation_id)
        else:
            self.organisation_edit.clear()
        self.days_spin.setValue(quota.days_per_month)

    def set_quota(self) -> None:
        organisation_id = self.organisation_edit.organisation_id()
        if self.organisation_edit.text().strip() and organisation_id is None:
            self._failed(HorError(self.tr("Bitte eine Organisation aus der Liste wählen.")))
            return
        self._save(organisation_id, self.days_spin.value())

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self._save(self.model.quota(row).organisation_id, None)

    def _save(self, organisation_id: uuid.UUID | None, days: int | None) -> None:
        uow, location_id = self.context.uow, self.context.location.id

        def work() -> DeskQuotaDTO | None:
            return desk_quotas.set_desk_quota(
                uow(), location_id=location_id, organisation_id=organisation_id,
                days_per_month=days,
            )  # fmt: skip

        def done(_quota: DeskQuotaDTO | None) -> None:
            self.message_label.setStyleSheet("")
            self.message_label.setText(self.tr("Kontingent gespeichert."))
            self.reload()

        self.context.runner.submit(work, done, self._failed)

    def save_release_time(self) -> None:
        uow, location_id = self.context.uow, self.context.location.id
        chosen = self.release_edit.time()
        release = time(chosen.hour(), chosen.minute())

        def done(in_effect: time) -> None:
            self.message_label.setStyleSheet("")
            self.message_label.setText(
                self.tr("Freigabezeit gespeichert: ab {time} Uhr.").format(
                    time=f"{in_effect:%H:%M}"
                )
            )

        self.context.runner.submit(
            lambda: desk_board.set_desk_release_time(
                uow(), location_id=location_id, release=release
            ),
            done,
            self._failed,
        )
