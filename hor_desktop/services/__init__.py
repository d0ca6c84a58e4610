"""Use cases: each takes a unit of work, validates, audits, commits once, returns DTOs."""
