-- When a case's next SLA announcements are due, in council time: the day its sla-warning actions run (null when
-- none is to come: the process has no sla block, or the warning was given) and the day its sla-breach actions next
-- run (the first working day after due_on, then every sla.breachRepeatWorkingDays while the case stays open). Set
-- when the case starts and moved out with due_on when its SLA clock starts again after a pause.
alter table cases add column sla_warning_on date;
alter table cases add column sla_breach_on date;

-- When a task's task-untouched actions are due if nobody claims, releases, reassigns or completes it: set from the
-- process's sla.remindAfterWorkingDays when the task is created or touched, and cleared once they have run, so they
-- run once for each untouched spell. remind_after_days keeps the setting, which the task's process version fixes.
alter table tasks add column remind_after_days integer;
alter table tasks add column untouched_on date;
