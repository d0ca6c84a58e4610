"""``hor-admin import-csv`` / ``export-csv``: report per line, exit codes, Excel file."""

from __future__ import annotations

from pathlib import Path

import pytest

from hor_desktop.cli import main

HEADER = "Name;PLZ;E-Mail;Kontakt Name;Kontakt verantwortlich"


@pytest.fixture
def url(tmp_path: Path) -> str:
    db_url = f"sqlite:///{tmp_path / 'admin.sqlite'}"
    assert main(["--db", db_url, "init"]) == 0
    return db_url


def test_import_reports_bad_lines_and_exits_non_zero(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "orgs.csv"
    source.write_text(f"{HEADER}\nGut e.V.;50667;a@b.de;Ana;ja\nSchlecht;123;x;Bo;nein\n", "utf-8")
    assert main(["--db", url, "import-csv", "organisations", str(source), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "Zeile 3: Fehler: Die Postleitzahl hat fünf Ziffern." in out
    assert "Zeile 2" not in out
    source.write_text(f"{HEADER}\nGut e.V.;50667;a@b.de;Ana;ja\n", "utf-8")
    assert main(["--db", url, "import-csv", "organisations", str(source)]) == 0
    assert "Importiert: 1 Organisationen, 1 Kontakte." in capsys.readouterr().out
    target = tmp_path / "export.csv"
    assert main(["--db", url, "export-csv", "organisations", "--out", str(target)]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfName;")
    assert "Gut e.V." in target.read_text("utf-8-sig")
