package se.hjulet.search.extract;

/** How far extraction got. Anything but {@link #OK} still leaves the uploaded bytes intact. */
public enum ExtractionStatus {
    /** All text was read. */
    OK,
    /** The file is password-protected; nothing could be read. */
    ENCRYPTED,
    /** The file could not be read (broken, empty, hostile, too slow, or not a supported format). */
    FAILED,
    /** Text was read up to the write limit; the rest is missing. */
    TRUNCATED
}
