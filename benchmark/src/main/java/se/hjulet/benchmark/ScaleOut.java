package se.hjulet.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.hjulet.benchmark.load.Http;
import se.hjulet.benchmark.stack.HubStack;
import se.hjulet.benchmark.stack.LoadBalancer;
import se.hjulet.benchmark.stack.PayaraDomain;

/**
 * The production shape on one machine: PostgreSQL, a three-node Elasticsearch cluster (the index has a
 * replica), and two Payara instances behind HAProxy at one address. The instances share HTTP sessions
 * through Payara's data grid (Hazelcast, TCP/IP discovery between the two domains; the web module is
 * distributable and deployed with availability), and the hub's signed login cookie (one
 * {@code HUB_LOGIN_SECRET} for both) keeps a login where a session is lost. Both drain the search outbox.
 * <p>
 * {@code ./hjulet scale-out} starts it and waits (Ctrl-C stops it); {@code --check} (in {@code ./hjulet test})
 * shows that both instances serve, that a person's login survives the loss of the instance that made it,
 * that requests keep being answered while one instance is killed, that both drain the outbox, and that
 * nothing published is lost.
 */
public final class ScaleOut {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final HubStack stack;
    private final Http http = new Http();
    private LoadBalancer balancer;

    private ScaleOut(HubStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(option(args, "--root", "."));
        boolean check = List.of(args).contains("--check");
        int port = Integer.parseInt(option(args, "--port", check ? String.valueOf(HubStack.freePort()) : "8090"));
        HubStack stack = new HubStack(new HubStack.Parts(root.resolve("hub-ear/target/hub.ear"), root.resolve("benchmark/target/servers"),
                root.resolve("hub-ear/src/main/payara/pre-boot-commands.asadmin"), root.resolve("benchmark/target/scale-out")),
                HubStack.Database.fromEnvironment(), "scale");
        ScaleOut scaleOut = new ScaleOut(stack);
        int exit = 1;
        try {
            scaleOut.start(port);
            if (check) {
                exit = scaleOut.check() ? 0 : 1;
            } else {
                System.out.println("Hjulet (scale-out) is ready at " + scaleOut.balancer.base() + "/  Press Ctrl-C to stop it.");
                new CountDownLatch(1).await();
            }
        } finally {
            if (scaleOut.balancer != null) {
                scaleOut.balancer.close();
            }
            stack.close();
        }
        System.exit(exit);
    }

    private void start(int port) throws Exception {
        int[] gridPorts = {HubStack.freePort(), HubStack.freePort()};
        String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
        // Sessions live in the data grid the two domains form. A domain on its own is the grid's DAS member, which
        // listens on the DAS port (not the start port, which is for instances); each domain's own, both listed.
        stack.start(3, "-Xms256m -Xmx256m", 2, null, i -> List.of(
                "set-hazelcast-configuration --enabled=true --clustername=hjulet-" + stack.schema().replace('_', '-')
                        + " --clustermode=tcpip --tcpipmembers=" + members + " --dasport=" + gridPorts[i] + " --startport=" + gridPorts[i] + " --autoincrementport=false"
                        + " --interfaces=127.0.0.1",
                "set configs.config.server-config.availability-service.web-container-availability.persistence-type=hazelcast",
                "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true"),
                // One login secret for both: a login cookie either signed is honoured by the other (LoginCookie).
                Map.of("HUB_LOGIN_SECRET", loginSecret()), "--availabilityenabled=true");
        balancer = LoadBalancer.start(Path.of("benchmark/target/scale-out"), port,
                stack.domains().stream().map(PayaraDomain::httpPort).toList());
    }

