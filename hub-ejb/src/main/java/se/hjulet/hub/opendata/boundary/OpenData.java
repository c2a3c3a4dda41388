package se.hjulet.hub.opendata.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import se.hjulet.hub.opendata.control.OpenRecords;
import se.hjulet.hub.opendata.entity.Dataset;
import se.hjulet.hub.opendata.entity.DatasetSummary;
import se.hjulet.hub.opendata.entity.RecordPage;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

/** The open-data export: open to everyone, published items only, read in pages by id. */
@Stateless
public class OpenData {

    @PersistenceContext
    EntityManager em;

    /** A dataset by the name its URLs use; 404 for any other name. */
    public Dataset dataset(String slug) {
        return Dataset.bySlug(slug).orElseThrow(() -> new NotFound("There is no open dataset '" + slug
                + "'; the datasets are " + Arrays.stream(Dataset.values()).map(Dataset::slug).toList() + "."));
    }

    public RecordPage page(Dataset dataset, Long after, Long size) {
        long from = after == null ? 0 : after;
        long pageSize = size == null ? OpenRecords.DEFAULT_SIZE : size;
        if (from < 0) {
            throw new InvalidInput("after", "'after' is the last id of the previous page: 0 or more, not " + from + ".");
        }
        if (pageSize < 1 || pageSize > OpenRecords.MAX_SIZE) {
            throw new InvalidInput("size", "A page holds 1 to " + OpenRecords.MAX_SIZE + " items, not " + pageSize + ".");
        }
        return OpenRecords.page(em, dataset, from, (int) pageSize);
    }

    public List<DatasetSummary> summaries() {
        return Arrays.stream(Dataset.values()).map(d -> OpenRecords.summary(em, d)).toList();
    }
}
