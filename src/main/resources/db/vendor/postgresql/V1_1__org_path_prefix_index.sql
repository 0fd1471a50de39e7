-- PostgreSQL only: LIKE 'prefix%' uses a btree index only with the pattern operator class
-- (the database collation is usually not C). H2 uses org_path_uk for the same query.
create index org_path_prefix_ix on org (path text_pattern_ops);

-- The audit log is append-only, also for anyone with SQL access through the application's role.
create function audit_log_append_only() returns trigger language plpgsql as
$$ begin raise exception 'audit_log is append-only'; end $$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();
