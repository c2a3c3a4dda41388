package se.hjulet.search.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files for tests, made at test time so no binaries are committed: readable PDFs and DOCX from text,
 * and a hostile corpus (zip bombs, an encrypted and a truncated PDF).
 */
public final class TestFiles {

    private static final int LINE_CHARS = 95;
    private static final int LINES_PER_PAGE = 60;

    private TestFiles() {
    }

    /** A PDF with the text on as many A4 pages as it needs (characters Helvetica lacks become spaces). */
    public static byte[] pdf(String title, String author, String text) {
        return pdf(title, author, text, null);
    }

    /** The same, protected with a user password (so nothing can be read without it). */
    public static byte[] encryptedPdf(String text) {
        return pdf("Hemlig", null, text, "hemligt");
    }

    /** The first half of a valid PDF: the cross-reference table and the trailer are missing. */
    public static byte[] truncatedPdf(String text) {
        byte[] whole = pdf("Avbruten", null, text);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static byte[] pdf(String title, String author, String text, String userPassword) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            List<String> lines = wrap(printable(font, text));
            for (int start = 0; start < Math.max(1, lines.size()); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with one paragraph per line of the text. */
    public static byte[] docx(String title, String author, String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(author);
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small DOCX whose document.xml inflates to {@code megabytes} MB of paragraphs: a zip bomb that
     * looks like a word-processing document to content detection.
     */
    public static byte[] zipBombDocx(int megabytes) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            entry(out, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = ("<w:p><w:r><w:t>" + "bomb ".repeat(200) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
            long written = 0;
            while (written < megabytes * 1024L * 1024L) {
                out.write(paragraph);
                written += paragraph.length;
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        });
    }

    /** A ZIP of {@code entries} text files of {@code megabytesEach} MB of one repeated letter. */
    public static byte[] zipBomb(int entries, int megabytesEach) {
        return zip(out -> {
            byte[] block = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < entries; i++) {
                out.putNextEntry(new ZipEntry("part-" + i + ".txt"));
                for (int written = 0; written < megabytesEach * 16; written++) {
                    out.write(block);
                }
                out.closeEntry();
            }
        });
    }

    private interface ZipWriter {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] zip(ZipWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                result.append(c);
                continue;
            }
            try {
                font.encode(String.valueOf(c));
                result.append(c);
            } catch (IOException | IllegalArgumentException e) {
                result.append(' ');
            }
        }
        return result.toString();
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            String rest = paragraph.strip();
            while (rest.length() > LINE_CHARS) {
                int cut = rest.lastIndexOf(' ', LINE_CHARS);
                cut = cut <= 0 ? LINE_CHARS : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            if (!rest.isEmpty()) {
                lines.add(rest);
            }
        }
        return lines;
    }
}
