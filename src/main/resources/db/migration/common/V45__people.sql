-- The person register. Owned by org.casework.registry; other modules refer to a person by id only. Codes of types
-- (contact, reference, relationship) are values of the lookup lists (lookup_values), kept as codes so a retired value
-- still reads on old records.

create table people (
    id               uuid                     primary key,
    given_names      varchar(100)             not null,
    family_name      varchar(100)             not null,
    date_of_birth    date,
    -- identity's citizens.id: the portal account of the same human, at most one person per account.
    citizen_account  uuid                     unique,
    -- Set on a record merged into another: it stays as a tombstone pointing at the survivor.
    merged_into      uuid                     references people (id),
    created_at       timestamp with time zone not null,
    created_by       varchar(100)             not null,
    row_version      bigint                   not null
);

create index people_by_date_of_birth on people (date_of_birth);

-- What the name search looks up, current and previous names alike: one row per word of a name as written without
-- accents in lower case (kind 'name', found by prefix) and one per Double Metaphone code of it (kind 'sound', found
-- exactly), so José is found by "jose" and Smyth by "Smith" with an index on both databases.
create table person_name_keys (
    kind       varchar(5)   not null,
    name_key   varchar(100) not null,
    person_id  uuid         not null references people (id),
    primary key (kind, name_key, person_id)
);

create index person_name_keys_by_person on person_name_keys (person_id);

create table person_previous_names (
    id           uuid                     primary key,
    person_id    uuid                     not null references people (id),
    given_names  varchar(100)             not null,
    family_name  varchar(100)             not null,
    -- The day the person stopped using the name, if known.
    changed_on   date,
    recorded_at  timestamp with time zone not null
);

create index person_previous_names_by_person on person_previous_names (person_id);

-- value_key is what searching and the duplicate check compare: an email in lower case, a phone number as its UK
-- national digits (07700900982 whether typed +44 7700 900 982 or 07700 900982).
create table person_contacts (
    id             uuid                     primary key,
    person_id      uuid                     not null references people (id),
    contact_type   varchar(60)              not null,
    contact_value  varchar(320)             not null,
    value_key      varchar(320)             not null,
    created_at     timestamp with time zone not null
);

create index person_contacts_by_value on person_contacts (value_key, person_id);
create index person_contacts_by_person on person_contacts (person_id);

-- value_key: upper case without spaces, so "ab 12 34 56 c" finds AB123456C.
create table person_references (
    id               uuid                     primary key,
    person_id        uuid                     not null references people (id),
    reference_type   varchar(60)              not null,
    reference_value  varchar(100)             not null,
    value_key        varchar(100)             not null,
    created_at       timestamp with time zone not null
);

create index person_references_by_value on person_references (value_key, person_id);
create index person_references_by_person on person_references (person_id);

-- An address is a place on the places register (uprn, with its single-line address in line_1) or lines as typed.
-- The current address is the one without to_date.
create table person_addresses (
    id            uuid                     primary key,
    person_id     uuid                     not null references people (id),
    uprn          bigint,
    line_1        varchar(300)             not null,
    line_2        varchar(200),
    town          varchar(100),
    postcode      varchar(16),
    -- Upper case without spaces, for searching.
    postcode_key  varchar(16),
    from_date     date,
    to_date       date,
    created_at    timestamp with time zone not null
);

create index person_addresses_by_postcode on person_addresses (postcode_key, person_id);
create index person_addresses_by_person on person_addresses (person_id);

-- Stored once, from one side: from_person is "Parent of" to_person, who is shown "Child of" from_person (the type's
-- inverse label).
create table person_relationships (
    id                 uuid                     primary key,
    from_person        uuid                     not null references people (id),
    to_person          uuid                     not null references people (id),
    relationship_type  varchar(60)              not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(100)             not null,
    unique (from_person, relationship_type, to_person)
);

create index person_relationships_to on person_relationships (to_person);

-- The person's audit trail, append-only: created, changed, merged — who, when and what in words.
create table person_events (
    id           bigint                   generated by default as identity primary key,
    person_id    uuid                     not null references people (id),
    happened_at  timestamp with time zone not null,
    actor        varchar(100)             not null,
    what         varchar(40)              not null,
    detail       varchar(2000)            not null
);

create index person_events_by_person on person_events (person_id, id);
