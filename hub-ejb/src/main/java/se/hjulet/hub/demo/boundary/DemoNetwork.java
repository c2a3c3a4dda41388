package se.hjulet.hub.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;

/**
 * The network's demo activity around the seed examples: two questions with answers (one marked as
 * helpful, one still open), a comment thread on the Fyrbodal think tanks with the owner's pin, a comment
 * on the think tanks' collection, and two reuse marks. The facts come from seeds 001, 002 and 004 (SKR's
 * pages on leading digitalisation, the Fyrbodal think tanks and Västernorrland's digitalisation council);
 * the people, their words and the reuse marks are invented for the demo.
 */
@Stateless
public class DemoNetwork {

    static final String ISSUER = "urn:hjulet:demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    SearchOutbox outbox;

    public void add(LearningExample fyrbodal, LearningExample vasternorrland, CuratedCollection thinkTanks) {
        // Eksjö, not a Fyrbodal municipality: Dals-Ed and Bengtsfors took part in the 2020 think tanks.
        Organisation eksjo = organisation("0686");
        Organisation bengtsfors = organisation("1460");
        Organisation fyrbodalFederation = organisation("Fyrbodals kommunalförbund");
        Organisation council = organisation("Västernorrlands Digitaliseringsråd");
        Person karin = person("karin", "Karin Lind", eksjo);
        Person per = person("per", "Per Holm", fyrbodalFederation);
        Person lena = person("lena", "Lena Berg", council);
        Person ola = person("ola", "Ola Nyström", bengtsfors);

        Question howToGather = new Question(karin, eksjo,
                "Hur fick ni förtroendevalda och tjänstepersoner att mötas i tankesmedjorna?",
                "Vi i Eksjö vill, som Fyrbodal gjorde 2020, samla politiker och ledande tjänstepersoner kring hur vi leder"
                        + " och styr digitaliseringen. Hur lade ni upp dagarna så att båda grupperna ville vara med hela vägen?\n\n"
                        + "Och gick det lika bra när träffarna blev digitala?",
                List.of("Digitalisering", "Ledning och styrning"), List.of(fyrbodal));
        em.persist(howToGather);
        Answer threeThemes = answer(howToGather, per, fyrbodalFederation,
                "Tre heldagar med var sitt tema: UTBLICK (digitalisering och demokrati), INBLICK (arbetssättsinnovation) och"
                        + " TILLSAMMANS (samverkan). Varje dag började med en gemensam föreläsning, sedan samtal i grupper som"
                        + " blandade kommunerna, och sist en stund inom den egna kommunen så att alla tog med sig något hem."
                        + " 88 personer deltog.\n\n"
                        + "De två sista träffarna blev digitala på grund av pandemin. Det fungerade, men relationerna byggdes"
                        + " mest den första dagen, på plats.");
        answer(howToGather, lena, council,
                "I Västernorrland märkte vi att politiken behöver höra om arbetet direkt. Rådets ordförande redovisar nu"
                        + " arbetet på kommunförbundets årsmöte, inte bara för kommundirektörerna, och det har gjort frågan"
                        + " tydligare för de förtroendevalda.");
        howToGather.markHelpful(karin, threeThemes);
        outbox.changed(howToGather);

        Question beyondPilots = new Question(ola, bengtsfors,
                "Har någon gått från pilotprojekt till varaktig samverkan mellan små kommuner?",
                "I Fyrbodals tankesmedjor sa flera att vi måste komma vidare efter våra pilotprojekt och samverka mer"
                        + " praktiskt mellan de mindre kommunerna. Finns det någon som har en fast form för det: ett råd, en"
                        + " gemensam plattform, en samordnare?",
                List.of("Digitalisering", "Samverkan"), List.of(fyrbodal, vasternorrland));
        em.persist(beyondPilots);
        answer(beyondPilots, lena, council,
                "Vi bildade Västernorrlands Digitaliseringsråd den 1 januari 2020, när utvecklingen inte längre kunde drivas"
                        + " som projekt. Varje kommun har en representant, kommunförbundet har en samordnare, och under rådet"
                        + " finns ett e-förvaltningsråd som tar fram utvecklingsbehov och söker externa medel. Den gemensamma"
                        + " plattformen hade 434 e-tjänster när eSamverkan avslutades 2019.\n\n"
                        + "Vår viktigaste lärdom: små kommuner behöver mycket stöd för att inte hamna efter.");
        outbox.changed(beyondPilots);

        Comment recordings = Comment.on(fyrbodal, karin, eksjo, "Finns föreläsningarna från UTBLICK inspelade någonstans?");
        em.persist(recordings);
        em.persist(recordings.reply(per, fyrbodalFederation,
                "SKR:s webbkurs Att leda i en digital tid och Elin Wihlborgs två föreläsningar om digitalisering och det"
                        + " politiska uppdraget finns i samlingen Tankesmedjor i Fyrbodal här på Hjulet."));
        recordings.pin();
        em.persist(Comment.on(thinkTanks, lena, council,
                "Vi använde frågorna från TILLSAMMANS på ett möte i e-förvaltningsrådet. De fungerade bra även utanför Fyrbodal."));

        em.persist(new ReuseMark(fyrbodal, council, ReuseKind.REUSED, null,
                "Tankesmedjornas upplägg med tre teman, för rådets utbildning av förtroendevalda.", lena));
        em.persist(new ReuseMark(vasternorrland, bengtsfors, ReuseKind.INSPIRED, null,
                "Vi utreder ett gemensamt e-förvaltningsråd för Dalslandskommunerna efter Västernorrlands modell.", ola));
        outbox.changed(fyrbodal);
        outbox.changed(vasternorrland);
    }

    private Answer answer(Question question, Person author, Organisation organisation, String text) {
        Answer answer = question.answer(author, organisation, text);
        em.persist(answer);
        return answer;
    }

    /** A demo person, a member of the organisation they write for. */
    private Person person(String subject, String name, Organisation organisation) {
        Person person = new Person(ISSUER, subject);
        person.refreshFrom(new HubCaller(ISSUER, subject, name, null, Set.of(), Set.of()), List.of(organisation));
        em.persist(person);
        return person;
    }

    private Organisation organisation(String reference) {
        return organisations.existing("organisation", reference);
    }
}
