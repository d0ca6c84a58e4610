"""Receipt numbers ``<LOC>-<YYYY>-<NNNNN>``: the location prefix keeps offline PCs apart."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hor_desktop.core.errors import ValidationError

_PATTERN = re.compile(r"^(?P<loc>[A-Z0-9]{2,8})-(?P<year>\d{4})-(?P<seq>\d{5,})$")
LOCATION_CODE = re.compile(r"^[A-Z0-9]{2,8}$")


@dataclass(frozen=True)
class ReceiptNo:
    location_code: str
    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.location_code}-{self.year:04d}-{self.sequence:05d}"

    @staticmethod
    def prefix(location_code: str, year: int) -> str:
        """The shared start of every receipt number of one location and year."""
        return f"{location_code}-{year:04d}-"

    @classmethod
    def parse(cls, text: str) -> ReceiptNo:
        """Raises: ValidationError when the text is not a receipt number."""
        match = _PATTERN.match(text.strip().upper())
        if not match:
            raise ValidationError(
                f"„{text}“ ist keine Belegnummer (Form: KAL-2026-00042).",
                field="receipt_no",
            )
        return cls(match["loc"], int(match["year"]), int(match["seq"]))

    def next(self) -> ReceiptNo:
        return ReceiptNo(self.location_code, self.year, self.sequence + 1)
