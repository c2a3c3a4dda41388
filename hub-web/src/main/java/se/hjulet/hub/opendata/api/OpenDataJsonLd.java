package se.hjulet.hub.opendata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.opendata.entity.Dataset;
import se.hjulet.hub.opendata.entity.DatasetSummary;
import se.hjulet.hub.opendata.entity.OpenRecord;
import se.hjulet.hub.opendata.entity.RecordPage;

/**
 * The catalogue and the records in JSON-LD. The catalogue follows DCAT-AP-SE (the Swedish profile of
 * DCAT-AP, as Sveriges dataportal harvests it) and uses the prefixed property names of that profile;
 * the records use short names that the context maps to Dublin Core, DCAT, schema.org and, for what no
 * common vocabulary has (phase, CPV codes, procurement window), the hub's own terms. Every document
 * carries its context inline, so a JSON-LD processor needs nothing from the network.
 */
public final class OpenDataJsonLd {

    public static final String MEDIA_TYPE = "application/ld+json";

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String CC_BY_4 = "http://creativecommons.org/licenses/by/4.0/";
    private static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final Map<String, String> LICENCES = Map.of(Initiative.DEFAULT_LICENCE, CC_BY_4);

    private OpenDataJsonLd() {
    }

    /** Who publishes the catalogue and how to reach them (an organisation's address, never a person's). */
    public record Publisher(String name, Optional<String> contactEmail) {
    }

    /** The catalogue: one dataset per kind, each with a CSV and a JSON-LD distribution, and the API that serves them. */
    public static Map<String, Object> catalogue(String root, Publisher publisher, List<DatasetSummary> summaries) {
        String catalogueId = root + "api/v1/open-data";
        String serviceId = root + "api/v1/";
        var catalogue = new LinkedHashMap<String, Object>();
        catalogue.put("@context", prefixes(root));
        catalogue.put("@id", catalogueId);
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dcterms:title", texts("Hjulet – öppna data", "Hjulet – open data"));
        catalogue.put("dcterms:description", texts(
                "Lärande exempel, projekt och upphandlingsbehov som kommuner, regioner och myndigheter har publicerat i Hjulet.",
                "Learning examples, projects and procurement needs that Swedish municipalities, regions and agencies have published in Hjulet."));
        catalogue.put("dcterms:publisher", agent(root, publisher));
        catalogue.put("dcterms:license", id(CC_BY_4));
        catalogue.put("dcterms:language", List.of(id(EU_AUTHORITY + "language/SWE"), id(EU_AUTHORITY + "language/ENG")));
        summaries.stream().map(DatasetSummary::modified).filter(Objects::nonNull).max(Instant::compareTo)
                .ifPresent(m -> catalogue.put("dcterms:modified", dateTime(m)));
        catalogue.put("foaf:homepage", id(root));
        catalogue.put("dcat:themeTaxonomy", id(EU_AUTHORITY + "data-theme"));

        var service = new LinkedHashMap<String, Object>();
        service.put("@id", serviceId);
        service.put("@type", "dcat:DataService");
        service.put("dcterms:title", texts("Hjulets öppna API", "Hjulet's open API"));
        service.put("dcat:endpointURL", id(serviceId));
        service.put("dcat:endpointDescription", id(root + "openapi"));
        service.put("dcterms:license", id(CC_BY_4));
        service.put("dcterms:accessRights", id(EU_AUTHORITY + "access-right/PUBLIC"));
        service.put("dcat:servesDataset", summaries.stream().map(s -> id(datasetId(root, s.dataset()))).toList());
        catalogue.put("dcat:service", service);

        List<Object> datasets = new ArrayList<>();
        for (DatasetSummary summary : summaries) {
            datasets.add(dataset(root, publisher, summary, serviceId));
        }
        catalogue.put("dcat:dataset", datasets);
        return catalogue;
    }

