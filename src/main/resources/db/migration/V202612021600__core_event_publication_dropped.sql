-- Listeners of module events run in the publishing transaction (core.module.BeforeCommit), so no publication is
-- ever left to submit again: the registry's table is not needed.
drop table event_publication;
