package se.hjulet.hub.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.boundary.OrganisationInput;
import se.hjulet.hub.organisation.boundary.Organisations;

/**
 * Loads the seed learning examples (SKR's Fyrbodal think tanks and Västernorrland's digitalisation
 * council) into an empty hub, when configured to. Runs once: a hub that has content is left alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final List<String> LEARNING_EXAMPLES = List.of(
            "fyrbodal-tankesmedjor.json", "vasternorrland-digitaliseringsrad.json");

    @Inject
    @ConfigProperty(name = "hub.demo.load", defaultValue = "false")
    boolean load;

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Initiatives initiatives;

    @Inject
    DemoMaterial material;

    @Inject
    DemoNetwork network;

    @PostConstruct
    void loadIfEmpty() {
        if (!load) {
            return;
        }
        long stored = em.createQuery("select count(i) from Initiative i", Long.class).getSingleResult();
        if (stored > 0) {
            LOG.info("Demo content not loaded: the hub has content already.");
            return;
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Type organisationList = new ArrayList<OrganisationInput>() { }.getClass().getGenericSuperclass();
            List<OrganisationInput> demoOrganisations = jsonb.fromJson(resource("demo/organisations.json"), organisationList);
            demoOrganisations.stream()
                    .filter(o -> organisations.byReference(o.name()).isEmpty())
                    .forEach(organisations::addUnchecked);
            List<LearningExample> examples = new ArrayList<>();
            for (String file : LEARNING_EXAMPLES) {
                var input = jsonb.fromJson(resource("demo/learning-examples/" + file), LearningExampleInput.class);
                examples.add(initiatives.publishAsSystem(input));
            }
            var thinkTanks = material.add(examples.get(0), examples.get(1));
            network.add(examples.get(0), examples.get(1), thinkTanks);
            LOG.info(() -> "Demo content loaded: " + demoOrganisations.size() + " organisations, "
                    + LEARNING_EXAMPLES.size() + " learning examples with a document each, 1 collection,"
                    + " 2 questions with answers, comments and reuse marks.");
        } catch (Exception e) {
            throw new IllegalStateException("Demo content could not be loaded", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing demo resource " + path));
        }
        return in;
    }
}
