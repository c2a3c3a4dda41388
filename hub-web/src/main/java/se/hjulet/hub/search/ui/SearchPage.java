package se.hjulet.hub.search.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Texts;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;
import se.hjulet.search.query.SearchResult;

/**
 * The results page {@code sok.xhtml?q=…&kind=…&page=…}: ten hits a page, the kinds as filters, and a
 * clear message instead of an error page while the search service is down.
 */
@Named("searchPage")
@RequestScoped
public class SearchPage {

    public static final int PAGE_SIZE = 10;
    /** Elasticsearch pages through the first 10 000 hits only. */
    static final int MAX_PAGE = 10_000 / PAGE_SIZE;
    private static final int PAGE_LINKS_AROUND = 2;

    @Inject
    HubSearch hubSearch;

    private String q;
    private String kind;
    private String page;

    private SearchResult result;
    private boolean unavailable;
    private java.util.Set<String> outdated = java.util.Set.of();
    private boolean invalid;

    /** View action: runs the search the parameters describe. */
    public void search() {
        try {
            result = hubSearch.search(new SearchRequest(getQuery(), kind == null || kind.isBlank() ? List.of() : List.of(kind.strip()),
                    null, (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE));
            outdated = hubSearch.possiblyOutdated(result.hits());
        } catch (IllegalArgumentException e) {
            invalid = true;
        } catch (RuntimeException e) {
            if (Failures.causeOf(e, SearchUnavailableException.class).isEmpty()) {
                throw e;
            }
            unavailable = true;
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            external.setResponseHeader("Retry-After", "30");
        }
    }

    /** The owner has not confirmed this hit's content for a year. */
    public boolean isOutdated(Hit hit) {
        return outdated.contains(hit.hit().id());
    }

    /** There are results to show (possibly none). */
    public boolean isSearched() {
        return result != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** The text was too long or the kind unknown. */
    public boolean isInvalid() {
        return invalid;
    }

    public boolean isNoHits() {
        return result != null && result.hits().isEmpty();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public List<Hit> getHits() {
        return result == null ? List.of() : result.hits().stream().map(Hit::of).toList();
    }

    /**
     * A hit as the page shows it. The highlights are HTML-safe (escaped text with only {@code <mark>}
     * added); the one that is the whole title, if any, marks up the title instead of repeating it.
     */
    public record Hit(SearchHit hit, String titleHtml, List<String> snippets) {

        static final int MAX_SNIPPETS = 3;

        static Hit of(SearchHit hit) {
            String titleHtml = escape(hit.title());
            var snippets = new ArrayList<String>();
            for (String highlight : hit.highlights()) {
                if (highlight == null || highlight.isBlank()) {
                    continue;
                }
                if (hit.title() != null && plain(highlight).equals(hit.title().strip())) {
                    titleHtml = highlight;
                } else if (snippets.size() < MAX_SNIPPETS) {
                    snippets.add(highlight);
                }
            }
            return new Hit(hit, titleHtml, List.copyOf(snippets));
        }

        private static String plain(String highlight) {
            return highlight.replace("<mark>", "").replace("</mark>", "")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/")
                    .replace("&amp;", "&").strip();
        }

        static String escape(String text) {
            if (text == null) {
                return "";
            }
            var escaped = new StringBuilder(text.length() + 16);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '&' -> escaped.append("&amp;");
                    case '"' -> escaped.append("&quot;");
                    case '\'' -> escaped.append("&#39;");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }
    }

    /** "2 träffar för ”samverkan”", or the number of published items when nothing was typed. */
    public String getSummary() {
        if (getQuery().isEmpty()) {
            return Texts.get("search.summaryAll", getTotal());
        }
        return Texts.get("search.summary", getTotal(), getQuery());
    }

    /** For the page title. */
    public String getTitle() {
        return getQuery().isEmpty() ? Texts.get("search.title") : Texts.get("search.titleFor", getQuery());
    }

    public String kindLabel(String kind) {
        String key = "kind." + kind;
        return Texts.has(key) ? Texts.get(key) : kind;
    }

    /** "All" first, then each kind that has hits, most hits first; the chosen one is marked. */
    public List<Facet> getFacets() {
        if (result == null || result.kindFacets() == null || result.kindFacets().isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = result.kindFacets();
        var facets = new ArrayList<Facet>();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        facets.add(new Facet(null, Texts.get("search.allKinds"), all, url(null, 1), getKind() == null));
        counts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> facets.add(new Facet(e.getKey(), kindLabel(e.getKey()), e.getValue(), url(e.getKey(), 1),
                        e.getKey().equals(getKind()))));
        return facets;
    }

    public record Facet(String kind, String label, long count, String url, boolean selected) {
    }

    public int getPageNumber() {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.min(Math.max(1, number), MAX_PAGE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPageCount() {
        long pages = (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE;
        return (int) Math.min(pages, MAX_PAGE);
    }

    public boolean isPaged() {
        return getPageCount() > 1;
    }

    public String getPreviousUrl() {
        return getPageNumber() > 1 ? url(getKind(), Math.min(getPageNumber() - 1, Math.max(1, getPageCount()))) : null;
    }

    public String getNextUrl() {
        return getPageNumber() < getPageCount() ? url(getKind(), getPageNumber() + 1) : null;
    }

    /** The first, the last and the pages around the current one; a null number stands for a gap (…). */
    public List<PageLink> getPages() {
        int count = getPageCount();
        int current = getPageNumber();
        var links = new ArrayList<PageLink>();
        Integer previous = null;
        for (int n = 1; n <= count; n++) {
            boolean shown = n == 1 || n == count || Math.abs(n - current) <= PAGE_LINKS_AROUND;
            if (!shown) {
                continue;
            }
            if (previous != null && n > previous + 1) {
                links.add(new PageLink(null, null, false));
            }
            links.add(new PageLink(n, url(getKind(), n), n == current));
            previous = n;
        }
        return links;
    }

    /** A page's link; a null number is a gap. */
    public record PageLink(Integer number, String url, boolean current) {
    }

    /** The number of the first hit on this page, for {@code <ol start>}. */
    public int getFirstHitNumber() {
        return (getPageNumber() - 1) * PAGE_SIZE + 1;
    }

    /** The same search, first page. */
    public String getFirstPageUrl() {
        return url(getKind(), 1);
    }

    /** Where the same search goes with this kind and page. */
    private String url(String kind, int pageNumber) {
        var url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/sok.xhtml?q=").append(encode(getQuery()));
        if (kind != null) {
            url.append("&kind=").append(encode(kind));
        }
        if (pageNumber > 1) {
            url.append("&page=").append(pageNumber);
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The typed text, trimmed; never null. */
    public String getQuery() {
        return q == null ? "" : q.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** The chosen kind, or null for all kinds. */
    public String getKind() {
        return kind == null || kind.isBlank() ? null : kind.strip();
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
