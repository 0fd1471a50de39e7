-- bench/generate-national.sh, step 1: the national org tree under the demo's root, on PostgreSQL.
-- 31 provinces (the demo's 黑龙江, 青海 and 湖北 among them) → cities → grassroots units; 黑龙江 is the big one
-- (13 cities × 384 units ≈ 5,000 orgs), the other 30 have 12 cities × 124 units. About 50,000 orgs in all.
-- Also fills bench_unit (org id, region, member count, industry): how many members each new unit gets, 200,000 in
-- 黑龙江 and 800,000 elsewhere, uneven (weights 1…20) but summing exactly. Ids come from org_seq like the app's.
\set ON_ERROR_STOP on
begin;

create temporary table province_def (name varchar(100), region varchar(6), cities int, units int);
insert into province_def values
 ('北京市', '110000', 12, 124), ('天津市', '120000', 12, 124), ('河北省', '130000', 12, 124),
 ('山西省', '140000', 12, 124), ('内蒙古自治区', '150000', 12, 124), ('辽宁省', '210000', 12, 124),
 ('吉林省', '220000', 12, 124), ('黑龙江省', '230000', 13, 384), ('上海市', '310000', 12, 124),
 ('江苏省', '320000', 12, 124), ('浙江省', '330000', 12, 124), ('安徽省', '340000', 12, 124),
 ('福建省', '350000', 12, 124), ('江西省', '360000', 12, 124), ('山东省', '370000', 12, 124),
 ('河南省', '410000', 12, 124), ('湖北省', '420000', 12, 124), ('湖南省', '430000', 12, 124),
 ('广东省', '440000', 12, 124), ('广西壮族自治区', '450000', 12, 124), ('海南省', '460000', 12, 124),
 ('重庆市', '500000', 12, 124), ('四川省', '510000', 12, 124), ('贵州省', '520000', 12, 124),
 ('云南省', '530000', 12, 124), ('西藏自治区', '540000', 12, 124), ('陕西省', '610000', 12, 124),
 ('甘肃省', '620000', 12, 124), ('青海省', '630000', 12, 124), ('宁夏回族自治区', '640000', 12, 124),
 ('新疆维吾尔自治区', '650000', 12, 124);

-- provinces the demo did not create
insert into org (id, parent_id, name, type, industry, region_code, path, depth, status, created_at, version)
select p.id, root.id, p.name || '农林水利气象工会', 'PROVINCIAL', null, p.region, root.path || p.id || '/', 1, 'ACTIVE',
       now() - interval '3 years', 0
from (select nextval('org_seq') as id, d.* from province_def d
      where not exists (select 1 from org o where o.name = d.name || '农林水利气象工会')) p
cross join (select id, path from org where parent_id is null) root;

create temporary table city_def as
select prov.id as province_id, prov.path as province_path, d.name as province_name, d.region, c as city_no, d.units
from province_def d
join org prov on prov.name = d.name || '农林水利气象工会'
cross join lateral generate_series(1, d.cities) c;

insert into org (id, parent_id, name, type, industry, region_code, path, depth, status, created_at, version)
select x.id, x.province_id, x.province_name || '第' || x.city_no || '地区农林水利气象工会', 'CITY', null,
       substr(x.region, 1, 2) || lpad(x.city_no::text, 2, '0') || '00', x.province_path || x.id || '/', 2, 'ACTIVE',
       now() - interval '3 years', 0
from (select nextval('org_seq') as id, c.* from (select * from city_def order by province_id, city_no) c) x;

create temporary table unit_def as
select city.id as city_id, city.path as city_path, city.region_code, replace(city.name, '农林水利气象工会', '') as city_name,
       d.units, u as unit_no
from city_def d
join org city on city.parent_id = d.province_id and city.name = d.province_name || '第' || d.city_no || '地区农林水利气象工会'
cross join lateral generate_series(1, d.units) u;

insert into org (id, parent_id, name, type, industry, region_code, path, depth, status, created_at, version)
select x.id, x.city_id,
       x.city_name || '第' || x.unit_no
           || (array['农场', '林场', '水库管理站', '气象站'])[x.unit_no % 4 + 1] || '工会',
       'GRASSROOTS', (array['AGRICULTURE', 'FORESTRY', 'WATER_CONSERVANCY', 'METEOROLOGY'])[x.unit_no % 4 + 1],
       x.region_code, x.city_path || x.id || '/', 3,
       -- one unit in 200 has closed: the tree has some history
       case when x.unit_no % 200 = 199 then 'CLOSED' else 'ACTIVE' end,
       now() - interval '2 years', 0
from (select nextval('org_seq') as id, u.* from (select * from unit_def order by city_id, unit_no) u) x;

-- member counts per new unit: weight 1…20 from a hash of the id, scaled so each province's total is exact
create table bench_unit as
with units as (
    select o.id, o.region_code, o.industry, prov.name as province,
           1 + abs(hashtext(o.id::text)) % 20 as w
    from org o join org city on city.id = o.parent_id join org prov on prov.id = city.parent_id
    where o.type = 'GRASSROOTS' and o.depth = 3 and o.status = 'ACTIVE'
), weighted as (
    select u.*, sum(w) over (partition by province order by id) as cum, sum(w) over (partition by province) as total,
           case when province = '黑龙江省农林水利气象工会' then 200000 else 800000 / 30 end as target
    from units u
)
select id, region_code, industry,
       (floor(target::numeric * cum / total) - floor(target::numeric * (cum - w) / total))::int as members
from weighted;

commit;
