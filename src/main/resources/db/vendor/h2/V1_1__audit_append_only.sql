-- H2 counterpart of the PostgreSQL vendor migration V1_1 (keeps version numbers aligned across databases).
-- H2 has no PL triggers in SQL; append-only is enforced by the application (AuditEntry is @Immutable).
select 1;
