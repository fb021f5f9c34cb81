-- See the PostgreSQL version: H2 has no partial indexes, so these hold every row.
create index cases_sla_warning_due on cases (sla_warning_on, id);
create index cases_sla_breach_due on cases (sla_breach_on, id);
create index tasks_untouched_due on tasks (untouched_on, id);
update cases set sla_breach_on = dateadd(day, 1, due_on) where status in ('open', 'waiting');
