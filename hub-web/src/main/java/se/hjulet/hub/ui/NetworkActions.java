package se.hjulet.hub.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;
import se.hjulet.hub.moderation.entity.PostingLimitReached;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * What the buttons of the network's forms (asking, answering, comments, reuse marks, reports) share: run
 * the boundary call, then back to the page with what happened (post/redirect/get); a refusal keeps the
 * person on the page with what they typed and a message in their words. The posting limit (the API's 429)
 * says when the next post is taken.
 */
public final class NetworkActions {

    private NetworkActions() {
    }

    /** The page's own refusal before the boundary was asked: its messages are on the page already. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused() {
            super(null, null, false, false);
        }
    }

    /**
     * @param work          the boundary call; answers the message key of what was done
     * @param backTo        the page to go back to after it was done (a path inside the hub, with its query)
     * @param invalidInput  where a refusal naming a field goes: adds its message, or answers false for a page-wide one
     * @param conflictKey   the words for a conflict (done already, or no longer possible)
     */
    public static String run(Supplier<String> work, String backTo, Function<InvalidInput, Boolean> invalidInput,
                             String conflictKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            String done = work.get();
            context.addMessage(null, Texts.info(Texts.get(done)));
        } catch (Refused e) {
            context.validationFailed();
            return null;
        } catch (NotAuthenticated e) {
            try {
                external.redirect(external.getRequestContextPath() + "/login?return=" + Site.encode(backTo));
                context.responseComplete();
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return null;
        } catch (PostingLimitReached e) {
            return stay(context, Texts.get("network.postingLimit", minutesOf(e.retryAfterSeconds())));
        } catch (InvalidInput e) {
            if (!Boolean.TRUE.equals(invalidInput.apply(e))) {
                return stay(context, Texts.has("network.invalid." + e.field()) ? Texts.get("network.invalid." + e.field()) : e.getMessage());
            }
            context.validationFailed();
            return null;
        } catch (Conflict e) {
            return stay(context, Texts.get(conflictKey));
        } catch (AccessDenied e) {
            return stay(context, Texts.get("network.accessDenied"));
        } catch (NotFound e) {
            return stay(context, Texts.get("network.notFound"));
        } catch (RuntimeException e) {
            switch (Failures.kindOf(e)) {
                case LOST_UPDATE, CLASH -> {
                    return stay(context, Texts.get("network.clash"));
                }
                case DATABASE_UNAVAILABLE -> {
                    return stay(context, Texts.get("form.databaseUnavailable"));
                }
                default -> throw e;
            }
        }
        external.getFlash().setKeepMessages(true);
        return redirectTo(backTo);
    }

    /** The outcome that goes back to the page by a redirect: "/fraga.xhtml?faces-redirect=true&id=5". */
    static String redirectTo(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path + "?faces-redirect=true"
                : path.substring(0, query) + "?faces-redirect=true&" + path.substring(query + 1);
    }

    /** Whole minutes, rounded up: "try again in 3 minutes" rather than in 121 seconds. */
    static long minutesOf(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    private static String stay(FacesContext context, String text) {
        context.addMessage(null, Texts.error(text));
        context.validationFailed();
        return null;
    }
}
