package se.hjulet.hub.opendata.entity;

import java.util.List;

/**
 * A page of a dataset in id order. {@code nextAfter} is the cursor of the next page (the last id on
 * this one), null on the last page: a cursor, not a page number, so items published while a harvester
 * pages through neither shift later pages nor appear twice.
 */
public record RecordPage(Dataset dataset, List<OpenRecord> records, long after, int size, Long nextAfter) {
}
