-- A designation whose authority or legal basis its source does not name. Three seed articles call the TTP
-- or the BLA "banned" without saying who banned them or under which law; V18 and V19 recorded a ban by
-- Pakistan under its Anti-Terrorism Act, which the articles do not say. Unknown is null here, as elsewhere
-- in the schema (a date unknown is null with the precision UNKNOWN), so neither has to be guessed.
alter table designation alter column authority_id drop not null;
alter table designation alter column regime drop not null;

comment on column designation.authority_id is 'Who listed or banned the group; null when the source does not say';
comment on column designation.regime is 'The list or law the listing is under; null when the source does not say';
