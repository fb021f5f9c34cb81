-- The SLA-breach scan reads open work by due date; the dashboard counts open cases by process and stage and closed
-- cases by when they closed. Partial indexes keep each to the rows it can match, however much history there is.
create index tasks_open_by_due on tasks (due_on, id) where state in ('open', 'claimed');
create index cases_open_by_stage on cases (process_key, current_stage) where status in ('open', 'waiting');
create index cases_closed_by_date on cases (closed_at) include (due_on) where status = 'closed';
