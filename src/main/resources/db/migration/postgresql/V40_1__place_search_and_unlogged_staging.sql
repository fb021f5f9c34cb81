-- Free-text address search ('12 high st') matches each word as a prefix with LIKE '% word%'; trigrams index that.
create extension if not exists pg_trgm;
create index places_by_address_text on places using gin (address_text gin_trgm_ops);

-- Staging rows live for one import: not worth writing to the WAL (a crash loses only an import that is redone).
alter table gazetteer_staging set unlogged;
