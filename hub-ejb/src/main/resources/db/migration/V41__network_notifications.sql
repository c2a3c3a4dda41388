-- News of the network (issue 13): an answer to a person's question, a comment on their organisation's item
-- (or a reply to their comment), a reuse mark on their organisation's item. Such a notification names the
-- post or mark it is about; when that goes (an answer or comment deleted or erased, a mark taken back), so
-- does the notification. It belongs to the person's one "network" follow (kind NETWORK), which carries
-- their delivery choice and unsubscribe link like every other follow.

alter table notification add column question_id bigint;
alter table notification add column answer_id bigint;
alter table notification add column comment_id bigint;
alter table notification add column reuse_mark_id bigint;
alter table notification add constraint notification_question foreign key (question_id) references question(id) on delete cascade;
alter table notification add constraint notification_answer foreign key (answer_id) references answer(id) on delete cascade;
alter table notification add constraint notification_comment foreign key (comment_id) references item_comment(id) on delete cascade;
alter table notification add constraint notification_reuse_mark foreign key (reuse_mark_id) references reuse_mark(id) on delete cascade;
create index notification_question on notification(question_id);
create index notification_answer on notification(answer_id);
create index notification_comment on notification(comment_id);
create index notification_reuse_mark on notification(reuse_mark_id);
