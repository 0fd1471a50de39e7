-- Finer statistics of org paths: with 50,000 orgs the planner's default histogram cannot tell a city's subtree
-- (a few hundred orgs) from a single unit, and picks sorts that read the whole city.
alter table org alter column path set statistics 1000;
