-- A task names the process version its case runs, so a command that changes only the task (a claim, a release) can
-- tell from the published version, without locking the case, whether the case has actions to run for it.
-- Null (a task whose case has gone) means "not known": such a command takes the case's lock as before.
alter table tasks add column process_version_id uuid;

update tasks set process_version_id = (select c.process_version_id from cases c where c.id = tasks.case_id);
