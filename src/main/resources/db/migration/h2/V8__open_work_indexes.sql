create index tasks_open_by_due on tasks (state, due_on, id);
create index cases_open_by_stage on cases (status, process_key, current_stage);
create index cases_closed_by_date on cases (status, closed_at);
