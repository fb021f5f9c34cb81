-- Owned by org.casework.engine.

-- Cases started by another case: by a sub-process step (which may wait for them) or a start-process action. One row
-- per child, so a child knows its parent and a parent its children. parent_step and parent_token name the visit that
-- started it, entry which of a sub-process step's processes it is (null for an action). ended_at and outcome are
-- written in the child's own ending transaction; reported says the parent has taken the end in (its timeline, the
-- returned fields, and the step completed when it was the last child the parent waited for).
create table child_cases (
    child_id        uuid          primary key,
    parent_id       uuid          not null,
    parent_step     varchar(100),
    parent_token    integer,
    entry           integer,
    process_key     varchar(100)  not null,
    child_reference varchar(30)   not null,
    waited          boolean       not null,
    started_at      timestamp with time zone not null,
    ended_at        timestamp with time zone,
    outcome         varchar(100),
    reported        boolean       not null default false
);
create index child_cases_by_parent on child_cases (parent_id, parent_token);

-- Who may see a case after a change-access step: its rows replace case_access as the rule for that case. A case with
-- no rows here is not restricted. grant_kind is 'team' or 'role'.
create table case_restrictions (
    case_id    uuid          not null,
    grant_kind varchar(10)   not null,
    grant_key  varchar(100)  not null,
    primary key (case_id, grant_kind, grant_key)
);
