package se.hjulet.search.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.hjulet.search.testing.TestFiles;

/**
 * Throughput of the hub's extraction pipeline (detection, limits, time-out thread, Jsoup for HTML, tidying,
 * language) against plain Tika on the same files in the same run. Small by default so it can run in CI;
 * {@code -Dhjulet.benchmark.rounds=20} for steadier figures.
 */
@Tag("benchmark")
class ExtractionBenchmarkTest {

    private static final int ROUNDS = Integer.getInteger("hjulet.benchmark.rounds", 1);

    @Test
    void pipelineVersusPlainTika() throws Exception {
        List<byte[]> files = corpus();
        long bytes = files.stream().mapToLong(f -> f.length).sum();
        Extractor extractor = new Extractor(Extractor.DEFAULT_WRITE_LIMIT, Duration.ofSeconds(60), null);
        AutoDetectParser tika = new AutoDetectParser();
        try {
            Function<byte[], Integer> pipeline = file -> extractor.extract(file).text().length();
            Function<byte[], Integer> plain = file -> plainTika(tika, file);
            // Warm both up (class loading, JIT) before measuring.
            run(files, pipeline, 1);
            run(files, plain, 1);
            // Alternating, best of two each: the other's warm-up or a busy neighbour should not decide the ratio.
            double plainSeconds = Double.MAX_VALUE;
            double pipelineSeconds = Double.MAX_VALUE;
            for (int i = 0; i < 2; i++) {
                plainSeconds = Math.min(plainSeconds, run(files, plain, ROUNDS));
                pipelineSeconds = Math.min(pipelineSeconds, run(files, pipeline, ROUNDS));
            }
            int count = files.size() * ROUNDS;
            System.out.printf(Locale.ROOT, "Extraction benchmark: %d files (%.1f MB) x %d rounds%n", files.size(), bytes / 1e6, ROUNDS);
            System.out.printf(Locale.ROOT, "  plain Tika: %7.1f files/s  %6.2f MB/s%n", count / plainSeconds, bytes * ROUNDS / 1e6 / plainSeconds);
            System.out.printf(Locale.ROOT, "  pipeline:   %7.1f files/s  %6.2f MB/s%n", count / pipelineSeconds, bytes * ROUNDS / 1e6 / pipelineSeconds);
            System.out.printf(Locale.ROOT, "  pipeline / plain Tika throughput: %.2f%n", plainSeconds / pipelineSeconds);
            if (ROUNDS > 1) {
                // Per format, for a closer look (longer runs only, to keep CI short).
                String[] formats = {"PDF", "DOCX", "HTML", "TXT"};
                for (int f = 0; f < formats.length; f++) {
                    int format = f;
                    List<byte[]> some = java.util.stream.IntStream.range(0, files.size()).filter(i -> i % 4 == format)
                            .mapToObj(files::get).toList();
                    double p = run(some, plain, ROUNDS);
                    double q = run(some, pipeline, ROUNDS);
                    System.out.printf(Locale.ROOT, "  %-4s plain Tika %7.1f files/s, pipeline %7.1f files/s, ratio %.2f%n",
                            formats[f], some.size() * ROUNDS / p, some.size() * ROUNDS / q, p / q);
                }
            }
            // Same files, same outcome: every file was read by both.
            assertEquals(files.size(), files.stream().filter(f -> extractor.extract(f).status() == ExtractionStatus.OK).count());
        } finally {
            extractor.close();
        }
    }

    private static double run(List<byte[]> files, Function<byte[], Integer> extract, int rounds) {
        long start = System.nanoTime();
        long characters = 0;
        for (int round = 0; round < rounds; round++) {
            for (byte[] file : files) {
                characters += extract.apply(file);
            }
        }
        if (characters == 0) {
            throw new AssertionError("nothing was extracted");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static int plainTika(AutoDetectParser tika, byte[] file) {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            tika.parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return handler.toString().length();
    }

    /** PDF, DOCX, HTML and text of a few sizes, made from Swedish prose. */
    private static List<byte[]> corpus() {
        String paragraph = "Kommunerna i länet samverkar kring digitalisering och delar erfarenheter av e-tjänster, "
                + "upphandling och kompetensförsörjning. Alla behöver inte uppfinna hjulet, vi måste lära av varandra.\n";
        List<byte[]> files = new ArrayList<>();
        for (int size : new int[] {5, 50, 250}) {
            String text = paragraph.repeat(size);
            files.add(TestFiles.pdf("Rapport " + size, "Test", text));
            files.add(TestFiles.docx("Plan " + size, "Test", text));
            files.add(("<!doctype html><html lang=\"sv\"><head><title>Sida " + size + "</title></head><body><p>"
                    + text.replace("\n", "</p><p>") + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
            files.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
