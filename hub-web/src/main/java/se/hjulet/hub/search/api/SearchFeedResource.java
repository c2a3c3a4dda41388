package se.hjulet.hub.search.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;

/**
 * Every public search as an Atom 1.0 feed (RFC 4287), newest first, for any feed reader: {@code /api/v1/search.atom?q=…}
 * with the search's filters. Only published initiatives and public collections are in the index, so nothing
 * else can reach a feed.
 */
@Path("search.atom")
@RequestScoped
public class SearchFeedResource {

    static final String ATOM = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 20;
    private static final List<String> FEED_KINDS = List.of("learning_example", "project", "procurement_need", "collection");
    private static final Map<String, String> KINDS = Map.of("learning_example", "Lärande exempel", "project", "Projekt",
            "procurement_need", "Upphandlingsbehov", "collection", "Samling", "document", "Dokument");

    @Inject
    HubSearch search;

    @Context
    UriInfo uri;

    @GET
    @Produces(ATOM + ";charset=utf-8")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed of the hits, newest first",
            content = @Content(mediaType = ATOM + ";charset=utf-8", schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@QueryParam("q") String q, @BeanParam SearchFilters filters) {
        SearchRequest request;
        try {
            request = new SearchRequest(q, filters.byFacet(FEED_KINDS), SearchRequest.Sort.NEWEST, 0, ENTRIES);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage().contains("search text") ? "q" : "kind", e.getMessage());
        }
        List<SearchHit> hits = search.search(request).hits();
        try {
            return Response.ok(atom(request, hits)).type(ATOM + ";charset=utf-8").build();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private String atom(SearchRequest request, List<SearchHit> hits) throws XMLStreamException {
        String root = uri.getBaseUri().resolve("../..").toString().replaceAll("/+$", "");
        String self = uri.getRequestUri().toString();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("utf-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
        element(xml, "id", self);
        element(xml, "title", request.text().isEmpty() ? "Hjulet: nytt och ändrat" : "Hjulet: " + request.text());
        element(xml, "subtitle", "Publicerade initiativ på Hjulet som sökningen hittar, det senaste först.");
        Instant updated = hits.stream().map(SearchFeedResource::changed).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(Instant.now());
        element(xml, "updated", time(updated));
        link(xml, "self", ATOM, self);
        String query = uri.getRequestUri().getRawQuery();
        link(xml, "alternate", "text/html", root + "/sok.xhtml?sort=newest" + (query == null ? "" : "&" + query));
        xml.writeStartElement("author");
        element(xml, "name", "Hjulet");
        xml.writeEndElement();
        element(xml, "generator", "Hjulet");
        for (SearchHit hit : hits) {
            String page = root + hit.url();
            xml.writeStartElement("entry");
            element(xml, "id", page);
            element(xml, "title", hit.title());
            element(xml, "updated", time(Objects.requireNonNullElse(changed(hit), updated)));
            if (hit.publishedAt() != null) {
                element(xml, "published", time(hit.publishedAt()));
            }
            link(xml, "alternate", "text/html", page);
            xml.writeStartElement("author");
            element(xml, "name", hit.organisationName() == null || hit.organisationName().isBlank() ? "Hjulet" : hit.organisationName());
            xml.writeEndElement();
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", hit.kind());
            xml.writeAttribute("label", KINDS.getOrDefault(hit.kind(), hit.kind()));
            if (hit.lead() != null && !hit.lead().isBlank()) {
                element(xml, "summary", hit.lead());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static Instant changed(SearchHit hit) {
        return hit.updatedAt() != null ? hit.updatedAt() : hit.publishedAt();
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
