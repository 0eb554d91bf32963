-- Search: trigram matching of group names and aliases (insensitive to case, accents, hyphens
-- and transliteration), and full-text search of incidents, statements, reports, findings and
-- quotes. pg_trgm and unaccent are trusted extensions: a database owner may create them.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Lower case, no accents, every run of punctuation or spaces one space: "Tehreek-i-Taliban" -> "tehreek i taliban".
-- Immutable (unaccent with an explicit dictionary), so that generated columns and indexes can use it.
create function mm_search_normalize(value text) returns text
    language sql immutable parallel safe strict
    as $$ select btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^[:alnum:]]+', ' ', 'g')) $$;

alter table group_alias add column search_name text generated always as (mm_search_normalize(name)) stored;
create index group_alias_search_idx on group_alias using gin (search_name gin_trgm_ops);

alter table militant_group add column search_name text
    generated always as (mm_search_normalize(name || ' ' || coalesce(short_name, ''))) stored;

alter table incident add column search_vector tsvector generated always as (
    to_tsvector('english', mm_search_normalize(summary || ' ' || coalesce(place_name, '') || ' ' || coalesce(date_as_stated, '')))) stored;
create index incident_search_idx on incident using gin (search_vector);

alter table claim add column search_vector tsvector
    generated always as (to_tsvector('english', mm_search_normalize(quote))) stored;
create index claim_search_idx on claim using gin (search_vector);

alter table statement add column search_vector tsvector generated always as (
    to_tsvector('english', mm_search_normalize(summary || ' ' || coalesce(quote, '') || ' ' || coalesce(speaker_label, '')
        || ' ' || coalesce(speaker_role, '') || ' ' || coalesce(venue, '')))) stored;
create index statement_search_idx on statement using gin (search_vector);

alter table report add column search_vector tsvector generated always as (
    to_tsvector('english', mm_search_normalize(title || ' ' || issuing_body || ' ' || coalesce(document_symbol, '')
        || ' ' || coalesce(description, '')))) stored;
create index report_search_idx on report using gin (search_vector);

alter table report_finding add column search_vector tsvector
    generated always as (to_tsvector('english', mm_search_normalize(summary))) stored;
create index report_finding_search_idx on report_finding using gin (search_vector);
