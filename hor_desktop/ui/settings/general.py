"""Settings pages kept in this PC's settings file: letterhead, language, document texts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hor_desktop.config import Settings

LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class LetterheadPage(QWidget):
    """House name and logo for every document, and the language of the program."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.house_edit = QLineEdit(settings.house_name, self)
        self.house_edit.setObjectName("houseNameEdit")
        self.house_edit.setAccessibleName(self.tr("Name des Hauses"))
        self.logo_edit = QLineEdit(settings.logo_path or "", self)
        self.logo_edit.setObjectName("logoPathEdit")
        self.logo_edit.setAccessibleName(self.tr("Logo-Datei"))
        self.logo_edit.setPlaceholderText(self.tr("kein Logo"))
        self.browse_button = QPushButton(self.tr("&Durchsuchen …"), self)
        self.browse_button.clicked.connect(self.browse_logo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Sprache"))
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_note = QLabel(
            self.tr("Die Sprache wechselt nach einem Neustart von HoR Desk."), self
        )
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name des Hauses:"), self.house_edit)
        logo_label = QLabel(self.tr("&Logo (PNG/JPEG):"), self)
        logo_label.setBuddy(self.logo_edit)
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("&Sprache:"), self.language_combo)
        form.addRow("", self.language_note)

    def browse_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo wählen"),
            self.logo_edit.text(),
            self.tr("Bilder (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.logo_edit.setText(chosen)

    def problem(self) -> str | None:
        if not self.house_edit.text().strip():
            return self.tr("Bitte den Namen des Hauses angeben (er steht im Briefkopf).")
        return None

    def apply_to(self, settings: Settings) -> Settings:
        return replace(
            settings,
            house_name=self.house_edit.text().strip(),
            logo_path=self.logo_edit.text().strip() or None,
            language=str(self.language_combo.currentData()),
        )


class DocumentTextsPage(QWidget):
    """The house's own lending conditions and data-protection notice (empty: the default)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conditions_edit = self._text("lendingConditionsEdit", settings.lending_conditions,
                                          self.tr("Leihbedingungen"))  # fmt: skip
        self.privacy_edit = self._text("privacyNoticeEdit", settings.privacy_notice,
                                       self.tr("Datenschutzhinweis"))  # fmt: skip
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Leer lassen für die mitgelieferten Texte. Sie stehen auf jedem "
                              "Leihschein."), self)  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        conditions_label = QLabel(self.tr("&Leihbedingungen:"), self)
        conditions_label.setBuddy(self.conditions_edit)
        layout.addWidget(conditions_label)
        layout.addWidget(self.conditions_edit, 1)
        privacy_label = QLabel(self.tr("&Datenschutzhinweis (Art. 13 DSGVO):"), self)
        privacy_label.setBuddy(self.privacy_edit)
        layout.addWidget(privacy_label)
        layout.addWidget(self.privacy_edit, 1)

    def _text(self, name: str, value: str | None, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "", self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        return edit

    def apply_to(self, settings: Settings) -> Settings:
        return replace(
            settings,
            lending_conditions=self.conditions_edit.toPlainText().strip() or None,
            privacy_notice=self.privacy_edit.toPlainText().strip() or None,
        )
