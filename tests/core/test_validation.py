"""Input checks: each refusal names its field; the search key folds case and accents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hor_desktop.core import validation as v
from hor_desktop.core.errors import ValidationError


@pytest.mark.parametrize("value", ["info@verein.de", "a.b+c@sub.example.org", None, "  "])
def test_good_email_passes(value: str | None) -> None:
    v.email(value)


@pytest.mark.parametrize("value", ["info@verein", "info verein@x.de", "@x.de", "x@.d"])
def test_bad_email_names_its_field(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v.email(value, field="contact_email")
    assert caught.value.field == "contact_email"


@pytest.mark.parametrize(("value", "ok"), [("50667", True), ("5066", False), ("5066A", False)])
def test_postcode_has_five_digits(value: str, ok: bool) -> None:
    if ok:
        assert v.postcode(value) == value
    else:
        with pytest.raises(ValidationError) as caught:
            v.postcode(value)
        assert caught.value.field == "postcode"


@pytest.mark.parametrize("value", ["VR 12345", "VR12345", "HRB 1234 B", "GnR 7"])
def test_good_register_numbers_pass(value: str) -> None:
    assert v.register_no(value) == value


@pytest.mark.parametrize("value", ["12345", "VR", "XY 123", "VR 12345678"])
def test_bad_register_number_names_its_field(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        v.register_no(value)
    assert caught.value.field == "register_no"


def test_phone_accepts_common_german_forms_only() -> None:
    assert v.phone("+49 (221) 123-456") == "+49 (221) 123-456"
    with pytest.raises(ValidationError) as caught:
        v.phone("ruf mich an")
    assert caught.value.field == "phone"


def test_required_text_refuses_blank_and_too_long() -> None:
    assert v.required_text("  Name ", field="name", label="Der Name") == "Name"
    for bad in ("", "   ", None, "x" * 201):
        with pytest.raises(ValidationError) as caught:
            v.required_text(bad, field="name", label="Der Name")
        assert caught.value.field == "name"


@pytest.mark.parametrize(
    ("text", "key"),
    [("Müller e.V.", "muller e.v."), ("  Straße  der  Vielfalt ", "strasse der vielfalt"),
     ("Łódź", "łodz"), ("Şahin", "sahin"), ("Объединение Кёльна", "объединение кельна")],
)  # fmt: skip
def test_search_key_folds_case_accents_and_spaces(text: str, key: str) -> None:
    assert v.search_key(text) == key


def test_time_range_refuses_naive_and_reversed_times() -> None:
    start = datetime(2026, 12, 2, 17, tzinfo=UTC)
    v.time_range(start, start.replace(hour=18))
    with pytest.raises(ValidationError, match="Zeitzone"):
        v.time_range(start.replace(tzinfo=None), start.replace(hour=18, tzinfo=None))
    with pytest.raises(ValidationError, match="nach dem Beginn"):
        v.time_range(start, start)
