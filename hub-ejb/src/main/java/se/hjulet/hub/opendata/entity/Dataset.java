package se.hjulet.hub.opendata.entity;

import java.util.Arrays;
import java.util.Optional;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.project.entity.Project;

/**
 * One dataset of the open-data catalogue per kind of item. Its titles and descriptions are catalogue
 * metadata in both languages at once (a harvester shows the one it wants), so they live here rather
 * than in the pages' resource bundles.
 */
public enum Dataset {

    LEARNING_EXAMPLES("learning-examples", LearningExample.class, LearningExample.KIND,
            "Lärande exempel", "Learning examples",
            "Publicerade lärande exempel från kommuner, regioner och myndigheter: vad de gjorde, vem som deltog och när.",
            "Published learning examples of Swedish municipalities, regions and agencies: what they did, who took part and when."),
    PROJECTS("projects", Project.class, Project.KIND,
            "Projekt", "Projects",
            "Publicerade projekt i offentlig sektor med fas, budget, deltagande organisationer och period.",
            "Published public-sector projects with their phase, budget, participating organisations and period."),
    PROCUREMENT_NEEDS("procurement-needs", ProcurementNeed.class, ProcurementNeed.KIND,
            "Upphandlingsbehov", "Procurement needs",
            "Publicerade upphandlingsbehov med CPV-koder, uppskattat värde, upphandlingsfönster och om andra kan ansluta.",
            "Published procurement needs with CPV codes, estimated value, procurement window and whether others may join.");

    private final String slug;
    private final Class<? extends Initiative> type;
    private final String kind;
    private final String titleSv;
    private final String titleEn;
    private final String descriptionSv;
    private final String descriptionEn;

    Dataset(String slug, Class<? extends Initiative> type, String kind, String titleSv, String titleEn,
            String descriptionSv, String descriptionEn) {
        this.slug = slug;
        this.type = type;
        this.kind = kind;
        this.titleSv = titleSv;
        this.titleEn = titleEn;
        this.descriptionSv = descriptionSv;
        this.descriptionEn = descriptionEn;
    }

    /** The dataset named in a URL, e.g. {@code projects}. */
    public static Optional<Dataset> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }

    /** Its name in URLs and file names, as the API names the kind's collection ({@code procurement-needs}). */
    public String slug() {
        return slug;
    }

    /** The entity class whose published rows make up the dataset. */
    public Class<? extends Initiative> type() {
        return type;
    }

    /** The kind as search and the API name a single item ({@code procurement_need}). */
    public String kind() {
        return kind;
    }

    public String titleSv() {
        return titleSv;
    }

    public String titleEn() {
        return titleEn;
    }

    public String descriptionSv() {
        return descriptionSv;
    }

    public String descriptionEn() {
        return descriptionEn;
    }
}
