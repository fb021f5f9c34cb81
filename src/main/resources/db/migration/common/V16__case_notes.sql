-- Officers' notes on cases. Owned by org.casework.conversation; refers to cases by id only.
create table case_notes (
    id                 uuid                     primary key,
    case_id            uuid                     not null,
    text               varchar(4000)            not null,
    visible_to_citizen boolean                  not null,
    author             varchar(100)             not null,
    created_at         timestamp with time zone not null
);

create index case_notes_by_case on case_notes (case_id, created_at);
