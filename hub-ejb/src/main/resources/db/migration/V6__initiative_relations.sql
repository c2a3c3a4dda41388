-- Lifecycle links between initiatives: a need realised by a project, a project documented as a
-- learning example, or simply related. Stored once, from the source; shown on both ends.
create table initiative_relation (
  id bigint primary key,
  source_id bigint not null references initiative(id),
  target_id bigint not null references initiative(id),
  relation varchar(32) not null,
  created_by bigint references person(id),
  created_at timestamp not null,
  constraint initiative_relation_once unique (source_id, target_id, relation)
);
create index initiative_relation_target on initiative_relation(target_id);
