package se.hjulet.benchmark.measure;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import se.hjulet.benchmark.generate.Items;
import se.hjulet.search.extract.ExtractionStatus;
import se.hjulet.search.extract.Extractor;

/**
 * The hub's extraction pipeline (detection, limits, the time-out thread, Jsoup for HTML, tidying, language)
 * against plain Tika on the same files in the same JVM, alternately, best of two each: the other's warm-up or
 * a busy neighbour should not decide the ratio.
 */
public final class ExtractionComparison {

    /** Files per second and megabytes per second of each. */
    public record Result(int files, long bytes, double pipelineSeconds, double tikaSeconds) {

        public double pipelineFilesPerSecond() {
            return files / pipelineSeconds;
        }

        public double tikaFilesPerSecond() {
            return files / tikaSeconds;
        }

        public double megabytes() {
            return bytes / 1e6;
        }
    }

    private ExtractionComparison() {
    }

    /**
     * Only this comparison, without the stack or the load (it needs neither), to try a change of the pipeline in
     * a minute: {@code java -cp benchmark/target/classes:$(cat benchmark/target/classpath.txt)
     * se.hjulet.benchmark.measure.ExtractionComparison [files] [seed] [runs]}. The files are the benchmark's.
     */
    public static void main(String[] arguments) {
        int count = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 40;
        long seed = arguments.length > 1 ? Long.parseLong(arguments[1]) : 20261201L;
        int runs = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 3;
        List<byte[]> files = files(seed, count);
        for (int run = 1; run <= runs; run++) {
            Result result = run(files);
            System.out.printf(Locale.ROOT, "run %d: %d files (%.1f MB): pipeline %.1f files/s, plain Tika %.1f files/s, %.2f×%n", run,
                    result.files(), result.megabytes(), result.pipelineFilesPerSecond(), result.tikaFilesPerSecond(),
                    result.pipelineFilesPerSecond() / result.tikaFilesPerSecond());
        }
    }

    /** {@code count} files like the benchmark's load, from the next seed (the same formats and page counts). */
    public static List<byte[]> files(long seed, int count) {
        Items sample = new Items(seed + 1, count, count, List.of(new Items.Municipality("1485", "Uddevalla", "14")));
        return IntStream.range(0, sample.size()).boxed().flatMap(i -> sample.item(i).documents().stream())
                .map(Items.DocumentSpec::bytes).toList();
    }

    private static final int ROUNDS = 4;

    public static Result run(List<byte[]> files) {
        Extractor extractor = new Extractor(Extractor.DEFAULT_WRITE_LIMIT, Duration.ofSeconds(60), null);
        AutoDetectParser tika = new AutoDetectParser();
        try {
            ToIntFunction<byte[]> pipeline = file -> extractor.extract(file).text().length();
            ToIntFunction<byte[]> plain = file -> plainTika(tika, file);
            long unread = files.stream().filter(f -> extractor.extract(f).status() != ExtractionStatus.OK).count();
            if (unread > 0) {
                throw new IllegalStateException(unread + " of " + files.size() + " generated files could not be read by the hub's pipeline");
            }
            time(files, plain);
            double tikaSeconds = Double.MAX_VALUE;
            double pipelineSeconds = Double.MAX_VALUE;
            // The best of several alternating rounds: work of the machine in between (the JIT, a collection, another
            // process) lands on single rounds, not on one side.
            for (int i = 0; i < ROUNDS; i++) {
                tikaSeconds = Math.min(tikaSeconds, time(files, plain));
                pipelineSeconds = Math.min(pipelineSeconds, time(files, pipeline));
            }
            return new Result(files.size(), files.stream().mapToLong(f -> f.length).sum(), pipelineSeconds, tikaSeconds);
        } finally {
            extractor.close();
        }
    }

    private static double time(List<byte[]> files, ToIntFunction<byte[]> extract) {
        long began = System.nanoTime();
        long characters = 0;
        for (byte[] file : files) {
            characters += extract.applyAsInt(file);
        }
        if (characters == 0) {
            throw new IllegalStateException("nothing was extracted");
        }
        return (System.nanoTime() - began) / 1e9;
    }

    private static int plainTika(AutoDetectParser tika, byte[] file) {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            tika.parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return handler.toString().length();
    }
}
