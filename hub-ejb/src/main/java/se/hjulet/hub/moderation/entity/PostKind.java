package se.hjulet.hub.moderation.entity;

import java.util.Locale;
import java.util.Optional;

/** The kinds of post people write; reports and moderation decisions name a post by its kind and id. */
public enum PostKind {
    QUESTION, ANSWER, COMMENT;

    /** {@code question}, {@code answer} or {@code comment}: how the API and the database name it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a client named (any case); empty for anything else. */
    public static Optional<PostKind> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (PostKind kind : values()) {
            if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
