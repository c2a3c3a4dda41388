-- PostgreSQL indexes primary keys and unique constraints, not foreign keys. At 100,000 items (issue 10's benchmark)
-- every read of an item's tags, policy areas, contacts, links, conclusions, success factors and financing was a
-- sequential scan of a table as large as the items: the search outbox drained 22 entries a second, and ever slower
-- as the hub grew. With these indexes, added to the running benchmark's schema, it drained about 165 a second.
create index initiative_tag_item on initiative_tag(initiative_id);
create index initiative_policy_area_item on initiative_policy_area(initiative_id);
create index initiative_contact_item on initiative_contact(initiative_id);
create index initiative_link_item on initiative_link(initiative_id);
create index learning_example_conclusion_item on learning_example_conclusion(learning_example_id);
create index learning_example_success_factor_item on learning_example_success_factor(learning_example_id);
create index project_financing_project on project_financing(project_id);

-- The reverse look-ups: an organisation's participations, financing and members; the collections that hold an
-- item or a document.
create index initiative_participant_organisation on initiative_participant(organisation_id);
create index project_financing_organisation on project_financing(organisation_id);
create index membership_organisation on membership(organisation_id);
create index participation_organisation on participation(organisation_id);
create index collection_item_initiative on collection_item(initiative_id);
create index collection_item_document on collection_item(document_id);

-- The outbox: due entries are claimed oldest first (without this, every claim sorted the whole backlog), and the
-- document reader asks, several times a second, for the entries of documents not read yet (without these, each
-- question read the whole backlog: 20 ms at 150,000 waiting entries, now well under 1 ms).
create index search_outbox_order on search_outbox(created_at, id);
create index search_outbox_kind on search_outbox(item_kind, next_attempt_at);
create index document_status on document(status, id);
