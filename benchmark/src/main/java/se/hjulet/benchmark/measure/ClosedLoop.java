package se.hjulet.benchmark.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import se.hjulet.benchmark.load.Http;

/**
 * {@code clients} clients that each send the next request as soon as the last one was answered, for a
 * fixed time: the load of that many people or programs working without pause.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** @param request the i-th request of the run (all clients share one sequence, e.g. lines of a query log) */
    public static Latencies run(int clients, Duration duration, IntFunction<Http.Answer> request) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        long deadline = began + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                long[] times = new long[1024];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    Http.Answer answer = request.apply(next.getAndIncrement());
                    if (answer.status() != 200) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("  ! " + answer.status() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
                        }
                        continue;
                    }
                    if (count == times.length) {
                        times = java.util.Arrays.copyOf(times, count * 2);
                    }
                    times[count++] = answer.nanos();
                }
                return java.util.Arrays.copyOf(times, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return Latencies.of(merged, seconds, errors.get());
    }
}
