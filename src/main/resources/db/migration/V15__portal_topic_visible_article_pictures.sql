-- Topics can be hidden like channels: a hidden topic leaves the public pages and the feeds but keeps its articles.
alter table portal_topic add column visible boolean default true not null;

-- The pictures uploaded for an article, offered by the newsroom's body editor for insertion.
alter table portal_image add column article_id bigint;
alter table portal_image add constraint portal_image_article_fk foreign key (article_id) references portal_article (id);
create index portal_image_article_ix on portal_image (article_id);
