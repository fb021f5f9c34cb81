-- The case file: demands, activities (time recorded), intentions (follow-ups) and system conditions on a case. Owned
-- by org.casework.casefile; refers to cases by id and to lookup values by code. Each row copies the case's reference
-- and department (from its process version, null when the process names none) so My tasks and the reports need no
-- join to cases, and a report filtered by department is an index range.

create table case_demands (
    id              uuid                     primary key,
    case_id         uuid                     not null,
    case_reference  varchar(40)              not null,
    department      varchar(60),
    demand_type     varchar(60)              not null,
    demand_category varchar(60)              not null,
    description     varchar(2000)            not null,
    recorded_by     varchar(100)             not null,
    recorded_at     timestamp with time zone not null,
    resolved_by     varchar(100),
    resolved_at     timestamp with time zone
);
create index case_demands_by_case on case_demands (case_id, recorded_at);
create index case_demands_by_day on case_demands (recorded_at, department);

create table case_activities (
    id              uuid                     primary key,
    case_id         uuid                     not null,
    case_reference  varchar(40)              not null,
    department      varchar(60),
    task_category   varchar(60)              not null,
    description     varchar(2000)            not null,
    done_by         varchar(100)             not null,
    minutes         integer                  not null check (minutes > 0),
    done_on         date                     not null,
    recorded_by     varchar(100)             not null,
    recorded_at     timestamp with time zone not null
);
create index case_activities_by_case on case_activities (case_id, done_on);
create index case_activities_by_day on case_activities (done_on, department);

-- state: open until done or cancelled; closed_by / closed_at say who ended it and when.
create table case_intentions (
    id              uuid                     primary key,
    case_id         uuid                     not null,
    case_reference  varchar(40)              not null,
    department      varchar(60),
    intention_type  varchar(60)              not null,
    description     varchar(2000)            not null,
    due_on          date                     not null,
    owner           varchar(100)             not null,
    state           varchar(20)              not null check (state in ('open', 'done', 'cancelled')),
    recorded_by     varchar(100)             not null,
    recorded_at     timestamp with time zone not null,
    closed_by       varchar(100),
    closed_at       timestamp with time zone
);
create index case_intentions_by_case on case_intentions (case_id, due_on);
create index case_intentions_by_owner on case_intentions (owner, state, due_on);
create index case_intentions_by_due on case_intentions (due_on, department);

create table case_system_conditions (
    id              uuid                     primary key,
    case_id         uuid                     not null,
    case_reference  varchar(40)              not null,
    department      varchar(60),
    condition_code  varchar(60)              not null,
    note            varchar(2000),
    recorded_by     varchar(100)             not null,
    recorded_at     timestamp with time zone not null
);
create index case_system_conditions_by_case on case_system_conditions (case_id, recorded_at);
create index case_system_conditions_by_day on case_system_conditions (recorded_at, department);
