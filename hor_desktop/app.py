"""Composition root: settings → database → services → window; the only place wiring layers."""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hor_desktop import __version__
from hor_desktop.config import (
    APP_AUTHOR,
    APP_NAME,
    ENV_DATABASE_URL,
    Settings,
    archive_dir_for,
    config_path,
    load_settings,
)
from hor_desktop.core.actor import Actor
from hor_desktop.core.enums import Role
from hor_desktop.core.errors import ConfigError, HorError, NotFoundError
from hor_desktop.printing.archive import DocumentArchive
from hor_desktop.resources import resource
from hor_desktop.services import backup
from hor_desktop.services.locations import (
    LocationDTO,
    get_by_code,
    list_locations,
    seed_cologne_locations,
)
from hor_desktop.store.database import Database, open_database
from hor_desktop.store.engine import parse_url, sqlite_path
from hor_desktop.ui.changes import ChangeNotifier
from hor_desktop.ui.context import DeskContext
from hor_desktop.ui.i18n import install_translators
from hor_desktop.ui.main_window import MainWindow, SessionInfo
from hor_desktop.ui.messages import install_excepthook, show_startup_error
from hor_desktop.ui.staff.session import StaffSession
from hor_desktop.ui.startup_probe import StartupProbe
from hor_desktop.ui.tasks import TaskRunner, ThreadPoolRunner

log = logging.getLogger(__name__)

EXIT_STARTUP_FAILED = 2
LOG_FILE = "hor-desk.log"
_SYSTEM = Actor(location_id=None, role=Role.ADMIN)


@dataclass
class Startup:
    """Everything the window needs, opened before the first widget exists."""

    settings: Settings
    database: Database
    location: LocationDTO
    actor: Actor  # reception staff at this location until staff log-in exists
    scheduler: Any = None  # sync.scheduler.SyncScheduler once started (replica mode)

    def close(self) -> None:
        if self.scheduler is not None:  # the sync thread must not outlive the database
            self.scheduler.stop(timeout=15.0)
            self.scheduler.engine.close()
            self.scheduler.engine.shared.dispose()  # built by start_sync, so ours to close
            self.scheduler = None
        self.database.close()


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt (``-platform``, ``-style``, …)."""
    parser = argparse.ArgumentParser(prog="hor-desktop", description="HoR Desk starten")
    parser.add_argument(
        "--db", metavar="URL", help="Datenbank-URL (sqlite:///… oder postgresql://…)"
    )
    parser.add_argument("--version", action="version", version=f"HoR Desk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="ohne Bildschirm prüfen: Datenbank, Ausleihe, Leihschein (Exit 0 = in Ordnung)",
    )
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help="Zeit bis zum ersten gezeichneten Fenster messen, ausgeben und beenden",
    )
    options, rest = parser.parse_known_args(list(argv))
    return options, rest


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def configure_logging(log_dir: Path | None = None) -> Path | None:
    """Log to a rotating file; returns it, or None when the folder is not writable."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in [h for h in root.handlers if getattr(h, "hor_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    path: Path | None = (log_dir or default_log_dir()) / LOG_FILE
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
        )
    except OSError:
        path = None
    if sys.stderr is not None:  # a gui-script on Windows has no console
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        handlers.append(console)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.hor_desk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if path is None:
        log.warning("log folder not writable; logging to the console only")
    return path


