"""hor-admin: init, check, migrate, demo data, and one-line errors without a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from hor_desktop.cli import main
from hor_desktop.store.database import open_database
from hor_desktop.store.migrate import head_revision


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own settings and database out of the tests."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("HOR_DATABASE_URL", raising=False)


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'x.sqlite'}"


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("hor-admin: ")
    return lines[0]


def test_init_then_check_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", _url(tmp_path), "init"]) == 0
    out = capsys.readouterr().out
    assert "MIG" in out
    assert "Schließtage" in out
    assert main(["--db", _url(tmp_path), "check"]) == 0
    out = capsys.readouterr().out
    assert "FEHLER" not in out
    assert f"Schemastand: {head_revision()}" in out
    assert "SQLite" in out


def test_init_twice_is_harmless(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", _url(tmp_path), "init"]) == 0
    assert main(["--db", _url(tmp_path), "init"]) == 0
    assert "0 neu angelegt" in capsys.readouterr().out


def test_check_reports_a_corrupted_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", _url(tmp_path), "init"]) == 0
    path = tmp_path / "x.sqlite"
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # scramble every page but the header
        data[offset + 8 : offset + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--db", _url(tmp_path), "check"]) != 0
    assert "FEHLER" in capsys.readouterr().out


def test_check_on_a_file_that_is_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.sqlite").write_bytes(b"this is not a database at all" * 200)
    assert main(["--db", _url(tmp_path), "check"]) == 1
    captured = capsys.readouterr()
    assert "FEHLER" in captured.out
    assert "Traceback" not in captured.err


def test_check_reports_an_old_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(_url(tmp_path), migrate=False).close()  # an empty file, no schema
    assert main(["--db", _url(tmp_path), "check"]) == 1
    assert "hor-admin migrate" in capsys.readouterr().out


def test_migrate_prints_from_and_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", _url(tmp_path), "migrate"]) == 0
    assert f"(leer) → {head_revision()}" in capsys.readouterr().out
    assert main(["--db", _url(tmp_path), "migrate"]) == 0
    assert "aktuell" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("nonsense://x", "nur sqlite"),
        ("postgresql://u@127.0.0.1:1/x", "nicht erreichbar"),
    ],
)
def test_bad_database_url_is_one_line_and_exit_2(
    url: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", url, "migrate"]) == 2
    captured = capsys.readouterr()
    assert expected in _one_error_line(captured.err)
    assert "Traceback" not in captured.out


def test_locked_database_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = open_database(_url(tmp_path))
    try:
        assert main(["--db", _url(tmp_path), "init"]) == 2
    finally:
        holder.close()
    assert "bereits in einem anderen" in _one_error_line(capsys.readouterr().err)


def test_newer_schema_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_database(_url(tmp_path))
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    database.close()
    assert main(["--db", _url(tmp_path), "migrate"]) == 2
    assert "9999" in _one_error_line(capsys.readouterr().err)


def test_version_names_the_head_revision(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert head_revision() in out
    assert "hor-admin" in out


def test_unknown_scale_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["--db", _url(tmp_path), "demo-data", "--scale", "XL"]) == 2


def test_demo_data_small(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", _url(tmp_path), "demo-data", "--scale", "S", "--seed", "5"]) == 0
    captured = capsys.readouterr()
    assert "organisations: 20" in captured.out
    assert "Dauer:" in captured.out
    assert "Ausleihen" in captured.err
    assert main(["--db", _url(tmp_path), "check"]) == 0
