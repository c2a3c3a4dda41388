-- Collections curated by facilitators for workshop series: ordered themes, each with ordered items
-- (an initiative, a document or an external link) and reflection questions; events; participants.

create table collection (
  id bigint primary key,
  title varchar(300) not null,
  description varchar(10000),
  visibility varchar(16) not null,
  link_token varchar(64) not null unique,
  curator_id bigint not null references person(id),
  created_at timestamp not null,
  updated_at timestamp not null,
  version bigint not null default 0
);

create table collection_theme (
  id bigint primary key,
  collection_id bigint references collection(id),
  position integer,
  title varchar(200) not null,
  description varchar(4000)
);
create index collection_theme_collection on collection_theme(collection_id);

create table collection_theme_question (
  theme_id bigint not null references collection_theme(id),
  position integer not null,
  text varchar(1000) not null,
  primary key (theme_id, position)
);

create table collection_item (
  theme_id bigint not null references collection_theme(id),
  position integer not null,
  initiative_id bigint references initiative(id),
  document_id bigint references document(id),
  url varchar(2000),
  title varchar(300),
  note varchar(4000),
  primary key (theme_id, position)
);

create table collection_event (
  collection_id bigint not null references collection(id),
  position integer not null,
  event_date date not null,
  title varchar(300) not null,
  primary key (collection_id, position)
);

create table collection_participant (
  collection_id bigint not null references collection(id),
  organisation_id bigint not null references organisation(id),
  primary key (collection_id, organisation_id)
);
