package se.hjulet.benchmark.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara domain of its own, driven with asadmin like an operator would: created fresh, started with
 * the hub's configuration in its environment and the hub's Payara settings, killed with SIGKILL, started
 * again. Unlike the Arquillian container it survives whatever the fault suite does to it; the benchmark
 * and the scale-out check run their hubs in such domains too.
 */
public final class PayaraDomain {

    /** Offsets of the ports a domain created with {@code --portbase} uses (admin, HTTP, HTTPS, JMX, IIOP, JMS, OSGi, debug). */
    private static final int[] PORT_OFFSETS = {48, 80, 81, 86, 37, 38, 39, 76, 66, 9};
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path payaraHome;
    private final String name;
    private final int portBase;
    private final Map<String, String> environment;
    private final Path preBootCommands;

    private PayaraDomain(Path payaraHome, String name, int portBase, Map<String, String> environment, Path preBootCommands) {
        this.payaraHome = payaraHome;
        this.name = name;
        this.portBase = portBase;
        this.environment = environment;
        this.preBootCommands = preBootCommands.toAbsolutePath();
    }

    /** For hub-ear's tests: the hub's Payara settings from {@code src/main/payara/} of the working directory. */
    public static PayaraDomain create(Path payaraHome, String name, Map<String, String> environment) throws Exception {
        return create(payaraHome, name, environment, Path.of("src/main/payara/pre-boot-commands.asadmin"));
    }

    /**
     * A new domain (an old one of the same name is deleted) on a block of free ports, booted with the
     * asadmin commands of {@code preBootCommands} (the hub's {@code pre-boot-commands.asadmin}, perhaps with more).
     */
    public static PayaraDomain create(Path payaraHome, String name, Map<String, String> environment, Path preBootCommands)
            throws Exception {
        var domain = new PayaraDomain(payaraHome, name, freePortBase(), environment, preBootCommands);
        if (Files.isDirectory(domain.directory())) {
            domain.asadmin(false, "stop-domain", "--kill=true", name);
            domain.asadmin(true, "delete-domain", name);
        }
        domain.asadmin(true, "--user", "admin", "create-domain", "--nopassword=true", "--portbase", String.valueOf(domain.portBase), name);
        return domain;
    }

    /** Starts the domain with the hub's Payara settings, as {@code ./hjulet start} does. */
    public void start() throws Exception {
        long began = System.nanoTime();
        asadmin(true, "start-domain", "--prebootcommandfile", preBootCommands.toString(), name);
        System.out.printf("[payara %s] started in %d s%n", name, (System.nanoTime() - began) / 1_000_000_000);
    }

    /**
     * Runs asadmin commands against the running domain, one by one. For settings a boot-time command file cannot
     * make: the data grid's configuration given there left the domain in the default grid of its own ("development").
     */
    public void configure(List<String> commands) throws Exception {
        for (String command : commands) {
            List<String> arguments = new ArrayList<>(List.of("--port", String.valueOf(adminPort())));
            arguments.addAll(List.of(command.strip().split("\\s+")));
            asadmin(true, arguments.toArray(String[]::new));
        }
    }

    public void deploy(Path ear, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--port", String.valueOf(adminPort()), "deploy", "--name", "hub"));
        arguments.addAll(List.of(options));
        arguments.add(ear.toString());
        asadmin(true, arguments.toArray(String[]::new));
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it: no shutdown hooks, nothing flushed. */
    public void killHard() throws Exception {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("Payara is not running"));
        process.destroyForcibly();
        process.onExit().get(1, TimeUnit.MINUTES);
        System.out.printf("[payara %s] killed (pid %d)%n", name, pid);
    }

    public void stop() throws Exception {
        asadmin(false, "stop-domain", "--kill=true", name);
    }

    /** Waits until the hub answers a database-backed API call. */
    public void awaitHub() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + START_TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(base() + "api/v1/organisations/1485"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The hub in domain " + name + " did not answer within " + START_TIMEOUT.toSeconds() + " s");
    }

    public URL base() throws Exception {
        return new URL("http://127.0.0.1:" + httpPort() + "/");
    }

    public int httpPort() {
        return portBase + 80;
    }

    public int adminPort() {
        return portBase + 48;
    }

    /**
     * The server's maximum heap (as {@code -Xmx1g}) instead of the domain's 512 MB: written into domain.xml,
     * so call it before {@link #start()}.
     */
    public void heap(String maximum) throws IOException {
        Path xml = directory().resolve("config/domain.xml");
        Files.writeString(xml, Files.readString(xml).replace("<jvm-options>-Xmx512m</jvm-options>", "<jvm-options>" + maximum + "</jvm-options>"));
    }

    /** The server's process id while it runs. */
    public long pid() throws IOException {
        return Long.parseLong(Files.readString(directory().resolve("config/pid")).strip());
    }

    public String name() {
        return name;
    }

    public Path serverLog() {
        return directory().resolve("logs/server.log");
    }

    private Path directory() {
        return payaraHome.resolve("glassfish/domains").resolve(name);
    }

    private void asadmin(boolean mustSucceed, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("asadmin-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // The server inherits asadmin's environment: two malloc arenas, as ./hjulet start gives it (docs/architecture.md, "Sizing").
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish");
        }
        String printed = Files.readString(output);
        Files.deleteIfExists(output);
        if (mustSucceed && process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed: " + printed);
        }
    }

    private static int freePortBase() {
        // From a random block on: two runs creating domains at the same moment (the benchmark beside the
        // scale-out check) would otherwise both find the first block free and collide when they bind it.
        int blocks = (60000 - 31000) / 200;
        int first = java.util.concurrent.ThreadLocalRandom.current().nextInt(blocks);
        for (int i = 0; i < blocks; i++) {
            int base = 31000 + (first + i) % blocks * 200;
            if (allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("No free block of ports for a Payara domain");
    }

    private static boolean allFree(int base) {
        for (int offset : PORT_OFFSETS) {
            try (ServerSocket socket = new ServerSocket(base + offset, 1, InetAddress.getByName("0.0.0.0"))) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
