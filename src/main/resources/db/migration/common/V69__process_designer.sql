-- The process designer. revision counts a draft's saves, so an administrator saving a page of the designer can be
-- told that someone else changed the draft since they opened it, instead of silently overwriting that change.
alter table process_versions add column revision integer default 0 not null;

-- The shared field library: field definitions administrators keep once and copy into any process. A process holds
-- its own copy, so changing a library field never changes a published process.
create table field_library (
    field_key   varchar(100) primary key,
    document    ${json}      not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100)
);
