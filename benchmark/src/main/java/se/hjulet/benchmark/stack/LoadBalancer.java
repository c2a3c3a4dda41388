package se.hjulet.benchmark.stack;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Debian's HAProxy in front of the hub's Payara instances: one address, round robin, sessions kept on the
 * instance that made them (the {@code JSESSIONID} cookie carries the instance's name as a prefix), an
 * instance that stops answering its liveness check (within 5 s) three times in a row taken out, and a request
 * whose instance cannot be reached sent to another one ({@code option redispatch}). Every answer names the
 * instance that gave it ({@code X-Served-By}), so a check can tell which one holds a session. Every request
 * is logged with how it ended ({@code haproxy.log} in the working directory).
 */
public final class LoadBalancer implements AutoCloseable {

    private final int port;
    private final Process process;

    private LoadBalancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts HAProxy on {@code port} before the given hub instances (their HTTP ports). */
    public static LoadBalancer start(Path work, int port, List<Integer> instances) throws Exception {
        String servers = String.join("\n", IntStream.range(0, instances.size()).mapToObj(i ->
                "  server hub" + (i + 1) + " 127.0.0.1:" + instances.get(i) + " check cookie hub" + (i + 1)).toList());
        String config = """
                global
                  maxconn 4000
                  log stdout format raw local0 info
                defaults
                  mode http
                  log global
                  option httplog
                  timeout connect 2s
                  timeout client 300s
                  timeout server 300s
                  timeout check 5s
                  retries 3
                  option redispatch
                frontend hub
                  bind 127.0.0.1:%d
                  capture request header Cookie len 300
                  default_backend payara
                backend payara
                  balance roundrobin
                  option httpchk GET /health/live
                  http-check expect status 200
                  default-server inter 1s fall 3 rise 2
                  cookie JSESSIONID prefix nocache
                  http-response set-header X-Served-By %%s
                %s
                """.formatted(port, servers);
        Files.createDirectories(work);
        Path file = work.resolve("haproxy.cfg");
        Files.writeString(file, config);
        Process process = new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new LoadBalancer(port, process);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("HAProxy ended: " + Files.readString(work.resolve("haproxy.log")));
                }
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("HAProxy did not listen on " + port);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
