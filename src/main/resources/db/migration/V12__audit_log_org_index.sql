-- The audit log is read within the reader's data scope (entries whose org is in their subtree), newest first.
create index audit_log_org_ix on audit_log (org_id, occurred_at);
