create index cases_by_surname on cases (citizen_surname, created_at desc, id desc);
