package se.hjulet.hub.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL indexes primary keys and unique constraints, not foreign keys. At 100,000 items an item's tags were read
 * with a sequential scan of every item's tags, and the search outbox fell hours behind. Every foreign key column
 * starts an index, unless it only records who did something or for whom, which the hub never looks up by (listed
 * here, so that a new one is a decision).
 */
class ForeignKeyIndexesTest {

    private static final Set<String> NEVER_LOOKED_UP_BY = Set.of(
            "initiative.created_by", "initiative_relation.created_by", "document.uploaded_by", "reuse_mark.marked_by",
            "post_report.reported_by", "post_report.resolved_by", "moderation_decision.decided_by",
            "membership_request.decided_by", "membership_request.person_id", "participation.created_by",
            "collection.curator_id", "question.helpful_answer_id", "question.organisation_id", "answer.organisation_id",
            "item_comment.organisation_id", "organisation_member.member_id", "notification.initiative_id",
            "notification.collection_id", "procurement_need_cpv.cpv_code", "collection_participant.organisation_id");

    @Test
    void everyForeignKeyTheHubLooksUpByStartsAnIndex() throws Exception {
        Database postgres = Database.postgres();
        postgres.migrated().close();
        try (var connection = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
             var query = connection.prepareStatement("""
                     select c.conrelid::regclass::text, a.attname from pg_constraint c
                       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                      where c.contype = 'f' and c.connamespace = ?::regnamespace
                        and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                      order by 1, 2""")) {
            query.setString(1, postgres.schema());
            List<String> unindexed = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    String column = table.substring(table.indexOf('.') + 1) + "." + rows.getString(2);
                    if (!NEVER_LOOKED_UP_BY.contains(column)) {
                        unindexed.add(column);
                    }
                }
            }
            assertEquals(List.of(), unindexed, "foreign keys without an index (add one in a migration, or list the column here"
                    + " if the hub never looks rows up by it)");
        } finally {
            postgres.drop();
        }
    }
}
