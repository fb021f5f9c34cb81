-- Documents, messages and information requests on cases. Owned by org.casework.conversation; refers to cases by id
-- only. A document's bytes live in the document store (the file system by default) under storage_key; this table
-- keeps what is known about them. case_id is null while an upload waits to be attached (a citizen uploads while
-- filling in a form, before the case exists).
create table documents (
    id               uuid                     primary key,
    case_id          uuid,
    type             varchar(60)              not null,
    filename         varchar(255)             not null,
    content_type     varchar(100)             not null,
    size_bytes       bigint                   not null,
    storage_key      varchar(64)              not null,
    uploaded_by_kind varchar(10)              not null,
    uploaded_by_id   varchar(200)             not null,
    uploaded_by_name varchar(200)             not null,
    uploaded_at      timestamp with time zone not null
);

-- A case's documents in order; with case_id null, the unattached uploads the clean-up job looks for by age.
create index documents_by_case on documents (case_id, uploaded_at);

-- The conversation between staff and the citizen on a case, oldest first. Append-only.
create table case_messages (
    id         uuid                     primary key,
    case_id    uuid                     not null,
    sender     varchar(10)              not null,
    author     varchar(200)             not null,
    actor      varchar(200)             not null,
    text       varchar(4000)            not null,
    created_at timestamp with time zone not null
);

create index case_messages_by_case on case_messages (case_id, created_at);

create table message_documents (
    message_id  uuid    not null references case_messages (id),
    document_id uuid    not null references documents (id),
    position    integer not null,
    primary key (message_id, document_id)
);

-- What staff (or a process's information-request step) asked the citizen for, and the reply. document_types is a
-- comma-separated list of document type keys. step and token are null for a request made by hand.
create table information_requests (
    id               uuid                     primary key,
    case_id          uuid                     not null,
    message          varchar(4000)            not null,
    document_types   varchar(1000)            not null,
    reply_by         date                     not null,
    requested_by     varchar(200)             not null,
    step             varchar(100),
    token            integer,
    status           varchar(12)              not null,
    requested_at     timestamp with time zone not null,
    reminder_sent_at timestamp with time zone,
    reply_text       varchar(4000),
    replied_at       timestamp with time zone,
    replied_by       varchar(200)
);

create index information_requests_by_case on information_requests (case_id, requested_at);

create table reply_documents (
    request_id  uuid    not null references information_requests (id),
    document_id uuid    not null references documents (id),
    position    integer not null,
    primary key (request_id, document_id)
);
