-- The name search (SearchRepository.groups) compares a query with every name of every group: its aliases
-- (group_alias.search_name, V24), its name and its short name. The last two were normalised on every
-- query; here they are normalised once, when written.
alter table militant_group
    add column name_search text generated always as (mm_search_normalize(name)) stored,
    add column short_name_search text generated always as (mm_search_normalize(short_name)) stored;
