package se.hjulet.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.hjulet.benchmark.load.Http;

/** Heap and resident memory of the servers, as the operating system and the JVMs report them. */
public final class Memory {

    /** A JVM: heap used and committed (jstat), and resident set size (/proc). */
    public record Process(long pid, long heapUsedBytes, long heapCommittedBytes, long residentBytes) {
    }

    private Memory() {
    }

    /** {@code jstat -gc}: the used and committed sizes of every heap space, summed. */
    public static Process ofJava(long pid) throws Exception {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        java.lang.Process run = new ProcessBuilder(jstat.toString(), "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
        List<String> lines = new String(run.getInputStream().readAllBytes()).lines().toList();
        run.waitFor();
        long used = 0;
        long committed = 0;
        if (lines.size() >= 2) {
            String[] names = lines.get(0).trim().split("\\s+");
            String[] values = lines.get(1).trim().split("\\s+");
            for (int i = 0; i < names.length && i < values.length; i++) {
                double kilobytes = Double.parseDouble(values[i]);
                switch (names[i]) {
                    case "S0U", "S1U", "EU", "OU" -> used += (long) (kilobytes * 1024);
                    case "S0C", "S1C", "EC", "OC" -> committed += (long) (kilobytes * 1024);
                    default -> { }
                }
            }
        }
        return new Process(pid, used, committed, residentBytes(pid));
    }

    /**
     * The heap a JVM still holds after a full collection ({@code jcmd GC.run}): what it needs, as opposed to what it
     * has in use at a moment, which includes garbage not yet collected. Asked after the resident sizes are read, since
     * a full collection may give memory back.
     */
    public static long liveHeapBytes(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        java.lang.Process run = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
        run.getInputStream().readAllBytes();
        run.waitFor();
        return ofJava(pid).heapUsedBytes();
    }

    public static long pidOfElasticsearch(String url, Http http) {
        return http.get(url + "/_nodes/_local/process?filter_path=nodes.*.process.id").json().get("nodes").elements().next()
                .path("process").path("id").asLong();
    }

    /** VmRSS of a process. */
    public static long residentBytes(long pid) throws IOException {
        return statusBytes(pid, "VmRSS:");
    }

    /**
     * RssFile of a process: the part of its resident set that is files mapped into it. For Elasticsearch that is
     * mostly the index's files (Lucene maps them), that is the kernel's page cache, which it reclaims when memory
     * runs short; VmRSS counts those pages all the same.
     */
    public static long residentFileBytes(long pid) throws IOException {
        return statusBytes(pid, "RssFile:");
    }

    private static long statusBytes(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    /**
     * PostgreSQL's processes share their buffers: the proportional set size (each shared page divided among
     * the processes that map it) adds up to what the server really holds.
     */
    public static long postgresProportionalBytes() throws IOException {
        long total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String command = Files.readString(process.resolve("comm")).strip();
                    if (command.startsWith("postgres")) {
                        for (String line : Files.readAllLines(process.resolve("smaps_rollup"))) {
                            if (line.startsWith("Pss:")) {
                                total += Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                            }
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile, or is not ours to read
                }
            }
        }
        return total;
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    public static String heapAndRss(long heapUsed, long heapLimit, long resident) {
        return String.format(Locale.ROOT, "heap %s of %s, resident %s", megabytes(heapUsed), megabytes(heapLimit), megabytes(resident));
    }
}
