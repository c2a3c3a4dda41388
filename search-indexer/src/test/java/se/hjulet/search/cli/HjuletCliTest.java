package se.hjulet.search.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

class HjuletCliTest {

    @Test
    void importsEveryPageOfAFolderThroughTheHubAndReportsTheRefusedOnes(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.html"), "<h1>Första</h1><p>Ingress</p>");
        Files.writeString(folder.resolve("b.htm"), "<p>Ingen rubrik</p>");
        Files.writeString(folder.resolve("notes.txt"), "not a page");
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/api/v1/learning-examples/import", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestURI().getQuery() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            boolean ok = body.contains("<h1>");
            byte[] answer = (ok ? "{\"id\":7}" : "{\"message\":\"The page has no heading (h1)\"}").getBytes(StandardCharsets.UTF_8);
            if (ok) {
                exchange.getResponseHeaders().add("Location", "/api/v1/learning-examples/7");
            }
            exchange.sendResponseHeaders(ok ? 201 : 400, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        hub.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        System.setProperty("hub.token", "secret-token");
        try {
            int exit = new HjuletCli(new PrintStream(output, true, StandardCharsets.UTF_8)).run(new String[] {
                    "import-html", folder.toString(), "--owner", "2281", "--hub", "http://127.0.0.1:" + hub.getAddress().getPort()});

            String printed = output.toString(StandardCharsets.UTF_8);
            assertEquals(1, exit, "one page was refused");
            assertEquals(2, received.size(), "only the HTML files: " + received);
            assertTrue(received.get(0).startsWith("owner=2281 Bearer secret-token <h1>Första</h1>"), received.get(0));
            assertTrue(printed.contains("a.html: draft /api/v1/learning-examples/7"), printed);
            assertTrue(printed.contains("b.htm: 400"), printed);
            assertTrue(printed.contains("2/2 (100%)"), printed);
            assertTrue(printed.contains("1 pages imported as drafts, 1 refused"), printed);
        } finally {
            System.clearProperty("hub.token");
            hub.stop(0);
        }
    }

    @Test
    void rebuildAsksTheHubAndFollowsTheProgressUntilTheAliasHasMoved() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        AtomicInteger polls = new AtomicInteger();
        HttpServer hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/api/v1/admin/search-index/rebuild", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            String body;
            int status = 200;
            if (exchange.getRequestMethod().equals("POST")) {
                status = 202;
                body = "{\"state\":\"running\",\"total\":900,\"indexed\":0}";
            } else if (polls.incrementAndGet() < 3) {
                body = "{\"state\":\"running\",\"total\":900,\"indexed\":" + polls.get() * 300 + "}";
            } else {
                body = "{\"state\":\"done\",\"total\":900,\"indexed\":899,\"newIndex\":\"hjulet-2\",\"removedIndices\":[\"hjulet-1\"],"
                        + "\"notIndexed\":1,\"notIndexedExamples\":{\"document:7\":\"too many fields\"},\"queuedAgain\":4}";
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        hub.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        System.setProperty("hub.token", "admin-token");
        try {
            int exit = new HjuletCli(new PrintStream(output, true, StandardCharsets.UTF_8), 10).run(new String[] {
                    "rebuild", "--hub", "http://127.0.0.1:" + hub.getAddress().getPort() + "/"});

            String printed = output.toString(StandardCharsets.UTF_8);
            assertEquals(1, exit, "one entry could not be indexed: " + printed);
            assertEquals("POST Bearer admin-token", requests.get(0));
            assertEquals(4, requests.size(), "started once, then asked until done: " + requests);
            assertTrue(printed.contains("600/900 (66%)"), printed);
            assertTrue(printed.contains("Alias now points to hjulet-2 (899 entries); removed [\"hjulet-1\"]; 4 items changed meanwhile"), printed);
            assertTrue(printed.contains("not indexed: document:7: \"too many fields\""), printed);
        } finally {
            System.clearProperty("hub.token");
            hub.stop(0);
        }
    }

    @Test
    void rebuildSaysWhatTheHubRefused() throws Exception {
        HttpServer hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/api/v1/admin/search-index/rebuild", exchange -> {
            byte[] answer = "{\"message\":\"Only platform admins rebuild the search index.\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        hub.start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        System.setProperty("hub.token", "member-token");
        try {
            assertEquals(1, new HjuletCli(new PrintStream(output, true, StandardCharsets.UTF_8), 10).run(new String[] {
                    "rebuild", "--hub", "http://127.0.0.1:" + hub.getAddress().getPort()}));
            assertTrue(output.toString(StandardCharsets.UTF_8).contains("403 {\"message\":\"Only platform admins rebuild"), output.toString());
        } finally {
            System.clearProperty("hub.token");
            hub.stop(0);
        }
    }

    @Test
    void withoutACommandItExplainsItself() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertEquals(2, new HjuletCli(new PrintStream(output, true, StandardCharsets.UTF_8)).run(new String[0]));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("rebuild"));
    }

    @Test
    void languageDataGoesIntoTheNodesConfigDirectory(@TempDir Path config) throws Exception {
        var output = new ByteArrayOutputStream();
        assertEquals(0, new HjuletCli(new PrintStream(output, true, StandardCharsets.UTF_8)).run(new String[] {"language-data", config.toString()}));
        assertTrue(Files.readString(config.resolve("hjulet/sv-synonyms.txt")).contains("äldreboende, särskilt boende"));
        assertTrue(Files.size(config.resolve("hjulet/sv-compound-parts.txt")) > 100_000);
        assertTrue(Files.readString(config.resolve("hjulet/en-sv.txt")).contains("=> snöröjning"));
    }
}
