package se.hjulet.hub.document.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.platform.entity.InvalidInput;

/** Reading an upload's body: exactly, once, and never past the limit. */
class UploadsTest {

    private static final byte[] FILE = "En rapport om samverkan.".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aBodyOfDeclaredLengthOrSentInChunksIsReadExactly() {
        assertArrayEquals(FILE, Uploads.read(new ByteArrayInputStream(FILE), (long) FILE.length, 1000));
        assertArrayEquals(FILE, Uploads.read(new ByteArrayInputStream(FILE), null, 1000), "chunked: counted into a file first");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherDeclaredOrCounted() {
        InvalidInput declared = assertThrows(InvalidInput.class, () -> Uploads.read(new ByteArrayInputStream(FILE), (long) FILE.length, 10));
        assertEquals("file", declared.field());
        assertTrue(declared.getMessage().contains("larger than"), declared.getMessage());
        assertThrows(InvalidInput.class, () -> Uploads.read(new ByteArrayInputStream(FILE), null, 10));
    }

    @Test
    void aBodyLongerThanItsContentLengthIsRefused() {
        assertThrows(InvalidInput.class, () -> Uploads.read(new ByteArrayInputStream(FILE), 5L, 1000));
    }

    @Test
    void anUploadWithoutBodyIsRefused() {
        assertThrows(InvalidInput.class, () -> Uploads.read(null, null, 1000));
    }
}
