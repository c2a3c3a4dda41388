-- Organisations taking part in each other's projects and procurement needs:
-- interested -> pledged -> accepted or declined by the owner. One participation per organisation and item.
create table participation (
  id bigint primary key,
  initiative_id bigint not null references initiative(id),
  organisation_id bigint not null references organisation(id),
  status varchar(16) not null,
  message varchar(2000),
  contact_name varchar(200),
  contact_email varchar(320),
  pledged_sek bigint,
  person_days integer,
  joins_procurement boolean not null default false,
  created_by bigint references person(id),
  created_at timestamp not null,
  updated_at timestamp not null,
  decided_at timestamp,
  version bigint not null default 0,
  constraint participation_once unique (initiative_id, organisation_id)
);
create index participation_item on participation(initiative_id);
