-- Anonymous reports (no citizen name) need no entry in the surname index; a surname search never matches them.
drop index cases_by_surname;
create index cases_by_surname on cases (citizen_surname, created_at desc, id desc) where citizen_surname is not null;
