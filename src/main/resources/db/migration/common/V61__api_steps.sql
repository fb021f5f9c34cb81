-- API steps (module engine).
-- Named secrets administrators store for API steps' requests ({{secret:name}} in a header or URL), each sealed by
-- platform.SecretBox (AES-GCM under casework.secrets.key), never kept in the clear.
create table api_secrets (
    name          varchar(60)              primary key,
    sealed_value  varchar(8000)            not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200)             not null
);

-- The one-time callback addresses handed to other systems by steps that wait for a callback: only the SHA-256 of the
-- token in the address is kept. Each attempt at the call has its own, all good until one is used for the visit.
create table api_callbacks (
    token_hash  varchar(64)              primary key,
    case_id     uuid                     not null,
    step_key    varchar(100)             not null,
    visit       integer                  not null,
    created_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index api_callbacks_by_visit on api_callbacks (case_id, visit);

-- The visits to an API step whose call failed every attempt: the failure team gets one task per visit, however often
-- an administrator retries the incident.
create table api_call_failures (
    case_id    uuid                     not null,
    visit      integer                  not null,
    step_key   varchar(100)             not null,
    failed_at  timestamp with time zone not null,
    primary key (case_id, visit)
);
