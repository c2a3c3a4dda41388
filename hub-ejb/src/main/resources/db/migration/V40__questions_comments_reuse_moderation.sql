-- Asking the network (issue 13): questions and their answers, comments on items, "we reused this" marks,
-- and what keeps posts civil: reports by readers, hiding by platform admins (every decision kept for
-- audit). Questions, answers and comments are posts: an author (null once the author erased their posts,
-- or for posts made by the system), optionally the organisation they wrote for, sanitised rich text, and
-- whether a platform admin has hidden it. All ids come from hub_seq, so a post's id is unique across
-- the three tables and reports and moderation decisions name a post by kind and id.

create table question (
  id bigint primary key,
  title varchar(200) not null,
  text varchar(20000) not null,
  author_id bigint references person(id),
  organisation_id bigint references organisation(id),
  helpful_answer_id bigint,
  created_at timestamp not null,
  edited_at timestamp,
  updated_at timestamp not null,
  deleted_at timestamp,
  hidden_at timestamp,
  hidden_reason varchar(1000),
  version bigint not null default 0
);
create index question_author on question(author_id);
create index question_created on question(created_at);

create table question_policy_area (
  question_id bigint not null references question(id),
  policy_area varchar(100) not null,
  primary key (question_id, policy_area)
);

-- The published items a question is about ("Har någon gjort så här?" about a learning example).
create table question_item (
  question_id bigint not null references question(id),
  initiative_id bigint not null references initiative(id),
  primary key (question_id, initiative_id)
);
create index question_item_initiative on question_item(initiative_id);

create table answer (
  id bigint primary key,
  question_id bigint not null references question(id),
  text varchar(20000) not null,
  author_id bigint references person(id),
  organisation_id bigint references organisation(id),
  created_at timestamp not null,
  edited_at timestamp,
  hidden_at timestamp,
  hidden_reason varchar(1000),
  version bigint not null default 0
);
create index answer_question on answer(question_id);
create index answer_author on answer(author_id);

alter table question add constraint question_helpful_answer foreign key (helpful_answer_id) references answer(id);

-- A comment is on exactly one item: an initiative (learning example, project, procurement need) or a
-- collection. Replies point at the comment that starts their thread (one level only).
create table item_comment (
  id bigint primary key,
  initiative_id bigint references initiative(id),
  collection_id bigint references collection(id),
  reply_to_id bigint references item_comment(id),
  text varchar(8000) not null,
  author_id bigint references person(id),
  organisation_id bigint references organisation(id),
  pinned boolean not null default false,
  created_at timestamp not null,
  edited_at timestamp,
  deleted_at timestamp,
  hidden_at timestamp,
  hidden_reason varchar(1000),
  version bigint not null default 0,
  constraint item_comment_on_one_item check ((initiative_id is null) <> (collection_id is null))
);
create index item_comment_initiative on item_comment(initiative_id);
create index item_comment_collection on item_comment(collection_id);
create index item_comment_reply_to on item_comment(reply_to_id);
create index item_comment_author on item_comment(author_id);

-- "Vi har återanvänt detta": an organisation reused or was inspired by an item, optionally naming its
-- own project or learning example that came of it. Once per organisation and item.
create table reuse_mark (
  id bigint primary key,
  initiative_id bigint not null references initiative(id),
  organisation_id bigint not null references organisation(id),
  how varchar(16) not null,
  own_initiative_id bigint references initiative(id),
  note varchar(2000),
  marked_by bigint references person(id),
  created_at timestamp not null,
  constraint reuse_mark_once unique (initiative_id, organisation_id)
);
create index reuse_mark_organisation on reuse_mark(organisation_id);
create index reuse_mark_own on reuse_mark(own_initiative_id);

-- A reader's report of a post; resolved when an admin hides the post or dismisses the report.
create table post_report (
  id bigint primary key,
  post_kind varchar(16) not null,
  post_id bigint not null,
  reason varchar(1000) not null,
  reported_by bigint references person(id),
  created_at timestamp not null,
  resolved_at timestamp,
  resolution varchar(16),
  resolved_by bigint references person(id),
  constraint post_report_once unique (post_kind, post_id, reported_by)
);
create index post_report_post on post_report(post_kind, post_id);
create index post_report_open on post_report(resolved_at);

-- Every hiding and restoring of a post, with the admin and the reason: the audit trail stays even when
-- the post is later erased.
create table moderation_decision (
  id bigint primary key,
  post_kind varchar(16) not null,
  post_id bigint not null,
  action varchar(16) not null,
  reason varchar(1000) not null,
  decided_by bigint references person(id),
  decided_at timestamp not null
);
create index moderation_decision_post on moderation_decision(post_kind, post_id);
