"""First-start wizard: local mode end to end, and the PostgreSQL connection test."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from hor_desktop.config import config_path, load_settings
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.services import staff
from hor_desktop.services.locations import list_locations
from hor_desktop.store.database import open_database
from hor_desktop.ui.setup.apply import SetupChoices, settings_for
from hor_desktop.ui.setup.connection import PgParams, explain_failure
from hor_desktop.ui.setup.wizard import FirstStartWizard, Page
from hor_desktop.ui.tasks import ThreadPoolRunner
from tests.keyring_support import MemoryKeyring
from tests.ui.setup.support import server_params

SYSTEM = Actor(location_id=None, role=Role.ADMIN)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[FirstStartWizard]:
    runner = ThreadPoolRunner()  # the real background runner: the UI must not block
    made = FirstStartWizard(
        runner=runner,
        config_dir=tmp_path / "config",
        local_url=f"sqlite:///{tmp_path / 'h.sqlite'}",
    )
    qtbot.addWidget(made)
    made.show()
    yield made
    runner.wait(10_000)


def fill_admin(wizard: FirstStartWizard, pin: str = "2468", repeat: str = "2468") -> None:
    page = wizard.admin_page
    page.name_edit.setText("Ada Meyer")
    page.initials_edit.setText("am")
    page.pin_edit.setText(pin)
    page.repeat_edit.setText(repeat)


def test_local_mode_end_to_end_writes_settings_and_the_first_admin(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    wizard.house_page.house_edit.setText("HoR Köln")
    wizard.house_page.location_combo.setCurrentIndex(
        wizard.house_page.location_combo.findData("IH")
    )
    wizard.next()
    assert wizard.currentId() == Page.MODE
    assert wizard.mode_page.local_radio.isChecked()
    wizard.next()
    assert wizard.currentId() == Page.ADMIN  # local: no server page
    fill_admin(wizard, repeat="2469")
    assert not wizard.admin_page.isComplete()
    assert wizard.admin_page.message.text() == "Die beiden PINs stimmen nicht überein."
    fill_admin(wizard)
    assert wizard.admin_page.isComplete()
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.settings is not None, timeout=20_000)

    written = config_path(tmp_path / "config")
    document = tomllib.loads(written.read_text(encoding="utf-8"))
    assert document["mode"] == "local"
    assert document["house_name"] == "HoR Köln"
    assert document["location_code"] == "IH"
    assert "password" not in written.read_text(encoding="utf-8").lower()
    assert load_settings(config_dir=tmp_path / "config", environ={}) == wizard.settings
    with open_database(document["database_url"]) as database:
        actor = staff.authenticate(database.unit_of_work(SYSTEM), initials="AM", pin="2468")
        assert actor.role is Role.ADMIN
        assert actor.name == "Ada Meyer"


def test_a_new_location_code_is_created_on_finish(
    qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path
) -> None:
    combo = wizard.house_page.location_combo
    combo.setCurrentIndex(combo.count() - 1)
    assert not wizard.house_page.isComplete()
    wizard.house_page.code_edit.setText("ehr")
    wizard.house_page.name_edit.setText("HoR Köln – Ehrenfeld")
    assert wizard.house_page.isComplete()
    wizard.next()
    wizard.next()
    fill_admin(wizard)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.settings is not None, timeout=20_000)
    assert wizard.settings is not None and wizard.settings.location_code == "EHR"
    with open_database(wizard.settings.database_url) as database:
        codes = {loc.code: loc.name for loc in list_locations(database.unit_of_work(SYSTEM))}
    assert codes["EHR"] == "HoR Köln – Ehrenfeld"


def test_skipping_starts_a_local_trial_and_writes_nothing(
    wizard: FirstStartWizard, tmp_path: Path
) -> None:
    wizard.button(wizard.WizardButton.CustomButton1).click()
    assert wizard.skipped
    assert wizard.settings is not None and wizard.settings.mode == "local"
    assert not config_path(tmp_path / "config").exists()


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        ('FATAL:  password authentication failed for user "hor"', "Das Passwort ist falsch"),
        ("fe_sendauth: no password supplied", "verlangt ein Passwort"),
        ("failed to resolve host 'db.example': Name or service not known", "findet dieser PC"),
        ('no pg_hba.conf entry for host "10.0.0.5", user "hor", database "hor", no encryption',
         "verlangt eine verschlüsselte Verbindung"),
        ("server does not support SSL, but SSL was required", "bietet keine verschlüsselte"),
        ("connection timeout expired", "nicht erreichbar"),
    ],
)  # fmt: skip
def test_failures_are_explained_in_plain_german(detail: str, expected: str) -> None:
    params = PgParams(host="db.example", port=5432, database="hor", user="hor")
    assert expected in explain_failure(detail, params)


def _fill_server(wizard: FirstStartWizard, params: PgParams) -> None:
    page = wizard.server_page
    page.host_edit.setText(params.host)
    page.port_spin.setValue(params.port)
    page.database_edit.setText(params.database)
    page.user_edit.setText(params.user)
    page.password_edit.setText(params.password)


def _test_and_wait(qtbot: QtBot, wizard: FirstStartWizard) -> str:
    page = wizard.server_page
    page.test_button.click()
    assert not page.test_button.isEnabled()  # running in the background
    qtbot.waitUntil(page.test_button.isEnabled, timeout=15_000)
    return page.result_label.text()


@pytest.mark.postgres
def test_connection_test_fails_in_german_then_succeeds_against_the_server(
    qtbot: QtBot, wizard: FirstStartWizard, pg_url: str
) -> None:
    good = server_params(pg_url)
    wizard.next()
    wizard.mode_page.direct_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == Page.SERVER
    page = wizard.server_page

    _fill_server(wizard, PgParams(**{**good.__dict__, "port": 1}))
    text = _test_and_wait(qtbot, wizard)
    assert "antwortet kein PostgreSQL-Server" in text
    assert not page.isComplete()

    _fill_server(wizard, PgParams(**{**good.__dict__, "database": "hor_gibt_es_nicht"}))
    text = _test_and_wait(qtbot, wizard)
    assert "Die Datenbank „hor_gibt_es_nicht“ gibt es auf dem Server nicht" in text
    assert not page.isComplete()

    _fill_server(wizard, good)
    text = _test_and_wait(qtbot, wizard)
    assert "Verbindung in Ordnung" in text
    assert page.isComplete()
    page.database_edit.setText(good.database + "x")
    assert not page.isComplete()  # changed after the test: test again


@pytest.mark.postgres
def test_direct_mode_keeps_the_password_in_the_keyring_not_the_file(
    qtbot: QtBot, wizard: FirstStartWizard, pg_url: str, tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    good = server_params(pg_url)
    secret = good.password or "geheim-123"  # trust auth ignores it; the keyring must get it
    wizard.next()
    wizard.mode_page.direct_radio.setChecked(True)
    wizard.next()
    _fill_server(wizard, PgParams(**{**good.__dict__, "password": secret}))
    assert "Verbindung in Ordnung" in _test_and_wait(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == Page.ADMIN
    if wizard.admin_page.needed:
        fill_admin(wizard)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.settings is not None, timeout=30_000)
    text = config_path(tmp_path / "config").read_text(encoding="utf-8")
    assert secret not in text
    assert "sslmode=prefer" in text
    assert secret in memory_keyring.store.values()
    reloaded = load_settings(config_dir=tmp_path / "config", environ={})
    assert make_url(reloaded.database_url).password == secret


def test_replica_keeps_tls_mode_in_its_own_setting_and_the_file_local() -> None:
    server = PgParams(host="db.hor", port=5433, database="hor", user="desk", sslmode="require")
    settings = settings_for(
        SetupChoices(house_name="HoR", mode="replica", location_code="MIG", server=server,
                     local_url="sqlite:////tmp/hor-test.sqlite")
    )  # fmt: skip
    assert settings.database_url == "sqlite:////tmp/hor-test.sqlite"
    assert settings.shared_url == "postgresql+psycopg://desk@db.hor:5433/hor"
    assert settings.shared_sslmode == "require"
    direct = settings_for(SetupChoices(house_name="HoR", mode="direct", location_code="MIG",
                                       server=server))  # fmt: skip
    assert direct.database_url.endswith("/hor?sslmode=require")
    assert direct.shared_url is None


def test_the_wizard_is_not_imported_by_a_normal_start() -> None:
    code = (
        "import sys, hor_desktop.app\n"
        "print(sorted(m for m in sys.modules if m.startswith('hor_desktop.ui.setup')"
        " or m in ('hor_desktop.ui.settings.dialog', 'hor_desktop.ui.staff.management')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
