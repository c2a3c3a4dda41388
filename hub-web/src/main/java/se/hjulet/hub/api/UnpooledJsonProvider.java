package se.hjulet.hub.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.parsson.api.BufferPool;

/**
 * The server's JSON-P (Parsson), with a fresh buffer for every parser and generator instead of its
 * shared pool. Under four parallel requests about one large JSON answer in fifteen came out with pieces
 * of another answer in it, and request bodies were read with another request's characters: a buffer
 * given back to the pool twice is then handed to two parsers or generators at once. A 4 KB array per
 * request is a small price for answers that are what the hub wrote.
 */
final class UnpooledJsonProvider extends JsonProvider {

    private static final BufferPool FRESH_BUFFERS = new BufferPool() {
        @Override
        public char[] take() {
            return new char[4096];
        }

        @Override
        public void recycle(char[] buffer) {
            // dropped: the garbage collector takes it back, no one else ever gets it
        }
    };

    private final JsonProvider server = JsonProvider.provider();

    private static Map<String, Object> unpooled(Map<String, ?> config) {
        Map<String, Object> withBuffers = new HashMap<>(config == null ? Map.of() : config);
        withBuffers.put(BufferPool.class.getName(), FRESH_BUFFERS);
        return withBuffers;
    }

    @Override
    public JsonParserFactory createParserFactory(Map<String, ?> config) {
        return server.createParserFactory(unpooled(config));
    }

    @Override
    public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        return server.createGeneratorFactory(unpooled(config));
    }

    @Override
    public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
        return server.createReaderFactory(unpooled(config));
    }

    @Override
    public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return server.createWriterFactory(unpooled(config));
    }

    @Override
    public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
        return server.createBuilderFactory(config);
    }

    @Override
    public JsonParser createParser(Reader reader) {
        return createParserFactory(null).createParser(reader);
    }

    @Override
    public JsonParser createParser(InputStream in) {
        return createParserFactory(null).createParser(in);
    }

    @Override
    public JsonGenerator createGenerator(Writer writer) {
        return createGeneratorFactory(null).createGenerator(writer);
    }

    @Override
    public JsonGenerator createGenerator(OutputStream out) {
        return createGeneratorFactory(null).createGenerator(out);
    }

    @Override
    public JsonReader createReader(Reader reader) {
        return createReaderFactory(null).createReader(reader);
    }

    @Override
    public JsonReader createReader(InputStream in) {
        return createReaderFactory(null).createReader(in);
    }

    @Override
    public JsonWriter createWriter(Writer writer) {
        return createWriterFactory(null).createWriter(writer);
    }

    @Override
    public JsonWriter createWriter(OutputStream out) {
        return createWriterFactory(null).createWriter(out);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder() {
        return server.createObjectBuilder();
    }

    @Override
    public JsonArrayBuilder createArrayBuilder() {
        return server.createArrayBuilder();
    }
}
