package se.hjulet.hub.learningexample.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * Reads an SKR-style learning-example page (lärande exempel) into a draft: the h1 is the title, the
 * first paragraph the lead, and the h2 sections are found by their Swedish headings (Slutsatser,
 * Bakgrund, Genomförande, …framgångsfaktorer, Fördjupning, Kontaktpersoner, Om exemplet). What the page
 * does not say (the owner) comes from the caller; rich text is sanitised when the draft is stored.
 */
public final class LearningExampleImport {

    private static final Pattern PUBLISHED = Pattern.compile("Publicerad\\s+(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    /** Sections of the page that are SKR's own furniture, not part of the example. */
    private static final List<String> IGNORED = List.of("informationsansvarig", "kontakta oss", "lärande exempel");

    private LearningExampleImport() {
    }

    public static LearningExampleInput parse(String html, String ownerOrganisation) {
        if (html == null || html.isBlank()) {
            throw new InvalidInput("html", "The page is empty.");
        }
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, iframe, form, nav, header, footer").remove();
        Element h1 = page.selectFirst("h1");
        if (h1 == null || h1.text().isBlank()) {
            throw new InvalidInput("html", "The page has no heading (h1), so it does not look like a learning example.");
        }
        Map<String, List<Element>> sections = sections(page);
        List<Element> intro = sections.getOrDefault("", List.of());
        String lead = intro.stream().filter(e -> e.is("p") && !PUBLISHED.matcher(e.text()).find() && !e.text().isBlank())
                .findFirst().map(Element::text).orElse(null);
        if (lead == null) {
            throw new InvalidInput("html", "The page has no introduction after its heading to use as the lead.");
        }
        String introHtml = html(intro.stream().filter(e -> !e.text().equals(lead) && !PUBLISHED.matcher(e.text()).find()).toList());

        List<String> conclusions = new ArrayList<>();
        List<String> successFactors = new ArrayList<>();
        String background = null;
        String implementation = null;
        String results = null;
        List<ContactInput> contacts = new ArrayList<>();
        List<LinkInput> links = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        StringBuilder more = new StringBuilder();
        for (var section : sections.entrySet()) {
            String heading = section.getKey().toLowerCase(Locale.ROOT);
            List<Element> content = section.getValue();
            if (heading.isEmpty()) {
                continue;
            } else if (heading.startsWith("slutsats")) {
                conclusions.addAll(items(content));
            } else if (heading.contains("framgångsfaktor")) {
                // A list right under the heading is the factors; prose after it tells the results.
                List<Element> lists = content.stream().takeWhile(e -> e.is("ul, ol")).toList();
                successFactors.addAll(items(lists));
                if (lists.size() < content.size()) {
                    results = html(content);
                }
            } else if (heading.startsWith("bakgrund")) {
                background = html(content);
            } else if (heading.startsWith("genomförande")) {
                implementation = html(content);
            } else if (heading.startsWith("fördjupning")) {
                links.addAll(links(content));
            } else if (heading.startsWith("kontaktperson")) {
                contacts.addAll(contacts(content));
            } else if (heading.startsWith("om exemplet")) {
                facts.putAll(facts(content));
            } else if (IGNORED.stream().noneMatch(heading::startsWith)) {
                // Other sections of the story (the pages vary) stay with the implementation, under their heading.
                more.append("<h3>").append(org.jsoup.nodes.Entities.escape(section.getKey())).append("</h3>").append(html(content));
            }
        }
        if (!more.isEmpty()) {
            implementation = (implementation == null ? "" : implementation) + more;
        }
        if (!introHtml.isBlank()) {
            background = introHtml + (background == null ? "" : background);
        }

        LocalDate from = null;
        LocalDate to = null;
        Boolean ongoing = null;
        String period = facts.getOrDefault("tidsperiod", "");
        Matcher years = YEARS.matcher(period);
        if (period.toLowerCase(Locale.ROOT).contains("pågår")) {
            ongoing = true;
        } else if (years.find()) {
            from = LocalDate.of(Integer.parseInt(years.group(1)), 1, 1);
            to = LocalDate.of(Integer.parseInt(years.group(2) == null ? years.group(1) : years.group(2)), 12, 31);
        }
        Set<String> policyAreas = new LinkedHashSet<>();
        for (String area : facts.getOrDefault("verksamhetsområde", "").split(",")) {
            if (!area.isBlank()) {
                policyAreas.add(area.strip());
            }
        }
        return new LearningExampleInput(h1.text(), lead, ownerOrganisation, List.of(), conclusions, background,
                implementation, successFactors, results, policyAreas, Set.of(), from, to, ongoing, contacts, links, "sv",
                published(page), null);
    }

    /** The facts of "Om exemplet", lower-case label → value ("tidsperiod" → "Pågår"). */
    public static Map<String, String> facts(List<Element> content) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element block : content) {
            for (Element dt : block.select("dt")) {
                Element dd = dt.nextElementSibling();
                if (dd != null && dd.is("dd")) {
                    facts.put(dt.text().strip().toLowerCase(Locale.ROOT), dd.text().strip());
                }
            }
        }
        return facts;
    }

    /** Each h2 and the elements that follow it up to the next h2; "" holds what comes before the first. */
    private static Map<String, List<Element>> sections(Document page) {
        Map<String, List<Element>> sections = new LinkedHashMap<>();
        Element h1 = page.selectFirst("h1");
        List<Element> intro = new ArrayList<>();
        // The date may stand before the heading.
        Element before = h1.previousElementSibling();
        if (before != null && PUBLISHED.matcher(before.text()).find()) {
            intro.add(before);
        }
        for (Element e = h1.nextElementSibling(); e != null && !e.is("h2"); e = e.nextElementSibling()) {
            intro.add(e);
        }
        sections.put("", intro);
        for (Element h2 : page.select("h2")) {
            List<Element> content = new ArrayList<>();
            for (Element e = h2.nextElementSibling(); e != null && !e.is("h2"); e = e.nextElementSibling()) {
                content.add(e);
            }
            sections.merge(h2.text().strip(), content, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        return sections;
    }

    private static List<String> items(List<Element> content) {
        return content.stream().flatMap(e -> e.select("li").stream()).map(Element::text).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String html(List<Element> content) {
        StringBuilder html = new StringBuilder();
        content.forEach(e -> html.append(e.outerHtml()));
        return html.toString().strip();
    }

    private static List<LinkInput> links(List<Element> content) {
        List<LinkInput> links = new ArrayList<>();
        for (Element block : content) {
            for (Element a : block.select("a[href]")) {
                String url = a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href");
                if (url.startsWith("https://") || url.startsWith("http://")) {
                    links.add(new LinkInput(a.text().isBlank() ? url : a.text().strip(), url));
                }
            }
        }
        return links;
    }

    /** One contact per block: the name first, then role and organisation lines; the e-mail wherever it is. */
    private static List<ContactInput> contacts(List<Element> content) {
        List<ContactInput> contacts = new ArrayList<>();
        for (Element block : content) {
            List<Element> people = block.select(".contact, li");
            for (Element person : people.isEmpty() ? List.of(block) : people) {
                List<String> lines = lines(person);
                if (lines.isEmpty()) {
                    continue;
                }
                String email = null;
                List<String> rest = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    Matcher m = EMAIL.matcher(line);
                    if (m.find()) {
                        email = m.group();
                        line = (line.substring(0, m.start()) + line.substring(m.end())).strip();
                    }
                    if (!line.isEmpty()) {
                        rest.add(line);
                    }
                }
                contacts.add(new ContactInput(lines.get(0), rest.isEmpty() ? null : rest.get(0),
                        rest.size() > 1 ? String.join(", ", rest.subList(1, rest.size())) : null, email, null));
            }
        }
        return contacts;
    }

    /** The text of an element as lines: split at line breaks and block elements. */
    private static List<String> lines(Element element) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(element, line, lines);
        flush(line, lines);
        return lines;
    }

    private static void collect(Node node, StringBuilder line, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                line.append(text.text());
            } else if (child instanceof Element e) {
                if (e.is("br")) {
                    flush(line, lines);
                } else if (e.isBlock()) {
                    flush(line, lines);
                    collect(e, line, lines);
                    flush(line, lines);
                } else {
                    collect(e, line, lines);
                }
            }
        }
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replace('\u00a0', ' ').strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    private static LocalDate published(Document page) {
        Matcher m = PUBLISHED.matcher(page.text());
        if (!m.find()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        return month < 0 ? null : LocalDate.of(Integer.parseInt(m.group(3)), month + 1, Integer.parseInt(m.group(1)));
    }
}
