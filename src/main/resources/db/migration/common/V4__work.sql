-- Tasks: the work a task step creates, in a team queue or with an officer.
create table tasks (
    id              uuid primary key,
    case_id         uuid          not null,
    case_reference  varchar(30)   not null,
    process_key     varchar(100)  not null,
    step_key        varchar(100)  not null,
    step_name       varchar(200),
    step_token      integer       not null,
    team_key        varchar(100),
    assignee        varchar(100),
    state           varchar(20)   not null,
    due_on          date          not null,
    created_at      timestamp with time zone not null,
    claimed_at      timestamp with time zone,
    completed_at    timestamp with time zone,
    completed_by    varchar(100),
    row_version     bigint        not null
);
create index tasks_by_case on tasks (case_id, step_key);

-- Round-robin allocation remembers, per team, who was given the last task.
create table round_robin_cursors (
    team_key        varchar(100) primary key,
    last_assignee   varchar(100) not null
);