    private static String loginSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private boolean check() throws Exception {
        List<String> failures = new ArrayList<>();
        String lb = balancer.base();
        String token = stack.adminToken(TOKEN_LIFETIME);

        // 1. Both instances serve, and the one address reaches them.
        for (PayaraDomain domain : stack.domains()) {
            int status = http.get(domain.base() + "api/v1/organisations/1485").status();
            if (status != 200) {
                failures.add(domain.name() + " answered " + status);
            }
        }
        long throughLb = java.util.stream.IntStream.range(0, 20).filter(i -> http.get(lb + "/api/v1/organisations/1485").status() == 200).count();
        if (throughLb != 20) {
            failures.add("only " + throughLb + " of 20 requests through the load balancer were answered");
        }

        // 2. A person logs in with the browser flow through the load balancer.
        Browser browser = new Browser();
        browser.logIn(lb, stack);
        String instance = browser.instance();
        boolean loggedIn = browser.writePageAnswers(lb);
        if (!loggedIn || instance == null) {
            failures.add("the browser login through the load balancer did not hold (instance " + instance + ")");
        }
        // Whether the other instance knows the session already, asked straight (without the balancer): tells a
        // session the data grid does not carry from one the balancer does not hand over.
        PayaraDomain other = stack.domains().get("hub1".equals(instance) ? 1 : 0);
        String otherBase = other.base().toString().replaceAll("/+$", "");
        int otherStatus = browser.writePageStatusAt(otherBase, name -> true);
        int loginCookieOnly = browser.writePageStatusAt(otherBase, "HJULET_LOGIN"::equals);
        System.out.println("Cookies after the login: " + browser.cookieNames() + "; the write page straight from " + other.name()
                + " with the same cookies: " + otherStatus + ", with the login cookie only: " + loginCookieOnly);

        // 3. Steady writes and searches through the load balancer; the instance holding the session is killed.
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>(); // {time, status}
        ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> published = new ConcurrentLinkedQueue<>();
        Set<String> claimers = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            threads.add(started(() -> {
                for (int n = 0; running.get(); n++) {
                    String body = Http.JSON.createObjectNode().put("title", "Skalningsprov " + writer + "-" + n)
                            .put("lead", "Skrivs medan en instans stängs av.").put("ownerOrganisation", "1485").toString();
                    Http.Answer created = http.postJson(lb + "/api/v1/learning-examples", token, body);
                    note(answers, failureSamples, "create", created);
                    if (created.status() != 201) {
                        continue;
                    }
                    long id = created.json().get("id").asLong();
                    Http.Answer publish = http.postJson(lb + "/api/v1/learning-examples/" + id + "/publish", token, "");
                    note(answers, failureSamples, "publish", publish);
                    if (publish.status() == 200) {
                        published.add(id);
                    }
                }
            }));
        }
        threads.add(started(() -> {
            while (running.get()) {
                Http.Answer search = http.get(lb + "/api/v1/search?q=skalningsprov");
                note(answers, failureSamples, "search", search);
            }
        }));
        threads.add(started(() -> watchClaims(running, claimers)));
        // Both drain the outbox before one is killed (the first drains can wait for the index to be made).
        long loadBegan = System.nanoTime();
        long bothDeadline = loadBegan + Duration.ofSeconds(90).toNanos();
        Thread.sleep(8_000);
        while (claimers.size() < 2 && System.nanoTime() < bothDeadline) {
            Thread.sleep(500);
        }
        PayaraDomain victim = stack.domains().get("hub1".equals(instance) ? 0 : 1);
        // The moment of the kill is taken before it: the requests it breaks end while killHard waits for the exit.
        long killedAt = System.nanoTime();
        victim.killHard();
        Thread.sleep(15_000);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        Map<Long, Long> byStatus = answers.stream().collect(Collectors.groupingBy(a -> a[1], TreeMap::new, Collectors.counting()));
        long failedBefore = answers.stream().filter(a -> a[0] < killedAt && a[1] >= 400 || a[0] < killedAt && a[1] < 0).count();
        long failedAfter = answers.stream().filter(a -> a[0] >= killedAt + 3_000_000_000L && (a[1] >= 400 || a[1] < 0)).count();
        long duringKill = answers.stream().filter(a -> a[0] >= killedAt && a[0] < killedAt + 3_000_000_000L && (a[1] >= 400 || a[1] < 0)).count();
        if (failedBefore > 0 || failedAfter > 0) {
            failures.add("requests failed: " + failedBefore + " before the kill, " + failedAfter + " from 3 s after it (" + byStatus
                    + "); the first: " + String.join(" | ", failureSamples));
        }
        boolean stillLoggedIn = browser.writePageAnswers(lb);
        if (!stillLoggedIn) {
            failures.add("the login made on " + instance + " did not survive its loss");
        }
        if (claimers.size() < 2) {
            failures.add("the outbox was drained by " + claimers.size() + " instance(s), not both: " + claimers);
        }

