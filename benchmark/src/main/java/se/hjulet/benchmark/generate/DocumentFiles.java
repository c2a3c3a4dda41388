package se.hjulet.benchmark.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a generated document in one of the formats people upload: PDF (PDFBox), DOCX and PPTX (Apache
 * POI), ODT (the OpenDocument package written directly) and HTML. One {@link Page} is one page of a PDF,
 * DOCX or ODT (a page break between them), one slide of a PPTX and one section of an HTML page.
 */
public final class DocumentFiles {

    public enum Format {
        PDF("pdf"), DOCX("docx"), PPTX("pptx"), ODT("odt"), HTML("html");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** A page: its heading and paragraphs. */
    public record Page(String heading, List<String> paragraphs) {
    }

    private static final int LINE_CHARS = 95;
    private static final int LINES_PER_PAGE = 64;
    /** Fixed dates in the files' metadata, so the same seed gives the same bytes. */
    private static final Calendar WRITTEN = new GregorianCalendar(2025, Calendar.MARCH, 1);

    static {
        WRITTEN.setTimeZone(TimeZone.getTimeZone("UTC"));
    }

    private DocumentFiles() {
    }

    public static byte[] write(Format format, String title, String author, List<Page> pages) {
        try {
            return switch (format) {
                case PDF -> pdf(title, author, pages);
                case DOCX -> docx(title, author, pages);
                case PPTX -> pptx(title, pages);
                case ODT -> odt(title, pages);
                case HTML -> html(title, author, pages);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String title, String author, List<Page> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            document.getDocumentInformation().setCreationDate(WRITTEN);
            // PDFBox makes the trailer's /ID from this, or from the clock when it is not set.
            document.setDocumentId(WRITTEN.getTimeInMillis());
            for (Page page : pages) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.beginText();
                    content.newLineAtOffset(40, 800);
                    content.setFont(bold, 12);
                    content.setLeading(16);
                    content.showText(printable(page.heading()));
                    content.newLine();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    int lines = 0;
                    for (String paragraph : page.paragraphs()) {
                        for (String line : wrap(printable(paragraph))) {
                            if (++lines > LINES_PER_PAGE) {
                                break;
                            }
                            content.showText(line);
                            content.newLine();
                        }
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String title, String author, List<Page> pages) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(title);
            properties.setCreator(author);
            properties.setCreated(Optional.of(WRITTEN.getTime()));
            properties.setModified(Optional.of(WRITTEN.getTime()));
            // Word stores the page count, and the hub shows it.
            document.getProperties().getExtendedProperties().setPages(pages.size());
            for (int p = 0; p < pages.size(); p++) {
                XWPFRun heading = document.createParagraph().createRun();
                heading.setBold(true);
                heading.setFontSize(14);
                heading.setText(pages.get(p).heading());
                for (String paragraph : pages.get(p).paragraphs()) {
                    document.createParagraph().createRun().setText(paragraph);
                }
                if (p < pages.size() - 1) {
                    document.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            document.write(out);
            return withFixedTimes(out.toByteArray());
        }
    }

    private static byte[] pptx(String title, List<Page> pages) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.getProperties().getCoreProperties().setTitle(title);
            show.getProperties().getCoreProperties().setCreated(Optional.of(WRITTEN.getTime()));
            // PowerPoint stores the slide count, and the hub shows it.
            show.getProperties().getExtendedProperties().setSlides(pages.size());
            for (Page page : pages) {
                XSLFSlide slide = show.createSlide();
                XSLFTextBox heading = slide.createTextBox();
                heading.setAnchor(new java.awt.Rectangle(40, 20, 640, 60));
                heading.setText(page.heading());
                XSLFTextBox body = slide.createTextBox();
                body.setAnchor(new java.awt.Rectangle(40, 90, 640, 420));
                body.setText(String.join("\n", page.paragraphs()));
            }
            show.write(out);
            return withFixedTimes(out.toByteArray());
        }
    }

    /** An OpenDocument text package: the mimetype first and stored, then the manifest and the content. */
    private static byte[] odt(String title, List<Page> pages) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            body.append("<text:h text:outline-level=\"1\"").append(p > 0 ? " text:style-name=\"PageBreak\"" : "").append('>')
                    .append(xml(pages.get(p).heading())).append("</text:h>");
            for (String paragraph : pages.get(p).paragraphs()) {
                body.append("<text:p>").append(xml(paragraph)).append("</text:p>");
            }
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">\
                <office:automatic-styles><style:style style:name="PageBreak" style:family="paragraph">\
                <style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>\
                <office:body><office:text>""" + body + "</office:text></office:body></office:document-content>";
        String meta = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" \
                office:version="1.2"><office:meta><dc:title>""" + xml(title) + "</dc:title><dc:language>sv-SE</dc:language>"
                // Writers store the page count as LibreOffice does, and the hub shows it.
                + "<meta:document-statistic meta:page-count=\"" + pages.size() + "\"/></office:meta></office:document-meta>";
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>""";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = entry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (String[] file : new String[][] {{"META-INF/manifest.xml", manifest}, {"meta.xml", meta}, {"content.xml", content}}) {
                zip.putNextEntry(entry(file[0]));
                zip.write(file[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** POI stamps every zip entry with the clock; the same package again, its entries in the same order, dated {@link #WRITTEN}. */
    private static byte[] withFixedTimes(byte[] zipped) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zipped.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry read = in.getNextEntry(); read != null; read = in.getNextEntry()) {
                out.putNextEntry(entry(read.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(WRITTEN.getTimeInMillis());
        return entry;
    }

    private static byte[] html(String title, String author, List<Page> pages) {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>")
                .append(xml(title)).append("</title><meta name=\"author\" content=\"").append(xml(author))
                .append("\"></head><body><h1>").append(xml(title)).append("</h1>\n");
        for (Page page : pages) {
            html.append("<section><h2>").append(xml(page.heading())).append("</h2>\n");
            for (String paragraph : page.paragraphs()) {
                html.append("<p>").append(xml(paragraph)).append("</p>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Helvetica's WinAnsi encoding has å, ä, ö, é and the en dash of the titles; anything else it lacks becomes a space. */
    private static String printable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> result.appendCodePoint(
                c >= 32 && WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(c)) ? c : ' '));
        return result.toString();
    }

    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
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
        return lines;
    }
}
