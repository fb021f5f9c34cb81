-- text_pattern_ops lets LIKE 'smi%' use the index whatever the database's collation.
create index cases_by_surname on cases (citizen_surname text_pattern_ops, created_at);
