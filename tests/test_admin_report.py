"""hor-admin report: the funders' PDF and CSVs from the command line, on the hand-counted data."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from hor_desktop.cli import main
from hor_desktop.core.clock import FixedClock
from hor_desktop.services.locations import LocationDTO
from hor_desktop.store.database import Database
from tests.printing.pdf_text import all_text
from tests.reports.dataset import SECRET_NAMES, Ids, build_dataset_before


@pytest.fixture
def ids(db: Database, locations: list[LocationDTO], clock: FixedClock) -> Ids:
    return build_dataset_before(db, locations, clock)


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("HOR_DATABASE_URL", raising=False)


@pytest.fixture
def url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


def _run(url: str, *args: str) -> int:
    return main(["--db", url, "report", *args])


def test_pdf_shows_the_hand_counted_figures(
    url: str, ids: Ids, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bericht.pdf"
    assert _run(url, "--from", "01.03.2025", "--to", "2025-03-31", "--out", str(out)) == 0
    text = all_text(out.read_bytes())
    assert "Bericht für Fördergeber" in text
    assert "01.03.2025 – 31.03.2025" in text
    assert "Geräte-Tage" in text and "23" in text
    assert "9,5" in text  # room hours with a decimal comma
    assert "7,5 %" in text  # desk occupancy at A
    for name in SECRET_NAMES:
        assert name not in text
    assert "4 Organisationen" in capsys.readouterr().out


def test_location_filter_by_code(
    url: str, ids: Ids, locations: list[LocationDTO], tmp_path: Path
) -> None:
    out = tmp_path / "a.pdf"
    code = locations[0].code.lower()
    assert _run(url, "--from", "2025-03-01", "--to", "2025-03-31", "--location", code,
                "--out", str(out)) == 0  # fmt: skip
    assert f"{locations[0].code} – {locations[0].name}" in all_text(out.read_bytes())


def test_csv_files_parse_as_german_excel(url: str, ids: Ids, tmp_path: Path) -> None:
    out, folder = tmp_path / "b.pdf", tmp_path / "csv"
    assert _run(url, "--from", "2025-03-01", "--to", "2025-03-31", "--out", str(out),
                "--csv", str(folder)) == 0  # fmt: skip
    raw = (folder / "bericht_raeume.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Standort", "Raum", "Buchungen", "Stunden", "Buchbare Stunden", "Auslastung"]
    saal = next(row for row in rows if row[1] == "Saal")
    assert saal[2:] == ["2", "5,5", "280,0", "1,4 %"]
    overview = (folder / "bericht_uebersicht.csv").read_bytes().decode("utf-8-sig")
    assert "Geräte-Tage;23" in overview
    for path in folder.glob("*.csv"):
        text = path.read_bytes().decode("utf-8-sig")
        assert all(name not in text for name in SECRET_NAMES)
        list(csv.reader(io.StringIO(text), delimiter=";"))


@pytest.mark.parametrize(
    "args",
    [
        ("--from", "31.02.2025", "--to", "2025-03-31"),
        ("--from", "2025-03-31", "--to", "2025-03-01"),
        ("--from", "gestern", "--to", "2025-03-01"),
    ],
)
def test_bad_dates_give_one_line_and_exit_2(
    url: str, ids: Ids, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    assert _run(url, *args, "--out", str(tmp_path / "x.pdf")) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("hor-admin: ")
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_location_gives_one_line(
    url: str, ids: Ids, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(url, "--from", "2025-03-01", "--to", "2025-03-31", "--location", "XYZ",
                "--out", str(tmp_path / "x.pdf")) == 2  # fmt: skip
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
