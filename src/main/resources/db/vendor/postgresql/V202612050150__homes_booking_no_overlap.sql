-- Two active bookings of one room may not overlap, whatever races the service's own check: the database refuses
-- the second of two concurrent bookings (half-open ranges, so 10:00-11:00 and 11:00-12:00 both stand). H2 has no
-- exclusion constraints; there the service's check alone decides.
create extension if not exists btree_gist;
alter table homes_booking add constraint homes_booking_no_overlap
    exclude using gist (room_id with =, tsrange(starts_at, ends_at, '[)') with &&) where (status = 'ACTIVE');
