package se.hjulet.hub.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import se.hjulet.hub.initiative.entity.SafeHtml;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * What questions, answers and comments share: sanitised rich text, the person who wrote it (none once
 * they erased what they wrote: then readers see "borttagen användare"), the organisation they wrote for,
 * and whether a platform admin hid it and why. Ids come from the one sequence, so a post is named
 * by its {@link PostKind} and id.
 */
@MappedSuperclass
public abstract class Post {

    public static final int MAX_REASON = 1000;
    /** Formatting may at most double what a reader sees; the columns hold twice the longest text. */
    private static final int MARKUP_FACTOR = 2;

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Column(nullable = false)
    private String text;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Person author;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Version
    private long version;

    protected Post() {
    }

    protected Post(Person author, Organisation organisation, String text, int maxLength) {
        this.author = author;
        this.organisation = organisation;
        this.text = cleaned(text, maxLength);
        this.createdAt = Instant.now();
    }

    public abstract PostKind postKind();

    /** Where a reader finds the post: its page, with the post's anchor. */
    public abstract String pagePath();

    /** The most characters a reader may see in this kind of post. */
    protected abstract int maxLength();

    /** The author replaces the text; a hidden post stays as the moderator left it. */
    public void edit(Person editor, String newText) {
        requireAuthor(editor, "change");
        if (isHidden()) {
            throw new Conflict("This " + postKind().code() + " was hidden by a moderator and cannot be changed.");
        }
        text = cleaned(newText, maxLength());
        editedAt = Instant.now();
    }

    public boolean isWrittenBy(Person person) {
        return person != null && person.equals(author);
    }

    public void requireAuthor(Person person, String action) {
        if (!isWrittenBy(person)) {
            throw new AccessDenied("Only the person who wrote this " + postKind().code() + " may " + action + " it.");
        }
    }

    /** A platform admin hides the post from readers, saying why; the reason is kept with the post. */
    public void hide(String reason) {
        if (isHidden()) {
            throw new Conflict("This " + postKind().code() + " is hidden already.");
        }
        hiddenReason = reason(reason);
        hiddenAt = Instant.now();
    }

    /** Back in view after a second look. */
    public void restore() {
        if (!isHidden()) {
            throw new Conflict("This " + postKind().code() + " is not hidden.");
        }
        hiddenAt = null;
        hiddenReason = null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** The author erased what they wrote: the post stays, without them, so the thread keeps its sense. */
    public void forgetAuthor() {
        author = null;
    }

    /** Erased by its author: no one to name. */
    public boolean isAuthorErased() {
        return author == null;
    }

    /** Replaces the text of a post deleted by its author where the thread still needs its place. */
    protected void blankText() {
        text = "";
    }

    /** The text a reader sees, without markup: for search and summaries. */
    public String plainText() {
        return SafeHtml.text(text);
    }

    /** A reason for hiding or reporting: said in words, and not a speech. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why, in a few words.");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > MAX_REASON) {
            throw new InvalidInput("reason", "The reason is " + trimmed.length() + " characters; at most " + MAX_REASON + " are allowed.");
        }
        return trimmed;
    }

    /**
     * The text as it will be shown: HTML is cleaned to the formatting people may use; text without any
     * markup is taken as plain text, its blank lines starting new paragraphs. Empty and over-long texts
     * are refused, naming the field {@code text}.
     */
    public static String cleaned(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "The text must not be empty.");
        }
        String html = SafeHtml.clean(looksLikeHtml(text) ? text : paragraphsOf(text));
        String visible = SafeHtml.text(html).strip();
        if (visible.isEmpty()) {
            throw new InvalidInput("text", "The text must not be empty: it has no words once formatting is removed.");
        }
        if (visible.length() > maxLength) {
            throw new InvalidInput("text", "The text is " + visible.length() + " characters; at most " + maxLength + " are allowed.");
        }
        if (html.length() > MARKUP_FACTOR * maxLength) {
            throw new InvalidInput("text", "The text has more formatting than it can hold; simplify it.");
        }
        return html;
    }

    private static boolean looksLikeHtml(String text) {
        return text.matches("(?s).*<[a-zA-Z/!][^>]*>.*");
    }

    private static String paragraphsOf(String plain) {
        return Arrays.stream(plain.strip().split("\\R\\s*\\R"))
                .map(p -> "<p>" + Entities.escape(p.strip()).replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public Person author() {
        return author;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public long version() {
        return version;
    }

    /** The same row is the same post (entities compare by id, as {@link Organisation} does). */
    @Override
    public boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass() && id != null && id.equals(((Post) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
