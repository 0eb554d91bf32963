-- The name search (SearchRepository.groups) compares a query with every name of every group: its aliases
-- (group_alias.search_name, V24), its name and its short name. The last two were normalised on every
-- query; here they are normalised once, when written. They replace V24's search_name of the group, which
-- joined name and short name and which nothing reads.
alter table militant_group
    drop column search_name,
    add column name_search text generated always as (mm_search_normalize(name)) stored,
    add column short_name_search text generated always as (mm_search_normalize(short_name)) stored;
