"""CSV import and export of organisations and contacts, German-Excel compatible.

One line per contact person; an organisation without contacts has one line without
contact columns. Lines with the same organisation name belong to one organisation (the
first line carries its data). An import is checked completely first and written in one
transaction only when no line has an error.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from hor_desktop.core.enums import AuditAction, OrganisationStatus, Role
from hor_desktop.core.errors import HorError, ValidationError
from hor_desktop.core.names import normalise_organisation_name, phone_digits
from hor_desktop.store.models import Contact, Location, Organisation
from hor_desktop.store.repositories import organisation_history as history
from hor_desktop.store.uow import UnitOfWork

from . import audit
from .contacts import contact_values
from .organisations import organisation_values

ORG_COLUMNS = (
    ("name", "Name"), ("short_name", "Kurzname"), ("legal_form", "Rechtsform"),
    ("register_no", "Registernummer"), ("street", "Straße"), ("postcode", "PLZ"),
    ("city", "Ort"), ("email", "E-Mail"), ("phone", "Telefon"), ("website", "Webseite"),
    ("document_language", "Sprache"), ("home_location", "Standort"), ("notes", "Notizen"),
)  # fmt: skip
CONTACT_COLUMNS = (
    ("contact_name", "Kontakt Name"), ("contact_role", "Kontakt Funktion"),
    ("contact_email", "Kontakt E-Mail"), ("contact_phone", "Kontakt Telefon"),
    ("contact_responsible", "Kontakt verantwortlich"), ("contact_may_sign", "Kontakt zeichnet"),
)  # fmt: skip
COLUMNS = ORG_COLUMNS + CONTACT_COLUMNS
_YES = {"ja", "j", "x", "1", "true", "yes", "wahr"}
_NO = {"", "nein", "n", "0", "false", "no", "falsch"}
_EXCEL_FORMULA = ("=", "@", "+", "-")


@dataclass(frozen=True)
class ImportLine:
    """One data line of the file, with what is wrong with it and what it resembles."""

    line_no: int
    name: str
    contact_name: str
    errors: tuple[str, ...]
    duplicates: tuple[str, ...]


@dataclass
class ImportReport:
    encoding: str
    separator: str
    lines: list[ImportLine] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    organisations: int = 0
    contacts: int = 0
    imported: bool = False

    @property
    def error_lines(self) -> list[int]:
        return [line.line_no for line in self.lines if line.errors]

    @property
    def ok(self) -> bool:
        return not self.file_errors and not self.error_lines

    def text(self) -> str:
        """The per-line report as printed by ``hor-admin import-csv``."""
        out = [f"Datei: {self.encoding}, Trennzeichen „{self.separator}“"]
        out += [f"Datei: {message}" for message in self.file_errors]
        for line in self.lines:
            out += [f"Zeile {line.line_no}: Fehler: {message}" for message in line.errors]
            out += [
                f"Zeile {line.line_no}: Warnung: ähnlich wie „{other}“ im Bestand"
                for other in line.duplicates
            ]
        errors = len(self.error_lines)
        if self.imported:
            out.append(
                f"Importiert: {self.organisations} Organisationen, {self.contacts} Kontakte."
            )
        elif errors or self.file_errors:
            out.append(f"{errors} Zeilen mit Fehlern; nichts importiert.")
        else:
            out.append(
                f"Geprüft: {self.organisations} Organisationen, {self.contacts} Kontakte; "
                "keine Fehler."
            )
        return "\n".join(out)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, else Windows-1252 (old Excel)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 mit BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def detect_separator(header: str) -> str:
    """ ";" (German Excel), "," or a tab: whichever the header line has most of."""
    counts = {sep: header.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=lambda sep: (counts[sep], sep == ";"))


def _flag(value: str, field_name: str) -> bool:
    text = value.strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(f"„{value}“ ist weder ja noch nein.", field=field_name)


def _clean(cell: str) -> str:
    # Our own export protects formulas with a leading apostrophe; take it off again.
    if cell.startswith("'") and cell[1:2] in _EXCEL_FORMULA:
        return cell[1:]
    return cell


@dataclass
class _Parsed:
    line_no: int
    org: dict[str, Any] | None
    contact: dict[str, Any] | None
    errors: list[str]


def _collect(errors: list[str], check: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    try:
        return check()
    except HorError as exc:
        errors.append(exc.message)
        return None


def _parse_line(cells: dict[str, str], locations: dict[str, Any], first_of_org: bool) -> _Parsed:
    errors: list[str] = []
    org: dict[str, Any] | None = None
    if first_of_org:
        code = cells["home_location"].strip().upper()
        if code and code not in locations:
            errors.append(
                f"Unbekannter Standort „{code}“ (bekannt: {', '.join(sorted(locations))})."
            )
        language = cells["document_language"].strip().casefold() or "de"
        org = _collect(
            errors,
            lambda: organisation_values(
                name=cells["name"],
                short_name=cells["short_name"],
                legal_form=cells["legal_form"],
                register_no=cells["register_no"],
                street=cells["street"],
                postcode=cells["postcode"],
                city=cells["city"],
                email=cells["email"],
                phone=cells["phone"],
                website=cells["website"],
                document_language=language,
                home_location_id=locations.get(code),
                notes=cells["notes"],
            ),
        )
    contact = None
    if any(cells[key].strip() for key, _label in CONTACT_COLUMNS):
        contact = _collect(
            errors,
            lambda: contact_values(
                name=cells["contact_name"],
                role=cells["contact_role"],
                email=cells["contact_email"],
                phone=cells["contact_phone"],
                is_responsible=_flag(cells["contact_responsible"], "contact_responsible"),
                may_sign=_flag(cells["contact_may_sign"], "contact_may_sign"),
                legal_basis=None,
                consent_at=None,
                consent_version=None,
                consent_channel=None,
            ),
        )
    return _Parsed(0, org, contact, errors)


def _check(uow: UnitOfWork, data: bytes) -> tuple[ImportReport, list[_Parsed]]:
    text, encoding = decode(data)
    first_line = text.split("\n", 1)[0]
    separator = detect_separator(first_line)
    report = ImportReport(encoding=encoding, separator=separator)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header = [_clean(cell).strip() for cell in next(reader, [])]
    by_label = {label.casefold(): key for key, label in COLUMNS}
    keys = [by_label.get(cell.casefold()) for cell in header]
    missing = [label for key, label in COLUMNS if key not in keys]
    if "name" not in keys:
        report.file_errors.append(
            f"Kopfzeile ohne Spalte „Name“; erwartet: {', '.join(label for _k, label in COLUMNS)}."
        )
        return report, []
    with uow:
        locations = {
            code: location_id
            for code, location_id in uow.session.execute(
                select(Location.code, Location.id).where(Location.deleted_at.is_(None))
            )
        }
        candidates = history.list_duplicate_candidates(uow.session)
    by_name = {normalise_organisation_name(c.name): c.name for c in candidates}
    by_email = {mail: c.name for c in candidates for mail in c.emails}
    by_phone = {phone_digits(p): c.name for c in candidates for p in c.phones}
    seen_orgs: set[str] = set()
    parsed: list[_Parsed] = []
    previous_end = reader.line_num
    for raw in reader:
        line_no, previous_end = previous_end + 1, reader.line_num
        if not any(cell.strip() for cell in raw):
            continue
        if len(raw) != len(header):
            report.lines.append(
                ImportLine(
                    line_no,
                    raw[0] if raw else "",
                    "",
                    (
                        f"{len(raw)} statt {len(header)} Spalten "
                        "(Trennzeichen oder Anführungszeichen prüfen).",
                    ),
                    (),
                )
            )
            parsed.append(_Parsed(line_no, None, None, ["columns"]))
            continue
        cells = {key: "" for key, _label in COLUMNS}
        for key, cell in zip(keys, raw, strict=True):
            if key is not None:
                cells[key] = _clean(cell)
        name_key = cells["name"].strip()
        first = name_key not in seen_orgs or not name_key
        seen_orgs.add(name_key)
        row = _parse_line(cells, locations, first)
        row.line_no = line_no
        duplicates: list[str] = []
        if first and row.org is not None:
            for hit in (
                by_name.get(normalise_organisation_name(row.org["name"])),
                by_email.get((row.org["email"] or "").casefold()),
                by_phone.get(phone_digits(row.org["phone"])),
            ):
                if hit and hit not in duplicates:
                    duplicates.append(hit)
        report.lines.append(
            ImportLine(
                line_no,
                name_key,
                cells["contact_name"].strip(),
                tuple(row.errors),
                tuple(duplicates),
            )
        )
        row.org = row.org if first else {"name": name_key}
        parsed.append(row)
    del missing  # optional columns may be left out
    report.organisations = sum(1 for p in parsed if p.org and "name_key" in p.org)
    report.contacts = sum(1 for p in parsed if p.contact)
    return report, parsed


def import_organisations(uow: UnitOfWork, *, data: bytes, dry_run: bool = False) -> ImportReport:
    """Check a CSV file and, when no line has an error, import it all in one transaction.

    Duplicates of organisations in the register are warnings: the report names them.
    Raises: PermissionDeniedError.
    """
    uow.actor.require(Role.LOCATION_ADMIN, action="Organisationen importieren")
    report, parsed = _check(uow, data)
    if not report.ok or dry_run:
        return report
    with uow:
        current: Organisation | None = None
        for row in parsed:
            if row.org is not None and "name_key" in row.org:
                current = Organisation(**row.org, status=OrganisationStatus.ACTIVE)
                uow.session.add(current)
                uow.session.flush()
                audit.record(
                    uow,
                    entity="organisation",
                    entity_id=current.id,
                    action=AuditAction.CREATE,
                    changes={"source": "csv", "line": row.line_no},
                )
            if row.contact is not None and current is not None:
                contact = Contact(organisation_id=current.id, **row.contact)
                uow.session.add(contact)
                uow.session.flush()
                audit.record(
                    uow,
                    entity="contact",
                    entity_id=contact.id,
                    action=AuditAction.CREATE,
                    changes={
                        "organisation_id": current.id,
                        "fields": sorted(k for k, v in row.contact.items() if v),
                        "source": "csv",
                    },
                )
        uow.commit()
    report.imported = True
    return report


def _excel_safe(value: Any) -> str:
    """Text for a cell; a leading = @ (or + - before a non-digit) would run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "@") or (
        text[:1] in ("+", "-") and not text[1:2].isdigit() and text[1:2] != " "
    ):
        return "'" + text
    return text


