-- The bearer tokens a citizen's app holds after signing in through the REST API ("cwc_..."). Owned by
-- org.casework.identity. Only the SHA-256 of each token is kept. A token stops working when it has not been used for
-- a while (last_used_at) or at expires_at whatever its use; signing out deletes its row, and choosing a new password
-- deletes all of the citizen's.
-- (The challenge of a two-step sign-in through the API is a one-time secret like the emailed ones, in citizen_tokens.)
create table citizen_api_tokens (
    token_hash   varchar(64)              primary key,
    citizen_id   uuid                     not null references citizens (id),
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);

create index citizen_api_tokens_by_citizen on citizen_api_tokens (citizen_id);
