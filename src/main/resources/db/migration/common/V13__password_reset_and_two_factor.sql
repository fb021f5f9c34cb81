-- Forgotten passwords and two-factor sign-in for staff.

-- One-time links to choose a new password. Only the SHA-256 (hex) of each link's token is kept: the token is 256
-- random bits, so a fast hash is enough, and a copy of this table cannot be turned back into working links. A new
-- request deletes the person's older links, and using a link deletes it, so at most one works at a time, once.
create table password_resets (
    token_hash varchar(64)              primary key,
    username   varchar(100)             not null references users (username),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);

create index password_resets_by_username on password_resets (username);

-- The shared secret of a staff member's authenticator app (RFC 6238, base32); null while two-factor sign-in is off.
-- It is shown once, when it is set up, and never again.
alter table users add column two_factor_secret varchar(64);
-- The last 30-second time step whose code was accepted, so the same code cannot be used twice.
alter table users add column two_factor_last_step bigint;
