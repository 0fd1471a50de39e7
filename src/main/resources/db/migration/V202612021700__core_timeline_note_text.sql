-- A note the system writes on a timeline ("entered the annual review") is kept as a message key with its
-- arguments (JSON of core.notification.Text) and shown in the reader's language; notes people write stay in note.
alter table workflow_transition add column note_text varchar(4000);
