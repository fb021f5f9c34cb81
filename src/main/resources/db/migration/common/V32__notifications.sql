-- Notifications (module notification). Templates are written by administrators; contractors are the outside firms a
-- definition can notify by key; notifications is the outbox and the delivery log in one: a row is written in the
-- same transaction as the case event it tells of, and a db-scheduler job named after its id sends it after commit. A
-- message nobody could be found for is kept too, as 'not-sent' with channel 'none', so the log shows it.

create table notification_templates (
    template_key  varchar(100)             primary key,
    name          varchar(200)             not null,
    email_subject varchar(500),
    email_body    varchar(20000),
    sms_body      varchar(2000),
    updated_at    timestamp with time zone not null,
    updated_by    varchar(200)             not null,
    row_version   bigint                   not null default 0
);

create table contractors (
    contractor_key varchar(100)             primary key,
    name           varchar(200)             not null,
    email          varchar(320),
    phone          varchar(30),
    created_at     timestamp with time zone not null
);

create table notifications (
    id                 uuid                     primary key,
    case_id            uuid,
    case_reference     varchar(40),
    occurrence         varchar(300),
    template_key       varchar(100),
    -- who it is for, whatever the channel: citizen, user:<username>, contractor:<key>, or the address given
    recipient          varchar(400)             not null,
    channel            varchar(20)              not null,
    provider           varchar(40),
    address            varchar(400)             not null,
    -- room for a webhook's whole case (several long answers) and a subject built from answers
    subject            varchar(2000),
    body               varchar(1000000)         not null,
    -- the recipient's further channels, each rendered, tried in turn if this one fails: [{channel, address, subject, body}]
    fallbacks          ${json}                  not null,
    fallback_of        uuid,
    status             varchar(12)              not null,
    attempts           integer                  not null default 0,
    -- SHA-256 of case, occurrence, template and recipient (and channel for a fallback): the same message is written once
    dedupe_key         varchar(64)              not null,
    provider_reference varchar(100),
    last_error         varchar(1000),
    created_at         timestamp with time zone not null,
    last_attempt_at    timestamp with time zone,
    sent_at            timestamp with time zone,
    delivered_at       timestamp with time zone,
    constraint notifications_dedupe unique (dedupe_key),
    constraint notifications_status check (status in ('pending', 'sending', 'sent', 'delivered', 'failed', 'fell-back', 'not-sent'))
);

create index notifications_by_case on notifications (case_id, created_at);
create index notifications_by_time on notifications (created_at, id);
create index notifications_by_status on notifications (status, created_at);
