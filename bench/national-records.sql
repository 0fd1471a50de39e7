-- bench/generate-national.sh, step 3 (after the members): 200,000 appeals over 24 months and 20,000 hardship files.
-- Appeals come from every 5th generated member, in the member's unit. Their states follow their age the way the
-- deadline job leaves them: old ones final (closed with a rating, rejected, withdrawn); recent ones open with a
-- running timer (due in the future — the job escalates what passes, so at start it finds nothing to do), some
-- escalated to the city or the province; replies younger than 7 days (older ones the job has closed).
-- Hardship files: every 50th generated member is a householder; the file carries the member's own encrypted ID
-- number and its blind index, and an encrypted income from bench_income (NationalRows encrypt).
\set ON_ERROR_STOP on
begin;

create temporary table appeal_src as
select m.id as member_id, m.org_id, city.id as city_id, city.parent_id as province_id,
       row_number() over (order by m.id) as n
from member m join org o on o.id = m.org_id join org city on city.id = o.parent_id
where m.id % 5 = 0 and o.depth = 3
limit 200000;

create temporary table appeal_gen as
select nextval('appeal_seq') as id, s.*,
       -- age in days, 0 … 730, a little denser towards now (more appeals lately)
       (730 * power(random(), 1.15))::numeric as age,
       random() as r, random() as r2
from appeal_src s;

insert into appeal (id, tracking_no, org_id, member_id, submitted_by_account_id, category, title, content, channel,
                    anonymous, confidential, contact_phone, contact_phone_hash, contact_name, status, rating, reopened,
                    escalation_level, escalated_to_org_id, submitted_at, last_activity_at, replied_at, closed_at,
                    due_at, warn_at, warned, version)
