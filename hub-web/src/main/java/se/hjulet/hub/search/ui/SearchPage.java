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
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Texts;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;
import se.hjulet.search.query.SearchResult;

/**
 * The results page {@code sok.xhtml?q=…&kind=…&county=…&sort=newest&page=2}: ten hits a page, every facet
 * as links that add or remove one value (so each state is a bookmarkable URL, usable by keyboard), sorting,
 * "Menade du" when the words found little, and a clear message instead of an error page while the search
 * service is down. Facet parameters may repeat: values of one facet are alternatives.
 */
@Named("searchPage")
@RequestScoped
public class SearchPage {

    public static final int PAGE_SIZE = 10;
    /** Elasticsearch pages through the first 10 000 hits only. */
    static final int MAX_PAGE = 10_000 / PAGE_SIZE;
    private static final int PAGE_LINKS_AROUND = 2;
    /** The facets shown beside the hits, in this order (the kinds have their own row above them). */
    private static final List<Facet> SIDE_FACETS = List.of(Facet.ORGANISATION, Facet.COUNTY, Facet.SIZE, Facet.AREA,
            Facet.YEAR, Facet.CPV, Facet.PHASE, Facet.STATUS);

    @Inject
    HubSearch hubSearch;

    private String q;
    private String page;
    private String sort;

    private final Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
    private SearchRequest.Sort order = SearchRequest.Sort.RELEVANCE;
    private SearchResult result;
    private boolean unavailable;
    private Set<String> outdated = Set.of();
    private Map<String, String> cpvNames = Map.of();
    private boolean invalid;

