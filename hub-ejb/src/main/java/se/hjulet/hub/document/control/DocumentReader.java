package se.hjulet.hub.document.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.search.extract.Extraction;
import se.hjulet.search.extract.Extractor;

/** The hub's one Tika extractor (its parsers take seconds to load), with limits from configuration. */
@ApplicationScoped
public class DocumentReader {

    /** The extracted_text column holds at most this many characters. */
    static final int MAX_WRITE_LIMIT = 5_000_000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "hub.documents.extraction.write-limit", defaultValue = "5000000")
    int writeLimit;

    @Inject
    @ConfigProperty(name = "hub.documents.extraction.time-limit-seconds", defaultValue = "60")
    int timeLimitSeconds;

    private Extractor extractor;

    @PostConstruct
    void start() {
        extractor = new Extractor(Math.min(Math.max(1, writeLimit), MAX_WRITE_LIMIT),
                Duration.ofSeconds(Math.max(1, timeLimitSeconds)), executor);
    }

    public String detect(byte[] bytes) {
        return extractor.detect(bytes);
    }

    public boolean isSupported(String mediaType) {
        return Extractor.isSupported(mediaType);
    }

    public Extraction read(byte[] bytes) {
        return extractor.extract(bytes);
    }
}
