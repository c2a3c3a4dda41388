package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hjulet.hub.system.LearningExamplesIT.uniqueWord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.client.ApiClient;
import se.hjulet.client.ApiException;
import se.hjulet.client.api.ProjectsApi;
import se.hjulet.client.model.CollaborationLevel;
import se.hjulet.client.model.Problem;
import se.hjulet.client.model.ProjectInput;
import se.hjulet.client.model.ProjectPhase;
import se.hjulet.client.model.ProjectView;
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
    /** Polling, so only a slow machine waits this long: the outbox may have a backlog from earlier test classes. */
    static final long SEARCH_TIMEOUT = 30_000;

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

        JsonNode hits = LearningExamplesIT.awaitHits(anonymous, word, 2, SEARCH_TIMEOUT);
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

    /**
     * A client generated from the contract (openapi-generator, in this module's build) writes, publishes and
     * reads a project as an outside developer would, and reads the error body of a refused write: the contract
     * is complete enough to program against, not only to read.
     */
    @Test
    void aClientGeneratedFromTheContractCreatesPublishesAndReadsAProject() throws Exception {
        String word = uniqueWord();
        String token = OpenIdProvider.logIn("jens", "Jens Danielsson", List.of(ORNSKOLDSVIK), List.of());
        ProjectsApi jens = new ProjectsApi(generatedClient(token));
        ProjectsApi anonymous = new ProjectsApi(generatedClient(null));

        ProjectView created = jens.projectsCreate(new ProjectInput().title("Samordnad e-arkivering " + word)
                .lead("Fyra kommuner tar fram en gemensam lösning för e-arkiv.").ownerOrganisation(ORNSKOLDSVIK)
                .phase(ProjectPhase.PRE_STUDY).collaborationLevel(CollaborationLevel.SEEKING_PARTNERS)
                .budgetSek(1_200_000L).periodFrom(LocalDate.of(2027, 1, 1)).addPolicyAreasItem("Digitalisering"));
        assertEquals("draft", created.getStatus());
        assertEquals(ORNSKOLDSVIK, created.getOwner().getCode());
        assertEquals(1_200_000L, created.getBudgetSek());

        ApiException hidden = assertThrows(ApiException.class, () -> anonymous.projectsGet(created.getId()));
        assertEquals(404, hidden.getCode(), "a draft is not shown to others: " + hidden.getResponseBody());

        ProjectView published = jens.projectsPublish(created.getId());
        assertEquals("published", published.getStatus());

        ProjectView read = anonymous.projectsGet(created.getId());
        assertEquals("Samordnad e-arkivering " + word, read.getTitle());
        assertEquals("PRE_STUDY", read.getPhase());
        assertEquals(LocalDate.of(2027, 1, 1), read.getPeriodFrom());
        assertEquals(Set.of("Digitalisering"), read.getPolicyAreas());
        assertTrue(anonymous.projectsList(null, null, null).stream().anyMatch(p -> created.getId().equals(p.getId())));

        ApiException refused = assertThrows(ApiException.class,
                () -> anonymous.projectsCreate(new ProjectInput().title("Utan inloggning").lead("Ingen").ownerOrganisation(ORNSKOLDSVIK)));
        assertEquals(401, refused.getCode());
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(401, problem.getStatus(), refused.getResponseBody());
        assertTrue(problem.getMessage() != null && !problem.getMessage().isBlank(), refused.getResponseBody());
    }

    /** The generated client against this hub, HTTP/1.1 as {@link HubClient} speaks it, with a bearer token when given. */
    ApiClient generatedClient(String token) throws Exception {
        ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)), ApiClient.createDefaultObjectMapper(),
                // The contract's paths carry /api/v1 themselves.
                base().toString().replaceAll("/+$", ""));
        client.setReadTimeout(Duration.ofSeconds(30));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
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
        JsonNode hits = LearningExamplesIT.awaitHits(anonymous, word, 1, SEARCH_TIMEOUT);
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
        LearningExamplesIT.awaitHits(anonymous, word, 0, SEARCH_TIMEOUT);
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

    @Test
    void interestBecomesAPledgeThatTheOwnerAcceptsAndTheTotalsAddUp() throws Exception {
        String word = uniqueWord();
        var jens = new HubClient(base(), OpenIdProvider.logIn("jens3", "Jens Danielsson", List.of(ORNSKOLDSVIK), List.of()));
        var sara = new HubClient(base(), OpenIdProvider.logIn("sara", "Sara Sundin", List.of(SUNDSVALL), List.of()));
        var dana = new HubClient(base(), OpenIdProvider.logIn("dana", "Dana Ed", List.of(DALS_ED), List.of()));
        var anonymous = HubClient.anonymous(base());

        ObjectNode teo = project(ORNSKOLDSVIK, "TEO " + word, "Tillgängliga e-tjänster.").put("budgetSek", 6_000_000)
                .put("collaborationLevel", "SEEKING_CO_FINANCING");
        teo.putArray("financing").add(financing("EXTERNAL_FUND", "ERDF", null, 3_000_000, "50"));
        long id = jens.post("projects", teo).body().get("id").asLong();
        String participations = "projects/" + id + "/participations";

        // Nobody takes part in a draft: for others it does not exist.
        var onDraft = sara.post(participations, interest(SUNDSVALL));
        assertEquals(404, onDraft.status(), onDraft.raw());
        assertEquals(200, jens.post("projects/" + id + "/publish", null).status());

        var interested = sara.post(participations, interest(SUNDSVALL));
        assertEquals(201, interested.status(), interested.raw());
        long sundsvall = interested.body().get("id").asLong();
        assertEquals("INTERESTED", interested.body().get("status").asText());
        assertEquals("sara@example.se", interested.body().get("contactEmail").asText(), "the login's e-mail is the default contact");
        assertEquals(409, sara.post(participations, interest(SUNDSVALL)).status(), "one participation per organisation");
        assertEquals(403, sara.post(participations, interest(DALS_ED)).status(), "Sara is not a member of Dals-Ed");
        assertRefused(jens.post(participations, interest(ORNSKOLDSVIK)), "organisation", "Örnsköldsvik");

        // Pledges: only for one's own organisation, never negative, and accepted only by the owner.
        assertRefused(sara.post(participations + "/" + sundsvall + "/pledge", pledge(-100, 0, false)), "amountSek", null);
        assertEquals(403, dana.post(participations + "/" + sundsvall + "/pledge", pledge(100, 0, false)).status());
        assertEquals(409, jens.post(participations + "/" + sundsvall + "/accept", null).status(), "nothing pledged yet");
        assertRefused(sara.post(participations + "/" + sundsvall + "/pledge", pledge(100, 0, true)), "joinsProcurement", null);
        var pledged = sara.post(participations + "/" + sundsvall + "/pledge", pledge(1_200_000, 40, false));
        assertEquals(200, pledged.status(), pledged.raw());
        assertEquals("PLEDGED", pledged.body().get("status").asText());
        assertEquals(403, sara.post(participations + "/" + sundsvall + "/accept", null).status(), "Sundsvall does not own TEO");
        assertEquals(401, anonymous.post(participations + "/" + sundsvall + "/accept", null).status());

        long dalsEd = dana.post(participations, interest(DALS_ED)).body().get("id").asLong();
        assertEquals(200, dana.post(participations + "/" + dalsEd + "/pledge", pledge(300_000, 0, false)).status());

        var accepted = jens.post(participations + "/" + sundsvall + "/accept", null);
        assertEquals(200, accepted.status(), accepted.raw());
        assertEquals("ACCEPTED", accepted.body().get("status").asText());
        assertEquals(409, sara.post(participations + "/" + sundsvall + "/pledge", pledge(1, 0, false)).status(), "decided is final");
        assertEquals(200, jens.post(participations + "/" + dalsEd + "/decline", null).status());

        JsonNode totals = anonymous.get("projects/" + id).body().get("participation");
        assertEquals(1_200_000, totals.get("acceptedPledgedSek").asLong(), totals.toString());
        assertEquals(6_000_000, totals.get("budgetSek").asLong());
        assertEquals(40, totals.get("acceptedPersonDays").asInt());
        assertEquals("Sundsvall", totals.get("accepted").get(0).get("name").asText());
        assertEquals(1, totals.get("accepted").size(), "a declined pledge does not count");
        assertEquals(1, totals.get("declined").asInt());

        JsonNode publicList = anonymous.get(participations).body();
        assertEquals(2, publicList.size());
        assertTrue(!publicList.get(0).has("contactEmail") || publicList.get(0).get("contactEmail").isNull(),
                "contact details are not for every reader");
        assertEquals("sara@example.se", jens.get(participations).body().get(0).get("contactEmail").asText());
    }

    @Test
    void anOrganisationJoinsACoProcurement() throws Exception {
        String word = uniqueWord();
        var dana = new HubClient(base(), OpenIdProvider.logIn("dana2", "Dana Ed", List.of(DALS_ED), List.of()));
        var ulla = new HubClient(base(), OpenIdProvider.logIn("ulla", "Ulla Udde", List.of(UDDEVALLA), List.of()));
        long id = dana.post("procurement-needs", need(DALS_ED, "Plattform " + word)).body().get("id").asLong();
        assertEquals(200, dana.post("procurement-needs/" + id + "/publish", null).status());
        String participations = "procurement-needs/" + id + "/participations";

        long uddevalla = ulla.post(participations, interest(UDDEVALLA)).body().get("id").asLong();
        var joins = ulla.post(participations + "/" + uddevalla + "/pledge", pledge(0, 10, true));
        assertEquals(200, joins.status(), joins.raw());
        assertTrue(joins.body().get("joinsProcurement").asBoolean());
        assertEquals(403, ulla.post(participations + "/" + uddevalla + "/accept", null).status());
        assertEquals(200, dana.post(participations + "/" + uddevalla + "/accept", null).status());
        JsonNode totals = HubClient.anonymous(base()).get("procurement-needs/" + id).body().get("participation");
        assertEquals(1, totals.get("joiningProcurement").asInt(), totals.toString());
        assertEquals("Uddevalla", totals.get("accepted").get(0).get("name").asText());
        assertEquals(404, ulla.get("projects/" + id + "/participations").status(), "a need is not a project");
    }

    @Test
    void aNeedIsRealisedByAProjectThatIsDocumentedAsALearningExampleShownOnBothEnds() throws Exception {
        String word = uniqueWord();
        var jens = new HubClient(base(), OpenIdProvider.logIn("jens4", "Jens Danielsson", List.of(ORNSKOLDSVIK), List.of()));
        var dana = new HubClient(base(), OpenIdProvider.logIn("dana3", "Dana Ed", List.of(DALS_ED), List.of()));
        var sara = new HubClient(base(), OpenIdProvider.logIn("sara2", "Sara Sundin", List.of(SUNDSVALL), List.of()));
        var anonymous = HubClient.anonymous(base());

        long needId = dana.post("procurement-needs", need(DALS_ED, "Behov " + word)).body().get("id").asLong();
        long projectId = jens.post("projects", project(ORNSKOLDSVIK, "Projekt " + word, "Lead")).body().get("id").asLong();
        long exampleId = jens.post("learning-examples", HubClient.learningExample(ORNSKOLDSVIK, "Exempel " + word, "Lead")).body().get("id").asLong();
        long draftId = jens.post("projects", project(ORNSKOLDSVIK, "Utkast " + word, "Lead")).body().get("id").asLong();
        assertEquals(200, jens.post("projects/" + projectId + "/publish", null).status());
        assertEquals(200, jens.post("learning-examples/" + exampleId + "/publish", null).status());

        // Dals-Ed may not link to Örnsköldsvik's project while it is a draft it cannot see.
        var toDraft = dana.post("procurement-needs/" + needId + "/relations", relation("REALISED_BY", draftId));
        assertRefused(toDraft, "targetId", String.valueOf(draftId));

        var realised = dana.post("procurement-needs/" + needId + "/relations", relation("REALISED_BY", projectId));
        assertEquals(201, realised.status(), realised.raw());
        assertEquals("realised_by", realised.body().get("relation").asText());
        assertEquals(409, dana.post("procurement-needs/" + needId + "/relations", relation("REALISED_BY", projectId)).status());
        assertEquals(201, jens.post("projects/" + projectId + "/relations", relation("DOCUMENTED_AS", exampleId)).status());
        assertEquals(201, jens.post("projects/" + projectId + "/relations", relation("RELATED", draftId)).status());

        // Wrong direction or kind, someone else's item, no login.
        assertEquals(200, dana.post("procurement-needs/" + needId + "/publish", null).status());
        assertRefused(jens.post("projects/" + projectId + "/relations", relation("REALISED_BY", needId)), "relation", null);
        assertRefused(jens.post("projects/" + projectId + "/relations", relation("DOCUMENTED_AS", needId)), "targetId", null);
        assertEquals(403, sara.post("projects/" + projectId + "/relations", relation("RELATED", exampleId)).status());
        assertEquals(401, anonymous.post("projects/" + projectId + "/relations", relation("RELATED", exampleId)).status());

        JsonNode fromProject = jens.get("projects/" + projectId).body().get("relations");
        assertEquals(List.of("realises:" + needId, "documented_as:" + exampleId, "related:" + draftId), relationsOf(fromProject));
        assertEquals(List.of("realises:" + needId, "documented_as:" + exampleId),
                relationsOf(anonymous.get("projects/" + projectId).body().get("relations")), "a draft at the other end is not shown to others");
        assertEquals(List.of("documents:" + projectId), relationsOf(anonymous.get("learning-examples/" + exampleId).body().get("relations")));
        JsonNode fromNeed = dana.get("procurement-needs/" + needId).body().get("relations");
        assertEquals(List.of("realised_by:" + projectId), relationsOf(fromNeed));
        assertEquals("Projekt " + word, fromNeed.get(0).get("item").get("title").asText());

        long relatedId = fromProject.get(2).get("id").asLong();
        assertEquals(403, sara.delete("projects/" + projectId + "/relations/" + relatedId).status());
        assertEquals(204, jens.delete("projects/" + projectId + "/relations/" + relatedId).status());
        assertEquals(2, jens.get("projects/" + projectId).body().get("relations").size());
    }

    @Test
    void theProjectAndNeedPagesShowWhatTheApiHasAndHideDrafts() throws Exception {
        String word = uniqueWord();
        var jens = new HubClient(base(), OpenIdProvider.logIn("jens5", "Jens Danielsson", List.of(ORNSKOLDSVIK), List.of()));
        ObjectNode teo = project(ORNSKOLDSVIK, "TEO " + word, "Tillgängliga e-tjänster.").put("budgetSek", 6_000_000)
                .put("phase", "ONGOING").put("goals", "<p>Ingen ska hamna utanför.</p>");
        teo.putArray("financing").add(financing("EXTERNAL_FUND", "ERDF", null, 3_000_000, "50"));
        long projectId = jens.post("projects", teo).body().get("id").asLong();
        long needId = jens.post("procurement-needs", need(ORNSKOLDSVIK, "Plattform " + word)).body().get("id").asLong();

        assertEquals(404, page("projekt.xhtml?id=" + projectId).statusCode(), "a draft is not shown to anonymous readers");
        assertEquals(404, page("upphandling.xhtml?id=" + needId).statusCode());
        assertEquals(404, page("projekt.xhtml?id=" + needId).statusCode(), "a need is not a project");
        assertEquals(200, jens.post("projects/" + projectId + "/publish", null).status());
        assertEquals(200, jens.post("procurement-needs/" + needId + "/publish", null).status());

        var projectPage = page("projekt.xhtml?id=" + projectId);
        assertEquals(200, projectPage.statusCode(), projectPage.body());
        for (String expected : List.of("TEO " + word, "id=\"project-phase\"", "000 kr", "ERDF", "50 %", "Ingen ska hamna utanf")) {
            assertTrue(projectPage.body().contains(expected), "project page lacks " + expected);
        }
        var needPage = page("upphandling.xhtml?id=" + needId);
        assertEquals(200, needPage.statusCode(), needPage.body());
        for (String expected : List.of("Plattform " + word, "48000000", "Programvara och informationssystem", "72000000", "48 m")) {
            assertTrue(needPage.body().contains(expected), "need page lacks " + expected);
        }
    }

    @Test
    void aMemberWritesAProjectAndANeedWithTheForms() throws Exception {
        String word = uniqueWord();
        var browser = Browser.loggedIn(base(), "forms-jens", List.of(ORNSKOLDSVIK));

        var projectForm = browser.get("skriv/projekt.xhtml");
        assertEquals(200, projectForm.statusCode(), projectForm.body());
        var saved = browser.submit("skriv/projekt.xhtml", projectForm.body(), "project-form", Map.of(
                "title", "TEO via formuläret " + word, "lead", "Tillgängliga e-tjänster för offentlig sektor.",
                "ownerOrganisation", ORNSKOLDSVIK, "phase", "ONGOING", "collaborationLevel", "SEEKING_PARTNERS",
                "budgetSek", "6000000", "goals", "<p>Ingen ska hamna utanför.</p>"));
        assertEquals(302, saved.statusCode(), "saved and redirected to the project: " + saved.body());
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("projekt.xhtml?id="), location);
        long projectId = Long.parseLong(location.replaceAll(".*id=(\\d+).*", "$1"));
        var api = new HubClient(base(), OpenIdProvider.logIn("forms-jens", "Jens", List.of(ORNSKOLDSVIK), List.of()));
        JsonNode project = api.get("projects/" + projectId).body();
        assertEquals("draft", project.get("status").asText());
        assertEquals(6_000_000, project.get("budgetSek").asLong());
        assertEquals("ONGOING", project.get("phase").asText());

        var needForm = browser.get("skriv/upphandling.xhtml");
        var refused = browser.submit("skriv/upphandling.xhtml", needForm.body(), "need-form", Map.of(
                "title", "Plattform " + word, "lead", "E-tjänsteplattform 2027.", "ownerOrganisation", ORNSKOLDSVIK,
                "mainCpvCode", "99999999", "procurementStatus", "PLANNING"));
        assertEquals(200, refused.statusCode(), "the form is shown again");
        assertTrue(refused.body().contains("is not a CPV code"), "the unknown CPV code is refused on its field");
        var needSaved = browser.submit("skriv/upphandling.xhtml", refused.body(), "need-form", Map.of(
                "title", "Plattform " + word, "lead", "E-tjänsteplattform 2027.", "ownerOrganisation", ORNSKOLDSVIK,
                "mainCpvCode", "48000000-8", "additionalCpvCodes", "72000000", "procurementStatus", "OPEN_FOR_PARTNERS",
                "procurementWindowFrom", "2027-09-01", "procurementWindowTo", "2027-12-15", "contractLengthMonths", "48"));
        assertEquals(302, needSaved.statusCode(), needSaved.body());
        long needId = Long.parseLong(needSaved.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
        JsonNode need = api.get("procurement-needs/" + needId).body();
        assertEquals("48000000", need.get("mainCpv").get("code").asText());
        assertEquals("2027-09-01", need.get("procurementWindowFrom").asText());
    }

    @Test
    void savingAProjectOrANeedInTheBrowserKeepsWhatTheFormDoesNotShow() throws Exception {
        String word = uniqueWord();
        var api = new HubClient(base(), OpenIdProvider.logIn("forms-keep-api", "Klara Kvar", List.of(ORNSKOLDSVIK), List.of()));
        var browser = Browser.loggedIn(base(), "forms-keep", List.of(ORNSKOLDSVIK));
        for (String kind : List.of("projects", "procurement-needs")) {
            boolean isProject = kind.equals("projects");
            ObjectNode item = isProject ? project(ORNSKOLDSVIK, "Bevaras " + word, "Före") : need(ORNSKOLDSVIK, "Bevaras " + word);
            item.putArray("participatingOrganisations").addObject().put("organisation", SUNDSVALL).put("role", "PARTNER");
            item.putArray("contacts").addObject().put("name", "Eva Ek").put("email", "eva@ornskoldsvik.se");
            item.putArray("links").addObject().put("title", "Rapporten").put("url", "https://ornskoldsvik.se/rapport");
            item.put("language", "en");
            var created = api.post(kind, item);
            assertEquals(201, created.status(), created.raw());
            long id = created.body().get("id").asLong();

            String page = isProject ? "skriv/projekt.xhtml" : "skriv/upphandling.xhtml";
            var form = browser.get(page + "?id=" + id);
            assertEquals(200, form.statusCode(), form.body());
            var saved = browser.submit(page, form.body(), isProject ? "project-form" : "need-form",
                    Map.of("title", "Bevaras och ändras " + word));
            assertEquals(302, saved.statusCode(), "saved: " + saved.body());

            JsonNode after = api.get(kind + "/" + id).body();
            assertEquals("Bevaras och ändras " + word, after.get("title").asText(), "the change is saved");
            assertEquals("Sundsvall", after.get("participatingOrganisations").get(0).get("organisation").get("name").asText(),
                    kind + ": the participants stay: " + after);
            assertEquals("Eva Ek", after.get("contacts").get(0).get("name").asText(), kind + ": the contacts stay");
            assertEquals("https://ornskoldsvik.se/rapport", after.get("links").get(0).get("url").asText(), kind + ": the links stay");
            assertEquals("en", after.get("language").asText(), kind + ": the language stays");
        }
    }

    /** A browser session: logs in through the provider, keeps cookies, submits Faces forms. */
    record Browser(URL base, java.net.http.HttpClient http) {

        static Browser loggedIn(URL base, String subject, List<String> organisations) throws Exception {
            OpenIdProvider.nextLoginIs(subject, subject, organisations, List.of());
            var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
            java.net.URI next = java.net.URI.create(base + "login?return=/");
            for (int hop = 0; hop < 10 && next != null; hop++) {
                var response = http.send(java.net.http.HttpRequest.newBuilder(next).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                java.net.URI current = next;
                next = response.headers().firstValue("Location").map(current::resolve).orElse(null);
            }
            return new Browser(base, http);
        }

        java.net.http.HttpResponse<String> get(String path) throws Exception {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                    .header("Accept-Language", "sv").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Posts the form as a browser would: every field of the form with its value on the page (checked
         * boxes, selected options, text areas), the given fields changed, and the save button.
         */
        java.net.http.HttpResponse<String> submit(String path, String page, String formId, Map<String, String> fields) throws Exception {
            var form = org.jsoup.Jsoup.parse(page).getElementById(formId);
            assertTrue(form != null, "no form " + formId + " in " + page);
            var values = new java.util.LinkedHashMap<String, String>();
            values.put(formId, formId);
            for (var field : form.select("input[name], select[name], textarea[name]")) {
                String name = field.attr("name");
                String type = field.attr("type").toLowerCase(java.util.Locale.ROOT);
                switch (field.tagName()) {
                    case "select" -> {
                        var selected = field.selectFirst("option[selected]");
                        var option = selected != null ? selected : field.selectFirst("option");
                        if (option != null) {
                            values.put(name, option.attr("value"));
                        }
                    }
                    case "textarea" -> values.put(name, field.wholeText());
                    default -> {
                        if (type.equals("submit") || type.equals("button") || type.equals("file")
                                || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                            continue;
                        }
                        // A checked box without a value attribute is sent as "on".
                        values.put(name, field.hasAttr("value") || !type.equals("checkbox") ? field.attr("value") : "on");
                    }
                }
            }
            values.putAll(fields);
            values.put("save-button", "Spara");
            var body = new StringBuilder();
            values.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                    .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "sv")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    private java.net.http.HttpResponse<String> page(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base() + path)).header("Accept-Language", "sv").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static ObjectNode relation(String relation, long targetId) {
        return HubClient.JSON.createObjectNode().put("relation", relation).put("targetId", targetId);
    }

    static List<String> relationsOf(JsonNode relations) {
        return StreamSupport.stream(relations.spliterator(), false)
                .map(r -> r.get("relation").asText() + ":" + r.get("item").get("id").asLong()).toList();
    }

    static ObjectNode interest(String organisation) {
        return HubClient.JSON.createObjectNode().put("organisation", organisation)
                .put("message", "Vi vill gärna vara med och kan bidra.");
    }

    static ObjectNode pledge(long amountSek, int personDays, boolean joinsProcurement) {
        return HubClient.JSON.createObjectNode().put("amountSek", amountSek).put("personDays", personDays)
                .put("joinsProcurement", joinsProcurement);
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

    @Test
    void manyItemsOfEveryKindAreLoadedInOneRequestByTheRulesOfTheirOwnEndpoints() throws Exception {
        String word = uniqueWord();
        var lena = new HubClient(base(), OpenIdProvider.logIn("lena-bulk", "Lena Laddare", List.of(DALS_ED), List.of()));
        var anonymous = HubClient.anonymous(base());
        long earlier = lena.post("projects", project(DALS_ED, "Tidigare projekt " + word, "Finns redan")).body().get("id").asLong();

        ObjectNode request = HubClient.JSON.createObjectNode();
        var items = request.putArray("items");
        items.addObject().put("publish", true).set("learningExample", HubClient.learningExample(DALS_ED, "Bulkexempel " + word, "Ett exempel"));
        items.addObject().put("publish", false).set("project", project(DALS_ED, "Bulkprojekt " + word, "Ett utkast"));
        ObjectNode needEntry = items.addObject().put("publish", true);
        needEntry.set("procurementNeed", need(DALS_ED, "Bulkbehov " + word));
        needEntry.putArray("relations").addObject().put("relation", "REALISED_BY").put("targetId", earlier);
        var loaded = lena.post("initiatives/bulk", request);
        assertEquals(200, loaded.status(), loaded.raw());
        assertEquals(List.of("learning_example", "project", "procurement_need"),
                StreamSupport.stream(loaded.body().spliterator(), false).map(n -> n.get("kind").asText()).toList());
        long needId = loaded.body().get(2).get("id").asLong();
        assertEquals("published", anonymous.get("procurement-needs/" + needId).body().get("status").asText());
        assertEquals(404, anonymous.get("projects/" + loaded.body().get(1).get("id").asLong()).status(), "the unpublished one stays a draft");
        assertEquals(earlier, lena.get("procurement-needs/" + needId).body().get("relations").get(0).get("item").get("id").asLong());
        ConcurrencyIT.awaitTotal(anonymous, word + "&kind=learning_example", 1, SEARCH_TIMEOUT); // a query string: one word

        // One item broken, or of an organisation the caller does not act for: nothing of the request is stored.
        ObjectNode broken = HubClient.JSON.createObjectNode();
        var brokenItems = broken.putArray("items");
        brokenItems.addObject().put("publish", true).set("project", project(DALS_ED, "Ska inte finnas " + word, "Nej"));
        brokenItems.addObject().set("project", project(DALS_ED, "", "Saknar titel"));
        var refused = lena.post("initiatives/bulk", broken);
        assertEquals(400, refused.status(), refused.raw());
        assertTrue(refused.body().get("fields").get(0).get("field").asText().contains("title"), refused.raw());
        ObjectNode foreign = HubClient.JSON.createObjectNode();
        foreign.putArray("items").addObject().set("project", project(UDDEVALLA, "Ska inte finnas heller " + word, "Nej"));
        assertEquals(403, lena.post("initiatives/bulk", foreign).status());
        assertEquals(401, anonymous.post("initiatives/bulk", foreign).status());
        assertTrue(StreamSupport.stream(lena.get("projects?mine=true").body().spliterator(), false)
                .noneMatch(p -> p.get("title").asText().contains("Ska inte finnas")), "a refused request stores nothing");
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
