-- H2 has no partial indexes; these serve the same queue queries.
create index tasks_team_queue on tasks (team_key, state, due_on, created_at, id);
create index tasks_my_tasks on tasks (assignee, state, due_on, created_at, id);
