"""Pure domain rules: value objects, enums, errors, clock, due dates (no Qt, no SQL)."""
