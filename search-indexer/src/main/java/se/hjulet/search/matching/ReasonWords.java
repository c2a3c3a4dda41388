package se.hjulet.search.matching;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reason as a person reads it, in Swedish or English: "Båda tar upp: snöröjning, halkbekämpning".
 * CPV codes are named with their label when the caller knows it.
 */
public final class ReasonWords {

    /** The 21 län by code (names of ISO 3166-2:SE, as in the organisation reference data). */
    private static final Map<String, String> COUNTIES = Map.ofEntries(Map.entry("01", "Stockholms län"),
            Map.entry("03", "Uppsala län"), Map.entry("04", "Södermanlands län"), Map.entry("05", "Östergötlands län"),
            Map.entry("06", "Jönköpings län"), Map.entry("07", "Kronobergs län"), Map.entry("08", "Kalmar län"),
            Map.entry("09", "Gotlands län"), Map.entry("10", "Blekinge län"), Map.entry("12", "Skåne län"),
            Map.entry("13", "Hallands län"), Map.entry("14", "Västra Götalands län"), Map.entry("17", "Värmlands län"),
            Map.entry("18", "Örebro län"), Map.entry("19", "Västmanlands län"), Map.entry("20", "Dalarnas län"),
            Map.entry("21", "Gävleborgs län"), Map.entry("22", "Västernorrlands län"), Map.entry("23", "Jämtlands län"),
            Map.entry("24", "Västerbottens län"), Map.entry("25", "Norrbottens län"));

    private final boolean english;
    private final Function<String, String> cpvLabel;

    /**
     * @param language "en" for English, anything else Swedish
     * @param cpvLabel the label of an 8-digit CPV code in that language, or null when unknown
     */
    public ReasonWords(String language, Function<String, String> cpvLabel) {
        this.english = "en".equalsIgnoreCase(language);
        this.cpvLabel = cpvLabel == null ? code -> null : cpvLabel;
    }

    public static String countyName(String code) {
        return COUNTIES.getOrDefault(code, code);
    }

    public String of(Reason reason) {
        String values = String.join(", ", reason.values());
        return switch (reason.kind()) {
            case TERMS -> (english ? "Both are about: " : "Båda tar upp: ") + values;
            case COMPOUND_PARTS -> (english ? "Parts of compound words both use: " : "Delar av sammansatta ord som båda använder: ") + values;
            case DOCUMENTS -> (english ? "Attached documents on the same subject: " : "Bifogade dokument om samma sak: ") + values;
            case POLICY_AREAS -> (english ? "Same policy area: " : "Samma verksamhetsområde: ") + values;
            case TAGS -> (english ? "Same tags: " : "Samma taggar: ") + values;
            case CPV -> cpv(reason);
            case COUNTY -> (english ? "Same county: " : "Samma län: ") + countyName(values);
            case FEDERATION -> (english ? "Same federation: " : "Samma kommunalförbund: ") + values;
            case PERIOD -> (english ? "Runs in the same years: " : "Pågår samma år: ") + values;
            case WINDOW -> english ? "Procured at the same time" : "Upphandlas under samma period";
            case OPEN_NEEDS -> (english ? "Has an open need to buy the same: " : "Har ett eget öppet behov att upphandla samma sak: ")
                    + quoted(reason.values());
            case OTHER_NEEDS -> (english ? "Has procured or is procuring the same: " : "Har upphandlat eller upphandlar samma sak: ")
                    + quoted(reason.values());
            case EXPERIENCE -> (english ? "Has experience of the same: " : "Har erfarenhet av samma sak: ") + quoted(reason.values());
            case SIMILAR_SIZE -> size(reason.values());
        };
    }

    public List<String> of(List<Reason> reasons) {
        return reasons.stream().map(this::of).toList();
    }

    private String cpv(Reason reason) {
        String code = reason.values().isEmpty() ? "" : reason.values().get(0);
        String label = cpvLabel.apply(code);
        String named = label == null ? code : code + " " + label;
        String level = reason.level() == null ? "division" : reason.level();
        if (english) {
            return switch (level) {
                case "code" -> "Same CPV code: " + named;
                case "class" -> "CPV codes in the same class: " + named;
                case "group" -> "CPV codes in the same group: " + named;
                default -> "CPV codes in the same division: " + named;
            };
        }
        return switch (level) {
            case "code" -> "Samma CPV-kod: " + named;
            case "class" -> "CPV-koder i samma klass: " + named;
            case "group" -> "CPV-koder i samma grupp: " + named;
            default -> "CPV-koder i samma huvudgrupp: " + named;
        };
    }

    private String size(List<String> populations) {
        NumberFormat format = NumberFormat.getIntegerInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE"));
        String both = populations.stream().map(p -> format.format(Long.parseLong(p))).collect(Collectors.joining(english ? " and " : " och "));
        return (english ? "Similar size: " : "Liknande storlek: ") + both + (english ? " inhabitants" : " invånare");
    }

    private static String quoted(List<String> titles) {
        return titles.stream().map(t -> "”" + t + "”").collect(Collectors.joining(", "));
    }
}
