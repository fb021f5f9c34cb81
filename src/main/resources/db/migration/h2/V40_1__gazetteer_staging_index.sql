-- H2 joins staging rows to places by nested loops: without this index retiring the absent would take quadratic
-- time. PostgreSQL hashes the join and loads faster without it.
create index gazetteer_staging_by_import on gazetteer_staging (import_id, uprn);
