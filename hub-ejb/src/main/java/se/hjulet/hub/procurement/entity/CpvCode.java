package se.hjulet.hub.procurement.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A code of the EU Common Procurement Vocabulary, e.g. 48000000 "Programvara och informationssystem". Read-only reference data. */
@Entity
@Cacheable // never changes at run time, has no relations: the one entity safe to share between transactions
@Table(name = "cpv_code")
public class CpvCode {

    // People copy codes from tender documents with the check digit ("48000000-8").
    private static final Pattern WRITTEN = Pattern.compile("(\\d{8})(?:-(\\d))?");

    @Id
    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    private int depth;

    @Column(name = "label_sv", nullable = false)
    private String labelSv;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    /** The official check digit (V10): it follows no reliable formula, so it is data, not arithmetic. */
    @Column(name = "check_digit", nullable = false)
    private String checkDigit;

    protected CpvCode() {
    }

    /** A code as a person wrote it: the 8 digits, and the check digit if they gave one. */
    public record Written(String code, String checkDigit) {
    }

    /** What a person wrote, read as a CPV code; empty when it cannot be one at all. */
    public static Optional<Written> read(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.strip());
        return m.matches() ? Optional.of(new Written(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The 8-digit code as stored, from what a person wrote; empty when it cannot be a CPV code at all. */
    public static Optional<String> normalise(String written) {
        return read(written).map(Written::code);
    }

    /**
     * The code a person wrote, with or without its check digit (which must then be the official one),
     * found by {@code byCode}; anything else is refused on {@code field}.
     */
    public static CpvCode resolve(String field, String written, Function<String, Optional<CpvCode>> byCode) {
        Optional<Written> read = read(written);
        CpvCode code = read.flatMap(r -> byCode.apply(r.code()))
                .orElseThrow(() -> new InvalidInput(field, "'" + written + "' is not a CPV code of the EU vocabulary"
                        + " (8 digits, for example 48000000 for software)."));
        if (!code.acceptsCheckDigit(read.get().checkDigit())) {
            throw new InvalidInput(field, "'" + written.strip() + "' has the wrong check digit: the code " + code.code()
                    + " is written " + code.withCheckDigit() + ". Check the code, or leave the check digit out.");
        }
        return code;
    }

    /** A check digit someone wrote must be this code's own; none written is fine. */
    public boolean acceptsCheckDigit(String written) {
        return written == null || written.equals(checkDigit);
    }

    /** The code as tender documents write it, e.g. {@code 48000000-8}. */
    public String withCheckDigit() {
        return code + "-" + checkDigit;
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public int depth() {
        return depth;
    }

    public String label(String language) {
        return "en".equals(language == null ? null : language.toLowerCase(Locale.ROOT)) ? labelEn : labelSv;
    }

    public String labelSv() {
        return labelSv;
    }

    public String labelEn() {
        return labelEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpvCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
