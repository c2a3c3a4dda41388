package se.hjulet.search.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import se.hjulet.search.index.SearchDocument;

/**
 * Reads what belongs in the search index straight from the hub's database (H2 or PostgreSQL, the
 * tables of the hub's Flyway migrations): published initiatives with their documents' text, those
 * documents on their own, and public collections. Mirrors the hub's SearchDocuments for the fields
 * they share; kind-specific prose it knows is a learning example's (other kinds index their core).
 */
public final class DatabaseDocuments {

    private final Connection db;

    public DatabaseDocuments(Connection db) {
        this.db = db;
    }

    public List<SearchDocument> all() throws SQLException {
        List<SearchDocument> documents = new ArrayList<>();
        documents.addAll(initiatives());
        documents.addAll(documentsOfPublishedInitiatives());
        documents.addAll(collections());
        return documents;
    }

    public long count() throws SQLException {
        return single("select count(*) from initiative where status = 'PUBLISHED'")
                + single("select count(*) from document d join initiative i on i.id = d.initiative_id where i.status = 'PUBLISHED'")
                + single("select count(*) from collection where visibility = 'PUBLIC'");
    }

    private List<SearchDocument> initiatives() throws SQLException {
        List<SearchDocument> result = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                select i.id, i.kind, i.title, i.lead, i.language, i.published_at, i.updated_at,
                       o.code, o.name, o.county_code, le.background, le.implementation, le.results
                from initiative i join organisation o on o.id = i.owner_id
                left join learning_example le on le.id = i.id
                where i.status = 'PUBLISHED' order by i.id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                String kind = rows.getString("kind").toLowerCase(Locale.ROOT);
                String ownerName = rows.getString("name");
                List<String> successFactors = strings("select text from learning_example_success_factor where learning_example_id = ? order by position", id);
                String body = Stream.of(text(rows.getString("background")), text(rows.getString("implementation")),
                                String.join(" ", successFactors), text(rows.getString("results")))
                        .filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
                List<String> organisations = organisationNames(ownerName, id);
                List<SearchDocument.Attachment> attachments = new ArrayList<>();
                try (PreparedStatement docs = db.prepareStatement("select id, name, extracted_text from document where initiative_id = ? order by id")) {
                    docs.setLong(1, id);
                    try (ResultSet d = docs.executeQuery()) {
                        while (d.next()) {
                            attachments.add(new SearchDocument.Attachment(d.getLong("id"), d.getString("name"), d.getString("extracted_text")));
                        }
                    }
                }
                String code = rows.getString("code");
                result.add(new SearchDocument(null, kind, id, rows.getString("title"), rows.getString("lead"), body,
                        strings("select text from learning_example_conclusion where learning_example_id = ? order by position", id),
                        code != null ? code : ownerName, ownerName, organisations, rows.getString("county_code"),
                        strings("select policy_area from initiative_policy_area where initiative_id = ?", id),
                        strings("select tag from initiative_tag where initiative_id = ?", id),
                        rows.getString("language"), SearchDocument.PUBLIC, instant(rows.getTimestamp("published_at")),
                        instant(rows.getTimestamp("updated_at")), pagePath(kind, id), attachments));
            }
        }
        return result;
    }

    private List<SearchDocument> documentsOfPublishedInitiatives() throws SQLException {
        List<SearchDocument> result = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                select d.id, d.name, d.title, d.extracted_text, d.language, d.updated_at, i.id as initiative_id, i.kind,
                       i.language as initiative_language, i.published_at, o.code, o.name as owner_name, o.county_code
                from document d join initiative i on i.id = d.initiative_id join organisation o on o.id = i.owner_id
                where i.status = 'PUBLISHED' order by d.id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String ownerName = rows.getString("owner_name");
                String code = rows.getString("code");
                String language = rows.getString("language");
                long initiative = rows.getLong("initiative_id");
                result.add(SearchDocument.builder(SearchDocument.DOCUMENT, rows.getLong("id"))
                        .title(rows.getString("name")).lead(rows.getString("title")).body(rows.getString("extracted_text"))
                        .organisation(code != null ? code : ownerName, ownerName).organisationNames(organisationNames(ownerName, initiative))
                        .countyCode(rows.getString("county_code"))
                        .policyAreas(strings("select policy_area from initiative_policy_area where initiative_id = ?", initiative))
                        .language(language != null ? language : rows.getString("initiative_language"))
                        .visibility(SearchDocument.PUBLIC).publishedAt(instant(rows.getTimestamp("published_at")))
                        .updatedAt(instant(rows.getTimestamp("updated_at")))
                        .url(pagePath(rows.getString("kind").toLowerCase(Locale.ROOT), rows.getLong("initiative_id")))
                        .build());
            }
        }
        return result;
    }

    private List<SearchDocument> collections() throws SQLException {
        List<SearchDocument> result = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                "select id, title, description, created_at, updated_at from collection where visibility = 'PUBLIC' order by id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                List<String> themes = strings("select title from collection_theme where collection_id = ? order by position", id);
                List<String> text = new ArrayList<>(strings("""
                        select coalesce(t.title, '') || ' ' || coalesce(t.description, '') from collection_theme t
                        where t.collection_id = ? order by t.position""", id));
                text.addAll(strings("""
                        select coalesce(i.title, n.title, d.name, '') || ' ' || coalesce(i.note, '')
                        from collection_item i join collection_theme t on t.id = i.theme_id
                        left join initiative n on n.id = i.initiative_id left join document d on d.id = i.document_id
                        where t.collection_id = ? order by t.position, i.position""", id));
                text.addAll(strings("""
                        select q.text from collection_theme_question q join collection_theme t on t.id = q.theme_id
                        where t.collection_id = ? order by t.position, q.position""", id));
                result.add(SearchDocument.builder(SearchDocument.COLLECTION, id)
                        .title(rows.getString("title")).lead(rows.getString("description"))
                        .body(text.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n")))
                        .conclusions(themes)
                        .organisationNames(strings("select o.name from collection_participant p join organisation o on o.id = p.organisation_id where p.collection_id = ?", id))
                        .visibility(SearchDocument.PUBLIC).publishedAt(instant(rows.getTimestamp("created_at")))
                        .updatedAt(instant(rows.getTimestamp("updated_at"))).url("/samling.xhtml?id=" + id)
                        .build());
            }
        }
        return result;
    }

    /** The owner first, then the participants, as the hub lists them. */
    private List<String> organisationNames(String ownerName, long initiative) throws SQLException {
        List<String> organisations = new ArrayList<>(List.of(ownerName));
        strings("select o.name from initiative_participant p join organisation o on o.id = p.organisation_id where p.initiative_id = ?", initiative)
                .stream().filter(n -> !organisations.contains(n)).forEach(organisations::add);
        return organisations;
    }

    /** The hub's page of an item of this kind (learning examples have theirs; others their API address). */
    private static String pagePath(String kind, long id) {
        return SearchDocument.LEARNING_EXAMPLE.equals(kind) ? "/exempel.xhtml?id=" + id : "/api/v1/initiatives/" + id;
    }

    private List<String> strings(String sql, long id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
