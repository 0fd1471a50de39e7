-- Passwords expire after workers-home.security.password-max-age (等保三级: periodic change); existing accounts
-- count from their creation.
alter table account add column password_changed_at timestamp with time zone;
update account set password_changed_at = created_at;
