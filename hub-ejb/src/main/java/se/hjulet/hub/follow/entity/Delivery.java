package se.hjulet.hub.follow.entity;

/** How a follow's news reach the person besides the in-app list. */
public enum Delivery {
    /** Only in the app. */
    NONE,
    /** An e-mail as soon as the news arrive. */
    INSTANT,
    /** A digest once a day. */
    DAILY,
    /** A digest once a week. */
    WEEKLY;

    public boolean mails() {
        return this != NONE;
    }
}
