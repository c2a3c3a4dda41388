package se.hjulet.hub.document.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import se.hjulet.hub.platform.entity.InvalidInput;

/** Reading a raw upload: the body up to the size limit, the name from the {@code Slug} header. */
final class Uploads {

    private Uploads() {
    }

    /**
     * Reads the body up to the limit, holding it in memory once: a declared length gets an array of
     * exactly that size; a body sent in chunks is first counted into a temporary file. An oversized
     * body is refused (what is left of it is read and dropped by {@code RequestLimits}).
     */
    static byte[] read(InputStream body, Long declaredLength, long maxBytes) {
        if (body == null) {
            throw new InvalidInput("file", "The request has no file in its body.");
        }
        try {
            if (declaredLength != null && declaredLength > maxBytes) {
                throw tooLarge(maxBytes);
            }
            if (declaredLength != null && declaredLength >= 0) {
                byte[] bytes = body.readNBytes(declaredLength.intValue());
                if (body.read() != -1) {
                    throw new InvalidInput("file", "The body is longer than its Content-Length says.");
                }
                return bytes;
            }
            return readChunked(body, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readChunked(InputStream body, long maxBytes) throws IOException {
        Path spool = Files.createTempFile("hjulet-upload-", ".part");
        try {
            long size = 0;
            try (OutputStream out = Files.newOutputStream(spool)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = body.read(buffer)) != -1; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return Files.readAllBytes(spool);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static InvalidInput tooLarge(long maxBytes) {
        return new InvalidInput("file", String.format(Locale.ROOT, "The file is larger than %.1f MB, the most that can be uploaded.",
                maxBytes / (1024.0 * 1024.0)));
    }

    /** RFC 5023 Slug: the file name, percent-encoded UTF-8. */
    static String name(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Slug", "The Slug header must be the file name, percent-encoded as UTF-8.");
        }
    }

    /**
     * RFC 6266: an ASCII fallback name for old clients and the exact name as RFC 5987 {@code filename*}.
     * The name is already safe (no quotes, controls or folders), so the fallback needs no escaping.
     */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
