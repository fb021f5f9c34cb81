-- While a case waits on the citizen its service-level clock may stop (the process's sla.pauseWhileWaitingOnCitizen):
-- the day it stopped, in council time, or null while the clock runs. Resuming moves the due dates out by the working
-- days since then.
alter table cases add column sla_paused_since date;
