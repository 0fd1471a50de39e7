-- Notifications keep their subject and body as message key + arguments (JSON), rendered in each reader's language;
-- subject/body keep the Chinese rendering. Accounts remember the language their user chose, for e-mails.
alter table notification add column subject_text varchar(4000);
alter table notification add column body_text varchar(8000);
alter table account add column preferred_language varchar(10) default 'zh-CN' not null;
