package se.hjulet.hub.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON-B for the API, refusing what the default binding would silently change: a fraction or an
 * out-of-range number for a whole-number field (the default truncates {@code 1.9} to 1 and turns
 * {@code 1e400} into 0), and control characters in text (a NUL would be stored and echoed into pages).
 * Line breaks and tabs are ordinary text. The refusal names the field (see {@link ProblemMappers}).
 * Numbers are read through JSON-P's own number, which refuses absurdly long ones: JSON-B's default for
 * BigDecimal fields parses a million digits for a minute.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.newBuilder()
            .withProvider(new UnpooledJsonProvider())
            .withConfig(new JsonbConfig().withDeserializers(new WholeLong(), new WholeInteger(), new Decimal(), new Text()))
            .build();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    // One class per type: JSON-B finds a deserializer's type in its declaration, not in a type variable.
    private static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return whole(parser.getValue(), BigDecimal::longValueExact);
        }
    }

    private static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return whole(parser.getValue(), BigDecimal::intValueExact);
        }
    }

    /** A JSON number that is exactly a whole number of the field's type ({@code 1.9e6} is fine, {@code 1.9} is not). */
    private static <T> T whole(JsonValue value, Function<BigDecimal, T> exact) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("must be a whole number, not " + value);
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("must be a whole number, not " + decimal);
        }
        try {
            return exact.apply(decimal);
        } catch (ArithmeticException outOfRange) {
            throw new JsonbException("is too large a number: " + decimal);
        }
    }

    /** A decimal number (a share in percent, say), never more than JSON-P's bounded length. */
    private static final class Decimal implements JsonbDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonNumber number)) {
                throw new JsonbException("must be a number, not " + value);
            }
            return number.bigDecimalValue();
        }
    }

    /** Text without control characters other than line breaks and tabs. */
    private static final class Text implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonString string)) {
                throw new JsonbException("must be text in quotes, not " + value);
            }
            String text = string.getString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                    throw new JsonbException(String.format("must not contain the control character U+%04X", (int) c));
                }
            }
            return text;
        }
    }
}
