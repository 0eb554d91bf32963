-- The source page lists, per claim, the first incidents by id and counts them up to a cap; the
-- benchmark's synthetic claim is linked to up to a million incidents. An index on (claim_id, incident_id)
-- reads those first incidents in order and stops; it replaces the index on claim_id alone.
create index incident_claim_claim_incident_idx on incident_claim (claim_id, incident_id);
drop index incident_claim_claim_idx;
