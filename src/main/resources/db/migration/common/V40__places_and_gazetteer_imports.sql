-- Places keyed by UPRN, as the gazetteer describes them (BS7666: a secondary and a primary addressable object, each
-- as start number and suffix, end number and suffix, and text; the street by USRN and name; the postcode). A place
-- removed from the gazetteer is retired, never deleted: old records still point at it.
create table places (
    uprn             bigint primary key,
    usrn             bigint,
    parent_uprn      bigint,
    sao_start_number integer,
    sao_start_suffix varchar(2),
    sao_end_number   integer,
    sao_end_suffix   varchar(2),
    sao_text         varchar(100),
    pao_start_number integer,
    pao_start_suffix varchar(2),
    pao_end_number   integer,
    pao_end_suffix   varchar(2),
    pao_text         varchar(100),
    street           varchar(100),
    locality         varchar(100),
    town             varchar(100),
    postcode         varchar(8),
    easting          numeric(9, 2),
    northing         numeric(9, 2),
    latitude         numeric(10, 7),
    longitude        numeric(10, 7),
    classification   varchar(6),
    -- The address in lower case between spaces (' flat 2 12 high street anytown ab1 2cd ab12cd '), for free text.
    address_text     varchar(700) not null,
    -- The layout of the import that last gave the place its address: a full re-import of it retires the absent.
    source_layout    varchar(40) not null,
    retired_on       date,
    changed_at       timestamp with time zone not null
);

create index places_by_postcode on places (postcode);
create index places_by_grid on places (easting, northing);
create index places_by_parent on places (parent_uprn);

-- One upload of a gazetteer file, its progress and outcome; shown on every node, whichever node reads the file.
create table gazetteer_imports (
    id             uuid primary key,
    layout         varchar(40)  not null,
    file_name      varchar(255) not null,
    status         varchar(20)  not null,
    rows_read      bigint       not null default 0,
    rows_imported  bigint       not null default 0,
    rows_rejected  bigint       not null default 0,
    places_changed bigint,
    places_retired bigint,
    failure        varchar(1000),
    started_by     varchar(100) not null,
    started_at     timestamp with time zone not null,
    heartbeat_at   timestamp with time zone not null,
    finished_at    timestamp with time zone
);

create index gazetteer_imports_by_start on gazetteer_imports (started_at);

-- Rows an import skipped, by line number, with the reason in words.
create table gazetteer_rejections (
    import_id   uuid         not null references gazetteer_imports (id) on delete cascade,
    line_number bigint       not null,
    reason      varchar(500) not null,
    primary key (import_id, line_number)
);

-- An import's valid rows before they are merged into places in one statement. A row rejected for a bad value but
-- with a readable UPRN is kept as refused: it is not merged, and it does not count as absent either.
create table gazetteer_staging (
    import_id        uuid    not null,
    line_number      bigint  not null,
    refused          boolean not null,
    uprn             bigint  not null,
    usrn             bigint,
    parent_uprn      bigint,
    sao_start_number integer,
    sao_start_suffix varchar(2),
    sao_end_number   integer,
    sao_end_suffix   varchar(2),
    sao_text         varchar(100),
    pao_start_number integer,
    pao_start_suffix varchar(2),
    pao_end_number   integer,
    pao_end_suffix   varchar(2),
    pao_text         varchar(100),
    street           varchar(100),
    locality         varchar(100),
    town             varchar(100),
    postcode         varchar(8),
    easting          numeric(9, 2),
    northing         numeric(9, 2),
    latitude         numeric(10, 7),
    longitude        numeric(10, 7),
    classification   varchar(6),
    address_text     varchar(700) not null
);
