"""The wizard's PostgreSQL fields for the test server (HOR_TEST_PG_URL)."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from hor_desktop.ui.setup.connection import PgParams


def server_params(pg_url: str) -> PgParams:
    url = make_url(pg_url)
    return PgParams(
        host=url.host or "127.0.0.1", port=url.port or 5432, database=url.database or "",
        user=url.username or "postgres", password=url.password or "",
    )  # fmt: skip
