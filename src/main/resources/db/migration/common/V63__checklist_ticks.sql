-- The items an officer has ticked on a checklist task, each perhaps with a document on the case as its evidence.
-- Unticking deletes the row; the case's timeline keeps the history of ticks.
create table checklist_ticks (
    task_id      uuid         not null,
    item_key     varchar(100) not null,
    ticked_by    varchar(100) not null,
    ticked_at    timestamp with time zone not null,
    document_id  uuid,
    primary key (task_id, item_key)
);
