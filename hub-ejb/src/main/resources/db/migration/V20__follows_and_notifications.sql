-- Follows and notifications (issue 8): a person follows an initiative, a collection, an organisation or a saved
-- search; new or changed published items that match give notifications, in the app and, by the follow's delivery,
-- by e-mail at once or in a daily or weekly digest. The unsubscribe token lets a mail's link stop the mails
-- without a login.

create table follow (
  id bigint primary key,
  person_id bigint not null references person(id),
  kind varchar(16) not null,
  initiative_id bigint references initiative(id),
  collection_id bigint references collection(id) on delete cascade,
  organisation_id bigint references organisation(id),
  search_query varchar(500),
  search_filters varchar(4000),
  delivery varchar(16) not null,
  unsubscribe_token varchar(64) not null unique,
  created_at timestamp not null,
  last_mailed_at timestamp,
  version bigint not null default 0
);
create index follow_person on follow(person_id);
create index follow_initiative on follow(initiative_id);
create index follow_collection on follow(collection_id);
create index follow_organisation on follow(organisation_id);
create index follow_kind on follow(kind);

create table notification (
  id bigint primary key,
  person_id bigint not null references person(id),
  follow_id bigint references follow(id) on delete set null,
  initiative_id bigint references initiative(id),
  collection_id bigint references collection(id) on delete cascade,
  change varchar(16) not null,
  item_changed_at timestamp not null,
  created_at timestamp not null,
  read_at timestamp,
  mail_due boolean not null,
  mailed_at timestamp,
  version bigint not null default 0
);
create index notification_person on notification(person_id, created_at);
create index notification_follow on notification(follow_id, item_changed_at);
create index notification_mail on notification(mail_due, mailed_at);
