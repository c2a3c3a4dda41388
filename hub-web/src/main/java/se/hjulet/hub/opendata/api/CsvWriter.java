package se.hjulet.hub.opendata.api;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: records end in CRLF, and a field that holds a comma,
 * a double quote, a line break or leading or trailing space is enclosed in double quotes, its quotes
 * doubled. Null is an empty field. The caller writes the header row first, like any other.
 */
public final class CsvWriter {

    private static final String CRLF = "\r\n";

    private final StringBuilder out;

    public CsvWriter(StringBuilder out) {
        this.out = out;
    }

    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
        return this;
    }

    /** One field as it is written: quoted only when it must be. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Text written by people, made safe for spreadsheets: a cell that begins with {@code = + - @} (or a tab
     * or carriage return) is read as a formula by Excel and LibreOffice, so it gets a leading apostrophe,
     * as OWASP advises against CSV injection. Numbers, dates and codes never go through this.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
