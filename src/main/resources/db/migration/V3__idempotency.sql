-- Client tokens of create requests: a retry over a bad network finds the record the first attempt made.
create table idempotency_key (
    owner        varchar(60)  not null,
    request_key  varchar(100) not null,
    purpose      varchar(60)  not null,
    target_id    varchar(40),
    created_at   timestamp with time zone not null,
    primary key (owner, request_key)
);
create index idempotency_key_created_ix on idempotency_key (created_at);
