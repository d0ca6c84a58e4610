"""The item detail pane: master data, status, loan history, reservations, maintenance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.core.enums import ItemStatus
from hor_desktop.services.inventory_views import ItemDetailDTO, StatusEventDTO
from hor_desktop.ui.inventory.formatting import day, loan_state_text, moment, money, status_text
from hor_desktop.ui.inventory.models import TextTableModel


def _table(model: TextTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the organisation
    return view


class ItemDetailPane(QWidget):
    """Shows one ItemDetailDTO; knows nothing about loading it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDetailPane")
        self.detail: ItemDetailDTO | None = None

        self.title = QLabel(self.tr("Kein Gerät ausgewählt"), self)
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("category", self.tr("Kategorie")),
            ("home", self.tr("Heimatstandort")),
            ("current", self.tr("Jetzt bei")),
            ("status", self.tr("Status")),
            ("accessories", self.tr("Zubehör")),
            ("condition", self.tr("Zustand")),
            ("serial", self.tr("Seriennummer")),
            ("value", self.tr("Wert")),
            ("notes", self.tr("Notizen")),
        ):
            value = QLabel(self)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[key] = value

        self.loans_model = TextTableModel(
            (
                self.tr("Leihschein"),
                self.tr("Organisation"),
                self.tr("Zeitraum"),
                self.tr("Stand"),
                self.tr("Zurück am"),
            ),
            self,
        )
        self.reservations_model = TextTableModel(
            (
                self.tr("Leihschein"),
                self.tr("Organisation"),
                self.tr("Kontakt"),
                self.tr("Zeitraum"),
            ),
            self,
        )
        self.history_model = TextTableModel(
            (self.tr("Am"), self.tr("Status"), self.tr("Grund"), self.tr("Bis"), self.tr("Von")),
            self,
        )
        self.lists = QTabWidget(self)
        self.lists.setObjectName("detailLists")
        for model, title in (
            (self.loans_model, self.tr("Ausleihen")),
            (self.reservations_model, self.tr("Reservierungen")),
            (self.history_model, self.tr("Wartung und Status")),
        ):
            table = _table(model, self)
            table.setAccessibleName(title)  # a screen reader names each list by its tab
            self.lists.addTab(table, title)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.lists, 1)

    def clear(self) -> None:
        self.detail = None
        self.title.setText(self.tr("Kein Gerät ausgewählt"))
        for label in self.fields.values():
            label.clear()
        for model in (self.loans_model, self.reservations_model, self.history_model):
            model.set_rows([])

    def show_detail(self, detail: ItemDetailDTO) -> None:
        self.detail = detail
        item = detail.item
        self.title.setText(
            self.tr("{inventory_no} – {name}").format(
                inventory_no=item.inventory_no, name=item.name
            )
        )
        f = self.fields
        f["category"].setText(detail.category_name)
        f["home"].setText(detail.home_location_name)
        f["current"].setText(detail.current_location_name)
        f["status"].setText(self._status_line(item.status, item.status_reason, item.status_until))
        f["accessories"].setText(item.accessories or "")
        f["condition"].setText(item.condition or "")
        f["serial"].setText(item.serial_no or "")
        f["value"].setText(money(item.value_cents))
        f["notes"].setText(item.notes or "")
        self.loans_model.set_rows(
            [
                (
                    loan.receipt_no,
                    loan.organisation_name,
                    self._period(loan.start_date, loan.due_date),
                    loan_state_text(loan.state),
                    moment(loan.returned_at),
                )
                for loan in detail.loans
            ],
            [loan.loan_id for loan in detail.loans],
        )
        self.reservations_model.set_rows(
            [
                (
                    res.receipt_no,
                    res.organisation_name,
                    self._contact(res.contact_name, res.contact_phone),
                    self._period(res.start_date, res.due_date),
                )
                for res in detail.reservations
            ],
            [res.loan_id for res in detail.reservations],
        )
        self.history_model.set_rows([self._event_cells(e) for e in detail.status_history])

    def _status_line(self, status: ItemStatus, reason: str | None, until: date | None) -> str:
        text = status_text(status)
        if reason and until:
            return self.tr("{status}: {reason} (bis {until})").format(
                status=text, reason=reason, until=day(until)
            )
        if reason:
            return self.tr("{status}: {reason}").format(status=text, reason=reason)
        if until:
            return self.tr("{status} (bis {until})").format(status=text, until=day(until))
        return text

    def _period(self, start: date, end: date) -> str:
        return self.tr("{start} – {end}").format(start=day(start), end=day(end))

    def _contact(self, name: str, phone: str | None) -> str:
        if phone:
            return self.tr("{name}, Tel. {phone}").format(name=name, phone=phone)
        return name

    def _event_cells(self, event: StatusEventDTO) -> tuple[str, ...]:
        return (
            moment(event.occurred_at),
            status_text(event.new_status) if event.new_status else "",
            event.reason or "",
            day(event.until),
            event.staff_name or "",
        )
