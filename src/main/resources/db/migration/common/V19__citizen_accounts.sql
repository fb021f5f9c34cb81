-- Citizens' accounts on the portal. Owned by org.casework.identity; other modules refer to a citizen by id only.
-- Kept apart from staff (users): a citizen can never hold a staff role, and the two sign in on different pages.

create table citizens (
    id                uuid                     primary key,
    -- As typed, for emails; email_key (lower-cased) is what makes an address unique and what sign-in looks up.
    email             varchar(320)             not null,
    email_key         varchar(320)             not null unique,
    -- A Spring Security PasswordEncoder hash ("{bcrypt}...").
    password_hash     varchar(200)             not null,
    given_name        varchar(100)             not null,
    family_name       varchar(100)             not null,
    date_of_birth     date,
    mobile            varchar(40),
    address_line_1    varchar(200),
    address_line_2    varchar(200),
    town              varchar(100),
    postcode          varchar(16),
    uprn              bigint,
    -- email, sms, both or none: how the citizen wants to hear about their requests.
    notify_by         varchar(10)              not null,
    -- A code emailed at each sign-in, on top of the password.
    two_factor        boolean                  not null,
    -- Null until the citizen opens the link emailed at registration; until then they cannot sign in.
    email_verified_at timestamp with time zone,
    failed_sign_ins   integer                  not null,
    locked_until      timestamp with time zone,
    created_at        timestamp with time zone not null,
    row_version       bigint                   not null
);

-- One-time secrets emailed to a citizen: the link that confirms their email address, the link to choose a new
-- password, and the six-digit sign-in code. Only the SHA-256 of each is kept (for a code, of the citizen's id and
-- the code, so two citizens' codes never collide); using one deletes it.
create table citizen_tokens (
    token_hash varchar(64)              primary key,
    citizen_id uuid                     not null references citizens (id),
    purpose    varchar(20)              not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);

create index citizen_tokens_by_citizen on citizen_tokens (citizen_id, purpose);
