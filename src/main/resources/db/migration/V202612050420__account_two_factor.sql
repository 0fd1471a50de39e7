-- TOTP two-factor sign-in: one enrolment per account, the shared secret encrypted like personal data; last_step
-- is the newest 30-second step whose code was accepted, so a code works once.
create table account_two_factor (
    account_id   bigint primary key references account (id),
    secret       varchar(200) not null,
    last_step    bigint not null default 0,
    enrolled_at  timestamp with time zone not null,
    version      bigint not null default 0
);
