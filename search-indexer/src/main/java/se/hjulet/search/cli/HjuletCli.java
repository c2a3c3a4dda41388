package se.hjulet.search.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import se.hjulet.search.index.LanguageData;

/**
 * The hub's command line, with a progress display:
 * <pre>
 *   rebuild [--hub URL]                       the hub rebuilds its index from its database into a new index, then the alias swaps
 *   import-html FOLDER --hub URL --owner CODE  every *.html in FOLDER as a learning-example draft (token in HUB_TOKEN)
 * </pre>
 * Both talk to a running hub through its REST API with a bearer token ({@code HUB_TOKEN}; the hub's address
 * in {@code --hub} or {@code HUB_URL}), so the hub's own checks, authorisation and outbox apply exactly as
 * for a person doing the same in the browser, and the index entries are built in one place, the hub.
 */
public final class HjuletCli {

    private final PrintStream out;
    private final long pollMillis;

    HjuletCli(PrintStream out) {
        this(out, 1000);
    }

    HjuletCli(PrintStream out, long pollMillis) {
        this.out = out;
        this.pollMillis = pollMillis;
    }

    public static void main(String[] args) throws Exception {
        System.exit(new HjuletCli(System.out).run(args));
    }

    int run(String[] args) throws Exception {
        if (args.length == 0) {
            return usage();
        }
        return switch (args[0]) {
            case "rebuild" -> rebuild(args);
            case "import-html" -> importHtml(args);
            case "language-data" -> languageData(args);
            default -> usage();
        };
    }

    /**
     * Asks the hub to rebuild its search index (the hub builds every index entry, as it does for each
     * change) and follows the progress until the alias has moved. Needs a platform admin's token.
     */
    private int rebuild(String[] args) throws Exception {
        String hub = option(args, "--hub", config("hub.url", "http://localhost:8080"));
        String token = config("hub.token", null);
        if (token == null) {
            out.println("rebuild needs a platform admin's bearer token in HUB_TOKEN.");
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI endpoint = URI.create(hub.replaceAll("/+$", "") + "/api/v1/admin/search-index/rebuild");
        HttpResponse<String> started = http.send(authorised(endpoint, token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            out.printf("The hub did not start the rebuild: %d %s%n", started.statusCode(), started.body());
            return 1;
        }
        JsonObject progress = json(started.body());
        out.printf("Rebuilding the search index of %s from its database%n", hub);
        Progress bar = new Progress(out, "Indexing", progress.getJsonNumber("total").longValue());
        while ("running".equals(progress.getString("state"))) {
            bar.update(progress.getJsonNumber("indexed").longValue());
            Thread.sleep(pollMillis);
            HttpResponse<String> answer = http.send(authorised(endpoint, token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                out.printf("%nThe hub did not tell the progress: %d %s%n", answer.statusCode(), answer.body());
                return 1;
            }
            progress = json(answer.body());
        }
        if (!"done".equals(progress.getString("state"))) {
            out.printf("%nThe rebuild failed, the old index still serves searches: %s%n", progress.get("error"));
            return 1;
        }
        bar.done();
        out.printf("Alias now points to %s (%d entries); removed %s; %d items changed meanwhile are queued again%n",
                progress.getString("newIndex"), progress.getJsonNumber("indexed").longValue(), progress.get("removedIndices"),
                progress.getJsonNumber("queuedAgain").longValue());
        progress.getJsonObject("notIndexedExamples").forEach((id, reason) -> out.printf("  not indexed: %s: %s%n", id, reason));
        return progress.getJsonNumber("notIndexed").longValue() == 0 ? 0 : 1;
    }

    private static HttpRequest.Builder authorised(URI endpoint, String token) {
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
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
                  rebuild [--hub URL]                          the hub rebuilds its search index from its database (alias swap, no downtime)
                  import-html FOLDER --owner CODE [--hub URL]  import SKR-style learning-example pages as drafts (token in HUB_TOKEN)
                  language-data CONFIG_DIR                     write the search's word lists into an Elasticsearch node's config directory
                Configuration: HUB_URL (default http://localhost:8080), HUB_TOKEN (a bearer token; rebuild needs a platform admin's)""");
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
