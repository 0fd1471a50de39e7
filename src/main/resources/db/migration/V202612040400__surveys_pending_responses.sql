-- Anonymous responses wait here, apart from the participation written in the same transaction (which shares its
-- transaction id and neighbours it on disk), until AnonymousRelease moves them into surveys_response in shuffled
-- batches of at least min-group responses, or all at once when the survey is closed. See docs/surveys.md.
create table surveys_pending_response (
    id        varchar(36) primary key,
    survey_id bigint      not null references surveys_survey (id),
    org_id    bigint      not null references org (id)
);
create index surveys_pending_response_survey_ix on surveys_pending_response (survey_id);

create table surveys_pending_answer (
    response_id   varchar(36)   not null references surveys_pending_response (id),
    answer_order  int           not null,
    question_id   bigint        not null,
    item          varchar(200),
    answer_value  varchar(4000) not null,
    primary key (response_id, answer_order)
);
