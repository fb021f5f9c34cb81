-- Process definitions: one row per version. A draft has no version number; publishing numbers and freezes it.
create table process_versions (
    id              uuid primary key,
    process_key     varchar(100)  not null,
    version         integer,
    -- equals process_key while this row is the process's draft, null once published: at most one draft each
    draft_of        varchar(100)  unique,
    name            varchar(200)  not null,
    document        ${json}       not null,
    change_note     varchar(2000),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100),
    published_at    timestamp with time zone,
    published_by    varchar(100),
    constraint process_versions_key_version unique (process_key, version)
);
