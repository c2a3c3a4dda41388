package se.hjulet.hub.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Asking the network, answering, comments and "Vi har återanvänt detta" in a real browser (Debian's
 * Chromium, headless), as plain form posts, each page checked by axe-core (WCAG 2.1 AA) and for refusals
 * of the Content Security Policy; anonymous readers see everything public and no form. Platform admins hide reported
 * posts on their page; a person downloads and erases what they wrote after a confirmation step.
 */
class NetworkPagesIT extends BrowserPages {

    private static final String SUNDSVALL = "2281";
    private static final String TIMRA = "2262";
    private static final String UDDEVALLA = "1485";

    @Test
    void aPersonAsksAnotherAnswersAndTheAskerMarksTheAnswerThatHelped() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long project = publishedProject("Frågeprojekt " + word);

        // The asker comes from the project's page: "Har du en fråga om det här? Fråga nätverket".
        logInAs("asker-" + word, "Anna Frågvis", List.of(UDDEVALLA), "/projekt.xhtml?id=" + project);
        browser.findElement(By.cssSelector("#ask-about a")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("ask-form")));
        assertEquals(String.valueOf(project), browser.findElement(By.id("concerns")).getAttribute("value"), "the item is filled in");
        assertTrue(browser.findElement(By.id("concerns-hint")).getText().contains("Frågeprojekt " + word));
        assertAccessible("ask form");

        // Sending it empty names what is missing, on the boxes and in the summary.
        browser.findElement(By.id("concerns")).clear();
        browser.findElement(By.id("concerns")).sendKeys(project + ", tankesmedjan");
        browser.findElement(By.id("ask-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        String summary = browser.findElement(By.id("error-summary")).getText();
        assertTrue(summary.contains("Skriv en rubrik.") && summary.contains("Beskriv din fråga."), summary);
        assertEquals("true", browser.findElement(By.id("title")).getAttribute("aria-invalid"));
        assertEquals("true", browser.findElement(By.id("concerns")).getAttribute("aria-invalid"));
        assertTrue(browser.getTitle().startsWith("Fel: "), browser.getTitle());
        assertAccessible("ask form with errors");

        // "Har någon redan frågat?" shows what is like the title so far, and keeps what was typed.
        LearningExamplesIT.awaitHits(HubClient.anonymous(base()), word, 1, 10_000);
        browser.findElement(By.id("title")).sendKeys("Frågeprojekt " + word);
        browser.findElement(By.id("look-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("look-alikes")));
        String lookAlikes = browser.findElement(By.id("look-alikes-list")).getText();
        assertTrue(lookAlikes.contains("Projekt: Frågeprojekt " + word), lookAlikes);
        assertEquals("Frågeprojekt " + word, browser.findElement(By.id("title")).getAttribute("value"));
        assertAccessible("ask form with look-alikes");

        String title = "Hur fick ni med socialtjänsten i " + word + "?";
        browser.findElement(By.id("title")).clear();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("text")).sendKeys("Vi vill göra likadant.\n\nVem ska vi prata med först?");
        browser.findElement(By.id("policyAreas")).sendKeys("Digitalisering, Socialtjänst");
        browser.findElement(By.id("concerns")).clear();
        browser.findElement(By.id("concerns")).sendKeys(base() + "projekt.xhtml?id=" + project);
        new Select(browser.findElement(By.id("organisation"))).selectByVisibleText("Uddevalla");
        browser.findElement(By.id("ask-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("question-title")));
        assertEquals(title, browser.findElement(By.id("question-title")).getText());
        assertTrue(browser.findElement(By.id("notices")).getText().contains("Din fråga är publicerad"));
        assertTrue(browser.findElement(By.id("question-byline")).getText().contains("Anna Frågvis, Uddevalla"));
        assertTrue(browser.findElement(By.id("question-concerns")).getText().contains("Frågeprojekt " + word));
        long question = Long.parseLong(browser.findElement(By.id("question")).getAttribute("data-id"));
        assertTrue(browser.findElements(By.cssSelector("[id^='question-report-']")).isEmpty(), "no one reports their own question");
        assertAccessible("question page of the asker");

        // Someone from another organisation answers (an empty answer first), and reports the question.
        logInAs("answerer-" + word, "Per Svarsson", List.of(TIMRA), "/fraga.xhtml?id=" + question);
        browser.findElement(By.id("answer-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertEquals("true", browser.findElement(By.id("answerText")).getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id("error-summary")).getText().contains("Skriv ditt svar."));
        assertTrue(browser.getTitle().startsWith("Fel: " + title), browser.getTitle());
        assertAccessible("question page with an empty answer");
        browser.findElement(By.id("answerText")).sendKeys("Börja med enhetschefen för ekonomiskt bistånd.");
        new Select(browser.findElement(By.id("answerOrganisation"))).selectByVisibleText("Timrå");
        browser.findElement(By.id("answer-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Ditt svar är publicerat"));
        WebElement answer = browser.findElement(By.cssSelector("li.answer"));
        assertTrue(answer.getText().contains("Börja med enhetschefen") && answer.getText().contains("Per Svarsson, Timrå"), answer.getText());
        assertTrue(answer.findElements(By.cssSelector("[id$='helpful-button']")).isEmpty(), "only the asker marks what helped");

        browser.findElement(By.cssSelector("#question-report-" + question + " summary")).click();
        browser.findElement(By.id("reportReason")).sendKeys("Frågan innehåller ett personnummer.");
        assertAccessible("question page with the report form open");
        browser.findElement(By.id("report-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "En administratör tittar på inlägget"));

        // The asker marks the answer that helped: the question shows as answered, here and in the list.
        logInAs("asker-" + word, "Anna Frågvis", List.of(UDDEVALLA), "/fraga.xhtml?id=" + question);
        assertTrue(browser.findElement(By.id("question-status")).getText().startsWith("Öppen"));
        WebElement helpful = browser.findElement(By.cssSelector("li.answer [id$='helpful-button']"));
        helpful.click();
        await(ExpectedConditions.stalenessOf(helpful));
        await(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
        assertTrue(browser.findElement(By.id("question-status")).getText().startsWith("Besvarad"),
                browser.findElement(By.id("question-status")).getText());
        assertTrue(browser.findElement(By.cssSelector("li.answer")).getAttribute("class").contains("answer-helpful"));
        assertAccessible("question page after marking the answer that helped");

        browser.get(base() + "fragor.xhtml?visa=besvarade");
        WebElement listed = browser.findElement(By.cssSelector("li.question-row[data-id='" + question + "']"));
        assertTrue(listed.getAttribute("class").contains("question-answered"));
        assertTrue(listed.getText().contains("Besvarad") && listed.getText().contains("1 svar"), listed.getText());
        assertAccessible("questions to the network");
    }

    @Test
    void commentsAreWrittenRepliedToEditedAndPinnedAndAnOrganisationMarksReuse() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long project = publishedProject("Kommentarsprojekt " + word);
        String page = "/projekt.xhtml?id=" + project;

        // Someone from Timrå comments for their municipality, then corrects the comment.
        logInAs("commenter-" + word, "Tove Timrå", List.of(TIMRA), page);
        assertEquals("Kommentarer (0)", browser.findElement(By.id("comments-heading")).getText());
        assertAccessible("project page of a member of another organisation");
        browser.findElement(By.id("comment-button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertEquals("true", browser.findElement(By.id("commentText")).getAttribute("aria-invalid"));
        assertAccessible("project page with an empty comment");
        browser.findElement(By.id("commentText")).sendKeys("Vi har samma behov i Timrå. Hur löste ni inloggningen?");
        new Select(browser.findElement(By.id("commentOrganisation"))).selectByVisibleText("Timrå");
        browser.findElement(By.id("comment-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Din kommentar är publicerad"));
        WebElement thread = thread("Hur löste ni inloggningen?");
        assertTrue(thread.getText().contains("Tove Timrå, Timrå"), thread.getText());

        thread.findElement(By.cssSelector("details.edit-comment summary")).click();
        WebElement edit = thread.findElement(By.cssSelector("textarea[name='editText']"));
        assertEquals("Vi har samma behov i Timrå. Hur löste ni inloggningen?", edit.getAttribute("value"), "the text as it was typed");
        edit.clear();
        edit.sendKeys("Vi har samma behov i Timrå. Hur löste ni inloggningen med BankID?");
        thread.findElement(By.cssSelector("[id$='edit-button']")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Kommentaren är ändrad"));
        thread = thread("inloggningen med BankID?");
        assertTrue(thread.getText().contains("(ändrad)"), thread.getText());
        assertTrue(thread.findElements(By.cssSelector("[id$='pin-button']")).isEmpty(), "only the owner's members pin");

        // Timrå marks that it was inspired by the project: the page counts it and says who.
        browser.findElement(By.id("reuse-open")).click();
        new Select(browser.findElement(By.id("reuseOrganisation"))).selectByVisibleText("Timrå");
        new Select(browser.findElement(By.id("reuseHow"))).selectByVisibleText("Vi inspirerades av det");
        browser.findElement(By.id("reuseNote")).sendKeys("Vi tog upplägget för styrgruppen.");
        assertAccessible("project page with the reuse form open");
        browser.findElement(By.id("reuse-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Tack! Det syns nu"));
        assertEquals("Återanvänt av en organisation", browser.findElement(By.id("reuse-heading")).getText());
        String reuses = browser.findElement(By.id("project-reuses")).getText();
        assertTrue(reuses.contains("Timrå (inspirerades av det)") && reuses.contains("styrgruppen"), reuses);
        assertTrue(browser.findElements(By.id("reuse-open")).isEmpty(), "Timrå has marked it; no second mark");
        assertAccessible("project page after marking reuse");

        // A member of the owner replies and pins the thread.
        logInAs("owner-" + word, "Olle Ägare", List.of(SUNDSVALL), page);
        assertTrue(browser.findElements(By.id("reuse-open")).isEmpty(), "the owner does not mark its own work as reused");
        thread = thread("inloggningen med BankID?");
        thread.findElement(By.cssSelector("details.reply summary")).click();
        thread.findElement(By.cssSelector("textarea[id$='replyText']")).sendKeys("Vi använde kommunens e-legitimation. Ring mig!");
        thread.findElement(By.cssSelector("[id$='reply-button']")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Ditt svar är publicerat"));
        thread = thread("inloggningen med BankID?");
        String replies = thread.findElement(By.cssSelector("ol.comment-replies")).getText();
        assertTrue(replies.contains("Ring mig!") && replies.contains("Olle Ägare"), replies);
        WebElement pin = thread.findElement(By.cssSelector("[id$='pin-button']"));
        pin.click();
        await(ExpectedConditions.stalenessOf(pin));
        thread = thread("inloggningen med BankID?");
        assertTrue(thread.getAttribute("class").contains("comment-pinned"), thread.getAttribute("class"));
        assertTrue(thread.getText().contains("Fäst av ägaren"), thread.getText());
        assertAccessible("project page with a pinned thread and a reply");

        // The API tells the same: one pinned thread with its reply, one reuse mark.
        var anonymous = HubClient.anonymous(base());
        var threads = anonymous.get("initiatives/" + project + "/comments").body();
        assertEquals(1, threads.size(), threads.toString());
        assertTrue(threads.get(0).get("pinned").asBoolean());
        assertEquals(1, threads.get(0).get("replies").size());

        // Both organisations' pages show the mark: what Timrå reused, and who reused Sundsvall's work.
        browser.get(base() + "organisation.xhtml?code=" + TIMRA);
        String reused = browser.findElement(By.id("reused")).getText();
        assertTrue(reused.contains("Kommentarsprojekt " + word + " (Sundsvall) – inspirerades av det"), reused);
        assertAccessible("organisation page with what it reused");
        browser.get(base() + "organisation.xhtml?code=" + SUNDSVALL);
        String reusedWork = browser.findElement(By.id("reused-work")).getText();
        assertTrue(reusedWork.contains("Timrå inspirerades av det: Kommentarsprojekt " + word), reusedWork);
    }

    @Test
    void aPublicCollectionTakesCommentsOnItsPage() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var facilitator = new HubClient(base(), OpenIdProvider.logIn("network-facilitator", "Fia Samlare", List.of(), List.of("facilitator")));
        ObjectNode collection = HubClient.JSON.createObjectNode().put("title", "Kommentarssamling " + word).put("visibility", "PUBLIC");
        collection.putArray("themes").addObject().put("title", "UTBLICK").putArray("questions").add("Vad gör vi nu?");
        var created = facilitator.post("collections", collection);
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();

        logInAs("collection-reader-" + word, "Cecilia Läsare", List.of(UDDEVALLA), "/samling.xhtml?id=" + id);
        assertEquals("Kommentarer (0)", browser.findElement(By.id("comments-heading")).getText());
        assertTrue(browser.findElements(By.id("ask-about")).isEmpty(), "questions are asked about initiatives, not collections");
        browser.findElement(By.id("commentText")).sendKeys("Vi använde samlingen på vår workshop i Uddevalla.");
        browser.findElement(By.id("comment-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Din kommentar är publicerad"));
        assertTrue(thread("workshop i Uddevalla").getText().contains("Cecilia Läsare"));
        assertFalse(browser.findElements(By.id("print-button")).isEmpty(), "still the handout");
        assertAccessible("collection page with a comment");
        assertEquals(1, HubClient.anonymous(base()).get("collections/" + id + "/comments").body().size());
    }

    @Test
    void theMessageOfThePostingLimitKeepsWhatWasTyped() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long project = publishedProject("Gränsprojekt " + word);
        String subject = "limit-" + word;
        var flood = new HubClient(base(), OpenIdProvider.logIn(subject, "Flo Flitig", List.of(TIMRA), List.of()));
        for (int i = 1; i <= NetworkIT.POSTS_PER_HOUR; i++) {
            var posted = flood.post("initiatives/" + project + "/comments", NetworkIT.comment("Inlägg " + i));
            assertEquals(201, posted.status(), posted.raw());
        }
        logInAs(subject, "Flo Flitig", List.of(TIMRA), "/projekt.xhtml?id=" + project);
        browser.findElement(By.id("commentText")).sendKeys("Ett inlägg för mycket");
        browser.findElement(By.id("comment-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Försök igen om"));
        assertTrue(browser.findElement(By.id("notices")).getText().contains("så många inlägg som Hjulet tar emot från en person på en timme"));
        assertEquals("Ett inlägg för mycket", browser.findElement(By.id("commentText")).getAttribute("value"));
        assertAccessible("project page after the posting limit");
        assertEquals(NetworkIT.POSTS_PER_HOUR, HubClient.anonymous(base()).get("initiatives/" + project + "/comments").body().size());
    }

    @Test
    void anAnonymousReaderSeesEverythingPublicAndALoginLinkInsteadOfEachForm() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        long project = publishedProject("Läsprojekt " + word);
        var writer = new HubClient(base(), OpenIdProvider.logIn("reader-writer-" + word, "Rut Skrivare", List.of(TIMRA), List.of()));
        assertEquals(201, writer.post("initiatives/" + project + "/comments", NetworkIT.comment("En synlig kommentar " + word)).status());
        var asked = writer.post("questions", NetworkIT.question("En synlig fråga " + word, "Text."));
        assertEquals(201, asked.status(), asked.raw());
        long question = asked.body().get("id").asLong();
        var reuse = HubClient.JSON.createObjectNode().put("organisation", TIMRA).put("how", "REUSED");
        assertEquals(201, writer.post("initiatives/" + project + "/reuses", reuse).status());

        chromium.logOut(base());
        browser.get(base() + "projekt.xhtml?id=" + project);
        await(ExpectedConditions.presenceOfElementLocated(By.id("project-title")));
        assertTrue(browser.findElement(By.id("comment-threads")).getText().contains("En synlig kommentar " + word));
        assertTrue(browser.findElement(By.id("project-reuses")).getText().contains("Timrå"));
        assertTrue(browser.findElements(By.cssSelector("main form")).isEmpty(), "no forms for anonymous readers");
        assertTrue(browser.findElement(By.id("comment-login")).getText().contains("Logga in"));
        assertTrue(browser.findElement(By.id("reuse-login")).getText().contains("Logga in"));
        assertTrue(browser.findElements(By.cssSelector("details.reply, details.report")).isEmpty());
        assertAccessible("project page for an anonymous reader");

        browser.get(base() + "fraga.xhtml?id=" + question);
        await(ExpectedConditions.presenceOfElementLocated(By.id("question-title")));
        assertTrue(browser.findElements(By.cssSelector("main form")).isEmpty(), "no forms for anonymous readers");
        assertTrue(browser.findElement(By.id("answer-login")).getText().contains("Logga in"));
        assertAccessible("question page for an anonymous reader");

        browser.get(base() + "fragor.xhtml");
        await(ExpectedConditions.presenceOfElementLocated(By.id("question-list")));
        assertTrue(browser.findElement(By.id("question-list")).getText().contains("En synlig fråga " + word));
        assertFalse(browser.findElements(By.id("ask-login-link")).isEmpty());
        assertAccessible("questions list for an anonymous reader");
    }

    @Test
    void aPlatformAdminHidesAReportedAnswerWithAReasonOnTheModerationPage() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        var asker = new HubClient(base(), OpenIdProvider.logIn("mod-asker-" + word, "Åsa Frågar", List.of(UDDEVALLA), List.of()));
        var spammer = new HubClient(base(), OpenIdProvider.logIn("mod-spam-" + word, "Sam Säljare", List.of(TIMRA), List.of()));
        long question = asker.post("questions", NetworkIT.question("Vilket system för " + word + "?", "Vi ska upphandla.")).body()
                .get("id").asLong();
        long answer = spammer.post("questions/" + question + "/answers", HubClient.JSON.createObjectNode()
                .put("text", "Köp vår tjänst " + word + "!")).body().get("id").asLong();
        assertEquals(201, asker.post("reports", HubClient.JSON.createObjectNode().put("postKind", "answer").put("postId", answer)
                .put("reason", "Reklam " + word + ".")).status());

        // A person who is no admin sees no link, and the page says it is not theirs.
        logInAs("mod-asker-" + word, "Åsa Frågar", List.of(UDDEVALLA), "/");
        assertTrue(browser.findElements(By.id("moderation-link")).isEmpty());
        browser.get(base() + "moderering.xhtml");
        await(ExpectedConditions.presenceOfElementLocated(By.id("moderation-forbidden")));
        assertTrue(browser.findElements(By.id("reports")).isEmpty());

        logInAs("mod-admin-" + word, "Ada Admin", List.of(), List.of("admin"), "/");
        browser.findElement(By.id("moderation-link")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("moderation-heading")));
        WebElement report = browser.findElement(By.cssSelector("li.report-row[data-post='answer-" + answer + "']"));
        assertTrue(report.getText().contains("Köp vår tjänst " + word) && report.getText().contains("Reklam " + word), report.getText());
        assertAccessible("moderation page");

        report.findElement(By.cssSelector("textarea[name='reason']")).sendKeys("Reklam för en konsulttjänst.");
        report.findElement(By.cssSelector("[id$='hide-button']")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "Inlägget är dolt."));
        assertTrue(browser.findElements(By.cssSelector("li.report-row[data-post='answer-" + answer + "']")).isEmpty(),
                "the report is settled");
        assertAccessible("moderation page after hiding");

        assertEquals(0, HubClient.anonymous(base()).get("questions/" + question).body().get("answers").size(), "readers no longer see it");
        var admin = new HubClient(base(), OpenIdProvider.logIn("mod-admin-" + word, "Ada Admin", List.of(), List.of("admin")));
        JsonNode trail = admin.get("posts/answer/" + answer + "/moderation").body();
        assertEquals("Reklam för en konsulttjänst.", trail.get(0).get("reason").asText(), trail.toString());
        assertEquals("hide", trail.get(0).get("action").asText());
    }

    @Test
    void aPersonDownloadsWhatTheyWroteAndErasesItAfterConfirmingAndTheirAnswerStays() throws Exception {
        String word = LearningExamplesIT.uniqueWord();
        String subject = "eraser-" + word;
        var eraser = new HubClient(base(), OpenIdProvider.logIn(subject, "Edit Raderar", List.of(TIMRA), List.of()));
        var other = new HubClient(base(), OpenIdProvider.logIn("other-" + word, "Otto Annan", List.of(UDDEVALLA), List.of()));
        long othersQuestion = other.post("questions", NetworkIT.question("Hur gör ni " + word + "?", "Text.")).body().get("id").asLong();
        long answer = eraser.post("questions/" + othersQuestion + "/answers", HubClient.JSON.createObjectNode()
                .put("text", "Så här gör Timrå " + word + ".")).body().get("id").asLong();
        assertEquals(201, eraser.post("questions", NetworkIT.question("Min obesvarade fråga " + word, "Text.")).status());

        logInAs(subject, "Edit Raderar", List.of(TIMRA), "/");
        browser.findElement(By.id("my-posts-link")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("my-posts-heading")));
        assertEquals("Frågor: 1", browser.findElement(By.id("count-questions")).getText());
        assertEquals("Svar: 1", browser.findElement(By.id("count-answers")).getText());
        assertTrue(browser.findElement(By.id("erase-answers-stay")).getText().contains("borttagen användare"));
        assertAccessible("my posts page");

        // The download: what the form sends, as a file of JSON (read here with the browser's own session).
        String download = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('export-form');
                const data = new URLSearchParams(new FormData(form));
                const button = document.getElementById('export-button');
                data.append(button.name, button.value);
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.text().then(t => done((r.headers.get('Content-Disposition') || '') + '\\n' + t)))
                    .catch(e => done('failed: ' + e));
                """);
        String disposition = download.substring(0, download.indexOf('\n'));
        assertTrue(disposition.startsWith("attachment") && disposition.contains(".json"), disposition);
        JsonNode exported = HubClient.JSON.readTree(download.substring(download.indexOf('\n') + 1));
        assertEquals("Edit Raderar", exported.get("name").asText());
        assertEquals(1, exported.get("questions").size(), exported.toString());
        assertEquals("<p>Så här gör Timrå " + word + ".</p>", exported.get("answers").get(0).get("text").asText());

        // Erasing asks first; cancelling changes nothing; confirming erases.
        browser.findElement(By.id("erase-start")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("erase-confirm")));
        assertAccessible("my posts page asking to confirm the erasure");
        browser.findElement(By.id("erase-cancel")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("erase-start")));
        assertEquals(1, eraser.get("me/posts").body().get("questions").size(), "cancelled: nothing erased");
        browser.findElement(By.id("erase-start")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("erase-button")));
        browser.findElement(By.id("erase-button")).click();
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("notices"), "borttagen användare"));
        assertEquals("Frågor: 0", browser.findElement(By.id("count-questions")).getText());
        assertFalse(browser.findElements(By.id("erase-nothing")).isEmpty());
        assertAccessible("my posts page after the erasure");

        JsonNode kept = other.get("questions/" + othersQuestion).body().get("answers").get(0);
        assertEquals(answer, kept.get("id").asLong());
        assertEquals("deleted user", kept.get("author").get("name").asText(), "the answer stays, by a deleted user");
    }

    private long publishedProject(String title) throws Exception {
        var owner = new HubClient(base(), OpenIdProvider.logIn("network-owner", "Olle Ägare", List.of(SUNDSVALL), List.of()));
        var created = owner.post("projects", ProjectsAndNeedsIT.project(SUNDSVALL, title, "Ett projekt att fråga om."));
        assertEquals(201, created.status(), created.raw());
        long id = created.body().get("id").asLong();
        assertEquals(200, owner.post("projects/" + id + "/publish", null).status());
        return id;
    }

    /** Logs the browser out, then in as this person through the provider, ending on the page. */
    private void logInAs(String subject, String name, List<String> organisations, String path) throws Exception {
        logInAs(subject, name, organisations, List.of(), path);
    }

    private void logInAs(String subject, String name, List<String> organisations, List<String> groups, String path) throws Exception {
        logInAs(subject, Map.of("name", name, "email", subject + "@example.se", "organisations", organisations, "groups", groups), path);
    }

    /** The comment thread whose text has these words. */
    private static WebElement thread(String words) {
        return browser.findElements(By.cssSelector("li.comment-thread")).stream()
                .filter(li -> li.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread says '" + words + "': "
                        + browser.findElement(By.id("section-comments")).getText()));
    }
}
