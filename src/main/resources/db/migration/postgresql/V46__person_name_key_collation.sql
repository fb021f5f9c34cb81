-- Name keys are compared byte by byte (collation "C") so that a prefix LIKE uses the primary key's index whatever the
-- database's collation. H2 compares that way already.
alter table person_name_keys alter column name_key type varchar(100) collate "C";
