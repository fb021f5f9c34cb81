-- The SLA check reads the active cases whose announcement is due, by day; the untouched-task check the open tasks
-- whose reminder is due. Partial indexes keep each to the handful of rows that can match, however many cases
-- there are. Cases already open when this runs are announced as breached from the day after their due date (the
-- check waits for a working day); they get no warning, which needs their process's SLA.
create index cases_sla_warning_due on cases (sla_warning_on, id)
    where status in ('open', 'waiting') and sla_paused_since is null and sla_warning_on is not null;
create index cases_sla_breach_due on cases (sla_breach_on, id)
    where status in ('open', 'waiting') and sla_paused_since is null and sla_breach_on is not null;
create index tasks_untouched_due on tasks (untouched_on, id)
    where state in ('open', 'claimed') and untouched_on is not null;
update cases set sla_breach_on = due_on + 1 where status in ('open', 'waiting');
