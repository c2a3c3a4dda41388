package se.hjulet.hub.moderation.api;

import java.time.Instant;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.person.entity.Person;

/** What every post shows in the API: who wrote it (or that they erased it) and, to whom it may concern, why it is hidden. */
public final class PostViews {

    /** How the API names an author who erased what they wrote ("borttagen användare" on the pages). */
    public static final String DELETED_USER = "deleted user";

    private PostViews() {
    }

    /** Who reads: the person (none when anonymous) and whether they moderate. */
    public record Reader(Person person, boolean moderator) {

        /** The author and the platform admins see a hidden post and why it was hidden; others do not. */
        public boolean seesHidden(Post post) {
            return moderator || post.isWrittenBy(person);
        }

        public boolean wrote(Post post) {
            return post.isWrittenBy(person);
        }
    }

    /**
     * @param name         the author's name, or {@value #DELETED_USER} when they erased their posts
     * @param organisation the organisation it was written for, if any
     * @param deleted      whether the author erased their posts
     */
    public record AuthorView(String name, OrganisationRef organisation, boolean deleted) {
        public static AuthorView of(Post post) {
            Person author = post.author();
            String name = author == null ? DELETED_USER : author.displayName() == null ? "unnamed" : author.displayName();
            return new AuthorView(name, OrganisationRef.of(post.organisation()), author == null);
        }
    }

    /** Shown to the author and the platform admins only. */
    public record HiddenView(Instant at, String reason) {
        public static HiddenView of(Post post, Reader reader) {
            return post.isHidden() && reader.seesHidden(post) ? new HiddenView(post.hiddenAt(), post.hiddenReason()) : null;
        }
    }
}
