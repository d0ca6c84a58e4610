"""``hor-admin sync``, ``hor-admin replica init`` and ``hor-admin migrate --shared``."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from hor_desktop.config import Settings
from hor_desktop.core.errors import DatabaseUnavailableError, HorError
from hor_desktop.store.database import Database, open_database

EXIT_OK = 0
EXIT_PROBLEM = 1  # offline, or the round reported an error


class ReplicaExistsError(HorError):
    code = "sync_replica_exists"
    template = (
        "{database} ist bereits ein fertiges Replikat; es wird nicht überschrieben "
        "(für ein neues Replikat eine neue Datei angeben)"
    )


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser(
        "sync", help="mit der gemeinsamen Datenbank synchronisieren (Replikat)"
    )
    what = sync.add_mutually_exclusive_group(required=True)
    what.add_argument("--once", action="store_true", help="eine Runde ausführen")
    what.add_argument("--status", action="store_true", help="Stand zeigen (ohne Netz)")
    sync.add_argument(
        "--shared", metavar="URL", help="gemeinsame Datenbank (sonst aus den Einstellungen)"
    )
    sync.set_defaults(handler=cmd_sync)
    replica = commands.add_parser("replica", help="Replikat einrichten")
    actions = replica.add_subparsers(dest="replica_command", metavar="AKTION", required=True)
    init = actions.add_parser(
        "init", help="diese Datenbank als Replikat anlegen und aus der gemeinsamen laden"
    )
    init.add_argument("--shared", metavar="URL", required=True, help="gemeinsame Datenbank")
    init.add_argument("--location", metavar="KÜRZEL", required=True, help="dieser Standort")
    init.set_defaults(handler=cmd_replica_init)


def shared_engine(settings: Settings, url: str | None) -> Engine:
    from hor_desktop.sync.connection import shared_engine_from_settings  # noqa: PLC0415

    return shared_engine_from_settings(settings, url=url)


def _display(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def cmd_migrate_shared(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """``hor-admin migrate --shared URL``: schema, sync tables, triggers, constraints."""
    from hor_desktop.sync import server  # noqa: PLC0415 (loads Alembic and psycopg)
    from hor_desktop.sync.engine import is_offline_error  # noqa: PLC0415

    out = out or sys.stdout
    engine = shared_engine(args.settings, args.shared)
    try:
        print(f"Gemeinsame Datenbank: {_display(args.shared)}", file=out)
        before = _revision(engine)
        server_id = server.install_shared(engine)
        with engine.connect() as conn:
            info = server.server_info(conn)
        if before == info.schema_revision:
            print(f"Schema: {info.schema_revision} (aktuell)", file=out)
        else:
            print(f"Schema: {before or '(leer)'} → {info.schema_revision}", file=out)
        print(
            "Sync eingerichtet: Änderungsprotokoll, Tabelle der angewandten Operationen, "
            "btree_gist-Ausschlussregeln für bestätigte Buchungen und aktive Ausleihen",
            file=out,
        )
        print(f"Server-ID: {server_id}", file=out)
        print(f"Änderungsprotokoll: {info.last_seq} Einträge", file=out)
    except Exception as exc:
        if is_offline_error(exc):
            raise DatabaseUnavailableError(reason=_reason(exc)) from exc
        raise
    finally:
        engine.dispose()
    return EXIT_OK


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
        if not exists:
            return None
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(value) if value is not None else None


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).strip().splitlines()[0]


def _open_replica(args: argparse.Namespace) -> Database:
    try:
        return open_database(args.url)
    except DBAPIError as exc:  # e.g. "file is not a database" while setting the pragmas
        raise DatabaseUnavailableError(reason=_reason(exc)) from exc


def cmd_sync(args: argparse.Namespace) -> int:
    from hor_desktop.sync import local  # noqa: PLC0415 (loads psycopg)
    from hor_desktop.sync.engine import NotAReplicaError, SyncEngine  # noqa: PLC0415
    from hor_desktop.sync.journal import read_status  # noqa: PLC0415

    with _open_replica(args) as database:
        if args.status:
            if not local.is_replica(database):
                raise NotAReplicaError()
            for line in read_status(database).lines():
                print(line)
            return EXIT_OK
        engine = SyncEngine(database, shared_engine(args.settings, args.shared))
        try:
            report = engine.run_once()
        finally:
            engine.close()
        print(report.summary())
        return EXIT_OK if report.ok else EXIT_PROBLEM


def cmd_replica_init(args: argparse.Namespace) -> int:
    """Create a replica of the shared database, or resume an interrupted initial load."""
    from hor_desktop.sync import local  # noqa: PLC0415 (loads psycopg)
    from hor_desktop.sync.engine import SyncEngine, init_replica, is_offline_error  # noqa: PLC0415

    with _open_replica(args) as database:
        resuming = local.is_replica(database)
        if resuming and not local.needs_bootstrap(database):
            raise ReplicaExistsError(database=database.url)
        engine = shared_engine(args.settings, args.shared)
        try:
            try:
                node = init_replica(database, engine, location_code=args.location)
            except Exception as exc:
                if is_offline_error(exc):
                    raise DatabaseUnavailableError(reason=_reason(exc)) from exc
                raise
            if resuming:
                print("Unterbrochene Erstbefüllung wird fortgesetzt …")
            else:
                print(f"Replikat angelegt: Standort {args.location.upper()}, Knoten {node}")
            report = SyncEngine(database, engine).run_once()
        finally:
            engine.dispose()
    print(report.summary())
    if not report.bootstrap_complete or report.error:
        print("Zum Fortsetzen „hor-admin replica init …“ erneut aufrufen.")
        return EXIT_PROBLEM
    print('Für den Betrieb in den Einstellungen: mode = "replica" und shared_url.')
    return EXIT_OK
