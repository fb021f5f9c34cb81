-- Queues read only open work: partial indexes stay small however many tasks are done.
create index tasks_team_queue on tasks (team_key, due_on, created_at, id) where state = 'open';
create index tasks_my_tasks on tasks (assignee, due_on, created_at, id) where state = 'claimed';
