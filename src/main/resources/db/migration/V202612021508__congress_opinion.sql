-- A motion converted by the committee (转为意见建议) is an opinion of the congress, not a suggestion: the coming
-- suggestions module (合理化建议) takes that name. Same syntax on H2 and PostgreSQL. The identity sequence keeps its
-- generated name on PostgreSQL (congress_suggestion_id_seq); it stays owned by the renamed column.
alter table congress_suggestion rename to congress_opinion;
alter index congress_suggestion_motion_uk rename to congress_opinion_motion_uk;
