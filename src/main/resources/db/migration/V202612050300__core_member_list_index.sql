-- The member list is sorted by name (then id): in a province of 200,000 members the first page is the first rows of
-- this index that are in the caller's scope, instead of sorting the whole scope on every page.
create index member_name_ix on member (name, id);
