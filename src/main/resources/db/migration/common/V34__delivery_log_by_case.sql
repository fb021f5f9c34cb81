-- The delivery log (module notification) is searched by case reference, newest first; V32 indexed it by case id.
create index notifications_by_reference on notifications (case_reference, created_at, id);
