package se.hjulet.hub.question.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;

/** What the question page shows of its answers and their authors. */
class QuestionPageTest {

    private final Organisation eksjo = new Organisation(OrganisationKind.MUNICIPALITY, "Eksjö", "0686", "06");
    private final Organisation uddevalla = new Organisation(OrganisationKind.MUNICIPALITY, "Uddevalla", "1485", "14");
    private final Person karin = person("karin", "Karin Lind");
    private final Person per = person("per", "Per Holm");
    private final Question question = new Question(karin, eksjo, "Hur lade ni upp tankesmedjorna?", "Vi vill göra likadant.",
            List.of("Digitalisering"), List.of());

    @Test
    void theAnswerThatHelpedComesFirstAndHiddenAnswersAreLeftOut() {
        Answer first = question.answer(per, uddevalla, "Tre heldagar med var sitt tema.");
        Answer helpful = question.answer(per, uddevalla, "Börja med en gemensam föreläsning.");
        Answer spam = question.answer(per, null, "Köp billiga klockor.");
        Answer last = question.answer(karin, eksjo, "Tack, vi provar.");
        question.markHelpful(karin, helpful);
        spam.hide("Reklam");

        assertEquals(List.of(helpful, first, last), QuestionPage.answersInReadingOrder(question));
    }

    @Test
    void withoutAHelpfulAnswerTheyComeOldestFirst() {
        Answer first = question.answer(per, uddevalla, "Första svaret.");
        Answer second = question.answer(karin, null, "Andra svaret.");

        assertEquals(List.of(first, second), QuestionPage.answersInReadingOrder(question));
    }

    @Test
    void theBylineNamesThePersonAndTheOrganisationOrThatTheyErasedWhatTheyWrote() {
        Answer answer = question.answer(per, uddevalla, "Svar.");
        assertEquals("Per Holm, Uddevalla", QuestionPage.bylineOf(answer, "borttagen användare", "namnlös användare"));

        answer.forgetAuthor();
        assertEquals("borttagen användare, Uddevalla", QuestionPage.bylineOf(answer, "borttagen användare", "namnlös användare"),
                "the organisation stays so the thread keeps its sense");

        Answer unnamed = question.answer(new Person("https://idp.example", "anonym"), null, "Svar utan namn.");
        assertEquals("namnlös användare", QuestionPage.bylineOf(unnamed, "borttagen användare", "namnlös användare"));
    }

    private static Person person(String subject, String name) {
        Person person = new Person("https://idp.example", subject);
        person.refreshFrom(new HubCaller("https://idp.example", subject, name, null, Set.of(), Set.of()), List.of());
        return person;
    }
}
