-- The citizen portal (org.casework.portal): which requests belong to which citizen account, and the secret links that
-- let anyone holding one follow a request without an account.

-- A case started by a signed-in citizen (through a form, or linked later) is theirs to follow. Cases made by staff on
-- the phone or through the API have no row until a citizen claims them.
create table citizen_requests (
    case_id    uuid                     primary key,
    citizen_id uuid                     not null,
    created_at timestamp with time zone not null
);

create index citizen_requests_by_citizen on citizen_requests (citizen_id, created_at);

-- Only the SHA-256 of each link's secret is kept, so a copy of this table opens no request.
create table tracking_links (
    token_hash varchar(64)              primary key,
    case_id    uuid                     not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);

create index tracking_links_by_case on tracking_links (case_id);
