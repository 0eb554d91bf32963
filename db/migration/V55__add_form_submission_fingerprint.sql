-- An API request's Idempotency-Key takes a form token (FormTokens) as a form's POST does; the fingerprint of
-- the request it first came with is kept beside it, so that the same key sent again with another body is
-- refused rather than answered with the first request's result.
alter table form_submission add column request_fingerprint text;
