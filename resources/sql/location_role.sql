-- HoR Desk: least-privilege login role for one location's PCs on the shared PostgreSQL.
--
-- Run it as the database owner, after `hor-admin migrate --shared URL` (which creates the
-- tables this grants on), once per location, for example:
--
--   psql "postgresql://owner@server/hor" -v role=hor_ehrenfeld -v password='…' \
--        -f resources/sql/location_role.sql
--
-- Run it again after every schema upgrade: new tables only get rights when it runs.
--
-- What the role may do, and why:
--   * synced tables: SELECT, INSERT, UPDATE. Never DELETE or TRUNCATE: rows are
--     soft-deleted (deleted_at), a hard delete would vanish without a trace for the
--     other locations (triggers refuse it as well).
--   * sync_change_log, sync_seq_counter, sync_server_meta, alembic_version: SELECT only.
--     The change log is written by a SECURITY DEFINER trigger owned by the installer, so
--     a location cannot forge or remove entries.
--   * sync_applied_op, sync_quarantine: SELECT, INSERT (a push records its replies).
--   * sync_field_clock: SELECT, INSERT, UPDATE (per-field last-writer-wins clocks).
--   * sync_item_claim: SELECT, INSERT, DELETE (the server's own list of confirmed loan
--     lines; rebuilt per item on every push, not synced).
--   * no CREATE, ALTER, DROP: schema changes only by the owner through `hor-admin migrate`.
--   * the local outbox/state tables exist on the server only because the schema is
--     shared; the role gets no rights on them.

CREATE ROLE :"role" LOGIN PASSWORD :'password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

-- PostgreSQL 15+ does this by default; older servers let every role create tables here.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"role";

-- Every table in the schema, then taken back where a location must only read.
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO :"role";
REVOKE ALL ON sync_outbox, sync_state FROM :"role";
REVOKE INSERT, UPDATE ON sync_change_log, sync_seq_counter, sync_server_meta, alembic_version
    FROM :"role";
REVOKE UPDATE ON sync_applied_op, sync_quarantine FROM :"role";
GRANT DELETE ON sync_item_claim TO :"role";
REVOKE UPDATE ON sync_item_claim FROM :"role";
