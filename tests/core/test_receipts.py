"""Receipt numbers <LOC>-<YYYY>-<NNNNN>."""

from __future__ import annotations

import pytest

from hor_desktop.core.errors import ValidationError
from hor_desktop.core.receipts import ReceiptNo


def test_receipt_number_is_zero_padded() -> None:
    assert str(ReceiptNo("MIG", 2026, 42)) == "MIG-2026-00042"


def test_parse_round_trips_and_normalises_case() -> None:
    assert ReceiptNo.parse(" kal-2026-00012 ") == ReceiptNo("KAL", 2026, 12)


def test_next_counts_up_within_location_and_year() -> None:
    assert str(ReceiptNo.parse("IH-2026-00099").next()) == "IH-2026-00100"


def test_prefix_is_the_start_of_every_number() -> None:
    prefix = ReceiptNo.prefix("JN", 2027)
    assert str(ReceiptNo("JN", 2027, 1)).startswith(prefix)
    assert prefix == "JN-2027-"


@pytest.mark.parametrize("text", ["", "MIG-26-00001", "MIG-2026-1", "M-2026-00001", "MIG2026"])
def test_malformed_receipt_number_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        ReceiptNo.parse(text)
    assert info.value.field == "receipt_no"