    /** View action: runs the search the parameters describe. */
    public void search() {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        for (Facet facet : Facet.values()) {
            String[] values = parameters.get(facet.parameter());
            if (values != null) {
                List<String> cleaned = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
                if (!cleaned.isEmpty()) {
                    chosen.put(facet, cleaned);
                }
            }
        }
        try {
            order = SearchRequest.Sort.of(sort);
            result = hubSearch.search(new SearchRequest(getQuery(), chosen, order, (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE));
            outdated = hubSearch.possiblyOutdated(result.hits());
            cpvNames = hubSearch.cpvDivisionNames(result.facet(Facet.CPV).stream().map(SearchResult.FacetCount::value).toList(),
                    Texts.locale().getLanguage());
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

    /** The text was too long, or a filter or the sort order unknown. */
    public boolean isInvalid() {
        return invalid;
    }

    public boolean isNoHits() {
        return result != null && result.hits().isEmpty();
    }

    /** No item had most of the words: the hits have some of them. */
    public boolean isPartial() {
        return result != null && result.partial();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public List<Hit> getHits() {
        return result == null ? List.of() : result.hits().stream().map(Hit::of).toList();
    }

    /** The corrected words to offer as "Menade du …?", or null. */
    public String getSuggestion() {
        return result == null ? null : result.suggestion();
    }

    /** The same search with the corrected words and the same filters. */
    public String getSuggestionUrl() {
        return getSuggestion() == null ? null : url(getSuggestion(), chosen, order, 1);
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

    /** "All" first, then each kind that has hits, most hits first; the chosen ones are marked. */
    public List<FacetLink> getFacets() {
        if (result == null || result.facet(Facet.KIND).isEmpty()) {
            return List.of();
        }
        var links = new ArrayList<FacetLink>();
        long all = result.facet(Facet.KIND).stream().mapToLong(SearchResult.FacetCount::count).sum();
        links.add(new FacetLink(null, Texts.get("search.allKinds"), all, url(getQuery(), without(Facet.KIND), order, 1),
                !chosen.containsKey(Facet.KIND)));
        result.facet(Facet.KIND).stream()
                .filter(c -> c.count() > 0)
                .sorted(Comparator.comparingLong(SearchResult.FacetCount::count).reversed().thenComparing(SearchResult.FacetCount::value))
                .forEach(c -> links.add(link(Facet.KIND, c)));
        return links;
    }

    /** The facets beside the hits that have values to choose, each with its heading and links. */
    public List<FacetGroup> getFilterGroups() {
        if (result == null) {
            return List.of();
        }
        var groups = new ArrayList<FacetGroup>();
        for (Facet facet : SIDE_FACETS) {
            List<FacetLink> links = result.facet(facet).stream().filter(c -> c.count() > 0).map(c -> link(facet, c)).toList();
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(facet.parameter(), Texts.get("search.facet." + facet.parameter()), links));
            }
        }
        return groups;
    }

    /** A facet's heading and values; {@code id} is its parameter name (for ids and tests). */
    public record FacetGroup(String id, String heading, List<FacetLink> links) {
    }

    /** One value to filter by: following the link adds it, or removes it when it is chosen already. */
    public record FacetLink(String value, String label, long count, String url, boolean selected) {
        /** Kept for the kind row's markup ({@code data-kind}). */
        public String kind() {
            return value;
        }
    }

    private FacetLink link(Facet facet, SearchResult.FacetCount count) {
        boolean selected = chosen.getOrDefault(facet, List.of()).contains(count.value());
        return new FacetLink(count.value(), label(facet, count), count.count(),
                url(getQuery(), toggled(facet, count.value()), order, 1), selected);
    }

    private String label(Facet facet, SearchResult.FacetCount count) {
        String value = count.value();
        return switch (facet) {
            case KIND -> kindLabel(value);
            case ORGANISATION -> count.label() == null ? value : count.label();
            case COUNTY -> textOr("county." + value, value);
            case SIZE -> textOr("sizeGroup." + value, value);
            case CPV -> cpvNames.containsKey(value) ? value + " " + cpvNames.get(value) : value;
            case PHASE -> textOr("phase." + value.toUpperCase(Locale.ROOT), value);
            case STATUS -> textOr("procurementStatus." + value.toUpperCase(Locale.ROOT), value);
            default -> value;
        };
    }

    private static String textOr(String key, String fallback) {
        return Texts.has(key) ? Texts.get(key) : fallback;
    }

    /** Any filter besides the text is chosen. */
    public boolean isFiltered() {
        return !chosen.isEmpty();
    }

    /** The same words without any filter. */
    public String getClearFiltersUrl() {
        return url(getQuery(), Map.of(), order, 1);
    }

    /** Relevance and newest, as links; the current one marked. */
    public List<SortLink> getSortLinks() {
        return List.of(SearchRequest.Sort.RELEVANCE, SearchRequest.Sort.NEWEST).stream()
                .map(s -> new SortLink(s.name().toLowerCase(Locale.ROOT), Texts.get("search.sort." + s.name().toLowerCase(Locale.ROOT)),
                        url(getQuery(), chosen, s, 1), s == order))
                .toList();
    }

    public record SortLink(String id, String label, String url, boolean current) {
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
        return getPageNumber() > 1 ? pageUrl(Math.min(getPageNumber() - 1, Math.max(1, getPageCount()))) : null;
    }

    public String getNextUrl() {
        return getPageNumber() < getPageCount() ? pageUrl(getPageNumber() + 1) : null;
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
            links.add(new PageLink(n, pageUrl(n), n == current));
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
        return pageUrl(1);
    }

    private String pageUrl(int pageNumber) {
        return url(getQuery(), chosen, order, pageNumber);
    }

    private Map<Facet, List<String>> without(Facet facet) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(chosen);
        changed.remove(facet);
        return changed;
    }

    private Map<Facet, List<String>> toggled(Facet facet, String value) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(chosen);
        List<String> values = new ArrayList<>(chosen.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            changed.remove(facet);
        } else {
            changed.put(facet, values);
        }
        return changed;
    }

    /** Where a search goes with these words, filters, order and page: the state is all in the URL. */
    private static String url(String text, Map<Facet, List<String>> filters, SearchRequest.Sort sort, int pageNumber) {
        var url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/sok.xhtml?q=").append(encode(text));
        for (Facet facet : Facet.values()) {
            for (String value : filters.getOrDefault(facet, List.of())) {
                url.append('&').append(facet.parameter()).append('=').append(encode(value));
            }
        }
        if (sort != SearchRequest.Sort.RELEVANCE) {
            url.append("&sort=").append(sort.name().toLowerCase(Locale.ROOT));
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

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
