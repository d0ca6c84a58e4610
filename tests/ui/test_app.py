"""The composition root: first start without configuration, startup errors, labels, logging."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hor_desktop import __main__ as entry
from hor_desktop import app
from hor_desktop.config import Settings, save_settings
from hor_desktop.core.errors import ConfigError
from hor_desktop.store.database import open_database


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs follows XDG: config, data and logs of this test stay in tmp_path."""
    home = tmp_path / "home"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("HOR_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def fake(_parent: QWidget | None, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake))
    return shown


@pytest.fixture
def qt_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test QApplication, with translators and locale put back afterwards."""
    locale = QLocale()
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def _settings(db_path: Path, **values: str) -> Settings:
    return Settings(database_url=f"sqlite:///{db_path}", **values)  # type: ignore[arg-type]


def test_build_window_against_a_temp_sqlite_database(qtbot: QtBot, db_path: Path) -> None:
    startup = app.open_startup(_settings(db_path))
    try:
        window = app.build_window(startup)
        qtbot.addWidget(window)
        assert window.windowTitle() == f"HoR Desk – {startup.location.name}"
        assert window.mode_label.text() == "Modus: lokal"
        assert window.database_label.text() == "Datenbank: hor.sqlite"
        assert window.location_label.text().startswith(f"Standort: {startup.location.code} – ")
    finally:
        startup.close()


def test_first_start_seeds_the_cologne_locations_and_takes_the_first(db_path: Path) -> None:
    startup = app.open_startup(_settings(db_path))
    startup.close()
    assert startup.location.code == "CCH"  # first by code: CCH, IH, JN, MIG
    assert startup.actor.location_id == startup.location.id


def test_configured_location_is_used(db_path: Path) -> None:
    startup = app.open_startup(_settings(db_path, location_code="MIG"))
    startup.close()
    assert startup.location.name == "HoR Köln – Migrafrica"


def test_unknown_configured_location_is_refused_and_releases_the_file(db_path: Path) -> None:
    with pytest.raises(ConfigError, match="XYZ"):
        app.open_startup(_settings(db_path, location_code="XYZ"))
    open_database(f"sqlite:///{db_path}").close()  # not left locked


def test_first_start_asks_the_wizard_and_a_skipped_wizard_starts_locally(
    qtbot: QtBot, qt_app: QApplication, isolated_dirs: Path
) -> None:
    asked: list[bool] = []

    def skipped_wizard() -> Settings:
        asked.append(True)
        return Settings()  # what „Nur ausprobieren“ returns

    launched = app.launch(qt_app, app.parse_args([])[0], first_start=skipped_wizard)
    assert asked == [True]
    assert launched is not None
    startup, window = launched
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert startup.settings.mode == "local"
        assert (isolated_dirs / "xdg_data_home" / "hor-desk" / "hor.sqlite").is_file()
    finally:
        startup.close()


def test_cancelled_wizard_starts_nothing(qt_app: QApplication, isolated_dirs: Path) -> None:
    assert app.launch(qt_app, app.parse_args([])[0], first_start=lambda: None) is None
    assert not (isolated_dirs / "xdg_data_home" / "hor-desk" / "hor.sqlite").exists()


def test_no_wizard_with_a_settings_file_or_a_given_database(tmp_path: Path) -> None:
    options = app.parse_args([])[0]
    assert app.needs_first_start(options, environ={})
    assert not app.needs_first_start(options, environ={"HOR_DATABASE_URL": "sqlite://"})
    assert not app.needs_first_start(app.parse_args(["--db", "sqlite://"])[0], environ={})
    save_settings(Settings(database_url=f"sqlite:///{tmp_path / 'h.sqlite'}"))
    assert not app.needs_first_start(options, environ={})


def test_locked_database_shows_a_german_error_and_exits_2(
    qt_app: QApplication,
    db_path: Path,
    critical: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # run() installs process-wide hooks; keep pytest-qt's own excepthook in place.
    monkeypatch.setattr(app, "install_excepthook", lambda *_a: None)
    monkeypatch.setattr(app, "qInstallMessageHandler", lambda *_a: None)
    monkeypatch.setattr(app, "configure_logging", lambda *_a: None)
    with open_database(f"sqlite:///{db_path}"):
        assert entry.main(["--db", f"sqlite:///{db_path}"]) == app.EXIT_STARTUP_FAILED
    title, text = critical[0]
    assert title == "Datenbank bereits geöffnet"
    assert "bereits in einem anderen HoR-Desk-Fenster geöffnet" in text


def test_too_new_database_is_refused_with_a_message(
    qt_app: QApplication, db_path: Path, critical: list[tuple[str, str]]
) -> None:
    url = f"sqlite:///{db_path}"
    with open_database(url) as database, database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    assert app.launch(qt_app, app.parse_args(["--db", url])[0]) is None
    assert critical[0][0] == "Datenbank ist neuer als das Programm"
    assert "9999_future" in critical[0][1]


def test_malformed_url_is_refused_with_a_message(
    qt_app: QApplication, critical: list[tuple[str, str]]
) -> None:
    assert app.launch(qt_app, app.parse_args(["--db", "kein-url"])[0]) is None
    assert critical[0][0] == "Datenbank nicht erreichbar"


def test_qt_options_pass_through_the_argument_parser() -> None:
    options, rest = app.parse_args(["--db", "sqlite:///x.db", "-style", "fusion"])
    assert options.db == "sqlite:///x.db"
    assert rest == ["-style", "fusion"]


def test_version_flag_exits_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        entry.main(["--version"])
    assert exited.value.code == 0
    assert "HoR Desk" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("sqlite:////var/lib/hor/hor.sqlite", "hor.sqlite"),
        ("postgresql+psycopg://hor_mig:geheim@db.example:5432/hor", "db.example/hor"),
        ("postgresql://hor_mig:geheim@db.example/hor?sslmode=require", "db.example/hor"),
    ],
)
def test_database_label_never_shows_a_password(url: str, label: str) -> None:
    assert app.database_label(url) == label
    assert "geheim" not in app.database_label(url)


def test_logging_goes_to_a_file(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = app.configure_logging(tmp_path / "logs")
        assert path is not None
        logging.getLogger("hor_desktop.test").warning("Protokoll-Test")
        for handler in root.handlers:
            handler.flush()
        assert "Protokoll-Test" in path.read_text(encoding="utf-8")
        app.configure_logging(tmp_path / "logs")  # a second call replaces, never doubles
        ours = [h for h in root.handlers if getattr(h, "hor_desk", False)]
        assert len(ours) == 2  # the file and the console
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_shutdown_waits_for_background_work_before_closing_the_database(
    qtbot: QtBot, db_path: Path
) -> None:
    # Regression: quitting while tabs still loaded let worker threads report into
    # destroyed signal objects ("Signal source has been deleted" in the crash handler).
    import threading
    import time

    from hor_desktop.ui.tasks import ThreadPoolRunner

    startup = app.open_startup(_settings(db_path))
    window = app.build_window(startup, runner=ThreadPoolRunner())
    qtbot.addWidget(window)
    finished = threading.Event()

    def slow() -> None:
        time.sleep(0.3)
        finished.set()

    window.runner.submit(slow, lambda _result: None)
    app.shutdown(startup, window)
    assert finished.is_set()
