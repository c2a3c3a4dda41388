package se.hjulet.hub.procurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A code of the EU Common Procurement Vocabulary, e.g. 48000000 "Programvara och informationssystem". Read-only reference data. */
@Entity
@Table(name = "cpv_code")
public class CpvCode {

    // People copy codes from tender documents with the check digit ("48000000-8"); it adds nothing.
    private static final Pattern WRITTEN = Pattern.compile("(\\d{8})(?:-\\d)?");

    @Id
    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    private int depth;

    @Column(name = "label_sv", nullable = false)
    private String labelSv;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    protected CpvCode() {
    }

    /** The 8-digit code as stored, from what a person wrote; empty when it cannot be a CPV code at all. */
    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(written.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
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
