package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hjulet.hub.system.LearningExamplesIT.uniqueWord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * Projects, procurement needs and participation on the deployed hub: the Västernorrland projects of
 * seed 004, a need for an e-service platform, and organisations pledging to each other's items.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class ProjectsAndNeedsIT {

    static final String ORNSKOLDSVIK = "2284";
    static final String SUNDSVALL = "2281";
    static final String DALS_ED = "1438";
    static final String UDDEVALLA = "1485";

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    @Test
    void theVasternorrlandProjectsArePublishedAndFoundByKind() throws Exception {
        String word = uniqueWord();
        var jens = new HubClient(base(), OpenIdProvider.logIn("jens", "Jens Danielsson", List.of(ORNSKOLDSVIK), List.of()));
        var anonymous = HubClient.anonymous(base());

        ObjectNode guide = project(ORNSKOLDSVIK, "Digitaliseringsguiden " + word,
                "Digitaliseringsguiden ger medarbetare inom offentlig sektor konkret råd om hur de kan använda digitaliseringens möjligheter.")
                .put("phase", "COMPLETED").put("collaborationLevel", "SHARE_IDEAS")
                .put("periodFrom", "2020-01-01").put("periodTo", "2022-02-28")
                .put("goals", "<p>Guiden ska vara en ledande samverkansplattform mellan näringsliv, akademi och tjänstepersoner.</p>");
        var guideCreated = jens.post("projects", guide);
        assertEquals(201, guideCreated.status(), guideCreated.raw());
        assertEquals("draft", guideCreated.body().get("status").asText());

        ObjectNode teo = project(ORNSKOLDSVIK, "Tillgängliga e-tjänster för offentlig sektor (TEO) " + word,
                "TEO ska bidra till att kommunerna kan erbjuda trygga och pålitliga digitala tjänster.")
                .put("phase", "ONGOING").put("collaborationLevel", "SEEKING_PARTNERS")
                .put("budgetSek", 6_000_000).put("periodTo", "2023-02-28")
                .put("goals", "<p>Öka tillgängligheten och digital inkludering så att ingen hamnar utanför.<script>alert(1)</script></p>");
        teo.putArray("financing")
                .add(financing("EXTERNAL_FUND", "ERDF", null, 3_000_000, "50"))
                .add(financing("OWN", null, null, 3_000_000, "50"));
        teo.putArray("participatingOrganisations").addObject().put("organisation", SUNDSVALL).put("role", "PARTNER");
        var teoCreated = jens.post("projects", teo);
        assertEquals(201, teoCreated.status(), teoCreated.raw());
        JsonNode teoView = teoCreated.body();
        long teoId = teoView.get("id").asLong();
        assertEquals(6_000_000, teoView.get("budgetSek").asLong());
        assertEquals("ERDF", teoView.get("financing").get(0).get("funder").asText());
        assertEquals(50, teoView.get("financing").get(0).get("sharePercent").asDouble());
        assertEquals("<p>Öka tillgängligheten och digital inkludering så att ingen hamnar utanför.</p>", teoView.get("goals").asText());
        assertEquals("Sundsvall", teoView.get("participatingOrganisations").get(0).get("organisation").get("name").asText());

        // Drafts: the owner sees them, nobody else, and search never finds them.
        assertEquals(404, anonymous.get("projects/" + teoId).status());
        assertEquals(0, anonymous.search(word).body().get("total").asLong());

        assertEquals(200, jens.post("projects/" + guideCreated.body().get("id").asLong() + "/publish", null).status());
        var published = jens.post("projects/" + teoId + "/publish", null);
        assertEquals(200, published.status(), published.raw());
        assertEquals("published", published.body().get("status").asText());
        assertTrue(!published.body().get("possiblyOutdated").asBoolean(), "just published means just confirmed");

        JsonNode hits = LearningExamplesIT.awaitHits(anonymous, word, 2, 10_000);
        assertTrue(LearningExamplesIT.titlesOf(hits).stream().allMatch(t -> t.contains(word)), hits.toString());
        hits.forEach(hit -> assertEquals("project", hit.get("kind").asText()));
        var erdf = anonymous.get("search?q=" + word + "+ERDF&kind=project");
        assertEquals(200, erdf.status(), erdf.raw());
        assertEquals(teoId, erdf.body().get("hits").get(0).get("databaseId").asLong(), "ERDF is in the TEO project's text");
        assertEquals(0, anonymous.get("search?q=" + word + "&kind=procurement_need").body().get("total").asLong());
        assertEquals(0, anonymous.get("search?q=" + word + "&kind=learning_example").body().get("total").asLong());
        assertTrue(erdf.body().get("hits").get(0).get("url").asText().endsWith("/projekt.xhtml?id=" + teoId), erdf.raw());

        var list = anonymous.get("projects");
        assertEquals(200, list.status());
        assertTrue(StreamSupport.stream(list.body().spliterator(), false).anyMatch(p -> p.get("id").asLong() == teoId));
    }

    @Test
    void aNeedWithCpv48000000AndA2027WindowIsPublishedAndFound() throws Exception {
        String word = uniqueWord();
        var dalsEd = new HubClient(base(), OpenIdProvider.logIn("dalsed", "Dana Ed", List.of(DALS_ED), List.of()));
        var anonymous = HubClient.anonymous(base());

        var created = dalsEd.post("procurement-needs", need(DALS_ED, "E-tjänsteplattform " + word));
        assertEquals(201, created.status(), created.raw());
        JsonNode view = created.body();
        long id = view.get("id").asLong();
        assertEquals("48000000", view.get("mainCpv").get("code").asText());
        assertEquals("Programvara och informationssystem", view.get("mainCpv").get("labelSv").asText());
        assertEquals("72000000", view.get("additionalCpv").get(0).get("code").asText(), "the check digit is dropped");
        assertEquals("2027-09-01", view.get("procurementWindowFrom").asText());
        assertEquals("OPEN_FOR_PARTNERS", view.get("procurementStatus").asText());
        assertTrue(view.get("openForCoProcurement").asBoolean());

        assertEquals(0, anonymous.search(word).body().get("total").asLong(), "a draft must never be found");
        assertEquals(200, dalsEd.post("procurement-needs/" + id + "/publish", null).status());
        JsonNode hits = LearningExamplesIT.awaitHits(anonymous, word, 1, 10_000);
        assertEquals("procurement_need", hits.get(0).get("kind").asText());
        var byKind = anonymous.get("search?q=" + word + "&kind=procurement_need");
        assertEquals(1, byKind.body().get("total").asLong(), byKind.raw());
        assertEquals(0, anonymous.get("search?q=" + word + "&kind=project").body().get("total").asLong());
        // The CPV label is searchable: a strategist searching for "programvara" finds the need.
        assertEquals(1, anonymous.get("search?q=" + word + "+programvara&kind=procurement_need").body().get("total").asLong());

        // Update with the version seen; a stale version is refused.
        long version = dalsEd.get("procurement-needs/" + id).body().get("version").asLong();
        var changed = dalsEd.put("procurement-needs/" + id, need(DALS_ED, "E-tjänsteplattform " + word)
                .put("estimatedValueMaxSek", 3_000_000).put("version", version));
        assertEquals(200, changed.status(), changed.raw());
        assertEquals(3_000_000, changed.body().get("estimatedValueMaxSek").asLong());
        assertEquals(409, dalsEd.put("procurement-needs/" + id, need(DALS_ED, "X " + word).put("version", version)).status());
        assertEquals(200, dalsEd.post("procurement-needs/" + id + "/confirm", null).status());
        assertEquals(200, dalsEd.post("procurement-needs/" + id + "/archive", null).status());
        LearningExamplesIT.awaitHits(anonymous, word, 0, 5_000);
    }

    @Test
    void badProjectsAndNeedsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        var jens = new HubClient(base(), OpenIdProvider.logIn("jens2", "Jens Danielsson", List.of(ORNSKOLDSVIK), List.of()));
        int projectsBefore = jens.get("projects?mine=true").body().size();
        int needsBefore = jens.get("procurement-needs?mine=true").body().size();

        ObjectNode overShared = project(ORNSKOLDSVIK, "För mycket", "Lead").put("budgetSek", 1_000_000);
        overShared.putArray("financing").add(financing("EXTERNAL_FUND", "ERDF", null, 500_000, "60"))
                .add(financing("OWN", null, null, 400_000, "50"));
        assertRefused(jens.post("projects", overShared), "financing.sharePercent", "110");

        ObjectNode overBudget = project(ORNSKOLDSVIK, "Över budget", "Lead").put("budgetSek", 1_000_000);
        overBudget.putArray("financing").add(financing("EXTERNAL_FUND", "Vinnova", null, 1_500_000, "50"));
        assertRefused(jens.post("projects", overBudget), "financing.amountSek", "1500000");

        ObjectNode negative = project(ORNSKOLDSVIK, "Negativ", "Lead").put("budgetSek", -5);
        assertRefused(jens.post("projects", negative), "budgetSek", null);

        ObjectNode negativeLine = project(ORNSKOLDSVIK, "Negativ rad", "Lead").put("budgetSek", 100);
        negativeLine.putArray("financing").add(financing("OWN", null, null, -1, null));
        assertRefused(jens.post("projects", negativeLine), "amountSek", null);

        ObjectNode nameless = project(ORNSKOLDSVIK, "Okänd fond", "Lead").put("budgetSek", 100);
        nameless.putArray("financing").add(financing("EXTERNAL_FUND", null, null, 50, null));
        assertRefused(jens.post("projects", nameless), "financing.funder", null);

        assertRefused(jens.post("procurement-needs", need(ORNSKOLDSVIK, "Okänd CPV").put("mainCpvCode", "99999999")),
                "mainCpvCode", "99999999");
        ObjectNode unknownExtra = need(ORNSKOLDSVIK, "Okänd extra CPV");
        unknownExtra.putArray("additionalCpvCodes").add("12345678");
        assertRefused(jens.post("procurement-needs", unknownExtra), "additionalCpvCodes", "12345678");
        assertRefused(jens.post("procurement-needs", need(ORNSKOLDSVIK, "Baklänges")
                .put("procurementWindowFrom", "2027-12-01").put("procurementWindowTo", "2027-01-01")), "procurementWindowTo", null);
        assertRefused(jens.post("procurement-needs", need(ORNSKOLDSVIK, "Min över max")
                .put("estimatedValueMinSek", 5_000_000).put("estimatedValueMaxSek", 1_000_000)), "estimatedValueMaxSek", null);
        assertRefused(jens.post("procurement-needs", need(ORNSKOLDSVIK, "Negativt värde")
                .put("estimatedValueMinSek", -1)), "estimatedValueMinSek", null);

        assertEquals(403, jens.post("projects", project(DALS_ED, "Inte min", "Lead")).status());
        assertEquals(403, jens.post("procurement-needs", need(DALS_ED, "Inte min")).status());
        assertEquals(401, HubClient.anonymous(base()).post("projects", project(ORNSKOLDSVIK, "Anonym", "Lead")).status());

        assertEquals(projectsBefore, jens.get("projects?mine=true").body().size(), "nothing half-stored");
        assertEquals(needsBefore, jens.get("procurement-needs?mine=true").body().size(), "nothing half-stored");
    }

    static void assertRefused(HubClient.Answer answer, String field, String mentioned) {
        assertEquals(400, answer.status(), answer.raw());
        List<String> fields = StreamSupport.stream(answer.body().get("fields").spliterator(), false)
                .map(f -> f.get("field").asText()).toList();
        assertTrue(fields.stream().anyMatch(f -> f.equals(field) || f.endsWith("." + field)), "expected field " + field + " in " + answer.raw());
        if (mentioned != null) {
            assertTrue(answer.message().contains(mentioned), answer.message());
        }
    }

    static ObjectNode project(String owner, String title, String lead) {
        ObjectNode project = HubClient.JSON.createObjectNode();
        project.put("title", title);
        project.put("lead", lead);
        project.put("ownerOrganisation", owner);
        project.putArray("policyAreas").add("Digitalisering");
        return project;
    }

    static ObjectNode financing(String source, String funder, String organisation, long amount, String share) {
        ObjectNode line = HubClient.JSON.createObjectNode().put("source", source).put("amountSek", amount);
        if (funder != null) {
            line.put("funder", funder);
        }
        if (organisation != null) {
            line.put("organisation", organisation);
        }
        if (share != null) {
            line.put("sharePercent", new java.math.BigDecimal(share));
        }
        return line;
    }

    static ObjectNode need(String owner, String title) {
        ObjectNode need = HubClient.JSON.createObjectNode();
        need.put("title", title);
        need.put("lead", "En gemensam e-tjänsteplattform, upphandling hösten 2027, ca 2 MSEK.");
        need.put("ownerOrganisation", owner);
        need.put("mainCpvCode", "48000000");
        need.putArray("additionalCpvCodes").add("72000000-5");
        need.put("estimatedValueMinSek", 1_500_000);
        need.put("estimatedValueMaxSek", 2_500_000);
        need.put("procurementWindowFrom", "2027-09-01");
        need.put("procurementWindowTo", "2027-12-15");
        need.put("contractLengthMonths", 48);
        need.put("procurementStatus", "OPEN_FOR_PARTNERS");
        need.put("openForCoProcurement", true);
        need.put("joinDeadline", "2027-06-30");
        need.put("requirementsSummary", "<p>Inloggning med BankID och Freja, tillgänglighet enligt WCAG 2.1 AA.</p>");
        return need;
    }

    URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}
