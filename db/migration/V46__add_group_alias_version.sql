-- Aliases are edited through review like the other records: an edit made from an older version of an alias is a
-- conflict, never an overwrite, so an alias has a version as groups and designations do. Envers does not audit
-- versions, so group_alias_aud stays as it is.
alter table group_alias add column version integer not null default 0;
