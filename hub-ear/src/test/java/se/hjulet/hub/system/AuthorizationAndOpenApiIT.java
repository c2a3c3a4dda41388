package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.DALS_ED;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.ORNSKOLDSVIK;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.SUNDSVALL;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.financing;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.interest;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.need;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.pledge;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.project;
import static se.hjulet.hub.system.ProjectsAndNeedsIT.relation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/**
 * Who may do what: every write endpoint of projects, procurement needs, their participations and
 * links, called by five kinds of caller, with the exact status each must get. And the OpenAPI
 * document, which must describe every endpoint the API has.
 */
@ExtendWith({ElasticsearchNodeExtension.class, OpenIdProvider.class, ArquillianExtension.class})
class AuthorizationAndOpenApiIT {

    @ArquillianResource
    URL injectedBase;

    @Deployment(testable = false)
    static EnterpriseArchive hub() {
        return HubDeployment.ear();
    }

    /** A call made as one actor against a fresh fixture; answers its status. */
    interface Call {
        HubClient.Answer on(HubClient actor, Fixture fixture) throws Exception;
    }

    private HubClient owner;
    private HubClient partner;
    private String word;

    @Test
    void everyWriteEndpointGivesEachKindOfCallerExactlyTheRightStatus() throws Exception {
        word = LearningExamplesIT.uniqueWord();
        owner = new HubClient(base(), OpenIdProvider.logIn("matrix-owner", "Otto Ägare", List.of(ORNSKOLDSVIK), List.of()));
        partner = new HubClient(base(), OpenIdProvider.logIn("matrix-other", "Sara Sundin", List.of(SUNDSVALL), List.of()));
        var platformAdmin = new HubClient(base(), OpenIdProvider.logIn("matrix-admin", "Ada Admin", List.of(), List.of("admin")));
        // The organisation admin is no member by login claim: the platform admin grants the role.
        var orgAdmin = new HubClient(base(), OpenIdProvider.logIn("matrix-orgadmin", "Olle Chef", List.of(), List.of()));
        long orgAdminId = orgAdmin.get("me").body().get("id").asLong();
        var granted = platformAdmin.put("organisations/" + ORNSKOLDSVIK + "/members/" + orgAdminId,
                HubClient.JSON.createObjectNode().put("role", "ORGANISATION_ADMIN"));
        assertEquals(204, granted.status(), granted.raw());

        Map<String, HubClient> actors = new LinkedHashMap<>();
        actors.put("anonymous", HubClient.anonymous(base()));
        actors.put("owner member", owner);
        actors.put("other organisation's member", partner);
        actors.put("owner's organisation admin", orgAdmin);
        actors.put("platform admin", platformAdmin);

        // Expected statuses in the order of the actors above.
        Map<String, Object[]> matrix = new LinkedHashMap<>();
        for (String kind : List.of("projects", "procurement-needs")) {
            boolean isProject = kind.equals("projects");
            matrix.put("POST /" + kind, row((Call) (c, f) -> c.post(kind, isProject
                    ? ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Nytt " + word, "Lead") : ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Nytt " + word)), 401, 201, 403, 201, 201));
            matrix.put("PUT /" + kind + "/{published}", row((Call) (c, f) -> c.put(kind + "/" + f.item(isProject), isProject
                    ? ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Ändrat " + word, "Lead") : ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Ändrat " + word)), 401, 200, 403, 200, 200));
            matrix.put("PUT /" + kind + "/{draft}", row((Call) (c, f) -> c.put(kind + "/" + f.draft(isProject), isProject
                    ? ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Ändrat " + word, "Lead") : ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Ändrat " + word)), 401, 200, 404, 200, 200));
            matrix.put("POST /" + kind + "/{draft}/publish", row((Call) (c, f) -> c.post(kind + "/" + f.draft(isProject) + "/publish", null),
                    401, 200, 404, 200, 200));
            matrix.put("POST /" + kind + "/{published}/archive", row((Call) (c, f) -> c.post(kind + "/" + f.item(isProject) + "/archive", null),
                    401, 200, 403, 200, 200));
            matrix.put("POST /" + kind + "/{draft}/archive", row((Call) (c, f) -> c.post(kind + "/" + f.draft(isProject) + "/archive", null),
                    401, 409, 404, 409, 409));
            matrix.put("POST /" + kind + "/{published}/confirm", row((Call) (c, f) -> c.post(kind + "/" + f.item(isProject) + "/confirm", null),
                    401, 200, 403, 200, 200));
            matrix.put("POST /" + kind + "/{published}/relations", row((Call) (c, f) -> c.post(kind + "/" + f.item(isProject) + "/relations",
                    ProjectsAndNeedsIT.relation("RELATED", f.otherProject())), 401, 201, 403, 201, 201));
            matrix.put("POST /" + kind + "/{draft}/relations", row((Call) (c, f) -> c.post(kind + "/" + f.draft(isProject) + "/relations",
                    ProjectsAndNeedsIT.relation("RELATED", f.otherProject())), 401, 201, 404, 201, 201));
            matrix.put("POST /" + kind + "/{published}/participations (for Sundsvall)", row((Call) (c, f) -> c.post(
                    kind + "/" + f.fresh(isProject) + "/participations", interest(SUNDSVALL)),
                    401, 403, 201, 403, 201));
            matrix.put("POST /" + kind + "/{draft}/participations (for Sundsvall)", row((Call) (c, f) -> c.post(
                    kind + "/" + f.draft(isProject) + "/participations", interest(SUNDSVALL)),
                    401, 403, 404, 403, 409));
            matrix.put("POST /" + kind + "/{published}/participations/{pid}/pledge", row((Call) (c, f) -> c.post(
                    kind + "/" + f.item(isProject) + "/participations/" + f.pledgeOf(isProject) + "/pledge", pledge(1000, 1, false)),
                    401, 403, 200, 403, 200));
            matrix.put("POST /" + kind + "/{published}/participations/{pid}/accept", row((Call) (c, f) -> c.post(
                    kind + "/" + f.item(isProject) + "/participations/" + f.pledgeOf(isProject) + "/accept", null),
                    401, 200, 403, 200, 200));
            matrix.put("POST /" + kind + "/{published}/participations/{pid}/decline", row((Call) (c, f) -> c.post(
                    kind + "/" + f.item(isProject) + "/participations/" + f.pledgeOf(isProject) + "/decline", null),
                    401, 200, 403, 200, 200));
        }
        matrix.put("DELETE /projects/{published}/relations/{rid}", row((Call) (c, f) -> c.delete(
                "projects/" + f.project() + "/relations/" + f.relation()), 401, 204, 403, 204, 204));
        matrix.put("PUT /organisations/{owner}/members/{person}", row((Call) (c, f) -> c.put("organisations/" + ORNSKOLDSVIK
                + "/members/" + orgAdminId, HubClient.JSON.createObjectNode().put("role", "ORGANISATION_ADMIN")), 401, 403, 403, 204, 204));

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (var endpoint : matrix.entrySet()) {
            Call call = (Call) endpoint.getValue()[0];
            int column = 0;
            for (var actor : actors.entrySet()) {
                int expected = (Integer) endpoint.getValue()[++column];
                var answer = call.on(actor.getValue(), new Fixture());
                cells++;
                if (answer.status() != expected) {
                    wrong.add(endpoint.getKey() + " as " + actor.getKey() + ": expected " + expected + ", got "
                            + answer.status() + " " + answer.raw());
                }
            }
        }
        System.out.printf("Authorisation matrix: %d endpoints x %d callers = %d cells checked%n", matrix.size(), actors.size(), cells);
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
    }

    @Test
    void draftsNeverAppearInSearch() throws Exception {
        String secret = LearningExamplesIT.uniqueWord();
        var author = new HubClient(base(), OpenIdProvider.logIn("matrix-drafts", "Dora Draft", List.of(ORNSKOLDSVIK), List.of()));
        var anonymous = HubClient.anonymous(base());
        long draftProject = author.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Utkast " + secret, "Hemligt " + secret)).body().get("id").asLong();
        long draftNeed = author.post("procurement-needs", ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Utkast " + secret)).body().get("id").asLong();
        long published = author.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Publicerat " + secret, "Öppet " + secret)).body().get("id").asLong();
        author.post("projects/" + published + "/publish", null);

        // Once the published item is found, the outbox has run past the drafts written before it.
        JsonNode hits = LearningExamplesIT.awaitHits(anonymous, secret, 1, ProjectsAndNeedsIT.SEARCH_TIMEOUT);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(published, hits.get(0).get("databaseId").asLong());
        for (String kind : List.of("project", "procurement_need")) {
            var byKind = author.get("search?q=" + secret + "&kind=" + kind);
            assertEquals(kind.equals("project") ? 1 : 0, byKind.body().get("total").asLong(), "not even for their author: " + byKind.raw());
        }
        assertEquals(404, anonymous.get("projects/" + draftProject).status());
        assertEquals(404, anonymous.get("procurement-needs/" + draftNeed).status());
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointOfTheApi() throws Exception {
        Set<String> declared = endpointsDeclaredInTheEar();
        assertTrue(declared.contains("POST /projects/{id}/participations/{pid}/pledge"), declared.toString());
        assertTrue(declared.size() >= 30, "found only " + declared);

        URI openapi = URI.create(base().toString()).resolve("/openapi");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode document = HubClient.JSON.readTree(response.body());
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            String normalised = path.getKey().replaceFirst("^.*?/api/v1", "").replaceAll("/+$", "");
            path.getValue().fieldNames().forEachRemaining(method -> described.add(method.toUpperCase() + " " + normalised));
        }
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(described);
        assertTrue(missing.isEmpty(), "The OpenAPI document lacks " + missing + "; it describes " + described);
    }

    @Test
    void aVerifiedEmailDomainOrAnApprovedRequestMakesAMember() throws Exception {
        String domain = LearningExamplesIT.uniqueWord() + ".ornskoldsvik.se";
        var platformAdmin = new HubClient(base(), OpenIdProvider.logIn("domain-admin", "Ada Admin", List.of(), List.of("admin")));
        var member = new HubClient(base(), OpenIdProvider.logIn("domain-member", "Mia Medlem", List.of(ORNSKOLDSVIK), List.of()));
        assertEquals(403, member.put("organisations/" + ORNSKOLDSVIK + "/domains/" + domain, null).status(), "only platform admins map domains");
        assertEquals(400, platformAdmin.put("organisations/" + ORNSKOLDSVIK + "/domains/not_a_domain", null).status());
        assertEquals(204, platformAdmin.put("organisations/" + ORNSKOLDSVIK + "/domains/" + domain, null).status());
        assertEquals(409, platformAdmin.put("organisations/" + SUNDSVALL + "/domains/" + domain, null).status(), "one organisation per domain");
        assertTrue(HubClient.anonymous(base()).get("organisations/" + ORNSKOLDSVIK + "/domains").raw().contains(domain));

        var verified = new HubClient(base(), OpenIdProvider.logIn("domain-verified", Map.of("name", "Vera Verifierad",
                "email", "vera@" + domain, "email_verified", true)));
        JsonNode memberships = verified.get("me").body().get("memberships");
        assertEquals(1, memberships.size(), memberships.toString());
        assertEquals(ORNSKOLDSVIK, memberships.get(0).get("organisation").asText());
        assertEquals("DOMAIN", memberships.get(0).get("source").asText());
        assertEquals(201, verified.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Via domän", "Lead")).status());

        var unverified = new HubClient(base(), OpenIdProvider.logIn("domain-unverified", Map.of("name", "Ulf Overifierad",
                "email", "ulf@" + domain, "email_verified", false)));
        assertEquals(0, unverified.get("me").body().get("memberships").size(), "an unverified address grants nothing");

        // The unverified person asks instead; a plain member may not answer, the admin approves.
        var asked = unverified.post("organisations/" + ORNSKOLDSVIK + "/membership-requests",
                HubClient.JSON.createObjectNode().put("message", "Jag är ny på IT-avdelningen."));
        assertEquals(201, asked.status(), asked.raw());
        long requestId = asked.body().get("id").asLong();
        assertEquals(409, unverified.post("organisations/" + ORNSKOLDSVIK + "/membership-requests", HubClient.JSON.createObjectNode()).status());
        assertEquals(403, member.get("organisations/" + ORNSKOLDSVIK + "/membership-requests").status());
        assertEquals(403, member.post("organisations/" + ORNSKOLDSVIK + "/membership-requests/" + requestId + "/approve", null).status());
        assertEquals(401, HubClient.anonymous(base()).post("organisations/" + ORNSKOLDSVIK + "/membership-requests", HubClient.JSON.createObjectNode()).status());
        JsonNode pending = platformAdmin.get("organisations/" + ORNSKOLDSVIK + "/membership-requests").body();
        assertTrue(pending.toString().contains("Jag är ny på IT-avdelningen."), pending.toString());
        var approved = platformAdmin.post("organisations/" + ORNSKOLDSVIK + "/membership-requests/" + requestId + "/approve", null);
        assertEquals(200, approved.status(), approved.raw());
        assertEquals(409, platformAdmin.post("organisations/" + ORNSKOLDSVIK + "/membership-requests/" + requestId + "/reject", null).status());
        assertEquals(ORNSKOLDSVIK, unverified.get("me").body().get("memberships").get(0).get("organisation").asText());

        assertEquals(204, platformAdmin.delete("organisations/" + ORNSKOLDSVIK + "/domains/" + domain).status());
        var again = new HubClient(base(), OpenIdProvider.logIn("domain-verified", Map.of("name", "Vera Verifierad",
                "email", "vera@" + domain, "email_verified", true)));
        assertEquals(0, again.get("me").body().get("memberships").size(), "the domain membership goes with the mapping");
    }

    @Test
    void anOrganisationsPortfolioShowsDraftsOnlyToItsMembers() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var member = new HubClient(base(), OpenIdProvider.logIn("portfolio-member", "Pia Portfolio", List.of(DALS_ED), List.of()));
        var outsider = new HubClient(base(), OpenIdProvider.logIn("portfolio-outsider", "Olof Utsida", List.of(SUNDSVALL), List.of()));
        long published = created(member.post("projects", ProjectsAndNeedsIT.project(DALS_ED, "Portföljprojekt " + word, "Lead")));
        assertEquals(200, member.post("projects/" + published + "/publish", null).status());
        long draft = created(member.post("procurement-needs", ProjectsAndNeedsIT.need(DALS_ED, "Portföljutkast " + word)));

        JsonNode mine = member.get("organisations/" + DALS_ED + "/portfolio").body();
        assertTrue(mine.get("kinds").get("project").get("published").toString().contains("Portföljprojekt " + word), mine.toString());
        assertTrue(mine.get("kinds").get("procurement_need").get("draft").toString().contains("\"id\":" + draft), mine.toString());
        for (var reader : List.of(outsider, HubClient.anonymous(base()))) {
            var theirs = reader.get("organisations/" + DALS_ED + "/portfolio");
            assertEquals(200, theirs.status());
            assertTrue(theirs.raw().contains("Portföljprojekt " + word));
            assertTrue(!theirs.raw().contains("Portföljutkast " + word), "no draft for non-members: " + theirs.raw());
        }
        assertEquals(404, outsider.get("organisations/9999/portfolio").status());
    }

    /**
     * Every method and path of the JAX-RS resources in the web module of the EAR users get, found by
     * reflection on their annotations (so a new endpoint is checked without editing this test).
     */
    static Set<String> endpointsDeclaredInTheEar() throws Exception {
        Path dir = Files.createTempDirectory("hjulet-ear-classes");
        List<URL> urls = new ArrayList<>();
        try (ZipFile ear = new ZipFile(new File(System.getProperty("hjulet.ear")))) {
            for (ZipEntry entry : java.util.Collections.list(ear.entries())) {
                if (entry.getName().endsWith(".jar")) {
                    Path jar = dir.resolve(entry.getName().replace('/', '_'));
                    try (InputStream in = ear.getInputStream(entry)) {
                        Files.copy(in, jar);
                    }
                    urls.add(jar.toUri().toURL());
                } else if (entry.getName().endsWith(".war")) {
                    Path classes = dir.resolve("web-classes");
                    try (var war = new ZipInputStream(ear.getInputStream(entry))) {
                        for (ZipEntry e = war.getNextEntry(); e != null; e = war.getNextEntry()) {
                            if (e.getName().startsWith("WEB-INF/classes/") && e.getName().endsWith(".class")) {
                                Path target = classes.resolve(e.getName().substring("WEB-INF/classes/".length()));
                                Files.createDirectories(target.getParent());
                                Files.copy(war, target);
                            }
                        }
                    }
                    urls.add(0, classes.toUri().toURL());
                }
            }
        }
        Set<String> endpoints = new TreeSet<>();
        try (var loader = new URLClassLoader(urls.toArray(URL[]::new), AuthorizationAndOpenApiIT.class.getClassLoader());
             var files = Files.walk(dir.resolve("web-classes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = dir.resolve("web-classes").relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (LinkageError servletOrFacesClass) {
                    continue; // needs the container's APIs (servlets, Faces beans): not a JAX-RS resource
                }
                var root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Method method : c.getDeclaredMethods()) {
                        String verb = httpMethod(method);
                        if (verb != null) {
                            var sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                            endpoints.add(verb + " " + ("/" + root.value() + (sub == null ? "" : "/" + sub.value()))
                                    .replaceAll("/+", "/").replaceAll("/$", ""));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            var designator = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static Object[] row(Call call, int... statuses) {
        Object[] row = new Object[statuses.length + 1];
        row[0] = call;
        for (int i = 0; i < statuses.length; i++) {
            row[i + 1] = statuses[i];
        }
        return row;
    }

    /**
     * Fresh items for every cell, so one caller's success does not change what the next one meets.
     * Made on first use: a cell only pays for the items it touches.
     */
    final class Fixture {
        private Long project;
        private Long draftProject;
        private Long need;
        private Long draftNeed;
        private Long freshProject;
        private Long freshNeed;
        private Long otherProject;
        private Long projectPledge;
        private Long needPledge;
        private Long relation;

        long project() throws Exception {
            if (project == null) {
                ObjectNode budgeted = ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Matris " + word, "Lead").put("budgetSek", 1_000_000);
                budgeted.putArray("financing").add(financing("EXTERNAL_FUND", "ERDF", null, 500_000, "50"));
                project = published("projects", created(owner.post("projects", budgeted)));
            }
            return project;
        }

        long need() throws Exception {
            if (need == null) {
                need = published("procurement-needs", created(owner.post("procurement-needs", ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Matrisbehov " + word))));
            }
            return need;
        }

        long draftProject() throws Exception {
            if (draftProject == null) {
                draftProject = created(owner.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Matrisutkast " + word, "Lead")));
            }
            return draftProject;
        }

        long draftNeed() throws Exception {
            if (draftNeed == null) {
                draftNeed = created(owner.post("procurement-needs", ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Matrisbehovsutkast " + word)));
            }
            return draftNeed;
        }

        /** Published, and nobody takes part in it yet. */
        long freshProject() throws Exception {
            if (freshProject == null) {
                freshProject = published("projects", created(owner.post("projects", ProjectsAndNeedsIT.project(ORNSKOLDSVIK, "Matris ny " + word, "Lead"))));
            }
            return freshProject;
        }

        long freshNeed() throws Exception {
            if (freshNeed == null) {
                freshNeed = published("procurement-needs", created(owner.post("procurement-needs", ProjectsAndNeedsIT.need(ORNSKOLDSVIK, "Matris nytt behov " + word))));
            }
            return freshNeed;
        }

        /** Sundsvall's own published project. */
        long otherProject() throws Exception {
            if (otherProject == null) {
                otherProject = created(partner.post("projects", ProjectsAndNeedsIT.project(SUNDSVALL, "Grannprojekt " + word, "Lead")));
                assertEquals(200, partner.post("projects/" + otherProject + "/publish", null).status());
            }
            return otherProject;
        }

        /** Sundsvall's pledge on the project. */
        long projectPledge() throws Exception {
            if (projectPledge == null) {
                projectPledge = created(partner.post("projects/" + project() + "/participations", interest(SUNDSVALL)));
                assertEquals(200, partner.post("projects/" + project() + "/participations/" + projectPledge + "/pledge",
                        pledge(100_000, 5, false)).status());
            }
            return projectPledge;
        }

        /** Sundsvall's pledge to join the need's procurement. */
        long needPledge() throws Exception {
            if (needPledge == null) {
                needPledge = created(partner.post("procurement-needs/" + need() + "/participations", interest(SUNDSVALL)));
                assertEquals(200, partner.post("procurement-needs/" + need() + "/participations/" + needPledge + "/pledge",
                        pledge(0, 0, true)).status());
            }
            return needPledge;
        }

        /** The project is related to the need. */
        long relation() throws Exception {
            if (relation == null) {
                relation = created(owner.post("projects/" + project() + "/relations", ProjectsAndNeedsIT.relation("RELATED", need())));
            }
            return relation;
        }

        long item(boolean isProject) throws Exception {
            return isProject ? project() : need();
        }

        long draft(boolean isProject) throws Exception {
            return isProject ? draftProject() : draftNeed();
        }

        long fresh(boolean isProject) throws Exception {
            return isProject ? freshProject() : freshNeed();
        }

        long pledgeOf(boolean isProject) throws Exception {
            return isProject ? projectPledge() : needPledge();
        }

        private long published(String kind, long id) throws Exception {
            assertEquals(200, owner.post(kind + "/" + id + "/publish", null).status());
            return id;
        }
    }

    private static long created(HubClient.Answer answer) {
        assertEquals(201, answer.status(), answer.raw());
        return answer.body().get("id").asLong();
    }

    private URL base() throws Exception {
        return HubDeployment.base(injectedBase);
    }
}
