-- The appeal queue's order (nearest deadline first, then newest): its first page is read from the index in order.
create index appeal_queue_ix on appeal (due_at, submitted_at desc);
