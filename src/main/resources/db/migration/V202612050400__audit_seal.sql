-- The hash chain over the audit log (tamper evidence): seal n holds sha256(hash of seal n-1 | entry's content).
-- Seals are numbered in the order they were made, not by entry id, so an entry that commits late is sealed later.
create table audit_seal (
    seq        bigint primary key,
    entry_id   bigint not null,
    hash       varchar(64) not null,
    sealed_at  timestamp with time zone not null
);
create unique index audit_seal_entry_uk on audit_seal (entry_id);
