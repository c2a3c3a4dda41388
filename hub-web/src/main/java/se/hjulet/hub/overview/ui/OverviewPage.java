package se.hjulet.hub.overview.ui;

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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hjulet.hub.overview.boundary.Overview;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Texts;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.SearchResult;

/**
 * The overview {@code overblick.xhtml} ({@code ?county=14} zooms into a county's municipalities): published
 * initiatives per county, policy area and year, open procurement needs per CPV division and per planned quarter.
 * Every picture is SVG drawn here (no script), every figure a link to the search that lists what it counts, and
 * every picture has a table beside it for screen readers.
 */
@Named("overviewPage")
@RequestScoped
public class OverviewPage {

    /** What the overview calls initiatives: the three kinds people publish work as. */
    static final List<String> INITIATIVE_KINDS = List.of(IndexEntry.LEARNING_EXAMPLE, IndexEntry.PROJECT, IndexEntry.PROCUREMENT_NEED);

    @Inject
    Overview overview;

    @Inject
    HubSearch hubSearch;

    private String county;

    private boolean unavailable;
    private long total;
    private List<Figure> counties = List.of();
    private List<Figure> places = List.of();
    private List<Figure> areas = List.of();
    private List<Figure> years = List.of();
    private List<Figure> cpvDivisions = List.of();
    private QuarterGrid quarterGrid = QuarterGrid.of(List.of());
    private Map<String, Figure> cpvByDivision = Map.of();

    /** View action: counts everything the pictures show. */
    public void load() {
        if (county != null && !CountyTiles.PLACES.containsKey(county)) {
            county = null;
        }
        try {
            Map<Facet, List<String>> initiatives = Map.of(Facet.KIND, INITIATIVE_KINDS);
            SearchResult all = overview.counts(initiatives);
            total = all.total();
            Map<String, Long> perCounty = countsOf(all, Facet.COUNTY);
            counties = CountyTiles.PLACES.keySet().stream().sorted()
                    .map(code -> figure(code, countyName(code), perCounty.getOrDefault(code, 0L), with(initiatives, Facet.COUNTY, code)))
                    .toList();
            areas = all.facet(Facet.AREA).stream()
                    .map(c -> figure(c.value(), c.value(), c.count(), with(initiatives, Facet.AREA, c.value()))).toList();
            years = all.facet(Facet.YEAR).stream().sorted(Comparator.comparing(SearchResult.FacetCount::value))
                    .map(c -> figure(c.value(), c.value(), c.count(), with(initiatives, Facet.YEAR, c.value()))).toList();
            if (county != null) {
                places = placesOf(with(initiatives, Facet.COUNTY, county));
            }
            Map<Facet, List<String>> openNeeds = new EnumMap<>(Facet.class);
            openNeeds.put(Facet.KIND, List.of(IndexEntry.PROCUREMENT_NEED));
            openNeeds.put(Facet.STATUS, Overview.OPEN_STATUSES);
            List<SearchResult.FacetCount> divisions = overview.counts(openNeeds).facet(Facet.CPV);
            Map<String, String> names = hubSearch.cpvDivisionNames(divisions.stream().map(SearchResult.FacetCount::value).toList(),
                    Texts.locale().getLanguage());
            cpvDivisions = divisions.stream().map(c -> figure(c.value(), divisionLabel(c.value(), names), c.count(),
                    with(openNeeds, Facet.CPV, c.value()))).toList();
            quarterGrid = QuarterGrid.of(overview.openNeeds());
            Map<String, String> gridNames = new LinkedHashMap<>(names);
            gridNames.putAll(hubSearch.cpvDivisionNames(quarterGrid.divisions(), Texts.locale().getLanguage()));
            cpvByDivision = quarterGrid.divisions().stream().collect(Collectors.toMap(d -> d,
                    d -> figure(d, divisionLabel(d, gridNames), 0, with(openNeeds, Facet.CPV, d))));
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

    /** Every municipality of the county (none left out for having nothing), then the county's other owners with items. */
    private List<Figure> placesOf(Map<Facet, List<String>> inCounty) {
        List<SearchResult.FacetCount> owners = overview.counts(inCounty).facet(Facet.ORGANISATION);
        Map<String, Long> perOwner = owners.stream().collect(Collectors.toMap(SearchResult.FacetCount::value,
                SearchResult.FacetCount::count, Long::sum));
        List<Figure> figures = new ArrayList<>();
        List<Overview.Municipality> municipalities = overview.municipalitiesOf(county);
        Set<String> municipal = municipalities.stream().map(Overview.Municipality::code).collect(Collectors.toSet());
        for (Overview.Municipality m : municipalities) {
            figures.add(figure(m.code(), m.name(), perOwner.getOrDefault(m.code(), 0L), with(inCounty, Facet.ORGANISATION, m.code())));
        }
        owners.stream().filter(o -> !municipal.contains(o.value()))
                .forEach(o -> figures.add(figure(o.value(), o.label() == null ? o.value() : o.label(), o.count(),
                        with(inCounty, Facet.ORGANISATION, o.value()))));
        return figures;
    }

    private static Map<String, Long> countsOf(SearchResult result, Facet facet) {
        return result.facet(facet).stream().collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count, Long::sum));
    }

