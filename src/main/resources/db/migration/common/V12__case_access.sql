-- Which teams may see a case: every team its work has gone to. Owned by org.casework.engine; the work module adds a
-- team when it gives the case's work to one, and a future change-access step will narrow the list.
create table case_access (
    case_id  uuid         not null,
    team_key varchar(100) not null,
    primary key (case_id, team_key)
);

create index case_access_by_team on case_access (team_key, case_id);

-- Cases that existed before this table: the teams their tasks went to (a one-off read of the work module's table).
insert into case_access (case_id, team_key)
select distinct case_id, team_key from tasks where team_key is not null;
