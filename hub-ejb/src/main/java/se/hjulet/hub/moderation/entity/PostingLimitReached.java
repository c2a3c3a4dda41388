package se.hjulet.hub.moderation.entity;

import jakarta.ejb.ApplicationException;

/** A person wrote as many posts as the hub takes in an hour (HTTP 429); says when the next one is taken. */
@ApplicationException(rollback = true)
public class PostingLimitReached extends RuntimeException {

    private final long retryAfterSeconds;

    public PostingLimitReached(int maxPerHour, long retryAfterSeconds) {
        super("You have written " + maxPerHour + " posts in the last hour, as many as the hub takes from one person;"
                + " try again in " + Math.max(1, (retryAfterSeconds + 59) / 60) + " minutes.");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
