-- Owned by org.casework.work: its copy of the engine's case_restrictions, written in the same transaction as the
-- change-access step (CaseAccessChanged), so a queue can leave out the tasks of cases its viewer may no longer see
-- without reading another module's table.
create table restricted_work (
    case_id    uuid          not null,
    grant_kind varchar(10)   not null,
    grant_key  varchar(100)  not null,
    primary key (case_id, grant_kind, grant_key)
);
