package se.hjulet.benchmark.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import se.hjulet.benchmark.generate.Items;

/**
 * Loads generated items into a running hub the way an integration would: items through the bulk endpoint
 * (the hub's own validation, authorisation and outbox), documents one by one through the upload endpoint.
 * Shows progress and the rate; any refusal stops the load with the hub's answer.
 */
public final class Loader {

    /** Keeps a request well under the hub's 2 MiB body limit. */
    private static final int MAX_BODY_CHARS = 1_200_000;

    private final Http http;
    private final String api;
    private final String token;
    private final PrintStream out;

    public record Result(int items, double itemsPerSecond, int documents, double documentsPerSecond, AtomicLongArray ids) {
    }

    public Loader(Http http, String hubBase, String token, PrintStream out) {
        this.http = http;
        this.api = hubBase.replaceAll("/+$", "") + "/api/v1/";
        this.token = token;
        this.out = out;
    }

    /** The municipalities the hub knows (its reference data: all 290). */
    public List<Items.Municipality> municipalities() {
        JsonNode list = http.get(api + "organisations?kind=municipality").requireStatus(200, "Listing municipalities").json();
        List<Items.Municipality> municipalities = new ArrayList<>();
        list.forEach(o -> municipalities.add(new Items.Municipality(o.get("code").asText(), o.get("name").asText(),
                o.path("countyCode").asText(null))));
        return municipalities;
    }

    /** Items {@code 0..items.size()-1} by {@code clients} parallel bulk requests of up to {@code batch} items. */
    public Result loadItems(Items items, int batch, int clients) throws Exception {
        AtomicLongArray ids = new AtomicLongArray(items.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Progress progress = new Progress(out, "items    ", items.size(), "items");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> senders = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            senders.add(pool.submit(() -> {
                while (true) {
                    int first;
                    int last;
                    synchronized (next) {
                        first = next.get();
                        if (first >= items.size()) {
                            return null;
                        }
                        last = Math.min(items.size(), first + batch);
                        next.set(last);
                    }
                    sendBatch(items, first, last, ids);
                    progress.update(done.addAndGet(last - first));
                }
            }));
        }
        try {
            for (Future<?> sender : senders) {
                sender.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double rate = progress.done(items.size());
        return new Result(items.size(), rate, 0, 0, ids);
    }

    private void sendBatch(Items items, int first, int last, AtomicLongArray ids) {
        int start = first;
        while (start < last) {
            ArrayNode entries = Http.JSON.createArrayNode();
            int end = start;
            int chars = 0;
            List<Integer> order = new ArrayList<>();
            while (end < last && chars < MAX_BODY_CHARS) {
                Items.Item item = items.item(end);
                ObjectNode entry = entries.addObject();
                entry.set(item.kind().field, item.input());
                entry.put("publish", item.publish());
                if (item.relation() != null && ids.get(item.relation().target()) != 0) {
                    entry.putArray("relations").addObject().put("relation", item.relation().relation())
                            .put("targetId", ids.get(item.relation().target()));
                }
                chars += item.input().toString().length();
                order.add(end++);
            }
            ObjectNode body = Http.JSON.createObjectNode();
            body.set("items", entries);
            JsonNode stored = http.postJson(api + "initiatives/bulk", token, body.toString()).requireStatus(200, "Bulk load of items " + start + "–" + (end - 1)).json();
            for (int i = 0; i < order.size(); i++) {
                ids.set(order.get(i), stored.get(i).get("id").asLong());
            }
            start = end;
        }
    }

    /** Every item's documents, made and uploaded by {@code clients} parallel uploaders. */
    public Result loadDocuments(Items items, AtomicLongArray ids, int total, int clients) throws Exception {
        AtomicInteger nextItem = new AtomicInteger();
        AtomicInteger uploaded = new AtomicInteger();
        Progress progress = new Progress(out, "documents", total, "documents");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> uploaders = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            uploaders.add(pool.submit(() -> {
                for (int index = nextItem.getAndIncrement(); index < items.size(); index = nextItem.getAndIncrement()) {
                    for (Items.DocumentSpec document : items.item(index).documents()) {
                        upload(ids.get(index), document);
                        progress.update(uploaded.incrementAndGet());
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> uploader : uploaders) {
                uploader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double rate = progress.done(uploaded.get());
        return new Result(items.size(), 0, uploaded.get(), rate, ids);
    }

    /** Uploads one document to an item; its id. */
    public long upload(long itemId, Items.DocumentSpec document) {
        return http.upload(api + "initiatives/" + itemId + "/documents", token, document.name(), document.bytes())
                .requireStatus(201, "Uploading " + document.name() + " to item " + itemId).json().get("id").asLong();
    }
}
