-- The dashboards read insight_figure by (org_id, period) through its primary key. An index on period alone (for the
-- refresh's delete of a month) tempted PostgreSQL, with statistics taken before a rebuild filled the table, into
-- scanning every org's rows of the months (200 ms instead of 5 ms for the national dashboard, bench/insight.sh);
-- the refresh's delete of a month scans the table instead, a few times an hour.
drop index insight_figure_period_ix;
