-- Online forms (org.casework.forms): the answers of a form not yet sent, saved after every page so a citizen can
-- come back to it. A signed-in citizen's drafts carry their id and can be resumed from any device; someone who has
-- not signed in keeps theirs for as long as their session lasts (the session holds the draft's id).
create table form_drafts (
    id          uuid                     primary key,
    process     varchar(100)             not null,
    citizen_id  uuid,
    -- The answers as a JSON object of field key to the text typed, so a refused answer can be shown again as typed.
    answers     varchar(100000)          not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    row_version bigint                   not null
);

create index form_drafts_by_citizen on form_drafts (citizen_id, process);
