"""``hor-desktop --self-test``: prove an installation works end to end, without a display.

Creates a temporary database, runs the migrations, creates a loan and renders its
lending slip. Qt-free; app.py adds the check that Qt itself loads.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.services import (
    contacts,
    documents,
    equipment,
    lending,
    locations,
    organisations,
)
from hor_desktop.store.database import open_database
from hor_desktop.store.migrate import head_revision

Report = Callable[[str], None]


def run_self_test(report: Report = print) -> None:
    """Raises whatever fails: the caller turns it into a non-zero exit code."""
    with tempfile.TemporaryDirectory(prefix="hor-selftest-") as folder:
        root = Path(folder)
        with open_database(f"sqlite:///{root / 'selftest.sqlite'}") as database:
            report(f"OK Datenbank angelegt, Schema {head_revision()}")
            system = Actor(location_id=None, role=Role.ADMIN, name="Selbsttest")
            site = locations.seed_cologne_locations(database.unit_of_work(system))[0]
            admin = Actor(location_id=site.id, role=Role.ADMIN, name="Selbsttest")
            category = equipment.create_category(
                database.unit_of_work(admin), name="Beamer", default_loan_days=7
            )
            item = equipment.create_item(
                database.unit_of_work(admin), inventory_no="100001", name="Beamer Test",
                category_id=category.id, home_location_id=site.id,
            )  # fmt: skip
            org = organisations.create_organisation(
                database.unit_of_work(admin), name="Selbsttest e.V."
            )
            contact = contacts.add_contact(
                database.unit_of_work(admin), organisation_id=org.id, name="Erika Mustermann",
                is_responsible=True,
            )  # fmt: skip
            loan = lending.check_out(
                database.unit_of_work(admin), organisation_id=org.id, contact_id=contact.id,
                item_ids=[item.id],
            )  # fmt: skip
            report(f"OK Ausleihe {loan.receipt_no} angelegt")
            issued = documents.issue_loan_document(
                database.unit_of_work(admin), loan_id=loan.id, kind="lending_slip",
                archive=DocumentArchive(root / "archiv"),
            )  # fmt: skip
            if not issued.pdf.startswith(b"%PDF"):
                raise RuntimeError("the lending slip is not a PDF")
            report(f"OK Leihschein erzeugt ({len(issued.pdf)} Bytes)")
