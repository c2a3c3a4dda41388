package se.hjulet.hub.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import se.hjulet.hub.collection.boundary.CollectionInput;
import se.hjulet.hub.collection.boundary.CollectionInput.EventInput;
import se.hjulet.hub.collection.boundary.CollectionInput.ItemInput;
import se.hjulet.hub.collection.boundary.CollectionInput.ThemeInput;
import se.hjulet.hub.collection.boundary.Collections;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Visibility;
import se.hjulet.hub.demo.control.DemoFiles;
import se.hjulet.hub.document.boundary.Documents;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.person.entity.Person;

/**
 * The demo's documents and collection: seed 000 (LiU's report on leading digitalisation) as a PDF on
 * the Fyrbodal think tanks, seed 003 (SKL's action plan for the competence lift) as a DOCX on the
 * Västernorrland council, and the think tanks' workshop collection built from seeds 001 and 002.
 */
@Stateless
public class DemoMaterial {

    static final String SKR = "https://skr.se/";

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    Collections collections;

    /** Attaches the documents and creates the collection; answers the collection. */
    public CuratedCollection add(LearningExample fyrbodal, LearningExample vasternorrland) {
        Document report = documents.attachAsSystem(fyrbodal, "Kompetens att leda digitalisering (LiU 2021).pdf",
                DemoFiles.pdf("Kommunala ledares kompetenser att leda digitalisering", "Linköpings universitet, DINO",
                        text("kompetens-att-leda-digitalisering.txt")));
        documents.attachAsSystem(vasternorrland, "Handlingsplan kompetenslyft 2018-2020 (SKL).docx",
                DemoFiles.docx("Kompetenslyft för ökad digital kompetens hos ledning i kommuner och landsting 2018-2020",
                        "SKL, Anders Nordh", text("handlingsplan-kompetenslyft.txt")));
        Person curator = new Person("urn:hjulet:demo", "facilitator");
        em.persist(curator);
        return collections.createAsSystem(thinkTanks(fyrbodal.id(), report.id()), curator);
    }

    /** Seed 002's three themes and questions, with seed 001's material for elected officials. */
    private static CollectionInput thinkTanks(long example, long report) {
        return new CollectionInput(
                "Tankesmedjor i Fyrbodal: leda och styra digitalisering",
                "Tre tankesmedjor för förtroendevalda och ledande tjänstepersoner i tio kommuner och kommunalförbundet."
                        + " Varje träff: gemensam inspiration, reflektion i mixade grupper, sist reflektion inom den egna kommunen.",
                Visibility.PUBLIC,
                List.of(
                        new ThemeInput("UTBLICK", "Digitalisering & demokrati", List.of(
                                new ItemInput(example, null, null, null, "Hur Fyrbodal lade upp tankesmedjorna, och vad deltagarna tog med sig."),
                                new ItemInput(null, null, SKR, "Webbkurs: Att leda i en digital tid",
                                        "Förtroendevaldas och andra ledares roller; framtagen med professor Elin Wihlborg, LiU."),
                                new ItemInput(null, null, SKR, "Digitalisering och det politiska uppdraget (två föreläsningar, 8 och 12 min)",
                                        "Att styra demokratiskt i en föränderlig tid.")),
                                List.of("Hur kan vi tillsammans leda en digital smartare vardag och transformation?",
                                        "Vad betyder digitalisering i vår kommun?")),
                        new ThemeInput("INBLICK", "Digitalisering & arbetssättsinnovation", List.of(
                                new ItemInput(null, report, null, null, "Forskningsrapporten om kommunala ledares kompetenser; läs kapitlet om SWOT."),
                                new ItemInput(null, null, SKR, "Fem perspektiv på utmaningar och ledarskap (intervjuer)", null),
                                new ItemInput(null, null, SKR, "Podcast: Jakten på den perfekta digitaliseringen", "Kjell ringer en digitaliseringsdirektör, 11 min.")),
                                List.of("Vilka grundläggande förutsättningar krävs?")),
                        new ThemeInput("TILLSAMMANS", "Digitalisering & samverkan", List.of(
                                new ItemInput(null, null, SKR, "Webbinarium: Digitalt kompetenslyft för förtroendevalda och tjänstepersoner", null)),
                                List.of("Kan vi samverka med andra för att göra varandra bättre?",
                                        "Hur kan vi samverka i Fyrbodal?"))),
                List.of(new EventInput(LocalDate.of(2020, 2, 1), "UTBLICK – på plats (februari 2020)"),
                        new EventInput(LocalDate.of(2020, 9, 1), "INBLICK – digitalt (september 2020)"),
                        new EventInput(LocalDate.of(2020, 10, 1), "TILLSAMMANS – digitalt (oktober 2020)")),
                List.of("Lysekil", "Dals-Ed", "Munkedal", "Mellerud", "Bengtsfors", "Tanum", "Åmål", "Uddevalla",
                        "Vänersborg", "Trollhättan", "Fyrbodals kommunalförbund"),
                null);
    }

    private static String text(String file) {
        try (InputStream in = DemoMaterial.class.getClassLoader().getResourceAsStream("demo/documents/" + file)) {
            if (in == null) {
                throw new IOException("Missing demo resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