    private static Map<String, Object> dataset(String root, Publisher publisher, DatasetSummary summary, String serviceId) {
        Dataset dataset = summary.dataset();
        var node = new LinkedHashMap<String, Object>();
        node.put("@id", datasetId(root, dataset));
        node.put("@type", "dcat:Dataset");
        node.put("dcterms:identifier", dataset.slug());
        node.put("dcterms:title", texts(dataset.titleSv(), dataset.titleEn()));
        node.put("dcterms:description", texts(dataset.descriptionSv(), dataset.descriptionEn()));
        node.put("dcterms:publisher", id(root));
        node.put("dcat:contactPoint", contactPoint(root, publisher));
        node.put("dcat:keyword", List.of(text(dataset.titleSv().toLowerCase(java.util.Locale.ROOT), "sv"),
                text(dataset.titleEn().toLowerCase(java.util.Locale.ROOT), "en"), text("offentlig sektor", "sv"),
                text("public sector", "en"), text("kommuner", "sv"), text("municipalities", "en")));
        node.put("dcat:theme", id(EU_AUTHORITY + "data-theme/GOVE"));
        node.put("dcterms:spatial", id(EU_AUTHORITY + "country/SWE"));
        node.put("dcterms:license", id(CC_BY_4));
        node.put("dcterms:accessRights", id(EU_AUTHORITY + "access-right/PUBLIC"));
        node.put("dcat:landingPage", id(root + "sok.xhtml?q=&kind=" + dataset.kind()));
        if (summary.modified() != null) {
            node.put("dcterms:modified", dateTime(summary.modified()));
        }
        node.put("dcat:distribution", List.of(
                distribution(root, dataset, "csv", "CSV", "text/csv", serviceId),
                distribution(root, dataset, "jsonld", "JSON_LD", "application/ld+json", serviceId)));
        return node;
    }

    private static Map<String, Object> distribution(String root, Dataset dataset, String extension, String euFileType,
                                                    String mediaType, String serviceId) {
        String url = root + "api/v1/open-data/" + dataset.slug() + "." + extension;
        var node = new LinkedHashMap<String, Object>();
        node.put("@id", url);
        node.put("@type", "dcat:Distribution");
        String format = extension.equals("csv") ? "CSV" : "JSON-LD";
        node.put("dcterms:title", texts(dataset.titleSv() + " (" + format + ")", dataset.titleEn() + " (" + format + ")"));
        node.put("dcterms:description", texts(
                "I sidor om högst 1000 poster i id-ordning (?size=, standard 100). Nästa sida anges i svarets Link-huvud (rel=\"next\")"
                        + (extension.equals("csv") ? "." : " och i view.next."),
                "In pages of at most 1000 records in id order (?size=, 100 by default). The next page is in the answer's Link header (rel=\"next\")"
                        + (extension.equals("csv") ? "." : " and in view.next.")));
        node.put("dcat:accessURL", id(url));
        node.put("dcat:downloadURL", id(url));
        node.put("dcat:mediaType", id("http://www.iana.org/assignments/media-types/" + mediaType));
        node.put("dcterms:format", id(EU_AUTHORITY + "file-type/" + euFileType));
        node.put("dcterms:license", id(CC_BY_4));
        node.put("dcat:accessService", id(serviceId));
        return node;
    }