    private static String divisionLabel(String division, Map<String, String> names) {
        return names.containsKey(division) ? division + " " + names.get(division) : division;
    }

    private static Map<Facet, List<String>> with(Map<Facet, List<String>> filters, Facet facet, String value) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.put(facet, List.of(value));
        return changed;
    }

    private static Figure figure(String key, String label, long count, Map<Facet, List<String>> filters) {
        return new Figure(key, label, count, searchUrl(filters));
    }

    /** The search page listing exactly what these filters count, in the order of the search's own links. */
    static String searchUrl(Map<Facet, List<String>> filters) {
        StringBuilder url = new StringBuilder(contextPath()).append("/sok.xhtml?q=");
        for (Facet facet : Facet.values()) {
            for (String value : filters.getOrDefault(facet, List.of())) {
                url.append('&').append(facet.parameter()).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url.toString();
    }

    private static String contextPath() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? "" : faces.getExternalContext().getRequestContextPath();
    }

    static String countyName(String code) {
        String key = "county." + code;
        return Texts.has(key) ? Texts.get(key) : code;
    }

    public String quarterLabel(Quarter quarter) {
        return quarter.equals(Quarter.UNDATED) ? Texts.get("overview.quarter.undated")
                : Texts.get("overview.quarter", String.valueOf(quarter.year()), quarter.number());
    }

    // Pictures (SVG as text, every value escaped by Svg)

    public String getMap() {
        return county == null
                ? CountyTiles.draw("county-map", Texts.get("overview.map.heading"), counties)
                : PlaceTiles.draw("place-map", getPlacesHeading(), places);
    }

    public String getAreaChart() {
        return BarChart.draw("area-chart", Texts.get("overview.areas.heading"), areas);
    }

    public String getYearChart() {
        return BarChart.draw("year-chart", Texts.get("overview.years.heading"), years);
    }

    public String getCpvChart() {
        return BarChart.draw("cpv-chart", Texts.get("overview.cpv.heading"), cpvDivisions);
    }

    public String getQuarterChart() {
        Function<String, Figure> division = d -> cpvByDivision.getOrDefault(d, new Figure(d, d, 0, searchUrl(Map.of())));
        return quarterGrid.draw("quarter-chart", Texts.get("overview.quarters.heading"), division, this::quarterLabel);
    }

    // The same figures as tables

    public List<Figure> getCounties() {
        return counties;
    }

    public List<Figure> getPlaces() {
        return places;
    }

    public List<Figure> getAreas() {
        return areas;
    }

    public List<Figure> getYears() {
        return years;
    }

    public List<Figure> getCpvDivisions() {
        return cpvDivisions;
    }

    public List<Quarter> getQuarters() {
        return quarterGrid.quarters();
    }

    /** One row of the quarter table: the division's figure (label and link) and its count in each quarter. */
    public record QuarterRow(Figure division, List<Long> counts) {
    }

    public List<QuarterRow> getQuarterRows() {
        return quarterGrid.divisions().stream().map(d -> new QuarterRow(cpvByDivision.get(d),
                quarterGrid.quarters().stream().map(q -> quarterGrid.count(d, q)).toList())).toList();
    }

    public String getPlacesHeading() {
        return Texts.get("overview.places.heading", countyName(county));
    }

    public String getCountyName() {
        return county == null ? null : countyName(county);
    }

    /** The overview zoomed into a county. */
    public String zoomUrl(String countyCode) {
        return contextPath() + "/overblick.xhtml?county=" + countyCode + "#map-heading";
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public long getTotal() {
        return total;
    }

    public boolean isZoomed() {
        return county != null;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county == null || county.isBlank() ? null : county.strip();
    }
}