select g.id,
       'SQ' || to_char(g.submitted_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad((g.id % 1000000)::text, 6, '0'),
       g.org_id, g.member_id, null, g.category,
       (array['拖欠工资三个月未发', '社保未足额缴纳', '作业区防护设施缺失', '劳动合同到期未续签', '加班无调休',
              '职工宿舍漏雨', '工伤认定需要法律援助', '食堂价格过高'])[g.cat_no]
           || '（' || g.id || '）',
       '单位职工反映的情况，请尽快核实处理。编号 ' || g.id, g.channel, g.r2 < 0.1, g.r2 > 0.95, null, null, null,
       g.status,
       case when g.status = 'CLOSED' and g.r2 < 0.7 then 1 + (g.id % 5)::int end,
       g.status = 'IN_PROGRESS' and g.r2 between 0.5 and 0.53,
       g.escalation,
       case g.escalation when 1 then g.city_id when 2 then g.province_id end,
       g.submitted_at,
       coalesce(g.closed_at, g.replied_at, g.submitted_at + least(g.age, 3) * interval '1 day'),
       g.replied_at, g.closed_at, g.due_at,
       g.due_at - (g.due_at - g.submitted_at) * 0.2,
       g.due_at is not null and g.due_at - (g.due_at - g.submitted_at) * 0.2 <= now(),
       0
from (
    select a.*,
           case when status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') then now() + (0.2 + r2 * 9) * interval '1 day' end as due_at,
           case when status = 'REPLIED' then now() - least(age, 6.5) * r2 * interval '1 day'
                when status = 'CLOSED' then submitted_at + (2 + r2 * 13) * interval '1 day' end as replied_at,
           case when status in ('CLOSED', 'REJECTED', 'WITHDRAWN')
                then submitted_at + least(age, 2 + r2 * 18) * interval '1 day' end as closed_at,
           case when status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') and age > 30 and r2 < 0.5 then 2
                when status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') and age > 10 and r2 < 0.6 then 1
                else 0 end as escalation
    from (
        select g.*, now() - g.age * interval '1 day' as submitted_at,
               1 + (g.id % 8)::int as cat_no,
               (array['WAGES', 'SOCIAL_INSURANCE', 'SAFETY', 'CONTRACT', 'HOURS_LEAVE', 'HOUSING_LIVING', 'LEGAL_AID', 'OTHER'])[1 + (g.id % 8)::int] as category,
               case when g.r2 < 0.45 then 'APP' when g.r2 < 0.75 then 'WEB' when g.r2 < 0.9 then 'HOTLINE'
                    when g.r2 < 0.96 then 'VISIT' else 'LETTER' end as channel,
               case
                   when g.age > 45 then case when g.r < 0.86 then 'CLOSED' when g.r < 0.93 then 'REJECTED'
                                             when g.r < 0.98 then 'WITHDRAWN' else 'IN_PROGRESS' end
                   when g.age > 7 then case when g.r < 0.55 then 'CLOSED' when g.r < 0.62 then 'REJECTED'
                                            when g.r < 0.66 then 'WITHDRAWN' when g.r < 0.75 then 'REPLIED'
                                            when g.r < 0.95 then 'IN_PROGRESS' else 'ACCEPTED' end
                   else case when g.r < 0.3 then 'SUBMITTED' when g.r < 0.55 then 'ACCEPTED'
                             when g.r < 0.75 then 'IN_PROGRESS' when g.r < 0.95 then 'REPLIED' else 'CLOSED' end
               end as status
        from appeal_gen g
    ) a
) g;

-- hardship files
create temporary table hardship_gen as
select nextval('hardship_file_seq') as id, m.id as member_id, m.org_id, m.id_number, m.id_number_hash, m.phone,
       random() as r, random() as r2, (30 + 700 * random())::numeric as age
from member m join org o on o.id = m.org_id
where m.id % 50 = 1 and o.depth = 3
limit 20000;

insert into hardship_file (id, file_no, org_id, member_id, applied_by_account_id, temporary, id_number, id_number_hash,
                           phone, household_size, income_per_capita, below_poverty_line, causes, grade, description,
                           status, active_household_hash, active_member_id, applied_at, verified_at,
                           notice_started_at, notice_ends_at, approved_at, approved_by_account_id, last_reviewed_at,
                           closed_at, close_reason, version)
select h.id, 'KN' || to_char(h.applied_at, 'YYYY') || '-' || lpad((h.id % 1000000)::text, 6, '0'),
       h.org_id, h.member_id, null, h.status = 'TEMPORARY', h.id_number, h.id_number_hash, h.phone,
       1 + (h.id % 6)::int, i.cipher, i.plain::numeric < 700,
       (array['ILLNESS', 'DISABILITY', 'DISASTER', 'ACCIDENT', 'UNEMPLOYMENT', 'SCHOOLING', 'LOW_INCOME', 'ILLNESS,SCHOOLING'])[1 + (h.id % 8)::int],
       case when h.status in ('APPROVED', 'UNDER_REVIEW', 'EXITED') then (array['DEEP', 'RELATIVE', 'ACCIDENT'])[1 + (h.id % 3)::int] end,
       null, h.status,
       case when h.status not in ('REJECTED', 'EXITED', 'CANCELLED') then h.id_number_hash end,
       case when h.status not in ('REJECTED', 'EXITED', 'CANCELLED') then h.member_id end,
       h.applied_at,
       case when h.status not in ('APPLIED', 'CANCELLED', 'TEMPORARY') then h.applied_at + interval '5 days' end,
       case when h.status in ('PUBLIC_NOTICE', 'APPROVED', 'UNDER_REVIEW', 'EXITED') then h.applied_at + interval '8 days' end,
       case when h.status in ('PUBLIC_NOTICE', 'APPROVED', 'UNDER_REVIEW', 'EXITED') then h.applied_at + interval '15 days' end,
       case when h.status in ('APPROVED', 'UNDER_REVIEW', 'EXITED') then h.applied_at + interval '20 days' end,
       null,
       case when h.status in ('APPROVED', 'UNDER_REVIEW') and h.age > 365 then h.applied_at + interval '1 year' end,
       case when h.status in ('REJECTED', 'EXITED', 'CANCELLED') then h.applied_at + interval '30 days' end,
       case when h.status = 'EXITED' then '收入已超过当地低保线，脱困' when h.status = 'REJECTED' then '核实不符合条件'
            when h.status = 'CANCELLED' then '本人撤回申请' end,
       0
from (
    select g.*, now() - g.age * interval '1 day' as applied_at,
           case when g.r < 0.50 then 'APPROVED' when g.r < 0.58 then 'APPLIED' when g.r < 0.63 then 'VERIFIED'
                when g.r < 0.67 then 'PUBLIC_NOTICE' when g.r < 0.72 then 'UNDER_REVIEW' when g.r < 0.77 then 'TEMPORARY'
                when g.r < 0.89 then 'EXITED' when g.r < 0.95 then 'REJECTED' else 'CANCELLED' end as status
    from hardship_gen g
) h
join (select plain, cipher, row_number() over (order by plain) - 1 as k, count(*) over () as n from bench_income) i
  on i.k = h.id % i.n;

commit;
