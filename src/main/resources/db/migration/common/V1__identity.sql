-- Identity: council staff, the teams they work in, and the API keys other systems call the REST API with.
-- Owned by org.casework.identity; other modules refer to these rows by username or team key only.

-- "key" is reserved in H2, hence team_key rather than key.
create table teams (
    team_key   varchar(64)              primary key,
    name       varchar(200)             not null,
    created_at timestamp with time zone not null
);

create table users (
    username      varchar(100)             primary key,
    display_name  varchar(200)             not null,
    email         varchar(320),
    -- A Spring Security PasswordEncoder hash ("{bcrypt}..."); null for staff who never sign in with a password.
    password_hash varchar(200),
    -- Role names separated by commas: a few fixed values, always read with the user and never searched on.
    roles         varchar(200)             not null,
    enabled       boolean                  not null,
    created_at    timestamp with time zone not null
);

create table team_members (
    team_key varchar(64)  not null references teams (team_key),
    username varchar(100) not null references users (username),
    is_lead  boolean      not null,
    primary key (team_key, username)
);

create index team_members_by_username on team_members (username);

create table api_keys (
    id           uuid                     primary key,
    username     varchar(100)             not null references users (username),
    name         varchar(200)             not null,
    -- The first characters of the key, so people can tell their keys apart; too short to help anyone guess the rest.
    prefix       varchar(12)              not null,
    -- SHA-256 (hex) of the whole key. A slow password hash (bcrypt) protects low-entropy secrets people choose; these
    -- keys are 256 random bits, which no amount of fast hashing can brute-force, and a fast, unsalted hash lets each
    -- request find its key with one indexed lookup instead of checking a bcrypt hash per stored key.
    secret_hash  varchar(64)              not null unique,
    -- Scope values separated by commas, as Scope.authority() writes them (cases:read,cases:write).
    scopes       varchar(200)             not null,
    created_at   timestamp with time zone not null,
    -- Recorded at most once a minute, so a busy integration does not cause a write per request.
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create index api_keys_by_username on api_keys (username);
