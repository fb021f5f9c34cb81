-- Surnames are compared byte by byte (collation "C"): a prefix LIKE can then use the index whatever the database's
-- collation, and the same index returns a surname search already in order (surname, newest first), so a page of 20
-- reads about 20 rows however many Smiths there are.
alter table cases alter column citizen_surname type varchar(100) collate "C";
create index cases_by_surname on cases (citizen_surname, created_at desc, id desc);
