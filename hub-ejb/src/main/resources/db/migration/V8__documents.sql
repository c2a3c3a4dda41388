-- Documents attached to initiatives: metadata and extraction result in one table, the bytes in another
-- so listing documents never reads them. bytea is PostgreSQL's binary type and an H2 2.x alias of
-- VARBINARY (up to 1 GB), so the same script and the same JPA byte[] mapping work on both.

create table document (
  id bigint primary key,
  initiative_id bigint not null references initiative(id),
  name varchar(255) not null,
  media_type varchar(255) not null,
  size_bytes bigint not null,
  sha256 varchar(64) not null,
  status varchar(16) not null,
  title varchar(1000),
  author varchar(1000),
  language varchar(8),
  page_count integer,
  extracted_text varchar(5000000),
  extraction_message varchar(2000),
  extracted_at timestamp,
  uploaded_by bigint references person(id),
  uploaded_at timestamp not null,
  updated_at timestamp not null,
  version bigint not null default 0,
  -- The same bytes twice in one item are refused; the constraint holds even for concurrent uploads.
  constraint document_same_bytes unique (initiative_id, sha256)
);
create index document_initiative on document(initiative_id);

create table document_content (
  document_id bigint primary key references document(id) on delete cascade,
  bytes bytea not null
);
