-- A question that attempts may have drawn is never changed or deleted: editing retires it and adds its new wording,
-- so a past attempt's review still shows what was asked.
alter table training_question add column retired boolean default false not null;
