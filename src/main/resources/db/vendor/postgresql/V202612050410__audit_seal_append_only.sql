-- Seals are append-only like the log itself; TRUNCATE skips row triggers, so it is refused for both tables too.
create trigger audit_seal_no_change before update or delete on audit_seal
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_log_append_only();
