-- The place a case is about, by the registry's UPRN (owned by org.casework.casefile). The place page lists the cases
-- at an address and around it from here.
create table case_places (
    case_id   uuid         primary key,
    uprn      bigint       not null,
    set_by    varchar(100) not null,
    set_at    timestamp with time zone not null
);

create index case_places_by_uprn on case_places (uprn, case_id);
