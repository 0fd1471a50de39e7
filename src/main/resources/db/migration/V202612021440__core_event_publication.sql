-- Spring Modulith's event publication registry: an event a module publishes is stored with the transaction that
-- published it, once per listener, and marked done (here: deleted) when that listener has handled it after commit;
-- what is left was not handled and is submitted again on the next start.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_ix on event_publication (completion_date);
