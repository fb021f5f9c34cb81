-- The people a case is about, each in a role from the registry's case-roles list (owned by org.casework.casefile).
-- Person ids are the registry's; a merge of two people moves the merged one's rows to the survivor. One person per
-- case is its main person: kept so by the code under the case lock (H2 has no partial unique index).
create table case_people (
    case_id    uuid         not null,
    person_id  uuid         not null,
    role       varchar(60)  not null,
    main       boolean      not null,
    added_by   varchar(100) not null,
    added_at   timestamp with time zone not null,
    primary key (case_id, person_id, role)
);

-- The person page's "every case for this person".
create index case_people_by_person on case_people (person_id, case_id);
