package se.hjulet.hub.demo.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Turns the seed texts into the PDF and DOCX files the demo attaches, when the demo is loaded, so the
 * repository holds text rather than binaries. PDFBox and POI come with Tika.
 */
public final class DemoFiles {

    private static final int LINE_CHARS = 95;
    private static final int LINES_PER_PAGE = 60;

    private DemoFiles() {
    }

    public static byte[] pdf(String title, String author, String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            List<String> lines = wrap(encodable(font, text));
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
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
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String title, String author, String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(author);
            for (String paragraph : text.split("\n")) {
                if (!paragraph.isBlank()) {
                    document.createParagraph().createRun().setText(paragraph.strip());
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helvetica (WinAnsi) lacks some characters of the seeds, such as the bullet variants: they become spaces. */
    private static String encodable(PDType1Font font, String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
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
