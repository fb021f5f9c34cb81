-- Staff sign-in: sessions in the database, so any node can serve any request (Spring Session JDBC's own schema,
-- created here by Flyway rather than by Spring Session, so one tool owns the schema), and the count of failed
-- sign-ins that locks an account for a while.

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    ${binary}    not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Failed sign-ins in a row; a success resets it. Reaching the limit sets locked_until.
alter table users add column failed_sign_ins integer not null default 0;
alter table users add column locked_until timestamp with time zone;
