-- Hardship assistance, second part: the yearly review started by a job (with a reminder before), re-opened files
-- (a family back in hardship gets a new file that points to its closed one), and reversal bookings (冲正).

alter table hardship_file add column review_started_at timestamp with time zone;
alter table hardship_file add column review_reminded_at timestamp with time zone;
alter table hardship_file add column previous_file_id bigint references hardship_file (id);
create index hardship_file_closed_ix on hardship_file (status, closed_at);

-- 冲正: a reversal is a new ledger line (kind REVERSAL) pointing to the line it reverses; the unique index allows one
-- reversal per line even under a race (NULLs allowed on H2 and PostgreSQL). A reversed aid keeps its record, marked.
alter table hardship_fund_entry add column reversed_entry_id bigint references hardship_fund_entry (id);
create unique index hardship_fund_entry_reversal_uk on hardship_fund_entry (reversed_entry_id);
alter table hardship_aid add column reversed_at timestamp with time zone;
alter table hardship_aid add column reversal_reason varchar(1000);
