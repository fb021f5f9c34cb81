-- Who asked and where: searched by surname prefix and by postcode (the first postcode answer of the case).
alter table cases add column citizen_name varchar(200);
alter table cases add column citizen_email varchar(320);
alter table cases add column citizen_phone varchar(40);
-- The last word of the name, lower-cased, for prefix search.
alter table cases add column citizen_surname varchar(100);
alter table cases add column postcode varchar(10);
create index cases_by_postcode on cases (postcode, created_at);
