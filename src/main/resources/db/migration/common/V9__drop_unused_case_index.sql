-- No query reads cases by (process, status) alone: lists go newest first through cases_by_created, dashboards through
-- the partial cases_open_by_stage. The index only cost every case row an entry.
drop index cases_by_process_status;
