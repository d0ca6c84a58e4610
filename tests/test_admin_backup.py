"""``hor-admin backup`` / ``restore`` from the command line, next to a running desk."""

from __future__ import annotations

from pathlib import Path

import pytest

from hor_desktop.cli import main
from hor_desktop.store.database import Database


def test_backup_runs_while_the_desk_has_the_database_open(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sicherung.sqlite"
    assert main(["--db", f"sqlite:///{db_path}", "backup", "--out", str(out)]) == 0
    assert out.is_file()
    assert "Sicherung:" in capsys.readouterr().out


def test_restore_refuses_while_the_desk_runs_and_works_after(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{db_path}"
    out = tmp_path / "sicherung.sqlite"
    assert main(["--db", url, "backup", "--out", str(out)]) == 0
    assert main(["--db", url, "restore", str(out)]) == 2
    assert "bereits in einem anderen HoR-Desk-Fenster" in capsys.readouterr().err
    db.close()
    assert main(["--db", url, "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Wiederhergestellt" in printed and "before-restore" in printed


def test_restore_refuses_a_foreign_file(db_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    junk = tmp_path / "x.sqlite"
    junk.write_bytes(b"nope" * 100)
    assert main(["--db", f"sqlite:///{db_path}", "restore", str(junk)]) == 2
    assert "keine lesbare SQLite-Datenbank" in capsys.readouterr().err
