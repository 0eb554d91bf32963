-- A listing whose authority or regime the source does not name (V31) is still one listing: two rows for the
-- same group with both unknown are a duplicate, so nulls count as equal in the uniqueness of a designation.
alter table designation drop constraint designation_unique;
alter table designation add constraint designation_unique unique nulls not distinct (group_id, authority_id, regime);
