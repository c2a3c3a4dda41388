package se.hjulet.hub.opendata.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hjulet.hub.opendata.entity.Dataset;
import se.hjulet.hub.opendata.entity.OpenRecord;
import se.hjulet.hub.opendata.entity.RecordPage;

/**
 * A page of a dataset as CSV: a header row of snake_case names, then one row per item. Lists (policy areas,
 * tags, participants, CPV codes) are one field with the values separated by {@code ;}; the participants'
 * names, codes and roles are three such fields in the same order. Dates are ISO 8601, times UTC to the second.
 */
public final class OpenDataCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

    private record Column(String name, Function<OpenRecord, String> value) {
    }

    private static final List<Column> SHARED = List.of(
            new Column("id", r -> String.valueOf(r.id())),
            new Column("kind", OpenRecord::kind),
            new Column("title", r -> CsvWriter.text(r.title())),
            new Column("lead", r -> CsvWriter.text(r.lead())),
            new Column("language", OpenRecord::language),
            new Column("licence", OpenRecord::licence),
            new Column("url", r -> null), // filled in per request: the page's absolute address
            new Column("owner_name", r -> CsvWriter.text(r.ownerName())),
            new Column("owner_code", OpenRecord::ownerCode),
            new Column("owner_kind", OpenRecord::ownerKind),
            new Column("county_code", OpenRecord::countyCode),
            new Column("participant_names", r -> joined(r.participants().stream().map(p -> CsvWriter.text(p.name())).toList())),
            new Column("participant_codes", r -> joined(r.participants().stream().map(p -> Objects.toString(p.code(), "")).toList())),
            new Column("participant_roles", r -> joined(r.participants().stream().map(OpenRecord.Participant::role).toList())),
            new Column("policy_areas", r -> joined(r.policyAreas().stream().map(CsvWriter::text).toList())),
            new Column("tags", r -> joined(r.tags().stream().map(CsvWriter::text).toList())),
            new Column("period_from", r -> string(r.periodFrom())),
            new Column("period_to", r -> string(r.periodTo())),
            new Column("ongoing", r -> String.valueOf(r.ongoing())),
            new Column("published_at", r -> time(r.publishedAt())),
            new Column("updated_at", r -> time(r.updatedAt())),
            new Column("last_confirmed_at", r -> time(r.lastConfirmedAt())));

    private static final List<Column> LEARNING_EXAMPLE = List.of(
            new Column("originally_published", r -> string(r.originallyPublished())));

    private static final List<Column> PROJECT = List.of(
            new Column("phase", OpenRecord::phase),
            new Column("collaboration_level", OpenRecord::collaborationLevel),
            new Column("budget_sek", r -> string(r.budgetSek())));

    private static final List<Column> PROCUREMENT_NEED = List.of(
            new Column("main_cpv_code", OpenRecord::mainCpvCode),
            new Column("additional_cpv_codes", r -> joined(r.additionalCpvCodes())),
            new Column("procurement_status", OpenRecord::procurementStatus),
            new Column("estimated_value_min_sek", r -> string(r.estimatedValueMinSek())),
            new Column("estimated_value_max_sek", r -> string(r.estimatedValueMaxSek())),
            new Column("procurement_window_from", r -> string(r.procurementWindowFrom())),
            new Column("procurement_window_to", r -> string(r.procurementWindowTo())),
            new Column("contract_length_months", r -> string(r.contractLengthMonths())),
            new Column("open_for_co_procurement", r -> string(r.openForCoProcurement())),
            new Column("join_deadline", r -> string(r.joinDeadline())));

    private OpenDataCsv() {
    }

    /** The column names of a dataset, in order. */
    public static List<String> header(Dataset dataset) {
        return columns(dataset).stream().map(Column::name).toList();
    }

    /** The page with its header row; {@code root} is the hub's absolute root (ends in {@code /}). */
    public static String of(RecordPage page, String root) {
        List<Column> columns = columns(page.dataset());
        var out = new StringBuilder(256 * (page.records().size() + 1));
        var csv = new CsvWriter(out).row(header(page.dataset()));
        for (OpenRecord record : page.records()) {
            List<String> fields = new ArrayList<>(columns.size());
            for (Column column : columns) {
                fields.add(column.name().equals("url") ? OpenDataJsonLd.absolute(root, record.pagePath()) : column.value().apply(record));
            }
            csv.row(fields);
        }
        return out.toString();
    }

    private static List<Column> columns(Dataset dataset) {
        List<Column> own = switch (dataset) {
            case LEARNING_EXAMPLES -> LEARNING_EXAMPLE;
            case PROJECTS -> PROJECT;
            case PROCUREMENT_NEEDS -> PROCUREMENT_NEED;
        };
        List<Column> all = new ArrayList<>(SHARED);
        all.addAll(own);
        return all;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining(";"));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
