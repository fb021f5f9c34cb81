-- The workspace's search. Owned by org.casework.engine.
--
-- case_fields: the case's searchable answers, one row per field with a value, so "category = pothole" is an index
-- lookup rather than a scan of every case's JSON. The engine writes a case's rows whenever it writes the case's data
-- (on start and whenever a step or timer changes it), for fields of type text, choice, number, date, postcode, email
-- and boolean. value_text is the value as text in one canonical, lower-case form (see CaseFieldRows), and the search
-- turns what an officer types into the same form; long text, phone numbers and documents are not searchable here.
--
-- No backfill: cases started before this migration have no rows until their data next changes, because which
-- answers are searchable depends on each field's type in the case's process version, which SQL common to PostgreSQL
-- and H2 cannot read out of the JSON. The demo council starts no cases, so its data loses nothing; an installation
-- with older cases must re-save them (or run a one-off job) before searching them by field value.
create table case_fields (
    case_id    uuid         not null,
    field_key  varchar(100) not null,
    value_text varchar(500) not null,
    primary key (case_id, field_key)
);

create index case_fields_by_value on case_fields (field_key, value_text, case_id);

-- A due-date range search reads the cases due in the range from here instead of scanning every case.
create index cases_by_due on cases (due_on, created_at);
