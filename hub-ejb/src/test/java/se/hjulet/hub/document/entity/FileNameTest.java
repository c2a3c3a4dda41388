package se.hjulet.hub.document.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.hjulet.hub.platform.entity.InvalidInput;

class FileNameTest {

    @Test
    void folderPartsAreDropped() {
        assertEquals("passwd", FileName.safe("../../etc/passwd"));
        assertEquals("rapport.pdf", FileName.safe("C:\\Users\\anna\\..\\rapport.pdf"));
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        assertEquals("rapportfdp.exe", FileName.safe("rapport\u202Efdp.exe"));
        assertEquals("ab.pdf", FileName.safe("a\u0000b\r\n.pdf"));
    }

    @Test
    void hiddenAndReservedNamesAreMadeHarmless() {
        assertEquals("htaccess", FileName.safe(".htaccess"));
        assertEquals("a_b_.pdf", FileName.safe("a<b>.pdf"));
        assertEquals("Åtgärdsplan 2019.docx", FileName.safe("Åtgärdsplan 2019.docx"));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = FileName.safe("x".repeat(500) + ".pdf");
        assertEquals(FileName.MAX_LENGTH, name.length());
        assertEquals(".pdf", name.substring(name.length() - 4));
    }

    @Test
    void nothingLeftIsRefused() {
        assertThrows(InvalidInput.class, () -> FileName.safe("../.."));
        assertThrows(InvalidInput.class, () -> FileName.safe("\u0000\u0001"));
        assertThrows(InvalidInput.class, () -> FileName.safe(" "));
    }
}
