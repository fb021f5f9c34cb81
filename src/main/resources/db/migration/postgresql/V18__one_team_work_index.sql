-- The team queue (open work) and the supervisor's view (open and claimed work) read the same index, tasks_team_work,
-- ordered by due date: the queue skips the few claimed entries among the open ones. One index instead of two keeps
-- a task's moves cheaper and every queue read keeps the index it scans free of dead entries.
drop index tasks_team_queue;