    /** A page of records: a hydra collection whose view names the next page. */
    public static Map<String, Object> page(RecordPage page, String root, String thisPage, String firstPage, String nextPage) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@context", recordContext(root));
        document.put("@id", root + "api/v1/open-data/" + page.dataset().slug() + ".jsonld");
        document.put("@type", "hydra:Collection");
        document.put("dataset", datasetId(root, page.dataset()));
        var view = new LinkedHashMap<String, Object>();
        view.put("@id", thisPage);
        view.put("@type", "hydra:PartialCollectionView");
        view.put("first", firstPage);
        if (nextPage != null) {
            view.put("next", nextPage);
        }
        document.put("view", view);
        document.put("member", page.records().stream().map(r -> record(r, root)).toList());
        return document;
    }

    static Map<String, Object> record(OpenRecord r, String root) {
        String page = absolute(root, r.pagePath());
        var node = new LinkedHashMap<String, Object>();
        node.put("@id", page);
        node.put("@type", switch (r.kind()) {
            case "learning_example" -> "hjulet:LearningExample";
            case "project" -> "hjulet:Project";
            default -> "hjulet:ProcurementNeed";
        });
        node.put("identifier", String.valueOf(r.id()));
        node.put("kind", r.kind());
        node.put("title", text(r.title(), r.language()));
        node.put("lead", text(r.lead(), r.language()));
        node.put("language", r.language());
        put(node, "license", LICENCES.getOrDefault(r.licence(), null));
        node.put("licence", r.licence());
        node.put("landingPage", page);
        var owner = new LinkedHashMap<String, Object>();
        owner.put("@type", "foaf:Organization");
        owner.put("name", r.ownerName());
        put(owner, "identifier", r.ownerCode());
        owner.put("organisationKind", r.ownerKind());
        put(owner, "countyCode", r.countyCode());
        node.put("publisher", owner);
        node.put("participants", r.participants().stream().map(p -> {
            var participant = new LinkedHashMap<String, Object>();
            participant.put("@type", "foaf:Organization");
            participant.put("name", p.name());
            put(participant, "identifier", p.code());
            participant.put("role", p.role());
            return participant;
        }).toList());
        node.put("policyAreas", r.policyAreas());
        node.put("tags", r.tags());
        put(node, "startDate", string(r.periodFrom()));
        put(node, "endDate", string(r.periodTo()));
        node.put("ongoing", r.ongoing());
        put(node, "issued", OpenDataCsv.time(r.publishedAt()));
        put(node, "modified", OpenDataCsv.time(r.updatedAt()));
        put(node, "lastConfirmed", OpenDataCsv.time(r.lastConfirmedAt()));
        put(node, "originallyPublished", string(r.originallyPublished()));
        put(node, "phase", r.phase());
        put(node, "collaborationLevel", r.collaborationLevel());
        put(node, "budgetSek", r.budgetSek());
        put(node, "mainCpvCode", r.mainCpvCode());
        if (r.mainCpvCode() != null) {
            node.put("additionalCpvCodes", r.additionalCpvCodes());
        }
        put(node, "procurementStatus", r.procurementStatus());
        put(node, "estimatedValueMinSek", r.estimatedValueMinSek());
        put(node, "estimatedValueMaxSek", r.estimatedValueMaxSek());
        put(node, "procurementWindowFrom", string(r.procurementWindowFrom()));
        put(node, "procurementWindowTo", string(r.procurementWindowTo()));
        put(node, "contractLengthMonths", r.contractLengthMonths());
        put(node, "openForCoProcurement", r.openForCoProcurement());
        put(node, "joinDeadline", string(r.joinDeadline()));
        return node;
    }

    /** A path inside the hub ({@code /projekt.xhtml?id=5}) as an absolute address under {@code root}. */
    static String absolute(String root, String path) {
        return root + (path.startsWith("/") ? path.substring(1) : path);
    }

    static String datasetId(String root, Dataset dataset) {
        return root + "api/v1/open-data#" + dataset.slug();
    }

    private static Map<String, Object> prefixes(String root) {
        var context = new LinkedHashMap<String, Object>();
        context.put("dcat", DCAT);
        context.put("dcterms", DCTERMS);
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("hjulet", vocabulary(root));
        return context;
    }

    /** The hub's own terms: what no common vocabulary says (a project's phase, a need's CPV codes). */
    static String vocabulary(String root) {
        return root + "api/v1/open-data/vocabulary#";
    }

    private static Map<String, Object> recordContext(String root) {
        var context = prefixes(root);
        context.put("hydra", "http://www.w3.org/ns/hydra/core#");
        context.put("schema", "http://schema.org/");
        context.put("dataset", term("dcterms:isPartOf", "@id", null));
        context.put("view", "hydra:view");
        context.put("first", term("hydra:first", "@id", null));
        context.put("next", term("hydra:next", "@id", null));
        context.put("member", term("hydra:member", null, "@set"));
        context.put("identifier", "dcterms:identifier");
        context.put("kind", "hjulet:kind");
        context.put("title", "dcterms:title");
        context.put("lead", "dcterms:abstract");
        context.put("language", "dcterms:language");
        context.put("license", term("dcterms:license", "@id", null));
        context.put("licence", "hjulet:licenceIdentifier");
        context.put("landingPage", term("dcat:landingPage", "@id", null));
        context.put("publisher", "dcterms:publisher");
        context.put("participants", term("dcterms:contributor", null, "@set"));
        context.put("name", "foaf:name");
        context.put("organisationKind", "hjulet:organisationKind");
        context.put("countyCode", "hjulet:countyCode");
        context.put("role", "hjulet:role");
        context.put("policyAreas", term("dcterms:subject", null, "@set"));
        context.put("tags", term("dcat:keyword", null, "@set"));
        context.put("startDate", term("schema:startDate", "xsd:date", null));
        context.put("endDate", term("schema:endDate", "xsd:date", null));
        context.put("ongoing", "hjulet:ongoing");
        context.put("issued", term("dcterms:issued", "xsd:dateTime", null));
        context.put("modified", term("dcterms:modified", "xsd:dateTime", null));
        context.put("lastConfirmed", term("hjulet:lastConfirmed", "xsd:dateTime", null));
        context.put("originallyPublished", term("hjulet:originallyPublished", "xsd:date", null));
        context.put("phase", "hjulet:phase");
        context.put("collaborationLevel", "hjulet:collaborationLevel");
        context.put("budgetSek", "hjulet:budgetSek");
        context.put("mainCpvCode", "hjulet:mainCpvCode");
        context.put("additionalCpvCodes", term("hjulet:additionalCpvCode", null, "@set"));
        context.put("procurementStatus", "hjulet:procurementStatus");
        context.put("estimatedValueMinSek", "hjulet:estimatedValueMinSek");
        context.put("estimatedValueMaxSek", "hjulet:estimatedValueMaxSek");
        context.put("procurementWindowFrom", term("hjulet:procurementWindowFrom", "xsd:date", null));
        context.put("procurementWindowTo", term("hjulet:procurementWindowTo", "xsd:date", null));
        context.put("contractLengthMonths", "hjulet:contractLengthMonths");
        context.put("openForCoProcurement", "hjulet:openForCoProcurement");
        context.put("joinDeadline", term("hjulet:joinDeadline", "xsd:date", null));
        return context;
    }

    private static Map<String, Object> term(String iri, String type, String container) {
        var term = new LinkedHashMap<String, Object>();
        term.put("@id", iri);
        if (type != null) {
            term.put("@type", type);
        }
        if (container != null) {
            term.put("@container", container);
        }
        return term;
    }

    private static Map<String, Object> agent(String root, Publisher publisher) {
        var agent = new LinkedHashMap<String, Object>();
        agent.put("@id", root);
        agent.put("@type", "foaf:Agent");
        agent.put("foaf:name", publisher.name());
        return agent;
    }

    private static Map<String, Object> contactPoint(String root, Publisher publisher) {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("@type", "vcard:Organization");
        contact.put("vcard:fn", publisher.name());
        publisher.contactEmail().ifPresent(email -> contact.put("vcard:hasEmail", id("mailto:" + email)));
        contact.put("vcard:hasURL", id(root));
        return contact;
    }

    private static List<Map<String, Object>> texts(String sv, String en) {
        return List.of(text(sv, "sv"), text(en, "en"));
    }

    private static Map<String, Object> text(String value, String language) {
        var text = new LinkedHashMap<String, Object>();
        text.put("@value", value);
        text.put("@language", language == null ? "sv" : language);
        return text;
    }

    private static Map<String, Object> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, Object> dateTime(Instant instant) {
        var value = new LinkedHashMap<String, Object>();
        value.put("@value", OpenDataCsv.time(instant));
        value.put("@type", "xsd:dateTime");
        return value;
    }

    private static void put(Map<String, Object> node, String key, Object value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static String string(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
