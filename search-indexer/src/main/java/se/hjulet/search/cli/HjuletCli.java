package se.hjulet.search.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.LanguageData;
import se.hjulet.search.index.RebuildResult;
import se.hjulet.search.index.SearchDocument;
import se.hjulet.search.index.SearchIndex;

/**
 * The hub's command line, with a progress display:
 * <pre>
 *   rebuild                                   the whole index from the database into a new index, then the alias swaps
 *   import-html FOLDER --hub URL --owner CODE  every *.html in FOLDER as a learning-example draft (token in HUB_TOKEN)
 * </pre>
 * Configuration as the hub reads it: system properties or environment variables {@code hub.db.url}
 * ({@code HUB_DB_URL}), {@code hub.db.user}, {@code hub.db.password}, {@code hub.elasticsearch.hosts},
 * {@code hub.elasticsearch.index}. The import goes through the hub's REST API, so the hub's own checks,
 * authorisation and outbox apply exactly as for a person importing one page.
 */
public final class HjuletCli {

    private final PrintStream out;

    HjuletCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        System.exit(new HjuletCli(System.out).run(args));
    }

    int run(String[] args) throws Exception {
        if (args.length == 0) {
            return usage();
        }
        return switch (args[0]) {
            case "rebuild" -> rebuild();
            case "import-html" -> importHtml(args);
            case "language-data" -> languageData(args);
            default -> usage();
        };
    }

    private int rebuild() throws Exception {
        String url = config("hub.db.url", "jdbc:h2:file:./hjulet-data/hub");
        try (Connection db = DriverManager.getConnection(url, config("hub.db.user", "hjulet"), config("hub.db.password", "hjulet"));
             ElasticsearchConnection elasticsearch = new ElasticsearchConnection(config("hub.elasticsearch.hosts", "http://127.0.0.1:9250"))) {
            DatabaseDocuments source = new DatabaseDocuments(db);
            long total = source.count();
            out.printf("Reading %d items from %s%n", total, url.replaceAll("password=[^;&]*", "password=…"));
            List<SearchDocument> documents = source.all();
            SearchIndex index = new SearchIndex(elasticsearch, config("hub.elasticsearch.index", "hjulet"));
            Progress progress = new Progress(out, "Indexing", documents.size());
            RebuildResult result = index.rebuild(documents.iterator(), progress::update);
            progress.done();
            out.printf("Alias %s now points to %s (%d documents); removed %s%n", index.alias(), result.newIndex(),
                    result.indexed(), result.removedIndices());
            result.failures().forEach((id, reason) -> out.printf("  not indexed: %s: %s%n", id, reason));
            return result.failures().isEmpty() ? 0 : 1;
        }
    }

    /** Writes the word lists the index settings read into a node's config directory (every node needs them). */
    private int languageData(String[] args) {
        if (args.length < 2) {
            return usage();
        }
        java.nio.file.Path config = java.nio.file.Path.of(args[1]);
        LanguageData.installInto(config);
        out.printf("Wrote %s into %s%n", LanguageData.FILES, config.resolve(LanguageData.DIRECTORY));
        return 0;
    }

    private int importHtml(String[] args) throws Exception {
        if (args.length < 2) {
            return usage();
        }
        Path folder = Path.of(args[1]);
        String hub = option(args, "--hub", config("hub.url", "http://localhost:8080"));
        String owner = option(args, "--owner", null);
        String token = config("hub.token", null);
        if (owner == null || token == null) {
            out.println("import-html needs --owner CODE and a bearer token in HUB_TOKEN.");
            return 2;
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(folder)) {
            pages = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?")).sorted().toList();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI endpoint = URI.create(hub.replaceAll("/+$", "") + "/api/v1/learning-examples/import?owner="
                + URLEncoder.encode(owner, StandardCharsets.UTF_8));
        Progress progress = new Progress(out, "Importing", pages.size());
        int failed = 0;
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "text/html; charset=utf-8").header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(read(page), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                failed++;
                progress.note(page.getFileName() + ": " + response.statusCode() + " " + response.body());
            } else {
                progress.note(page.getFileName() + ": draft " + response.headers().firstValue("Location").orElse(""));
            }
            progress.update(i + 1);
        }
        progress.done();
        out.printf("%d pages imported as drafts, %d refused%n", pages.size() - failed, failed);
        return failed == 0 ? 0 : 1;
    }

    private static String read(Path page) throws IOException {
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    private int usage() {
        out.println("""
                Usage:
                  rebuild                                      rebuild the search index from the database (alias swap, no downtime)
                  import-html FOLDER --owner CODE [--hub URL]  import SKR-style learning-example pages as drafts (token in HUB_TOKEN)
                  language-data CONFIG_DIR                     write the search's word lists into an Elasticsearch node's config directory
                Configuration: HUB_DB_URL, HUB_DB_USER, HUB_DB_PASSWORD, HUB_ELASTICSEARCH_HOSTS, HUB_ELASTICSEARCH_INDEX""");
        return 2;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** As MicroProfile Config finds it: a system property, else the environment variable (hub.db.url → HUB_DB_URL). */
    static String config(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One line that updates in place on a terminal: count, percentage and a bar. */
    static final class Progress {
        private final PrintStream out;
        private final String label;
        private final long total;
        private final long started = System.nanoTime();

        Progress(PrintStream out, String label, long total) {
            this.out = out;
            this.label = label;
            this.total = total;
        }

        void update(long done) {
            int percent = total == 0 ? 100 : (int) (done * 100 / total);
            int filled = percent / 5;
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "\r%s [%-20s] %d/%d (%d%%) %.1f s", label, "#".repeat(filled), done, total, percent, seconds);
            out.flush();
        }

        void note(String line) {
            out.printf("\r%s%n", line);
        }

        void done() {
            update(total);
            out.println();
        }
    }
}