def _qt_message_to_log(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def database_label(url: str) -> str:
    """File name, or host/database: what the status bar may show (never a password)."""
    path = sqlite_path(url)
    if path is not None:
        return path.name
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return "SQLite (Arbeitsspeicher)"
    return f"{parsed.host or 'localhost'}/{parsed.database or ''}"


def choose_location(database: Database, code: str | None) -> LocationDTO:
    """The configured location, or the first one; seeds the Cologne four on first start.

    Raises: ConfigError when the configured code names no location in the database.
    """
    seeded = seed_cologne_locations(database.unit_of_work(_SYSTEM))
    if code:
        try:
            return get_by_code(database.unit_of_work(_SYSTEM), code)
        except NotFoundError as exc:
            raise ConfigError(
                reason=f"den Standort „{code}“ gibt es in dieser Datenbank nicht"
            ) from exc
    locations = list_locations(database.unit_of_work(_SYSTEM)) or seeded
    return locations[0]


def open_startup(settings: Settings) -> Startup:
    """Open and migrate the database and pick the location; no Qt involved.

    Raises: DatabaseUnavailableError, DatabaseLockedError, DatabaseTooNewError, ConfigError.
    """
    database = open_database(settings.database_url)
    try:
        location = choose_location(database, settings.location_code)
    except BaseException:
        database.close()
        raise
    actor = Actor(location_id=location.id, role=Role.DESK, name="Empfang")
    log.info(
        "HoR Desk %s: mode %s, database %s, location %s",
        __version__,
        settings.mode,
        database_label(settings.database_url),
        location.code,
    )
    return Startup(settings=settings, database=database, location=location, actor=actor)


def build_window(startup: Startup, *, runner: TaskRunner | None = None) -> MainWindow:
    """The main window for an opened session (needs a QApplication, not its event loop)."""
    session = SessionInfo(
        mode=startup.settings.mode,
        database=database_label(startup.settings.database_url),
        location_code=startup.location.code,
        location_name=startup.location.name,
    )
    changes = ChangeNotifier()
    startup.database.commit_listeners.append(changes.notify)
    context = DeskContext(
        unit_of_work=startup.database.unit_of_work,
        # "Empfang" acts until someone signs in; the window asks for a sign-in once
        # staff with a PIN exist (StaffControls checks that in the background).
        session=StaffSession(startup.actor),
        location=startup.location,
        runner=runner or ThreadPoolRunner(),
        archive=DocumentArchive(archive_dir_for(startup.settings)),
        house_name=startup.settings.house_name,
        mode=startup.settings.mode,
        logo=Path(startup.settings.logo_path) if startup.settings.logo_path else None,
        lending_conditions=startup.settings.lending_conditions,
        privacy_notice=startup.settings.privacy_notice,
        two_copies=startup.settings.slip_copies == "2",
        database_path=sqlite_path(startup.settings.database_url),
        changes=changes,
    )
    return MainWindow(session, context)


def needs_first_start(options: argparse.Namespace, environ: Mapping[str, str] = os.environ) -> bool:
    """No settings file and no database given: the first-start wizard sets this PC up."""
    return not options.db and not environ.get(ENV_DATABASE_URL) and not config_path().exists()


def run_first_start_wizard() -> Settings | None:
    """The wizard's settings (saved, or a local trial); None when it was cancelled."""
    from hor_desktop.ui.setup.wizard import run_first_start  # noqa: PLC0415 (first start only)

    return run_first_start()


def launch(
    app: QApplication,
    options: argparse.Namespace,
    *,
    first_start: Callable[[], Settings | None] = run_first_start_wizard,
) -> tuple[Startup, MainWindow] | None:
    """Everything up to the shown window; None after a startup error was shown or the
    first-start wizard was cancelled."""
    settings: Settings | None = None
    try:
        if not needs_first_start(options):
            settings = load_settings(db_override=options.db)
    except ConfigError as exc:
        install_translators(app, "de")
        log.error("settings refused: %s", exc.message)
        show_startup_error(exc)
        return None
    # Parented to app, they stay alive; the wizard speaks German like a fresh settings file.
    install_translators(app, settings.language if settings is not None else "de")
    if settings is None:
        settings = first_start()
        if settings is None:
            log.info("first-start wizard cancelled")
            return None
    try:
        startup = open_startup(settings)
    except HorError as exc:
        log.error("startup refused (%s): %s", exc.code, exc.message)
        show_startup_error(exc)
        return None
    window = build_window(startup)
    window.show()
    start_daily_backup(startup, window.runner)
    # Replica mode: sync starts after the first paint; its modules load off the GUI thread.
    QTimer.singleShot(SYNC_START_DELAY_MS, lambda: start_sync(startup, window))
    return startup, window


SYNC_START_DELAY_MS = 1000


def start_sync(startup: Startup, window: MainWindow) -> None:
    """Build the sync engine in the background, then run the scheduler (replica mode)."""
    if startup.settings.mode != "replica" or startup.scheduler is not None:
        return

    def build() -> Any:
        from hor_desktop.sync import local  # noqa: PLC0415 (not needed before the first paint)
        from hor_desktop.sync.connection import shared_engine_from_settings  # noqa: PLC0415
        from hor_desktop.sync.engine import NotAReplicaError, SyncEngine  # noqa: PLC0415
        from hor_desktop.sync.scheduler import SyncScheduler  # noqa: PLC0415

        if not local.is_replica(startup.database):
            raise NotAReplicaError()
        engine = SyncEngine(
            startup.database, shared_engine_from_settings(startup.settings),
            location_id=str(startup.location.id),
        )  # fmt: skip
        return SyncScheduler(engine)

    def started(scheduler: Any) -> None:
        # Attached before the start, so the first status already reaches the status bar.
        window.sync_bridge.attach(scheduler)
        # The objects of start-up live as long as the program: keep them out of full
        # garbage collections, which otherwise hold the GIL for 100-300 ms while a pull
        # allocates, and the window stalls (bench/bench_sync_gui.py: 197 → 48 ms).
        gc.freeze()
        scheduler.start()
        startup.scheduler = scheduler

    def failed(error: BaseException) -> None:
        if not isinstance(error, HorError):
            raise error
        log.error("sync not started (%s): %s", error.code, error.message)
        window.statusBar().showMessage(
            window.tr("Synchronisation nicht gestartet: {reason}").format(reason=error.message)
        )

    window.runner.submit(build, started, failed)


BACKUP_KEEP_KEY = "backup/keep"


def start_daily_backup(startup: Startup, runner: TaskRunner) -> None:
    """Today's copy of the SQLite file into „Sicherungen“ beside it, in the background."""
    path = sqlite_path(startup.settings.database_url)
    if path is None:
        return  # PostgreSQL: the server's administration backs it up
    try:
        keep = max(1, int(QSettings().value(BACKUP_KEEP_KEY, backup.DAILY_KEEP)))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        keep = backup.DAILY_KEEP

    def done(made: Path | None) -> None:
        if made is not None:
            log.info("daily backup: %s", made)

    def failed(error: BaseException) -> None:
        if not isinstance(error, HorError):
            raise error
        log.warning("daily backup failed: %s", error.message)

    runner.submit(
        lambda: backup.daily_backup(path, path.parent / "Sicherungen", keep), done, failed
    )


def self_test() -> int:
    """Qt loads offscreen, and a loan with its slip can be made in a fresh database."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    print(f"OK Qt {qVersion()} ({app.platformName()})")
    from hor_desktop.selftest import run_self_test  # noqa: PLC0415 (not needed on a normal start)

    try:
        run_self_test()
    except Exception as exc:
        log.exception("self-test failed")
        print(f"FEHLER Selbsttest: {exc}", file=sys.stderr)
        return 1
    print("Selbsttest bestanden")
    return 0


def run(argv: Sequence[str]) -> int:
    options, qt_args = parse_args(argv)
    if options.self_test:
        return self_test()
    log_file = configure_logging()
    install_excepthook(str(log_file) if log_file else None)
    qInstallMessageHandler(_qt_message_to_log)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("HoR Desk")
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    try:
        app.setWindowIcon(QIcon(str(resource("icons", "hor-desk.svg"))))
    except FileNotFoundError:
        log.warning("resources folder missing: no window icon")
    launched = launch(app, options)
    if launched is None:
        return EXIT_STARTUP_FAILED
    startup, window = launched
    if options.startup_probe:
        StartupProbe(window, app).arm()
    try:
        return app.exec()
    finally:
        shutdown(startup, window)


def shutdown(startup: Startup, window: MainWindow) -> None:
    """Let background work finish before the objects it reports to are destroyed and the
    database closes under it."""
    runner_wait = getattr(window.runner, "wait", None)
    if callable(runner_wait):
        runner_wait(10_000)
    startup.close()
