"""The call log and the German reminder text."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from hor_desktop.core.actor import Actor
from hor_desktop.core.clock import FixedClock
from hor_desktop.core.errors import NotFoundError, ValidationError
from hor_desktop.services import calls, returns
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from hor_desktop.store.models import AuditEvent
from tests.services.test_lending import World, add_organisation, assert_refused, make_world

HOUSE = "Haus der Ressourcen Köln"


@pytest.fixture
def world(
    db: Database, clock: FixedClock, locations: list[LocationDTO], desk_actor: Actor
) -> World:
    return make_world(db, clock, locations, desk_actor)


def test_logged_call_is_listed_newest_first_and_audited(world: World) -> None:
    loan = world.check_out([world.cables[0].id])
    first = calls.log_call(
        world.uow(), organisation_id=world.org_id, contact_id=world.contact_id,
        loan_id=loan.id, channel="phone", note="Rückgabe für Freitag zugesagt",
    )  # fmt: skip
    world.clock.advance(timedelta(hours=2))
    second = calls.log_call(
        world.uow(), organisation_id=world.org_id, channel="email", note="Erinnerung gesendet"
    )
    listed = calls.list_calls(world.uow(), organisation_id=world.org_id)
    assert [c.id for c in listed] == [second.id, first.id]
    assert (listed[1].loan_id, listed[1].channel) == (loan.id, "phone")
    assert len(calls.list_calls(world.uow(), organisation_id=world.org_id, limit=1)) == 1
    with world.uow() as uow:
        event = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == first.id)
        ).one()
        assert (event.entity, event.action) == ("call_log", "create")


def test_call_needs_a_note_and_a_known_channel(world: World) -> None:
    assert_refused(
        world, ValidationError, "Notiz",
        lambda: calls.log_call(
            world.uow(), organisation_id=world.org_id, channel="phone", note="  "
        ),
    )  # fmt: skip
    assert_refused(
        world, ValidationError, "Kontaktweg",
        lambda: calls.log_call(
            world.uow(), organisation_id=world.org_id, channel="fax", note="x"
        ),
    )  # fmt: skip


def test_call_about_someone_elses_contact_or_loan_is_refused(world: World) -> None:
    other_org, other_contact = add_organisation(world.db, "Anderer Verein")
    loan = world.check_out([world.cables[0].id])
    with pytest.raises(ValidationError, match="Kontaktperson"):
        calls.log_call(
            world.uow(), organisation_id=other_org, contact_id=world.contact_id,
            channel="phone", note="x",
        )  # fmt: skip
    with pytest.raises(ValidationError, match="Leihvorgang"):
        calls.log_call(
            world.uow(), organisation_id=other_org, contact_id=other_contact, loan_id=loan.id,
            channel="phone", note="x",
        )  # fmt: skip
    with pytest.raises(NotFoundError):
        calls.log_call(world.uow(), organisation_id=uuid.uuid4(), channel="phone", note="x")


def test_reminder_names_receipt_items_due_date_and_days_overdue(world: World) -> None:
    loan = world.check_out([world.projectors[0].id, world.cables[0].id], due=date(2026, 11, 27))
    [partial] = returns.check_in(world.uow(), line_ids=[loan.lines[1].id])
    text = calls.reminder_text(partial, today=date(2026, 12, 1), house_name=HOUSE)
    assert text.startswith("Guten Tag Amina Diallo,")
    assert "Leihschein CCH-2026-00001" in text
    assert "Beamer Epson 0 (Inventarnr. 100230)" in text
    assert "Kabeltrommel" not in text  # already back
    assert "am 27.11.2026 fällig; das ist jetzt 4 Tage her." in text
    assert text.endswith(f"Freundliche Grüße\n{HOUSE}")


@pytest.mark.parametrize(
    ("today", "phrase"),
    [
        (date(2026, 11, 26), "ist am 27.11.2026 fällig."),
        (date(2026, 11, 27), "ist heute, am 27.11.2026, fällig."),
        (date(2026, 11, 28), "war gestern, am 27.11.2026, fällig."),
    ],
)
def test_reminder_wording_around_the_due_date(world: World, today: date, phrase: str) -> None:
    loan = world.check_out([world.cables[0].id], due=date(2026, 11, 27))
    assert phrase in calls.reminder_text(loan, today=today, house_name=HOUSE)