        // 4. Nothing published is lost: the survivor takes over the dead one's claims (after they run out).
        long indexed = awaitIndexed(published, Duration.ofSeconds(150));
        if (indexed != published.size()) {
            failures.add("only " + indexed + " of " + published.size() + " published items reached the index");
        }
        System.out.printf("Scale-out check: both instances served; %d requests through HAProxy while %s was killed after %d s: %s"
                        + " (%d failed in the 3 s after the kill, none later); the login made on %s %s; outbox drained by %d workers;"
                        + " %d of %d published items searchable%n", answers.size(), victim.name(), (killedAt - loadBegan) / 1_000_000_000, byStatus, duringKill, instance,
                stillLoggedIn ? "still held" : "was lost", claimers.size(), indexed, published.size());
        failures.forEach(f -> System.out.println("  FAILED: " + f));
        System.out.println(failures.isEmpty() ? "Scale-out check passed." : "Scale-out check failed.");
        return failures.isEmpty();
    }

    /** Keeps when an answer came and its status; the first few failures with what they said. */
    private static void note(ConcurrentLinkedQueue<long[]> answers, ConcurrentLinkedQueue<String> failureSamples, String what,
            Http.Answer answer) {
        answers.add(new long[] {System.nanoTime(), answer.status()});
        if ((answer.status() >= 400 || answer.status() < 0) && failureSamples.size() < 5) {
            String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
            failureSamples.add(what + " " + answer.status() + " after " + answer.nanos() / 1_000_000 + " ms: "
                    + body.substring(0, Math.min(160, body.length())));
        }
    }

    /** Who holds outbox entries while the load runs: both instances, if both drain. */
    private void watchClaims(AtomicBoolean running, Set<String> claimers) {
        HubStack.Database db = stack.database();
        try (var connection = DriverManager.getConnection(db.urlOf(stack.schema()), db.user(), db.password());
             var query = connection.prepareStatement("select distinct claimed_by from search_outbox where claimed_by is not null")) {
            while (running.get()) {
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        claimers.add(rows.getString(1));
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            System.err.println("Watching the outbox failed: " + e);
        }
    }

    private long awaitIndexed(ConcurrentLinkedQueue<Long> ids, Duration timeout) throws Exception {
        String ids1 = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String query = "{\"query\": {\"bool\": {\"filter\": [{\"terms\": {\"databaseId\": [" + ids1 + "]}},"
                + " {\"term\": {\"kind\": \"learning_example\"}}]}}}";
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = -1;
        while (System.nanoTime() < deadline) {
            Http.Answer answer = http.send(HttpRequest.newBuilder(URI.create(stack.cluster().anyRunningUrl() + "/" + stack.alias() + "/_count"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build());
            count = answer.status() == 200 ? answer.json().get("count").asLong() : -1;
            if (count == ids.size()) {
                return count;
            }
            Thread.sleep(1000);
        }
        return count;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** A browser: cookies, redirects followed one by one (so a failed login says where it stopped), and the hub's login. */
    private static final class Browser {
        private static final int MAX_HOPS = 12;
        private final CookieManager cookies = new CookieManager();
        private volatile String servedBy;
        // HTTP/1.1 as browsers speak it without TLS: Java's client would otherwise ask for an h2c upgrade, which
        // Payara grants, and HAProxy then passes the connection through as a tunnel, unseen (no stickiness, no log).
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        void logIn(String lb, HubStack stack) throws Exception {
            stack.openId().queueLogin("scale-browser", Map.of("name", "Sara Skala", "organisations", List.of("1485")), TOKEN_LIFETIME);
            URI next = URI.create(lb + "/login?return=/skriv/exempel.xhtml");
            List<String> hops = new ArrayList<>();
            for (int hop = 0; hop < MAX_HOPS; hop++) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
                hops.add(answer.statusCode() + " " + next);
                answer.headers().firstValue("X-Served-By").ifPresent(name -> servedBy = name);
                if (answer.statusCode() == 200) {
                    System.out.println("Browser login (the instance that answered): " + String.join(" → ", hops) + " (" + servedBy + ")");
                    return;
                }
                var location = answer.headers().firstValue("Location");
                if (answer.statusCode() / 100 != 3 || location.isEmpty()) {
                    break;
                }
                next = next.resolve(location.get());
            }
            throw new IllegalStateException("The browser login did not reach a page: " + String.join(" → ", hops));
        }

        /** Which instance answered the last page: the one holding the session, as HAProxy keeps a session on its instance. */
        String instance() {
            return servedBy;
        }

        /** The write page's status from an instance asked straight, with those of the cookies the hub set that are named. */
        int writePageStatusAt(String instanceBase, Predicate<String> sent) throws Exception {
            String cookieHeader = cookies.getCookieStore().getCookies().stream().filter(c -> sent.test(c.getName()))
                    .map(c -> c.getName() + "=" + (c.getValue().contains("~") ? c.getValue().substring(c.getValue().indexOf('~') + 1) : c.getValue()))
                    .collect(Collectors.joining("; "));
            HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
            return plain.send(HttpRequest.newBuilder(URI.create(instanceBase + "/skriv/exempel.xhtml")).header("Cookie", cookieHeader).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        String cookieNames() {
            return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "(" + c.getPath() + ")").toList().toString();
        }

        /** The form for writing a learning example opens (a visitor who is not logged in is sent to the login). */
        boolean writePageAnswers(String lb) throws Exception {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(lb + "/skriv/exempel.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            page.headers().firstValue("X-Served-By").ifPresent(name -> servedBy = name);
            return page.statusCode() == 200;
        }
    }
}
