-- Hardship assistance, second part: the yearly review started by a job (with a reminder before), re-opened files
-- (a family back in hardship gets a new file that points to its closed one), and reversal bookings (冲正).

alter table hardship_file add column review_started_at timestamp with time zone;
alter table hardship_file add column review_reminded_at timestamp with time zone;
alter table hardship_file add column previous_file_id bigint references hardship_file (id);
create index hardship_file_closed_ix on hardship_file (status, closed_at);
