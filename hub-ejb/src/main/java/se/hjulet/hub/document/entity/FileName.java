package se.hjulet.hub.document.entity;

import java.text.Normalizer;
import java.util.regex.Pattern;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A file name that is safe to store, show and send back: no folders, no control or direction characters. */
public final class FileName {

    public static final int MAX_LENGTH = 200;
    /** C0/C1 controls, and the Unicode marks that reorder text (a name could pretend to end in .pdf). */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");

    private FileName() {
    }

    /** The last path segment of what the client sent, cleaned; refuses a name with nothing left. */
    public static String safe(String sent) {
        if (sent == null || sent.isBlank()) {
            throw new InvalidInput("name", "The file needs a name.");
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = UNSAFE.matcher(name).replaceAll("");
        // Both separators: a name from Windows arrives with backslashes.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = RESERVED.matcher(name).replaceAll("_").strip();
        // No hidden files and no "." or "..".
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            throw new InvalidInput("name", "The file name '" + printable(sent) + "' has no usable characters.");
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    private static String printable(String sent) {
        String visible = UNSAFE.matcher(sent).replaceAll("?");
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
    }
}
