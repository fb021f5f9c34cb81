-- Notification channels (module notification). webhook_endpoints: where a definition's webhook action can send, by
-- key; the signing secret is sealed by platform.SecretBox (AES-GCM under casework.secrets.key), never kept in the clear.
-- notify_receipts: GOV.UK Notify's delivery receipts already announced, so a receipt Notify repeats is announced once.

create table webhook_endpoints (
    endpoint_key varchar(100)             primary key,
    url          varchar(2000)            not null,
    secret       varchar(1000)            not null,
    active       boolean                  not null default true,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

create table notify_receipts (
    notify_id    varchar(100)             not null,
    status       varchar(40)              not null,
    outgoing_id  uuid                     not null,
    completed_at timestamp with time zone,
    received_at  timestamp with time zone not null,
    primary key (notify_id, status)
);

create index notify_receipts_by_message on notify_receipts (outgoing_id);