def export_organisations(uow: UnitOfWork) -> bytes:
    """All live organisations with their contacts (anonymised ones left out), as German
    Excel reads it: ";" separated, UTF-8 with BOM, CRLF line ends."""
    with uow:
        locations = {
            location_id: code
            for location_id, code in uow.session.execute(select(Location.id, Location.code))
        }
        orgs = uow.session.scalars(
            select(Organisation)
            .where(
                Organisation.deleted_at.is_(None), Organisation.status != OrganisationStatus.MERGED
            )
            .order_by(Organisation.name_key, Organisation.id)
        ).all()
        contacts: dict[Any, list[Contact]] = {}
        for contact in uow.session.scalars(
            select(Contact)
            .where(Contact.deleted_at.is_(None), Contact.anonymised_at.is_(None))
            .order_by(Contact.is_responsible.desc(), Contact.name_key)
        ):
            contacts.setdefault(contact.organisation_id, []).append(contact)
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([label for _key, label in COLUMNS])
        for org in orgs:
            base = [
                org.name,
                org.short_name,
                org.legal_form,
                org.register_no,
                org.street,
                org.postcode,
                org.city,
                org.email,
                org.phone,
                org.website,
                org.document_language,
                locations.get(org.home_location_id) if org.home_location_id else None,
                org.notes,
            ]
            people: list[Contact | None] = list(contacts.get(org.id, [])) or [None]
            for person in people:
                extra: list[Any] = ["", "", "", "", "", ""]
                if person is not None:
                    extra = [
                        person.name,
                        person.role,
                        person.email,
                        person.phone,
                        "ja" if person.is_responsible else "nein",
                        "ja" if person.may_sign else "nein",
                    ]
                writer.writerow([_excel_safe(value) for value in (*base, *extra)])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
