package se.hjulet.search.extract;

/**
 * What could be read from a file. Extraction never throws for a bad file: the status says what happened
 * and {@code message} explains it in a sentence a person understands.
 *
 * @param status    see {@link ExtractionStatus}
 * @param mediaType detected from the bytes (never from a name or a client's claim)
 * @param text      plain text, never null (empty when nothing was read)
 * @param title     from the file's metadata, may be null
 * @param author    from the file's metadata, may be null
 * @param language  "sv", "en" or null when it cannot be told
 * @param pageCount pages (PDF, DOCX when stored by the writer, slides for PPTX), may be null
 * @param message   why the status is not OK; null when it is
 */
public record Extraction(ExtractionStatus status, String mediaType, String text, String title, String author,
        String language, Integer pageCount, String message) {

    public Extraction {
        if (status == null) {
            throw new IllegalArgumentException("An extraction needs a status");
        }
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        text = text == null ? "" : text;
        title = blankToNull(title);
        author = blankToNull(author);
    }

    static Extraction failed(String mediaType, String message) {
        return new Extraction(ExtractionStatus.FAILED, mediaType, "", null, null, null, null, message);
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
